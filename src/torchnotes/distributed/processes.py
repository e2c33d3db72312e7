"""Processes joined by gloo on the CPU, and one DistributedDataParallel step run in them."""

from __future__ import annotations

import copy
import datetime
import math
import numbers
import os
import pickle
import queue as queue_module
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import Any

import torch
import torch.distributed as dist
from torch import nn
from torch.nn import functional as F

from torchnotes._checks import check_dense, check_int_like, check_tensor

__all__ = ["ddp_gradients", "run_workers"]

# Each process holds a full copy of everything; beyond this many on one machine the
# example would only measure the machine, and a typo such as 2**40 must fail at once.
_MAX_WORKERS = 64
_START_METHODS = ("fork", "spawn", "forkserver")
# datetime.timedelta and gloo's clock overflow far beyond this (about 31 years)
_MAX_TIMEOUT = 1e9


def _default_start_method() -> str:
    # fork starts a worker in milliseconds and needs nothing picklable, but it is only safe
    # on Linux and before CUDA is initialised in the parent
    if sys.platform == "linux" and not torch.cuda.is_initialized():
        return "fork"
    return "spawn"


def _worker(fn, rank, world_size, args, store, timeout, results) -> None:
    """Body of every process: join the group, call ``fn``, send back its pickled result."""
    # two processes share the machine's cores; one thread each keeps them from fighting
    torch.set_num_threads(1)
    try:
        dist.init_process_group(
            "gloo", init_method=f"file://{store}", rank=rank, world_size=world_size,
            timeout=datetime.timedelta(seconds=timeout),
        )
        try:
            value = fn(rank, world_size, *args)
        finally:
            dist.destroy_process_group()
        # plain pickle copies tensors by value: a shared-memory handle would die with us
        try:
            message = ("ok", rank, pickle.dumps(value))
        except Exception as error:  # noqa: BLE001 - pickle raises many types
            raise TypeError(
                f"run_workers(): what fn returns must be picklable to travel back, got "
                f"{type(value).__name__} ({error})"
            ) from None
    except BaseException as error:  # noqa: BLE001 - every failure must reach the parent
        try:
            message = ("error", rank, pickle.dumps(error))
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            message = ("error", rank, pickle.dumps(RuntimeError(repr(error))))
    results.put(message)


