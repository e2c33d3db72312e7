"""Call a module rather than its forward (hooks run in __call__), and call super().__init__() before assigning layers.

>>> import torch
>>> from torch import nn
>>> layer = nn.Linear(2, 2)
>>> calls = []
>>> handle = layer.register_forward_hook(lambda module, args, output: calls.append("hook"))
>>> _ = layer(torch.ones(1, 2))
>>> calls
['hook']
>>> _ = layer.forward(torch.ones(1, 2))  # the hook does not run #zh: 钩子不会运行
>>> calls
['hook']
>>> handle.remove()
>>> class Broken(nn.Module):
...     def __init__(self):
...         self.fc = nn.Linear(2, 2)  # before super().__init__() #zh: 在 super().__init__() 之前
>>> Broken()
Traceback (most recent call last):
    ...
AttributeError: cannot assign module before Module.__init__() call
"""
