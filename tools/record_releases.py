"""Record what another torch release prints differently from the outputs in the files.

    python tools/record_releases.py [--python .venv-2.13/bin/python]

(or ``make record-releases``). Checks that every example prints its file's output under
this interpreter (the reference release), then runs ``tools/release_runner.py`` under the
other release's interpreter and writes ``records/torch-<version>.json``: for each snippet file or helper
docstring whose examples print something else there, the differing examples with their
source, ``want`` (the file's output, from the reference release in ``constraints.txt``) and
``got`` (the other release's output), or the crash that ended the file. Examples that agree
are left out, so an empty ``differences`` means the releases agree everywhere. Tests the
other release cannot run because its virtualenv lacks a package (torchvision: its PyPI
wheels only load with the CUDA build of their torch) are listed under ``not_compared``.

"Differs" is doctest's own verdict with ``NORMALIZE_WHITESPACE`` (the way pytest checks the
files). Never edit a record by hand: ``tests/test_releases.py`` re-runs the other release and
fails when a record is missing, stale or no longer what that release prints.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNNER = ROOT / "tools" / "release_runner.py"
RECORDS = ROOT / "records"
#: The other release's interpreter, created by ``make other-release``.
OTHER_PYTHON = ROOT / ".venv-2.13" / "bin" / "python"


def start_release(python: Path | str, paths: list[str] | None = None) -> subprocess.Popen:
    """Start the runner under interpreter ``python`` in the background (see :func:`finish_release`).

    The test suite starts it as soon as collection ends, so the other release runs on the
    second core while the rest of the suite runs on the first.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [str(python), str(RUNNER), *(paths or [])],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def finish_release(proc: subprocess.Popen, timeout: float = 600) -> dict:
    """Wait for a runner started by :func:`start_release`; return its JSON document."""
    stdout, stderr = proc.communicate(timeout=timeout)
    if proc.returncode:
        raise RuntimeError(f"{RUNNER.name} under {proc.args[0]} failed:\n{stderr}")
    return json.loads(stdout)


def run_release(python: Path | str, paths: list[str] | None = None, timeout: float = 600) -> dict:
    """The runner's JSON document from interpreter ``python`` (all files when ``paths`` is None)."""
    return finish_release(start_release(python, paths), timeout)


def release(version: str) -> str:
    """A torch version without its local build label: ``2.13.0+cpu`` -> ``2.13.0``."""
    return version.split("+", 1)[0]


_MISSING = re.compile(r"ModuleNotFoundError: No module named '([^'.]+)")


def missing_module(test: dict) -> str | None:
    """The package a test needs that the release's virtualenv lacks (e.g. ``torchvision``:
    its PyPI wheels only load with the CUDA build of their torch), else None."""
    texts = [test.get("error") or ""] + [e["got"] for e in test["examples"] if not e["ok"]]
    for text in texts:
        found = _MISSING.search(text)
        if found:
            return found.group(1)
    return None


def not_compared(document: dict) -> dict[str, str]:
    """Per test key, the missing package that kept the other release from running it."""
    found = {key: missing_module(test) for key, test in document["tests"].items()}
    return {key: module for key, module in sorted(found.items()) if module}


def differences(document: dict) -> dict[str, dict]:
    """Per test key, what the runner's release printed differently from the file.

    Each value holds ``examples`` (source, want, got of each differing example, in file
    order), and ``crash`` (signal, source and want of the example that was running) or
    ``error`` (a file that failed before its examples) when there was one.
    """
    found: dict[str, dict] = {}
    for key, test in document["tests"].items():
        if missing_module(test):  # not a difference between releases: see not_compared
            continue
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
        "not_compared": not_compared(document),
    }


HINT = "re-record with `make record-releases` and read the diff"


