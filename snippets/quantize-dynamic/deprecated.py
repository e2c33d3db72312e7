"""The eager-mode API warns that it is deprecated in favour of torchao; torch.quantization is the same function.

>>> import warnings
>>> import torch
>>> from torch.ao.quantization import quantize_dynamic
>>> model = torch.nn.Sequential(torch.nn.Linear(2, 2))
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = quantize_dynamic(model, {torch.nn.Linear})
>>> first = caught[0]
>>> first.category.__name__
'DeprecationWarning'
>>> for line in str(first.message).splitlines():
...     print(line.rstrip())
torch.ao.quantization is deprecated and will be removed in 2.10.
For migrations of users:
1. Eager mode quantization (torch.ao.quantization.quantize, torch.ao.quantization.quantize_dynamic), please migrate to use torchao eager mode quantize_ API instead
2. FX graph mode quantization (torch.ao.quantization.quantize_fx.prepare_fx,torch.ao.quantization.quantize_fx.convert_fx, please migrate to use torchao pt2e quantization API instead (prepare_pt2e, convert_pt2e)
3. pt2e quantization has been migrated to torchao (https://github.com/pytorch/ao/tree/main/torchao/quantization/pt2e)
see https://github.com/pytorch/ao/issues/2259 for more details
>>> static = torch.nn.Sequential(torch.nn.Linear(2, 2)).eval()
>>> static.qconfig = torch.ao.quantization.default_qconfig
>>> for step in (torch.ao.quantization.prepare, torch.ao.quantization.convert):  # prepare and convert warn too #zh: prepare 和 convert 也会警告
...     with warnings.catch_warnings(record=True) as caught:
...         warnings.simplefilter("always")
...         static = step(static)
...     print(step.__name__, any("torch.ao.quantization is deprecated" in str(w.message) for w in caught))
prepare True
convert True
>>> torch.quantization.quantize_dynamic is quantize_dynamic  # the old name is an alias #zh: 旧名字只是别名
True
"""
