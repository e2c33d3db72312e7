"""LoRA: a frozen linear layer plus a trainable low-rank update ``B @ A``."""

from __future__ import annotations

import math

import torch
from torch import nn

from torchnotes._checks import check_count
from torchnotes.concepts._args import FLOAT_DTYPES, check_float, check_real


class LoRALinear(nn.Module):
    """Low-rank adaptation of an ``nn.Linear`` (Hu et al., 2021).

    The pretrained weight ``W`` (``out x in``) is frozen; only two small matrices are
    trained, ``A`` (``r x in``) and ``B`` (``out x r``), and the layer computes
    ``base(x) + (alpha / r) * x @ A.T @ B.T``, i.e. the weight ``W + (alpha / r) * B @ A``
    of rank-``r`` update. ``A`` starts like a linear weight (``kaiming_uniform_`` with
    ``a=sqrt(5)``) and ``B`` at zero, so at the start the output is exactly the base
    layer's. ``W`` is never factorised or compressed: :meth:`merge` adds the update into it
    for inference without the extra matmuls, :meth:`unmerge` takes it out again.

    Args:
        base: the ``nn.Linear`` to adapt (float32 or float64); its weight and bias are
            frozen (``requires_grad=False``).
        r: rank of the update, ``>= 1``.
        alpha: scaling numerator; the update is multiplied by ``alpha / r``.

    Raises:
        TypeError: ``base`` is not an initialised ``nn.Linear`` (a ``LazyLinear`` before
            its first call has no weight yet) with a float32/float64 weight, ``r`` is not
            an integer or ``alpha`` not a real number.
        ValueError: ``r < 1`` or ``r > 2**63 - 1``, ``A`` and ``B`` are too large to
            allocate, or ``alpha`` is not a finite positive number.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> base = nn.Linear(64, 32)
        >>> lora = LoRALinear(base, r=4, alpha=8)
        >>> [name for name, p in lora.named_parameters() if p.requires_grad]
        ['lora_A', 'lora_B']
        >>> sum(p.numel() for p in lora.parameters() if p.requires_grad), base.weight.numel()
        (384, 2048)
        >>> x = torch.randn(3, 64)
        >>> torch.equal(lora(x), base(x))  # B starts at zero #zh: B 初始为零
        True
    """

    def __init__(self, base: nn.Linear, r: int = 8, alpha: float = 16) -> None:
        fn = "LoRALinear"
        if not isinstance(base, nn.Linear):
            raise TypeError(f"{fn}(): base must be an nn.Linear, got {type(base).__name__}")
        if isinstance(base.weight, nn.parameter.UninitializedParameter):
            raise TypeError(
                f"{fn}(): base must be an initialised nn.Linear, got a {type(base).__name__} "
                "whose weight is not initialised yet (call it once first)"
            )
        if base.weight.dtype not in FLOAT_DTYPES:
            raise TypeError(f"{fn}(): base's weight must be float32 or float64, got {base.weight.dtype}")
        r = check_count(fn, "r", r, minimum=1)
        alpha = check_real(fn, "alpha", alpha, positive=True)
        super().__init__()
        self.base = base
        for p in base.parameters():
            p.requires_grad_(False)
        self.r, self.alpha, self.scaling = r, alpha, alpha / r
        like = {"dtype": base.weight.dtype, "device": base.weight.device}
        try:
            self.lora_A = nn.Parameter(torch.empty(r, base.in_features, **like))
            self.lora_B = nn.Parameter(torch.zeros(base.out_features, r, **like))
        except RuntimeError as error:  # the allocator's "can't allocate" or a size overflow
            raise ValueError(f"{fn}(): r={r} gives A and B too large to allocate ({error})") from None
        nn.init.kaiming_uniform_(self.lora_A, a=math.sqrt(5))
        self.merged = False

    def forward(self, input: torch.Tensor) -> torch.Tensor:
        """``base(x) + (alpha / r) * x @ A.T @ B.T``, or ``base(x)`` alone once merged.

        Args:
            input: ``(*, in_features)`` with the base layer's dtype and device.

        Returns:
            ``(*, out_features)``.

        Raises:
            TypeError: ``input`` is not a float32/float64 tensor of the layer's dtype.
            ValueError: ``input`` is 0-d, its last dimension is not ``in_features``, or it
                is on another device.
        """
        fn = "LoRALinear.forward"
        check_float(fn, "input", input)
        weight = self.base.weight
        if input.dim() == 0 or input.shape[-1] != self.base.in_features:
            raise ValueError(
                f"{fn}(): input must have shape (*, {self.base.in_features}), got {tuple(input.shape)}"
            )
        if input.dtype != weight.dtype:
            raise TypeError(f"{fn}(): input must have the layer's dtype {weight.dtype}, got {input.dtype}")
        if input.device != weight.device:
            raise ValueError(f"{fn}(): input must be on the layer's device {weight.device}, got {input.device}")
        out = self.base(input)
        if self.merged:
            return out
        # two thin matmuls (in -> r -> out) instead of one out x in update #zh: 两次窄矩阵乘法（in -> r -> out），不构造 out x in 的更新矩阵
        return out + (input @ self.lora_A.T @ self.lora_B.T) * self.scaling

    def delta_weight(self) -> torch.Tensor:
        """The update ``(alpha / r) * B @ A`` that :meth:`merge` adds to the base weight.

        Returns:
            An ``(out_features, in_features)`` tensor of rank at most ``r``.
        """
        return (self.lora_B @ self.lora_A) * self.scaling

    def merge(self) -> None:
        """Add the update into the frozen weight; ``forward`` then runs the base layer only.

        Raises:
            ValueError: the layer is already merged.
        """
        if self.merged:
            raise ValueError("LoRALinear.merge(): already merged")
        with torch.no_grad():
            self.base.weight += self.delta_weight()
        self.merged = True

    def unmerge(self) -> None:
        """Subtract the update from the weight again (up to rounding), e.g. to keep training.

        Raises:
            ValueError: the layer is not merged.
        """
        if not self.merged:
            raise ValueError("LoRALinear.unmerge(): not merged")
        with torch.no_grad():
            self.base.weight -= self.delta_weight()
        self.merged = False
