"""Same seed, same numbers; a local Generator leaves the global stream alone, building a model does not.

>>> import torch
>>> _ = torch.manual_seed(42)
>>> a = torch.rand(3)
>>> _ = torch.manual_seed(42)
>>> torch.equal(a, torch.rand(3))
True
>>> _ = torch.manual_seed(42)
>>> local = torch.Generator().manual_seed(7)
>>> _ = torch.rand(3, generator=local)  # draws from the local generator only #zh: 只从局部生成器取数
>>> torch.equal(a, torch.rand(3))  # the global stream did not move #zh: 全局随机流没有被推进
True
>>> torch.initial_seed()
42
>>> def draws():  # randn, randperm and dropout draw from the global generator too #zh: randn、randperm 和 dropout 同样从全局生成器取数
...     return torch.randn(2), torch.randperm(4), torch.nn.functional.dropout(torch.ones(4), 0.5)
>>> _ = torch.manual_seed(0)
>>> first = draws()
>>> _ = torch.manual_seed(0)
>>> all(torch.equal(x, y) for x, y in zip(first, draws()))
True
>>> _ = torch.manual_seed(42)
>>> _ = torch.nn.Linear(3, 3)  # weight initialisation draws from the global generator #zh: 权重初始化从全局生成器取数
>>> torch.equal(a, torch.rand(3))  # so the draws after it have moved #zh: 所以之后的随机数已经变了
False
"""
