"""A size-1 letter broadcasts instead of raising; mixed dtypes fail once a letter is summed; on the CPU, integer sums widen to int64, products do not.

>>> import torch
>>> torch.einsum("i,i->", torch.ones(1), torch.ones(3))  # sizes 1 and 3: no error #zh: 长度 1 和 3：不报错
tensor(3.)
>>> f32, f64 = torch.ones(2), torch.ones(2, dtype=torch.float64)
>>> torch.einsum("i,i->i", f32, f64).dtype  # nothing summed between them: promoted #zh: 两者之间没有求和：做了类型提升
torch.float64
>>> torch.einsum("i,i->", f32, f64)  # a summed letter: no promotion #zh: 有求和的维度标记：不做类型提升
Traceback (most recent call last):
    ...
RuntimeError: expected scalar type Float but found Double
>>> big = torch.full((3,), 100, dtype=torch.int8)
>>> torch.einsum("i->", big)  # a sum over one operand: int64, 300 #zh: 对单个输入求和：int64，得 300
tensor(300)
>>> torch.einsum("i,i->", big, torch.ones(3, dtype=torch.int8))  # a product of two: int8, 300 wraps to 44 #zh: 两个输入的乘积：int8，300 回绕成 44
tensor(44, dtype=torch.int8)
>>> torch.einsum("i,i->", torch.ones(3, dtype=torch.bool), torch.ones(3, dtype=torch.bool))  # no bool product on the CPU #zh: CPU 上没有 bool 的乘积
Traceback (most recent call last):
    ...
NotImplementedError: "bmm" not implemented for 'Bool'
"""
