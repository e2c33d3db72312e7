"""Optimizers: the update rules of ``torch.optim``, its learning-rate schedules and the training step.

The update rules are functions ``(params, grads, state) -> (new params, new state)`` that
step copies, proven bit-equal to ``torch.optim`` on the CPU; the schedules are closed-form
learning rates equal to ``torch.optim.lr_scheduler``'s; ``train_step()`` is the
``zero_grad -> forward -> backward -> step`` loop body. Used as ``torchnotes.optim.<name>``.
"""

from torchnotes.optim.adaptive import adam, adamw
from torchnotes.optim.loop import train_step
from torchnotes.optim.schedules import cosine_annealing_lr, linear_lr, one_cycle_lr, step_lr, warmup_cosine_lr
from torchnotes.optim.steps import adagrad, rmsprop, sgd

__all__ = [
    "adagrad", "adam", "adamw", "cosine_annealing_lr", "linear_lr", "one_cycle_lr", "rmsprop", "sgd",
    "step_lr", "train_step", "warmup_cosine_lr",
]
