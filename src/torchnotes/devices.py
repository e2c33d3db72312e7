"""Devices: choosing one, moving batches to it, reading CUDA memory, timing asynchronous work.

Every helper works on a machine without a GPU: what it does there is what torch does there
(``torch.cuda.memory_allocated`` is 0, ``torch.cuda.is_available`` is False), so the pages can
show the CPU side and leave the CUDA side to snippets recorded on a GPU.
"""

from __future__ import annotations

import collections
import copy
import operator
import time
from collections.abc import Callable, Mapping, MutableMapping, MutableSequence, Sequence
from typing import Any

import torch

from torchnotes._checks import check_bool

# How each device type says it can be used; cpu always can. Looked up at call time so that
# tests can monkeypatch torch's own functions.
_AVAILABLE: dict[str, Callable[[], bool]] = {
    "cuda": lambda: torch.cuda.is_available(),
    "mps": lambda: torch.backends.mps.is_available(),
    "xpu": lambda: hasattr(torch, "xpu") and torch.xpu.is_available(),
    "cpu": lambda: True,
}


def _parse_device(fn: str, device: Any) -> torch.device:
    """``torch.device(device)`` for a str or ``torch.device``, refusals worded.

    torch keeps a device index in 8 bits, so ``"cuda:128"`` silently becomes ``cuda:-128``:
    an index that wrapped to a negative one is refused here.
    """
    if not isinstance(device, (str, torch.device)):
        raise TypeError(f"{fn}(): device must be a str or torch.device, got {type(device).__name__}")
    try:
        target = torch.device(device)
    except RuntimeError as error:
        raise ValueError(f"{fn}(): device {device!r} is not a device ({error})") from None
    written = device.rsplit(":", 1)[1] if isinstance(device, str) and ":" in device else None
    if target.index is not None and (target.index < 0 or (written is not None and int(written) != target.index)):
        raise ValueError(f"{fn}(): device {device!r} has an index above 127, which torch wraps to {target}")
    return target


def pick_device(prefer: str | Sequence[str] = ("cuda", "mps", "cpu")) -> torch.device:
    """The first device type of ``prefer`` that can be used where it runs, as a ``torch.device``.

    ``cuda`` counts as usable when ``torch.cuda.is_available()``, ``mps`` when
    ``torch.backends.mps.is_available()`` (Apple GPUs), ``xpu`` when
    ``torch.xpu.is_available()``, and ``cpu`` always. The device has no
    index: ``torch.device("cuda")`` means the current CUDA device.

    Args:
        prefer: one device type or a sequence of them, tried in order; the default tries
            CUDA, then MPS, then the CPU.

    Returns:
        ``torch.device`` of the first usable type.

    Raises:
        TypeError: ``prefer`` is not a str or a sequence of str.
        ValueError: ``prefer`` is empty, names a type other than cuda, mps, xpu and cpu
            (``"cuda:0"`` included: give types, not devices), or none of its types is usable.

    Examples:
        >>> pick_device("cpu")
        device(type='cpu')
        >>> idiom = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        >>> pick_device(("cuda", "cpu")) == idiom  # the usual idiom, as a function #zh: 常见写法的函数版本
        True
        >>> pick_device("gpu")  # types only: cuda, mps, xpu, cpu #zh: 只接受设备类型：cuda、mps、xpu、cpu
        Traceback (most recent call last):
            ...
        ValueError: pick_device(): prefer must hold device types from ('cuda', 'mps', 'xpu', 'cpu'), got 'gpu'
    """
    types = (prefer,) if isinstance(prefer, str) else prefer
    if not isinstance(types, Sequence) or not all(isinstance(t, str) for t in types):
        raise TypeError(
            f"pick_device(): prefer must be a device type or a sequence of them, got {prefer!r}"
        )
    types = tuple(types)
    if not types:
        raise ValueError("pick_device(): prefer must name at least one device type, got ()")
    for t in types:
        if t not in _AVAILABLE:
            raise ValueError(
                f"pick_device(): prefer must hold device types from {tuple(_AVAILABLE)}, got {t!r}"
            )
    for t in types:
        if _AVAILABLE[t]():
            return torch.device(t)
    raise ValueError(
        f"pick_device(): none of {types} is available (cpu always is)"
    )


