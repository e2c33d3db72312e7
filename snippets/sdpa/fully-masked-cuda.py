"""On CUDA: a query whose keys are all masked, with the kernels CUDA picks for float32 and float16.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q, k, v = (torch.randn(1, 1, 3, 8, device="cuda") for _ in range(3))
>>> mask = torch.tensor([[True, True, True], [False, False, False], [True, False, True]], device="cuda")
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=mask)[0, 0, 1]
>>> F.scaled_dot_product_attention(q.half(), k.half(), v.half(), attn_mask=mask)[0, 0, 1]
"""
REQUIRES = "cuda"
