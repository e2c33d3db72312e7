"""Without a GPU, nn.DataParallel just calls the module it wraps.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Linear(3, 2)
>>> parallel = nn.DataParallel(model)
>>> torch.cuda.is_available(), parallel.device_ids  # no device to spread over #zh: 没有可以分摊的设备
(False, [])
>>> parallel.module is model
True
>>> x = torch.randn(4, 3)
>>> torch.equal(parallel(x), model(x))
True
>>> list(parallel.state_dict())  # the wrapper adds "module." to every key #zh: 包装后每个键多了 "module." 前缀
['module.weight', 'module.bias']
>>> list(model.state_dict())  # save this one to load it without the wrapper #zh: 保存这个，加载时就不需要包装
['weight', 'bias']
"""
REQUIRES = "no-cuda"
