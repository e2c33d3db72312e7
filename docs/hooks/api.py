"""API blocks of both languages, rendered by our own Python (no renderer plugin).

``::: torchnotes.indexing.gather`` on a page becomes the helper's signature, summary,
parameters, return value, exceptions, examples and source. The English text is the
docstring (Google style, parsed with griffe, the parser mkdocstrings uses); the Chinese
text comes from ``docs/api/zh/<group>.toml``. Signatures, defaults, types and examples
come from the code, so both languages show the same facts.

Comments in examples follow the snippet convention ``# English #zh: 中文`` and are shown
in the page's language (:func:`torchnotes.registry.localize_comments`).

Nothing here imports MkDocs: the hook only calls :func:`render_directive`.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import re
import textwrap
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from torchnotes.registry import localize_comments

ROOT = Path(__file__).resolve().parents[2]
API_ZH = ROOT / "docs" / "api" / "zh"
DIRECTIVE = re.compile(r"^::: (?P<path>torchnotes(?:\.\w+)+)[ \t]*$", re.M)

LABELS = {
    "zh": {"params": "参数", "name": "参数名", "type": "类型", "desc": "说明", "default": "默认值",
           "returns": "返回", "raises": "异常", "when": "何时抛出", "examples": "示例",
           "source": "源代码", "required": "必填", "methods": "方法"},
    "en": {"params": "Parameters", "name": "Name", "type": "Type", "desc": "Description",
           "default": "Default", "returns": "Returns", "raises": "Raises", "when": "When",
           "examples": "Examples", "source": "Source code", "required": "required",
           "methods": "Methods"},
}



class ApiError(Exception):
    """A directive that cannot be rendered (unknown object, missing or stale zh text)."""


def resolve(path: str) -> Any:
    """Import ``torchnotes.<group>.<name>[.<attr>]`` and return the object.

    An attribute wins over a submodule of the same name, as ``from x import y`` does.
    """
    parts = path.split(".")
    obj: Any = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], start=1):
        if hasattr(obj, part):
            obj = getattr(obj, part)
            continue
        try:
            obj = importlib.import_module(".".join(parts[: i + 1]))
        except ModuleNotFoundError:
            raise ApiError(f"::: {path}: {part!r} not found") from None
    return obj


def zh_key(path: str) -> tuple[str, str]:
    """(group, table name) of a public path: ``torchnotes.data.Vocab.encode`` -> ("data", "Vocab.encode")."""
    parts = path.split(".")
    return parts[1], ".".join(parts[2:])


@cache
def zh_texts(group: str) -> dict[str, Any]:
    file = API_ZH / f"{group}.toml"
    if not file.is_file():
        return {}
    with file.open("rb") as handle:
        return tomllib.load(handle)


@cache
def parse_docstring(doc: str) -> dict[str, Any]:
    """Sections of a Google-style docstring: summary, description, args, returns, raises, examples."""
    from griffe import Docstring

    logging.getLogger("griffe").setLevel(logging.ERROR)  # "no type annotation": types come from the signature
    out: dict[str, Any] = {"summary": "", "description": "", "args": {}, "returns": None,
                           "raises": {}, "examples": []}
    texts = []
    for section in Docstring(doc, parser="google").parse():
        kind = section.kind.value
        if kind == "text":
            texts.append(section.value)
        elif kind == "parameters":
            out["args"] = {p.name: p.description for p in section.value}
        elif kind == "returns":
            out["returns"] = " ".join(r.description for r in section.value)
        elif kind == "raises":
            out["raises"] = {r.annotation if isinstance(r.annotation, str) else str(r.annotation): r.description
                             for r in section.value}
        elif kind == "examples":
            out["examples"].extend(value for _, value in section.value)
    text = "\n\n".join(texts).strip()
    out["summary"], _, out["description"] = (s.strip() for s in text.partition("\n\n"))
    return out


def _signature_target(obj: Any) -> Any:
    return obj.__init__ if inspect.isclass(obj) else obj


def parameters(obj: Any) -> list[inspect.Parameter]:
    params = list(inspect.signature(_signature_target(obj)).parameters.values())
    if params and params[0].name in ("self", "cls") and (inspect.isclass(obj) or "." in obj.__qualname__):
        params = params[1:]
    return params


class _Named:
    """A default shown by its name: ``<function mse_loss at 0x7f…>`` would change every build."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def shown_default(value: Any) -> Any:
    """A default as a reader would write it: functions and classes by their dotted name.

    >>> import torch.nn.functional as F
    >>> shown_default(F.mse_loss), shown_default(0.5)
    (torch.nn.functional.mse_loss, 0.5)
    """
    if inspect.isroutine(value) or inspect.isclass(value):
        module = getattr(value, "__module__", None)
        qualname = getattr(value, "__qualname__", getattr(value, "__name__", "?"))
        return _Named(f"{module}.{qualname}" if module else qualname)
    return value


