"""The gradient of clamp: zero where an element was clipped; what an element exactly on a bound gets depends on the release.

>>> import torch
>>> x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
>>> torch.clamp(x, 0, 1).sum().backward()
>>> x.grad  # number bounds: 0.0 and 1.0 sit exactly on a bound #zh: 数值边界：0.0 和 1.0 恰好落在边界上
tensor([0., 0., 1., 0., 0.])
>>> x.grad = None
>>> low = torch.tensor(0.0, requires_grad=True)
>>> high = torch.tensor(1.0, requires_grad=True)
>>> torch.clamp(x, low, high).sum().backward()
>>> x.grad, low.grad, high.grad  # tensor bounds: a tie shares the gradient #zh: 张量边界：相等时梯度被分摊
(tensor([0.0000, 0.5000, 1.0000, 0.5000, 0.0000]), tensor(1.5000), tensor(1.5000))
>>> x.grad = None
>>> torch.equal(torch.clamp(x, min=0), torch.relu(x))  # the same values #zh: 数值相同
True
>>> torch.clamp(x, min=0).sum().backward()
>>> x.grad  # clamp(min=0) #zh: 即 clamp(min=0)
tensor([0., 0., 1., 1., 1.])
>>> x.grad = None
>>> torch.relu(x).sum().backward()
>>> x.grad  # relu: 0 at x == 0 #zh: relu：在 x == 0 处为 0
tensor([0., 0., 1., 1., 1.])
"""
