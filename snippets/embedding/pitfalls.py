"""What nn.Embedding refuses on the CPU, and what from_pretrained freezes.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> emb = nn.Embedding(10, 3)
>>> emb(torch.tensor([10]))  # ids must lie in [0, 10) #zh: id 必须落在 [0, 10) 内
Traceback (most recent call last):
    ...
IndexError: index out of range in self
>>> emb(torch.tensor([-1]))  # negative ids too: no counting from the end #zh: 负数 id 也一样：不会从末尾数起
Traceback (most recent call last):
    ...
IndexError: index out of range in self
>>> emb(torch.tensor([1.0]))  # float ids are refused #zh: 浮点数 id 会被拒绝
Traceback (most recent call last):
    ...
RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)
>>> emb(torch.tensor([1], dtype=torch.int16))  # so are integer dtypes other than int64/int32 #zh: int64、int32 以外的整数类型也一样
Traceback (most recent call last):
    ...
RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.ShortTensor instead (while checking arguments for embedding)
>>> vectors = torch.randn(4, 3)
>>> nn.Embedding.from_pretrained(vectors).weight.requires_grad  # freeze=True by default #zh: 默认 freeze=True
False
>>> nn.Embedding.from_pretrained(vectors, freeze=False).weight.requires_grad
True
"""
