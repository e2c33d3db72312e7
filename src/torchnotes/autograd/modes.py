"""no_grad vs inference_mode: what a tensor made under each mode can do afterwards."""

from __future__ import annotations

from typing import Any

import torch

from torchnotes._checks import check_tensor

_MODES = {
    "enable_grad": torch.enable_grad,
    "no_grad": torch.no_grad,
    "inference_mode": torch.inference_mode,
}


# Where torch's CPU kernels compute x * 2 (float8, sub-byte and bits dtypes have none).
_DTYPES = (
    torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
    torch.uint16, torch.uint32, torch.uint64,
    torch.float16, torch.bfloat16, torch.float32, torch.float64,
    torch.complex32, torch.complex64, torch.complex128,
)


def _first_sentence(error: Exception) -> str:
    # torch's messages go on with advice and links; the first sentence says what failed
    return str(error).split(". ")[0].split(".You")[0].rstrip(".")


def grad_mode_report(x: torch.Tensor, mode: str) -> dict[str, Any]:
    """Compute ``y = x * 2`` under a grad mode and report what ``y`` can do afterwards.

    ``no_grad`` only stops recording: ``y`` is an ordinary tensor without a ``grad_fn``
    that can still be changed in place and used in a graph recorded later.
    ``inference_mode`` also drops the version counter and marks ``y`` as an inference
    tensor, which autograd refuses to save for backward and which cannot be changed in
    place outside inference mode. Every probe runs outside the mode, with gradients
    enabled; neither ``x`` nor ``x.grad`` is changed.

    Args:
        x: a strided tensor; make it ``requires_grad=True`` to see what each mode stops.
        mode: ``"enable_grad"``, ``"no_grad"`` or ``"inference_mode"``.

    Returns:
        A dict with ``requires_grad``, ``grad_fn`` (the node's class name or ``None``),
        ``is_inference``, ``version`` (``y._version``, ``None`` when ``y`` has no version
        counter), ``in_place`` (``True``, or the first sentence of the error that
        ``y.add_(1)`` raises) and ``used_in_autograd`` (``True``, or the error that
        differentiating ``(y * w).sum()`` raises for a ``w`` that requires grad).

    Raises:
        TypeError: ``x`` is not a strided tensor (nested and quantized ones are refused),
            has a dtype torch cannot multiply (float8, sub-byte), or ``mode`` is not a str.
        ValueError: ``mode`` is not one of the three mode names, or the call is made
            inside ``torch.inference_mode()``.

    Examples:
        >>> x = torch.ones(2, requires_grad=True)
        >>> grad_mode_report(x, "no_grad")
        {'requires_grad': False, 'grad_fn': None, 'is_inference': False, 'version': 0, 'in_place': True, 'used_in_autograd': True}
        >>> report = grad_mode_report(x, "inference_mode")
        >>> report["is_inference"], report["version"]  # no version counter #zh: 没有版本计数器
        (True, None)
        >>> report["used_in_autograd"]
        'Inference tensors cannot be saved for backward'
    """
    check_tensor("grad_mode_report", "x", x)
    if x.layout != torch.strided:
        raise TypeError(f"grad_mode_report(): x must be a strided tensor, got layout {x.layout}")
    if x.is_nested or x.is_quantized:
        raise TypeError(
            f"grad_mode_report(): x must be a plain strided tensor, got a "
            f"{'nested' if x.is_nested else 'quantized'} one"
        )
    if x.dtype not in _DTYPES:
        raise TypeError(f"grad_mode_report(): x must have a dtype torch can multiply by 2, got {x.dtype}")
    if not isinstance(mode, str):
        raise TypeError(f"grad_mode_report(): mode must be a str, got {type(mode).__name__}")
    if mode not in _MODES:
        raise ValueError(
            f"grad_mode_report(): mode must be one of {sorted(_MODES)}, got {mode!r}"
        )
    if torch.is_inference_mode_enabled():
        raise ValueError(
            "grad_mode_report(): call it outside torch.inference_mode(); inside, every "
            "result is an inference tensor whatever mode is asked for"
        )
    with _MODES[mode]():
        y = x * 2
    # the probes ask what y allows *afterwards*, so they run with recording on whatever
    # mode the caller is in
    with torch.enable_grad():
        report: dict[str, Any] = {
            "requires_grad": y.requires_grad,
            "grad_fn": None if y.grad_fn is None else type(y.grad_fn).__name__,
            "is_inference": y.is_inference(),
        }
        try:
            report["version"] = y._version
        except RuntimeError:  # inference tensors have no version counter
            report["version"] = None
        try:
            y.add_(1)
            report["in_place"] = True
        except RuntimeError as error:
            report["in_place"] = _first_sentence(error)
        # an integer y takes part as a constant: the product is promoted to w's dtype
        floating = y.dtype.is_floating_point or y.dtype.is_complex
        dtype = y.dtype if floating else torch.get_default_dtype()
        w = torch.ones(y.shape, dtype=dtype, device=y.device, requires_grad=True)
        try:
            # grad w.r.t. w only, so that x.grad is left alone
            total = (y * w).sum()
            torch.autograd.grad(total, w, torch.ones_like(total))
            report["used_in_autograd"] = True
        except RuntimeError as error:
            report["used_in_autograd"] = _first_sentence(error)
    return report
