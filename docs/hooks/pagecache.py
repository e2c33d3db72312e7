"""A per-page cache for MkDocs: the Markdown to HTML step and the page's search entries.

A build where nothing changed used to convert and re-index every page again; with this
cache it only renders the templates. The cache belongs to the MkDocs adapter (``site.py``
calls it), not to the page logic, and a renderer that builds incrementally replaces it.

* **HTML.** After ``pages.expand`` the Markdown holds everything page-specific (snippets,
  their output, API blocks, records), so the key is that Markdown plus what the conversion
  reads besides: the page's address, every file's address (links resolve against them),
  the Markdown extensions and their settings, the link-validation settings and the versions
  of the libraries that render. On a hit the page converts an empty string and gets back
  its stored HTML, table of contents, title and anchors, so anchor validation still runs on
  every build. Warnings logged while a page converted are stored with it and logged again
  on a hit, so ``--strict`` fails on a warm build exactly as on a cold one.
* **Search.** Material's search plugin parses each rendered page (and segments Chinese with
  jieba) to make its entries. Its ``add_entry_from_context`` is wrapped so that entries for
  the same HTML, address, title, table of contents and front matter are taken from the
  cache. If Material renames that method the wrapper is not installed and search works
  uncached.

Entries live in ``.cache/pages/<lang>.pickle``; each build keeps only the entries it used.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import pickle
from pathlib import Path

from mkdocs.structure.toc import get_toc

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "pages"
FORMAT = 1  # bump when what is stored changes
_LIBRARIES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pygments", "jieba")


class _Capture(logging.Handler):
    """Keeps the warnings MkDocs logs while one page converts."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class PageCache:
    def __init__(self, lang: str, directory: Path = CACHE) -> None:
        self.path = directory / f"{lang}.pickle"
        try:
            stored = pickle.loads(self.path.read_bytes())
            self.old = stored["entries"] if stored.get("format") == FORMAT else {}
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError):
            self.old = {}
        self.new: dict[str, object] = {}
        self._base: str | None = None
        self._pending: dict[str, tuple[str, str, object]] = {}  # src_uri -> (key, markdown, hit)
        self._capture: _Capture | None = None
        self.counts = {"html hits": 0, "html converted": 0, "search hits": 0, "search indexed": 0}

    def _get(self, key: str):
        value = self.old.get(key, self.new.get(key))
        if value is not None:
            self.new[key] = value
        return value

    def _base_key(self, config, files) -> str:
        if self._base is None:
            versions = [(name, _version(name)) for name in _LIBRARIES]
            addresses = sorted((f.src_uri, f.url, str(f.inclusion)) for f in files)
            self._base = _digest(FORMAT, versions, addresses, config.markdown_extensions,
                                 config.mdx_configs, config.use_directory_urls, config.validation)
        return self._base

    # ------------------------------------------------------------------ HTML

    def before_render(self, markdown: str, page, config, files) -> str:
        """Called last in ``on_page_markdown``: on a hit, MkDocs converts an empty page."""
        key = _digest(self._base_key(config, files), page.file.src_uri, page.file.url, markdown)
        hit = self._get("html:" + key)
        self._pending[page.file.src_uri] = (key, markdown, hit)
        self.counts["html hits" if hit is not None else "html converted"] += 1
        if hit is not None:
            return ""
        self._capture = _Capture()
        logging.getLogger("mkdocs").addHandler(self._capture)
        return markdown

    def close(self) -> None:
        """Detach the warning capture a failed conversion left behind (``make dev`` goes on)."""
        if self._capture is not None:
            logging.getLogger("mkdocs").removeHandler(self._capture)
            self._capture = None

    def after_render(self, html: str, page, files) -> str:
        """Called in ``on_page_content``: restore a hit, or store what was just converted."""
        key, markdown, hit = self._pending.pop(page.file.src_uri)
        page.markdown = markdown
        if hit is not None:
            for name, level, message in hit["warnings"]:
                logging.getLogger(name).log(level, message)
            page.toc = get_toc(hit["toc"])
            page._title_from_render = hit["title"]
            page.present_anchor_ids = set(hit["anchors"])
            links = {files.get_file_from_path(src): anchors for src, anchors in hit["links"].items()}
            page.links_to_anchors = {f: a for f, a in links.items() if f is not None} or None
            return hit["html"]
        capture, self._capture = self._capture, None
        logging.getLogger("mkdocs").removeHandler(capture)
        self.new["html:" + key] = {
            "html": html,
            "toc": [_token(item) for item in page.toc],
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": {f.src_uri: dict(a) for f, a in (page.links_to_anchors or {}).items()},
            "warnings": capture.records,
        }
        return html

    # ------------------------------------------------------------------ search

    def wrap_search(self, config) -> None:
        """Serve Material's search entries for an unchanged page from the cache."""
        plugin = config.plugins.get("material/search")
        index = getattr(plugin, "search_index", None)
        add = getattr(index, "add_entry_from_context", None)
        if add is None or not isinstance(getattr(index, "entries", None), list):
            return
        settings = _digest(getattr(plugin, "config", None) and dict(plugin.config),
                           [(name, _version(name)) for name in _LIBRARIES])  # jieba segments zh

        def add_entry_from_context(page) -> None:
            key = "search:" + _digest(settings, page.content, page.url, page.title, page.meta,
                                      [_token(item) for item in page.toc])
            entries = self._get(key)
            self.counts["search hits" if entries is not None else "search indexed"] += 1
            if entries is None:
                before = len(index.entries)
                add(page)
                entries = self.new[key] = index.entries[before:]
            else:
                index.entries.extend(entries)

        index.add_entry_from_context = add_entry_from_context

    def save(self) -> None:
        logging.getLogger("mkdocs.hooks.pagecache").info(
            "page cache: " + ", ".join(f"{n} {what}" for what, n in self.counts.items()))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        part = self.path.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(pickle.dumps({"format": FORMAT, "entries": self.new}, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, self.path)  # two builds at once each leave a whole file


def _token(item) -> dict:
    return {"name": item.title, "id": item.id, "level": item.level,
            "children": [_token(child) for child in item.children]}


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
