"""Saving and loading: a checkpoint that resumes training exactly where it stopped.

Named ``torchnotes.io``; it is only ever imported by that absolute name, so it never hides
the standard library's ``io`` (which this module imports to tell text files from binary ones).
"""

from __future__ import annotations

import io
import os
import pickle
import random
from collections.abc import Mapping
from typing import IO, Any

import numpy as np
import torch
from torch import nn

from torchnotes._checks import check_bool, check_int_like

#: Keys of a checkpoint written by :func:`save_checkpoint`.
_CHECKPOINT_KEYS = ("model", "optimizer", "epoch", "rng")

_Target = str | os.PathLike | IO[bytes]


def save_checkpoint(
    path: _Target,
    model: nn.Module,
    optimizer: torch.optim.Optimizer | None = None,
    epoch: int = 0,
) -> None:
    """Write what training needs to continue: weights, optimizer state, epoch and RNG states.

    The file holds only what ``torch.load(..., weights_only=True)`` (the default since
    torch 2.6) accepts: ``state_dict``s, numbers, strings, tuples and tensors. The random
    number generators are saved as well (torch's CPU generator, every CUDA device's when
    CUDA is available, Python's ``random`` and NumPy's global one, the latter as a plain
    list), because dropout and shuffling draw from them: without them a resumed run draws
    other numbers than the run it continues.

    Args:
        path: a file name or a binary file object, as ``torch.save`` takes.
        model: the module whose ``state_dict()`` is saved.
        optimizer: the optimizer whose ``state_dict()`` (momentum buffers, Adam's moments,
            step counts) is saved, or ``None``.
        epoch: the number of finished epochs (or steps) to resume after, ``>= 0``.

    Raises:
        TypeError: ``path`` is not a path or binary file (a text file is refused),
            ``model`` is not an ``nn.Module``, ``optimizer`` is not a
            ``torch.optim.Optimizer`` or ``None``, or ``epoch`` is not an integer.
        ValueError: ``epoch < 0``, the folder of ``path`` does not exist, ``path`` is a
            folder, or a file object is not open for writing.

    Examples:
        >>> import io
        >>> model = torch.nn.Linear(2, 1)
        >>> opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        >>> buffer = io.BytesIO()
        >>> save_checkpoint(buffer, model, opt, epoch=3)
        >>> _ = buffer.seek(0)
        >>> sorted(torch.load(buffer))  # weights_only=True loads it #zh: weights_only=True 也能加载
        ['epoch', 'model', 'optimizer', 'rng']
    """
    _check_target("save_checkpoint", path, "write")
    _check_model("save_checkpoint", model, optimizer)
    epoch = check_int_like("save_checkpoint", "epoch", epoch, minimum=0)
    if isinstance(path, (str, os.PathLike)):
        folder = os.path.dirname(os.path.abspath(os.fspath(path)))
        if not os.path.isdir(folder):  # torch.save would raise RuntimeError after pickling
            raise ValueError(f"save_checkpoint(): the folder of path does not exist, got {os.fspath(path)!r}")
        if os.path.isdir(path):  # so would it here
            raise ValueError(f"save_checkpoint(): path is a folder, not a file, got {os.fspath(path)!r}")
    np_state = np.random.get_state()
    rng: dict[str, Any] = {
        "torch": torch.get_rng_state(),
        "python": random.getstate(),
        # NumPy's state holds an ndarray, which weights_only refuses; a list of ints is allowed.
        "numpy": (np_state[0], np_state[1].tolist(), *np_state[2:]),
    }
    if torch.cuda.is_available():
        rng["cuda"] = torch.cuda.get_rng_state_all()
    torch.save(
        {
            "model": model.state_dict(),
            "optimizer": None if optimizer is None else optimizer.state_dict(),
            "epoch": epoch,
            "rng": rng,
        },
        path,
    )


