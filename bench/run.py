"""``make bench``: the reader's and the author's speed, measured, with targets beside them.

Benchmarks are measurements, never timed tests: this script prints one table and, with
``--write``, keeps it in ``bench/README.md`` with the date, machine and versions.

    python bench/run.py [--write] [--only build,dev,reader,import,tests]

Targets (issue "bench/"): cold build of both languages <= 120 s; warm build <= 0.2 x cold;
a one-page edit visible in ``make dev`` <= 0.25 x cold; topic pages served with gzip
<= 250 KB transferred, Lighthouse mobile performance >= 98 and accessibility, best
practices, SEO = 100; each ``import torchnotes.<group>`` <= 1.1 x ``import torch``;
``make test`` about two minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
README = ROOT / "bench" / "README.md"
ROWS: list[tuple[str, str, str, bool | None]] = []  # name, measured, target, met


def row(name: str, measured: str, target: str, met: bool | None) -> None:
    ROWS.append((name, measured, target, met))
    flag = "" if met is None else ("ok" if met else "MISSED")
    print(f"{name:<44} {measured:<28} {target:<22} {flag}", flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(dest: Path) -> float:
    """``make site`` into ``dest``: both languages, strict, one process."""
    start = time.perf_counter()
    subprocess.run([PY, "tools/build_site.py", "--site-dir", str(dest)],
                   cwd=ROOT, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


# --------------------------------------------------------------------------- build


def bench_build(site: Path) -> float:
    for cache in ("gallery", "pages"):  # cold: no gallery results, no converted pages
        shutil.rmtree(ROOT / ".cache" / cache, ignore_errors=True)
    cold = build(site)
    row("build: cold, both languages, gallery run", f"{cold:.1f} s", "<= 120 s", cold <= 120)
    warm = build(site)
    row("build: warm (nothing changed)", f"{warm:.1f} s = {warm / cold:.2f} x cold", "<= 0.2 x cold",
        warm <= 0.2 * cold)
    for lang, base in (("zh", site), ("en", site / "en")):
        index = (base / "search" / "search_index.json").read_bytes()
        row(f"search index ({lang})", f"{len(index) / 1024:.0f} KB, {len(gzip.compress(index)) / 1024:.0f} KB gzip",
            "bounded (in page weight)", None)
    return cold


# --------------------------------------------------------------------------- author loop


def _edit_visible(path: Path, url: str, edit) -> float | None:
    """Write ``edit(text, marker)`` to ``path``; seconds until ``url`` shows the marker."""
    original = path.read_text(encoding="utf-8")
    marker = f"bench-marker-{time.time_ns()}"
    start = time.perf_counter()
    try:
        path.write_text(edit(original, marker), encoding="utf-8")
        while time.perf_counter() - start < 120:
            try:
                if marker in urllib.request.urlopen(url, timeout=2).read().decode():
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.1)
        return None
    finally:
        path.write_text(original, encoding="utf-8")


def bench_dev(cold: float) -> None:
    """``make dev``: edit a topic page, then a snippet it embeds; time until the served HTML changes."""
    port = _free_port()
    server = subprocess.Popen(
        ["make", "--no-print-directory", "dev", f"DEV_ADDR=127.0.0.1:{port}"],
        cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/indexing/gather/"
    edits = (
        ("dev: one-page edit visible (make dev)", ROOT / "docs" / "en" / "indexing" / "gather.md",
         lambda text, marker: f"{text}\n{marker}\n"),
        # the English half of the first comment in an example the page embeds
        ("dev: snippet edit visible (make dev)", ROOT / "snippets" / "gather" / "basic.py",
         lambda text, marker: text.replace(" #zh: ", f" {marker} #zh: ", 1)),
    )
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        for name, path, edit in edits:
            time.sleep(3)  # let the watcher settle after the previous build
            seen = _edit_visible(path, url, edit)
            if seen is None:
                row(name, "not seen in 120 s", "<= 0.25 x cold", False)
            else:
                row(name, f"{seen:.1f} s = {seen / cold:.2f} x cold", "<= 0.25 x cold", seen <= 0.25 * cold)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


# --------------------------------------------------------------------------- reader


def _serve_gzip(site: Path) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    import serve_gzip

    port = _free_port()
    threading.Thread(target=serve_gzip.serve, args=(str(site), port), daemon=True).start()
    time.sleep(0.5)
    return f"http://127.0.0.1:{port}"


def _lighthouse(url: str) -> dict | None:
    """Lighthouse (npm) on Debian's chromium, mobile defaults; None when npx is missing."""
    npx = shutil.which("npx")
    chromium = shutil.which("chromium")
    if not (npx and chromium):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        flags = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                 "--disable-component-update --disable-sync --no-first-run")
        proc = subprocess.run(
            [npx, "--yes", "lighthouse@12", url, "--quiet", "--output=json", f"--output-path={out}",
             f"--chrome-flags={flags}"],
            env={**os.environ, "CHROME_PATH": chromium}, capture_output=True, text=True, timeout=300,
        )
        if proc.returncode or not out.is_file():
            return None
        report = json.loads(out.read_text())
    scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
    scores["bytes"] = report["audits"]["total-byte-weight"]["numericValue"]
    return scores


