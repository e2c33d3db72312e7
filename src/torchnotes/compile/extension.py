"""A C++ operator for ``torch.utils.cpp_extension.load_inline`` and its Python reference.

``SOFTSHRINK_CPP`` is the C++ source of a small operator, ``softshrink``, written as the
explicit loop that is the usual reason to leave Python. ``softshrink`` below is the same
rule in Python, proven equal to ``torch.nn.functional.softshrink``. Building the C++ source
compiles torch's headers, which takes tens of seconds the first time, so nothing here
compiles on import; ``bench/cpp_extension.py`` builds it and checks it against both.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
import torch

from torchnotes._checks import check_dense, check_tensor, type_name

#: The C++ source handed to ``load_inline(cpp_sources=...)``; ``functions=["softshrink"]``
#: makes load_inline write the pybind11 binding itself.
SOFTSHRINK_CPP = """\
torch::Tensor softshrink(torch::Tensor x, double lambd) {
  TORCH_CHECK(x.scalar_type() == torch::kFloat, "x must be float32");
  TORCH_CHECK(lambd >= 0, "lambd must be >= 0");
  auto input = x.contiguous();
  auto out = torch::empty_like(input);
  const float* in = input.data_ptr<float>();
  float* o = out.data_ptr<float>();
  const float l = static_cast<float>(lambd);
  for (int64_t i = 0; i < input.numel(); ++i) {
    const float v = in[i];
    o[i] = v > l ? v - l : (v < -l ? v + l : v * 0.0f);
  }
  return out;
}
"""

_DTYPES = (torch.float32, torch.float64)


def _lambd(fn: str, value: Any, dtype: torch.dtype) -> float:
    if isinstance(value, torch.Tensor):
        if value.dim() != 0 or value.is_complex():
            raise TypeError(f"{fn}(): lambd must be a real number or a 0-d real tensor, "
                            f"got a tensor of shape {tuple(value.shape)} and dtype {value.dtype}")
        if value.is_meta:  # torch fails reading it (RuntimeError from .item())
            raise TypeError(f"{fn}(): lambd must be a 0-d tensor holding a value, got a meta tensor")
        if value.requires_grad:  # torch refuses it too: lambd is a number, no gradient reaches it
            raise TypeError(f"{fn}(): lambd must not require grad (it is a constant), "
                            "got a tensor that requires grad")
        value = value.item()
    if isinstance(value, np.bool_):  # torch takes NumPy's bool as it takes Python's
        value = bool(value)
    if not isinstance(value, numbers.Real):
        raise TypeError(f"{fn}(): lambd must be a real number, got {type_name(value)}")
    top = torch.finfo(dtype).max
    # compare before float(): float(2**1000) raises OverflowError
    if not (0 <= value <= top):
        raise ValueError(f"{fn}(): lambd must be in [0, {top:.6g}] for {dtype}, got {value!r}")
    return float(value)


def softshrink(x: torch.Tensor, lambd: float = 0.5) -> torch.Tensor:
    """Reference ``torch.nn.functional.softshrink``: move every value ``lambd`` towards 0, stop at 0.

    ``x - lambd`` where ``x > lambd``, ``x + lambd`` where ``x < -lambd``, and zero in
    between (``x * 0``); ``nan`` stays ``nan``. The sign of those zeros is not part of the
    contract: torch's CPU kernel gives ``-0.0`` for a negative value on its scalar path and
    ``0.0`` on its vectorized path, depending on the tensor's length. The gradient is 0
    inside ``[-lambd, lambd]`` and 1 everywhere else, ``nan`` included. It is the rule the
    C++ loop of ``SOFTSHRINK_CPP`` computes for float32.

    Args:
        x: a float32 or float64 tensor.
        lambd: the threshold, a real number (or 0-d real tensor) in ``[0, finfo(x.dtype).max]``.

    Returns:
        A tensor of ``x``'s shape, dtype and device, differentiable with respect to ``x``.

    Raises:
        TypeError: ``x`` is not a dense float32/float64 tensor (other dtypes are refused:
            the reference is not proven on them), or ``lambd`` is not a real number or a
            0-d real tensor with a value that does not require grad.
        ValueError: ``lambd`` is negative, nan or larger than the dtype's largest value.

    Examples:
        >>> x = torch.tensor([-2.0, -0.5, 0.25, 1.0, 3.0])
        >>> softshrink(x, 0.5)
        tensor([-1.5000, -0.0000,  0.0000,  0.5000,  2.5000])
        >>> torch.equal(softshrink(x, 0.5), torch.nn.functional.softshrink(x, 0.5))
        True
        >>> short, long = torch.full((1,), -0.3), torch.full((64,), -0.3)
        >>> torch.nn.functional.softshrink(short, 0.5), torch.nn.functional.softshrink(long, 0.5)[:2]  # torch's zeros: sign by path #zh: torch 的零：符号取决于计算路径
        (tensor([-0.]), tensor([0., 0.]))
    """
    fn = "softshrink"
    check_tensor(fn, "x", x)
    check_dense(fn, "x", x, message="x must be a dense tensor, got {kind}",
                quantized="x must be float32 or float64, got the quantized dtype {dtype}")
    if x.dtype not in _DTYPES:
        raise TypeError(f"{fn}(): x must be float32 or float64, got {x.dtype} "
                        "(the reference does not follow torch on other dtypes)")
    lam = _lambd(fn, lambd, x.dtype)
    inside = (x >= -lam) & (x <= lam)
    # outside: x - lam * sign(x), whose gradient is 1; nan is not inside, so it keeps
    # gradient 1 as in torch's backward
    return torch.where(inside, x * 0, x - lam * torch.sign(x))
