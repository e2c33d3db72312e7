"""Rewrite the expected output of doctest examples from a real run.

Nobody types doctest output by hand in this repository: write the ``>>>`` lines, run

    python tools/refresh_outputs.py snippets/<id>/*.py src/torchnotes/<module>.py

read the diff, and commit. ``pytest --doctest-modules`` then checks that the output
stays what torch prints. Only the docstrings' examples are touched.
"""

from __future__ import annotations

import doctest
import importlib
import sys
import traceback
import types
from pathlib import Path


class _Recorder(doctest.DocTestRunner):
    """A runner that remembers what each example really printed."""

    def __init__(self) -> None:
        super().__init__(optionflags=doctest.NORMALIZE_WHITESPACE)
        self.got: dict[int, str] = {}

    def report_success(self, out, test, example, got):
        self.got[id(example)] = _short_traceback(got)

    def report_failure(self, out, test, example, got):
        self.got[id(example)] = _short_traceback(got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        detail = "".join(traceback.format_exception_only(*exc_info[:2]))
        self.got[id(example)] = _short_traceback("Traceback (most recent call last):\n" + detail)


def _short_traceback(got: str) -> str:
    """Keep doctest's header, an ellipsis and the exception lines; drop the frames."""
    header = "Traceback (most recent call last):"
    if header not in got:
        return got
    tail = got.split(header, 1)[1].splitlines()[1:]
    detail = [line for line in tail if line and not line.startswith(" ")]
    first = tail.index(detail[0]) if detail else len(tail)
    return "\n".join([header, "    ...", *tail[first:]]) + "\n"


def refresh_file(path: Path) -> bool:
    """Refresh every docstring example in ``path``; return True when the file changed."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    finder = doctest.DocTestFinder(recurse=True)
    src = Path(__file__).resolve().parents[1] / "src"
    if src in path.resolve().parents:
        # a package module: import it under its real dotted name
        parts = path.resolve().relative_to(src).with_suffix("").parts
        module = importlib.import_module(".".join(parts))
    else:
        # Functions must live in the module's own __dict__ or DocTestFinder skips them;
        # a unique name in sys.modules keeps dataclasses/pickling working without
        # shadowing a real module.
        module = types.ModuleType(f"_refresh_{path.stem.replace('-', '_')}")
        module.__file__ = str(path)
        sys.modules[module.__name__] = module
        exec(compile(text, str(path), "exec"), module.__dict__)  # noqa: S102 - our own files
    module_name = module.__name__
    namespace = module.__dict__
    tests = finder.find(module, module_name, globs=dict(namespace))
    edits: list[tuple[int, int, list[str]]] = []
    for test in tests:
        if test.lineno is None or not test.examples:
            continue
        runner = _Recorder()
        runner.run(test, out=lambda _s: None, clear_globs=False)
        for ex in test.examples:
            got = runner.got.get(id(ex), "")
            first = test.lineno + ex.lineno + len(ex.source.splitlines())
            old_count = len(ex.want.splitlines())
            indent = " " * ex.indent
            # a blank line would end the expected output for doctest: it is <BLANKLINE>
            new = [indent + (g or "<BLANKLINE>") + "\n" for g in got.splitlines()]
            edits.append((first, first + old_count, new))
    for start, stop, new in sorted(edits, reverse=True):
        lines[start:stop] = new
    new_text = "".join(lines)
    if new_text != text:
        path.write_text(new_text, encoding="utf-8")
        return True
    return False


def _needs_missing_cuda(path: Path) -> bool:
    """A ``REQUIRES = "cuda"`` snippet on a machine without a GPU: its output would be a
    CPU traceback, never what the page should show."""
    if 'REQUIRES = "cuda"' not in path.read_text(encoding="utf-8"):
        return False
    import torch

    return not torch.cuda.is_available()


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for name in argv:
        if _needs_missing_cuda(Path(name)):
            print(f"skipped (needs CUDA; record it on a GPU with tools/record_cuda.py): {name}")
            continue
        changed = refresh_file(Path(name))
        print(f"{'updated' if changed else 'unchanged'}: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
