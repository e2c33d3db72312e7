"""Pruning: which weights ``torch.nn.utils.prune`` zeroes, computed by hand.

``prune.l1_unstructured`` keeps the weight as it was (``weight_orig``) and multiplies it by a
0/1 mask (``weight_mask``) on every forward; the helper here computes that mask from the
rule alone - how many entries an ``amount`` means, and which of them are the smallest.
"""

from __future__ import annotations

import math
import numbers

import torch

from torchnotes._checks import check_dense, type_name

# topk (and so the choice among tied magnitudes) is only proven on these; ints and complex
# weights are not what a prunable parameter is.
_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)


def _count(fn: str, amount: object, size: int) -> int:
    """How many entries ``amount`` prunes out of ``size``, with torch's rules and messages."""
    if isinstance(amount, bool) or not isinstance(amount, numbers.Real):
        # torch.prune refuses tensors too (a 0-d tensor is not a numbers.Real)
        raise TypeError(f"{fn}(): amount must be an int or a float, got {type_name(amount)}")
    if isinstance(amount, numbers.Integral):
        count = int(amount)
        if count < 0:
            raise ValueError(f"{fn}(): amount must be a non-negative int, got {count}")
        if count > size:
            raise ValueError(
                f"{fn}(): amount={count} must be <= the number of entries of weight ({size})"
            )
        return count
    fraction = float(amount)
    if math.isnan(fraction) or not 0.0 <= fraction <= 1.0:
        raise ValueError(f"{fn}(): amount must be a float in [0, 1], got {fraction}")
    # Python's round, as torch: halves go to the even neighbour (0.5 of 5 entries prunes 2)
    return round(fraction * size)


def l1_unstructured_mask(weight: torch.Tensor, amount: int | float) -> torch.Tensor:
    """The mask ``prune.l1_unstructured(module, name, amount)`` puts in ``<name>_mask``.

    An ``int`` amount is a number of entries; a ``float`` in ``[0, 1]`` is a fraction of
    ``weight.numel()``, rounded with Python's ``round`` (halves to even). The mask is 0 at
    the ``k`` entries of smallest absolute value and 1 elsewhere, with the dtype, shape and
    device of ``weight``. Among entries of equal magnitude the choice is ``torch.topk``'s
    (not the first ones in memory), which is why this uses ``topk`` the same way torch does.

    Args:
        weight: the parameter to prune: a dense float16, bfloat16, float32 or float64
            tensor.
        amount: how many entries to prune (``int``, NumPy integers too) or which fraction
            of them (``float`` in ``[0, 1]``).

    Returns:
        A tensor of 0s and 1s shaped like ``weight``, of its dtype and on its device.

    Raises:
        TypeError: ``weight`` is not a dense tensor of a floating dtype listed above, or
            ``amount`` is not an int or a float (a bool or a tensor is refused, as torch
            does).
        ValueError: ``amount`` is a negative int or larger than ``weight.numel()``, or a
            float outside ``[0, 1]`` (or NaN).

    Examples:
        >>> w = torch.tensor([[0.5, -2.0], [0.1, 1.0]])
        >>> l1_unstructured_mask(w, 2)  # the two smallest |w| go #zh: 绝对值最小的两个被剪掉
        tensor([[0., 1.],
                [0., 1.]])
        >>> l1_unstructured_mask(torch.ones(5), 0.5)  # round(2.5) == 2; ties: topk's choice #zh: round(2.5) == 2；并列时由 topk 决定
        tensor([1., 1., 0., 1., 0.])
    """
    fn = "l1_unstructured_mask"
    check_dense(fn, "weight", weight, message="{name} must be a dense tensor, got {kind}")
    if weight.dtype not in _DTYPES:
        raise TypeError(
            f"{fn}(): weight must be float16, bfloat16, float32 or float64, got {weight.dtype} "
            "(the reference does not follow torch on other dtypes)"
        )
    count = _count(fn, amount, weight.numel())
    mask = torch.ones_like(weight, memory_format=torch.contiguous_format)
    if count:  # topk refuses k=0 on an empty tensor; nothing to prune anyway
        smallest = torch.topk(weight.detach().abs().reshape(-1), k=count, largest=False).indices
        mask.view(-1)[smallest] = 0
    return mask
