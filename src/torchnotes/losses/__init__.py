"""Losses: cross-entropy, KL divergence and the normal distribution, from their formulas.

Each reference implementation is built from ``log_softmax`` and plain tensor arithmetic,
so the page can show where every term of torch's result comes from: which weights divide
a mean, what label smoothing adds, which argument of ``kl_div`` is the logarithm. The
tests prove values and gradients equal to torch.

One submodule per family (``entropy``: cross-entropy and KL divergence; ``gaussian``: the
normal distribution); the helpers are used as ``torchnotes.losses.<name>``.
"""

from torchnotes.losses.entropy import cross_entropy, kl_div
from torchnotes.losses.gaussian import Normal

__all__ = ["cross_entropy", "kl_div", "Normal"]
