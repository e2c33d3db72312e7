"""The documented topics, built from the rows of :mod:`torchnotes.catalogue`.

Everything that enumerates topics (the CLI, the site's index pages, the coverage tests)
reads :data:`TOPICS`. Ids are the stable ids of the topic catalogue and double as file
and page names:

* snippets live in ``snippets/<id>/*.py`` (doctest files, embedded verbatim in the pages),
* pages live in ``docs/zh/<group>/<id>.md`` and ``docs/en/<group>/<id>.md``,
* the one-line summary of a page is its ``description`` front matter.

>>> TOPICS["gather"].helper
'torchnotes.indexing.gather'
>>> TOPICS["gather"].pages["en"]
'docs/en/indexing/gather.md'
"""

from __future__ import annotations

import ast
import difflib
import functools
import importlib
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from torchnotes.catalogue import GROUPS, TOPIC_ROWS

#: Repository root when running from a checkout (``src/torchnotes/registry.py`` -> ``../..``).
REPO_ROOT = Path(__file__).resolve().parents[2]

#: Where snippets and page summaries are read from: the checkout, or, in an installed
#: wheel, the copy that ``setup.py`` packs into ``torchnotes/_content``.
_PACKED = Path(__file__).resolve().parent / "_content"
CONTENT_ROOT = _PACKED if (_PACKED / "summaries.json").is_file() else REPO_ROOT

LANGS = ("zh", "en")


@dataclass(frozen=True)
class Topic:
    """One documented topic: an API, the helper that explains it, its pages and snippets."""

    id: str
    group: str
    api: str
    helper: str
    docs: str

    @property
    def pages(self) -> dict[str, str]:
        """Markdown sources per language, relative to the repository root."""
        return {lang: f"docs/{lang}/{self.group}/{self.id}.md" for lang in LANGS}

    @property
    def snippets(self) -> list[str]:
        """Snippet files of the topic, relative to the repository root (sorted)."""
        folder = CONTENT_ROOT / "snippets" / self.id
        return sorted(p.relative_to(CONTENT_ROOT).as_posix() for p in folder.glob("*.py"))

    def summary(self, lang: str) -> str:
        """The page's one-line ``description`` (front matter) in ``lang``."""
        if CONTENT_ROOT is _PACKED:
            return _packed_summaries()[self.id][lang]
        meta = front_matter((REPO_ROOT / self.pages[lang]).read_text(encoding="utf-8"))
        return str(meta.get("description", ""))

    def load_helper(self) -> Any:
        """Import and return the helper object named by :attr:`helper`."""
        module, _, name = self.helper.rpartition(".")
        return getattr(importlib.import_module(module), name)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "api": self.api,
            "helper": self.helper,
            "snippets": self.snippets,
            "pages": self.pages,
        }


@functools.cache
def _packed_summaries() -> dict[str, dict[str, str]]:
    return json.loads((_PACKED / "summaries.json").read_text(encoding="utf-8"))


def summaries() -> dict[str, dict[str, str]]:
    """Every topic's one-line summary per language (what ``setup.py`` packs into the wheel)."""
    return {t.id: {lang: t.summary(lang) for lang in LANGS} for t in TOPICS.values()}


#: What a snippet may require, set by ``REQUIRES = ...`` right after its docstring: a GPU
#: (``"cuda"``: output recorded on one), or no GPU (``"no-cuda"``: it shows the CPU-only
#: behaviour, such as ``torch.cuda.is_available()`` being False).
REQUIREMENTS = ("cuda", "no-cuda")


def snippet_requires(path: str | Path) -> str | None:
    """What a snippet needs beyond the CPU: ``"cuda"`` for ``REQUIRES = "cuda"``, else None.

    The marker is the statement right after the module docstring; anywhere else it is a
    mistake that would silently run the file everywhere, so it raises ``ValueError``.

    >>> snippet_requires("snippets/gather/basic.py") is None
    True
    """
    tree = ast.parse((CONTENT_ROOT / path).read_text(encoding="utf-8"))
    for position, node in enumerate(tree.body):
        if not (isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "REQUIRES" for t in node.targets)):
            continue
        first = tree.body[0] if tree.body else None
        after_docstring = (
            position == 1
            and isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
            and node.lineno == first.end_lineno + 1
        )
        value = node.value.value if isinstance(node.value, ast.Constant) else None
        if not after_docstring or value not in REQUIREMENTS or len(node.targets) != 1:
            raise ValueError(
                f"{path}: REQUIRES must be assigned one of {REQUIREMENTS} on the line right "
                f'after the module docstring, e.g. REQUIRES = "cuda"'
            )
        return value
    return None


