"""Run every snippet and helper doctest under this interpreter's torch; print what each example printed.

    .venv-2.13/bin/python tools/release_runner.py [--jobs N] [--out FILE] [PATH ...]

Plain Python, no pytest and no installed torchnotes (``src/`` is put on ``sys.path``), so it
runs under any torch release. Without paths it runs every ``snippets/*/*.py`` file (except
those marked ``REQUIRES = "cuda"``) and every doctest in the ``torchnotes`` package; with
paths, only those files (snippet files, or modules under ``src/torchnotes``).

The parent imports torch but runs no torch operation; each snippet file and each helper
docstring runs in a forked child, so a release that kills the interpreter (a signal such as
SIGFPE) loses one file, not the run, and every file starts from the same fresh state. A child
streams one JSON line per example through a pipe; the parent prints one JSON document::

    {"torch": "2.13.0+cpu", "python": "3.11.7", "numpy": "2.4.6",
     "tests": {"snippets/clamp/gradient.py": {
         "path": "snippets/clamp/gradient.py",
         "examples": [{"source": ..., "want": ..., "got": ..., "ok": true}, ...],
         "crash": null,     # or {"signal": "SIGFPE", "index": 7, "source": ..., "want": ...}
         "error": null}}}   # or the short traceback of a file that fails before its examples

A test's key is its file's path relative to the repository, followed by ``::`` and the
object's qualified name for a docstring other than the module's
(``src/torchnotes/math.py::clamp``). ``got`` is written the way ``tools/refresh_outputs.py``
writes outputs (a traceback shortened to its header, ``...`` and the exception); ``ok`` is
doctest's own verdict with ``NORMALIZE_WHITESPACE``, as pytest is configured.
"""

from __future__ import annotations

import argparse
import ast
import doctest
import importlib
import importlib.util
import json
import os
import pkgutil
import platform
import selectors
import signal
import sys
import time
import types
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
TOOLS = ROOT / "tools"
#: Values of ``REQUIRES`` that the runner, the test suite and the site understand.

#: A child that runs longer than this is killed and reported as a timeout, never a hang.
TIMEOUT_S = 300


def requires(path: str | Path) -> str | None:
    """What a snippet file needs to run (:func:`torchnotes.registry.snippet_requires`)."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    from torchnotes.registry import snippet_requires

    return snippet_requires(Path(path).resolve())


def example_sources(path: str | Path) -> list[str]:
    """The source of each doctest example in a snippet file's module docstring, in order.

    This is the "code" a GPU record is made for (``tools/record_cuda.py``): a record whose
    list differs from the file's is stale.
    """
    docstring = ast.get_docstring(ast.parse(Path(path).read_text(encoding="utf-8")), clean=False)
    return [example.source for example in doctest.DocTestParser().get_examples(docstring or "")]


def relative(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it, else absolute."""
    path = path.resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def test_key(path: str, module_name: str, test_name: str) -> str:
    """``path`` for a module docstring, ``path::Qualified.name`` for any other docstring."""
    if test_name == module_name:
        return path
    return f"{path}::{test_name.removeprefix(module_name + '.')}"


@dataclass
class Job:
    """One child's work: a snippet file (executed in the child) or one package docstring."""

    path: str
    test: doctest.DocTest | None = None  # None: a snippet file, executed by the child
    key: str = ""
    error: str | None = None  # the module failed to import: nothing to run


def runs_without_gpu(path: Path) -> bool:
    """False for a CUDA snippet; True otherwise, also for a file that does not parse (its
    child then reports the error for that file alone)."""
    try:
        return requires(path) is None
    except SyntaxError:
        return True


def snippet_paths() -> list[Path]:
    """Every snippet file that runs without a GPU, sorted."""
    return sorted(p for p in (ROOT / "snippets").glob("*/*.py") if runs_without_gpu(p))


def package_modules() -> list[str]:
    """Dotted names of every ``torchnotes`` module (``__main__`` runs the CLI on import)."""
    import torchnotes

    names = ["torchnotes"]
    for info in pkgutil.walk_packages(torchnotes.__path__, "torchnotes."):
        if not info.name.endswith(".__main__"):
            names.append(info.name)
    return sorted(names)


def package_jobs(module_names: list[str]) -> list[Job]:
    """One job per docstring with examples; importing the modules runs no torch operation."""
    finder = doctest.DocTestFinder(recurse=True)
    jobs = []
    for name in module_names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # e.g. a dependency this release's venv lacks: say so
            origin = importlib.util.find_spec(name).origin
            path = relative(Path(origin))
            jobs.append(Job(path, key=path, error=_short_error(exc)))
            continue
        path = relative(Path(module.__file__))
        for test in finder.find(module, name):
            if test.examples:
                jobs.append(Job(path, test, test_key(path, name, test.name)))
    return jobs


