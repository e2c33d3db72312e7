"""Shape: joining, splitting, squeezing, rearranging and padding tensors.

Each helper is a reference implementation tested equal to torch (or einops) in
``tests/test_shape*.py``; the parts live in ``join``, ``split``, ``reshape`` and
``padding``, and are re-exported here so that ``torchnotes.shape.<name>`` is the public name.
"""

from __future__ import annotations

from torchnotes.shape.join import cat, stack
from torchnotes.shape.padding import pad
from torchnotes.shape.reshape import rearrange, squeeze
from torchnotes.shape.split import chunk_sizes, split_sizes

__all__ = ["cat", "chunk_sizes", "pad", "rearrange", "split_sizes", "squeeze", "stack"]
