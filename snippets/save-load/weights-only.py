"""Since torch 2.6 torch.load defaults to weights_only=True: tensors, state_dicts and plain containers load; other pickled objects are refused.

>>> import io
>>> import pickle
>>> import numpy as np
>>> import torch
>>> from torch import nn
>>> def saved(obj):
...     buffer = io.BytesIO()
...     torch.save(obj, buffer)
...     _ = buffer.seek(0)
...     return buffer
>>> def refused(obj):  # the reason weights_only gives #zh: weights_only 给出的拒绝原因
...     try:
...         torch.load(saved(obj))
...     except pickle.UnpicklingError as error:
...         return str(error).split("WeightsUnpickler error: ")[1].split(" was not")[0]
>>> plain = {"weight": torch.ones(2), "step": 3, "name": "run-1", "betas": (0.9, 0.999), "milestones": [10, 20], "note": None}
>>> torch.load(saved(plain))  # tensors, numbers, str, tuples, lists, dicts, None #zh: 张量、数字、字符串、元组、列表、字典、None
{'weight': tensor([1., 1.]), 'step': 3, 'name': 'run-1', 'betas': (0.9, 0.999), 'milestones': [10, 20], 'note': None}
>>> refused({"mean": np.zeros(2)})  # NumPy arrays too #zh: NumPy 数组也不行
'Unsupported global: GLOBAL numpy._core.multiarray._reconstruct'
"""
