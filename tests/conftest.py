"""Shared fixtures: hypothesis profile, a strict build of both sites, a local HTTP server."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
# Test modules share tests/badcalls.py; --import-mode=importlib puts no test folder on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Derandomized so that a red CI run is reproducible run to run; no deadline because the
# first call into torch can be slow on a loaded 2-core machine.
settings.register_profile("torchnotes", max_examples=60, deadline=None, derandomize=True)
settings.load_profile("torchnotes")


def build_site(dest: Path) -> dict[str, str]:
    """Build both languages strictly into ``dest`` (zh at the root, en under en/), as ``make site``.

    Returns the build log under the key "zh, en"; raises with the log if a build fails.
    """
    proc = subprocess.run(
        [sys.executable, "tools/build_site.py", "--verbose", "--site-dir", str(dest)],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    if proc.returncode:
        raise AssertionError(f"site build failed:\n{log}")
    return {"zh, en": log}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    dest = tmp_path_factory.mktemp("site")
    return dest, build_site(dest)


@pytest.fixture(scope="session")
def served_site(site):
    """The built site over HTTP on 127.0.0.1 (a free port)."""
    root, _ = site
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def pytest_collection_finish(session) -> None:
    """Start the second torch release's run in the background as soon as the suite knows it
    needs it (tests/test_releases.py): it then overlaps the rest of the suite."""
    if not any(item.nodeid.startswith("tests/test_releases.py") for item in session.items):
        return
    sys.path.insert(0, str(ROOT / "tools"))
    import record_releases

    sys.path.pop(0)
    if record_releases.OTHER_PYTHON.exists():
        session.config.other_release_run = record_releases.start_release(record_releases.OTHER_PYTHON)


def pytest_unconfigure(config) -> None:
    run = getattr(config, "other_release_run", None)
    if run is not None and run.poll() is None:  # the session ended before the test used it
        run.kill()
        run.communicate()