def signature_text(name: str, obj: Any) -> str:
    sig = inspect.signature(_signature_target(obj))
    params = [p if p.default is p.empty else p.replace(default=shown_default(p.default))
              for p in sig.parameters.values()]
    if params and params[0].name in ("self", "cls"):
        params = params[1:]
    sig = sig.replace(parameters=params)
    if inspect.isclass(obj):
        sig = sig.replace(return_annotation=inspect.Signature.empty)
    text = f"{name}{sig}"
    if len(text) > 88:
        # one parameter per line, keeping the "*" and "/" markers str(signature) writes
        inner, _, ret = str(sig)[1:].rpartition(")")
        parts, depth, start = [], 0, 0
        for i, char in enumerate(inner):
            depth += char in "([{" and 1 or char in ")]}" and -1 or 0
            if char == "," and depth == 0:
                parts.append(inner[start:i].strip())
                start = i + 1
        parts.append(inner[start:].strip())
        text = f"{name}(\n" + "".join(f"    {part},\n" for part in parts if part) + f"){ret}"
    return text.replace("'", "")


def texts_for(path: str, obj: Any, lang: str) -> dict[str, Any]:
    """The prose of ``obj`` in ``lang``: the docstring, or its zh table checked against it."""
    doc = parse_docstring(inspect.getdoc(obj) or "")
    if lang == "en":
        return doc
    group, key = zh_key(path)
    table = zh_texts(group).get(key)
    if table is None:
        raise ApiError(f"::: {path}: no [{key}] table in docs/api/zh/{group}.toml")
    problems = zh_mismatches(path, obj, table)
    if problems:
        raise ApiError(f"::: {path}: docs/api/zh/{group}.toml [{key}] is out of step: " + "; ".join(problems))
    return {
        "summary": table.get("summary", ""), "description": table.get("description", ""),
        "args": table.get("args", {}), "returns": table.get("returns"),
        "raises": table.get("raises", {}), "examples": doc["examples"],
    }


def zh_mismatches(path: str, obj: Any, table: dict[str, Any]) -> list[str]:
    """What differs between a zh table and the code/docstring it translates (empty when in step)."""
    doc = parse_docstring(inspect.getdoc(obj) or "")
    problems = []
    names = [p.name for p in parameters(obj)]
    if list(table.get("args", {})) != names:
        problems.append(f"args {list(table.get('args', {}))} != signature {names}")
    if sorted(table.get("raises", {})) != sorted(doc["raises"]):
        problems.append(f"raises {sorted(table.get('raises', {}))} != docstring {sorted(doc['raises'])}")
    if bool(table.get("returns")) != bool(doc["returns"]):
        problems.append("returns present in one and not the other")
    if bool(table.get("description")) != bool(doc["description"]):
        problems.append("description present in one and not the other")
    if not table.get("summary"):
        problems.append("summary missing")
    extra = set(table) - {"summary", "description", "args", "returns", "raises"}
    if extra:
        problems.append(f"unknown keys {sorted(extra)}")
    return problems


def _md(text: str) -> str:
    """Docstring reST-isms to Markdown: ``code`` and :func:`name` -> `code`.

    >>> _md("see :func:`adamw` and ``x``")
    'see `adamw` and `x`'
    """
    text = re.sub(r":(?:func|meth|class|mod|attr|data|obj|exc):`~?([^`]+)`", r"``\1``", text)
    text = re.sub(r"``([^`]+)``", r"`\1`", text)
    return text


def _cell(text: str) -> str:
    return _md(text).replace("\n", " ").replace("|", "\\|")


