"""docs/hooks/pagecache.py: a warm build gives the same site as a cold one and fails the same way.

A small MkDocs project in a temporary folder uses the cache as ``docs/hooks/site.py`` does,
so each case builds in well under a second.
"""

from __future__ import annotations

import logging
import os
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

HOOK = f"""
import sys
from pathlib import Path
sys.path.insert(0, {str(ROOT / "docs" / "hooks")!r})
import pagecache
sys.path.pop(0)

cache = None

def on_config(config):
    global cache
    cache = pagecache.PageCache("t", directory=Path(config.docs_dir).parent / "cache")
    cache.wrap_search(config)

def on_page_markdown(markdown, page, config, files):
    return cache.before_render(markdown, page, config, files)

def on_page_content(html, page, config, files):
    return cache.after_render(html, page, files)

def on_post_build(config):
    cache.save()
"""

CONFIG = """
site_name: t
theme: {name: material, language: en}
plugins: [search]
hooks: [hook.py]
markdown_extensions: [toc, admonition, pymdownx.superfences]
validation: {links: {anchors: warn}}
"""


@pytest.fixture
def project(tmp_path):
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    (tmp_path / "docs").mkdir()
    (tmp_path / "hook.py").write_text(HOOK, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    write(tmp_path, "index.md", "# Home\n\nSee [b's section](b.md#section).\n\n```python\nx = 1\n```\n")
    write(tmp_path, "b.md", "# B\n\n## Section\n\nText about *gather*.\n")
    return tmp_path


def write(project: Path, name: str, text: str) -> None:
    (project / "docs" / name).write_text(textwrap.dedent(text), encoding="utf-8")


def build(project: Path):
    """A strict build; returns the page cache's counts, or the Abort it raised."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(str(project / "mkdocs.yml"), strict=True)
    try:
        mkdocs_build(config)
    except Abort as error:
        return error
    hook = config.plugins["hook.py"]  # MkDocs names a hook by its path in the config
    return dict(hook.cache.counts)


def site_files(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*")
            if p.is_file() and p.suffix in (".html", ".json")}


def test_a_warm_build_takes_every_page_from_the_cache_and_writes_the_same_site(project):
    assert build(project) == {"html hits": 0, "html converted": 2, "search hits": 0, "search indexed": 2}
    cold = site_files(project)
    assert build(project) == {"html hits": 2, "html converted": 0, "search hits": 2, "search indexed": 0}
    assert site_files(project) == cold
    assert b"Text about" in cold["search/search_index.json"]


def test_an_edited_page_alone_is_converted_again(project):
    build(project)
    write(project, "b.md", "# B\n\n## Section\n\nNew text.\n")
    assert build(project) == {"html hits": 1, "html converted": 1, "search hits": 1, "search indexed": 1}
    assert b"New text" in site_files(project)["search/search_index.json"]


def test_a_warning_fails_the_warm_build_as_it_failed_the_cold_one(project):
    write(project, "b.md", "# B\n\n## Section\n\n[gone](missing.md)\n")
    for _ in range(2):
        error = build(project)
        assert "Aborted with 1 warnings in strict mode" in str(error)


def test_a_cached_link_to_an_anchor_that_went_away_still_fails(project):
    build(project)
    write(project, "b.md", "# B\n\n## Renamed\n")
    error = build(project)  # index.md comes from the cache; its link is checked again
    assert "Aborted with 1 warnings" in str(error)


def test_a_page_converts_again_when_the_file_it_links_to_appears(project):
    write(project, "b.md", "# B\n\n## Section\n\n[c](c.md)\n")
    assert "Aborted" in str(build(project))
    write(project, "c.md", "# C\n")
    assert build(project)["html converted"] == 3  # the set of files is part of every key
