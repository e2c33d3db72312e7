"""The built site: strict, complete, bilingual, offline; the gallery is executed and cached."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import torch

from torchnotes import registry

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")
LOADS = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=[\"']([^\"']+)"
    r"|<link\b[^>]*\bhref=[\"']([^\"']+)",
    re.I,
)
CSS_LOADS = re.compile(r"url\(\s*[\"']?([^\"')]+)|@import\s+[\"']([^\"']+)", re.I)


def _html(root: Path, lang: str, url: str) -> str:
    base = root if lang == "zh" else root / "en"
    return (base / url / "index.html").read_text(encoding="utf-8")


def test_strict_build_has_no_warnings(site):
    _, logs = site
    for lang, log in logs.items():
        assert "WARNING" not in log, f"{lang} build warned:\n{log}"


def test_nothing_is_loaded_from_another_host(site):
    root, _ = site
    offenders = []
    for path in root.rglob("*"):
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            refs = [a or b for a, b in LOADS.findall(text)]
            if 'class="mermaid"' in text:  # Material would fetch mermaid from a CDN
                offenders.append((path, "mermaid"))
        elif path.suffix == ".css":
            refs = [a or b for a, b in CSS_LOADS.findall(path.read_text(encoding="utf-8"))]
        else:
            continue
        for ref in refs:
            if urlparse(ref).netloc or ref.startswith("//"):
                offenders.append((path.relative_to(root), ref))
    assert not offenders, offenders


def test_pages_show_no_memory_addresses(site):
    """A default like ``<function mse_loss at 0x7f…>`` would change the page on every build."""
    root, _ = site
    address = re.compile(r"(?:at|object at) 0x[0-9a-f]{6,}")
    found = [(str(p.relative_to(root)), m.group()) for p in root.rglob("*")
             if p.suffix in (".html", ".md", ".txt") for m in address.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found[:5]


@pytest.mark.parametrize("topic_id", list(registry.TOPICS))
def test_topic_pages_built_in_both_languages(site, topic_id):
    root, _ = site
    topic = registry.TOPICS[topic_id]
    version = torch.__version__.split("+")[0]
    for lang in registry.LANGS:
        html = _html(root, lang, f"{topic.group}/{topic.id}")
        assert f'href="{topic.docs}"' in html, "links to the official docs"
        assert f"torch {version}" in html, "shows the torch version of its outputs"
        for path in topic.snippets:
            assert path in html, f"{lang} page embeds {path}"
        assert f'id="{topic.helper}"' in html, "renders the helper's API reference"


def test_language_switch_targets_the_same_page(site):
    root, _ = site
    for lang, url in (("zh", "indexing/gather"), ("en", "indexing/gather")):
        html = _html(root, lang, url)
        links = dict(re.findall(r'href="([^"]+)" hreflang="(zh|en)"', html))
        page = f"/{url}/" if lang == "zh" else f"/en/{url}/"
        resolved = {hl: urljoin(page, href) for href, hl in links.items()}
        assert resolved == {"zh": f"/{url}/", "en": f"/en/{url}/"}


def test_no_alternate_link_tags_for_material_to_reroute(site):
    # Material reroutes language switches through <link rel="alternate"> + sitemap.xml,
    # which sends readers to the home page here; the selector must be our per-page links.
    root, _ = site
    for lang in registry.LANGS:
        html = _html(root, lang, "indexing/gather")
        assert '<link rel="alternate"' not in html
        assert html.count('hreflang="') == 2


def test_each_language_has_its_own_search_index(site):
    root, _ = site
    raw = (root / "search/search_index.json").read_text(encoding="utf-8")
    assert "\\u4e" not in raw and "张量" in raw, "the zh index is UTF-8, not \\u escapes (a tenth lighter)"
    zh = json.loads(raw)
    en = json.loads((root / "en/search/search_index.json").read_text(encoding="utf-8"))
    assert zh["config"]["lang"] == ["zh"] and en["config"]["lang"] == ["en"]
    assert any(CJK.search(d["text"]) for d in zh["docs"])
    assert not any(CJK.search(d["title"] + d["text"]) for d in en["docs"]
                   if not d["location"].startswith(("gallery", *BILINGUAL_PAGES)))


def test_index_pages_are_derived_from_the_registry(site):
    root, _ = site
    for lang in registry.LANGS:
        all_topics = _html(root, lang, "topics")
        text = html.unescape(all_topics)  # summaries may hold < > & (e.g. "min > max")
        for topic in registry.TOPICS.values():
            assert f'href="../{topic.group}/{topic.id}/"' in all_topics
            assert topic.summary(lang) in text
        for group, topics in registry.by_group().items():
            index = _html(root, lang, group)
            assert registry.GROUPS[group][lang] in index
            assert all(f'href="{t.id}/"' in index for t in topics)


def test_gallery_is_executed_in_both_languages(site):
    root, _ = site
    for lang in registry.LANGS:
        base = root if lang == "zh" else root / "en"
        html = _html(root, lang, "gallery/dataloader")
        assert "drop_last=True: 1 batches" in html, "captured stdout is shown"
        figures = re.findall(r'<img[^>]+src="([^"]+\.png)"', html)
        assert figures and all((base / "gallery" / "dataloader" / f).resolve().is_file() for f in figures)
        assert re.search(r"\d+\.\d\d s", html), "run time is shown"
        nb = json.loads((base / "gallery/dataloader.ipynb").read_text(encoding="utf-8"))
        prose = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
        assert bool(CJK.search(prose)) == (lang == "zh"), "the notebook's prose is in the page's language"
        assert (base / "gallery/dataloader.py").read_bytes() == (ROOT / "docs/gallery/dataloader.py").read_bytes()


@pytest.fixture
def gallery_hook(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    import gallery

    sys.path.pop(0)
    monkeypatch.setattr(gallery, "CACHE", tmp_path / "cache")
    return gallery


def test_gallery_reruns_only_changed_examples(gallery_hook, tmp_path):
    counter = tmp_path / "runs.txt"
    script = tmp_path / "example.py"
    script.write_text(f'"""\n# t\n"""\nopen({str(counter)!r}, "a").write("x")\nprint("hi")\n')
    first = gallery_hook.run_example(script)
    again = gallery_hook.run_example(script)
    assert first == again and counter.read_text() == "x", "unchanged: served from the cache"
    script.write_text(script.read_text() + "print('changed')\n")
    assert gallery_hook.run_example(script)["cells"][0]["stdout"] == "hi\nchanged\n"
    assert counter.read_text() == "xx"


