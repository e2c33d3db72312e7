"""Containers: what ``nn.Module`` keeps track of, and how modules are put together.

A module only knows about what it *registers*: parameters, buffers and submodules
assigned as attributes (or held in ``nn.Sequential``/``nn.ModuleList``/``nn.ModuleDict``).
Everything ``parameters()``, ``state_dict()``, ``.to()`` and ``eval()`` do walks those
registries, so a layer hidden in a plain ``list`` or ``dict`` is invisible to all of them.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Sequence
from typing import Any

import torch
from torch import nn

from torchnotes._checks import check_int_like, check_same_device, check_tensor

# Nested plain containers deeper than this are not searched: attributes that deep are not
# model structure, and a bound keeps a self-referencing list from recursing forever.
_MAX_DEPTH = 8


def _module(fn: str, name: str, value: Any) -> nn.Module:
    if not isinstance(value, nn.Module):
        raise TypeError(f"{fn}(): {name} must be an nn.Module, got {type(value).__name__}")
    return value


def registered(module: nn.Module) -> dict[str, list[str]]:
    """Reference walk over a module's registries: the names ``named_parameters()``,
    ``named_buffers()``, ``named_modules()`` and ``state_dict()`` report.

    Assigning an ``nn.Parameter``, a module or ``register_buffer`` on a module files the
    object in ``_parameters``, ``_modules`` or ``_buffers``; torch's own methods walk
    nothing else. A parameter or submodule reachable under two names (weight tying) is
    listed once by the ``named_*`` methods but under every name by ``state_dict``, and a
    buffer registered with ``persistent=False`` is a buffer that ``state_dict`` leaves out.

    Args:
        module: the module to inspect.

    Returns:
        A dict of four name lists, each in torch's order: ``"parameters"``,
        ``"buffers"``, ``"submodules"`` (without the root's empty name) and
        ``"state_dict"`` (the keys).

    Raises:
        TypeError: ``module`` is not an ``nn.Module``, or it (or a submodule) changes what
            ``state_dict`` saves through state-dict hooks or its own
            ``_save_to_state_dict``, which this walk does not follow.
        ValueError: ``module`` contains itself as a submodule (``state_dict`` would
            never end), or nests submodules deeper than Python's recursion limit
            (``state_dict`` raises ``RecursionError`` there).

    Examples:
        >>> class Net(nn.Module):
        ...     def __init__(self):
        ...         super().__init__()
        ...         self.fc = nn.Linear(2, 2)
        ...         self.heads = [nn.Linear(2, 1)]  # a plain list registers nothing #zh: 普通 list 什么也不注册
        ...         self.register_buffer("step", torch.zeros(()))
        ...         self.register_buffer("cache", torch.zeros(2), persistent=False)
        >>> r = registered(Net())
        >>> r["parameters"]
        ['fc.weight', 'fc.bias']
        >>> r["buffers"]
        ['step', 'cache']
        >>> r["submodules"]
        ['fc']
        >>> r["state_dict"]  # the non-persistent buffer is not saved #zh: 非持久缓冲区不会被保存
        ['step', 'fc.weight', 'fc.bias']
    """
    _module("registered", "module", module)
    modules = []  # (prefix, module), every name a module is reachable under
    try:
        _walk(module, "", modules, set())
    except RecursionError:  # torch's state_dict and named_modules recurse as deep and fail too
        raise ValueError(_too_deep("registered")) from None
    for _, m in modules:
        cls = type(m)
        if (cls._save_to_state_dict is not nn.Module._save_to_state_dict
                or m._state_dict_hooks or m._state_dict_pre_hooks):
            raise TypeError(
                f"registered(): {cls.__name__} changes what state_dict saves (hooks or its own "
                f"_save_to_state_dict); this walk only follows nn.Module's registries"
            )
    seen_modules: set[int] = set()
    seen_params: set[int] = set()
    seen_buffers: set[int] = set()
    params, buffers, submodules, state = [], [], [], []
    for prefix, m in modules:
        # the named_* methods visit each module object once, under its first name
        if id(m) not in seen_modules:
            seen_modules.add(id(m))
            if prefix:
                submodules.append(prefix.rstrip("."))
            for name, p in m._parameters.items():
                if p is not None and id(p) not in seen_params:
                    seen_params.add(id(p))
                    params.append(prefix + name)
            for name, b in m._buffers.items():
                if b is not None and id(b) not in seen_buffers:
                    seen_buffers.add(id(b))
                    buffers.append(prefix + name)
    # state_dict walks the tree itself, shared objects under every name, parameters first
    try:
        _state_keys(module, "", state)
    except RecursionError:
        raise ValueError(_too_deep("registered")) from None
    return {"parameters": params, "buffers": buffers, "submodules": submodules, "state_dict": state}


def _too_deep(fn: str) -> str:
    return (
        f"{fn}(): module nests submodules deeper than Python's recursion limit "
        f"({sys.getrecursionlimit()}); torch's own walks (state_dict(), named_modules()) "
        f"raise RecursionError there too"
    )


def _walk(m: nn.Module, prefix: str, out: list, on_path: set[int]) -> None:
    if id(m) in on_path:  # torch's state_dict would recurse until RecursionError
        raise ValueError(f"registered(): module contains itself as submodule {prefix.rstrip('.')!r}")
    out.append((prefix, m))
    on_path.add(id(m))
    for name, child in m._modules.items():
        if child is not None:
            _walk(child, f"{prefix}{name}.", out, on_path)
    on_path.discard(id(m))


def _state_keys(m: nn.Module, prefix: str, out: list[str]) -> None:
    out += [prefix + n for n, p in m._parameters.items() if p is not None]
    out += [prefix + n for n, b in m._buffers.items()
            if b is not None and n not in m._non_persistent_buffers_set]
    if type(m).get_extra_state is not nn.Module.get_extra_state:
        out.append(prefix + "_extra_state")
    for name, child in m._modules.items():
        if child is not None:
            _state_keys(child, f"{prefix}{name}.", out)


def sequential_forward(layers: nn.Sequential | Sequence[nn.Module], input: Any) -> Any:
    """Reference ``nn.Sequential.forward``: feed ``input`` through ``layers`` in order.

    That is all ``nn.Sequential`` does: each layer receives exactly the one object the
    previous layer returned, so a layer that returns a tuple (``nn.LSTM``) hands the whole
    tuple to the next one. An empty container returns ``input`` itself.

    Args:
        layers: an ``nn.Sequential``, ``nn.ModuleList``, ``list`` or ``tuple`` of modules.
        input: whatever the first layer takes, usually a tensor.

    Returns:
        What the last layer returns (``input`` itself when there are no layers).

    Raises:
        TypeError: ``layers`` is not one of those containers, or one of its items is not
            an ``nn.Module`` (``nn.Sequential`` refuses plain functions too).

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
        >>> x = torch.randn(5, 3)
        >>> torch.equal(sequential_forward(net, x), net(x))
        True
        >>> sequential_forward([], x) is x  # nothing to do #zh: 没有层：原样返回
        True
    """
    if not isinstance(layers, (nn.Sequential, nn.ModuleList, list, tuple)):
        raise TypeError(
            "sequential_forward(): layers must be an nn.Sequential, nn.ModuleList, list or "
            f"tuple of modules, got {type(layers).__name__}"
        )
    layers = list(layers)
    for i, layer in enumerate(layers):
        _module("sequential_forward", f"layers[{i}]", layer)
    for layer in layers:
        input = layer(input)
    return input


def unregistered(module: nn.Module) -> dict[str, str]:
    """Modules, parameters and tensors a module holds but has not registered.

    The classic "my parameters are not found" bug: layers kept in a plain ``list`` or
    ``dict`` (instead of ``nn.ModuleList``/``nn.ModuleDict``), or a tensor assigned as a
    plain attribute (instead of ``register_buffer``), are skipped by ``parameters()``,
    ``state_dict()``, ``.to()`` and ``eval()``. This searches the attributes of the module
    and of every registered submodule, inside plain lists, tuples, sets and dicts, for such
    objects. An object that is also registered somewhere else is not reported.

    Args:
        module: the module to search.

    Returns:
        A dict from the attribute path of each unregistered object (``"heads['a']"``,
        ``"blocks.0.extra[1]"``) to its type name, in attribute order; empty when
        everything is registered.

    Raises:
        TypeError: ``module`` is not an ``nn.Module``.
        ValueError: ``module`` nests submodules deeper than Python's recursion limit
            (torch's ``named_modules`` raises ``RecursionError`` there).

    Examples:
        >>> class Heads(nn.Module):
        ...     def __init__(self, plain):
        ...         super().__init__()
        ...         heads = {"a": nn.Linear(2, 1), "b": nn.Linear(2, 1)}
        ...         self.heads = heads if plain else nn.ModuleDict(heads)
        >>> unregistered(Heads(plain=True))
        {"heads['a']": 'Linear', "heads['b']": 'Linear'}
        >>> len(list(Heads(plain=True).parameters()))  # the optimizer would get nothing #zh: 优化器拿不到任何参数
        0
        >>> unregistered(Heads(plain=False))
        {}
    """
    _module("unregistered", "module", module)
    try:  # torch's walks recurse once per level of nesting
        known = {id(t) for t in module.parameters()} | {id(t) for t in module.buffers()}
        known |= {id(m) for m in module.modules()}
        named = list(module.named_modules())
    except RecursionError:
        raise ValueError(_too_deep("unregistered")) from None
    found: dict[str, str] = {}
    for prefix, m in named:
        for attr, value in vars(m).items():
            if attr.startswith("_"):  # nn.Module's own bookkeeping and private state
                continue
            path = f"{prefix}.{attr}" if prefix else attr
            _search(value, path, known, found, 0, set())
    return found


def _search(value: Any, path: str, known: set[int], found: dict[str, str], depth: int,
            visiting: set[int]) -> None:
    if isinstance(value, (nn.Module, torch.Tensor)):
        if id(value) not in known and path not in found:
            found[path] = type(value).__name__
        return
    if depth >= _MAX_DEPTH or id(value) in visiting:
        return
    if isinstance(value, dict):
        items = [(f"{path}[{_repr(k)}]", v) for k, v in value.items()]
    elif isinstance(value, (list, tuple)):
        items = [(f"{path}[{i}]", v) for i, v in enumerate(value)]
    elif isinstance(value, (set, frozenset)):
        items = [(f"{path}{{...}}", v) for v in value]
    else:
        return
    visiting.add(id(value))
    for sub_path, v in items:
        _search(v, sub_path, known, found, depth + 1, visiting)
    visiting.discard(id(value))


def _repr(key: Any) -> str:
    """A dict key as it reads in a path; a key whose ``__repr__`` fails is named by its type."""
    try:
        return repr(key)
    except Exception:  # a user's broken __repr__ must not stop the search
        return f"<{type(key).__name__}>"


def compare_modes(module: nn.Module, input: torch.Tensor, *, seed: int = 0) -> dict[str, Any]:
    """Run ``module`` on ``input`` in training and in evaluation mode and compare.

    ``module.eval()`` is ``module.train(False)``: it flips the ``training`` flag of the
    module and all its submodules, and only layers that read that flag change. Dropout
    zeroes and rescales only in training; BatchNorm normalises with the batch's statistics
    in training and with its running statistics in evaluation (when it keeps them, the
    default ``track_running_stats=True``). Linear, LayerNorm and activations such as ReLU
    ignore the flag; ``nn.RReLU`` reads it (random negative slopes in training).

    The training run uses a deep copy (a training step of BatchNorm updates its running
    statistics; the caller's module keeps its own), both runs start from the same random
    seed without touching the global random state, gradients are not recorded, and every
    submodule's mode is restored afterwards.

    Args:
        module: the module to run; its output must be a tensor.
        input: the tensor to feed it.
        seed: seed of the random draws (dropout masks) in both runs, an integer ``>= 0``.

    Returns:
        A dict with the ``"train"`` and ``"eval"`` outputs and ``"differs"``, whether they
        differ in any element (NaN counts as equal to NaN).

    Raises:
        TypeError: ``module`` is not an ``nn.Module`` or cannot be deep-copied, ``input``
            is not a dense tensor, ``seed`` is not an integer, or the module returns
            something other than a dense tensor.
        ValueError: ``seed`` is negative or not below ``2**64``, ``input`` or an output is
            a meta tensor (no values to compare), the two outputs are on different
            devices, a parameter or buffer of the module is on another device than
            ``input``, or the module nests submodules deeper than Python's recursion
            limit.

    Examples:
        >>> x = torch.arange(8.0).reshape(4, 2)
        >>> compare_modes(nn.Linear(2, 3), x)["differs"]
        False
        >>> compare_modes(nn.Dropout(0.5), x)["differs"]
        True
        >>> compare_modes(nn.BatchNorm1d(2), x)["differs"]  # batch vs running statistics #zh: 批次统计量 vs 滑动统计量
        True
        >>> compare_modes(nn.LayerNorm(2), x)["differs"]
        False
    """
    _module("compare_modes", "module", module)
    check_tensor("compare_modes", "input", input)
    if input.layout != torch.strided or input.is_nested:
        raise TypeError(
            f"compare_modes(): input must be a dense (strided) tensor, got layout {input.layout}"
            + (" (nested)" if input.is_nested else "")
        )
    seed = check_int_like("compare_modes", "seed", seed, minimum=0)
    if seed >= 2**64:  # torch.manual_seed takes 64 bits
        raise ValueError(f"compare_modes(): seed must be < 2**64 as torch.manual_seed requires, got {seed}")
    if input.is_meta:
        raise ValueError("compare_modes(): input is a meta tensor; it has no values to compare")
    try:  # torch's walks recurse once per level of nesting
        state = [*module.named_parameters(), *module.named_buffers()]
        modes = [(m, m.training) for m in module.modules()]
    except RecursionError:
        raise ValueError(_too_deep("compare_modes")) from None
    # torch would fail inside the forward with a RuntimeError #zh: 否则 torch 会在前向计算中途抛出 RuntimeError
    check_same_device(
        "compare_modes",
        [("input", input), *state],
        message="module's {name} is on {device}, input on {first_device}",
    )
    devices = [input.device] if input.device.type == "cuda" else []
    try:
        trial = copy.deepcopy(module)
    except Exception as error:
        raise TypeError(
            f"compare_modes(): module must be deep-copyable (the training run uses a copy), "
            f"got {type(error).__name__}: {error}"
        ) from None
    try:
        with torch.no_grad(), torch.random.fork_rng(devices=devices):
            torch.manual_seed(seed)
            train_out = trial.train()(input)
            torch.manual_seed(seed)
            eval_out = module.eval()(input)
    finally:
        for m, mode in modes:
            m.training = mode
    for name, out in (("train", train_out), ("eval", eval_out)):
        if not isinstance(out, torch.Tensor):
            raise TypeError(
                f"compare_modes(): module must return a tensor, got {type(out).__name__} in {name} mode"
            )
        if out.layout != torch.strided or out.is_nested:
            raise TypeError(
                f"compare_modes(): module must return a dense (strided) tensor, got layout "
                f"{out.layout}{' (nested)' if out.is_nested else ''} in {name} mode"
            )
    if train_out.device != eval_out.device:
        raise ValueError(
            f"compare_modes(): module returned tensors on different devices, {train_out.device} "
            f"in train mode and {eval_out.device} in eval mode"
        )
    if train_out.is_meta:
        raise ValueError("compare_modes(): module returned meta tensors; they have no values to compare")
    same = train_out.shape == eval_out.shape and bool(
        torch.equal(train_out, eval_out)
        or (train_out.isnan() & eval_out.isnan() | (train_out == eval_out)).all()
    )
    return {"train": train_out, "eval": eval_out, "differs": not same}
