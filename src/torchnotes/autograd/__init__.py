"""Autograd: how PyTorch records a computation and differentiates it.

Small helpers that make autograd's machinery visible and reimplement it from first
principles, each proven equal to torch in the tests:

* :func:`grad_mode_report` - what ``no_grad`` and ``inference_mode`` leave behind,
* :func:`vjp` - ``backward`` as a vector-Jacobian product, built from the full Jacobian,
* :func:`graph_nodes` - the backward graph behind ``grad_fn`` in the order backward runs it,
* :func:`softplus` - a custom ``torch.autograd.Function`` with ``setup_context``,
  ``save_for_backward`` and double backward (or ``once_differentiable``),
* :func:`gradcheck` - finite differences against autograd's Jacobian.
"""

from torchnotes.autograd.checking import gradcheck
from torchnotes.autograd.functions import softplus
from torchnotes.autograd.modes import grad_mode_report
from torchnotes.autograd.products import vjp
from torchnotes.autograd.walk import graph_nodes

__all__ = ["grad_mode_report", "graph_nodes", "gradcheck", "softplus", "vjp"]
