"""Repository-wide pytest hooks: snippets marked ``REQUIRES = "cuda"`` run only where CUDA is.

Such a snippet's doctest is skipped without a GPU; the skip reason says whether its output
was recorded on a GPU (``records/cuda/<id>/<name>.json``, by ``tools/record_cuda.py``) or
not yet. ``tests/test_cuda_records.py`` checks that the records match the snippets.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
SNIPPETS = ROOT / "snippets"


@cache
def _runner():
    """``tools/release_runner.py`` loaded by path (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "_torchnotes_release_runner", ROOT / "tools" / "release_runner.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _requires(path: Path) -> str | None:
    try:
        return _runner().requires(path)
    except (ValueError, SyntaxError):  # a misplaced marker (test_cuda_records names it) or
        # a file that does not parse (its own collection error says so): nothing to skip
        return None


@cache
def _cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def skip_reason(path: Path) -> str:
    """Why a CUDA snippet does not run here, naming its record or saying there is none."""
    record = ROOT / "records" / "cuda" / path.relative_to(SNIPPETS).with_suffix(".json")
    if record.is_file():
        return f"needs CUDA; output recorded in {record.relative_to(ROOT).as_posix()}"
    return "needs CUDA; output not recorded yet (run tools/record_cuda.py on a GPU)"


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.path)).resolve()
        if type(item).__name__ != "DoctestItem" or SNIPPETS not in path.parents:
            continue
        if _requires(path) == "cuda" and not _cuda_available():
            item.add_marker(pytest.mark.skip(reason=skip_reason(path)))
        elif _requires(path) == "no-cuda" and _cuda_available():
            item.add_marker(pytest.mark.skip(reason="shows what torch does without a GPU; this machine has one"))
