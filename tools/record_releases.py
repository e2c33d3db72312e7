"""Record what another torch release prints differently from the outputs in the files.

    python tools/record_releases.py [--python .venv-2.13/bin/python]

(or ``make record-releases``). Runs ``tools/release_runner.py`` under the other release's
interpreter and writes ``records/torch-<version>.json``: for each snippet file or helper
docstring whose examples print something else there, the differing examples with their
source, ``want`` (the file's output, from the reference release in ``constraints.txt``) and
``got`` (the other release's output), or the crash that ended the file. Examples that agree
are left out, so an empty ``differences`` means the releases agree everywhere.

"Differs" is doctest's own verdict with ``NORMALIZE_WHITESPACE`` (the way pytest checks the
files). Never edit a record by hand: ``tests/test_releases.py`` re-runs the other release and
fails when a record is missing, stale or no longer what that release prints.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNNER = ROOT / "tools" / "release_runner.py"
RECORDS = ROOT / "records"
#: The other release's interpreter, created by ``make other-release``.
OTHER_PYTHON = ROOT / ".venv-2.13" / "bin" / "python"


def run_release(python: Path | str, paths: list[str] | None = None, timeout: float = 600) -> dict:
    """The runner's JSON document from interpreter ``python`` (all files when ``paths`` is None)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [str(python), str(RUNNER), *(paths or [])],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )
    if proc.returncode:
        raise RuntimeError(f"{RUNNER.name} under {python} failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


def release(version: str) -> str:
    """A torch version without its local build label: ``2.13.0+cpu`` -> ``2.13.0``."""
    return version.split("+", 1)[0]


def differences(document: dict) -> dict[str, dict]:
    """Per test key, what the runner's release printed differently from the file.

    Each value holds ``examples`` (source, want, got of each differing example, in file
    order), and ``crash`` (signal, source and want of the example that was running) or
    ``error`` (a file that failed before its examples) when there was one.
    """
    found: dict[str, dict] = {}
    for key, test in document["tests"].items():
        examples = [
            {"source": e["source"], "want": e["want"], "got": e["got"]}
            for e in test["examples"] if not e["ok"]
        ]
        entry: dict = {"path": test["path"], "examples": examples}
        if test.get("crash"):
            crash = test["crash"]
            entry["crash"] = {"signal": crash["signal"], "source": crash["source"],
                              "want": crash["want"]}
        if test.get("error"):
            entry["error"] = test["error"]
        if examples or "crash" in entry or "error" in entry:
            found[key] = entry
    return dict(sorted(found.items()))


def reference_torch() -> str:
    """The torch release of this interpreter (the one the files' outputs come from)."""
    return release(metadata.version("torch"))


def record(document: dict) -> dict:
    """The record to store for a runner document."""
    return {
        "torch": document["torch"],
        "python": document["python"],
        "reference_torch": reference_torch(),
        "differences": differences(document),
    }


def record_path(torch_version: str) -> Path:
    return RECORDS / f"torch-{release(torch_version)}.json"


def dumps(data: dict) -> str:
    """The one serialisation of a record: stable, sorted keys, readable diffs."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(OTHER_PYTHON),
                        help="the other release's interpreter (default: .venv-2.13/bin/python)")
    args = parser.parse_args(argv)
    if not Path(args.python).exists():
        print(f"{args.python} is missing: run `make other-release` first", file=sys.stderr)
        return 1
    document = run_release(args.python)
    data = record(document)
    path = record_path(document["torch"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(data), encoding="utf-8")
    count = sum(len(d["examples"]) + ("crash" in d) + ("error" in d)
                for d in data["differences"].values())
    print(f"{path.relative_to(ROOT)}: torch {data['torch']} (Python {data['python']}) differs "
          f"from torch {data['reference_torch']} in {count} example(s) of "
          f"{len(data['differences'])} test(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
