"""linspace counts the second half back from end, so the last point is end exactly.

>>> import torch
>>> from torchnotes.tensors import linspace
>>> start, end, n = 0.3, 1.9, 5
>>> step = (torch.tensor(end) - torch.tensor(start)) / (n - 1)
>>> naive = torch.tensor(start) + torch.arange(n) * step  # every point counted from start #zh: 每个点都从 start 算起
>>> (naive[-1] == torch.tensor(end)).item()  # step was rounded, and 4 * step misses end - start #zh: step 被舍入过，4 * step 凑不出 end - start
False
>>> (torch.linspace(start, end, n)[-1] == torch.tensor(end)).item()
True
>>> torch.equal(linspace(start, end, 1001), torch.linspace(start, end, 1001))  # the two-halves reference, bit for bit #zh: 按前后两半计算的参考实现，逐位相同
True
>>> torch.set_default_dtype(torch.float16)
>>> torch.equal(linspace(start, end, 1001), torch.linspace(start, end, 1001))  # float16 rounds product and sum separately, in torch as here #zh: float16 的乘积与和分别舍入，torch 与参考实现相同
True
>>> torch.set_default_dtype(torch.float32)
>>> torch.linspace(0, 10, steps=5, dtype=torch.int64)  # an integer dtype truncates 2.5, 7.5 #zh: 整数 dtype 会把 2.5、7.5 截断
tensor([ 0,  2,  5,  7, 10])
>>> torch.linspace(-10, 0, steps=5, dtype=torch.int64)  # toward zero: -7.5 becomes -7 #zh: 向零截断：-7.5 变成 -7
tensor([-10,  -7,  -5,  -2,   0])
>>> import os, subprocess, sys
>>> code = "import torch; from torchnotes.tensors import linspace; print(torch.equal(linspace(0.3, 1.9, 1001), torch.linspace(0.3, 1.9, 1001)))"
>>> env = dict(os.environ, ATEN_CPU_CAPABILITY="default", PYTHONPATH=os.pathsep.join(sys.path))
>>> print(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip())  # torch's kernel without FMA: the last bits differ #zh: 不用 FMA 的 torch 内核：最后几位不同
False
"""
