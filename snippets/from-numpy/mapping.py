"""Each NumPy dtype maps to the torch dtype of the same kind and width; the rest are refused.

>>> import numpy as np
>>> import torch
>>> names = ["float64", "float32", "float16", "int64", "int32", "int16", "int8",
...          "uint8", "uint16", "uint32", "uint64", "bool", "complex64", "complex128"]
>>> for name in names:
...     print(f"{name:>10} -> {torch.from_numpy(np.zeros(1, dtype=name)).dtype}")
   float64 -> torch.float64
   float32 -> torch.float32
   float16 -> torch.float16
     int64 -> torch.int64
     int32 -> torch.int32
     int16 -> torch.int16
      int8 -> torch.int8
     uint8 -> torch.uint8
    uint16 -> torch.uint16
    uint32 -> torch.uint32
    uint64 -> torch.uint64
      bool -> torch.bool
 complex64 -> torch.complex64
complex128 -> torch.complex128
>>> np.array([1.5]).dtype, np.array([1]).dtype  # NumPy's defaults on Linux: float64 and int64 #zh: Linux 上 NumPy 的默认类型：float64 和 int64
(dtype('float64'), dtype('int64'))
>>> torch.from_numpy(np.array(["a", "b"]))  # strings, objects, dates: no torch dtype #zh: 字符串、对象、日期：torch 没有对应的数据类型
Traceback (most recent call last):
    ...
TypeError: can't convert np.ndarray of type numpy.str_. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
>>> torch.from_numpy(np.array([None, 1], dtype=object))
Traceback (most recent call last):
    ...
TypeError: can't convert np.ndarray of type numpy.object_. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
>>> torch.from_numpy(np.zeros(2, dtype="datetime64[s]"))
Traceback (most recent call last):
    ...
TypeError: can't convert np.ndarray of type numpy.datetime64. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
>>> torch.from_numpy(np.zeros(2, dtype=">f8"))  # big-endian bytes on a little-endian machine #zh: 在小端机器上的大端字节序
Traceback (most recent call last):
    ...
ValueError: given numpy array has byte order different from the native byte order. Conversion between byte orders is currently not supported.
"""
