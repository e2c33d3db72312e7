"""What the site shows beyond plain Markdown, as plain functions of (markdown, language).

Everything that lists topics derives from :mod:`torchnotes.registry`; snippets are
embedded verbatim with the output doctest verified; API blocks come from ``api.py``;
release differences, GPU records and "changed in" facts from ``records.py``. No MkDocs
import here, so another renderer only needs a new adapter (``site.py`` is the MkDocs one).
"""

from __future__ import annotations

import csv
import html
import json
import re
import textwrap
from pathlib import Path

import torch

import api
import records
from torchnotes import registry

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = re.compile(r"^(?P<indent>[ \t]*)\[\[snippet: (?P<path>[^\]\s]+)\]\]\s*$", re.M)
GROUP_CARDS = re.compile(r"^\[\[groups\]\]\s*$", re.M)
# "See also" lists only link names: the search index (fetched by every page) skips them
SEE_ALSO = re.compile(r"^(## (?:See also|另见))(?: \{#see-also\})?[ \t]*$", re.M)

TEXT = {
    "zh": {
        "home": "首页",
        "all": "全部主题",
        "all_intro": "每个主题一页，代码均可运行，输出均来自真实运行并逐字核对。",
        "all_description": "torchnotes 全部主题一览：按分组列出每个 PyTorch API 页面及其简介。",
        "topic": "主题",
        "api": "API",
        "summary": "简介",
        "docs": "官方文档",
        "paper": "原始论文",
        "version": "本页输出来自 torch {v} 的实际运行",
        "group_intro": "本组共 {n} 个主题。",
        "group_description": "{title}：{names} 等 {n} 个 PyTorch 主题，示例均可运行、输出经过核对。",
        "contributing": "参与贡献",
        "changes": "版本变化",
        "no_gpu": " · 没有 GPU 时的输出",
        "terminology": "术语表",
        "terminology_intro": "中文页面统一使用下表中的译法；「不用」一列是本站避免的说法。",
        "terminology_description": "torchnotes 中文术语表：PyTorch 常用英文术语与本站统一采用的中文译法。",
        "term_en": "英文", "term_zh": "中文", "term_avoid": "不用", "term_note": "备注",
        "copyright": "MIT 许可证 · 每页输出均由页首标明的 torch 版本实际运行得到",
        "site_description": "中英双语的 PyTorch API 速查：每个示例都能运行，每段输出都经过核对。",
        "permalink": "本节链接",
        "to_dark": "切换到深色模式",
        "to_light": "切换到浅色模式",
        "cards_more": "共 {n} 个主题",
    },
    "en": {
        "home": "Home",
        "all": "All topics",
        "all_intro": "One page per topic; every example runs and every output comes from a real run, checked verbatim.",
        "all_description": "Every torchnotes topic by group: each PyTorch API page with its one-line summary.",
        "topic": "Topic",
        "api": "API",
        "summary": "Summary",
        "docs": "Official docs",
        "paper": "Paper",
        "version": "Outputs on this page are real runs of torch {v}",
        "group_intro": "{n} topics in this group.",
        "group_description": "{title}: {names} and more, {n} PyTorch topics with runnable, checked examples.",
        "contributing": "Contributing",
        "changes": "What changed",
        "no_gpu": " · output without a GPU",
        "terminology": "Terminology",
        "terminology_intro": "The Chinese pages use the terms below; the last column lists the variants they avoid.",
        "terminology_description": "The Chinese terms torchnotes uses for common PyTorch vocabulary, and the variants it avoids.",
        "term_en": "English", "term_zh": "Chinese", "term_avoid": "Avoided", "term_note": "Note",
        "copyright": "MIT licence · every output comes from a real run of the torch version shown on its page",
        "site_description": "A bilingual PyTorch API reference: every example runs and every output is checked.",
        "permalink": "Link to this section",
        "to_dark": "Switch to dark mode",
        "to_light": "Switch to light mode",
        "cards_more": "{n} topics",
    },
}


