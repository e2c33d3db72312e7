"""Math: element-wise functions, broadcasting arithmetic, products, reductions and sorting.

The helpers live in one module per kind of operation and are re-exported here, so their
public names are ``torchnotes.math.<name>``:

* :mod:`~torchnotes.math.elementwise`: ``xlogy``, ``sinusoidal_encoding``, ``clamp``,
  ``nan_to_num``;
* :mod:`~torchnotes.math.arithmetic`: ``broadcast_shape``, ``div``;
* :mod:`~torchnotes.math.linalg`: ``matmul``, ``einsum``;
* :mod:`~torchnotes.math.reductions`: ``logsumexp``, ``var``, ``std``;
* :mod:`~torchnotes.math.ordering`: ``sort``, ``topk``.

Every module imports the standard library's ``math`` with an absolute import; this package
only shadows it for code that puts ``src/torchnotes`` itself on ``sys.path``.
"""

from torchnotes.math.arithmetic import broadcast_shape, div
from torchnotes.math.elementwise import clamp, nan_to_num, sinusoidal_encoding, xlogy
from torchnotes.math.linalg import einsum, matmul
from torchnotes.math.ordering import sort, topk
from torchnotes.math.reductions import logsumexp, std, var

__all__ = [
    "broadcast_shape",
    "clamp",
    "div",
    "einsum",
    "logsumexp",
    "matmul",
    "nan_to_num",
    "sinusoidal_encoding",
    "sort",
    "std",
    "topk",
    "var",
    "xlogy",
]
