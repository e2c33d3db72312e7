"""QuantStub does nothing until convert(); then it becomes a Quantize holding the calibrated scale and zero point.

>>> import warnings
>>> import torch
>>> from torch import nn
>>> from torch.ao.quantization import QuantStub, DeQuantStub, QConfig, MinMaxObserver
>>> from torch.ao.quantization import default_weight_observer, prepare, convert
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(QuantStub(), nn.Linear(4, 2), DeQuantStub()).eval()
>>> x = torch.randn(16, 4)
>>> model.qconfig = QConfig(activation=MinMaxObserver.with_args(dtype=torch.quint8),
...                         weight=default_weight_observer)
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     prepared = prepare(model)  # attaches observers #zh: 挂上观测器
...     _ = prepared(x)  # calibration: the observers record min and max #zh: 校准：观测器记录最小值和最大值
...     quantized = convert(prepared)
>>> caught[0].category.__name__, str(caught[0].message).splitlines()[0].rstrip()  # deprecated like quantize_dynamic #zh: 与 quantize_dynamic 一样已弃用
('DeprecationWarning', 'torch.ao.quantization is deprecated and will be removed in 2.10.')
>>> [w.category.__name__ for w in caught if "torch.ao.quantization is deprecated" in str(w.message)]  # prepare and convert each warn #zh: prepare 和 convert 各警告一次
['DeprecationWarning', 'DeprecationWarning']
>>> prepared[0]
QuantStub(
  (activation_post_process): MinMaxObserver(min_val=-2.316041946411133, max_val=2.0049805641174316)
)
>>> quantized
Sequential(
  (0): Quantize(scale=tensor([0.0169]), zero_point=tensor([137]), dtype=torch.quint8)
  (1): QuantizedLinear(in_features=4, out_features=2, scale=0.009294352494180202, zero_point=108, qscheme=torch.per_tensor_affine)
  (2): DeQuantize()
)
>>> from torchnotes.quantization import minmax_qparams
>>> minmax_qparams(x)  # the same numbers from the calibration data #zh: 由校准数据算出同样的两个数
QParams(scale=tensor([0.0169]), zero_point=tensor([137], dtype=torch.int32))
>>> (quantized(x) - model(x)).abs().max() < 0.05  # close to the float model #zh: 与浮点模型接近
tensor(True)
"""