def load_checkpoint(
    path: _Target,
    model: nn.Module,
    optimizer: torch.optim.Optimizer | None = None,
    map_location: str | torch.device | None = None,
    restore_rng: bool = True,
) -> int:
    """Load a :func:`save_checkpoint` file into ``model`` (and ``optimizer``); return its epoch.

    The file is read with ``weights_only=True``, so a file that would run code while
    unpickling is refused whatever the torch release's default. ``map_location`` moves
    every tensor while loading (``"cpu"`` reads a checkpoint saved on a GPU on a machine
    without one); ``load_state_dict`` then copies the weights into the model's own
    parameters, on the model's device. With ``restore_rng`` the random number generators
    continue where the saved run stopped, so training resumes bit for bit.

    Args:
        path: a file name or a binary file object written by :func:`save_checkpoint`.
        model: a module of the same architecture; its parameters are overwritten.
        optimizer: an optimizer over ``model``'s parameters to restore, or ``None`` to skip
            the optimizer state.
        map_location: where tensors are loaded, as ``torch.load`` takes it.
        restore_rng: also restore the saved random number generator states.

    Returns:
        The saved ``epoch``.

    Raises:
        TypeError: ``path`` is not a path or binary file (a text file is refused),
            ``model`` is not an ``nn.Module``, ``optimizer`` is not a
            ``torch.optim.Optimizer`` or ``None``, ``map_location`` is none of the kinds
            ``torch.load`` takes, or ``restore_rng`` is not a bool.
        ValueError: a file object is not open for reading, ``torch.load`` refuses the file
            (objects ``weights_only=True`` does not load, no torch file, an empty one, a
            device ``map_location`` cannot map), the file is not a checkpoint of
            :func:`save_checkpoint` (an entry of another form included), its weights do
            not fit ``model`` (missing, unexpected, differently shaped or non-tensor
            entries, or ``meta`` ones for a model with values), or ``optimizer`` is given
            but the checkpoint has no optimizer state or one for other parameter groups.

    Examples:
        >>> import io
        >>> _ = torch.manual_seed(0)
        >>> model = torch.nn.Linear(2, 1)
        >>> buffer = io.BytesIO()
        >>> save_checkpoint(buffer, model, epoch=5)
        >>> before = torch.rand(2)  # drawn after the save #zh: 保存之后抽的随机数
        >>> fresh = torch.nn.Linear(2, 1)
        >>> _ = buffer.seek(0)
        >>> load_checkpoint(buffer, fresh)
        5
        >>> torch.equal(fresh.weight, model.weight), torch.equal(torch.rand(2), before)
        (True, True)
    """
    _check_target("load_checkpoint", path, "read")
    _check_model("load_checkpoint", model, optimizer)
    restore_rng = check_bool("load_checkpoint", "restore_rng", restore_rng)
    if not (map_location is None or isinstance(map_location, (str, torch.device, dict)) or callable(map_location)):
        raise TypeError(
            f"load_checkpoint(): map_location must be None, a str, a torch.device, a dict or a "
            f"callable, as torch.load takes it, got {type(map_location).__name__}"
        )
    try:
        ckpt = torch.load(path, map_location=map_location, weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError) as error:
        # weights_only refuses pickled classes with UnpicklingError; a file that is no torch
        # file at all fails inside the reader with RuntimeError, an empty one with EOFError.
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ValueError(
            f"load_checkpoint(): torch.load(path, map_location={map_location!r}, weights_only=True) "
            f"refused it: {first}"
        ) from error
    if not isinstance(ckpt, dict) or set(ckpt) != set(_CHECKPOINT_KEYS):
        got = sorted(ckpt) if isinstance(ckpt, dict) else type(ckpt).__name__
        raise ValueError(
            f"load_checkpoint(): path must hold a save_checkpoint dict with keys "
            f"{sorted(_CHECKPOINT_KEYS)}, got {got}"
        )
    _check_entries(ckpt, restore_rng)
    missing, unexpected, mismatched = _compare(model.state_dict(), ckpt["model"])
    if missing or unexpected or mismatched:
        raise ValueError(
            f"load_checkpoint(): the checkpoint's weights do not fit model: missing {missing}, "
            f"unexpected {unexpected}, differs {mismatched}"
        )
    if optimizer is not None and ckpt["optimizer"] is None:
        raise ValueError("load_checkpoint(): optimizer was given but the checkpoint holds no optimizer state")
    if optimizer is not None:
        _check_optimizer_fits(optimizer, ckpt["optimizer"])
    # everything is checked: nothing below fails halfway, leaving the model half loaded
    model.load_state_dict(ckpt["model"])
    if optimizer is not None:
        optimizer.load_state_dict(ckpt["optimizer"])
    if restore_rng:
        rng = ckpt["rng"]
        torch.set_rng_state(rng["torch"].cpu())
        random.setstate(_as_tuples(rng["python"]))
        name, keys, *rest = rng["numpy"]
        np.random.set_state((name, np.array(keys, dtype=np.uint32), *rest))
        if "cuda" in rng and torch.cuda.is_available():
            torch.cuda.set_rng_state_all([s.cpu() for s in rng["cuda"]])
    return int(ckpt["epoch"])


