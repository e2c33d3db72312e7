"""The ResNet basic block: two 3x3 convolutions and a shortcut added before the last ReLU."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from torchnotes._checks import check_bool, check_count
from torchnotes.concepts._args import check_float


class BasicBlock(nn.Module):
    """ResNet's basic block (He et al., 2015): ``relu(F(x) + shortcut(x))``.

    ``F`` is conv3x3 (with ``stride``) -> BatchNorm -> ReLU -> conv3x3 -> BatchNorm. The
    shortcut is the identity when the shapes allow it; when ``stride != 1`` or the channel
    count changes, ``F(x)`` no longer has ``x``'s shape and the shortcut becomes a
    *projection*: a 1x1 convolution with the same stride, then BatchNorm (``downsample``).
    Submodule names follow ``torchvision.models.resnet.BasicBlock``, so its ``state_dict``
    loads as is.

    With ``zero_init_residual=True`` the last BatchNorm's weight starts at zero, so
    ``F(x)`` is 0 and an identity-shortcut block starts as ``relu(x)``; by default it does
    not, and the block changes its input from the first step.

    Args:
        in_channels: channels of the input, ``>= 1``.
        out_channels: channels of the output, ``>= 1``.
        stride: stride of the first convolution (and of the projection), ``>= 1``.
        zero_init_residual: start the residual branch at zero (``bn2.weight = 0``).

    Raises:
        TypeError: a count or the stride is not an integer, or ``zero_init_residual`` is
            not a bool.
        ValueError: a count or the stride is smaller than 1 or larger than ``2**63 - 1``,
            or the weights are too large to allocate.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> block = BasicBlock(8, 8)
        >>> block.downsample is None  # same shape: identity shortcut #zh: 形状不变：恒等捷径
        True
        >>> BasicBlock(8, 16, stride=2).downsample  # projection shortcut #zh: 投影捷径
        Sequential(
          (0): Conv2d(8, 16, kernel_size=(1, 1), stride=(2, 2), bias=False)
          (1): BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
        )
        >>> BasicBlock(8, 16, stride=2)(torch.randn(2, 8, 32, 32)).shape
        torch.Size([2, 16, 16, 16])
    """

    def __init__(self, in_channels: int, out_channels: int, stride: int = 1,
                 zero_init_residual: bool = False) -> None:
        fn = "BasicBlock"
        in_channels = check_count(fn, "in_channels", in_channels, minimum=1)
        out_channels = check_count(fn, "out_channels", out_channels, minimum=1)
        stride = check_count(fn, "stride", stride, minimum=1)
        check_bool(fn, "zero_init_residual", zero_init_residual)
        super().__init__()
        try:
            self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(out_channels)
            self.conv2 = nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(out_channels)
            self.downsample: nn.Module | None = None
            if stride != 1 or in_channels != out_channels:
                self.downsample = nn.Sequential(
                    nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False),
                    nn.BatchNorm2d(out_channels),
                )
        except RuntimeError as error:  # the allocator's "can't allocate" or a size overflow
            raise ValueError(
                f"{fn}(): in_channels={in_channels}, out_channels={out_channels} give weights "
                f"too large to allocate ({error})"
            ) from None
        if zero_init_residual:
            nn.init.zeros_(self.bn2.weight)

    def forward(self, input: torch.Tensor) -> torch.Tensor:
        """``relu(bn2(conv2(relu(bn1(conv1(x))))) + shortcut(x))``.

        Args:
            input: a ``(batch, in_channels, height, width)`` float32 or float64 tensor
                with the block's dtype and device.

        Returns:
            ``(batch, out_channels, ceil(height / stride), ceil(width / stride))``.

        Raises:
            TypeError: ``input`` is not a float32/float64 tensor, or its dtype differs
                from the block's.
            ValueError: ``input`` is not 4-d, has the wrong number of channels, an empty
                height or width, is on another device, or gives each BatchNorm channel a
                single value in training mode (torch's BatchNorm refuses that too).
        """
        fn = "BasicBlock.forward"
        check_float(fn, "input", input, ndim=4)
        weight = self.conv1.weight
        if input.shape[1] != weight.shape[1]:
            raise ValueError(f"{fn}(): input must have {weight.shape[1]} channels, got shape {tuple(input.shape)}")
        if input.dtype != weight.dtype:
            raise TypeError(f"{fn}(): input must have the block's dtype {weight.dtype}, got {input.dtype}")
        if input.device != weight.device:
            raise ValueError(f"{fn}(): input must be on the block's device {weight.device}, got {input.device}")
        if input.shape[2] == 0 or input.shape[3] == 0:  # conv2d's RuntimeError otherwise #zh: 否则 conv2d 抛出 RuntimeError
            raise ValueError(f"{fn}(): input must have a height and width >= 1, got shape {tuple(input.shape)}")
        stride = self.conv1.stride[0]
        values = input.shape[0] * ((input.shape[2] - 1) // stride + 1) * ((input.shape[3] - 1) // stride + 1)
        batch_stats = any(m.training or m.running_mean is None
                          for m in self.modules() if isinstance(m, nn.BatchNorm2d))
        if values == 1 and batch_stats:
            raise ValueError(
                f"{fn}(): input of shape {tuple(input.shape)} gives BatchNorm 1 value per channel, "
                "which training mode cannot normalise; use a larger batch or call .eval()"
            )
        out = F.relu(self.bn1(self.conv1(input)))
        out = self.bn2(self.conv2(out))
        shortcut = input if self.downsample is None else self.downsample(input)
        return F.relu(out + shortcut)  # the addition is the residual connection #zh: 这次加法就是残差连接
