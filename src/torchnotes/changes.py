"""Defaults and behaviours that changed in a torch release a reader may still run.

Data only: the topic pages show the changes of their topic in a "What changed" box and the
site lists all of them on one page, newest release first. Each fact is one a reader can
check: stated in PyTorch's documentation or release notes, or measured here on both
releases the tests run (``torch.clamp`` and ``torch.arange`` in 2.14).

>>> [c.api for c in for_topic("add-mul-div")]
['torch.floor_divide / //', 'torch.div(rounding_mode=...)', 'torch.div / /']
>>> release_notes("2.6")
'https://github.com/pytorch/pytorch/releases/tag/v2.6.0'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One change: since ``version``, ``api`` behaves as ``zh``/``en`` say.

    ``topic`` is the registry id of the page that shows it, or None when that page does
    not exist yet (the change then appears on the what-changed page only). ``zh`` and
    ``en`` are one Markdown sentence each; ``link`` is the release note or documentation
    that states it.
    """

    version: str
    api: str
    topic: str | None
    zh: str
    en: str
    link: str


def release_notes(version: str) -> str:
    """The address of a torch release's notes on GitHub.

    Args:
        version: A release such as ``"2.6"`` or ``"1.13.1"``.

    Returns:
        The URL of the release's tag page; a missing patch number is 0.

    Examples:
        >>> release_notes("1.13")
        'https://github.com/pytorch/pytorch/releases/tag/v1.13.0'
    """
    parts = version.split(".")
    tag = ".".join(parts + ["0"] * (3 - len(parts)))
    return f"https://github.com/pytorch/pytorch/releases/tag/v{tag}"


