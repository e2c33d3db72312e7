"""On CUDA, ProfilerActivity.CUDA adds the GPU kernels and their device time.

>>> import torch
>>> from torch.profiler import ProfilerActivity, profile
>>> x = torch.randn(512, 512, device="cuda")
>>> with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
...     y = x @ x
...     torch.cuda.synchronize()  # wait for the kernel before the profile ends #zh: 在分析结束前等内核跑完
>>> sorted({event.device_type.name for event in prof.events()})
>>> "aten::mm" in {event.key for event in prof.key_averages()}
>>> mm = [event for event in prof.key_averages() if event.key == "aten::mm"][0]
>>> mm.device_time_total > 0  # measured on the GPU #zh: 在 GPU 上测得
"""
REQUIRES = "cuda"
