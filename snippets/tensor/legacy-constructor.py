"""torch.Tensor (capital T) is the legacy constructor: always the default dtype, and an int means a size.

>>> import torch
>>> torch.Tensor([1, 2]).dtype, torch.tensor([1, 2]).dtype
(torch.float32, torch.int64)
>>> torch.Tensor([1j])  # complex data is refused rather than converted #zh: 复数数据会被拒绝，而不是转换
Traceback (most recent call last):
    ...
TypeError: must be real number, not complex
>>> torch.Tensor(3).shape  # an uninitialised tensor with 3 elements #zh: 3 个未初始化的元素
torch.Size([3])
>>> torch.tensor(3).shape  # a 0-d tensor holding the number 3 #zh: 存放数字 3 的 0 维张量
torch.Size([])
>>> old = torch.get_default_dtype()
>>> torch.set_default_dtype(torch.float64)
>>> torch.Tensor([1, 2]).dtype  # the default dtype, which is float32 only until changed #zh: 得到默认数据类型，它只在没被改过时才是 float32
torch.float64
>>> torch.tensor([1.5]).dtype, torch.tensor([1j]).dtype, torch.tensor([]).dtype  # torch.tensor follows the default too #zh: torch.tensor 推断浮点和复数类型时也跟随默认值
(torch.float64, torch.complex128, torch.float64)
>>> torch.set_default_dtype(old)
>>> layer = torch.nn.Linear(2, 1)
>>> layer(torch.Tensor([1, 2])).dtype  # the legacy constructor gives the default dtype, like the weights #zh: 旧式构造函数给出默认数据类型，与权重一致
torch.float32
>>> layer(torch.tensor([1, 2]))  # int64 data meets float32 weights #zh: int64 数据遇上 float32 权重
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float
>>> layer(torch.tensor([1.0, 2.0])).dtype  # write floats (or pass dtype=torch.float32) #zh: 写成浮点数（或传 dtype=torch.float32）
torch.float32
"""
