"""On CUDA: a side stream, an event to order it with the main stream, and timing with events.

>>> import torch
>>> from torchnotes.devices import elapsed_ms
>>> x = torch.randn(1024, 1024, device="cuda")
>>> side = torch.cuda.Stream()
>>> side == torch.cuda.current_stream()
>>> side.wait_stream(torch.cuda.current_stream())  # x was made on the main stream #zh: x 是在主流上生成的
>>> with torch.cuda.stream(side):
...     y = x @ x  # queued on the side stream #zh: 排入旁路流
...     done = torch.cuda.Event()
...     done.record()
>>> torch.cuda.current_stream().wait_event(done)  # the main stream waits for y, the CPU does not #zh: 主流等待 y，CPU 不等
>>> y.record_stream(torch.cuda.current_stream())  # y is used on the main stream now #zh: y 之后在主流上使用
>>> z = y.sum()
>>> torch.cuda.synchronize()
>>> done.query(), torch.isfinite(z).item()
>>> ms = elapsed_ms(lambda: x @ x, "cuda")
>>> ms > 0
"""
REQUIRES = "cuda"
