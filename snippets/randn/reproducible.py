"""randn draws from N(0, 1); a seeded generator makes the draw reproducible.

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> torch.randn(2, 3, generator=g)
tensor([[ 1.5410, -0.2934, -2.1788],
        [ 0.5684, -1.0845, -1.3986]])
>>> torch.randn((2, 3), generator=torch.Generator().manual_seed(0))  # a size tuple works too #zh: 也可以传元组形式的尺寸
tensor([[ 1.5410, -0.2934, -2.1788],
        [ 0.5684, -1.0845, -1.3986]])
>>> x = torch.randn(100_000, generator=g)
>>> f"{x.mean().item():.4f} {x.std().item():.4f}"  # close to 0 and 1, never exact #zh: 接近 0 和 1，但不会恰好相等
'-0.0032 0.9981'
>>> [round((x.abs() < k).float().mean().item(), 3) for k in (1, 2, 3)]  # the 68-95-99.7 rule #zh: 68-95-99.7 规则
[0.684, 0.956, 0.997]
>>> y = 5.0 + 2.0 * x  # N(mean=5, std=2): shift and scale #zh: N(均值 5, 标准差 2)：平移再缩放
>>> f"{y.mean().item():.4f} {y.std().item():.4f}"
'4.9935 1.9961'
>>> y = torch.normal(5.0, 2.0, (100_000,), generator=g)  # the same distribution in one call #zh: 一次调用得到同样的分布
>>> f"{y.mean().item():.4f} {y.std().item():.4f}"
'4.9999 2.0066'
>>> like = torch.randn_like(torch.zeros(2, 3, dtype=torch.float64))  # shape and dtype of its argument #zh: 形状和数据类型取自参数
>>> like.shape, like.dtype
(torch.Size([2, 3]), torch.float64)
"""
