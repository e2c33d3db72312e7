"""Padding adds no loss with label -100, and key_padding_mask wants the opposite of attention_mask.

>>> import torch
>>> import torch.nn.functional as F
>>> from torch import nn
>>> from torchnotes.data import pad_collate
>>> _ = torch.manual_seed(0)
>>> batch = pad_collate([(torch.tensor([1, 2, 3]), torch.tensor([2, 3, 4])),
...                      (torch.tensor([5]), torch.tensor([6]))])
>>> batch["labels"]  # padded with -100 #zh: 用 -100 填充
tensor([[   2,    3,    4],
        [   6, -100, -100]])
>>> logits = torch.randn(2, 3, 8)  # (batch, seq_len, vocabulary) #zh: （批次，序列长度，词表大小）
>>> loss = F.cross_entropy(logits.flatten(0, 1), batch["labels"].flatten())
>>> real = batch["attention_mask"].bool()
>>> torch.allclose(loss, F.cross_entropy(logits[real], batch["labels"][real]))  # -100 is ignore_index's default #zh: -100 是 ignore_index 的默认值
True
>>> attention = nn.MultiheadAttention(embed_dim=4, num_heads=1, batch_first=True)
>>> x = torch.randn(1, 3, 4)
>>> mask = torch.tensor([[1, 1, 0]])  # the third position is padding #zh: 第三个位置是填充
>>> alone, _ = attention(x[:, :2], x[:, :2], x[:, :2])  # the two real tokens only #zh: 只有两个真实 token
>>> out, _ = attention(x, x, x, key_padding_mask=mask == 0)  # True = ignore this key #zh: True 表示忽略这个 key
>>> torch.allclose(out[:, :2], alone)
True
>>> wrong, _ = attention(x, x, x, key_padding_mask=mask.bool())  # True on the real tokens: they are ignored #zh: 真实 token 处为 True：它们反被忽略
>>> torch.allclose(wrong[:, :2], alone)
False
"""
