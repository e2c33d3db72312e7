"""Snippets marked ``REQUIRES = "cuda"`` show output recorded on a GPU, and only current output.

``tools/record_cuda.py`` runs them on a GPU and writes ``records/cuda/<id>/<name>.json``.
A record whose code is no longer the snippet's fails; a snippet without a record is
reported (skipped) as not recorded yet; a record whose snippet is gone fails. The
mechanism itself (skip without a GPU, rendering) is checked on a snippet made here.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import record_cuda  # noqa: E402 - tools/ is not a package
import release_runner  # noqa: E402

RECORDS = ROOT / "records" / "cuda"
FIELDS = {"code", "device", "torch", "cuda", "python", "recorded"}


def _load_records_module():
    spec = importlib.util.spec_from_file_location("_records_hook_cuda", ROOT / "docs" / "hooks" / "records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


records = _load_records_module()


def test_requires_markers_are_well_formed():
    problems = []
    for snippet in sorted((ROOT / "snippets").glob("*/*.py")):
        try:
            release_runner.requires(snippet)
        except ValueError as error:
            problems.append(str(error))
    assert not problems, "\n".join(problems)


def test_every_marked_snippet_has_a_current_record():
    marked = record_cuda.marked_snippets()
    status = {p.relative_to(ROOT).as_posix(): record_cuda.status(p) for p in marked}
    stale = sorted(p for p, s in status.items() if s == "stale")
    assert not stale, (
        f"the code of these CUDA snippets changed since their output was recorded: {stale}; "
        "run `python tools/record_cuda.py <snippet>` on a GPU"
    )
    missing = sorted(p for p, s in status.items() if s == "missing")
    if missing:
        pytest.skip(f"not recorded on a GPU yet: {missing}")


def test_no_record_without_its_cuda_snippet():
    for record in sorted(RECORDS.rglob("*.json")):
        snippet = ROOT / "snippets" / record.relative_to(RECORDS).with_suffix(".py")
        assert snippet.is_file(), f"{record.relative_to(ROOT)}: {snippet.relative_to(ROOT)} is gone"
        assert release_runner.requires(snippet) == "cuda", (
            f"{record.relative_to(ROOT)}: {snippet.relative_to(ROOT)} is not marked REQUIRES = \"cuda\""
        )


def test_records_name_the_gpu_and_versions():
    for record in sorted(RECORDS.rglob("*.json")):
        data = json.loads(record.read_text(encoding="utf-8"))
        assert set(data) == FIELDS, record
        assert all(isinstance(s, str) for s in data["code"]) and data["code"]
        assert all(isinstance(data[k], str) and data[k] for k in FIELDS - {"code"}), record


# --------------------------------------------------------------------------- the mechanism

SNIPPET = '''"""Caption: something only a GPU shows.

>>> import torch
>>> torch.ones(2, device="cuda").sum()  # on the GPU #zh: 在 GPU 上
tensor(2., device='cuda:0')
"""
REQUIRES = "cuda"
'''


@pytest.fixture
def tree(tmp_path):
    """A copy of the pieces the mechanism needs, with one marked snippet."""
    (tmp_path / "tools").mkdir()
    for name in ("release_runner.py", "refresh_outputs.py", "record_cuda.py"):
        shutil.copy(ROOT / "tools" / name, tmp_path / "tools" / name)
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    snippet = tmp_path / "snippets" / "demo" / "gpu.py"
    snippet.parent.mkdir(parents=True)
    snippet.write_text(SNIPPET, encoding="utf-8")
    return tmp_path, snippet


def _record(snippet: Path, record: Path, code: list[str]) -> None:
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps({
        "code": code, "device": "NVIDIA H100 80GB HBM3", "torch": "2.11.0+cu130",
        "cuda": "13.0", "python": "3.12.3", "recorded": "2026-05-20",
    }), encoding="utf-8")


def test_status_follows_the_code(tree):
    root, snippet = tree
    record = root / "records" / "cuda" / "demo" / "gpu.json"
    assert record_cuda.status(snippet, record) == "missing"
    _record(snippet, record, release_runner.example_sources(snippet))
    assert record_cuda.status(snippet, record) == "recorded"
    snippet.write_text(SNIPPET.replace("torch.ones(2", "torch.ones(3"), encoding="utf-8")
    assert record_cuda.status(snippet, record) == "stale"


def test_runner_leaves_cuda_snippets_out(tree):
    _, snippet = tree
    assert release_runner.plan([str(snippet)]) == []


def test_pytest_skips_a_cuda_snippet_without_a_gpu(tree):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA: the snippet runs")
    root, snippet = tree

    def run() -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "--doctest-modules", "-rs", "-q", "snippets"],
            cwd=root, capture_output=True, text=True,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout

    assert "needs CUDA; output not recorded yet" in run()
    _record(snippet, root / "records" / "cuda" / "demo" / "gpu.json", [])
    assert "needs CUDA; output recorded in records/cuda/demo/gpu.json" in run()


def test_cuda_block_shows_the_recorded_environment(tree, monkeypatch):
    root, snippet = tree
    from torchnotes import registry

    monkeypatch.setattr(records, "ROOT", root)
    monkeypatch.setattr(records, "CUDA_RECORDS", root / "records" / "cuda")
    monkeypatch.setattr(registry, "REPO_ROOT", root)
    monkeypatch.setattr(registry, "CONTENT_ROOT", root)
    path = "snippets/demo/gpu.py"
    for lang, note in (("zh", "输出尚未在 GPU 上录制"), ("en", "has not been recorded on a GPU yet")):
        block = records.cuda_snippet(path, lang)
        assert note in block
        assert "tensor(2." not in block, "without a record only the code is shown"
        assert '>>> torch.ones(2, device="cuda").sum()' in block
    _record(snippet, root / "records" / "cuda" / "demo" / "gpu.json",
            release_runner.example_sources(snippet))
    zh, en = records.cuda_snippet(path, "zh"), records.cuda_snippet(path, "en")
    assert "在 NVIDIA H100 80GB HBM3 上录制：torch 2.11.0，CUDA 13.0，Python 3.12.3" in zh
    assert "Recorded on NVIDIA H100 80GB HBM3: torch 2.11.0, CUDA 13.0, Python 3.12.3" in en
    assert "tensor(2., device='cuda:0')" in en
    monkeypatch.setattr(records, "ROOT", ROOT)
    assert records.cuda_snippet("snippets/clamp/bounds.py", "en") is None


def test_record_one_writes_the_output_and_the_record(tree, monkeypatch):
    """What tools/record_cuda.py does on a GPU, with the GPU's answers stubbed."""
    import torch

    root, snippet = tree
    snippet.write_text('"""Caption.\n\n>>> 1 + 1  # add #zh: 相加\n"""\nREQUIRES = "cuda"\n',
                       encoding="utf-8")
    monkeypatch.setattr(record_cuda, "ROOT", root)
    monkeypatch.setattr(record_cuda, "RECORDS", root / "records" / "cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a: "NVIDIA H100 80GB HBM3")
    monkeypatch.setattr(torch.version, "cuda", "13.0")
    target = record_cuda.record_one(snippet)
    assert target == root / "records" / "cuda" / "demo" / "gpu.json"
    assert ">>> 1 + 1  # add #zh: 相加\n2\n" in snippet.read_text(encoding="utf-8")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["code"] == ["1 + 1  # add #zh: 相加\n"]
    assert data["device"] == "NVIDIA H100 80GB HBM3" and data["cuda"] == "13.0"
    assert set(data) == FIELDS and record_cuda.status(snippet, target) == "recorded"
