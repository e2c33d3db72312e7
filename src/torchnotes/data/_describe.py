"""How error messages name what a caller passed."""

from __future__ import annotations

import torch


def _describe(value: object) -> str:
    """A short name for what a caller passed: the type, plus what a list or tuple holds."""
    if isinstance(value, torch.Tensor):
        return f"a {value.dtype} tensor of shape {tuple(value.shape)}"
    if isinstance(value, (list, tuple)):
        inner = sorted({type(v).__name__ for v in value})
        return f"{type(value).__name__} of {', '.join(inner)}" if inner else f"an empty {type(value).__name__}"
    return type(value).__name__
