"""Shape: joining, splitting, squeezing, rearranging and padding tensors.

Reference implementations are tested equal to torch in ``tests/test_shape.py``.
"""

from __future__ import annotations

import torch

from torchnotes._checks import check_dim, check_int, check_tensor
