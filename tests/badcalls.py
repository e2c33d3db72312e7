"""Tables of bad calls: what a hostile caller must get from every public helper.

Each test module lists its cases in a module-level ``BAD_CALLS`` list and runs them with
:func:`check`; ``tests/test_public_api.py`` collects every ``BAD_CALLS`` of every test
module and fails when a public function, class or method of ``torchnotes`` has none.

>>> import torch
>>> from torchnotes.indexing import gather
>>> case = Bad(gather, (torch.ones(2), 0.5, torch.zeros(1, dtype=torch.long)), TypeError, "dim")
>>> case.id
'gather-TypeError-dim'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest


@dataclass
class Bad:
    """One call that must raise ``error`` with a message matching ``match``.

    ``match`` is a regular expression searched in the message; it should name the argument
    and what it got (``r"dim must be an int, got float"``). ``fn`` is the public object
    itself: a function, a class (its constructor) or a method taken from the class
    (``Vocab.encode`` called with the instance as the first argument).
    """

    fn: Callable[..., Any]
    args: tuple = ()
    error: type[Exception] = TypeError
    match: str = ""
    kwargs: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def id(self) -> str:
        words = re.findall(r"[A-Za-z0-9_.]+", self.note or self.match)[:4]
        return "-".join([self.fn.__qualname__, self.error.__name__, *words])


def check(case: Bad) -> None:
    """Run ``case``; the error must be exactly ``case.error`` (not a subclass such as IndexError)."""
    assert case.error in (TypeError, ValueError), "helpers raise TypeError or ValueError only"
    with pytest.raises(Exception) as info:
        case.fn(*case.args, **case.kwargs)
    assert type(info.value) is case.error, (
        f"{case.id}: expected {case.error.__name__}, got {type(info.value).__name__}: {info.value}"
    )
    assert re.search(case.match, str(info.value)), f"{case.id}: {info.value!r} !~ {case.match!r}"


def params(cases: list[Bad]):
    """``pytest.mark.parametrize`` arguments for a table of cases, with readable ids."""
    return pytest.mark.parametrize("case", cases, ids=[c.id for c in cases])