def module_name_for(path: Path) -> str | None:
    """The dotted name of a file under ``src/``, or None for a snippet file."""
    path = path.resolve()
    if SRC not in path.parents:
        return None
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def current_examples(key: str) -> list[tuple[str, str]] | None:
    """(source, want) of each example of the test ``key`` in the files as they are now.

    None when the file or the docstring no longer exists. Imports the package module or
    executes the snippet file (module level only; no example runs).
    """
    path_text, _, name = key.partition("::")
    path = Path(path_text) if Path(path_text).is_absolute() else ROOT / path_text
    if not path.is_file():
        return None
    module_name = module_name_for(path)
    if module_name is not None:
        if str(SRC) not in sys.path:
            sys.path.insert(0, str(SRC))
        module = importlib.import_module(module_name)
    else:
        module_name = "_current_" + "".join(c if c.isalnum() else "_" for c in path_text)
        module = types.ModuleType(module_name)
        module.__file__ = str(path)
        sys.modules[module_name] = module
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), module.__dict__)  # noqa: S102
    for test in doctest.DocTestFinder(recurse=True).find(module, module_name):
        if test_key(path_text, module_name, test.name) == key:
            return [(e.source, e.want) for e in test.examples]
    return None


def plan(paths: list[str]) -> list[Job]:
    """The jobs for ``paths``, or for every snippet and package docstring when empty."""
    if not paths:
        # Longest files first (those that start worker processes are the long ones), so
        # that no slow file starts last and runs alone; the output is sorted anyway.
        snippets = sorted(snippet_paths(), key=lambda p: -p.stat().st_size)
        return [Job(relative(p)) for p in snippets] + package_jobs(package_modules())
    jobs: list[Job] = []
    modules: list[str] = []
    for name in paths:
        path = Path(name)
        module = module_name_for(path)
        if module is not None:
            modules.append(module)
        elif runs_without_gpu(path):
            jobs.append(Job(relative(path)))
    return jobs + package_jobs(modules)


def _streamer(send, key: str):
    """A doctest runner that sends each example's start and result down the pipe."""
    # Imported here, not at module level: importing this module (for ``requires``) must not
    # touch sys.path. refresh_outputs holds the one definition of what "got" looks like.
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    from refresh_outputs import _Recorder

    class _Streamer(_Recorder):
        """Sends each example's start and result down the pipe as it happens."""

        def __init__(self, send, key: str) -> None:
            super().__init__()
            self.send = send
            self.key = key
            self.index = 0

        def report_start(self, out, test, example):
            # by identity: two examples with the same text are still two examples
            self.index = next(i for i, e in enumerate(test.examples) if e is example)
            self.send({"event": "start", "key": self.key, "index": self.index,
                       "source": example.source, "want": example.want})

        def _done(self, example, ok: bool) -> None:
            self.send({"event": "done", "key": self.key, "index": self.index,
                       "source": example.source, "want": example.want,
                       "got": self.got[id(example)], "ok": ok})

        def report_success(self, out, test, example, got):
            super().report_success(out, test, example, got)
            self._done(example, True)

        def report_failure(self, out, test, example, got):
            super().report_failure(out, test, example, got)
            self._done(example, False)

        def report_unexpected_exception(self, out, test, example, exc_info):
            super().report_unexpected_exception(out, test, example, exc_info)
            self._done(example, False)

    return _Streamer(send, key)


def _short_error(exc: BaseException) -> str:
    import traceback

    detail = "".join(traceback.format_exception_only(type(exc), exc))
    return "Traceback (most recent call last):\n    ...\n" + detail


def _child(job: Job, write_fd: int) -> None:
    """Run the job's examples, streaming results; never returns."""
    stream = os.fdopen(write_fd, "w", encoding="utf-8")

    def send(message: dict) -> None:
        stream.write(json.dumps(message) + "\n")
        stream.flush()

    try:
        # Output written below Python (C++ prints, a crashing library) must not reach the
        # parent's stdout, which carries the JSON document.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        if job.test is not None:
            tests = [(job.key, job.test)]
        else:
            path = ROOT / job.path if not Path(job.path).is_absolute() else Path(job.path)
            name = "_snippet_" + "".join(c if c.isalnum() else "_" for c in job.path)
            module = types.ModuleType(name)
            module.__file__ = str(path)
            sys.modules[name] = module
            try:
                code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
                exec(code, module.__dict__)  # noqa: S102 - our own snippet files
            except Exception as exc:  # a file that fails before its examples: say so
                send({"event": "error", "key": job.path, "error": _short_error(exc)})
                return
            finder = doctest.DocTestFinder(recurse=True)
            tests = [(test_key(job.path, name, t.name), t)
                     for t in finder.find(module, name) if t.examples]
        for key, test in tests:
            send({"event": "test", "key": key, "path": job.path})
            runner = _streamer(send, key)
            runner.run(test, out=lambda _s: None)
    except BaseException as exc:  # noqa: BLE001 - reported, then the child ends
        send({"event": "error", "key": job.key or job.path, "error": _short_error(exc)})
    finally:
        stream.close()
        os._exit(0)


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


