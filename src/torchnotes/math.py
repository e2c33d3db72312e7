"""Math: element-wise functions, broadcasting arithmetic, products and reductions.

Reference implementations are tested equal to torch in ``tests/test_math.py``.
"""

from __future__ import annotations

import torch

from torchnotes._checks import check_dim, check_int, check_tensor

# --- section: exp, log, sin-cos, add-mul-div, matmul, einsum ---

# --- section: clamp, nan-to-num, mean-std-var, sort, topk ---
