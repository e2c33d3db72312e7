"""Profile a forward pass: which operators ran and how often, with a record_function label around them.

>>> import torch
>>> from torch import nn
>>> from torch.profiler import ProfilerActivity, profile, record_function
>>> _ = torch.manual_seed(0)
>>> model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2))
>>> x = torch.randn(4, 8)
>>> with profile(activities=[ProfilerActivity.CPU]) as prof:
...     with record_function("forward"):  # a labelled range of our own #zh: 自己标注的一段范围
...         y = model(x)
>>> calls = {event.key: event.count for event in prof.key_averages()}
>>> calls["forward"], calls["aten::linear"], calls["aten::addmm"], calls["aten::relu"]
(1, 2, 2, 1)
>>> linear = next(e for e in prof.events() if e.name == "aten::linear")
>>> [child.name for child in linear.cpu_children]  # what aten::linear called #zh: aten::linear 调用的算子
['aten::t', 'aten::addmm']
>>> # times vary run to run; the table sorts by them #zh: 耗时每次运行都不同；表格按耗时排序
>>> table = prof.key_averages().table(sort_by="cpu_time_total", row_limit=5)
>>> "Self CPU time total" in table
True
"""
