"""A mask that only broadcasts to x's shape works in masked_select and fails in x[mask].

>>> import torch
>>> x = torch.tensor([[1.0, -2.0, 3.0],
...                   [-4.0, 5.0, -6.0]])
>>> columns = torch.tensor([True, False, True])  # shape (3,): lined up with the last dim #zh: 形状 (3,)：与最后一维对齐
>>> torch.masked_select(x, columns)  # broadcast over both rows #zh: 广播到两行
tensor([ 1.,  3., -4., -6.])
>>> x[columns]  # boolean indexing does not broadcast: dim 0 has size 2, not 3 #zh: 布尔索引不广播：第 0 维大小是 2 而不是 3
Traceback (most recent call last):
    ...
IndexError: The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3] at index 0
>>> x[:, columns]  # the indexing spelling keeps the rows #zh: 索引写法会保留行
tensor([[ 1.,  3.],
        [-4., -6.]])
>>> try:  # the meta device computes shapes only, so it cannot size the result #zh: meta 设备只计算形状，算不出结果的长度
...     torch.masked_select(x.to("meta"), columns.to("meta"))
... except NotImplementedError as error:
...     print(type(error).__name__)
NotImplementedError
"""
