"""torch.save(model) pickles the module's class; torch.load refuses it by default since torch 2.6.

>>> import io
>>> import pickle
>>> import torch
>>> from torch import nn
>>> buffer = io.BytesIO()
>>> torch.save(nn.Linear(2, 1), buffer)  # the whole module #zh: 整个模块
>>> try:
...     torch.load(io.BytesIO(buffer.getvalue()))
... except pickle.UnpicklingError as error:
...     print(str(error).splitlines()[0][:25], "...", str(error).split("WeightsUnpickler error: ")[1].split(" was not")[0])
Weights only load failed. ... Unsupported global: GLOBAL torch.nn.modules.linear.Linear
>>> try:
...     torch.load(io.BytesIO(buffer.getvalue()))
... except pickle.UnpicklingError as error:  # torch's own message names the release #zh: torch 自己的报错信息写明了版本
...     print([line for line in str(error).splitlines() if "PyTorch 2.6" in line][0].split(". ")[0].split(") ")[1])
In PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` from `False` to `True`
>>> type(torch.load(io.BytesIO(buffer.getvalue()), weights_only=False))  # unpickles: only for files you trust #zh: 执行 pickle：只用于可信的文件
<class 'torch.nn.modules.linear.Linear'>
>>> buffer = io.BytesIO()
>>> torch.save(nn.Linear(2, 1).state_dict(), buffer)  # the weights only #zh: 只保存权重
>>> nn.Linear(2, 1).load_state_dict(torch.load(io.BytesIO(buffer.getvalue())))
<All keys matched successfully>
"""
