"""Randomness: drawing random tensors and making runs reproducible.

Tested in ``tests/test_random.py``.
"""

from __future__ import annotations

import torch

from torchnotes._checks import check_int, check_tensor
