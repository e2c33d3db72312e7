"""Argument checks of the recurrent and attention helpers.

Built on ``torchnotes._checks``; kept here because only these layers need them: every
tensor of one call must be a float32/float64 tensor, share one dtype and one device, and
weight tables come as the ``named_parameters()`` names of the torch module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch

from torchnotes._checks import FLOAT32_64, check_dense, check_floating, check_like

#: The dtypes the references are proven equal to torch on; torch's fused CPU kernels round
#: float16/bfloat16 differently, so those are refused rather than matched approximately.
FLOAT_DTYPES = FLOAT32_64


def check_float(fn: str, name: str, value: Any, *, ndims: tuple[int, ...] | None = None) -> torch.Tensor:
    """A float32/float64 tensor (not a sparse, nested or quantized one) with one of ``ndims`` dims."""
    check_dense(fn, name, value, message="{name} must be a dense tensor, got layout {layout}")
    check_floating(
        fn, name, value, dtypes=FLOAT_DTYPES,
        message="{name} must be float32 or float64, got {dtype} (the reference follows torch in these two dtypes only)",
    )
    if ndims is not None and value.dim() not in ndims:
        want = " or ".join(f"{n}-d" for n in ndims)
        raise ValueError(f"{fn}(): {name} must be {want}, got shape {tuple(value.shape)}")
    return value


def check_same(fn: str, first: str, tensors: Mapping[str, torch.Tensor | None]) -> None:
    """Every tensor has the dtype and device of ``tensors[first]`` (torch refuses a mix)."""
    check_like(fn, [(first, tensors[first]), *((k, v) for k, v in tensors.items() if k != first)])


def check_weights(fn: str, weights: Any, expected: list[str], optional: list[str] = ()) -> dict[str, torch.Tensor]:
    """A mapping holding exactly the names ``expected`` (plus any of ``optional``), all tensors."""
    if not isinstance(weights, Mapping):
        raise TypeError(
            f"{fn}(): weights must be a mapping of parameter names to tensors, e.g. "
            f"dict(module.named_parameters()), got {type(weights).__name__}"
        )
    missing = [k for k in expected if k not in weights]
    extra = [k for k in weights if k not in expected and k not in optional]
    if missing or extra:
        raise ValueError(f"{fn}(): weights must hold {expected}, missing {missing}, unexpected {extra}")
    out = {}
    for key, value in weights.items():
        out[key] = check_float(fn, f"weights[{key!r}]", value)
    return out
