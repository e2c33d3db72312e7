"""Creating tensors: how torch builds a tensor from data, sizes and ranges, and where it lives.

The helpers live in one module per theme and are all importable from here:

* :mod:`~torchnotes.tensors.creation`: ``infer_dtype`` (torch.tensor), ``zeros``, ``ones``;
* :mod:`~torchnotes.tensors.numpy_bridge`: ``shares_memory`` (as_tensor), ``dtype_from_numpy``;
* :mod:`~torchnotes.tensors.ranges`: ``arange``, ``linspace``;
* :mod:`~torchnotes.tensors.devices`: ``describe`` (torch.device);
* :mod:`~torchnotes.tensors.autograd_basics`: ``count_parameters`` (nn.Parameter), ``as_leaf`` (Variable).
"""

from torchnotes.tensors.autograd_basics import as_leaf, count_parameters
from torchnotes.tensors.creation import infer_dtype, ones, zeros
from torchnotes.tensors.devices import describe
from torchnotes.tensors.numpy_bridge import dtype_from_numpy, shares_memory
from torchnotes.tensors.ranges import arange, linspace

__all__ = [
    "arange", "as_leaf", "count_parameters", "describe", "dtype_from_numpy", "infer_dtype",
    "linspace", "ones", "shares_memory", "zeros",
]
