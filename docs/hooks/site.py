"""MkDocs hook: everything on the site that lists topics is derived from torchnotes.registry.

* ``on_config`` builds the navigation from the registry (no hand-written nav);
* ``on_files`` generates the per-group index pages and the all-topics table;
* ``on_page_markdown`` embeds snippet files (``[[snippet: snippets/<id>/<name>.py]]``) with
  the output that doctest verified, and puts under each topic title the link to the
  official documentation and the torch version the outputs came from.

A topic page that does not embed every snippet of its topic fails the build.
"""

from __future__ import annotations

import html
import re
import textwrap

import torch
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from torchnotes import registry

SNIPPET = re.compile(r"^(?P<indent>[ \t]*)\[\[snippet: (?P<path>[^\]\s]+)\]\]\s*$", re.M)

TEXT = {
    "zh": {
        "home": "首页",
        "all": "全部主题",
        "all_intro": "每个主题一页，代码均可运行，输出均经过测试验证。",
        "topic": "主题",
        "api": "API",
        "summary": "简介",
        "docs": "官方文档",
        "paper": "原始论文",
        "version": "本页输出由 torch {v} 运行得到，并由测试逐字核对",
        "group_intro": "本组共 {n} 个主题。",
        "contributing": "参与贡献",
    },
    "en": {
        "home": "Home",
        "all": "All topics",
        "all_intro": "One page per topic; every example runs and every output is checked by a test.",
        "topic": "Topic",
        "api": "API",
        "summary": "Summary",
        "docs": "Official docs",
        "paper": "Paper",
        "version": "Outputs on this page come from torch {v} and are checked verbatim by the tests",
        "group_intro": "{n} topics in this group.",
        "contributing": "Contributing",
    },
}


def _lang(config) -> str:
    return config.theme["language"]


def on_config(config):
    lang = _lang(config)
    t = TEXT[lang]
    nav: list = [{t["home"]: "index.md"}, {t["all"]: "topics.md"}]
    for group, topics in registry.by_group().items():
        pages = [f"{group}/index.md"] + [f"{group}/{topic.id}.md" for topic in topics]
        nav.append({registry.GROUPS[group][lang]: pages})
    nav.append({t["contributing"]: "contributing.md"})
    config.nav = nav  # the gallery hook appends its section
    return config


def _topic_table(topics, lang: str, link_prefix: str) -> str:
    t = TEXT[lang]
    rows = [f"| {t['topic']} | {t['api']} | {t['summary']} |", "|---|---|---|"]
    for topic in topics:
        rows.append(
            f"| [{topic.id}]({link_prefix}{topic.id}.md) | `{topic.api}` | {topic.summary(lang)} |"
        )
    return "\n".join(rows) + "\n"


def index_pages(lang: str) -> dict[str, str]:
    """Generated markdown per src path: one index per group and the all-topics page."""
    t = TEXT[lang]
    groups = registry.by_group()
    pages = {}
    all_parts = [f"# {t['all']}\n\n{t['all_intro']}\n"]
    for group, topics in groups.items():
        title = registry.GROUPS[group][lang]
        pages[f"{group}/index.md"] = (
            f"# {title}\n\n{t['group_intro'].format(n=len(topics))}\n\n"
            + _topic_table(topics, lang, "")
        )
        all_parts.append(f"## [{title}]({group}/index.md)\n\n" + _topic_table(topics, lang, f"{group}/"))
    pages["topics.md"] = "\n".join(all_parts)
    return pages


def on_files(files, config):
    for src_uri, content in index_pages(_lang(config)).items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def render_snippet(path: str) -> str:
    """A snippet file's doctest examples as a ``pycon`` block, verbatim (see
    :func:`torchnotes.registry.snippet_examples`)."""
    if not (registry.REPO_ROOT / path).is_file():
        raise PluginError(f"snippet {path!r} does not exist")
    try:
        body = registry.snippet_examples(path)
    except ValueError as error:
        raise PluginError(str(error)) from None
    # Material's copy button copies an ancestor's data-copy attribute when there is one:
    # readers get runnable code without prompts and output.
    code = "\n".join(line[4:] for line in body.splitlines() if line[:4] in (">>> ", "... "))
    return (
        f'<div class="tn-snippet" data-copy="{html.escape(code, quote=True)}" markdown>\n\n'
        f'```pycon title="{path}"\n{body}\n```\n\n</div>\n'
    )


_TOPIC_PAGES = {f"{t.group}/{t.id}.md": t for t in registry.TOPICS.values()}


def on_page_markdown(markdown: str, page, config, files):
    embedded = [m.group("path") for m in SNIPPET.finditer(markdown)]
    markdown = SNIPPET.sub(
        lambda m: textwrap.indent(render_snippet(m.group("path")), m.group("indent")), markdown
    )
    topic = _TOPIC_PAGES.get(page.file.src_uri)
    if topic is None:
        return markdown
    missing = sorted(set(topic.snippets) - set(embedded))
    if missing:
        raise PluginError(f"{page.file.src_uri}: topic {topic.id!r} does not embed {missing}")
    t = TEXT[_lang(config)]
    label = t["paper"] if topic.group == "concepts" else t["docs"]
    meta = (
        f"{label}: [`{topic.api}`]({topic.docs}) · "
        f"{t['version'].format(v=torch.__version__.split('+')[0])}\n{{ .tn-meta }}\n"
    )
    title, sep, rest = markdown.partition("\n")
    if not title.startswith("# "):
        raise PluginError(f"{page.file.src_uri}: a topic page must start with a '# ' title")
    return f"{title}\n\n{meta}{rest}"