class _Running:
    def __init__(self, job: Job, pid: int, read_fd: int) -> None:
        self.job, self.pid, self.fd = job, pid, read_fd
        self.buffer = b""
        self.messages: list[dict] = []
        self.started = time.monotonic()
        self.timed_out = False


def _read(child: _Running) -> str:
    """Take what the child's pipe holds: ``"data"``, ``"eof"`` or ``"empty"`` (nothing now)."""
    try:
        chunk = os.read(child.fd, 1 << 16)
    except BlockingIOError:
        return "empty"
    if not chunk:
        return "eof"
    child.buffer += chunk
    *lines, child.buffer = child.buffer.split(b"\n")
    child.messages.extend(json.loads(line) for line in lines if line)
    return "data"


def run(jobs: list[Job], parallel: int) -> dict[str, dict]:
    """Run ``jobs`` in forked children, ``parallel`` at a time; the results by test key.

    A child is done at the end of its pipe, or when it has exited while a process it started
    (a DataLoader worker) still holds the pipe open. Each child leads its own process group,
    so a timeout kills what it started too.
    """
    results: dict[str, dict] = {}
    pending = list(reversed(jobs))
    running: dict[int, _Running] = {}
    selector = selectors.DefaultSelector()

    def finish(child: _Running, status: int | None = None) -> None:
        while _read(child) == "data":  # every message was flushed before the child exited
            pass
        selector.unregister(child.fd)
        os.close(child.fd)
        del running[child.fd]
        if status is None:
            _, status = os.waitpid(child.pid, 0)
        _collect(child, status, results)

    while pending or running:
        while pending and len(running) < parallel:
            job = pending.pop()
            if job.error is not None:
                results[job.key] = {"path": job.path, "examples": [], "crash": None,
                                    "error": job.error}
                continue
            read_fd, write_fd = os.pipe()
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                os.setpgid(0, 0)
                os.close(read_fd)
                for other in running.values():
                    os.close(other.fd)
                _child(job, write_fd)
            os.close(write_fd)
            os.set_blocking(read_fd, False)
            running[read_fd] = _Running(job, pid, read_fd)
            selector.register(read_fd, selectors.EVENT_READ)
        for key, _ in selector.select(timeout=0.5):
            child = running[key.fd]
            if _read(child) == "eof":
                finish(child)
        for child in list(running.values()):
            pid, status = os.waitpid(child.pid, os.WNOHANG)
            if pid:
                finish(child, status)
            elif not child.timed_out and time.monotonic() - child.started > TIMEOUT_S:
                child.timed_out = True
                os.killpg(child.pid, signal.SIGKILL)
    return results


def _collect(child: _Running, status: int, results: dict[str, dict]) -> None:
    """Turn a finished child's messages (and its exit status) into results."""
    last_start: dict | None = None
    for message in child.messages:
        key = message["key"]
        entry = results.setdefault(
            key, {"path": child.job.path, "examples": [], "crash": None, "error": None}
        )
        event = message["event"]
        if event == "start":
            last_start = message
        elif event == "done":
            last_start = None
            entry["examples"].append(
                {k: message[k] for k in ("source", "want", "got", "ok")}
            )
        elif event == "error":
            entry["error"] = message["error"]
    crash = None
    if child.timed_out:
        crash = f"timeout after {TIMEOUT_S} s"
    elif os.WIFSIGNALED(status):
        crash = _signal_name(os.WTERMSIG(status))
    elif os.WEXITSTATUS(status) != 0:
        crash = f"exit status {os.WEXITSTATUS(status)}"
    if crash is None:
        return
    key = last_start["key"] if last_start else (child.job.key or child.job.path)
    entry = results.setdefault(
        key, {"path": child.job.path, "examples": [], "crash": None, "error": None}
    )
    entry["crash"] = {
        "signal": crash,
        "index": last_start["index"] if last_start else None,
        "source": last_start["source"] if last_start else None,
        "want": last_start["want"] if last_start else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="snippet files or src/torchnotes modules")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)),
                        help="children at a time (default: the usable CPUs)")
    parser.add_argument("--out", help="write the JSON here instead of stdout")
    args = parser.parse_args(argv)
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    # Imported once here so that every child starts with torch loaded; no operation runs
    # before the forks (an initialised thread pool does not survive a fork).
    import numpy
    import torch

    jobs = plan(args.paths)
    results = run(jobs, max(1, args.jobs))
    document = {
        "torch": torch.__version__,
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "tests": {key: results[key] for key in sorted(results)},
    }
    text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