def forget_cached_sources() -> None:
    """Drop what the page logic read from disk once per build (zh API text, release records),
    so that a rebuild in the same process sees edited files."""
    api.zh_texts.cache_clear()
    records._records_in.cache_clear()


class PageError(Exception):
    """A page that cannot be built (missing snippet, stale API text, ...)."""


# --------------------------------------------------------------------------- navigation


def navigation(lang: str) -> list:
    t = TEXT[lang]
    nav: list = [{t["home"]: "index.md"}, {t["all"]: "topics.md"}]
    for group, topics in registry.by_group().items():
        pages = [f"{group}/index.md"] + [f"{group}/{topic.id}.md" for topic in topics]
        nav.append({registry.GROUPS[group][lang]: pages})
    nav.append({t["changes"]: "changes.md"})
    nav.append({t["terminology"]: "terminology.md"})
    nav.append({t["contributing"]: "contributing.md"})
    return nav


def _front(description: str, searchable: bool = True) -> str:
    # JSON strings are YAML strings: a colon or quote in the text cannot break the front matter.
    # Index tables repeat the topic pages' summaries: searching them again only adds weight.
    search = "" if searchable else "search:\n  exclude: true\n"
    return f"---\ndescription: {json.dumps(description, ensure_ascii=False)}\n{search}---\n"


def _topic_table(topics, lang: str, link_prefix: str) -> str:
    t = TEXT[lang]
    rows = [f"| {t['topic']} | {t['api']} | {t['summary']} |", "|---|---|---|"]
    for topic in topics:
        rows.append(
            f"| [{topic.id}]({link_prefix}{topic.id}.md) | `{topic.api}` | {_cell(topic.summary(lang))} |"
        )
    return "\n".join(rows) + "\n"


def _cell(text: str) -> str:
    """Plain text (a page summary) for a Markdown table cell, shown as written: a "|" (as
    in KL(p || q)) would split the cell and "w1*x1 + w2*x2" would turn italic.

    >>> print(_cell("KL(p || q) = w1*x1 + w_2 <b>"))
    KL(p \\|\\| q) = w1\\*x1 + w\\_2 &lt;b&gt;
    """
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", html.escape(text, quote=False))


