"""The "changed in" facts: well-formed data, shown on their topic pages and on one site page."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import pytest

from torchnotes import changes, registry

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")
VERSION = re.compile(r"\d+\.\d+(\.\d+)?")
LINK = re.compile(r"https://(github\.com/pytorch/pytorch/releases/tag/v\d+\.\d+\.\d+"
                  r"|docs\.pytorch\.org/\S+)")


def _load_records_module():
    spec = importlib.util.spec_from_file_location("_records_hook_changes", ROOT / "docs" / "hooks" / "records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


records = _load_records_module()


def avoided_terms() -> list[str]:
    with (ROOT / "docs" / "terminology.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [term.strip() for row in rows for term in row["avoid"].split(",") if term.strip()]


@pytest.mark.parametrize("change", changes.CHANGES, ids=lambda c: f"{c.version}-{c.api}")
def test_change_is_well_formed(change):
    assert VERSION.fullmatch(change.version), change.version
    assert change.topic is None or change.topic in registry.TOPICS, change.topic
    assert LINK.fullmatch(change.link), change.link
    if "/releases/tag/" in change.link:
        assert change.link == changes.release_notes(change.version), "the notes of its own release"
    assert CJK.search(change.zh) and not CJK.search(change.en)
    assert "|" not in change.zh + change.en + change.api, "cells of a Markdown table"
    for term in avoided_terms():
        assert term not in change.zh, f"{term!r} is an avoided term (docs/terminology.tsv)"


def test_versions_sort_newest_first():
    ordered = changes.newest_first()
    keys = [changes.version_key(c.version) for c in ordered]
    assert keys == sorted(keys, reverse=True)
    assert changes.version_key("1.13") > changes.version_key("1.9")


def test_measured_changes_are_backed_by_a_record():
    """A fact "measured on torch 2.13.0 and 2.14.1" needs a recorded difference on its topic."""
    recorded = set()
    for path in (ROOT / "records").glob("torch-*.json"):
        recorded |= set(json.loads(path.read_text(encoding="utf-8"))["differences"])
    for change in changes.CHANGES:
        if "measured on torch" in change.en:
            topic = registry.TOPICS[change.topic]
            assert any(key.split("::")[0] in topic.snippets for key in recorded), change


@pytest.mark.parametrize("lang", registry.LANGS)
def test_topic_box_lists_the_topic_changes(lang):
    for topic_id in registry.TOPICS:
        box = records.changes_box(topic_id, lang)
        found = changes.for_topic(topic_id)
        if not found:
            assert box == ""
            continue
        title = "版本变化" if lang == "zh" else "What changed"
        assert box.startswith(f'!!! abstract "{title}"\n\n') and box.endswith("\n\n")
        for change in found:
            assert getattr(change, lang) in box and change.link in box
        assert all(line.startswith("    - ") for line in box.splitlines()[2:] if line)
    since = "**torch 1.13 起**：" if lang == "zh" else "**Since torch 1.13**: "
    assert since in records.changes_box("add-mul-div", lang)


@pytest.mark.parametrize("lang", registry.LANGS)
def test_what_changed_page_lists_every_change_newest_first(lang):
    page = records.changes_page(lang)
    meta = registry.front_matter(page)
    assert meta["description"] and bool(CJK.search(meta["description"])) == (lang == "zh")
    rows = [line for line in page.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(changes.CHANGES)
    versions = [changes.version_key(row.split("|")[1].strip()) for row in rows]
    assert versions == sorted(versions, reverse=True)
    for change in changes.CHANGES:
        assert getattr(change, lang) in page
        if change.topic:
            topic = registry.TOPICS[change.topic]
            assert f"]({topic.group}/{topic.id}.md)" in page
            assert (ROOT / topic.pages[lang]).is_file()
    if lang == "en":
        assert not CJK.search(page)
