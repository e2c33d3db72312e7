"""Concepts: how a network computes and learns, each written out and proven equal to torch.

One submodule per idea; the helpers are used as ``torchnotes.concepts.<name>``.
"""

from torchnotes.concepts.contrastive import clip_loss
from torchnotes.concepts.initialization import reset_linear_
from torchnotes.concepts.lora import LoRALinear
from torchnotes.concepts.mlp import mlp_parameter_count, two_layer_backward, two_layer_forward
from torchnotes.concepts.residual import BasicBlock

__all__ = [
    "BasicBlock", "LoRALinear", "clip_loss", "mlp_parameter_count", "reset_linear_",
    "two_layer_backward", "two_layer_forward",
]
