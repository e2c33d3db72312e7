"""schedule(wait, warmup, active, repeat): which steps are recorded and when on_trace_ready runs.

>>> import torch
>>> from torch import nn
>>> from torch.profiler import ProfilerActivity, profile, schedule
>>> from torchnotes.profiling import profiler_action
>>> plan = schedule(wait=1, warmup=1, active=2, repeat=1)
>>> [plan(step).name for step in range(6)]
['NONE', 'WARMUP', 'RECORD', 'RECORD_AND_SAVE', 'NONE', 'NONE']
>>> [profiler_action(step, wait=1, warmup=1, active=2, repeat=1).name for step in range(6)]
['NONE', 'WARMUP', 'RECORD', 'RECORD_AND_SAVE', 'NONE', 'NONE']
>>> model = nn.Linear(8, 2)
>>> traces = []
>>> with profile(activities=[ProfilerActivity.CPU], schedule=plan,
...              on_trace_ready=lambda p: traces.append(p.step_num)) as prof:
...     for _ in range(6):
...         _ = model(torch.randn(4, 8))
...         prof.step()  # tell the profiler a step ended #zh: 告诉分析器一个步骤结束了
>>> traces  # one trace, handed over after the last active step #zh: 只有一份 trace，在最后一个记录步骤之后交出
[4]
>>> calls = {event.key: event.count for event in prof.key_averages()}
>>> calls["ProfilerStep*"], calls["aten::linear"]  # only the 2 active steps are in it #zh: 其中只有 2 个记录步骤
(2, 2)
>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = schedule(wait=1, warmup=0, active=1)  # no warm-up steps #zh: 没有预热步骤
>>> str(caught[0].message)
"Profiler won't be using warmup, this can skew profiler results"
"""
