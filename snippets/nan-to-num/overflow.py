"""Replacing the bad values does not repair a computation: they overflow again or hide an error.

>>> import torch
>>> big = torch.nan_to_num(torch.tensor([float("inf"), 1.0]))
>>> big * 2  # the largest finite value, doubled, is inf again
tensor([inf, 2.])
>>> x = torch.tensor([0.0, 1.0, 2.0])
>>> ratio = x / x  # 0 / 0 is NaN
>>> torch.nan_to_num(ratio).mean()  # looks like a normal number, but the NaN is still a bug
tensor(0.6667)
>>> torch.isnan(ratio).nonzero()  # find where it comes from instead
tensor([[0]])
>>> w = torch.tensor([-1.0, 4.0], requires_grad=True)
>>> loss = torch.nan_to_num(torch.sqrt(w)).sum()
>>> loss  # a finite loss...
tensor(2., grad_fn=<SumBackward0>)
>>> loss.backward()
>>> w.grad  # ...whose gradient is NaN all the same
tensor([   nan, 0.2500])
"""
