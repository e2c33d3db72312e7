"""Conv2d does not flip the kernel: it computes a cross-correlation, an im2col matmul.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.tensor([[[[1.0, 2.0, 3.0, 4.0]]]])
>>> kernel = torch.tensor([[[[1.0, 0.0]]]])  # weight on the left element only #zh: 只有左边那个元素有权重
>>> F.conv2d(x, kernel)  # each window's left value, not its right #zh: 取每个窗口左边的值，而不是右边
tensor([[[[1., 2., 3.]]]])
>>> F.conv2d(x, kernel.flip(-2, -1))  # flipped by hand: the textbook convolution #zh: 手工翻转后才是教科书里的卷积
tensor([[[[2., 3., 4.]]]])
>>> # the same as unfolding every window into a column and one matrix product #zh: 等价于把每个窗口展开成一列，再做一次矩阵乘法
>>> cols = F.unfold(x, kernel_size=(1, 2))
>>> cols
tensor([[[1., 2., 3.],
         [2., 3., 4.]]])
>>> kernel.reshape(1, -1) @ cols
tensor([[[1., 2., 3.]]])
"""
