"""Collate functions: ``default_collate``'s rules, and ``pad_collate`` for variable-length
samples (one padded batch with an attention mask)."""

from __future__ import annotations

import copy
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence
from typing import Any

import numpy as np
import torch

from torchnotes._checks import check_dense, check_int_like
from torchnotes.data._describe import _describe


def pad_collate(
    batch: Sequence[torch.Tensor | tuple[torch.Tensor, torch.Tensor]],
    pad_id: int = 0,
    label_pad_id: int = -100,
) -> dict[str, torch.Tensor]:
    """Pad variable-length 1-d samples into a batch and say which positions are real.

    Each sample is either a 1-d tensor of ids or an ``(input_ids, labels)`` pair of equal
    length. Inputs are right-padded with ``pad_id``; labels with ``label_pad_id``, whose
    default ``-100`` is the ``ignore_index`` of ``F.cross_entropy``, so padding adds no
    loss. ``attention_mask`` (``int64``) is 1 for real tokens and 0 for padding (the Hugging
    Face convention; ``nn.MultiheadAttention``'s ``key_padding_mask`` wants the opposite,
    ``mask == 0``).

    Samples of different dtypes are promoted as ``torch.stack`` (and so ``default_collate``)
    promotes them; ``torch.nn.utils.rnn.pad_sequence`` instead casts every sample to the
    first one's dtype. All results live on the samples' device.

    Use ``functools.partial(pad_collate, pad_id=vocab.pad_id)`` as a DataLoader's
    ``collate_fn``: unlike a lambda it can be pickled, which workers started by ``spawn``
    or ``forkserver`` need.

    Args:
        batch: a non-empty list of samples, all tensors or all pairs, on one device.
        pad_id: the value padded into ``input_ids``; it must fit their dtype.
        label_pad_id: the value padded into ``labels``; it must fit their dtype.

    Returns:
        A dict with ``input_ids`` and ``attention_mask`` of shape ``(len(batch), longest)``,
        plus ``labels`` when the samples are pairs.

    Raises:
        TypeError: ``batch`` is not a list, a sample is not a tensor or a pair of tensors
            (a sparse, nested or quantized tensor included), samples mix the two kinds, or
            ``pad_id``/``label_pad_id`` is not an integer.
        ValueError: ``batch`` is empty, a tensor is not 1-d, a pair's lengths differ, the
            samples are on different devices, or a pad value does not fit the dtype.

    Examples:
        >>> out = pad_collate([torch.tensor([5, 6, 7]), torch.tensor([8])])
        >>> out["input_ids"]
        tensor([[5, 6, 7],
                [8, 0, 0]])
        >>> out["attention_mask"]
        tensor([[1, 1, 1],
                [1, 0, 0]])
        >>> pad_collate([(torch.tensor([5, 6]), torch.tensor([6, 7]))])["labels"]
        tensor([[6, 7]])
        >>> pad_collate([torch.tensor([1], dtype=torch.int32), torch.tensor([2**40])])["input_ids"]
        tensor([[            1],
                [1099511627776]])
        >>> pad_collate([torch.empty(2, dtype=torch.long, device="meta")])["attention_mask"].device
        device(type='meta')
    """
    if isinstance(batch, (torch.Tensor, str)) or not isinstance(batch, Sequence):
        raise TypeError(f"pad_collate(): batch must be a list of samples, got {_describe(batch)}")
    if not batch:
        raise ValueError("pad_collate(): batch must be a non-empty list of samples, got an empty one")
    pad_id = check_int_like("pad_collate", "pad_id", pad_id)
    label_pad_id = check_int_like("pad_collate", "label_pad_id", label_pad_id)
    paired = not isinstance(batch[0], torch.Tensor)
    inputs, labels = [], []
    for i, sample in enumerate(batch):
        parts = _sample_parts(i, sample)
        if paired != (len(parts) == 2):
            raise TypeError(
                f"pad_collate(): batch[{i}] must be {'a pair' if paired else 'a tensor'} "
                f"like batch[0], got {_describe(sample)}"
            )
        if inputs and parts[0].device != inputs[0].device:
            raise ValueError(
                f"pad_collate(): every sample must be on one device, batch[0] is on "
                f"{inputs[0].device} and batch[{i}] on {parts[0].device}"
            )
        if paired and parts[1].device != parts[0].device:
            raise ValueError(
                f"pad_collate(): batch[{i}] has input_ids on {parts[0].device} and labels on "
                f"{parts[1].device}"
            )
        if paired and len(parts[0]) != len(parts[1]):
            raise ValueError(
                f"pad_collate(): batch[{i}] input_ids and labels differ in length "
                f"({len(parts[0])} vs {len(parts[1])})"
            )
        inputs.append(parts[0])
        if paired:
            labels.append(parts[1])
    device = inputs[0].device
    lengths = torch.tensor([len(x) for x in inputs], device=device)
    width = max(len(x) for x in inputs)
    # position < length  <=>  a real token; broadcasting builds the whole mask at once
    mask = (torch.arange(width, device=device) < lengths[:, None]).long()
    out = {"input_ids": _pad(inputs, width, pad_id, "pad_id"), "attention_mask": mask}
    if paired:
        out["labels"] = _pad(labels, width, label_pad_id, "label_pad_id")
    return out