def compare(document: dict, stored: dict) -> list[str]:
    """What is wrong with record ``stored`` given a fresh runner ``document`` of its release.

    Empty when the record holds exactly the examples that differ now, each with exactly the
    output that release prints now (and the same crash or error).
    """
    other = release(document["torch"])
    problems = []
    if release(stored["torch"]) != other:
        problems.append(f"the record is for torch {stored['torch']}, the other release runs "
                        f"torch {document['torch']}")
    fresh_skipped, old_skipped = not_compared(document), stored.get("not_compared", {})
    if fresh_skipped != old_skipped:
        problems.append(f"tests torch {other} cannot run (a package is missing there): "
                        f"recorded {old_skipped}, now {fresh_skipped}")
    fresh, old = differences(document), stored.get("differences", {})
    for key in sorted(set(fresh) | set(old)):
        if key not in old:
            problems.append(f"{key}: torch {other} prints something else and it is not "
                            f"recorded:\n{dumps(fresh[key])}")
        elif key not in fresh:
            problems.append(f"{key}: recorded, but torch {other} now prints what the file says")
        elif fresh[key] != old[key]:
            diff = difflib.unified_diff(dumps(old[key]).splitlines(), dumps(fresh[key]).splitlines(),
                                        "recorded", f"torch {other} now", lineterm="")
            problems.append(f"{key}: the record is not what torch {other} prints now:\n"
                            + "\n".join(diff))
    return problems


def stale(stored: dict) -> list[str]:
    """Recorded examples whose source or expected output is no longer in the files."""
    sys.path.insert(0, str(RUNNER.parent))
    try:
        import release_runner
    finally:
        sys.path.remove(str(RUNNER.parent))
    problems = []
    for key, entry in sorted(stored.get("differences", {}).items()):
        current = release_runner.current_examples(key)
        if current is None:
            problems.append(f"{key}: recorded, but the file or docstring no longer exists")
            continue
        recorded = [(e["source"], e["want"]) for e in entry["examples"]]
        crash = entry.get("crash")
        if crash and crash.get("source") is not None:
            recorded.append((crash["source"], crash["want"]))
        for source, want in recorded:
            if (source, want) not in current:
                problems.append(f"{key}: the record's example is no longer in the file "
                                f"(changed source or output):\n>>> {source.rstrip()}\n{want}")
    return problems


def record_path(torch_version: str) -> Path:
    return RECORDS / f"torch-{release(torch_version)}.json"


def dumps(data: dict) -> str:
    """The one serialisation of a record: stable, sorted keys, readable diffs."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _changed_between(reference: dict, document: dict) -> list[str]:
    """Tests whose examples (source, want) differ between two runs: the files changed.

    A run that crashed, or failed before its examples, read a prefix of the file.
    """
    # a file that appeared, or a snippet file that vanished (a package test may be missing
    # from the other run only because its module failed to import there)
    changed = sorted(set(document["tests"]) - set(reference["tests"]))
    changed += sorted(k for k in set(reference["tests"]) - set(document["tests"])
                      if k.startswith("snippets/"))
    for key in sorted(set(reference["tests"]) & set(document["tests"])):
        ours, theirs = reference["tests"][key], document["tests"][key]
        read = [(e["source"], e["want"]) for e in theirs["examples"]]
        full = [(e["source"], e["want"]) for e in ours["examples"]]
        if theirs.get("crash") or theirs.get("error"):
            full = full[:len(read)]
        if read != full:
            changed.append(key)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(OTHER_PYTHON),
                        help="the other release's interpreter (default: .venv-2.13/bin/python)")
    args = parser.parse_args(argv)
    if not Path(args.python).exists():
        print(f"{args.python} is missing: run `make other-release` first", file=sys.stderr)
        return 1
    # A record only means something for files that hold this release's real output:
    # an example that already fails here would be recorded as a "difference".
    reference = run_release(sys.executable)
    failing = [f"{key}: >>> {e['source'].rstrip()}"
               for key, test in reference["tests"].items()
               for e in test["examples"] if not e["ok"]]
    if failing:
        print(f"these examples do not print their file's output on torch {reference_torch()} "
              "(run tools/refresh_outputs.py on them first):\n  " + "\n  ".join(failing),
              file=sys.stderr)
        return 1
    document = run_release(args.python)
    changed = _changed_between(reference, document)
    if changed:
        print(f"files changed while recording ({', '.join(changed)}): run again",
              file=sys.stderr)
        return 1
    data = record(document)
    path = record_path(document["torch"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(data), encoding="utf-8")
    count = sum(len(d["examples"]) + ("crash" in d) + ("error" in d)
                for d in data["differences"].values())
    print(f"{path.relative_to(ROOT)}: torch {data['torch']} (Python {data['python']}) differs "
          f"from torch {data['reference_torch']} in {count} example(s) of "
          f"{len(data['differences'])} test(s); not run there for a missing package: "
          f"{len(data['not_compared'])} test(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
