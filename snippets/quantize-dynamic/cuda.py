"""On CUDA: a dynamically quantized Linear given a CUDA input (the quantization docs list CPU backends only); the CPU path still works.

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
... except Exception as error:  # which error, if any, CUDA gives #zh: CUDA 上报什么错（如果报错）
...     print(type(error).__name__)
>>> qmodel.to("cpu")(x.cpu()).device  # the CPU path still works #zh: CPU 路径仍然可用
"""
REQUIRES = "cuda"
