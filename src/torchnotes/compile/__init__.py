"""Compilation: TorchScript's tracing, torch.export, and C++ extensions.

``torch.jit`` (TorchScript) is deprecated in favour of ``torch.compile`` and
``torch.export``; ``trace_mismatches`` shows what tracing misses. ``SOFTSHRINK_CPP`` is a
small C++ operator for ``torch.utils.cpp_extension.load_inline`` and ``softshrink`` its
Python reference. The parts live in ``tracing.py`` and ``extension.py``; the public names
are ``torchnotes.compile.<name>``.
"""

from torchnotes.compile.extension import SOFTSHRINK_CPP, softshrink
from torchnotes.compile.tracing import trace_mismatches

__all__ = ["SOFTSHRINK_CPP", "softshrink", "trace_mismatches"]
