"""Layers: what an ``nn`` module computes, written out as plain functions.

One submodule per family; the helpers are used as ``torchnotes.layers.<name>``.
"""

from torchnotes.layers.lookup import embedding, embedding_grad_mask

__all__ = ["embedding", "embedding_grad_mask"]
