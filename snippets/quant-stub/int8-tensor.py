"""What the converted QuantStub does to a tensor: quint8 values, clipped outside the calibrated range.

>>> import torch
>>> from torchnotes.quantization import minmax_qparams
>>> calibration = torch.tensor([-1.0, 0.0, 0.5, 1.0])
>>> scale, zero_point = minmax_qparams(calibration)
>>> scale, zero_point  # 2.0 spread over 255 steps #zh: 2.0 分成 255 份
(tensor([0.0078]), tensor([127], dtype=torch.int32))
>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     q = torch.quantize_per_tensor(torch.tensor([-1.0, 0.3, 1.0, 5.0]), scale.item(), zero_point.item(), torch.quint8)
>>> q.int_repr()  # 5.0 is beyond the range: clipped to 255 #zh: 5.0 超出范围：截断为 255
tensor([  0, 165, 254, 255], dtype=torch.uint8)
>>> stub = torch.ao.nn.quantized.Quantize(scale.item(), zero_point.item(), torch.quint8)  # what convert() puts in place of QuantStub #zh: convert() 用来替换 QuantStub 的模块
>>> torch.equal(stub(torch.tensor([-1.0, 0.3, 1.0, 5.0])).int_repr(), q.int_repr())
True
>>> q.dequantize()  # back to float: every value rounded, 5.0 lost #zh: 转回浮点：每个值都被舍入，5.0 丢失了
tensor([-0.9961,  0.2980,  0.9961,  1.0039])
"""
