"""Since torch 2.6 torch.load defaults to weights_only=True: tensors, state_dicts and plain containers load; other pickled objects are refused.

>>> import fractions
>>> import inspect
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
>>> print(inspect.signature(torch.load).parameters["weights_only"].default)  # None in the signature; the refusals below show it acts as True #zh: 签名里是 None；下面的拒绝说明它按 True 处理
None
>>> plain = {"weight": torch.ones(2), "step": 3, "name": "run-1", "betas": (0.9, 0.999), "milestones": [10, 20], "note": None}
>>> torch.load(saved(plain))  # tensors, numbers, str, tuples, lists, dicts, None #zh: 张量、数字、字符串、元组、列表、字典、None
{'weight': tensor([1., 1.]), 'step': 3, 'name': 'run-1', 'betas': (0.9, 0.999), 'milestones': [10, 20], 'note': None}
>>> torch.load(saved({"dtype": torch.float16, "size": torch.Size([2, 3]), "device": torch.device("cpu"), "classes": {1, 2}}))  # a few torch types and sets too #zh: 少数 torch 类型和集合也可以
{'dtype': torch.float16, 'size': torch.Size([2, 3]), 'device': device(type='cpu'), 'classes': {1, 2}}
>>> refused({"mean": np.zeros(2)})  # NumPy arrays too #zh: NumPy 数组也不行
'Unsupported global: GLOBAL numpy._core.multiarray._reconstruct'
>>> refused(fractions.Fraction(1, 3))  # any class not on the list #zh: 不在允许列表里的类都不行
'Unsupported global: GLOBAL fractions.Fraction'
>>> with torch.serialization.safe_globals([fractions.Fraction]):  # allow one class you trust #zh: 放行一个你信任的类
...     torch.load(saved(fractions.Fraction(1, 3)))
Fraction(1, 3)
"""
