"""stable is keyword-only, and once it is given, dim and descending must be keywords too.

>>> import torch
>>> x = torch.tensor([2, 1, 2])
>>> torch.sort(x, 0, False, True)  # stable passed by position #zh: 按位置传入 stable
Traceback (most recent call last):
    ...
TypeError: sort() received an invalid combination of arguments - got (Tensor, int, bool, bool), but expected one of:
 * (Tensor input, *, bool stable, int dim = -1, bool descending = False, tuple of Tensors out = None)
 * (Tensor input, int dim = -1, bool descending = False, *, tuple of Tensors out = None)

>>> torch.sort(x, 0, stable=True)  # dim by position next to stable= #zh: dim 按位置传、stable 按关键字传
Traceback (most recent call last):
    ...
TypeError: sort() received an invalid combination of arguments - got (Tensor, int, stable=bool), but expected one of:
 * (Tensor input, *, bool stable, int dim = -1, bool descending = False, tuple of Tensors out = None)
 * (Tensor input, int dim = -1, bool descending = False, *, tuple of Tensors out = None)

>>> torch.sort(x, dim=0, descending=False, stable=True)
torch.return_types.sort(
values=tensor([1, 2, 2]),
indices=tensor([1, 0, 2]))
"""
