"""Record the real output of the snippets that need CUDA; run it on a machine with a GPU.

    python tools/record_cuda.py [snippets/<id>/<name>.py ...]

Without paths it records every snippet marked ``REQUIRES = "cuda"`` (the statement right
after the module docstring). For each one, in a fresh process (a device-side assert leaves
the CUDA context unusable, and a CUDA context does not survive a fork), it:

1. writes the examples' real output into the snippet's docstring, exactly as
   ``tools/refresh_outputs.py`` does for the CPU snippets (it uses that tool's code);
2. writes ``records/cuda/<id>/<name>.json``: the examples' source (``code``), the GPU's
   name, the torch, CUDA and Python versions, and the date.

The test suite skips these snippets where CUDA is missing, and ``tests/test_cuda_records.py``
fails when a record's ``code`` is no longer the snippet's code. Commit both files.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

import refresh_outputs  # noqa: E402 - tools/ is not a package
import release_runner  # noqa: E402

RECORDS = ROOT / "records" / "cuda"


def marked_snippets() -> list[Path]:
    """Every snippet file marked ``REQUIRES = "cuda"``, sorted."""
    return sorted(p for p in (ROOT / "snippets").glob("*/*.py")
                  if release_runner.requires(p) == "cuda")


def record_path(snippet: Path) -> Path:
    """``snippets/<id>/<name>.py`` -> ``records/cuda/<id>/<name>.json``."""
    relative = snippet.resolve().relative_to(ROOT / "snippets")
    return RECORDS / relative.with_suffix(".json")


def status(snippet: Path, record: Path | None = None) -> str:
    """``"recorded"`` when the record's code is the snippet's current code, ``"stale"`` when
    it is not, ``"missing"`` when there is no record."""
    record = record or record_path(snippet)
    if not record.is_file():
        return "missing"
    code = json.loads(record.read_text(encoding="utf-8")).get("code")
    return "recorded" if code == release_runner.example_sources(snippet) else "stale"


def environment() -> dict[str, str]:
    """The GPU and versions a record is labelled with."""
    import torch

    return {
        "device": torch.cuda.get_device_name(),
        "torch": torch.__version__,
        "cuda": str(torch.version.cuda),
        "python": platform.python_version(),
        "recorded": datetime.date.today().isoformat(),
    }


def record_one(snippet: Path) -> Path:
    """Refresh ``snippet``'s outputs on this GPU and write its record; return the record path."""
    import torch

    if not torch.cuda.is_available():
        raise SystemExit("no CUDA device here: run tools/record_cuda.py on a machine with a GPU")
    if release_runner.requires(snippet) != "cuda":
        raise SystemExit(f"{snippet} is not marked REQUIRES = \"cuda\"")
    refresh_outputs.refresh_file(snippet)
    data = {"code": release_runner.example_sources(snippet), **environment()}
    target = record_path(snippet)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="snippet files (default: every marked one)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the per-snippet child process
    args = parser.parse_args(argv)
    if args.one:
        print(record_one(Path(args.one)).relative_to(ROOT))
        return 0
    snippets = [Path(p) for p in args.paths] or marked_snippets()
    failed = 0
    for snippet in snippets:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(snippet.resolve())],
            cwd=ROOT, capture_output=True, text=True,
        )
        if proc.returncode:
            failed += 1
            print(f"FAILED {snippet} (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}",
                  file=sys.stderr)
        else:
            print(f"recorded {snippet} -> {proc.stdout.strip()}")
    if not snippets:
        print("no snippet is marked REQUIRES = \"cuda\"")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
