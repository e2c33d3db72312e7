"""Memory is recorded only with profile_memory=True; a Chrome trace is JSON with "traceEvents".

>>> import json
>>> import os
>>> import tempfile
>>> import torch
>>> from torch.profiler import ProfilerActivity, profile, record_function
>>> def allocated(**flags):
...     with profile(activities=[ProfilerActivity.CPU], **flags) as prof:
...         _ = torch.ones(1000, 1000)
...     return {e.key: e.cpu_memory_usage for e in prof.key_averages()}["aten::empty"]
>>> allocated()  # by default no memory is recorded #zh: 默认不记录内存
0
>>> allocated(profile_memory=True)  # 1000 * 1000 float32 = 4,000,000 bytes #zh: 1000 * 1000 个 float32 = 4,000,000 字节
4000000
>>> with profile(activities=[ProfilerActivity.CPU]) as prof:
...     with record_function("step"):
...         _ = torch.ones(10).sum()
>>> path = os.path.join(tempfile.mkdtemp(), "trace.json")
>>> prof.export_chrome_trace(path)  # open in chrome://tracing or ui.perfetto.dev #zh: 用 chrome://tracing 或 ui.perfetto.dev 打开
>>> with open(path) as f:
...     trace = json.load(f)
>>> type(trace["traceEvents"]).__name__
'list'
>>> sorted({e["name"] for e in trace["traceEvents"] if e.get("cat") == "user_annotation"})
['step']
"""