def terms() -> list[dict[str, str]]:
    """Rows of ``docs/terminology.tsv``: en, zh, avoid (comma-separated), note."""
    with (ROOT / "docs" / "terminology.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def generated_pages(lang: str) -> dict[str, str]:
    """Generated Markdown per src path: group indices, all topics, terminology, changes."""
    t = TEXT[lang]
    groups = registry.by_group()
    out = {}
    all_parts = [_front(t["all_description"], searchable=False) + f"# {t['all']} {{#all-topics}}\n\n{t['all_intro']}\n"]
    for group, topics in groups.items():
        title = registry.GROUPS[group][lang]
        sep = "、" if lang == "zh" else ", "
        names = sep.join(topic.id for topic in topics[:3])
        description = t["group_description"].format(title=title, names=names, n=len(topics))
        out[f"{group}/index.md"] = (
            _front(description, searchable=False)
            + f"# {title} {{#{group}}}\n\n{t['group_intro'].format(n=len(topics))}\n\n"
            + _topic_table(topics, lang, "")
        )
        all_parts.append(f"## [{title}]({group}/index.md) {{#{group}}}\n\n" + _topic_table(topics, lang, f"{group}/"))
    out["topics.md"] = "\n".join(all_parts)
    rows = [f"| {t['term_en']} | {t['term_zh']} | {t['term_avoid']} | {t['term_note']} |", "|---|---|---|---|"]
    for row in terms():
        note = row["note"] if lang == "en" else ""
        rows.append(f"| {row['en']} | {row['zh']} | {row['avoid'].replace(',', '、')} | {note} |")
    out["terminology.md"] = (
        _front(t["terminology_description"])
        + f"# {t['terminology']} {{#terminology}}\n\n{t['terminology_intro']}\n\n" + "\n".join(rows) + "\n"
    )
    out["changes.md"] = records.changes_page(lang)
    return out


def group_cards(lang: str) -> str:
    """The home page's grid: one card per group with its first topics."""
    t = TEXT[lang]
    cards = []
    for group, topics in registry.by_group().items():
        links = " · ".join(f"[{topic.id}]({group}/{topic.id}.md)" for topic in topics[:4])
        cards.append(
            f"-   **[{registry.GROUPS[group][lang]}]({group}/index.md)**\n\n"
            f"    ---\n\n    {links}\n\n    {t['cards_more'].format(n=len(topics))}"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>\n"


# --------------------------------------------------------------------------- snippets


def snippet_code(body: str) -> str:
    """The runnable code of a pycon body: prompts stripped, output dropped."""
    return "\n".join(line[4:] for line in body.splitlines() if line[:4] in (">>> ", "... "))


def render_snippet(path: str, lang: str) -> str:
    """A snippet file's doctest examples as a ``pycon`` block with comments in ``lang``,
    followed by its release-difference box when another torch release prints otherwise."""
    if not (ROOT / path).is_file():
        raise PageError(f"snippet {path!r} does not exist")
    try:
        body = registry.snippet_examples(path)
    except ValueError as error:
        raise PageError(str(error)) from None
    # doctest spells an empty output line <BLANKLINE>; readers see the empty line
    body = re.sub(r"^<BLANKLINE>$", "", api.localize_comments(body, lang), flags=re.M)
    cuda = records.cuda_snippet(path, lang)
    if cuda is not None:
        block = api.localize_comments(cuda, lang)
    else:
        # a "no-cuda" snippet shows what torch does where no GPU is: say so on its title
        title = path + (TEXT[lang]["no_gpu"] if registry.snippet_requires(path) == "no-cuda" else "")
        block = f'```pycon title="{title}"\n{body}\n```'
    # Material's copy button copies an ancestor's data-copy attribute when there is one:
    # readers get runnable code without prompts and output.
    # one line: a newline inside the tag would end the HTML block when the snippet sits in
    # an indented block (a misconception box), and its lines would be read as Markdown
    code = html.escape(snippet_code(body), quote=True).replace("\n", "&#10;")
    # Code and output stay out of the search index: they were most of it, and the page
    # weight of every page grows with the index (prose and headings are what search finds)
    out = f'<div class="tn-snippet" data-copy="{code}" data-search-exclude markdown>\n\n{block}\n\n</div>\n'
    box = records.release_box(path, lang)
    return out + (f"\n{api.localize_comments(box, lang)}\n" if box else "")


_TOPIC_PAGES = {f"{t.group}/{t.id}.md": t for t in registry.TOPICS.values()}


_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.M | re.S)


def _outside_fences(markdown: str, change) -> str:
    """Apply ``change`` to the text between fenced code blocks: a page that shows the
    ``[[snippet: ...]]`` syntax in a code block keeps it as written."""
    out, last = [], 0
    for fence in _FENCE.finditer(markdown):
        out += [change(markdown[last:fence.start()]), fence.group(0)]
        last = fence.end()
    return "".join(out + [change(markdown[last:])])


def expand(markdown: str, src_uri: str, lang: str) -> str:
    """A page's Markdown with snippets, API blocks, the topic's meta line and changes."""
    embedded: list[str] = []

    def change(text: str) -> str:
        embedded.extend(m.group("path") for m in SNIPPET.finditer(text))
        text = SNIPPET.sub(
            lambda m: textwrap.indent(render_snippet(m.group("path"), lang), m.group("indent")), text
        )
        text = GROUP_CARDS.sub(lambda m: group_cards(lang), text)
        text = SEE_ALSO.sub(r"\1 { #see-also data-search-exclude }", text)
        return api.render_directive(text, lang)

    try:
        markdown = _outside_fences(markdown, change)
    except api.ApiError as error:
        raise PageError(f"{src_uri}: {error}") from None
    topic = _TOPIC_PAGES.get(src_uri)
    if topic is None:
        return markdown
    missing = sorted(set(topic.snippets) - set(embedded))
    if missing:
        raise PageError(f"{src_uri}: topic {topic.id!r} does not embed {missing}")
    t = TEXT[lang]
    # a concept without a paper links the PyTorch page that implements it
    paper = topic.group == "concepts" and "docs.pytorch.org" not in topic.docs
    label = t["paper"] if paper else t["docs"]
    meta = (
        f"{label}: [`{topic.api}`]({topic.docs}) · "
        f"{t['version'].format(v=torch.__version__.split('+')[0])}\n{{ .tn-meta }}\n"
    )
    changes = records.changes_box(topic.id, lang)
    title, sep, rest = markdown.partition("\n")
    if not title.startswith("# "):
        raise PageError(f"{src_uri}: a topic page must start with a '# ' title")
    return f"{title}\n\n{meta}\n{changes}{rest}"


# --------------------------------------------------------------------------- machine-readable

_HTML_LINE = re.compile(r"^[ \t]*</?(div|details|summary)\b[^>]*>.*$\n?", re.M)
_ATTRS = re.compile(r"[ \t]*\{[ \t]*(?:#[\w.-]+|\.[\w-]+)(?:[ \t]+(?:#[\w.-]+|\.[\w-]+))*[ \t]*\}[ \t]*$", re.M)


def _gfm_table_row(line: str) -> str:
    r"""A table row as GitHub Markdown reads it: a ``|`` in a code span would end the cell
    there, so it is written ``\|`` (Python-Markdown, which renders the HTML, needs it bare).

    >>> _gfm_table_row("| `x` | `Tensor | None` | a |")
    '| `x` | `Tensor \\| None` | a |'
    """
    if not line.startswith("|"):
        return line
    return re.sub(r"`[^`]*`", lambda m: m.group().replace("|", "\\|"), line)


def markdown_twin(markdown: str, meta: dict) -> str:
    """The page as plain Markdown for readers and tools: snippets with their verified
    output, API blocks as Markdown, no HTML wrappers or attribute lists."""
    text = _HTML_LINE.sub("", markdown)
    text = _ATTRS.sub("", text)
    text = "\n".join(_gfm_table_row(line) for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    description = meta.get("description")
    return (f"> {description}\n\n" if description else "") + text


def twin_path(src_uri: str) -> str:
    """Where the Markdown twin of a page goes: beside its ``index.html``."""
    stem = src_uri[: -len(".md")]
    if stem == "index":
        return "index.md"
    if stem.endswith("/index"):
        return f"{stem[: -len('/index')]}/index.md"
    return f"{stem}/index.md"


def llms_txt(lang: str, twins: dict[str, str], site_url: str) -> tuple[str, str]:
    """``llms.txt`` (title, summary, one link per topic page) and ``llms-full.txt``."""
    t = TEXT[lang]
    title = "torchnotes · PyTorch 速查" if lang == "zh" else "torchnotes · PyTorch notes"
    lines = [f"# {title}", "", f"> {t['site_description']}", ""]
    full = [f"# {title}", "", f"> {t['site_description']}", ""]
    for group, topics in registry.by_group().items():
        lines += [f"## {registry.GROUPS[group][lang]}", ""]
        for topic in topics:
            src = f"{group}/{topic.id}.md"
            lines.append(f"- [{topic.api}]({site_url}{twin_path(src)}): {topic.summary(lang)}")
            if src in twins:
                full += [f"<!-- {site_url}{twin_path(src)} -->", twins[src], ""]
        lines.append("")
    lines += ["## Optional" if lang == "en" else "## 其他", ""]
    for src, name in (("topics.md", t["all"]), ("changes.md", t["changes"]),
                      ("terminology.md", t["terminology"])):
        lines.append(f"- [{name}]({site_url}{twin_path(src)})")
    return "\n".join(lines) + "\n", "\n".join(full) + "\n"
