"""An embedding is a trainable lookup table: one row per id.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> emb = nn.Embedding(num_embeddings=10, embedding_dim=3)
>>> emb.weight.shape
torch.Size([10, 3])
>>> ids = torch.tensor([[1, 2, 4], [4, 3, 9]])  # (batch=2, seq_len=3) #zh: （批大小=2，序列长度=3）
>>> out = emb(ids)
>>> out.shape  # ids.shape + (embedding_dim,) #zh: 形状为 ids.shape + (embedding_dim,)
torch.Size([2, 3, 3])
>>> torch.equal(out[0, 0], emb.weight[1])  # the vector of id 1 is row 1 of the table #zh: id 1 的向量就是表的第 1 行
True
>>> torch.equal(out, emb.weight[ids])  # the forward pass is plain integer indexing #zh: 前向传播就是普通的整数索引
True
>>> one_hot = F.one_hot(ids, num_classes=10).float()  # shape (2, 3, 10) #zh: 形状为 (2, 3, 10)
>>> torch.equal(one_hot @ emb.weight, out)  # one-hot times the table, without building it #zh: 等于 one-hot 乘以权重表，但不必构造 one-hot
True
>>> torch.equal(emb(ids.int()), out)  # int32 ids work too #zh: int32 的 id 同样可用
True
>>> emb(torch.tensor(4)).shape  # ids of any shape: a 0-d id gives one vector #zh: id 可以是任意形状：0 维的 id 得到一个向量
torch.Size([3])
>>> emb(torch.zeros(2, 5, 7, dtype=torch.long)).shape  # 3-d ids, 4-d output #zh: 三维的 id，四维的输出
torch.Size([2, 5, 7, 3])
"""
