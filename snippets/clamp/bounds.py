"""clamp limits values to [min, max]; one bound is enough, and tensor bounds apply element-wise.

>>> import torch
>>> t = torch.tensor([-1, 0.5, 2, 0.8])  # the example from the notes
>>> torch.clamp(t, min=0, max=1)
tensor([0.0000, 0.5000, 1.0000, 0.8000])
>>> torch.clamp(t, min=0)  # only a lower bound
tensor([0.0000, 0.5000, 2.0000, 0.8000])
>>> x = torch.tensor([[1.0, 5.0, 9.0],
...                   [2.0, 6.0, 10.0]])
>>> low, high = torch.tensor([2.0, 0.0, 0.0]), torch.tensor([9.0, 5.5, 9.5])
>>> torch.clamp(x, min=low, max=high)  # one bound per column, broadcast over the rows
tensor([[2.0000, 5.0000, 9.0000],
        [2.0000, 5.5000, 9.5000]])
>>> torch.clamp(torch.tensor([1.0, 5.0]), min=3, max=2)  # min > max: no error, all become max
tensor([2., 2.])
>>> torch.clamp(torch.tensor([float("nan"), 3.0]), 0, 1)  # NaN passes through
tensor([nan, 1.])
>>> from torchnotes.math import clamp
>>> torch.equal(clamp(x, low, high), torch.clamp(x, low, high))
True
"""
