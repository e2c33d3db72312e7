"""The built wheel works on its own: installed outside the repository, the CLI shows and
runs a topic from the snippets and summaries packed into it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    # --no-isolation: the build runs with this environment's setuptools, offline and fast
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, text=True, cwd=work,
    )
    wheel = next(dist.glob("torchnotes-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, text=True)
    site = Path(subprocess.check_output(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    # torch and einops come from this environment, appended after the fresh site-packages,
    # so `import torchnotes` can only find the installed wheel (the checkout's editable
    # finder is a .pth hook that is not run for a path added this way).
    (site / "reuse_torch.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return wheel, py, work


def _run(py: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """The installed console script, as a user types it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    script = py.parent / "torchnotes"
    return subprocess.run([script, *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_wheel_carries_snippets_and_summaries(installed):
    wheel, _, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "torchnotes/_content/summaries.json" in names
    assert "torchnotes/_content/snippets/gather/basic.py" in names
    assert not any(n.startswith(("tests/", "docs/")) for n in names)


def test_installed_cli_shows_and_runs_a_topic(installed):
    _, py, work = installed
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.check_output([py, "-c", "import torchnotes; print(torchnotes.__file__)"],
                                    cwd=work, text=True, env=env)
    assert str(work / "venv") in where and str(ROOT) not in where, where
    shown = _run(py, work, "show", "gather", "--lang", "en")
    assert shown.returncode == 0, shown.stderr
    assert "torch.gather" in shown.stdout and "# snippets/gather/basic.py" in shown.stdout
    assert "Take values along dim" in shown.stdout, "the page summary travels in the wheel"
    ran = _run(py, work, "run", "gather")
    assert ran.returncode == 0, ran.stderr
    assert "tensor([[0.7000],\n        [0.5000]])" in ran.stdout
    listed = _run(py, work, "topics", "--json")
    assert '"snippets/gather/basic.py"' in listed.stdout