def run_workers(
    fn: Callable[..., Any],
    world_size: int = 2,
    args: Sequence[Any] = (),
    *,
    start_method: str | None = None,
    timeout: float = 60.0,
) -> list[Any]:
    """Run ``fn(rank, world_size, *args)`` in ``world_size`` processes joined by ``gloo``.

    Each process calls ``torch.distributed.init_process_group("gloo", ...)`` with a file
    store in a fresh temporary folder (no fixed port that another program could hold), runs
    ``fn``, and leaves the group. What ``fn`` returns travels back pickled; the list holds
    one result per rank. What a worker prints goes to the process's own standard output,
    not into what the caller captures (a doctest, a redirected ``sys.stdout``), so return
    what you want to show. An exception raised in a worker is raised again here, with a
    note naming its rank.

    Args:
        fn: called as ``fn(rank, world_size, *args)`` inside each process; with a start
            method other than ``fork`` it must be picklable (defined at module level).
        world_size: the number of processes, 1 to 64.
        args: further positional arguments for ``fn``.
        start_method: ``"fork"``, ``"spawn"`` or ``"forkserver"``; ``None`` picks
            ``"fork"`` on Linux while CUDA is not initialised, else ``"spawn"``.
        timeout: seconds a collective may wait for the other processes, and how long the
            caller waits for all of them (at most 1e9); a worker that outlives it is
            terminated.

    Returns:
        The value each rank's ``fn`` returned, in rank order.

    Raises:
        TypeError: ``fn`` is not callable (or not picklable for ``spawn``/``forkserver``),
            ``world_size`` is not an int, ``args`` is not a sequence, ``start_method`` is
            not a string, ``timeout`` is not a number, or what ``fn`` returns does not
            pickle.
        ValueError: ``world_size`` is outside 1 to 64, ``start_method`` is unknown or
            unavailable here, ``timeout`` is not positive or above 1e9, or the workers did
            not finish within ``timeout`` seconds.

    Examples:
        >>> import torch.distributed as dist
        >>> def total(rank, world_size):
        ...     x = torch.tensor([rank + 1.0])
        ...     dist.all_reduce(x)  # every rank ends with 1 + 2 #zh: 每个 rank 最后都得到 1 + 2
        ...     return x.item()
        >>> run_workers(total, world_size=2)
        [3.0, 3.0]
    """
    if not callable(fn):
        raise TypeError(f"run_workers(): fn must be callable, got {type(fn).__name__}")
    world_size = check_int_like("run_workers", "world_size", world_size, minimum=1)
    if world_size > _MAX_WORKERS:
        raise ValueError(f"run_workers(): world_size must be <= {_MAX_WORKERS}, got {world_size}")
    if isinstance(args, (str, bytes)) or not isinstance(args, Sequence):
        raise TypeError(f"run_workers(): args must be a tuple or list, got {type(args).__name__}")
    if start_method is None:
        start_method = _default_start_method()
    if not isinstance(start_method, str):
        raise TypeError(f"run_workers(): start_method must be a str, got {type(start_method).__name__}")
    if start_method not in _START_METHODS:
        raise ValueError(f"run_workers(): start_method must be one of {_START_METHODS}, got {start_method!r}")
    import multiprocessing

    if start_method not in multiprocessing.get_all_start_methods():
        raise ValueError(f"run_workers(): start_method {start_method!r} is not available on {sys.platform}")
    if isinstance(timeout, bool) or not isinstance(timeout, numbers.Real):
        raise TypeError(f"run_workers(): timeout must be a number of seconds, got {type(timeout).__name__}")
    if not (timeout > 0 and math.isfinite(timeout)):
        raise ValueError(f"run_workers(): timeout must be a positive number of seconds, got {timeout}")
    if timeout > _MAX_TIMEOUT:
        raise ValueError(f"run_workers(): timeout must be <= 1e9 seconds, got {timeout}")
    if start_method != "fork":
        try:
            pickle.dumps((fn, tuple(args)))
        except Exception as error:  # noqa: BLE001 - pickle raises many types
            raise TypeError(
                f"run_workers(): with start_method={start_method!r} fn and args must be "
                f"picklable (define fn at module level), got {error}"
            ) from None
    if start_method == "fork":
        # DistributedDataParallel's constructor imports torch._dynamo, seconds of work;
        # done once here, every forked worker inherits it instead of repeating it
        import torch._dynamo  # noqa: F401
    context = multiprocessing.get_context(start_method)
    results = context.Queue()
    with tempfile.TemporaryDirectory(prefix="torchnotes-dist-") as folder:
        store = os.path.join(folder, "store")
        workers = [
            context.Process(
                target=_worker, args=(fn, rank, world_size, tuple(args), store, float(timeout), results),
                daemon=True,
            )
            for rank in range(world_size)
        ]
        for worker in workers:
            worker.start()
        try:
            return _collect(results, workers, world_size, float(timeout))
        finally:
            for worker in workers:
                if worker.is_alive():
                    worker.terminate()
                worker.join()


def _collect(results, workers, world_size: int, timeout: float) -> list[Any]:
    deadline = time.monotonic() + timeout
    values: dict[int, Any] = {}
    while len(values) < world_size:
        try:
            status, rank, payload = results.get(timeout=0.05)
        except queue_module.Empty:
            # a worker killed by a signal or os._exit never reports: do not wait for it
            crashed = [w.exitcode for w in workers if w.exitcode not in (None, 0)]
            if crashed or time.monotonic() > deadline:
                raise ValueError(
                    f"run_workers(): {world_size - len(values)} of {world_size} workers gave no "
                    f"result within timeout={timeout} s (exit codes of crashed workers: {crashed})"
                ) from None
            continue
        if status == "error":
            error = pickle.loads(payload)
            error.add_note(f"raised in the worker of rank {rank} of {world_size}")
            raise error
        values[rank] = pickle.loads(payload)
    return [values[rank] for rank in range(world_size)]