def search_query(api: str) -> str:
    """What a reader types to find a topic: the last name of its (first) API.

    >>> search_query("torch.nn.functional.scaled_dot_product_attention"), search_query("torch.add / torch.mul")
    ('scaled_dot_product_attention', 'add')
    >>> search_query("Vocab (token <-> id)")
    'Vocab'
    """
    return api.split(" / ")[0].split(" (")[0].split(".")[-1]


def bench_search(base: str) -> None:
    """What search still finds: each topic's API name typed into the real search box of
    each language; is the topic's page among the results, and is it the first page?"""
    chromium = shutil.which("chromium")
    if chromium is None:
        row("search finds the topic by API name", "chromium not available", "", None)
        return
    sys.path.insert(0, str(ROOT / "src"))
    from playwright.sync_api import sync_playwright

    from torchnotes import registry

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for lang, prefix in (("zh", "/"), ("en", "/en/")):
            page = browser.new_page()
            page.goto(base + prefix, wait_until="networkidle")
            box = page.locator(".md-search__input")
            box.click()
            found = first = 0
            missed = []
            for topic in registry.TOPICS.values():
                box.fill("")
                page.keyboard.type(search_query(topic.api))
                page.keyboard.press("End")  # Material's search reacts to key events
                page.wait_for_timeout(300)
                hrefs = page.locator(".md-search-result__item > a").evaluate_all(
                    "links => links.map(a => new URL(a.href).pathname)")
                target = f"{prefix}{topic.group}/{topic.id}/"
                found += target in hrefs
                first += bool(hrefs) and hrefs[0] == target
                if target not in hrefs:
                    missed.append(topic.id)
            page.close()
            n = len(registry.TOPICS)
            row(f"search ({lang}): topic page found by its API name", f"{found}/{n} listed, {first}/{n} first",
                "every topic listed", found == n)
            if missed:
                print(f"  not listed ({lang}): {', '.join(missed)}", flush=True)
        browser.close()


def bench_reader(base: str) -> None:
    for lang, url in (("zh", "/indexing/gather/"), ("en", "/en/indexing/gather/")):
        scores = _lighthouse(base + url)
        if scores is None:
            row(f"reader: {lang} topic page", "lighthouse not available (npx)", "", None)
            continue
        kb = scores["bytes"] / 1024
        row(f"reader: {lang} topic page weight (gzip)", f"{kb:.0f} KB", "<= 250 KB", kb <= 250)
        row(f"reader: {lang} Lighthouse perf/a11y/bp/seo",
            f"{scores['performance']}/{scores['accessibility']}/{scores['best-practices']}/{scores['seo']}",
            ">= 98/100/100/100",
            scores["performance"] >= 98 and min(scores["accessibility"], scores["best-practices"], scores["seo"]) == 100)


