"""In eval mode BatchNorm uses running statistics: a moving average updated by each training batch, not the mean of all data.

>>> import torch
>>> from torch import nn
>>> bn = nn.BatchNorm1d(1)  # default momentum=0.1 #zh: 默认 momentum=0.1
>>> [name for name, _ in bn.named_buffers()]  # registered buffers, not parameters #zh: 已注册的缓冲区，不是参数
['running_mean', 'running_var', 'num_batches_tracked']
>>> bn.running_mean, bn.running_var  # start at 0 and 1 #zh: 初始值为 0 和 1
(tensor([0.]), tensor([1.]))
>>> batch = torch.tensor([[2.0], [4.0], [6.0]])
>>> _ = bn(batch)  # one training step #zh: 一次训练前向
>>> bn.running_mean  # 0.9 * 0 + 0.1 * 4, not the batch mean 4 #zh: 0.9 * 0 + 0.1 * 4，而不是这个批次的均值 4
tensor([0.4000])
>>> bn.running_var  # 0.9 * 1 + 0.1 * 4 (unbiased variance of the batch) #zh: 0.9 * 1 + 0.1 * 4（批次的无偏方差）
tensor([1.3000])
>>> bn.num_batches_tracked
tensor(1)
>>> bn.eval()(batch)  # normalised with running statistics, so far from mean 0 #zh: 用滑动统计量归一化，结果远不是均值 0
tensor([[1.4033],
        [3.1574],
        [4.9115]], grad_fn=<NativeBatchNormBackward0>)
>>> bn.train()(batch)  # with the batch's own statistics #zh: 用本批次自己的统计量
tensor([[-1.2247],
        [ 0.0000],
        [ 1.2247]], grad_fn=<NativeBatchNormBackward0>)
>>> free = nn.BatchNorm1d(1, track_running_stats=False)  # keeps no running statistics #zh: 不保留滑动统计量
>>> free.running_mean is None, free.eval()(batch)  # so eval() uses the batch's statistics too #zh: 所以 eval() 下也用批次统计量
(True, tensor([[-1.2247],
        [ 0.0000],
        [ 1.2247]], grad_fn=<NativeBatchNormBackward0>))
"""
