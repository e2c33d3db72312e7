"""default_collate stacks tensors, turns numbers into tensors, keeps strings as they come and recurses into dicts and tuples.

>>> import torch
>>> from torch.utils.data import DataLoader, default_collate
>>> samples = [(torch.tensor([1.0, 2.0]), 0, "cat"), (torch.tensor([3.0, 4.0]), 1, "dog")]
>>> images, labels, names = next(iter(DataLoader(samples, batch_size=2)))
>>> images
tensor([[1., 2.],
        [3., 4.]])
>>> labels  # Python ints become an int64 tensor #zh: Python 整数变成 int64 张量
tensor([0, 1])
>>> names  # strings stay strings #zh: 字符串保持为字符串
('cat', 'dog')
>>> DataLoader(samples, batch_size=2).collate_fn is default_collate  # the default with automatic batching #zh: 自动组批时的默认值
True
>>> DataLoader(samples, batch_size=None).collate_fn.__name__  # batch_size=None: no batching, no stacking #zh: batch_size=None：不组批次，也不堆叠
'default_convert'
>>> type(default_collate(samples))  # a tuple per sample gives a list #zh: 每个样本是元组，批次却是列表
<class 'list'>
>>> default_collate([{"x": torch.zeros(2), "y": 1.5}, {"x": torch.ones(2), "y": 2.5}])
{'x': tensor([[0., 0.],
        [1., 1.]]), 'y': tensor([1.5000, 2.5000], dtype=torch.float64)}
>>> from collections import namedtuple
>>> Pair = namedtuple("Pair", "x y")
>>> default_collate([Pair(1, 2.0), Pair(3, 4.0)])  # a namedtuple stays one #zh: namedtuple 仍是 namedtuple
Pair(x=tensor([1, 3]), y=tensor([2., 4.], dtype=torch.float64))
>>> default_collate([[1, 2, 3], [4, 5, 6]])  # a list gives one tensor per position #zh: 列表按位置各得到一个张量
[tensor([1, 4]), tensor([2, 5]), tensor([3, 6])]
>>> default_collate([[1, 2, 3], [4, 5]])  # lists of different lengths #zh: 长度不同的列表
Traceback (most recent call last):
    ...
RuntimeError: each element in list of batch should be of equal size
"""
