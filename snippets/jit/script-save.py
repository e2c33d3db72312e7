"""torch.jit.script compiles forward, if included; the saved file loads back without the Python class.

>>> import io
>>> import warnings
>>> import torch
>>> class Gate(torch.nn.Module):
...     def forward(self, x):
...         if x.sum() > 0:
...             return x * 2
...         return x - 1
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")  # TorchScript is deprecated: see below #zh: TorchScript 已弃用：见下文
...     scripted = torch.jit.script(Gate())
...     buffer = io.BytesIO()
...     torch.jit.save(scripted, buffer)
...     _ = buffer.seek(0)
...     loaded = torch.jit.load(buffer)
>>> print(scripted.code)  # TorchScript source: the if is there #zh: TorchScript 源码：if 还在
def forward(self,
    x: Tensor) -> Tensor:
  if bool(torch.gt(torch.sum(x), 0)):
    _0 = torch.mul(x, 2)
  else:
    _0 = torch.sub(x, 1)
  return _0
<BLANKLINE>
>>> type(loaded).__name__  # not a Gate: the class is not needed to load it #zh: 不是 Gate：加载时不需要这个类
'RecursiveScriptModule'
>>> loaded(torch.tensor([1.0, 3.0])), loaded(torch.tensor([-1.0, -3.0]))
(tensor([2., 6.]), tensor([-2., -4.]))
"""