def test_gallery_example_that_raises_fails_the_build(gallery_hook, tmp_path):
    from mkdocs.exceptions import PluginError

    script = tmp_path / "broken.py"
    script.write_text('"""\n# t\n"""\nraise RuntimeError("boom")\n')
    with pytest.raises(PluginError, match="boom"):
        gallery_hook.run_example(script)


def test_split_languages_keeps_shared_text(gallery_hook):
    assert gallery_hook.split_languages("shared\n[zh]\n中\n[en]\nE") == {"zh": "shared\n\n中", "en": "shared\n\nE"}


# --------------------------------------------------------------------------- issue: every page reads right

_CODE = re.compile(r"<(pre|code|script|style|svg|textarea)\b.*?</\1>", re.S | re.I)
_TAGS = re.compile(r"<[^>]+>")
_SWITCH = re.compile(r'<a [^>]*hreflang="(?:zh|en)"[^>]*>.*?</a>', re.S)


def _visible_text(page: str) -> str:
    """What a reader reads on a page: body text outside code, scripts, icons and citations
    (a <cite>, or the text of a link to another site: a paper's or a document's title)."""
    body = re.sub(r"<cite>.*?</cite>|<a [^>]*href=\"https?://[^>]*>.*?</a>", " ",
                  page.split("<body", 1)[-1], flags=re.S)
    text = _TAGS.sub(" ", _CODE.sub(" ", _SWITCH.sub(" ", body)))
    return html.unescape(text)


def _built_pages(root: Path, lang: str) -> list[Path]:
    if lang == "en":
        return sorted((root / "en").rglob("index.html"))
    return sorted(p for p in root.rglob("index.html") if (root / "en") not in p.parents)


def test_no_doctest_prompt_is_rendered_as_a_quote(site):
    root, _ = site
    for path in root.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<blockquote>\n<blockquote>" not in text, f"{path}: '>>>' read as nested quotes"
        assert not re.search(r"<p>&gt;&gt;&gt; ", text), f"{path}: a doctest prompt outside a code block"


def test_no_icon_shortcode_in_visible_text(site):
    root, _ = site
    for path in root.rglob("*.html"):
        found = re.findall(r":[a-z]+(?:-[a-z0-9]+)+:", _visible_text(path.read_text(encoding="utf-8")))
        assert not found, f"{path.relative_to(root)} shows {found}"


# Pages about the Chinese text itself: the term list, and how a contributor writes both halves.
BILINGUAL_PAGES = {"terminology", "contributing"}
ENGLISH_RUN = re.compile(r"\b[A-Za-z][a-z']+(?:[ ,]+[A-Za-z][a-z']+){3,}\b")