# --------------------------------------------------------------------------- package


def _import_ms(module: str) -> float:
    proc = subprocess.run([PY, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True,
                          cwd=ROOT, env=ENV)
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1000
    raise RuntimeError(f"no importtime line for {module}")


def bench_import(runs: int = 5) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from torchnotes import registry

    base = statistics.median(_import_ms("torch") for _ in range(runs))
    row("import torch (reference)", f"{base:.0f} ms", "", None)
    worst = ("", 0.0)
    for module in ["torchnotes"] + [f"torchnotes.{g}" for g in registry.by_group()]:
        ratio = statistics.median(_import_ms(module) for _ in range(runs)) / base
        worst = max(worst, (module, ratio), key=lambda x: x[1])
    row(f"import: slowest group ({worst[0]})", f"{worst[1]:.2f} x import torch", "<= 1.1 x", worst[1] <= 1.1)


# --------------------------------------------------------------------------- tests


def bench_tests() -> None:
    """``pytest`` as CI runs it on a fresh clone: no gallery results, no converted pages cached."""
    for cache in ("gallery", "pages"):
        shutil.rmtree(ROOT / ".cache" / cache, ignore_errors=True)
    start = time.perf_counter()
    proc = subprocess.run([PY, "-m", "pytest", "-q", "--durations=10", "-p", "no:randomly"],
                          cwd=ROOT, env=ENV, capture_output=True, text=True)
    wall = time.perf_counter() - start
    row("tests: pytest wall time, caches removed", f"{wall:.0f} s ({os.cpu_count()} cores)", "about 120 s",
        wall <= 150)
    slow = re.findall(r"^(\d+\.\d+)s (?:call|setup|teardown)\s+(\S+)", proc.stdout, re.M)
    for seconds, test in slow[:10]:
        row(f"  slow: {test.split('::')[-1][:40]}", f"{float(seconds):.1f} s", "", None)


# --------------------------------------------------------------------------- report


def environment() -> str:
    import torch

    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import material
    import mkdocs

    return (f"{datetime.date.today()} · {os.cpu_count()} cores ({cpu}) · Python {platform.python_version()} · "
            f"torch {torch.__version__} · mkdocs {mkdocs.__version__} · material {material.__version__}")


def _kept_rows(text: str) -> list[str]:
    """Rows of the stored table that this run did not measure (``--only`` ran a part)."""
    measured = {name.split(":")[0].strip() for name, *_ in ROWS}
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| benchmark")]
    return [line for line in rows if line.split("|")[1].strip().split(":")[0] not in measured]


def table(kept: list[str] = ()) -> str:
    lines = ["| benchmark | measured | target | met |", "|---|---|---|---|", *kept]
    for name, measured, target, met in ROWS:
        lines.append(f"| {name} | {measured} | {target} | {'' if met is None else ('yes' if met else '**no**')} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="keep the table in bench/README.md")
    parser.add_argument("--only", default="build,dev,reader,import,tests")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        cold = bench_build(site) if only & {"build", "dev", "reader"} else None
        if "dev" in only:
            bench_dev(cold)
        if "reader" in only:
            base = _serve_gzip(site)  # one server for both: the site served with gzip
            bench_reader(base)
            bench_search(base)
    if "import" in only:
        bench_import()
    if "tests" in only:
        bench_tests()
    env = environment()
    print(f"\n{env}\n\n{table()}")
    if args.write:
        text = README.read_text(encoding="utf-8")
        start, end = "<!-- bench:start -->", "<!-- bench:end -->"
        head, _, rest = text.partition(start)
        old, _, tail = rest.partition(end)
        README.write_text(f"{head}{start}\n{env}\n\n{table(_kept_rows(old))}\n{end}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