def move_batch(batch: Any, device: str | torch.device, *, non_blocking: bool = False) -> Any:
    """Move every tensor of a nested batch to ``device``; containers keep their type.

    Tensors inside dicts (any mapping), lists, tuples, named tuples and other sequences
    (a ``deque``) are moved with
    ``tensor.to(device, non_blocking=non_blocking)``; anything else (ints, strings, None) is
    returned as it is. On CUDA, ``non_blocking=True`` lets a copy from pinned (page-locked)
    CPU memory to the GPU return before it finishes; later work on the same stream waits for
    it, so reading the moved batch needs no explicit synchronisation.

    Args:
        batch: a tensor, or mappings, lists and tuples holding tensors, as a DataLoader
            yields them.
        device: the target device, such as ``"cuda"``, ``"cuda:1"``, ``"cpu"`` or ``"meta"``.
        non_blocking: passed to every ``.to()``; a real bool.

    Returns:
        The same structure with every tensor on ``device`` (a tensor already there is
        returned as it is, as ``.to()`` does).

    Raises:
        TypeError: ``device`` is not a str or ``torch.device``, ``non_blocking`` is not a
            bool, ``batch`` is a set (an unordered container cannot keep its order), or a
            tensor cannot go to ``device`` at all (a nested or quantized one to ``meta``).
        ValueError: ``device`` is not a valid device string, has an index above 127, or
            is a CUDA, MPS or XPU device where that kind is not available.

    Examples:
        >>> batch = {"x": torch.ones(2, 3), "y": [torch.tensor(1), "id-7"]}
        >>> moved = move_batch(batch, "meta")  # meta: a device every machine has #zh: meta 是每台机器都有的设备
        >>> moved["x"].device, moved["y"][0].device, moved["y"][1]
        (device(type='meta'), device(type='meta'), 'id-7')
        >>> move_batch(batch, "cpu")["x"] is batch["x"]  # already there: not copied #zh: 已在目标设备上：不复制
        True
    """
    target = _parse_device("move_batch", device)
    check_bool("move_batch", "non_blocking", non_blocking)
    if target.type in _AVAILABLE and not _AVAILABLE[target.type]():
        # tensor.to would fail deep inside (no driver); say it before moving anything
        raise ValueError(f"move_batch(): device is {target} but {target.type} is not available")
    return _move(batch, target, non_blocking, "batch")


# Sequences that are values, not containers of a batch: returned as they are.
_NOT_CONTAINERS = (str, bytes, bytearray, memoryview, range, collections.UserString)


def _move(item: Any, device: torch.device, non_blocking: bool, where: str) -> Any:
    if isinstance(item, torch.Tensor):
        try:
            return item.to(device, non_blocking=non_blocking)
        except NotImplementedError:  # no kernel: a nested or quantized tensor to meta
            kind = "nested" if item.is_nested else "quantized" if item.is_quantized else str(item.layout)
            raise TypeError(
                f"move_batch(): {where} is a {kind} tensor, which torch cannot move to {device}"
            ) from None
    if isinstance(item, Mapping):
        moved = {k: _move(v, device, non_blocking, f"{where}[{k!r}]") for k, v in item.items()}
        # as torch's pin_memory: copy a mutable mapping (defaultdict keeps its factory)
        try:
            if isinstance(item, MutableMapping):
                clone = copy.copy(item)
                clone.update(moved)
                return clone
            return type(item)(moved)  # type: ignore[call-arg]
        except TypeError:  # a mapping type that cannot be built from a dict
            return moved
    if isinstance(item, tuple) and hasattr(item, "_fields"):  # a namedtuple takes fields, not one iterable #zh: namedtuple 的构造参数是各个字段，而不是一个可迭代对象
        return type(item)(*(_move(v, device, non_blocking, f"{where}.{f}") for f, v in zip(item._fields, item)))
    if isinstance(item, Sequence) and not isinstance(item, _NOT_CONTAINERS):
        moved_items = [_move(v, device, non_blocking, f"{where}[{i}]") for i, v in enumerate(item)]
        try:
            if isinstance(item, MutableSequence):  # a deque or a list subclass keeps its type
                clone = copy.copy(item)
                for i, v in enumerate(moved_items):
                    clone[i] = v
                return clone
            return type(item)(moved_items)  # type: ignore[call-arg]
        except TypeError:  # a sequence type that cannot be built from a list
            return moved_items
    if isinstance(item, (set, frozenset)):
        raise TypeError(f"move_batch(): batch must not contain a {type(item).__name__} (it has no order)")
    return item


