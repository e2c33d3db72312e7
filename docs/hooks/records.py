"""What the pages show about other releases and GPUs, as plain Markdown (no MkDocs import).

* :func:`release_box` - a snippet's "Differs across releases" box, from ``records/torch-*.json``
  (written by ``tools/record_releases.py``);
* :func:`cuda_snippet` - a ``REQUIRES = "cuda"`` snippet with the output recorded on a GPU
  (``records/cuda/<id>/<name>.json``, written by ``tools/record_cuda.py``), or its code with
  a note that nothing is recorded yet;
* :func:`changes_box` and :func:`changes_page` - the "changed in" facts of
  :mod:`torchnotes.changes`.

Code keeps the snippet comment convention ``# English #zh: 中文``; the caller shows the
page's half (``api.localize_comments``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from torchnotes import changes, registry

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "records"
CUDA_RECORDS = RECORDS / "cuda"

TEXT = {
    "zh": {
        "release_title": "版本差异",
        "release_intro": "下面几行在 torch {other} 上的输出与本页不同，两个版本的实际输出如下。",
        "this_page": "torch {v}（本页）",
        "release": "torch {v}",
        "crash_signal": "在 torch {v} 上，运行到最后一行时进程被信号 {signal} 终止，其后的示例没有运行。",
        "crash_timeout": "在 torch {v} 上，运行到最后一行时进程超过 {seconds} 秒仍未结束而被终止，其后的示例没有运行。",
        "crash_exit": "在 torch {v} 上，运行到最后一行时进程以退出码 {status} 结束，其后的示例没有运行。",
        "crash_unknown": "在 torch {v} 上，进程异常结束（{detail}），其后的示例没有运行。",
        "error": "在 torch {v} 上，这个文件在运行示例之前就出错：",
        "cuda_recorded": "这段代码需要 CUDA。输出在 {device} 上录制：torch {torch}，CUDA {cuda}，Python {python}（{date}）。",
        "cuda_missing": "这段代码需要 CUDA，输出尚未在 GPU 上录制，下面只列出代码。",
        "changes_title": "版本变化",
        "since": "torch {v} 起",
        "release_notes": "发布说明",
        "docs": "文档",
        "page_title": "版本变化",
        "page_description": "PyTorch 各版本中默认值与行为的变化：受影响的 API、变化内容及发布说明，按版本从新到旧排列。",
        "page_intro": "下表列出默认值或行为在某个 torch 版本中发生变化的 API，按版本从新到旧排列。"
                      "如果你用的是较旧的版本，请对照此表阅读各页的示例；"
                      "同一示例在不同版本上输出不同时，页面上的「版本差异」框会并列给出两个版本的实际输出。",
        "col_release": "版本",
        "col_api": "API",
        "col_change": "变化",
        "col_link": "出处",
    },
    "en": {
        "release_title": "Differs across releases",
        "release_intro": "On torch {other} these lines print something else; here is what each release prints.",
        "this_page": "torch {v} (this page)",
        "release": "torch {v}",
        "crash_signal": "On torch {v} the process is killed by signal {signal} at the last line; the examples after it do not run.",
        "crash_timeout": "On torch {v} the process is stopped at the last line after running for more than {seconds} s; the examples after it do not run.",
        "crash_exit": "On torch {v} the process exits with status {status} at the last line; the examples after it do not run.",
        "crash_unknown": "On torch {v} the process ends abnormally ({detail}); the examples after it do not run.",
        "error": "On torch {v} this file fails before its examples run:",
        "cuda_recorded": "This snippet needs CUDA. Recorded on {device}: torch {torch}, CUDA {cuda}, Python {python} ({date}).",
        "cuda_missing": "This snippet needs CUDA; its output has not been recorded on a GPU yet, so only the code is shown.",
        "changes_title": "What changed",
        "since": "Since torch {v}",
        "release_notes": "release notes",
        "docs": "docs",
        "page_title": "What changed",
        "page_description": "Defaults and behaviours that changed across PyTorch releases: the API, the change and its release note, newest release first.",
        "page_intro": "APIs whose default or behaviour changed in a torch release, newest release first. "
                      "If you run an older release, read the pages' examples with this table in mind; "
                      "where an example prints something else on another release, its page shows both "
                      "outputs in a \"Differs across releases\" box.",
        "col_release": "Release",
        "col_api": "API",
        "col_change": "Change",
        "col_link": "Source",
    },
}


@cache
def _runner() -> ModuleType:
    """``tools/release_runner.py`` (its ``requires`` and ``example_sources``), loaded by path."""
    path = ROOT / "tools" / "release_runner.py"
    spec = importlib.util.spec_from_file_location("_torchnotes_release_runner", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def _release(version: str) -> str:
    """``2.13.0+cpu`` -> ``2.13.0``."""
    return version.split("+", 1)[0]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def release_records() -> list[dict]:
    """Every ``records/torch-*.json``, newest release first."""
    return _records_in(RECORDS)


@cache  # read once per build; site.py clears it when a build starts (make dev rebuilds in one process)
def _records_in(folder: Path) -> list[dict]:
    found = [_load(p) for p in folder.glob("torch-*.json")]
    return sorted(found, key=lambda r: changes.version_key(_release(r["torch"])), reverse=True)


def _block(title: str, parts: list[str]) -> str:
    body = "\n".join(part.rstrip("\n") for part in parts if part.strip("\n"))
    return f'```pycon title="{title}"\n{body}\n```'


def _crash_sentence(crash: str, version: str, lang: str) -> str:
    t = TEXT[lang]
    if crash.startswith("SIG"):
        return t["crash_signal"].format(v=version, signal=crash)
    timeout = re.fullmatch(r"timeout after (\d+) s", crash)
    if timeout:
        return t["crash_timeout"].format(v=version, seconds=timeout.group(1))
    status = re.fullmatch(r"exit status (-?\d+)", crash)
    if status:
        return t["crash_exit"].format(v=version, status=status.group(1))
    return t["crash_unknown"].format(v=version, detail=crash)


def _differences_of(record: dict, snippet_path: str) -> list[dict]:
    found = []
    for key, entry in sorted(record["differences"].items()):
        if key == snippet_path or key.startswith(snippet_path + "::"):
            found.append(entry)
    return found


def release_box(snippet_path: str, lang: str) -> str:
    """The "Differs across releases" admonition of a snippet, or "" when no release differs.

    For each other release: the differing lines with this page's output and with that
    release's output, each block titled with its torch version; a crash or an error ends
    that release's block with a sentence saying so.
    """
    t = TEXT[lang]
    sections = []
    for record in release_records():
        entries = _differences_of(record, snippet_path)
        if not entries:
            continue
        other, reference = _release(record["torch"]), _release(record["reference_torch"])
        mine: list[str] = []
        theirs: list[str] = []
        notes: list[str] = []
        for entry in entries:
            for example in entry["examples"]:
                mine += [registry.prompted(example["source"]), example["want"]]
                theirs += [registry.prompted(example["source"]), example["got"]]
            crash = entry.get("crash")
            if crash and crash.get("source"):
                mine += [registry.prompted(crash["source"]), crash["want"] or ""]
                theirs += [registry.prompted(crash["source"])]
            if crash:
                notes.append(_crash_sentence(crash["signal"], other, lang))
            if entry.get("error"):
                notes.append(t["error"].format(v=other) + f"\n\n```text\n{entry['error'].rstrip()}\n```")
        parts = [t["release_intro"].format(other=other)]
        if mine:
            parts.append(_block(t["this_page"].format(v=reference), mine))
        if theirs:
            parts.append(_block(t["release"].format(v=other), theirs))
        parts += notes
        sections.append("\n\n".join(parts))
    if not sections:
        return ""
    body = "\n\n".join(sections)
    indented = "\n".join(("    " + line) if line else "" for line in body.split("\n"))
    return f'!!! info "{t["release_title"]}"\n\n{indented}\n'


def cuda_record_path(snippet_path: str) -> Path:
    """Where the GPU record of ``snippets/<id>/<name>.py`` lives: ``records/cuda/<id>/<name>.json``."""
    relative = Path(snippet_path).relative_to("snippets")
    return CUDA_RECORDS / relative.with_suffix(".json")


def cuda_record(snippet_path: str) -> dict | None:
    """The snippet's GPU record when its code is the snippet's current code, else None."""
    path = cuda_record_path(snippet_path)
    if not path.is_file():
        return None
    record = _load(path)
    if record.get("code") != _runner().example_sources(ROOT / snippet_path):
        return None
    return record


def cuda_snippet(snippet_path: str, lang: str) -> str | None:
    """None for a snippet that runs anywhere; for a CUDA snippet the Markdown shown instead
    of the plain block: the recorded output labelled with the GPU and versions it came from,
    or the code alone with a note that nothing is recorded yet."""
    if _runner().requires(ROOT / snippet_path) != "cuda":
        return None
    t = TEXT[lang]
    body = registry.snippet_examples(snippet_path)
    record = cuda_record(snippet_path)
    if record is None:
        code = "\n".join(line for line in body.split("\n") if line[:4] in (">>> ", "... "))
        return f"{t['cuda_missing']}\n\n```pycon title=\"{snippet_path}\"\n{code}\n```"
    label = t["cuda_recorded"].format(
        device=record["device"], torch=_release(record["torch"]), cuda=record["cuda"],
        python=record["python"], date=record["recorded"],
    )
    return f"{label}\n\n```pycon title=\"{snippet_path}\"\n{body}\n```"


def _link(change: changes.Change, lang: str) -> str:
    t = TEXT[lang]
    label = t["release_notes"] if "/releases/" in change.link else t["docs"]
    return f"[{label}]({change.link})"


def changes_box(topic_id: str, lang: str) -> str:
    """The topic's "What changed" admonition (newest release first), or "" when none."""
    found = changes.for_topic(topic_id)
    if not found:
        return ""
    t = TEXT[lang]
    # Chinese text takes no space before the link; its colon is full-width
    sep, gap = ("：", "") if lang == "zh" else (": ", " ")
    items = [
        f"    - **{t['since'].format(v=c.version)}**{sep}`{c.api}` — "
        f"{getattr(c, lang)}{gap}{_link(c, lang)}"
        for c in found
    ]
    return f'!!! abstract "{t["changes_title"]}"\n\n' + "\n".join(items) + "\n\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def changes_page(lang: str) -> str:
    """The site-wide "What changed" page: one table, newest release first."""
    t = TEXT[lang]
    rows = [
        f"| {t['col_release']} | {t['col_api']} | {t['col_change']} | {t['col_link']} |",
        "|---|---|---|---|",
    ]
    for change in changes.newest_first():
        api = f"`{change.api}`"
        topic = registry.TOPICS.get(change.topic) if change.topic else None
        if topic is not None:
            api = f"[{api}]({topic.group}/{topic.id}.md)"
        rows.append(
            f"| {change.version} | {_cell(api)} | {_cell(getattr(change, lang))} | "
            f"{_link(change, lang)} |"
        )
    front = f"---\ndescription: {json.dumps(t['page_description'], ensure_ascii=False)}\n---\n"
    return f"{front}# {t['page_title']} {{#what-changed}}\n\n{t['page_intro']}\n\n" + "\n".join(rows) + "\n"