def _sample_parts(i: int, sample: object) -> tuple[torch.Tensor, ...]:
    """``(input_ids,)`` or ``(input_ids, labels)`` of ``batch[i]``, each a checked 1-d tensor."""
    expected = "a 1-d tensor or an (input_ids, labels) pair of 1-d tensors"
    if isinstance(sample, torch.Tensor):
        parts: tuple = (sample,)
    elif isinstance(sample, (tuple, list)) and len(sample) == 2 and all(
        isinstance(p, torch.Tensor) for p in sample
    ):
        parts = tuple(sample)
    else:
        hint = " (make each sample a tensor, e.g. torch.tensor(ids))" if isinstance(sample, list) else ""
        raise TypeError(f"pad_collate(): batch[{i}] must be {expected}, got {_describe(sample)}{hint}")
    for part in parts:
        check_dense(
            "pad_collate", f"batch[{i}]", part,
            message="{name} must be a dense tensor, got a {kind} one",
        )
        if part.dim() != 1:
            raise ValueError(
                f"pad_collate(): batch[{i}] must hold 1-d tensors, got shape {tuple(part.shape)}"
            )
    return parts


def _pad(rows: list[torch.Tensor], width: int, value: int, name: str) -> torch.Tensor:
    dtype = rows[0].dtype
    for row in rows[1:]:
        dtype = torch.promote_types(dtype, row.dtype)
    _check_fits(value, dtype, name)
    out = torch.full((len(rows), width), value, dtype=dtype, device=rows[0].device)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out


def _check_fits(value: int, dtype: torch.dtype, name: str) -> None:
    """Refuse a pad value that ``dtype`` cannot hold instead of letting it wrap or saturate."""
    if dtype == torch.bool:
        low, high = 0, 1
    elif dtype.is_floating_point or dtype.is_complex:
        limit = torch.finfo(dtype).max
        low, high = -limit, limit
    else:
        info = torch.iinfo(dtype)
        low, high = info.min, info.max
    if not low <= value <= high:
        raise ValueError(
            f"pad_collate(): {name}={value} does not fit the samples' dtype {dtype} "
            f"(range [{low}, {high}])"
        )


