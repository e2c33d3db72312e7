"""What the counts include: shared weights once, frozen ones as non-trainable, buffers not at all.

>>> import torch
>>> from torch import nn
>>> from torchnotes.profiling import summary
>>> shared = nn.Linear(4, 4)
>>> model = nn.Sequential(shared, nn.ReLU(), shared)  # one layer called twice #zh: 同一层调用两次
>>> stats = summary(model, (2, 4))
>>> [(name, params) for name, _, _, params in stats["layers"]]
[('0', 20), ('1', 0), ('0', 20)]
>>> stats["total"]  # 20 parameters, counted once #zh: 20 个参数，只算一次
20
>>> frozen = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3), nn.Linear(3, 1))
>>> frozen[0].requires_grad_(False)
Linear(in_features=4, out_features=3, bias=True)
>>> stats = summary(frozen, (8, 4))
>>> stats["total"], stats["trainable"]  # 15 + 6 + 4; the first Linear's 15 are frozen #zh: 15 + 6 + 4；第一个 Linear 的 15 个被冻结
(25, 10)
>>> [name for name, _ in frozen.named_buffers()]  # running statistics are buffers, not parameters #zh: 滑动统计量是缓冲区，不是参数
['1.running_mean', '1.running_var', '1.num_batches_tracked']
>>> frozen.training, frozen[1].running_mean  # summary ran in training mode but left them as they were #zh: summary 在训练模式下运行，却没有改动它们
(True, tensor([0., 0., 0.]))
>>> _ = frozen(torch.randn(8, 4))  # a plain forward in training mode updates them #zh: 训练模式下普通的前向传播会更新它们
>>> bool((frozen[1].running_mean != 0).any())
True
>>> lstm = nn.Sequential(nn.Embedding(10, 8), nn.LSTM(8, 16, batch_first=True))
>>> summary(lstm, (2, 5))  # float input: an Embedding refuses it #zh: 浮点输入：Embedding 不接受
Traceback (most recent call last):
    ...
ValueError: summary(): the model raised RuntimeError on an input of shape (2, 5) and dtype torch.float32: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)
>>> summary(lstm, (2, 5), dtype=torch.long)["layers"]  # the LSTM row shows its output's shape #zh: LSTM 这一行显示其输出的形状
[('0', 'Embedding', (2, 5, 8), 80), ('1', 'LSTM', (2, 5, 16), 1664)]
"""
