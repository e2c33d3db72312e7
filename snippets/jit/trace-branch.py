"""A trace bakes in the branch its example took; script keeps the if; trace_mismatches finds the wrong inputs.

>>> import warnings
>>> import torch
>>> from torchnotes.compile import trace_mismatches
>>> class Gate(torch.nn.Module):
...     def forward(self, x):
...         if x.sum() > 0:  # depends on the values of x #zh: 取决于 x 的值
...             return x * 2
...         return x - 1
>>> gate = Gate()
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     traced = torch.jit.trace(gate, torch.ones(2))  # the example takes the first branch #zh: 示例输入走第一个分支
...     scripted = torch.jit.script(gate)
>>> sorted({w.category.__name__ for w in caught})  # a TracerWarning, easy to overlook #zh: 一个 TracerWarning，很容易被忽略
['FutureWarning', 'TracerWarning']
>>> negative = torch.tensor([-1.0, -3.0])
>>> gate(negative), traced(negative), scripted(negative)
(tensor([-2., -4.]), tensor([-2., -6.]), tensor([-2., -4.]))
>>> print(traced.code)  # only the multiplication was recorded #zh: 只记录了乘法
def forward(self,
    x: Tensor) -> Tensor:
  return torch.mul(x, CONSTANTS.c0)
<BLANKLINE>
>>> trace_mismatches(gate, torch.ones(2), [torch.tensor([1.0, 3.0]), negative])
[1]
"""
