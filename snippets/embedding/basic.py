"""An embedding is a trainable lookup table: one row per id.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> emb = nn.Embedding(num_embeddings=10, embedding_dim=3)
>>> emb.weight.shape
torch.Size([10, 3])
>>> ids = torch.tensor([[1, 2, 4], [4, 3, 9]])  # (batch=2, seq_len=3)
>>> out = emb(ids)
>>> out.shape  # ids.shape + (embedding_dim,)
torch.Size([2, 3, 3])
>>> torch.equal(out[0, 0], emb.weight[1])  # the vector of id 1 is row 1 of the table
True
>>> torch.equal(out, emb.weight[ids])  # the forward pass is plain integer indexing
True
"""