def _compare(own: dict[str, torch.Tensor], saved: dict[str, Any]) -> tuple[list, list, list]:
    """Keys ``load_state_dict`` would refuse, found before it changes anything."""
    missing = sorted(set(own) - set(saved))
    unexpected = sorted(set(saved) - set(own))
    mismatched = []
    for k in sorted(set(own) & set(saved)):
        if not isinstance(own[k], torch.Tensor):
            continue  # extra state: the module reads it as it likes
        if not isinstance(saved[k], torch.Tensor):
            mismatched.append(f"{k}: {type(saved[k]).__name__} vs a tensor")
        elif saved[k].shape != own[k].shape:
            mismatched.append(f"{k}: shape {tuple(saved[k].shape)} vs {tuple(own[k].shape)}")
        elif saved[k].is_meta and not own[k].is_meta:  # map_location="meta": no values to copy
            mismatched.append(f"{k}: on meta, which holds no values, vs {own[k].device}")
    return missing, unexpected, mismatched


def _check_entries(ckpt: dict[str, Any], restore_rng: bool) -> None:
    """Each entry has the form save_checkpoint writes, before anything is loaded."""
    problems = []
    if not isinstance(ckpt["model"], Mapping) or not all(isinstance(k, str) for k in ckpt["model"]):
        problems.append(f"model is {type(ckpt['model']).__name__}, not a state_dict")
    if ckpt["optimizer"] is not None and not (
        isinstance(ckpt["optimizer"], Mapping)
        and isinstance(ckpt["optimizer"].get("param_groups"), (list, tuple))
        and isinstance(ckpt["optimizer"].get("state"), Mapping)
    ):
        problems.append(f"optimizer is {type(ckpt['optimizer']).__name__}, not an optimizer state_dict")
    if isinstance(ckpt["epoch"], bool) or not isinstance(ckpt["epoch"], int):
        problems.append(f"epoch is {type(ckpt['epoch']).__name__}, not an int")
    rng = ckpt["rng"]
    if restore_rng and not (
        isinstance(rng, Mapping)
        and isinstance(rng.get("torch"), torch.Tensor)
        and rng["torch"].dtype == torch.uint8
        and isinstance(rng.get("python"), (list, tuple))
        and isinstance(rng.get("numpy"), (list, tuple))
        and len(rng["numpy"]) == 5
    ):
        problems.append("rng does not hold the torch, python and numpy states save_checkpoint writes")
    if problems:
        raise ValueError(
            f"load_checkpoint(): path is not a checkpoint of save_checkpoint: {'; '.join(problems)}"
            + (" (restore_rng=False skips the generators)" if problems[-1].startswith("rng") else "")
        )


def _check_optimizer_fits(optimizer: torch.optim.Optimizer, saved: Mapping[str, Any]) -> None:
    """What ``Optimizer.load_state_dict`` checks, before the model is changed."""
    own = [len(g["params"]) for g in optimizer.param_groups]
    theirs = [len(g["params"]) if isinstance(g, Mapping) and "params" in g else None for g in saved["param_groups"]]
    if own != theirs:
        raise ValueError(
            f"load_checkpoint(): the checkpoint's optimizer state does not fit optimizer: "
            f"parameters per group {theirs} vs {own}"
        )


def _as_tuples(value: Any) -> Any:
    # random.setstate wants tuples all the way down; keep them whatever the unpickler gives.
    return tuple(_as_tuples(v) for v in value) if isinstance(value, (list, tuple)) else value


def _check_target(fn: str, path: object, use: str) -> None:
    """A path, or a binary file object open for ``use`` (``"read"`` or ``"write"``)."""
    if isinstance(path, (str, os.PathLike)):
        return
    if not (hasattr(path, "write") or hasattr(path, "read")):
        raise TypeError(f"{fn}(): path must be a str, os.PathLike or binary file object, got {type(path).__name__}")
    if isinstance(path, io.TextIOBase):
        raise TypeError(f"{fn}(): path must be a binary file object, got a text file (open it with 'rb' or 'wb')")
    able = getattr(path, {"read": "readable", "write": "writable"}[use], None)  # a duck-typed file may lack it
    if not hasattr(path, use) or (callable(able) and not able()):
        raise ValueError(f"{fn}(): path is a file object not open for {'reading' if use == 'read' else 'writing'}")


def _check_model(fn: str, model: object, optimizer: object) -> None:
    if not isinstance(model, nn.Module):
        raise TypeError(f"{fn}(): model must be a torch.nn.Module, got {type(model).__name__}")
    if optimizer is not None and not isinstance(optimizer, torch.optim.Optimizer):
        raise TypeError(
            f"{fn}(): optimizer must be a torch.optim.Optimizer or None, got {type(optimizer).__name__}"
        )
