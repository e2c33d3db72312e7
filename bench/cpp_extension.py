"""Build torchnotes' C++ operator with load_inline, time the cold and the cached build, check it.

    python bench/cpp_extension.py

A cold ``load_inline`` compiles torch's headers and takes tens of seconds, too long for the
test suite and the site build, so the cpp-extension page only shows the build call as code
and the suite tests the Python reference (``torchnotes.compile.softshrink``). This script is
the one place the C++ source is compiled: it builds ``SOFTSHRINK_CPP`` in a fresh folder
(cold), loads it again from the same folder (cached), and checks the compiled operator
against ``torch.nn.functional.softshrink`` and the reference. It needs a C++ compiler.
"""

from __future__ import annotations

import tempfile
import time

import torch
import torch.nn.functional as F
from torch.utils.cpp_extension import load_inline

from torchnotes.compile import SOFTSHRINK_CPP, softshrink


def build(folder: str):
    start = time.perf_counter()
    module = load_inline(name="torchnotes_softshrink", cpp_sources=SOFTSHRINK_CPP,
                         functions=["softshrink"], build_directory=folder)
    return module, time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        module, cold = build(folder)
        _, cached = build(folder)
    x = torch.randn(10_000, generator=torch.Generator().manual_seed(0)) * 2
    x[:3] = torch.tensor([float("nan"), float("inf"), -0.25])
    same_torch = torch.equal(module.softshrink(x, 0.5).nan_to_num(), F.softshrink(x, 0.5).nan_to_num())
    same_reference = torch.equal(module.softshrink(x, 0.5).nan_to_num(), softshrink(x, 0.5).nan_to_num())
    print(f"cold build {cold:.1f} s, cached load {cached:.2f} s")
    print(f"compiled op equals F.softshrink: {same_torch}; equals torchnotes.compile.softshrink: {same_reference}")
    return 0 if same_torch and same_reference else 1


if __name__ == "__main__":
    raise SystemExit(main())
