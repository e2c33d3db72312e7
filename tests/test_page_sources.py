"""Rules on the page sources themselves: languages, terminology, prose about PyTorch only,
API text in step with the code, snippet comments in both languages."""

from __future__ import annotations

import csv
import functools
import doctest
import inspect
import io
import re
import sys
import tokenize
from pathlib import Path

import pytest

from torchnotes import registry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))
import api  # noqa: E402

sys.path.pop(0)

CJK = re.compile(r"[\u4e00-\u9fff]")
PAGES = sorted((ROOT / "docs").glob("[ze][hn]/**/*.md"))
GALLERY = sorted((ROOT / "docs" / "gallery").glob("*.py"))
SNIPPETS = sorted((ROOT / "snippets").glob("*/*.py"))

# Readers never saw our build machine, CI, test files or the notes the pages started from.
BUILD_TALK = re.compile(
    r"this machine|our machine|the build machine|\bCI\b|continuous integration|test_\w+\.py|"
    r"tests?/test_|monkeypatch|the (?:original )?notes (?:say|claim|describe|credit|introduce|feed|convert)|"
    r"original notes|本机|这台机器|构建机|持续集成|原笔记|原始笔记|笔记里|笔记中",
    re.I,
)


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _prose(markdown: str) -> str:
    """Markdown without code blocks, inline code, snippet marks and API directives."""
    text = re.sub(r"```.*?```", "", markdown, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    return re.sub(r"^\s*(\[\[.*?\]\]|::: .*)$", "", text, flags=re.M)


@pytest.mark.parametrize("path", PAGES + GALLERY, ids=_rel)
def test_reader_prose_is_about_pytorch(path):
    text = path.read_text(encoding="utf-8")
    if path.name == "contributing.md":
        pytest.skip("the contributing page is about how the project is built")
    found = BUILD_TALK.findall(text)
    assert not found, f"{_rel(path)} talks about the build or the notes: {found}"


def terms() -> list[dict[str, str]]:
    with (ROOT / "docs" / "terminology.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


AVOID = {v.strip(): row["zh"] for row in terms() for v in row["avoid"].split(",") if v.strip()}


def _comment_halves(source: str) -> list[tuple[str, str]]:
    """(english, chinese) halves of every comment in the examples of a docstring-bearing file."""
    halves = []
    for example in doctest.DocTestParser().get_examples(source):
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO(example.source).readline))
        except (tokenize.TokenError, SyntaxError):
            continue
        for token in tokens:
            if token.type == tokenize.COMMENT and not re.match(r"#\s*(doctest:|noqa|type:)", token.string):
                en, _, zh = token.string.partition("#zh:")
                halves.append((en.lstrip("#").strip(), zh.strip()))
    return halves


@functools.cache
def _zh_texts() -> dict[str, str]:
    """Every Chinese text a reader sees, by where it comes from."""
    out = {_rel(p): _prose(p.read_text(encoding="utf-8")) for p in PAGES if "/zh/" in _rel(p)}
    for toml in sorted((ROOT / "docs" / "api" / "zh").glob("*.toml")):
        out[_rel(toml)] = toml.read_text(encoding="utf-8")
    for path in SNIPPETS:
        out[_rel(path)] = "\n".join(zh for _, zh in _comment_halves(path.read_text(encoding="utf-8")))
    for path in GALLERY:
        text = path.read_text(encoding="utf-8")
        out[_rel(path)] = "\n".join(re.findall(r"^\[zh\]\n(.*?)(?=^\[en\])", text, flags=re.S | re.M))
    return out


def test_terminology_file_is_well_formed():
    rows = terms()
    assert {"索引", "步长", "副本", "页锁定内存"} <= {r["zh"] for r in rows}
    assert all(r["en"] and r["zh"] for r in rows)
    assert not set(AVOID) & {r["zh"] for r in rows}, "a preferred term is also listed as avoided"


@pytest.mark.parametrize("source", sorted(_zh_texts()))
def test_chinese_text_follows_the_terminology(source):
    text = _zh_texts()[source]
    found = {word: AVOID[word] for word in AVOID if word in text}
    assert not found, f"{source}: use the terminology file's terms instead of {found}"


@functools.cache
def _public_paths() -> list[str]:
    """Every object a page documents with ``:::``, methods of classes included."""
    paths = []
    for topic in registry.TOPICS.values():
        page = ROOT / topic.pages["en"]
        if not page.is_file():  # a missing page fails tests/test_topics.py, not collection here
            continue
        text = page.read_text(encoding="utf-8")
        try:
            paths += api.api_paths(text)
        except api.ApiError:  # reported by the test of that path, not at collection
            paths += api.DIRECTIVE.findall(text)
    return list(dict.fromkeys(paths))


