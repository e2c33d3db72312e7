"""Only layer types with a dynamic int8 version are swapped; a listed Conv1d silently stays float.

>>> import warnings
>>> import torch
>>> from torch.ao.quantization import quantize_dynamic
>>> model = torch.nn.Sequential(torch.nn.Conv1d(1, 4, 3), torch.nn.LSTM(4, 4), torch.nn.Linear(4, 2))
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     by_default = quantize_dynamic(model)  # no set given: the default layer types #zh: 不给集合：使用默认的层类型
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     conv_listed = quantize_dynamic(model, {torch.nn.Conv1d})
>>> [str(w.message).splitlines()[0] for w in caught]  # only the deprecation warning, nothing about Conv1d #zh: 只有弃用警告，没有关于 Conv1d 的提示
['torch.ao.quantization is deprecated and will be removed in 2.10. ', 'torch.ao.quantization is deprecated and will be removed in 2.10. ']
>>> by_default
Sequential(
  (0): Conv1d(1, 4, kernel_size=(3,), stride=(1,))
  (1): DynamicQuantizedLSTM(4, 4)
  (2): DynamicQuantizedLinear(in_features=4, out_features=2, dtype=torch.qint8, qscheme=torch.per_tensor_affine)
)
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     gru = quantize_dynamic(torch.nn.Sequential(torch.nn.GRU(4, 4)))
>>> gru[0]  # GRU is in the default set too #zh: GRU 也在默认集合里
DynamicQuantizedGRU(4, 4)
>>> conv_listed  # no error, and no int8 convolution either #zh: 不报错，但也没有 int8 卷积
Sequential(
  (0): Conv1d(1, 4, kernel_size=(3,), stride=(1,))
  (1): LSTM(4, 4)
  (2): Linear(in_features=4, out_features=2, bias=True)
)
"""
