"""On the CPU, autocast runs a Linear in bfloat16; the weights stay float32 and the loss is float32.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Linear(4, 3)
>>> x, target = torch.randn(2, 4), torch.tensor([0, 2])
>>> torch.get_autocast_dtype("cpu"), torch.get_autocast_dtype("cuda")  # the defaults per device #zh: 各设备的默认低精度类型
(torch.bfloat16, torch.float16)
>>> with torch.autocast("cpu"):
...     logits = model(x)
...     loss = F.cross_entropy(logits, target)
>>> logits.dtype, loss.dtype  # the linear layer in bfloat16, the loss in float32 #zh: 线性层用 bfloat16，损失用 float32
(torch.bfloat16, torch.float32)
>>> model.weight.dtype  # autocast casts per op; the parameters stay float32 #zh: autocast 按算子临时转换，参数本身仍是 float32
torch.float32
>>> with torch.autocast("cpu", dtype=torch.float16):  # float16 on the CPU only when asked for #zh: CPU 上只有显式指定才用 float16
...     model(x).dtype
torch.float16
>>> model(x).dtype  # outside the context nothing is cast #zh: 离开上下文后不再转换
torch.float32
>>> torch.nn.Linear(4, 3).half().weight.dtype  # converting the model itself is a different thing #zh: 把模型本身转成 16 位是另一回事
torch.float16
"""
