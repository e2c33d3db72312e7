"""On the negative side GELU dips to about -0.17 and returns to 0: it is not monotonic, and large negative inputs vanish.

>>> import torch
>>> import torch.nn.functional as F
>>> x = torch.linspace(-4, 0, 4001, dtype=torch.float64)
>>> y = F.gelu(x)
>>> y.min(), x[y.argmin()]  # the lowest value, and where it is reached #zh: 最小值，以及取到它的位置
(tensor(-0.1700, dtype=torch.float64), tensor(-0.7520, dtype=torch.float64))
>>> F.gelu(torch.tensor([-0.4, -1.2]))  # two different inputs, nearly the same output #zh: 两个不同的输入，输出几乎相同
tensor([-0.1378, -0.1381])
>>> F.gelu(torch.tensor([-6.0, -10.0, -100.0]))  # far left, float32 on the CPU keeps nothing of the input #zh: 很靠左时，CPU 上的 float32 结果已不含输入的任何信息
tensor([-0., -0., -0.])

>>> t = torch.tensor([-2.0, -0.5], requires_grad=True)
>>> F.gelu(t).sum().backward()
>>> t.grad  # negative slope left of the dip, positive right of it #zh: 谷底左侧斜率为负，右侧为正
tensor([-0.0852,  0.1325])
"""
