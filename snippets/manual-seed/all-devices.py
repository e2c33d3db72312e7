"""torch.manual_seed seeds every device: it calls torch.cuda.manual_seed_all itself, GPU or not.

>>> from unittest import mock
>>> import torch
>>> print(torch.manual_seed.__doc__.split(".")[0].strip())  # torch's own docstring #zh: torch 自己的文档字符串
Sets the seed for generating random numbers on all devices
>>> with mock.patch("torch.cuda.manual_seed_all") as seed_all:  # record the calls instead of running them #zh: 只记录调用，不真正执行
...     _ = torch.manual_seed(1234)
>>> seed_all.call_args_list  # manual_seed passed its seed on to every GPU #zh: manual_seed 把种子传给了所有 GPU
[call(1234)]
"""
