"""What torch's own docstring of use_deterministic_algorithms lists: CUDA ops that switch, ops that raise, and the cost.

>>> import torch
>>> doc = " ".join(torch.use_deterministic_algorithms.__doc__.replace(":func:", "").replace("`", "").split())
>>> switch, rest = doc.split("The following normally-nondeterministic operations will throw a")
>>> def items(text, *names):
...     return [item.strip() for item in text.split("* ") if any(name in item for name in names)]
>>> items(switch, "index_add", "scatter_add_")  # on CUDA these switch to a deterministic kernel #zh: 在 CUDA 上，这些会换用确定性实现
['torch.Tensor.scatter_add_ when called on a CUDA tensor', 'torch.index_add when called on CUDA tensor']
>>> items(rest.split("In addition")[0], "put_")  # these raise instead #zh: 这些则会报错
['torch.Tensor.put_ when accumulate=False', 'torch.Tensor.put_ when accumulate=True and called on a CUDA tensor']
>>> "CUBLAS_WORKSPACE_CONFIG" in doc  # no longer mentioned #zh: 已不再提及
False
>>> print(doc.split("Note that ")[1].split(".")[0])  # the cost #zh: 代价
deterministic operations tend to have worse performance than nondeterministic operations
"""
