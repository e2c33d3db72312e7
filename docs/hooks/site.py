"""MkDocs hook: a thin adapter over our own page logic (``pages.py``, ``api.py``, ``records.py``).

* ``on_config`` builds the navigation from the registry and sets the chrome of the page's
  language (footer, permalink tooltip, palette toggles) and, when ``SITE_URL`` is set, the
  canonical address;
* ``on_files`` adds the generated pages (group indices, all topics, terminology, changes);
* ``on_page_markdown`` expands snippets and API blocks (``pages.expand``) and keeps the
  result for the page's Markdown twin;
* ``on_page_content`` and the search plugin take unchanged pages from ``pagecache.py``;
* ``on_post_build`` writes the Markdown twins, ``llms.txt`` and ``llms-full.txt``, and
  rewrites the search index in UTF-8 (``compact_search_index``).

A topic page that does not embed every snippet of its topic fails the build.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pagecache  # noqa: E402  (our own modules beside this hook)
import pages  # noqa: E402

sys.path.pop(0)

_twins: dict[str, str] = {}
_cache: pagecache.PageCache | None = None


def _lang(config) -> str:
    return config.theme["language"]


def on_config(config):
    lang = _lang(config)
    t = pages.TEXT[lang]
    config.nav = pages.navigation(lang)  # the gallery hook inserts its section
    config.copyright = t["copyright"]
    config.site_description = t["site_description"]
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = t["permalink"]
    for palette, name in zip(config.theme["palette"], (t["to_dark"], t["to_light"])):
        palette["toggle"]["name"] = name
    site_url = os.environ.get("SITE_URL", "").strip()
    if site_url:
        base = site_url.rstrip("/") + "/"
        config.site_url = base if lang == "zh" else base + "en/"
        config.extra["hreflang_base"] = base
    _twins.clear()
    pages.forget_cached_sources()  # `make dev` rebuilds in this process after an edit
    global _cache
    if _cache is not None:
        _cache.close()
    _cache = pagecache.PageCache(lang)
    _cache.wrap_search(config)  # the search plugin's on_config, which makes its index, ran first
    return config


def on_files(files, config):
    for src_uri, content in pages.generated_pages(_lang(config)).items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown: str, page, config, files):
    try:
        markdown = pages.expand(markdown, page.file.src_uri, _lang(config))
    except pages.PageError as error:
        raise PluginError(str(error)) from None
    _twins[page.file.src_uri] = pages.markdown_twin(markdown, page.meta)
    return _cache.before_render(markdown, page, config, files)


def on_page_content(html: str, page, config, files):
    return _cache.after_render(html, page, files)


def on_post_build(config):
    site_dir = Path(config.site_dir)
    lang = _lang(config)
    for src_uri, text in _twins.items():
        target = site_dir / pages.twin_path(src_uri)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    index, full = pages.llms_txt(lang, _twins, config.site_url or "")
    (site_dir / "llms.txt").write_text(index, encoding="utf-8")
    (site_dir / "llms-full.txt").write_text(full, encoding="utf-8")
    compact_search_index(site_dir / "search" / "search_index.json")
    _cache.save()


def compact_search_index(path: Path) -> None:
    """Every page fetches the search index, and Material writes it with each Chinese
    character escaped (``\\u4e00``, six bytes). The same JSON in UTF-8 is about a tenth
    smaller gzipped on the zh site; browsers read it the same way (``Response.json()``
    decodes UTF-8)."""
    if path.is_file():  # the search plugin runs before the hooks: the file is complete
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