#: A comment with its Chinese half: ``# English words #zh: 中文``; the English part holds no "#".
_ZH_COMMENT = re.compile(r"(?P<lead>[ \t]*)#(?P<en>[^#\n]*?)[ \t]*#zh:[ \t]*(?P<zh>[^\n]*)$")


def localize_comments(code: str, lang: str) -> str:
    """Keep the comment half of ``lang`` in every ``# English #zh: 中文`` comment.

    >>> line = ">>> f(x)  # index needs 2 dims #zh: index 需要两维"
    >>> localize_comments(line, "en")
    '>>> f(x)  # index needs 2 dims'
    >>> localize_comments(line, "zh")
    '>>> f(x)  # index 需要两维'
    """
    def one(match: re.Match) -> str:
        text = match.group("zh") if lang == "zh" else match.group("en").strip()
        return f"{match.group('lead')}# {text}"

    return "\n".join(_ZH_COMMENT.sub(one, line) for line in code.split("\n"))


def prompted(source: str) -> str:
    """An example's source as the REPL shows it: ``>>>`` on the first line, ``...`` after.

    >>> prompted("for i in range(2):\\n    print(i)\\n").splitlines()
    ['>>> for i in range(2):', '...     print(i)']
    """
    first, *rest = source.rstrip("\n").split("\n")
    return "\n".join([f">>> {first}", *(f"... {line}" for line in rest)])


def snippet_examples(path: str, lang: str | None = None) -> str:
    """The doctest examples of a snippet file: its module docstring after the caption line.

    Pages and ``torchnotes show`` print exactly this text, so what readers see is what
    doctest checked; with ``lang`` the comments are shown in that language only.
    """
    source = (CONTENT_ROOT / path).read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source), clean=False)
    if not doc or ">>>" not in doc:
        raise ValueError(f"snippet {path!r} has no doctest examples in its module docstring")
    examples = textwrap.dedent(doc.split("\n\n", 1)[-1]).strip("\n")
    return localize_comments(examples, lang) if lang else examples


def front_matter(markdown: str) -> dict[str, str]:
    """Parse the flat ``key: value`` YAML front matter that pages use.

    >>> front_matter("---\\ndescription: Picks values\\n---\\n# Title\\n")
    {'description': 'Picks values'}
    >>> front_matter("# no front matter")
    {}
    """
    if not markdown.startswith("---\n"):
        return {}
    head, sep, _ = markdown[4:].partition("\n---\n")
    if not sep:
        return {}
    meta = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if colon:
            meta[key.strip()] = value.strip().strip("\"'")
    return meta


_ALL = [Topic(*row) for row in TOPIC_ROWS]

#: Topics by id, in reading order (group order, then listing order).
TOPICS: dict[str, Topic] = {
    t.id: t for t in sorted(_ALL, key=lambda t: list(GROUPS).index(t.group))
}


class UnknownTopic(KeyError):
    """Raised for an id that is not in :data:`TOPICS`; the message suggests close matches."""

    def __str__(self) -> str:
        return str(self.args[0])


def get(topic_id: str) -> Topic:
    """Return the topic ``topic_id`` or raise :class:`UnknownTopic` naming close matches.

    >>> get("gahter")
    Traceback (most recent call last):
        ...
    torchnotes.registry.UnknownTopic: unknown topic 'gahter'; did you mean 'gather'?
    """
    try:
        return TOPICS[topic_id]
    except KeyError:
        # "mean" should find "mean-std-var": whole id components first, then spelling
        parts = [t for t in TOPICS if topic_id in t.split("-")]
        close = parts + difflib.get_close_matches(topic_id, list(TOPICS), n=3, cutoff=0.7)
        close = list(dict.fromkeys(close))[:3]
        hint = "; did you mean " + " or ".join(repr(c) for c in close) + "?" if close else ""
        raise UnknownTopic(f"unknown topic {topic_id!r}{hint}") from None


def by_group() -> dict[str, list[Topic]]:
    """Topics grouped by group id, groups in :data:`GROUPS` order, empty groups left out."""
    groups: dict[str, list[Topic]] = {}
    for topic in TOPICS.values():
        groups.setdefault(topic.group, []).append(topic)
    return {g: groups[g] for g in GROUPS if g in groups}
