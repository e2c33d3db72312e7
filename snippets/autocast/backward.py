"""Backward runs each op in the dtype its forward ran in; the parameters' gradients arrive in float32.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Linear(4, 3)
>>> with torch.autocast("cpu"):
...     h = model(torch.randn(2, 4))
...     loss = h.float().pow(2).mean()
>>> seen = []
>>> _ = h.register_hook(lambda grad: seen.append(grad.dtype))
>>> loss.backward()  # call it outside autocast, as the docs recommend #zh: 按官方文档的建议，在 autocast 之外调用
>>> seen  # the gradient reaching the linear layer's output is bfloat16 #zh: 传到线性层输出的梯度是 bfloat16
[torch.bfloat16]
>>> model.weight.grad.dtype  # the cast to bfloat16 is in the graph, so the gradient comes back float32 #zh: 转成 bfloat16 这一步也在计算图里，所以梯度回到 float32
torch.float32
"""