@functools.cache
def _example_sources() -> dict[str, str]:
    out = {_rel(p): p.read_text(encoding="utf-8") for p in SNIPPETS}
    for path in _public_paths():
        try:
            out[path] = inspect.getdoc(api.resolve(path)) or ""
        except api.ApiError:
            out[path] = ""
    return out


@pytest.mark.parametrize("source", sorted(_example_sources()))
def test_every_example_comment_has_both_languages(source):
    for en, zh in _comment_halves(_example_sources()[source]):
        assert en and not CJK.search(en), f"{source}: comment needs an English half: {en!r}"
        assert CJK.search(zh), f"{source}: comment {en!r} needs its '#zh: 中文' half"


@pytest.mark.parametrize("script", GALLERY, ids=_rel)
def test_every_gallery_code_comment_has_both_languages(script):
    """Gallery code is written once; its comments carry both languages as snippets do."""
    from sphinx_gallery.py_source_parser import split_code_and_text_blocks

    _, blocks = split_code_and_text_blocks(str(script))
    for kind, content, _ in blocks:
        if kind != "code":
            continue
        for token in tokenize.generate_tokens(io.StringIO(content).readline):
            if token.type == tokenize.COMMENT and not re.match(r"#\s*(noqa|type:)", token.string):
                en, _, zh = token.string.partition("#zh:")
                assert en.strip("# ") and not CJK.search(en), f"{_rel(script)}: {token.string!r} needs an English half"
                assert CJK.search(zh), f"{_rel(script)}: comment {token.string!r} needs its '#zh: 中文' half"


@pytest.mark.parametrize("path", _public_paths())
def test_api_text_is_complete_and_in_step(path):
    obj = api.resolve(path)
    doc = api.parse_docstring(inspect.getdoc(obj) or "")
    assert doc["summary"], f"{path} needs a docstring summary"
    assert doc["examples"] or "." in path.split(".", 2)[2], f"{path} needs an Examples: section"
    leaked = [s for s in (doc["summary"], doc["description"]) if ">>>" in s]
    assert not leaked, f"{path}: doctest examples outside an Examples: section render as quotes"
    names = [p.name for p in api.parameters(obj)]
    assert list(doc["args"]) == names, f"{path}: Args: {list(doc['args'])} != signature {names}"
    group, key = api.zh_key(path)
    table = api.zh_texts(group).get(key)
    assert table is not None, f"docs/api/zh/{group}.toml has no [{key}] table"
    assert not api.zh_mismatches(path, obj, table)
    for field in ("summary", "description", "returns"):
        assert not table.get(field) or CJK.search(table[field]), f"{path}: zh {field} is not Chinese"
    for name, text in {**table.get("args", {}), **table.get("raises", {})}.items():
        assert CJK.search(text), f"{path}: zh text of {name} is not Chinese"


def test_zh_headings_carry_their_en_ids():
    from markdown.extensions.toc import slugify, unique

    heading = re.compile(r"^(#{1,6}) (.+?)(?:\s*\{[^}]*#([\w-]+)[^}]*\})?\s*$", re.M)

    def ids(text: str) -> list[str]:
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        used: set[str] = set()
        out = []
        for _, title, explicit in heading.findall(text):
            out.append(explicit or unique(slugify(title.replace("`", ""), "-"), used))
            used.add(out[-1])
        return out

    for en in sorted((ROOT / "docs" / "en").rglob("*.md")):
        zh = ROOT / "docs" / "zh" / en.relative_to(ROOT / "docs" / "en")
        en_ids, zh_ids = ids(en.read_text(encoding="utf-8")), ids(zh.read_text(encoding="utf-8"))
        assert zh_ids == en_ids, f"{_rel(zh)} heading ids differ from {_rel(en)}"
        assert all(re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", i) for i in en_ids), (_rel(en), en_ids)


@pytest.mark.parametrize("path", PAGES, ids=_rel)
def test_front_matter_is_valid_yaml(path):
    import yaml

    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{_rel(path)} needs front matter with a description"
    head = text[4:].split("\n---\n", 1)[0]
    try:
        meta = yaml.safe_load(head)
    except yaml.YAMLError as error:  # e.g. an unquoted ": " inside the description
        pytest.fail(f"{_rel(path)}: front matter is not YAML (quote the description): {error}")
    assert isinstance(meta, dict) and isinstance(meta.get("description"), str) and meta["description"]
    assert meta["description"] == registry.front_matter(text)["description"]


def test_page_logic_doctests():
    """The examples in docs/hooks/*.py (outside testpaths)."""
    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    try:
        import gallery
        import pages
        import records
    finally:
        sys.path.pop(0)
    for module in (api, pages, records, gallery):
        result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.failed == 0, module.__name__