@pytest.mark.parametrize("lang", registry.LANGS)
def test_pages_are_in_their_language(site, lang):
    root, _ = site
    problems = []
    for path in _built_pages(root, lang):
        text = _visible_text(path.read_text(encoding="utf-8"))
        if lang == "zh":
            # English in full-width parentheses is a term's original name (术语附英文), and
            # a <cite> is a paper's title: both are meant to stay English
            text = re.sub(r"（[^）]*）", " ", text)
            runs = ENGLISH_RUN.findall(text)
            if runs:
                problems.append((path.relative_to(root).as_posix(), runs[:3]))
        elif CJK.search(text) and path.parent.name not in BILINGUAL_PAGES:
            problems.append((path.relative_to(root).as_posix(), CJK.findall(text)[:5]))
    assert not problems, problems


@pytest.mark.parametrize("lang", registry.LANGS)
def test_every_page_has_a_description_in_its_language(site, lang):
    root, _ = site
    for path in _built_pages(root, lang) + [(root if lang == "zh" else root / "en") / "404.html"]:
        match = re.search(r'<meta name="description" content="([^"]*)"', path.read_text(encoding="utf-8"))
        assert match and match.group(1), f"{path} has no meta description"
        assert bool(CJK.search(match.group(1))) == (lang == "zh"), (path, match.group(1))


def test_heading_ids_are_the_same_in_both_languages(site):
    root, _ = site
    heading = re.compile(r'<h[1-6][^>]* id="([^"]+)"')
    for en in _built_pages(root, "en"):
        zh = root / en.relative_to(root / "en")
        en_ids = heading.findall(en.read_text(encoding="utf-8"))
        zh_ids = heading.findall(zh.read_text(encoding="utf-8"))
        assert zh_ids == en_ids, f"{zh.relative_to(root)}: {zh_ids[:6]} vs {en_ids[:6]}"
        assert not any(re.fullmatch(r"_\d+", i) for i in zh_ids)


@pytest.mark.parametrize("lang", registry.LANGS)
def test_llms_txt_lists_every_topic_page(site, lang):
    root, _ = site
    base = root if lang == "zh" else root / "en"
    index = (base / "llms.txt").read_text(encoding="utf-8")
    assert index.startswith("# torchnotes") and "\n> " in index
    links = re.findall(r"^- \[[^\]]+\]\(([^)]+)\)(?:: (.+))?$", index, re.M)
    targets = {href for href, _ in links}
    for topic in registry.TOPICS.values():
        href = f"{topic.group}/{topic.id}/index.md"
        assert href in targets, f"llms.txt misses {href}"
        assert (base / href).is_file()
        assert f"]({href}): {topic.summary(lang)}" in index
    full = (base / "llms-full.txt").read_text(encoding="utf-8")
    assert "tensor([[0.7000]," in full, "snippets with their verified output"
    assert "<div" not in full


def test_markdown_twins_carry_snippets_outputs_and_api(site):
    root, _ = site
    for lang, base in (("zh", root), ("en", root / "en")):
        twin = (base / "indexing/gather/index.md").read_text(encoding="utf-8")
        assert twin.startswith("> "), "the page description comes first"
        assert ">>> picked = torch.gather(scores, dim=1, index=labels.unsqueeze(1))" in twin
        assert "tensor([[0.7000],\n        [0.5000]])" in twin
        assert "```pycon" in twin and "<div" not in twin and "[[snippet:" not in twin
        assert "### `gather`" in twin
        assert (base / "index.md").is_file() and (base / "topics/index.md").is_file()
        # GitHub Markdown ends a table cell at a bare | even inside a code span
        for twin in base.rglob("index.md"):
            cells = [row for row in twin.read_text(encoding="utf-8").splitlines() if row.startswith("|")
                     and any(re.search(r"(?<!\\)\|", span) for span in re.findall(r"`[^`]*`", row))]
            assert not cells, (twin, cells[:2])


@pytest.mark.parametrize("lang", registry.LANGS)
def test_generated_pages_exist(site, lang):
    root, _ = site
    for url in ("terminology", "changes", "topics"):
        assert _html(root, lang, url)
    home = _html(root, lang, "")
    for group in registry.by_group():
        assert f'href="{group}/"' in home, "the home page shows every group"


def test_site_url_gives_canonical_links_sitemap_and_hreflang(tmp_path):
    import os
    import subprocess

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://torchnotes.example.org"}
    out = tmp_path / "en"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", "mkdocs.en.yml", "-d", str(out)],
        cwd=ROOT, env=env, check=True, capture_output=True,
    )
    page = (out / "indexing/gather/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://torchnotes.example.org/en/indexing/gather/">' in page
    for lang, href in (("zh", "https://torchnotes.example.org/indexing/gather/"),
                       ("en", "https://torchnotes.example.org/en/indexing/gather/")):
        assert f'<link rel="alternate" hreflang="{lang}" href="{href}">' in page
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://torchnotes.example.org/en/indexing/gather/</loc>" in sitemap
    llms = (out / "llms.txt").read_text(encoding="utf-8")
    assert "(https://torchnotes.example.org/en/indexing/gather/index.md)" in llms
