"""padding_idx: the row starts at zero and gets no gradient, but it is not locked to zero.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> emb = nn.Embedding(5, 2, padding_idx=0)
>>> emb.weight[0]  # initialised to zero #zh: 初始化为 0
tensor([0., 0.], grad_fn=<SelectBackward0>)
>>> emb(torch.tensor([0, 3, 0])).sum().backward()
>>> emb.weight.grad  # row 0 was used twice yet receives no gradient #zh: 第 0 行被用了两次，梯度仍为 0
tensor([[0., 0.],
        [0., 0.],
        [0., 0.],
        [1., 1.],
        [0., 0.]])
>>> with torch.no_grad():
...     emb.weight[0] = 7.0  # e.g. loading pretrained vectors #zh: 比如加载预训练词向量
>>> emb(torch.tensor([0]))  # the padding row now returns what was written into it #zh: 填充行返回的是写进去的值
tensor([[7., 7.]], grad_fn=<EmbeddingBackward0>)
>>> vectors = torch.tensor([[5.0, 5.0], [1.0, 2.0]])  # pretrained, row 0 not zero #zh: 预训练向量，第 0 行不为 0
>>> nn.Embedding.from_pretrained(vectors, padding_idx=0).weight[0]  # from_pretrained keeps it #zh: from_pretrained 原样保留这一行
tensor([5., 5.])
"""
