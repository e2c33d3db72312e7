"""Argument checks shared by the losses: the dense float tensors they follow torch on."""

from __future__ import annotations

from functools import partial
from typing import Any

import torch

from torchnotes._checks import (
    FLOAT32_64,
    NOT_QUANTIZED_MESSAGE,
    STRIDED_MESSAGE,
    check_dense,
    check_floating,
)

#: A tensor with values in strided memory: sparse, nested and quantized tensors are refused.
dense = partial(check_dense, message=STRIDED_MESSAGE, quantized=NOT_QUANTIZED_MESSAGE)


def check_float(fn: str, name: str, value: Any) -> torch.Tensor:
    """A dense float32/float64 tensor: the dtypes these references follow torch on."""
    dense(fn, name, value)
    return check_floating(
        fn, name, value, dtypes=FLOAT32_64,
        message="{name} must be a float32 or float64 tensor (this reference does not follow "
        "torch on other dtypes), got {dtype}",
    )
