"""Before convert() the stubs are placeholders: QuantStub returns its input and has no parameters.

>>> import torch
>>> from torch.ao.quantization import QuantStub, DeQuantStub, get_default_qconfig
>>> quant, dequant = QuantStub(), DeQuantStub()
>>> x = torch.tensor([0.1234, -5.0])
>>> quant(x), dequant(x)  # nothing is rounded #zh: 没有任何舍入
(tensor([ 0.1234, -5.0000]), tensor([ 0.1234, -5.0000]))
>>> list(quant.parameters()), list(quant.buffers())  # nothing to learn or store #zh: 没有可学习或要保存的东西
([], [])
>>> get_default_qconfig("x86")  # the backend default: another observer, reduced range #zh: 后端默认配置：另一种观测器，范围减半
QConfig(activation=functools.partial(<class 'torch.ao.quantization.observer.HistogramObserver'>, reduce_range=True){}, weight=functools.partial(<class 'torch.ao.quantization.observer.PerChannelMinMaxObserver'>, dtype=torch.qint8, qscheme=torch.per_channel_symmetric){})
"""