def default_collate(batch: Sequence[Any]) -> Any:
    """``torch.utils.data.default_collate``: a list of samples into one batch, by the rules.

    The type of ``batch[0]`` decides, recursively:

    * tensors are stacked along a new first dimension (``torch.stack``, so equal shapes);
    * NumPy arrays become tensors first; NumPy scalars give ``torch.as_tensor(batch)``;
    * Python ``float``s give a ``float64`` tensor, ``int``s ``torch.tensor(batch)``: an
      ``int64`` tensor for ints, ``bool`` for bools, but ``float32`` when a later sample is
      a float (it is ``torch.tensor``'s inference, not ``float64``);
    * ``str`` and ``bytes`` stay the sequence they came in;
    * a mapping gives a mapping of the same type with each key's values collated, keys
      taken from ``batch[0]``; a namedtuple gives the same namedtuple;
    * a tuple gives a **list** with one collated entry per position, another sequence the
      same kind of sequence; all samples must have the same length.

    Args:
        batch: a non-empty list of samples, as ``DataLoader`` passes it.

    Returns:
        The batch: a tensor, or the samples' structure with tensors in it.

    Raises:
        TypeError: ``batch`` is not a sequence (a list, a tuple), a sample has a type the
            rules do not cover (``None``, an object, a NumPy array or scalar torch has no
            dtype for), a sample is not of ``batch[0]``'s kind (a tensor, a number, a
            mapping), or a tensor is sparse or nested.
        ValueError: ``batch`` is empty, tensors differ in shape, sequences differ in
            length, a mapping lacks a key of ``batch[0]``, an ``int`` does not fit
            ``int64`` (or a float, where the batch holds one), or a NumPy array has
            negative strides.

    Examples:
        >>> out = default_collate([(torch.tensor([1.0, 2.0]), 0), (torch.tensor([3.0, 4.0]), 1)])
        >>> out  # a tuple sample gives a list #zh: 样本是元组，结果却是列表
        [tensor([[1., 2.],
                [3., 4.]]), tensor([0, 1])]
        >>> default_collate([{"id": 7, "text": "hi"}, {"id": 8, "text": "yo"}])
        {'id': tensor([7, 8]), 'text': ['hi', 'yo']}
        >>> default_collate([0.5, 1.5]).dtype, default_collate([1, 1.5]).dtype
        (torch.float64, torch.float32)
        >>> default_collate([torch.ones(2), torch.ones(3)])
        Traceback (most recent call last):
            ...
        ValueError: default_collate(): tensors must have one shape to be stacked, batch[0] has (2,) and batch[1] has (3,)
    """
    if isinstance(batch, (str, bytes, torch.Tensor)) or not isinstance(batch, Sequence):
        raise TypeError(f"default_collate(): batch must be a list of samples, got {_describe(batch)}")
    if not batch:
        raise ValueError("default_collate(): batch must be a non-empty list of samples, got an empty one")
    return _collate(batch, "batch")


def _fits_float(x: int) -> bool:
    try:
        float(x)
    except OverflowError:
        return False
    return True


def _array_tensor(value: Any, where: str) -> torch.Tensor:
    """``torch.as_tensor(value)`` (a sample beside a NumPy ``batch[0]``), its refusals worded."""
    try:
        return torch.as_tensor(value)
    except ValueError:  # NumPy's negative strides
        raise ValueError(
            f"default_collate(): {where} is a NumPy array with negative strides, which torch "
            f"cannot wrap (pass array.copy())"
        ) from None
    except (TypeError, RuntimeError):
        got = f"a NumPy array of {value.dtype}" if isinstance(value, np.ndarray) else _describe(value)
        raise TypeError(f"default_collate(): {where} is {got}, which has no tensor dtype") from None


