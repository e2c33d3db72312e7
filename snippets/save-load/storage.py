"""torch.save writes whole storages: a small view of a big tensor saves the big tensor; views saved together stay views.

>>> import io
>>> import torch
>>> def size(obj):
...     buffer = io.BytesIO()
...     torch.save(obj, buffer)
...     return len(buffer.getvalue())
>>> big = torch.zeros(10_000)
>>> size(big[:10]) > 40_000  # 10 floats, but the file holds all 10,000 #zh: 只有 10 个数，文件里却是全部 10,000 个
True
>>> size(big[:10].clone()) < 2_000  # clone first to save just the view #zh: 先 clone，只保存这一段
True
>>> x = torch.ones(3)
>>> buffer = io.BytesIO()
>>> torch.save({"x": x, "tail": x[1:]}, buffer)
>>> _ = buffer.seek(0)
>>> loaded = torch.load(buffer)
>>> loaded["x"][1] = 5.0
>>> loaded["tail"]  # still a view of x after loading #zh: 加载后仍是 x 的视图
tensor([5., 1.])
>>> torch.load(io.BytesIO(buffer.getvalue()), map_location="meta")["x"]  # map_location moves every tensor #zh: map_location 会移动每个张量
tensor(..., device='meta', size=(3,))
"""
