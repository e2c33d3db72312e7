"""On CUDA: the dynamically quantized Linear has CPU kernels only; a CUDA input is refused.

>>> import warnings
>>> import torch
>>> from torch.ao.quantization import quantize_dynamic
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Sequential(torch.nn.Linear(4, 2))
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     qmodel = quantize_dynamic(model, {torch.nn.Linear})
>>> x = torch.randn(3, 4, device="cuda")
>>> try:
...     qmodel.to("cuda")(x)
... except Exception as error:  # no int8 kernel for CUDA tensors #zh: CUDA 张量没有对应的 int8 内核
...     print(type(error).__name__)
>>> qmodel.to("cpu")(x.cpu()).device  # the CPU path still works #zh: CPU 路径仍然可用
"""
REQUIRES = "cuda"
