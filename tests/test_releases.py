"""Every snippet and helper doctest also runs under a second torch release (``.venv-2.13``).

What that release prints differently is stored in ``records/torch-<version>.json`` by
``tools/record_releases.py`` (``make record-releases``), and the pages show it. These tests
re-run the other release once per session and fail when a difference is not recorded, when
a record is no longer what that release prints, or when a record no longer matches the file
it was made from. They also check the runner, the recorder and the page box on small files.
"""

from __future__ import annotations

import copy
import importlib.util
import inspect
import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import record_releases  # noqa: E402 - tools/ is not a package
import release_runner  # noqa: E402

OTHER_PYTHON = record_releases.OTHER_PYTHON


def _load_records_module():
    spec = importlib.util.spec_from_file_location("_records_hook", ROOT / "docs" / "hooks" / "records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


records = _load_records_module()


def stored_records() -> list[Path]:
    return sorted((ROOT / "records").glob("torch-*.json"))


@pytest.fixture(scope="session")
def other_release(request) -> dict:
    """The runner's document from the other release, once per session (started in the
    background by tests/conftest.py when collection ends)."""
    if not OTHER_PYTHON.exists():
        message = f"{OTHER_PYTHON.relative_to(ROOT)} is missing: run `make other-release`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    started = getattr(request.config, "other_release_run", None)
    return record_releases.finish_release(started or record_releases.start_release(OTHER_PYTHON))


@pytest.fixture(scope="session")
def stored(other_release) -> dict:
    path = record_releases.record_path(other_release["torch"])
    if not path.is_file():
        pytest.fail(f"no {path.relative_to(ROOT)} for torch {other_release['torch']}: "
                    f"{record_releases.HINT}")
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_other_release_ran_everything(other_release):
    tests = other_release["tests"]
    assert not other_release["torch"].startswith(record_releases.reference_torch())
    assert any(k.startswith("snippets/") for k in tests) and any(k.startswith("src/") for k in tests)
    assert sum(len(t["examples"]) for t in tests.values()) > 100


def test_records_hold_exactly_what_the_other_release_prints(other_release, stored):
    problems = record_releases.compare(other_release, stored)
    assert not problems, "\n\n".join(problems) + f"\n\n{record_releases.HINT}"


def test_records_compare_against_this_release():
    for path in stored_records():
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["reference_torch"] == record_releases.reference_torch(), (
            f"{path.name} was recorded against torch {data['reference_torch']}; "
            f"{record_releases.HINT}"
        )


def test_records_match_the_current_files():
    for path in stored_records():
        problems = record_releases.stale(json.loads(path.read_text(encoding="utf-8")))
        assert not problems, f"{path.name} is stale:\n" + "\n\n".join(problems) + (
            f"\n\n{record_releases.HINT}"
        )


def test_records_are_in_their_one_serialisation():
    for path in stored_records():
        text = path.read_text(encoding="utf-8")
        assert text == record_releases.dumps(json.loads(text)), f"{path.name} was edited by hand"


def test_a_changed_record_is_caught(other_release):
    """The check fails on a record edited by hand, one way or another (whatever the stored
    record holds now: the edits start from a fresh record of the same run)."""
    fresh = record_releases.record(other_release)
    assert not record_releases.compare(other_release, fresh)
    assert fresh["differences"], "torch 2.13.0 differs from 2.14.1 somewhere (clamp, arange)"
    key = next(iter(fresh["differences"]))
    changed_output = copy.deepcopy(fresh)
    changed_output["differences"][key]["examples"][0]["got"] += "edited\n"
    dropped = copy.deepcopy(fresh)
    dropped["differences"].pop(key)
    invented = copy.deepcopy(fresh)
    invented["differences"]["snippets/clamp/bounds.py"] = {
        "path": "snippets/clamp/bounds.py",
        "examples": [{"source": "import torch\n", "want": "", "got": "nothing\n"}],
    }
    other_torch = copy.deepcopy(fresh)
    other_torch["torch"] = "2.12.0+cpu"
    for edited in (changed_output, dropped, invented, other_torch):
        assert record_releases.compare(other_release, edited)
    changed_want = copy.deepcopy(fresh)
    changed_want["differences"][key]["examples"][0]["want"] += "edited\n"
    assert record_releases.stale(changed_want)
    assert record_releases.stale({"differences": {"snippets/gone/file.py": {"examples": []}}})


# --------------------------------------------------------------------------- the mechanism


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, dict]:
    """Three small snippet files run by the runner under this interpreter."""
    folder = tmp_path_factory.mktemp("snippets")
    agree = folder / "agree.py"
    agree.write_text('"""Caption.\n\n>>> 1 + 1\n2\n"""\n', encoding="utf-8")
    differ = folder / "differ.py"
    differ.write_text(textwrap.dedent('''\
        """Caption.

        >>> x = 3
        >>> x + 1  # comment #zh: 注释
        5
        >>> import os, signal
        >>> os.kill(os.getpid(), signal.SIGFPE)
        >>> "never reached"
        'never reached'
        """
        '''), encoding="utf-8")
    cuda = folder / "cuda.py"
    cuda.write_text('"""Caption.\n\n>>> 1\n"""\nREQUIRES = "cuda"\n', encoding="utf-8")
    needs = folder / "needs.py"
    needs.write_text('"""Caption.\n\n>>> import not_installed_anywhere.sub\n>>> 1\n1\n"""\n',
                     encoding="utf-8")
    paths = [str(p) for p in (agree, differ, cuda, needs)]
    return folder, record_releases.run_release(sys.executable, paths)