def _ddp_step(rank, world_size, model, inputs, targets, loss_fn):
    from torch.nn.parallel import DistributedDataParallel

    ddp = DistributedDataParallel(model)
    shard = slice(rank * len(inputs) // world_size, (rank + 1) * len(inputs) // world_size)
    loss = loss_fn(ddp(inputs[shard]), targets[shard])
    if not isinstance(loss, torch.Tensor):
        raise TypeError(f"ddp_gradients(): loss_fn must return a tensor, got {type(loss).__name__}")
    if loss.numel() != 1:
        raise ValueError(f"ddp_gradients(): loss_fn must return one number, got shape {tuple(loss.shape)}")
    loss.backward()  # DDP averages the gradients of all ranks during this call
    return {name: p.grad for name, p in ddp.module.named_parameters() if p.grad is not None}


def ddp_gradients(
    model: nn.Module,
    inputs: torch.Tensor,
    targets: torch.Tensor,
    world_size: int = 2,
    loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor] = F.mse_loss,
) -> list[dict[str, torch.Tensor]]:
    """One ``DistributedDataParallel`` backward pass in ``world_size`` CPU processes.

    Rank ``r`` wraps its copy of ``model`` in ``DistributedDataParallel`` and computes
    ``loss_fn`` on the ``r``-th equal slice of the batch; during ``backward`` DDP all-reduces
    the gradients and divides them by ``world_size``. With a mean-reduced loss the result,
    the same bits on every rank, equals the gradient of one process on the whole batch up
    to floating-point rounding (the example compares them with ``allclose``).

    Args:
        model: a module with floating-point parameters on the CPU; ``model`` itself is not
            changed.
        inputs: the whole batch, split along dimension 0.
        targets: one target per sample, split like ``inputs``.
        world_size: the number of processes; it must divide the batch size.
        loss_fn: ``loss_fn(output, target)`` returning a scalar; with ``spawn`` it must be
            picklable.

    Returns:
        One ``{parameter name: gradient}`` dict per rank, in rank order.

    Raises:
        TypeError: ``model`` is not a module, ``inputs``/``targets`` are not dense tensors,
            ``world_size`` is not an int, ``loss_fn`` is not callable or returns no tensor.
        ValueError: the batch is empty or ``world_size`` does not divide it, ``targets``
            has another batch size, ``model`` has no parameter that requires grad or has
            one off the CPU, ``world_size`` is outside 1 to 64, or ``loss_fn`` returns more
            than one number.

    Examples:
        >>> torch.manual_seed(0)  # doctest: +ELLIPSIS
        <torch._C.Generator object at ...>
        >>> model = nn.Linear(3, 1)
        >>> x, y = torch.randn(4, 3), torch.randn(4, 1)
        >>> grads = ddp_gradients(model, x, y, world_size=2)
        >>> F.mse_loss(model(x), y).backward()  # one process, whole batch #zh: 单进程、整个批次
        >>> torch.allclose(grads[0]["weight"], model.weight.grad)
        True
        >>> torch.equal(grads[0]["weight"], grads[1]["weight"])  # ranks agree exactly #zh: 各 rank 完全一致
        True
    """
    if not isinstance(model, nn.Module):
        raise TypeError(f"ddp_gradients(): model must be a torch.nn.Module, got {type(model).__name__}")
    check_tensor("ddp_gradients", "inputs", inputs)
    check_tensor("ddp_gradients", "targets", targets)
    for what, t in (("inputs", inputs), ("targets", targets)):
        check_dense("ddp_gradients", what, t, message="{name} must be a dense tensor, got a {kind} one")
    world_size = check_int_like("ddp_gradients", "world_size", world_size, minimum=1)
    if world_size > _MAX_WORKERS:
        raise ValueError(f"ddp_gradients(): world_size must be <= {_MAX_WORKERS}, got {world_size}")
    if not callable(loss_fn):
        raise TypeError(f"ddp_gradients(): loss_fn must be callable, got {type(loss_fn).__name__}")
    if inputs.dim() == 0 or len(inputs) == 0:
        raise ValueError(f"ddp_gradients(): inputs must hold at least one sample, got shape {tuple(inputs.shape)}")
    if targets.dim() == 0 or len(targets) != len(inputs):
        raise ValueError(
            f"ddp_gradients(): targets must have inputs' batch size {len(inputs)}, got shape {tuple(targets.shape)}"
        )
    if len(inputs) % world_size:
        raise ValueError(
            f"ddp_gradients(): world_size={world_size} must divide the batch size {len(inputs)} "
            f"(unequal slices would weigh their samples unequally in DDP's average)"
        )
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ValueError("ddp_gradients(): model must have a parameter that requires grad, got none")
    off_cpu = {str(t.device) for t in [*model.parameters(), *model.buffers(), inputs, targets]} - {"cpu"}
    if off_cpu:
        raise ValueError(f"ddp_gradients(): model, inputs and targets must be on the CPU for gloo, got {sorted(off_cpu)}")
    # each worker gets a fresh copy, so the caller's gradients stay as they were
    fresh = copy.deepcopy(model)
    fresh.zero_grad(set_to_none=True)
    return run_workers(_ddp_step, world_size, (fresh, inputs.detach(), targets.detach(), loss_fn))
