"""Creating tensors: how torch builds a tensor from data, sizes and ranges.

Reference implementations are tested equal to torch in ``tests/test_tensors.py``.
"""

from __future__ import annotations

import torch

from torchnotes._checks import check_int, check_tensor

# --- section: tensor, as-tensor, from-numpy, zeros, ones ---

# --- section: arange, linspace, device, parameter, variable ---
