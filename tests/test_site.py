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
    zh = json.loads((root / "search/search_index.json").read_text(encoding="utf-8"))
    en = json.loads((root / "en/search/search_index.json").read_text(encoding="utf-8"))
    assert zh["config"]["lang"] == ["zh"] and en["config"]["lang"] == ["en"]
    assert any(CJK.search(d["text"]) for d in zh["docs"])
    assert not any(CJK.search(d["title"] + d["text"]) for d in en["docs"] if not d["location"].startswith("gallery"))


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
