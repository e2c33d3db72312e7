"""The packed weight is int8 with scale = max|w| / 127.5 and zero_point 0, equal to the reference.

>>> import warnings
>>> import torch
>>> from torch.ao.quantization import quantize_dynamic, per_channel_dynamic_qconfig
>>> from torchnotes.quantization import dynamic_quantize_linear_weight
>>> _ = torch.manual_seed(0)
>>> linear = torch.nn.Linear(4, 3)
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     qlinear = quantize_dynamic(torch.nn.Sequential(linear), {torch.nn.Linear})[0]
>>> packed = qlinear.weight()  # a quantized tensor #zh: 一个量化张量
>>> packed.int_repr()
tensor([[  -1,   83, -128, -114],
        [ -60,   42,   -3,  123],
        [ -14,   41,  -47,  -30]], dtype=torch.int8)
>>> packed.q_scale(), (linear.weight.abs().max() / 127.5).item()
(0.003227628068998456, 0.003227628068998456)
>>> packed.q_zero_point()  # symmetric: 0.0 is stored as 0 #zh: 对称量化：0.0 存为 0
0
>>> ref = dynamic_quantize_linear_weight(linear.weight)
>>> torch.equal(ref.int_repr, packed.int_repr()), ref.scale.item() == packed.q_scale()
(True, True)
>>> error = (packed.dequantize() - linear.weight).abs().max()
>>> round(error.item() / packed.q_scale(), 3)  # at most half a step #zh: 误差最多半个量化步长
0.5
>>> x = torch.randn(2, 4)
>>> no_bias = qlinear(x) - qlinear.bias()
>>> big = qlinear(1000 * x) - qlinear.bias()  # no stored input range to clip at #zh: 没有保存输入范围，不会被截断
>>> torch.allclose(big, 1000 * no_bias, rtol=0.01, atol=0.01)
True
>>> # one scale per output row: a smaller error for rows with small weights #zh: 每个输出行一个 scale：权重较小的行误差更小
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     per_row = quantize_dynamic(torch.nn.Sequential(linear), {torch.nn.Linear: per_channel_dynamic_qconfig})[0]
>>> per_row.weight().q_per_channel_scales()
tensor([0.0032, 0.0031, 0.0012], dtype=torch.float64)
>>> dynamic_quantize_linear_weight(linear.weight, per_channel=True).scale
tensor([0.0032, 0.0031, 0.0012], dtype=torch.float64)
>>> ref_rows = dynamic_quantize_linear_weight(linear.weight, per_channel=True)
>>> torch.equal(ref_rows.int_repr, per_row.weight().int_repr()), torch.equal(ref_rows.scale, per_row.weight().q_per_channel_scales())
(True, True)
"""