def _collate(batch: Sequence[Any], where: str) -> Any:
    elem = batch[0]
    if isinstance(elem, torch.Tensor):
        for i, x in enumerate(batch):
            if not isinstance(x, torch.Tensor):
                raise TypeError(f"default_collate(): {where}[{i}] must be a tensor like {where}[0], got {_describe(x)}")
            if x.is_nested or x.layout != torch.strided:
                raise TypeError(
                    f"default_collate(): {where}[{i}] is a {'nested' if x.is_nested else str(x.layout)} "
                    "tensor, which default_collate does not batch (write a collate_fn)"
                )
            if x.shape != elem.shape:
                raise ValueError(
                    f"default_collate(): tensors must have one shape to be stacked, {where}[0] has "
                    f"{tuple(elem.shape)} and {where}[{i}] has {tuple(x.shape)}"
                )
            if x.device != elem.device:
                raise ValueError(
                    f"default_collate(): tensors must be on one device, {where}[0] is on {elem.device} "
                    f"and {where}[{i}] on {x.device}"
                )
        return torch.stack(batch, 0)
    if isinstance(elem, np.ndarray):
        if elem.dtype.kind in "SaUO":
            raise TypeError(f"default_collate(): {where}[0] is a NumPy array of {elem.dtype}, which has no tensor dtype")
        return _collate([_array_tensor(b, f"{where}[{i}]") for i, b in enumerate(batch)], where)
    if isinstance(elem, (np.bool_, np.number, np.object_)):
        try:
            return torch.as_tensor(batch)
        except (TypeError, RuntimeError) as error:
            raise TypeError(
                f"default_collate(): {where} holds NumPy scalars torch.as_tensor cannot make a "
                f"tensor of ({', '.join(sorted({type(x).__name__ for x in batch}))}): {error}"
            ) from None
    if isinstance(elem, (int, float)):
        # torch.tensor infers float32 for ints mixed with floats (float64 when batch[0] is a
        # float): an int then only has to be a float, else it has to fit int64
        floats = isinstance(elem, float) or any(isinstance(x, float) for x in batch)
        for i, x in enumerate(batch):
            if not isinstance(x, (int, float)):
                raise TypeError(f"default_collate(): {where}[{i}] must be a number like {where}[0], got {_describe(x)}")
            if isinstance(x, int) and not floats and not -(2**63) <= x < 2**63:
                raise ValueError(f"default_collate(): {where}[{i}]={x} does not fit int64")
            if isinstance(x, int) and floats and not _fits_float(x):
                raise ValueError(f"default_collate(): {where}[{i}]={x} does not fit a float")
        if isinstance(elem, float):
            return torch.tensor(batch, dtype=torch.float64)
        return torch.tensor(batch)  # bool included: torch.tensor infers bool, int64 or float32
    if isinstance(elem, (str, bytes)):
        return batch
    if isinstance(elem, Mapping):
        for i, d in enumerate(batch):
            if not isinstance(d, Mapping):
                raise TypeError(f"default_collate(): {where}[{i}] must be a mapping like {where}[0], got {_describe(d)}")
            missing = [k for k in elem if k not in d]
            if missing:
                raise ValueError(f"default_collate(): {where}[{i}] lacks the key {missing[0]!r} of {where}[0]")
        values = {key: _collate([d[key] for d in batch], f"{where}[*][{key!r}]") for key in elem}
        try:
            if isinstance(elem, MutableMapping):
                clone = copy.copy(elem)
                clone.update(values)
                return clone
            return type(elem)(values)
        except TypeError:  # a mapping type that cannot be built from a dict
            return values
    if isinstance(elem, Sequence):
        for i, s in enumerate(batch):
            if not isinstance(s, Sequence) or isinstance(s, (str, bytes)) or len(s) != len(elem):
                got = _describe(s) if not isinstance(s, Sequence) or isinstance(s, (str, bytes)) else f"length {len(s)}"
                raise ValueError(
                    f"default_collate(): every sample must have {where}[0]'s length {len(elem)}, "
                    f"{where}[{i}] has {got}"
                )
        columns = [_collate(c, f"{where}[*][{j}]") for j, c in enumerate(zip(*batch))]
        if isinstance(elem, tuple) and hasattr(elem, "_fields"):  # namedtuple
            return type(elem)(*columns)
        if isinstance(elem, tuple):
            return columns  # torch keeps this list for backwards compatibility
        try:
            if isinstance(elem, MutableSequence):
                clone = copy.copy(elem)
                for j, c in enumerate(columns):
                    clone[j] = c
                return clone
            return type(elem)(columns)
        except TypeError:
            return columns
    raise TypeError(
        f"default_collate(): {where}[0] must be a tensor, NumPy array, number, str, mapping or "
        f"sequence, got {type(elem).__name__}"
    )
