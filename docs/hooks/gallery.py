"""MkDocs hook: an executed gallery of sphinx-gallery scripts, prose in zh and en, code once.

Each ``docs/gallery/<name>.py`` is a sphinx-gallery script: a module docstring, then
cells separated by ``# %%`` comment lines. sphinx-gallery's own parser splits it into
text and code blocks. A text block holds both languages, each section opened by a
``[zh]`` or ``[en]`` line; the first line of a section's module docstring is its title.

At build time every script runs once in a fresh Python process (``__name__ == "__main__"``
as when a reader runs it), cell by cell; stdout and matplotlib figures are captured per
cell. Results are cached under ``.cache/gallery`` keyed by the script, the package source
and the torch version, so an example re-runs only when one of those changed. Comments in
code are written ``# English #zh: 中文`` as in snippets; each page and notebook shows its
language's half. A script
that raises fails the build. Each page offers the ``.py`` and a ``.ipynb`` (written with
sphinx-gallery's notebook writer) and shows the run time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GALLERY = ROOT / "docs" / "gallery"
CACHE = ROOT / ".cache" / "gallery"

TEXT = {
    "zh": {"gallery": "示例库", "intro": "可以下载运行的完整示例；页面上的输出和图片都是构建网站时实际运行得到的。",
           "py": "下载 Python 源码", "ipynb": "下载 Jupyter notebook", "time": "运行时间",
           "out": "输出", "file": "下载示例生成的文件", "description": "torchnotes 示例库：可下载运行的完整 PyTorch 示例，页面上的输出和图片均来自实际运行。"},
    "en": {"gallery": "Gallery", "intro": "Complete examples to download and run; every output and figure on these pages was produced by running them when the site was built.",
           "py": "Download Python source", "ipynb": "Download Jupyter notebook", "time": "Run time",
           "out": "Output", "file": "Download the file it wrote", "description": "The torchnotes gallery: complete PyTorch examples to download and run, with outputs and figures from a real run."},
}

_LANG_LINE = re.compile(r"^\[(zh|en)\]\s*$", re.M)


def split_languages(text: str) -> dict[str, str]:
    """Split a text block into its ``[zh]`` / ``[en]`` sections; unmarked text is shared.

    >>> split_languages("[zh]\\n你好\\n[en]\\nHello\\n")
    {'zh': '你好', 'en': 'Hello'}
    >>> split_languages("shared")
    {'zh': 'shared', 'en': 'shared'}
    """
    parts = _LANG_LINE.split(text)
    shared = parts[0].strip()
    out = {"zh": shared, "en": shared}
    for lang, body in zip(parts[1::2], parts[2::2]):
        out[lang] = (shared + "\n\n" + body.strip()).strip()
    return out


def parse(script: Path) -> list[tuple[str, str]]:
    """(kind, content) blocks of a gallery script, using sphinx-gallery's parser."""
    from sphinx_gallery.py_source_parser import split_code_and_text_blocks

    _, blocks = split_code_and_text_blocks(str(script))
    return [(b[0], b[1]) for b in blocks]


def _cache_key(script: Path) -> str:
    import torch

    digest = hashlib.sha256(script.read_bytes())
    for src in sorted((ROOT / "src" / "torchnotes").rglob("*.py")):
        digest.update(src.read_bytes())
    digest.update(torch.__version__.encode())
    return digest.hexdigest()[:16]


def run_example(script: Path) -> dict:
    """Run ``script`` (or reuse the cached run); return its per-cell outputs and figures.

    ``result["dir"]`` is the folder holding the figures: the key is computed once, so a
    source edited during a build cannot send the page to another run's folder.
    """
    out_dir = CACHE / script.stem / _cache_key(script)
    result_file = out_dir / "result.json"
    if result_file.is_file():
        return {**json.loads(result_file.read_text(encoding="utf-8")), "dir": str(out_dir)}
    from mkdocs.exceptions import PluginError

    out_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [sys.executable, __file__, str(script), str(out_dir)],
        capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    if proc.returncode != 0:
        raise PluginError(f"gallery example {script.name} failed:\n{proc.stderr[-3000:]}")
    print(f"INFO    -  gallery: ran {script.name}", file=sys.stderr)
    for stale in out_dir.parent.iterdir():  # runs of older sources: no page will show them again
        if stale != out_dir:
            shutil.rmtree(stale, ignore_errors=True)
    return {**json.loads(result_file.read_text(encoding="utf-8")), "dir": str(out_dir)}


def _execute(script: Path, out_dir: Path) -> None:
    """Child process: run the code cells in one namespace, record stdout and figures."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # run in the real __main__ module, as `python script.py` would: pickling (DataLoader
    # workers) looks names up there
    namespace = sys.modules["__main__"].__dict__
    namespace["__file__"] = str(script)
    # Files the example writes into its working folder are offered for download beside it
    # (e.g. a Chrome trace); the example runs inside its cache folder for that.
    os.chdir(out_dir)
    cells, start = [], time.perf_counter()
    for index, (kind, content) in enumerate(parse(script)):
        if kind != "code":
            continue
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            exec(compile(content, str(script), "exec"), namespace)  # noqa: S102
        figures = []
        for n, number in enumerate(plt.get_fignums()):
            name = f"{script.stem}-{index}-{n}.png"
            plt.figure(number).savefig(out_dir / name, dpi=96)
            figures.append(name)
        plt.close("all")
        cells.append({"block": index, "stdout": buffer.getvalue(), "figures": figures})
    seconds = round(time.perf_counter() - start, 2)
    # written last and renamed into place: a build that finds result.json finds every figure
    partial = out_dir / f"result.{os.getpid()}.tmp"
    partial.write_text(json.dumps({"cells": cells, "seconds": seconds}))
    partial.replace(out_dir / "result.json")


def code_in(content: str, lang: str) -> str:
    """A code cell as readers of ``lang`` see it: each ``# English #zh: 中文`` comment in
    their language (the script itself keeps both halves, and runs the same either way)."""
    from torchnotes.registry import localize_comments

    return localize_comments(content.strip("\n"), lang)


def notebook(blocks: list[tuple[str, str]], lang: str) -> str:
    """The example as a notebook in ``lang``, written with sphinx-gallery's notebook writer."""
    from sphinx_gallery.notebook import add_code_cell, add_markdown_cell, jupyter_notebook_skeleton

    nb = jupyter_notebook_skeleton()
    for kind, content in blocks:
        if kind == "code":
            add_code_cell(nb, code_in(content, lang))
        else:
            add_markdown_cell(nb, split_languages(content)[lang])
    return json.dumps(nb, indent=1, ensure_ascii=False)


