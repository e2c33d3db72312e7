"""cat always copies into a new tensor; it never adds a dimension.

>>> import torch
>>> a, b = torch.zeros(2, 3), torch.ones(1, 3)
>>> out = torch.cat([a, b])
>>> out.data_ptr() == a.data_ptr()  # a new tensor #zh: 一个新张量
False
>>> a[0, 0] = 7.0
>>> out[0, 0]  # the copy does not follow a #zh: 副本不随 a 改变
tensor(0.)
>>> rows = [torch.full((1, 3), float(i)) for i in range(4)]
>>> torch.cat(rows).shape  # collect in a list, cat once #zh: 先收进列表，最后 cat 一次
torch.Size([4, 3])
>>> acc = torch.empty(0)  # an accumulator of shape (0,) #zh: 形状为 (0,) 的累加器
>>> for row in rows:
...     acc = torch.cat([acc, row])  # copies all of acc each time #zh: 每次都复制 acc 的全部数据
>>> acc.shape  # works only because (0,) is skipped #zh: 能跑通只是因为 (0,) 被跳过
torch.Size([4, 3])
>>> vectors = [torch.zeros(3), torch.ones(3)]
>>> torch.cat(vectors).shape, torch.stack(vectors).shape  # one long vector vs a new dim #zh: 一个长向量，对比新增一维
(torch.Size([6]), torch.Size([2, 3]))
"""
