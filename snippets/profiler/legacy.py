"""torch.autograd.profiler.profile still works, but only torch.profiler.profile takes activities and a schedule.

>>> import inspect
>>> import torch
>>> from torch import nn
>>> legacy = set(inspect.signature(torch.autograd.profiler.profile).parameters)
>>> current = set(inspect.signature(torch.profiler.profile).parameters)
>>> "schedule" in legacy, "activities" in legacy  # the older interface takes neither #zh: 旧接口两者都不接受
(False, False)
>>> "schedule" in current, "activities" in current
(True, True)
>>> with torch.autograd.profiler.profile() as prof:
...     _ = nn.Linear(8, 2)(torch.ones(4, 8))
>>> "aten::linear" in {event.key for event in prof.key_averages()}
True
"""
