"""Every public helper of the package is exercised by a table of bad calls.

A new public function, class or method without a ``Bad(...)`` row in some test module's
``BAD_CALLS`` fails here, so "what does it do with a wrong argument?" is answered for each.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
from pathlib import Path

import torchnotes

TESTS = Path(__file__).resolve().parent
# Modules that are the package's plumbing, not helpers a reader calls.
NOT_HELPERS = {"torchnotes.registry", "torchnotes.catalogue", "torchnotes.cli", "torchnotes.__main__", "torchnotes.changes"}
# Methods torch.nn.Module/Dataset give every subclass; we only demand rows for our own.
DUNDERS_WITH_ARGS = {"__init__", "__getitem__", "__call__"}


def helper_modules():
    for info in pkgutil.walk_packages(torchnotes.__path__, "torchnotes."):
        name = info.name
        if name in NOT_HELPERS or any(part.startswith("_") for part in name.split(".")[1:]):
            continue
        yield importlib.import_module(name)


def public_objects() -> dict[str, object]:
    """qualname -> object for every public function, class and own method with arguments."""
    found: dict[str, object] = {}
    for module in helper_modules():
        names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for name in names:
            obj = getattr(module, name)
            home = getattr(obj, "__module__", "") or ""
            # our own objects only, and not the private argument checks they import
            if home.split(".")[0] != "torchnotes" or any(p.startswith("_") for p in home.split(".")):
                continue
            if inspect.isfunction(obj):
                found[obj.__qualname__] = obj
            elif inspect.isclass(obj):
                found[obj.__qualname__] = obj
                for attr, member in vars(obj).items():
                    if not inspect.isfunction(member) or attr == "__init__":
                        continue
                    if attr.startswith("_") and attr not in DUNDERS_WITH_ARGS:
                        continue
                    params = list(inspect.signature(member).parameters)[1:]
                    if params:  # a method without arguments cannot be called wrongly
                        found[member.__qualname__] = member
    return found


def bad_call_rows() -> dict[str, int]:
    """qualname -> number of Bad rows, over every test module's BAD_CALLS."""
    counts: dict[str, int] = {}
    for path in sorted(TESTS.glob("test_*.py")):
        spec = importlib.util.spec_from_file_location(f"_badcalls_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for case in getattr(module, "BAD_CALLS", []):
            counts[case.fn.__qualname__] = counts.get(case.fn.__qualname__, 0) + 1
    return counts


def test_every_public_helper_has_bad_call_rows():
    rows = bad_call_rows()
    missing = sorted(set(public_objects()) - set(rows))
    assert not missing, f"public helpers without a Bad(...) row in any BAD_CALLS: {missing}"


def test_introspection_sees_the_helpers():
    found = public_objects()
    assert "gather" in found and "Vocab" in found and "Vocab.decode" in found
