"""A basic block adds its input back before the last ReLU; when the shape changes, a 1x1 projection adapts the shortcut.

>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.concepts import BasicBlock
>>> _ = torch.manual_seed(0)
>>> block = BasicBlock(16, 16).eval()
>>> x = torch.randn(2, 16, 8, 8)
>>> residual = block.bn2(block.conv2(F.relu(block.bn1(block.conv1(x)))))  # the residual F(x) #zh: 残差 F(x)
>>> torch.equal(block(x), F.relu(residual + x))  # the block is relu(F(x) + x) #zh: 块的输出就是 relu(F(x) + x)
True
>>> down = BasicBlock(16, 32, stride=2).eval()
>>> residual = down.bn2(down.conv2(F.relu(down.bn1(down.conv1(x)))))
>>> residual.shape  # half the size, twice the channels #zh: 尺寸减半，通道翻倍
torch.Size([2, 32, 4, 4])
>>> residual + x  # x no longer fits #zh: x 的形状对不上了
Traceback (most recent call last):
    ...
RuntimeError: The size of tensor a (4) must match the size of tensor b (8) at non-singleton dimension 3
>>> down.downsample  # projection shortcut: 1x1 conv with the same stride, then BatchNorm #zh: 投影捷径：同样步长的 1x1 卷积，后接 BatchNorm
Sequential(
  (0): Conv2d(16, 32, kernel_size=(1, 1), stride=(2, 2), bias=False)
  (1): BatchNorm2d(32, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
)
>>> down(x).shape
torch.Size([2, 32, 4, 4])
>>> [name for name, _ in down.named_children()]  # torchvision's names #zh: 与 torchvision 相同的名字
['conv1', 'bn1', 'conv2', 'bn2', 'downsample']
>>> block.conv1.bias is None  # BatchNorm follows: no conv bias #zh: 后面有 BatchNorm：卷积不带偏置
True
"""