def _type_text(param: inspect.Parameter) -> str:
    if param.annotation is inspect.Parameter.empty:
        return ""
    ann = param.annotation if isinstance(param.annotation, str) else inspect.formatannotation(param.annotation)
    return f"`{ann}`"


def _default_text(param: inspect.Parameter, t: dict[str, str]) -> str:
    if param.kind is inspect.Parameter.VAR_POSITIONAL:
        return ""
    if param.default is inspect.Parameter.empty:
        return t["required"]
    return f"`{shown_default(param.default)!r}`"


def render_object(path: str, lang: str, level: int = 3) -> str:
    """Markdown for one public object; classes also render their documented public methods."""
    obj = resolve(path)
    t = LABELS[lang]
    text = texts_for(path, obj, lang)
    name = path.rsplit(".", 1)[-1] if level == 3 else ".".join(path.split(".")[-2:])
    # Search finds a helper by its name, summary and description; the signature, tables,
    # examples and source are reference material kept out of the index (it is fetched by
    # every page, so it must not grow with each helper's details).
    parts = [
        f'{"#" * level} `{name}` {{ #{path} .tn-api-name }}',
        f'<div class="tn-signature" data-search-exclude markdown>\n\n```python\n{signature_text(name, obj)}\n```\n\n</div>',
        _md(text["summary"]),
    ]
    details: list[str] = []
    if text["description"]:
        details.append(_md(text["description"]))
    params = parameters(obj)
    if params:
        rows = [f"| {t['name']} | {t['type']} | {t['desc']} | {t['default']} |", "|---|---|---|---|"]
        for p in params:
            prefix = "*" if p.kind is inspect.Parameter.VAR_POSITIONAL else "**" if p.kind is inspect.Parameter.VAR_KEYWORD else ""
            rows.append(f"| `{prefix}{p.name}` | {_type_text(p)} | {_cell(text['args'].get(p.name, ''))} | {_default_text(p, t)} |")
        details.append(f"**{t['params']}**\n\n" + "\n".join(rows))
    if text["returns"]:
        details.append(f"**{t['returns']}**: {_md(text['returns'])}")
    if text["raises"]:
        rows = [f"| {t['raises']} | {t['when']} |", "|---|---|"]
        rows += [f"| `{kind}` | {_cell(desc)} |" for kind, desc in text["raises"].items()]
        details.append("\n".join(rows))
    if text["examples"]:
        body = "\n".join(localize_comments(e.strip("\n"), lang) for e in text["examples"])
        details.append(f"**{t['examples']}**\n\n```pycon\n{body}\n```")
    if details:
        parts.append('<div class="tn-details" data-search-exclude markdown>\n\n' + "\n\n".join(details) + "\n\n</div>")
    if level == 3:
        try:
            source = textwrap.dedent(inspect.getsource(obj)).rstrip()
        except (OSError, TypeError):
            source = ""
        if source:
            parts.append(
                f'<details class="tn-source" markdown data-search-exclude>\n<summary>{t["source"]}</summary>\n\n'
                f"```python\n{localize_comments(source, lang)}\n```\n\n</details>"
            )
    if inspect.isclass(obj) and level == 3:
        for method in documented_methods(obj):
            parts.append(render_object(f"{path}.{method}", lang, level=4))
    return '<div class="tn-api" markdown>\n\n' + "\n\n".join(parts) + "\n\n</div>\n"


def documented_methods(cls: type) -> list[str]:
    """Public methods (and ``__getitem__``/``__call__``) defined on ``cls`` with a docstring."""
    names = []
    for name, member in vars(cls).items():
        if not inspect.isfunction(member) or not member.__doc__:
            continue
        if name.startswith("_") and name not in ("__getitem__", "__call__"):
            continue
        names.append(name)
    return names


def render_directive(markdown: str, lang: str) -> str:
    """Replace every ``::: path`` line of a page with its API block."""
    return DIRECTIVE.sub(lambda m: render_object(m.group("path"), lang), markdown)


def api_paths(markdown: str) -> list[str]:
    """The objects a page documents, methods of classes included."""
    paths = []
    for path in DIRECTIVE.findall(markdown):
        paths.append(path)
        obj = resolve(path)
        if inspect.isclass(obj):
            paths += [f"{path}.{m}" for m in documented_methods(obj)]
    return paths
