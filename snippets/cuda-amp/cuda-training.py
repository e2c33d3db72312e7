"""The float16 training step on CUDA with the torch.amp API: autocast for the forward pass, GradScaler around backward and step.

>>> import torch
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1)).cuda()
>>> opt = torch.optim.SGD(model.parameters(), lr=0.1)
>>> scaler = torch.amp.GradScaler("cuda")
>>> x, y = torch.randn(32, 8, device="cuda"), torch.randn(32, 1, device="cuda")
>>> for step in range(3):
...     opt.zero_grad()
...     with torch.autocast("cuda", dtype=torch.float16):
...         out = model(x)
...         loss = torch.nn.functional.mse_loss(out, y)
...     scaler.scale(loss).backward()
...     scaler.step(opt)
...     scaler.update()
...     print(step, out.dtype, loss.dtype, model[0].weight.grad.dtype, scaler.get_scale())
>>> torch.tensor(1e-8, device="cuda").half()  # 1e-8 cast to float16 on the GPU #zh: 在 GPU 上把 1e-8 转成 float16
"""
REQUIRES = "cuda"