_HEADING = re.compile(r"^(#{1,6}) (.+?)\s*$", re.M)


def heading_ids(blocks: list[tuple[str, str]]) -> list[str]:
    """The ids the English headings of an example get, in page order."""
    from markdown.extensions.toc import slugify, unique

    used: set[str] = set()
    ids = []
    for kind, content in blocks:
        if kind == "text":
            for match in _HEADING.finditer(split_languages(content)["en"]):
                ids.append(unique(slugify(match.group(2).replace("`", ""), "-"), used))
    return ids


def render(script: Path, lang: str) -> tuple[str, dict[str, bytes]]:
    """Markdown of the example page in ``lang`` and the files it links to."""
    t = TEXT[lang]
    blocks = parse(script)
    result = run_example(script)
    by_block = {c["block"]: c for c in result["cells"]}
    out_dir = Path(result["dir"])
    stem = script.stem
    files: dict[str, bytes] = {
        f"{stem}.py": script.read_bytes(),
        f"{stem}.ipynb": notebook(blocks, lang).encode(),
    }
    parts = []
    ids = iter(heading_ids(blocks))
    for index, (kind, content) in enumerate(blocks):
        if kind == "text":
            text = split_languages(content)[lang]
            # every heading carries its English id, so an anchor survives the language switch
            parts.append(_HEADING.sub(lambda m: f"{m.group(1)} {m.group(2)} {{#{next(ids)}}}", text))
            continue
        # code and output stay out of the search index, as on the topic pages
        parts.append(f'<div class="tn-code" data-search-exclude markdown>\n\n```python\n{code_in(content, lang)}\n```\n\n</div>')
        cell = by_block.get(index, {})
        if cell.get("stdout"):
            parts.append(
                f'<div class="tn-output" data-search-exclude markdown>\n\n```text title="{t["out"]}"\n'
                f'{cell["stdout"].rstrip()}\n```\n\n</div>'
            )
        for name in cell.get("figures", []):
            files[name] = (out_dir / name).read_bytes()
            parts.append(f"![{name}]({name})")
    figures = {name for cell in result["cells"] for name in cell.get("figures", [])}
    written = sorted(f.name for f in out_dir.iterdir()
                     if f.is_file() and f.name not in figures and not f.name.startswith("result."))
    for name in written:
        files[name] = (out_dir / name).read_bytes()
    extra = "".join(f"[{t['file']} `{name}`]({name}){{ download }} · " for name in written)
    parts.append(
        f"---\n\n{extra}[{t['py']} `{stem}.py`]({stem}.py){{ download }} · "
        f"[{t['ipynb']} `{stem}.ipynb`]({stem}.ipynb){{ download }} · "
        f"{t['time']}: {result['seconds']:.2f} s\n{{ .tn-meta }}"
    )
    return f"---\ndescription: {json.dumps(_description(blocks, lang), ensure_ascii=False)}\n---\n" + "\n\n".join(parts) + "\n", files


def _description(blocks: list[tuple[str, str]], lang: str) -> str:
    """The first paragraph after the title, on one line: the page's meta description."""
    intro = split_languages(blocks[0][1])[lang].split("\n\n")
    text = next((p for p in intro[1:] if p.strip()), intro[0].lstrip("# "))
    return " ".join(text.split())


def examples() -> list[Path]:
    return sorted(GALLERY.glob("*.py"))


def _title(script: Path, lang: str) -> str:
    first = split_languages(parse(script)[0][1])[lang]
    return first.splitlines()[0].lstrip("# ").strip()


def on_config(config):
    lang = config.theme["language"]
    section = {TEXT[lang]["gallery"]: ["gallery/index.md"] + [f"gallery/{s.stem}.md" for s in examples()]}
    config.nav.insert(len(config.nav) - 1, section)
    return config


def on_files(files, config):
    from mkdocs.structure.files import File

    lang = config.theme["language"]
    t = TEXT[lang]
    description = json.dumps(t["description"], ensure_ascii=False)  # a JSON string is a YAML string
    index = [f"---\ndescription: {description}\n---\n# {t['gallery']} {{#gallery}}\n\n{t['intro']}\n"]
    for script in examples():
        page, extra = render(script, lang)
        files.append(File.generated(config, f"gallery/{script.stem}.md", content=page))
        for name, data in extra.items():
            files.append(File.generated(config, f"gallery/{name}", content=data))
        index.append(f"- [{_title(script, lang)}]({script.stem}.md)")
    files.append(File.generated(config, "gallery/index.md", content="\n".join(index) + "\n"))
    return files


if __name__ == "__main__":
    try:
        _execute(Path(sys.argv[1]), Path(sys.argv[2]))
    except BaseException:
        traceback.print_exc()
        sys.exit(1)