def version_key(version: str) -> tuple[int, ...]:
    """A release as a tuple that sorts the way releases follow each other.

    Args:
        version: A release such as ``"1.13"``.

    Returns:
        ``(major, minor, patch)``, a missing patch number being 0.

    Raises:
        ValueError: A part of ``version`` is not a number.

    Examples:
        >>> version_key("1.13") > version_key("1.9")
        True
    """
    parts = [int(p) for p in version.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


CHANGES: tuple[Change, ...] = (
    Change(
        "2.14", "torch.clamp", "clamp",
        zh="落在数值边界上的元素，梯度由 1 变为 0；张量边界上的元素由 1 变为 0.5"
           "（torch 2.13.0 与 2.14.1 实测）。",
        en="An element sitting exactly on a number bound gets gradient 0 instead of 1; on a "
           "tensor bound, 0.5 instead of 1 (measured on torch 2.13.0 and 2.14.1).",
        link=release_notes("2.14"),
    ),
    Change(
        "2.14", "torch.jit.script / torch.jit.trace", "jit",
        zh="弃用警告的类别从 `DeprecationWarning` 改为 `FutureWarning`（torch 2.13.0 与 2.14.1 实测）。",
        en="The deprecation warning is a `FutureWarning` instead of a `DeprecationWarning` "
           "(measured on torch 2.13.0 and 2.14.1).",
        link=release_notes("2.14"),
    ),
    Change(
        "2.14", "torch.arange", "arange",
        zh="整数 `dtype` 配小数步长（`torch.arange(0, 5, 0.5, dtype=torch.int64)`）在 CPU 上"
           "不再报 `ValueError: step must be nonzero`，而是返回全 0 张量"
           "；`torch.arange(0.7, 5, 1.5, dtype=torch.int64)` 由 5 个值（2.13.0 先把三个参数都截断成整数再计数）"
           "变为 3 个（torch 2.13.0 与 2.14.1 实测）。",
        en="An integer `dtype` with a fractional step "
           "(`torch.arange(0, 5, 0.5, dtype=torch.int64)`) no longer raises "
           "`ValueError: step must be nonzero` on the CPU but returns zeros, and "
           "`torch.arange(0.7, 5, 1.5, dtype=torch.int64)` gives 3 values instead of 5 (2.13.0 "
           "cut all three arguments to integers before counting) (measured on torch 2.13.0 "
           "and 2.14.1).",
        link=release_notes("2.14"),
    ),
    Change(
        "2.14", "torch.nn.functional.relu", "relu",
        zh="对布尔张量调用时，报错类型由 `RuntimeError` 变为 `NotImplementedError`，"
           "信息仍是 `Boolean inputs not supported for relu`（CPU 上 torch 2.13.0 与 2.14.1 实测）。",
        en="On a bool tensor it raises `NotImplementedError` instead of `RuntimeError`, with the "
           "same message `Boolean inputs not supported for relu` (measured on the CPU with torch "
           "2.13.0 and 2.14.1).",
        link=release_notes("2.14"),
    ),
    Change(
        "2.14", "torch.nn.functional.scaled_dot_product_attention", "sdpa",
        zh="同时传 `attn_mask` 和 `is_causal=True` 一律报 `RuntimeError`；torch 2.13.0 对"
           "四维输入（且 value 的最后一维与 query 相同）会接受，并同时应用掩码和因果三角"
           "（CPU 上 torch 2.13.0 与 2.14.1 实测）。",
        en="Passing both `attn_mask` and `is_causal=True` always raises `RuntimeError`; torch "
           "2.13.0 accepted it for 4-d inputs whose value width equals the query's and applied "
           "both the mask and the causal triangle (measured on the CPU with torch 2.13.0 and "
           "2.14.1).",
        link=release_notes("2.14"),
    ),
    Change(
        "2.6", "torch.load", "save-load",
        zh="不传 `weights_only`（默认值 `None`）时按 `True` 处理，此前按 `False`：默认只加载张量、"
           "字典等安全类型，加载任意 Python 对象需显式传 `weights_only=False`。",
        en="Leaving `weights_only` unset (its default `None`) now means `True`; before, it meant "
           "`False`. By default only tensors, dicts and other safe types load; arbitrary Python "
           "objects need an explicit `weights_only=False`.",
        link=release_notes("2.6"),
    ),
    Change(
        "2.0", "torch.optim.Optimizer.zero_grad", "backward",
        zh="`set_to_none` 的默认值改为 `True`：清零后 `.grad` 是 `None`，而不是全 0 张量。",
        en="The default of `set_to_none` became `True`: after the call `.grad` is `None`, "
           "not a tensor of zeros.",
        link=release_notes("2.0"),
    ),
    Change(
        "2.0", "torch.var / torch.std", "mean-std-var",
        zh="关键字参数 `correction`（默认 1）取代布尔参数 `unbiased`："
           "`unbiased=True` 对应 `correction=1`，`unbiased=False` 对应 `correction=0`。",
        en="The keyword `correction` (1 by default) replaces the boolean `unbiased`: "
           "`unbiased=True` is `correction=1`, `unbiased=False` is `correction=0`.",
        link=release_notes("2.0"),
    ),
    Change(
        "2.0", "torch.squeeze", "squeeze",
        zh="`dim` 可以是维度元组，一次压缩多个大小为 1 的维度。",
        en="`dim` accepts a tuple of dimensions, squeezing several size-1 dimensions at once.",
        link=release_notes("2.0"),
    ),
    Change(
        "1.13", "torch.floor_divide / //", "add-mul-div",
        zh="`//` 与 `torch.floor_divide` 改为向下取整；此前实际是向零截断，"
           "旧行为可用 `torch.div(..., rounding_mode='trunc')` 得到。",
        en="`//` and `torch.floor_divide` round down; before, they truncated toward zero "
           "(the old behaviour is `torch.div(..., rounding_mode='trunc')`).",
        link=release_notes("1.13"),
    ),
    Change(
        "1.11", "torch.use_deterministic_algorithms", "deterministic",
        zh="新增关键字参数 `warn_only`：为 `True` 时，没有确定性实现的算子只发出警告，不再报错。",
        en="New keyword `warn_only`: when `True`, an operation without a deterministic "
           "implementation warns instead of raising.",
        link=release_notes("1.11"),
    ),
    Change(
        "1.9", "torch.utils.data.DataLoader", "manual-seed",
        zh="多进程加载时，每个 worker 的 NumPy 随机数生成器由 `base_seed` 和 worker 编号"
           "自动设定种子；此前各 worker 的 NumPy 状态相同（fork 启动时）或不可复现。",
        en="With worker processes, each worker's NumPy generator is seeded from `base_seed` "
           "and the worker id; before, workers shared one NumPy state (fork) or got an "
           "unreproducible one.",
        link=release_notes("1.9"),
    ),
    Change(
        "1.9", "torch.clamp", "clamp",
        zh="`min`、`max` 可以是张量，按广播（broadcasting）逐元素限制；此前只接受数值。",
        en="`min` and `max` may be tensors, applied element-wise with broadcasting; before, "
           "only numbers were accepted.",
        link=release_notes("1.9"),
    ),
    Change(
        "1.8", "torch.use_deterministic_algorithms", "deterministic",
        zh="新增 `torch.use_deterministic_algorithms`，取代 1.7 中的 `torch.set_deterministic`。",
        en="`torch.use_deterministic_algorithms` arrives, replacing 1.7's "
           "`torch.set_deterministic`.",
        link=release_notes("1.8"),
    ),
    Change(
        "1.8", "torch.div(rounding_mode=...)", "add-mul-div",
        zh="新增关键字参数 `rounding_mode`：`'trunc'` 向零截断，`'floor'` 向下取整。",
        en="New keyword `rounding_mode`: `'trunc'` truncates toward zero, `'floor'` rounds "
           "down.",
        link=release_notes("1.8"),
    ),
    Change(
        "1.7", "torch.div / /", "add-mul-div",
        zh="两个整数张量相除做真除法，结果为浮点数；1.5 对整数除法发出警告，1.6 直接报错，"
           "更早的版本做整数除法。",
        en="Dividing integer tensors is true division with a floating-point result; 1.5 "
           "warned about integer division, 1.6 raised, earlier releases divided as integers.",
        link=release_notes("1.7"),
    ),
    Change(
        "0.4", "torch.autograd.Variable", "variable",
        zh="`Variable` 与 `Tensor` 合并：张量本身即可 `requires_grad`，"
           "`Variable(t)` 只是返回张量。",
        en="`Variable` merged into `Tensor`: a tensor itself can `requires_grad`, and "
           "`Variable(t)` just returns a tensor.",
        link=release_notes("0.4"),
    ),
)


def newest_first(changes: tuple[Change, ...] | list[Change] = CHANGES) -> list[Change]:
    """Changes ordered by release, newest first.

    Args:
        changes: The changes to order (default: all of :data:`CHANGES`).

    Returns:
        A new list; changes of the same release keep their order.

    Examples:
        >>> [c.version for c in newest_first()][:2]
        ['2.14', '2.14']
    """
    return sorted(changes, key=lambda c: version_key(c.version), reverse=True)


def for_topic(topic_id: str) -> list[Change]:
    """The changes a topic page shows.

    Args:
        topic_id: A registry id such as ``"clamp"``.

    Returns:
        The changes whose ``topic`` is ``topic_id``, newest release first (empty for a
        topic without any).

    Examples:
        >>> [c.version for c in for_topic("clamp")]
        ['2.14', '1.9']
    """
    return newest_first([c for c in CHANGES if c.topic == topic_id])
