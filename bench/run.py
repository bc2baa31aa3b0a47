"""`make bench`: throughput of ingest, site build and PDF export on corpora generated at run time.

usage: python bench/run.py [--quick]   (--quick: smaller corpora, for a smoke run)
Prints one table per stage; nothing is asserted (speed is reported, never tested).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import REPUBLISH_EVERY, write_corpus
from kolom import knowledge, pipeline
from kolom.corpus.copies import find_copies
from kolom.settings import DEFAULT
from kolom.site.pages import all_pages

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", KOLOM_CACHE="off")

BARE_CONFIG = """site_name: Kolom
theme: {{name: material, language: nl, font: false, features: [navigation.tabs]}}
plugins: [tags]
markdown_extensions: [admonition, attr_list, md_in_html, tables, toc, pymdownx.details, pymdownx.superfences]
nav: [index.md, auteurs/index.md, archief.md, onderwerpen.md, over.md]
docs_dir: {docs}
site_dir: {site}
"""


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


INGEST_RUNS = 3  # this VM's speed swings by a third within minutes: the median of three runs, and all three


def bench_ingest(tmp: Path, count: int) -> None:
    raw = write_corpus(tmp / f"ingest-{count}", count)
    size = sum(p.stat().st_size for p in raw.iterdir())
    runs = []
    for _ in range(INGEST_RUNS):
        seconds, corpus = timed(lambda: pipeline.run(raw))
        assert len(corpus.columns) == count
        runs.append(seconds)
    median = statistics.median(runs)
    print(
        f"| ingest | {count:,} columns | {size / 1e6:.1f} MB | {median:.1f} s (median; runs "
        f"{', '.join(f'{s:.1f}' for s in runs)} s) | {count / median:,.0f} columns/s |"
    )


def bench_copies_and_related(tmp: Path, count: int) -> None:
    """Copies and related reading, against the cleaning and knowledge build they are part of (no cache)."""
    raw = write_corpus(tmp / f"corpus-{count}", count)
    clean_seconds, corpus = timed(lambda: pipeline.run(raw))  # finds the copies too
    copies_seconds, groups = timed(lambda: find_copies(corpus.columns))
    spent: list[float] = []
    real = knowledge.nearest

    def measured(*args, **kwargs):
        seconds, result = timed(lambda: real(*args, **kwargs))
        spent.append(seconds)
        return result

    knowledge.nearest = measured
    one_process = replace(DEFAULT, work=replace(DEFAULT.work, parallel_min_columns=count + 1))
    try:  # in one process, so that the time spent ranking related reading can be told apart
        kb_seconds, _ = timed(lambda: knowledge.build(corpus, one_process))
    finally:
        knowledge.nearest = real
    copies = sum(len(g.copies) for g in groups)
    share = (copies_seconds + sum(spent)) / (clean_seconds + kb_seconds)
    print(
        f"| copies + related | {count:,} columns | {copies:,} copies found "
        f"(generator made {count // REPUBLISH_EVERY:,}) | copies {copies_seconds:.1f} s, related {sum(spent):.1f} s | "
        f"{share:.0%} of cleaning + knowledge build ({clean_seconds + kb_seconds:.0f} s) |"
    )


def _tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _seconds(command: list[str], env: dict[str, str]) -> float:
    return timed(lambda: subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True))[0]


def run_measured(command: list[str], env: dict[str, str] = ENV) -> tuple[float, float]:
    """Seconds, and the peak memory (MB) of the largest process the command started."""
    seconds, result = timed(
        lambda: subprocess.run(
            [sys.executable, "-c", PEAK_RSS, *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
    )
    return seconds, int(result.stdout.split()[-1]) / 1024


PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def bare_build(tmp: Path, raw: Path, count: int) -> list[str]:
    """A plain `mkdocs build` of the very pages kolom generates (Material, no kolom plugin, no search)."""
    docs = tmp / f"bare-docs-{count}"
    pages = all_pages(knowledge.build(pipeline.run(raw)))
    for rel, text in pages.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(re.sub(r'"template": "\w+\.html", ', "", text), "utf-8")  # Material's default page
    config = tmp / f"bare-{count}.yml"
    config.write_text(BARE_CONFIG.format(docs=docs, site=tmp / f"bare-site-{count}"), encoding="utf-8")
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]


def edit_body(path: Path) -> None:
    """One edit a user makes: a sentence added to the column's longest paragraph (its body, not the footer,
    so that the column's page and PDFs really change)."""
    lines = path.read_text("utf-8").splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += " Een zin die er later bij kwam."
    path.write_text("\n".join(lines) + "\n", "utf-8")


