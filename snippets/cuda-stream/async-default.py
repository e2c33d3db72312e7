"""On CUDA, work is asynchronous even on the default stream: the call can return before the GPU finishes.

>>> import torch
>>> stream = torch.cuda.current_stream()
>>> stream == torch.cuda.default_stream()  # every op so far runs here #zh: 到目前为止的所有算子都在这里运行
>>> torch.cuda._sleep(2_000_000_000)  # queue a kernel that spins for 2e9 GPU clock cycles #zh: 排入一个空转 2e9 个 GPU 时钟周期的内核
>>> stream.query()  # the CPU is already back; the GPU is still busy #zh: CPU 已经返回，GPU 还在忙
>>> torch.ones(1, device="cuda").sum().item()  # .item() waits for the queued work #zh: .item() 会等待排在前面的工作
>>> stream.query()
"""
REQUIRES = "cuda"
