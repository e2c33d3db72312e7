"""from_numpy keeps the array's dtype, so NumPy's default float64 meets float32 model weights.

>>> import numpy as np
>>> import torch
>>> from torchnotes.tensors import dtype_from_numpy
>>> arr = np.linspace(0.0, 1.0, 3)  # NumPy's default float: float64
>>> t = torch.from_numpy(arr)
>>> t.dtype, dtype_from_numpy(arr.dtype), dtype_from_numpy("uint8")
(torch.float64, torch.float64, torch.uint8)
>>> layer = torch.nn.Linear(3, 1)
>>> layer(t)
Traceback (most recent call last):
    ...
RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
>>> layer(t.float()).dtype  # .float() converts (a copy), then it works
torch.float32
>>> torch.from_numpy(np.array(["a", "b"]))  # strings, objects, dates: no torch dtype
Traceback (most recent call last):
    ...
TypeError: can't convert np.ndarray of type numpy.str_. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
"""
