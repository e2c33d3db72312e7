"""What a trace records: the operations one example ran, with its branches baked in."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

from torchnotes._checks import type_name


def _as_args(fn: str, name: str, value: Any) -> tuple[torch.Tensor, ...]:
    """A tensor or a tuple of tensors, as ``torch.jit.trace`` takes its example inputs."""
    args = (value,) if isinstance(value, torch.Tensor) else value
    if not isinstance(args, tuple) or not all(isinstance(a, torch.Tensor) for a in args):
        raise TypeError(f"{fn}(): {name} must be a tensor or a tuple of tensors, got {type_name(value)}")
    return args


def _outputs(fn: str, name: str, value: Any) -> tuple[torch.Tensor, ...]:
    out = (value,) if isinstance(value, torch.Tensor) else value
    if not isinstance(out, (tuple, list)) or not all(isinstance(o, torch.Tensor) for o in out):
        raise TypeError(f"{fn}(): {name} must return a tensor or a tuple of tensors, got {type_name(value)}")
    return tuple(out)


def _no_meta(fn: str, name: str, args: tuple[torch.Tensor, ...]) -> None:
    if any(a.is_meta for a in args):
        raise TypeError(f"{fn}(): {name} must hold values to compare, got a meta tensor")


def _same(got: torch.Tensor, expected: torch.Tensor) -> bool:
    """Equal outputs: same kind, shape, dtype, device and values, NaN equal to NaN."""
    if got.is_nested or expected.is_nested:
        if not (got.is_nested and expected.is_nested):
            return False
        a, b = got.unbind(), expected.unbind()
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if (got.layout, got.shape, got.dtype, got.device) != (
        expected.layout, expected.shape, expected.dtype, expected.device
    ):
        return False
    if got.is_meta:
        raise TypeError("trace_mismatches(): fn returned a meta tensor, whose values cannot be compared")
    if got.layout != torch.strided:  # sparse: compare the values they stand for
        got, expected = got.to_dense(), expected.to_dense()
    if torch.equal(got, expected):
        return True
    if got.is_complex():
        got, expected = torch.view_as_real(got), torch.view_as_real(expected)
    if not got.is_floating_point():
        return False
    # a NaN both computed is the same result (torch.equal says NaN != NaN)
    return bool(((got == expected) | (got.isnan() & expected.isnan())).all())


def _call(fn: str, what: str, f: Callable[..., Any], args: tuple[torch.Tensor, ...]) -> Any:
    try:
        with torch.no_grad():
            # fresh copies: an fn that works in place must not change the caller's inputs
            # nor hand the eager call and the trace the same tensor to compare with itself
            return f(*(a.clone() for a in args))
    except Exception as error:  # fn's own error, whatever its type (ZeroDivisionError, ...)
        raise ValueError(f"{fn}(): {what} raised {type(error).__name__}: {error}") from error


def trace_mismatches(
    fn: Callable[..., Any],
    example_inputs: torch.Tensor | tuple[torch.Tensor, ...],
    inputs: Sequence[torch.Tensor | tuple[torch.Tensor, ...]],
) -> list[int]:
    """Trace ``fn`` on ``example_inputs`` with ``torch.jit.trace``; list the inputs where the trace is wrong.

    A trace records the tensor operations that one call ran. Python control flow that
    depends on tensor values (``if x.sum() > 0``) is evaluated on the example only, and
    the branch it took is baked into the graph; torch only warns (``TracerWarning``).
    This runs the trace and ``fn`` itself on every input and returns the positions where
    their outputs differ (exactly, NaN equal to NaN: a correct trace runs the same kernels,
    so with deterministic kernels it gives identical results). An empty list does not prove the trace right for other inputs.
    Every call gets copies of the inputs, so an ``fn`` working in place changes none of
    them. TorchScript's deprecation and tracer warnings are silenced here; the page shows them.

    Args:
        fn: a function or ``nn.Module`` taking tensors and returning a tensor or a tuple
            of tensors.
        example_inputs: the tensor, or tuple of tensors, to trace with.
        inputs: the inputs to check, each a tensor or a tuple of tensors.

    Returns:
        The indices into ``inputs`` whose traced output differs from ``fn``'s, in order.

    Raises:
        TypeError: ``fn`` is not callable, an input is not a tensor or a tuple of
            tensors, ``inputs`` is not a list or tuple, one of ``inputs`` or its output
            is a meta tensor (no values to compare), or ``fn`` returns something else
            than tensors.
        ValueError: ``fn`` or its trace raises on one of the inputs (the message names
            which and quotes torch's error).

    Examples:
        >>> def f(x):
        ...     return x * 2 if x.sum() > 0 else x - 1
        >>> trace_mismatches(f, torch.ones(2), [torch.tensor([1., 3.]), torch.tensor([-1., -3.])])
        [1]
        >>> trace_mismatches(torch.relu, torch.ones(2), [torch.tensor([-1., 3.])])  # no branch: right #zh: 没有分支：结果正确
        []
    """
    name = "trace_mismatches"
    if not callable(fn):
        raise TypeError(f"{name}(): fn must be callable, got {type_name(fn)}")
    example = _as_args(name, "example_inputs", example_inputs)
    if not isinstance(inputs, (list, tuple)):
        raise TypeError(f"{name}(): inputs must be a list or tuple of inputs, got {type_name(inputs)}")
    checked = [_as_args(name, f"inputs[{i}]", x) for i, x in enumerate(inputs)]
    for i, args in enumerate(checked):
        _no_meta(name, f"inputs[{i}]", args)
    _outputs(name, "fn", _call(name, "fn(*example_inputs)", fn, example))
    with warnings.catch_warnings():
        # TorchScript's FutureWarning/DeprecationWarning and the TracerWarning
        warnings.simplefilter("ignore")
        try:
            traced = torch.jit.trace(fn, tuple(a.clone() for a in example), check_trace=False)
        except Exception as error:  # the tracer's RuntimeError, or fn's own error
            raise ValueError(f"{name}(): torch.jit.trace could not trace fn: {error}") from error
    wrong = []
    for i, args in enumerate(checked):
        expected = _outputs(name, "fn", _call(name, f"fn(*inputs[{i}])", fn, args))
        got = _outputs(name, "the trace", _call(name, f"the trace on inputs[{i}]", traced, args))
        same = len(got) == len(expected) and all(_same(g, e) for g, e in zip(got, expected))
        if not same:
            wrong.append(i)
    return wrong
