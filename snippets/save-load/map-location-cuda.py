"""On CUDA, tensors load back onto the GPU they were saved from; map_location="cpu" loads them into CPU memory.

>>> import io
>>> import torch
>>> buffer = io.BytesIO()
>>> torch.save({"w": torch.ones(2, device="cuda")}, buffer)
>>> torch.load(io.BytesIO(buffer.getvalue()))["w"].device
>>> torch.load(io.BytesIO(buffer.getvalue()), map_location="cpu")["w"].device
"""
REQUIRES = "cuda"
