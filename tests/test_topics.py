"""Every claim the registry makes holds, for every topic (the coverage tests)."""

from __future__ import annotations

import doctest
import inspect
import re
import subprocess
import sys

import pytest

from torchnotes import registry
from torchnotes.registry import REPO_ROOT, TOPICS

IDS = list(TOPICS)
SNIPPET_MARK = re.compile(r"^[ \t]*\[\[snippet: (\S+)\]\]\s*$", re.M)
API_MARK = re.compile(r"^::: (\S+)\s*$", re.M)
HEADING = re.compile(r"^(#{1,6}) ", re.M)
CJK = re.compile(r"[\u4e00-\u9fff]")


def page(topic, lang) -> str:
    return (REPO_ROOT / topic.pages[lang]).read_text(encoding="utf-8")


def test_ids_are_unique_and_groups_known():
    assert len(IDS) == len(set(IDS))
    for topic in TOPICS.values():
        assert topic.group in registry.GROUPS, topic.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", topic.id), topic.id


@pytest.mark.parametrize("topic_id", IDS)
def test_helper_is_documented_and_typed(topic_id):
    topic = TOPICS[topic_id]
    helper = topic.load_helper()
    doc = inspect.getdoc(helper) or ""
    assert ">>>" in doc, f"{topic.helper} needs doctest examples"
    target = helper.__init__ if inspect.isclass(helper) else helper
    hints = inspect.get_annotations(target)
    params = [p for p in inspect.signature(target).parameters if p not in ("self", "cls")]
    assert all(p in hints for p in params), f"{topic.helper}: every parameter needs a type hint"
    assert topic.helper.startswith(f"torchnotes.{topic.group}."), "helpers live in their group's module"


@pytest.mark.parametrize("topic_id", IDS)
def test_helper_doctests_pass(topic_id):
    helper = TOPICS[topic_id].load_helper()
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(helper, globs=vars(inspect.getmodule(helper)).copy()):
        runner.run(test)
    assert runner.failures == 0 and runner.tries > 0


@pytest.mark.parametrize("topic_id", IDS)
def test_snippets_exist_and_pass_doctest(topic_id):
    snippets = TOPICS[topic_id].snippets
    assert snippets, f"{topic_id} has no snippets/{topic_id}/*.py"
    for path in snippets:
        assert ">>>" in registry.snippet_examples(path)


@pytest.mark.parametrize("topic_id", IDS)
def test_pages_embed_every_snippet_and_the_helper(topic_id):
    topic = TOPICS[topic_id]
    for lang in registry.LANGS:
        text = page(topic, lang)
        assert sorted(set(SNIPPET_MARK.findall(text))) == topic.snippets, (topic.id, lang)
        assert topic.helper in API_MARK.findall(text), f"{topic.pages[lang]} needs ::: {topic.helper}"
        meta = registry.front_matter(text)
        assert meta.get("description") and meta["description"] != "DRAFT", topic.pages[lang]
        assert "DRAFT" not in text


@pytest.mark.parametrize("topic_id", IDS)
def test_languages_have_the_same_structure(topic_id):
    topic = TOPICS[topic_id]
    zh, en = page(topic, "zh"), page(topic, "en")
    assert HEADING.findall(zh) == HEADING.findall(en), "same headings, level by level"
    assert SNIPPET_MARK.findall(zh) == SNIPPET_MARK.findall(en), "same snippets in the same order"
    assert API_MARK.findall(zh) == API_MARK.findall(en)


@pytest.mark.parametrize("topic_id", IDS)
def test_zh_page_is_written_in_chinese(topic_id):
    topic = TOPICS[topic_id]
    zh = page(topic, "zh")
    prose = re.sub(r"```.*?```|`[^`]*`|\[\[.*?\]\]|^::: .*$|\(http[^)]*\)", "", zh, flags=re.S | re.M)
    assert len(CJK.findall(prose)) > 150, "the Chinese page needs real Chinese prose"
    assert registry.front_matter(zh)["description"] and CJK.search(registry.front_matter(zh)["description"])
    assert not CJK.search(page(topic, "en")), "no Chinese on the English page"


def test_no_page_without_a_twin():
    for lang, other in (("zh", "en"), ("en", "zh")):
        for path in (REPO_ROOT / "docs" / lang).rglob("*.md"):
            twin = REPO_ROOT / "docs" / other / path.relative_to(REPO_ROOT / "docs" / lang)
            assert twin.is_file(), f"{path} has no {other} twin"


def test_every_snippet_belongs_to_a_topic():
    known = {s for t in TOPICS.values() for s in t.snippets}
    for path in (REPO_ROOT / "snippets").rglob("*.py"):
        assert path.relative_to(REPO_ROOT).as_posix() in known, f"{path} belongs to no topic"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torchnotes", *args], capture_output=True, text=True)


def test_cli_topics_json_lists_the_registry():
    import json

    proc = _cli("topics", "--json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert [d["id"] for d in data] == IDS
    for item in data:
        assert set(item) == {"id", "group", "api", "helper", "snippets", "pages"}
        assert set(item["pages"]) == {"zh", "en"}
        for path in [*item["snippets"], *item["pages"].values()]:
            assert (REPO_ROOT / path).is_file(), path


def test_cli_show_and_run():
    shown = _cli("show", "gather", "--lang", "en")
    assert shown.returncode == 0 and "torch.gather" in shown.stdout and ">>> " in shown.stdout
    ran = _cli("run", "gather")
    assert ran.returncode == 0
    assert "tensor([[0.7000],\n        [0.5000]])" in ran.stdout  # printed by a real run


def test_cli_unknown_topic_suggests_close_matches():
    proc = _cli("show", "gahter")
    assert proc.returncode == 2
    assert "unknown topic 'gahter'; did you mean 'gather'" in proc.stderr