def test_runner_reports_output_verdict_and_crash(sample):
    folder, document = sample
    tests = document["tests"]
    agree, differ = tests[(folder / "agree.py").as_posix()], tests[(folder / "differ.py").as_posix()]
    assert [e["ok"] for e in agree["examples"]] == [True]
    assert [(e["source"], e["got"], e["ok"]) for e in differ["examples"]] == [
        ("x = 3\n", "", True),
        ("x + 1  # comment #zh: 注释\n", "4\n", False),
        ("import os, signal\n", "", True),
    ]
    assert differ["crash"] == {"signal": "SIGFPE", "index": 3,
                               "source": "os.kill(os.getpid(), signal.SIGFPE)\n", "want": ""}
    assert (folder / "cuda.py").as_posix() not in tests, "CUDA snippets do not run here"


def test_recorder_keeps_only_differences_and_the_crash(sample):
    folder, document = sample
    found = record_releases.differences(document)
    assert list(found) == [(folder / "differ.py").as_posix()]
    assert record_releases.not_compared(document) == {
        (folder / "needs.py").as_posix(): "not_installed_anywhere"
    }, "a package the release's venv lacks is not a difference between releases"
    entry = found[(folder / "differ.py").as_posix()]
    assert entry["examples"] == [{"source": "x + 1  # comment #zh: 注释\n", "want": "5\n", "got": "4\n"}]
    assert entry["crash"]["signal"] == "SIGFPE"


def test_current_examples_follow_the_file(sample, tmp_path):
    folder, _ = sample
    assert release_runner.current_examples((folder / "agree.py").as_posix()) == [("1 + 1\n", "2\n")]
    assert release_runner.current_examples((tmp_path / "gone.py").as_posix()) is None
    from torchnotes.registry import TOPICS

    helper = TOPICS["clamp"].load_helper()
    key = f"{release_runner.relative(Path(inspect.getsourcefile(helper)))}::{helper.__qualname__}"
    examples = release_runner.current_examples(key)
    assert examples and all(">>>" not in source for source, _ in examples)


def test_requires_marker(tmp_path):
    cases = {
        '"""Caption.\n\n>>> 1\n1\n"""\n': None,
        '"""Caption.\n\n>>> 1\n"""\nREQUIRES = "cuda"\n': "cuda",
    }
    for text, expected in cases.items():
        path = tmp_path / "s.py"
        path.write_text(text, encoding="utf-8")
        assert release_runner.requires(path) == expected
    for bad in ('"""Caption."""\n\nREQUIRES = "cuda"\n',       # not the next line
                '"""Caption."""\nimport os\nREQUIRES = "cuda"\n',  # not the next statement
                '"""Caption."""\nREQUIRES = "tpu"\n'):           # unknown requirement
        path = tmp_path / "s.py"
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(ValueError, match="REQUIRES"):
            release_runner.requires(path)


# --------------------------------------------------------------------------- the page box


@pytest.fixture
def fake_records(tmp_path, monkeypatch):
    """``records/`` replaced by one record with a differing example and a crash."""
    record = {
        "torch": "2.11.0+cu130", "python": "3.12.3", "reference_torch": "2.14.1",
        "differences": {"snippets/demo/crash.py": {
            "path": "snippets/demo/crash.py",
            "examples": [{"source": "x.grad  # at a bound #zh: 在边界上\n",
                          "want": "tensor([0.])\n", "got": "tensor([1.])\n"}],
            "crash": {"signal": "SIGFPE", "source": "torch.arange(0, 5, 0.5, dtype=torch.int64)\n",
                      "want": "tensor([0, 0])\n"},
        }},
    }
    (tmp_path / "torch-2.11.0.json").write_text(json.dumps(record), encoding="utf-8")
    monkeypatch.setattr(records, "RECORDS", tmp_path)
    return record


def test_release_box_shows_both_outputs_with_their_versions(fake_records):
    zh = records.release_box("snippets/demo/crash.py", "zh")
    en = records.release_box("snippets/demo/crash.py", "en")
    assert zh.startswith('!!! info "版本差异"') and en.startswith('!!! info "Differs across releases"')
    assert '```pycon title="torch 2.14.1（本页）"' in zh and '```pycon title="torch 2.11.0"' in zh
    assert '```pycon title="torch 2.14.1 (this page)"' in en
    assert "进程被信号 SIGFPE 终止" in zh and "killed by signal SIGFPE" in en
    # this page's block: source and want; the other release's: source and got, then the crash line
    assert ">>> x.grad  # at a bound #zh: 在边界上\n    tensor([0.])" in en
    assert ">>> x.grad  # at a bound #zh: 在边界上\n    tensor([1.])" in en
    assert ">>> torch.arange(0, 5, 0.5, dtype=torch.int64)\n    tensor([0, 0])" in en
    assert all(line.startswith("    ") or not line for line in en.splitlines()[1:])
    assert records.release_box("snippets/demo/other.py", "en") == ""


def test_real_boxes_exist_for_the_recorded_snippets():
    for path in stored_records():
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in data["differences"]:
            if key.startswith("snippets/") and "::" not in key:
                for lang in ("zh", "en"):
                    assert records.release_box(key, lang), (key, lang)
