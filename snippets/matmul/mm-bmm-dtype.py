"""mm and bmm do not broadcast; matmul refuses mixed dtypes and 0-d tensors; on the CPU, float16 products are summed in float32.

>>> import torch
>>> from torchnotes.math import matmul
>>> torch.mm(torch.ones(10, 3, 4), torch.ones(10, 4, 2))  # mm is strictly 2-d #zh: mm 只接受二维
Traceback (most recent call last):
    ...
RuntimeError: self must be a matrix
>>> torch.bmm(torch.ones(1, 3, 4), torch.ones(5, 4, 2))  # bmm does not broadcast #zh: bmm 不做广播
Traceback (most recent call last):
    ...
RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [1, 4] but got: [5, 4].
>>> torch.ones(2) @ torch.ones(2, dtype=torch.long)  # no type promotion, unlike + #zh: 不像 + 那样做类型提升
Traceback (most recent call last):
    ...
RuntimeError: dot : expected both vectors to have same dtype, but found Float and Long
>>> torch.tensor(2.0) @ torch.ones(2)  # scalars are refused: multiply them with * #zh: 标量不被接受，请用 *
Traceback (most recent call last):
    ...
RuntimeError: both arguments to matmul need to be at least 1D, but they are 0D and 1D
>>> a, b = torch.ones(1, 3000, dtype=torch.float16), torch.ones(3000, 1, dtype=torch.float16)
>>> a @ b, matmul(a, b)  # a float16 running sum would stop at 2048 #zh: 用 float16 逐项累加会停在 2048
(tensor([[3000.]], dtype=torch.float16), tensor([[3000.]], dtype=torch.float16))
>>> c, d = torch.ones(1, 300, dtype=torch.bfloat16), torch.ones(300, 1, dtype=torch.bfloat16)
>>> c @ d, matmul(c, d)  # bfloat16 too, summed in float32 #zh: bfloat16 也一样，在 float32 中累加
(tensor([[300.]], dtype=torch.bfloat16), tensor([[300.]], dtype=torch.bfloat16))
>>> i, j = torch.ones(1, 200, dtype=torch.int8), torch.ones(200, 1, dtype=torch.int8)
>>> i @ j, matmul(i, j)  # integer products wrap around: 200 is -56 in int8 #zh: 整数乘积会回绕：200 在 int8 中是 -56
(tensor([[-56]], dtype=torch.int8), tensor([[-56]], dtype=torch.int8))
>>> torch.ones(2, 2, dtype=torch.bool) @ torch.ones(2, 2, dtype=torch.bool)  # no bool matrix product on the CPU #zh: CPU 上没有 bool 的矩阵乘法
Traceback (most recent call last):
    ...
NotImplementedError: "addmm_impl_cpu_" not implemented for 'Bool'
>>> s = torch.zeros((), dtype=torch.float16)
>>> for _ in range(3000):
...     s = s + 1
>>> s  # 2048 + 1 rounds back to 2048 in float16 #zh: 在 float16 中 2048 + 1 舍入后还是 2048
tensor(2048., dtype=torch.float16)
"""
