"""Save the state_dict, not the module: a dict of tensors that loads into a model built by your code.

>>> import io
>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
>>> list(model.state_dict())  # parameters and buffers, by name #zh: 参数和缓冲区，按名字排列
['0.weight', '0.bias', '1.weight', '1.bias', '1.running_mean', '1.running_var', '1.num_batches_tracked']
>>> buffer = io.BytesIO()  # a file name such as "model.pt" works the same #zh: 换成 "model.pt" 这样的文件名也一样
>>> torch.save(model.state_dict(), buffer)
>>> _ = buffer.seek(0)
>>> fresh = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
>>> fresh.load_state_dict(torch.load(buffer))
<All keys matched successfully>
>>> torch.equal(fresh[0].weight, model[0].weight)
True
>>> _ = buffer.seek(0)
>>> nn.Sequential(nn.Linear(3, 2)).load_state_dict(torch.load(buffer))  # the architecture must match #zh: 网络结构必须一致
Traceback (most recent call last):
    ...
RuntimeError: Error(s) in loading state_dict for Sequential:
	Unexpected key(s) in state_dict: "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked". 
"""
