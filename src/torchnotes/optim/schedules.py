"""Learning-rate schedules in closed form: the learning rate as a function of the step count.

``torch.optim.lr_scheduler`` updates ``group["lr"]`` by a recursive rule each time
``scheduler.step()`` is called; the functions here give the value after ``epoch`` such calls
directly, equal to torch's up to float rounding (the recursive products round differently).
"""

from __future__ import annotations

import math
from typing import Any

from torchnotes._checks import check_bool, check_count
from torchnotes.optim._args import check_real


def _epoch(fn: str, epoch: Any) -> int:
    return check_count(fn, "epoch", epoch, minimum=0)


def step_lr(epoch: int, base_lr: float, step_size: int, gamma: float = 0.1) -> float:
    """The learning rate of ``StepLR`` after ``epoch`` calls of ``scheduler.step()``.

    ``base_lr * gamma ** (epoch // step_size)``: constant for ``step_size`` epochs, then
    multiplied by ``gamma``.

    Args:
        epoch: how many times ``scheduler.step()`` has run, ``>= 0``.
        base_lr: the optimizer's learning rate when the scheduler was created, ``>= 0``.
        step_size: epochs between two decays, ``>= 1``.
        gamma: the decay factor, ``>= 0``.

    Returns:
        The learning rate as a float.

    Raises:
        TypeError: ``epoch`` or ``step_size`` is not an integer, or a rate is not a real
            number.
        ValueError: a value is negative, not finite, ``step_size < 1``, or a count is
            larger than ``2**63 - 1``.

    Examples:
        >>> [step_lr(e, 0.1, step_size=2, gamma=0.5) for e in range(6)]
        [0.1, 0.1, 0.05, 0.05, 0.025, 0.025]
    """
    fn = "step_lr"
    epoch = _epoch(fn, epoch)
    base_lr = check_real(fn, "base_lr", base_lr)
    step_size = check_count(fn, "step_size", step_size, minimum=1)
    gamma = check_real(fn, "gamma", gamma)
    try:
        factor = gamma ** (epoch // step_size)
    except OverflowError:  # gamma > 1 for very many epochs: torch's product reaches inf #zh: gamma > 1 且轮数极多：torch 的连乘结果为 inf
        factor = math.inf
    return base_lr * factor if base_lr else 0.0


def cosine_annealing_lr(epoch: int, base_lr: float, T_max: int, eta_min: float = 0.0) -> float:
    """The learning rate of ``CosineAnnealingLR`` after ``epoch`` calls of ``scheduler.step()``.

    ``eta_min + (base_lr - eta_min) * (1 + cos(pi * epoch / T_max)) / 2``: half a cosine
    from ``base_lr`` down to ``eta_min`` at ``epoch == T_max``. The schedule does not stop
    there: it keeps following the cosine, back up to ``base_lr`` at ``2 * T_max``.

    Args:
        epoch: how many times ``scheduler.step()`` has run, ``>= 0``.
        base_lr: the optimizer's learning rate when the scheduler was created, ``>= 0``.
        T_max: epochs of the half cosine, ``>= 1``.
        eta_min: the lowest learning rate, ``>= 0``.

    Returns:
        The learning rate as a float.

    Raises:
        TypeError: ``epoch`` or ``T_max`` is not an integer, or a rate is not a real number.
        ValueError: a value is negative, not finite, ``T_max < 1``, or a count is larger
            than ``2**63 - 1``.

    Examples:
        >>> [round(cosine_annealing_lr(e, 1.0, T_max=4), 4) for e in range(9)]
        [1.0, 0.8536, 0.5, 0.1464, 0.0, 0.1464, 0.5, 0.8536, 1.0]
    """
    fn = "cosine_annealing_lr"
    epoch = _epoch(fn, epoch)
    base_lr = check_real(fn, "base_lr", base_lr)
    T_max = check_count(fn, "T_max", T_max, minimum=1)
    eta_min = check_real(fn, "eta_min", eta_min)
    return eta_min + (base_lr - eta_min) * (1 + math.cos(math.pi * epoch / T_max)) / 2


def linear_lr(epoch: int, base_lr: float, start_factor: float = 1.0 / 3, end_factor: float = 1.0,
              total_iters: int = 5) -> float:
    """The learning rate of ``LinearLR`` after ``epoch`` calls of ``scheduler.step()``.

    The factor moves in a straight line from ``start_factor`` to ``end_factor`` over
    ``total_iters`` epochs and stays there: ``base_lr * (start_factor + (end_factor -
    start_factor) * min(epoch, total_iters) / total_iters)``. As a warm-up, it starts
    below ``base_lr`` and reaches it.

    Args:
        epoch: how many times ``scheduler.step()`` has run, ``>= 0``.
        base_lr: the optimizer's learning rate when the scheduler was created, ``>= 0``.
        start_factor: the factor at epoch 0, in ``(0, 1]``.
        end_factor: the factor from ``total_iters`` on, in ``[0, 1]``.
        total_iters: epochs of the ramp, ``>= 0`` (with 0, torch keeps ``start_factor``
            for ever, and so does this function).

    Returns:
        The learning rate as a float.

    Raises:
        TypeError: ``epoch`` or ``total_iters`` is not an integer, or a factor or rate is
            not a real number.
        ValueError: a value is out of its range or not finite.

    Examples:
        >>> [round(linear_lr(e, 0.1, start_factor=0.25, total_iters=3), 4) for e in range(5)]
        [0.025, 0.05, 0.075, 0.1, 0.1]
    """
    fn = "linear_lr"
    epoch = _epoch(fn, epoch)
    base_lr = check_real(fn, "base_lr", base_lr)
    start_factor = check_real(fn, "start_factor", start_factor, high=1.0)
    if start_factor == 0:  # torch divides by it in its recursive rule #zh: torch 的递推公式要除以它
        raise ValueError(f"{fn}(): start_factor must be > 0 and <= 1, got {start_factor}")
    end_factor = check_real(fn, "end_factor", end_factor, high=1.0)
    total_iters = check_count(fn, "total_iters", total_iters, minimum=0)
    if total_iters == 0:  # torch never leaves the start factor then #zh: 此时 torch 一直停在起始因子
        return base_lr * start_factor
    done = min(epoch, total_iters)
    return base_lr * (start_factor + (end_factor - start_factor) * done / total_iters)


def warmup_cosine_lr(epoch: int, base_lr: float, warmup: int, T_max: int,
                     start_factor: float = 1.0 / 3, eta_min: float = 0.0) -> float:
    """``SequentialLR`` of a ``LinearLR`` warm-up and a ``CosineAnnealingLR`` decay.

    For ``epoch < warmup`` it is ``linear_lr(epoch, base_lr, start_factor, 1.0, warmup)``;
    at the milestone ``warmup`` the cosine restarts from its own epoch 0, so the result is
    ``cosine_annealing_lr(epoch - warmup, base_lr, T_max, eta_min)`` from then on. This is
    ``SequentialLR(opt, [LinearLR(opt, start_factor, total_iters=warmup),
    CosineAnnealingLR(opt, T_max, eta_min)], milestones=[warmup])``.

    Args:
        epoch: how many times ``scheduler.step()`` has run, ``>= 0``.
        base_lr: the optimizer's learning rate when the scheduler was created, ``>= 0``.
        warmup: epochs of the linear warm-up (the milestone), ``>= 1``.
        T_max: epochs of the cosine's half period, ``>= 1``.
        start_factor: the warm-up's factor at epoch 0, in ``(0, 1]``.
        eta_min: the lowest learning rate of the cosine, ``>= 0``.

    Returns:
        The learning rate as a float.

    Raises:
        TypeError: an epoch count is not an integer, or a factor or rate is not a real
            number.
        ValueError: a value is out of its range or not finite.

    Examples:
        >>> [round(warmup_cosine_lr(e, 1.0, warmup=2, T_max=2, start_factor=0.5), 4) for e in range(6)]
        [0.5, 0.75, 1.0, 0.5, 0.0, 0.5]
    """
    fn = "warmup_cosine_lr"
    epoch = _epoch(fn, epoch)
    base_lr = check_real(fn, "base_lr", base_lr)
    warmup = check_count(fn, "warmup", warmup, minimum=1)
    T_max = check_count(fn, "T_max", T_max, minimum=1)
    start_factor = check_real(fn, "start_factor", start_factor, high=1.0)
    if start_factor == 0:
        raise ValueError(f"{fn}(): start_factor must be > 0 and <= 1, got {start_factor}")
    eta_min = check_real(fn, "eta_min", eta_min)
    if epoch < warmup:
        return linear_lr(epoch, base_lr, start_factor, 1.0, warmup)
    return cosine_annealing_lr(epoch - warmup, base_lr, T_max, eta_min)


def one_cycle_lr(step: int, max_lr: float, total_steps: int, pct_start: float = 0.3,
                 anneal_strategy: str = "cos", div_factor: float = 25.0,
                 final_div_factor: float = 1e4, three_phase: bool = False) -> float:
    """The learning rate of ``OneCycleLR`` after ``step`` calls of ``scheduler.step()``.

    Up from ``max_lr / div_factor`` to ``max_lr`` during the first ``pct_start`` of the
    steps, then down to ``max_lr / div_factor / final_div_factor`` (with ``three_phase``:
    down to the initial rate first, then to the minimum). Each phase interpolates with
    half a cosine (``"cos"``) or a straight line (``"linear"``). OneCycleLR is stepped
    after every *batch*, and ``total_steps`` steps are all it allows.

    Args:
        step: how many times ``scheduler.step()`` has run, in ``[0, total_steps]``.
        max_lr: the peak learning rate, ``>= 0``.
        total_steps: the length of the cycle, ``>= 1``.
        pct_start: the share of the cycle spent increasing, in ``[0, 1]``.
        anneal_strategy: ``"cos"`` or ``"linear"``.
        div_factor: ``max_lr / div_factor`` is the starting rate, ``> 0``.
        final_div_factor: the starting rate divided by this is the final rate, ``> 0``.
        three_phase: use the original paper's three phases.

    Returns:
        The learning rate as a float.

    Raises:
        TypeError: ``step`` or ``total_steps`` is not an integer, a rate is not a real
            number, ``anneal_strategy`` is not a string or ``three_phase`` not a bool.
        ValueError: a value is out of its range, ``step > total_steps`` (torch raises
            there too), ``anneal_strategy`` is unknown, or ``pct_start`` makes a phase zero
            steps long (torch divides by zero there).

    Examples:
        >>> [round(one_cycle_lr(s, 1.0, total_steps=10), 4) for s in range(10)]
        [0.04, 0.52, 1.0, 0.9505, 0.8117, 0.6113, 0.3887, 0.1883, 0.0495, 0.0]
    """
    fn = "one_cycle_lr"
    step = check_count(fn, "step", step, minimum=0)
    max_lr = check_real(fn, "max_lr", max_lr)
    total_steps = check_count(fn, "total_steps", total_steps, minimum=1)
    pct_start = check_real(fn, "pct_start", pct_start, high=1.0)
    if not isinstance(anneal_strategy, str):
        raise TypeError(f"{fn}(): anneal_strategy must be 'cos' or 'linear', got {type(anneal_strategy).__name__}")
    if anneal_strategy not in ("cos", "linear"):
        raise ValueError(f"{fn}(): anneal_strategy must be 'cos' or 'linear', got {anneal_strategy!r}")
    div_factor = check_real(fn, "div_factor", div_factor)
    final_div_factor = check_real(fn, "final_div_factor", final_div_factor)
    for name, value in (("div_factor", div_factor), ("final_div_factor", final_div_factor)):
        if value == 0:
            raise ValueError(f"{fn}(): {name} must be > 0, got {value}")
    check_bool(fn, "three_phase", three_phase)
    if step > total_steps:
        raise ValueError(f"{fn}(): step must be <= total_steps ({total_steps}), got {step}")
    initial = max_lr / div_factor
    minimum = initial / final_div_factor
    end_up = float(pct_start * total_steps) - 1
    if three_phase:
        phases = [(end_up, initial, max_lr), (float(2 * pct_start * total_steps) - 2, max_lr, initial),
                  (total_steps - 1, initial, minimum)]
    else:
        phases = [(end_up, initial, max_lr), (total_steps - 1, max_lr, minimum)]
    start = 0.0
    for i, (end, start_lr, end_lr) in enumerate(phases):
        if step <= end or i == len(phases) - 1:
            if end == start:
                raise ValueError(
                    f"{fn}(): pct_start={pct_start} with total_steps={total_steps} makes phase {i + 1} "
                    "zero steps long"
                )
            pct = (step - start) / (end - start)
            if anneal_strategy == "cos":
                return end_lr + (start_lr - end_lr) / 2.0 * (math.cos(math.pi * pct) + 1)
            return (end_lr - start_lr) * pct + start_lr
        start = end
    raise AssertionError("unreachable: the last phase always matches")