def cuda_memory(device: int | str | torch.device | None = None) -> dict[str, int]:
    """Bytes of CUDA memory held by tensors, reserved by the caching allocator, and cached.

    PyTorch keeps freed blocks in a cache instead of returning them to the driver:
    ``reserved`` is what the process holds, ``allocated`` what live tensors use, and
    ``cached = reserved - allocated`` is what ``torch.cuda.empty_cache()`` can give back.
    Without CUDA every number is 0, as torch reports.

    Args:
        device: a CUDA device (index, ``"cuda"``, ``"cuda:1"`` or ``torch.device``), or None
            for the current one.

    Returns:
        ``{"allocated": ..., "reserved": ..., "cached": ...}`` in bytes.

    Raises:
        TypeError: ``device`` is not an int, str, ``torch.device`` or None (a bool is
            refused).
        ValueError: ``device`` is not a CUDA device, is an index outside ``[0, 127]``
            (torch's range), or is an index beyond the GPUs present.

    Examples:
        >>> report = cuda_memory()  # all 0 without CUDA, as torch reports #zh: 没有 CUDA 时全为 0，与 torch 的报告一致
        >>> sorted(report)
        ['allocated', 'cached', 'reserved']
        >>> report["cached"] == report["reserved"] - report["allocated"]
        True
    """
    if device is not None:
        if not isinstance(device, (str, torch.device)):
            try:
                if isinstance(device, bool):
                    raise TypeError
                device = operator.index(device)  # NumPy integers too, as torch takes them #zh: 与 torch 一样也接受 NumPy 整数
            except TypeError:
                raise TypeError(
                    f"cuda_memory(): device must be an int, str, torch.device or None, got {type(device).__name__}"
                ) from None
            if not 0 <= device <= 127:  # torch keeps an index in 8 bits; 128 would wrap
                raise ValueError(f"cuda_memory(): device index must be in [0, 127], got {device}")
            device = torch.device("cuda", device)
        device = _parse_device("cuda_memory", device)
        if device.type != "cuda":
            raise ValueError(f"cuda_memory(): device must be a CUDA device, got {device}")
        count = torch.cuda.device_count()
        if count and device.index is not None and device.index >= count:
            raise ValueError(f"cuda_memory(): device {device} does not exist; torch sees {count} CUDA device(s)")
    allocated = torch.cuda.memory_allocated(device)
    reserved = torch.cuda.memory_reserved(device)
    return {"allocated": allocated, "reserved": reserved, "cached": reserved - allocated}


def elapsed_ms(fn: Callable[[], Any], device: str | torch.device = "cpu") -> float:
    """Milliseconds ``fn()`` takes on ``device``, waiting for the device to finish.

    CUDA kernels run asynchronously: a call may return once the work is queued, so a CPU
    clock around it can stop before the work is done. On CUDA the time is read from two
    ``torch.cuda.Event(enable_timing=True)`` recorded on the current stream around ``fn``,
    after synchronising on the end event; on the CPU, where ops finish before they return,
    ``time.perf_counter`` suffices.

    Args:
        fn: a callable without arguments, the work to time.
        device: ``"cpu"`` or a CUDA device (``"cuda"``, ``"cuda:0"``, ``torch.device``).

    Returns:
        The elapsed time in milliseconds, a float ``>= 0``.

    Raises:
        TypeError: ``fn`` is not callable, or ``device`` is not a str or ``torch.device``.
        ValueError: ``device`` is neither the CPU nor a CUDA device, has an index above
            127, or is CUDA while CUDA is not available.

    Examples:
        >>> ms = elapsed_ms(lambda: torch.ones(100, 100) @ torch.ones(100, 100))
        >>> isinstance(ms, float) and ms >= 0
        True
    """
    if not callable(fn):
        raise TypeError(f"elapsed_ms(): fn must be callable, got {type(fn).__name__}")
    target = _parse_device("elapsed_ms", device)
    if target.type == "cpu":
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000.0
    if target.type != "cuda":
        raise ValueError(f"elapsed_ms(): device must be the CPU or a CUDA device, got {target}")
    if not torch.cuda.is_available():
        raise ValueError(f"elapsed_ms(): device is {target} but CUDA is not available")
    with torch.cuda.device(target):
        begin = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        begin.record()
        fn()
        end.record()
        end.synchronize()  # the events are only queued; wait for the end one #zh: 事件只是排进队列；要等结束事件完成
        return float(begin.elapsed_time(end))