def bench_site(tmp: Path, count: int, runs: int) -> None:
    """The whole `make site` (PDFs included) cold, unchanged and after one edit, and a cold build without
    PDFs, side by side with a bare mkdocs build of the same pages; then search in Chromium."""
    from bench.search import probe_words, search_speed

    raw = write_corpus(tmp / f"site-{count}", count)
    site = tmp / f"site-out-{count}"
    command = [sys.executable, "-m", "kolom", "site", "--raw", str(raw), "--site-dir", str(site)]
    env = dict(ENV, KOLOM_CACHE=str(tmp / f"cache-{count}"))
    bare_command = bare_build(tmp, raw, count)
    no_pdf, no_pdf_peak = run_measured(
        [*command, "--no-pdf"], dict(ENV, KOLOM_CACHE=str(tmp / f"cache-nopdf-{count}"))
    )
    cold, cold_peak = run_measured(command, env)
    bare, unchanged, edited, peaks = [], [], [], [no_pdf_peak, cold_peak]
    for round_ in range(runs):  # interleaved, so that a slow spell of the machine hits all alike
        bare.append(_seconds(bare_command, ENV))
        seconds, peak = run_measured(command, env)
        unchanged.append(seconds)
        edit_body(sorted(raw.iterdir())[count // 2 + round_])
        seconds, peak_edit = run_measured(command, env)
        edited.append(seconds)
        peaks += [peak, peak_edit]
    b, u, e = (statistics.median(t) for t in (bare, unchanged, edited))
    pdfs = len(list((site / "pdf").rglob("*.pdf")))
    print(
        f"| {count:,} | {b:.1f} s | {no_pdf:.1f} s ({no_pdf / b:.2f}×) | {cold:.1f} s ({cold / b:.2f}×) | "
        f"{u:.1f} s ({u / b:.2f}×) | {e:.1f} s ({e / b:.2f}×) | {pdfs:,} | {max(peaks):,.0f} MB |"
    )
    for what, (ms, size) in search_speed(site, probe_words(raw)).items():
        print(
            f"| {count:,} | search: {what} | first result {ms:,.0f} ms | {size / 1000:,.0f} KB transferred |"
        )


def bench_pdf(tmp: Path, count: int) -> None:
    from pypdf import PdfReader

    raw = write_corpus(tmp / f"pdf-{count}", count)
    out = tmp / f"pdf-out-{count}"
    seconds, peak_mb = run_measured(
        [sys.executable, "-m", "kolom", "pdf", "--raw", str(raw), "--out", str(out)]
    )
    files = list(out.rglob("*.pdf"))
    pages = sum(len(PdfReader(p).pages) for p in files)
    print(
        f"| pdf | {count:,} columns | {len(files):,} PDFs, {pages:,} pages | {seconds:.1f} s | {pages / seconds:.0f} pages/s | peak {peak_mb:,.0f} MB per process |"
    )


def main() -> int:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print("| stage | corpus | | | | |\n|---|---|---|---|---|---|")
        bench_ingest(tmp, 1_000 if quick else 10_000)
        for count in (200,) if quick else (1_000, 10_000):
            bench_copies_and_related(tmp, count)
        print(
            "\n| columns | bare mkdocs | kolom site, cold, no PDFs | cold, PDFs | unchanged | one file edited "
            "| PDFs | peak memory |\n|---|---|---|---|---|---|---|---|"
        )
        for count, runs in ((200, 1),) if quick else ((1_000, 3), (10_000, 1)):
            bench_site(tmp, count, runs)
        for count in (20,) if quick else (100, 1_000):
            bench_pdf(tmp, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
