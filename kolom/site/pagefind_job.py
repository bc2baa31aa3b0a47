"""The background half of the search index: `python -m kolom.site.pagefind_job WORK`.

Reads WORK/documents.json ({"parts": a list of {path of the page's HTML file: document}, "chunk_size":
word locations per index chunk, or null for Pagefind's default}), writes
each part's documents below WORK/pages-N and runs the Pagefind CLI on them: the first part into
WORK/pagefind, the others into WORK/pagefind/deel-N. It runs at low priority in its own process, so
the MkDocs build in the parent keeps its core and its interpreter to itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kolom.workers import die_with_parent

DOCUMENTS = "documents.json"
BUNDLE = "pagefind"


def part_folder(number: int) -> str:
    """The folder, inside the first part's bundle, of the part with this 0-based number (not the first)."""
    return f"deel-{number + 1}"


def index(pages: Path, output: Path, chunk_size: int | None) -> int:
    """Run the Pagefind CLI on one folder of documents, on one core; its exit code."""
    command = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(output)]
    env = dict(os.environ, RAYON_NUM_THREADS="1", TOKIO_WORKER_THREADS="1")  # the other core renders
    if chunk_size:  # the CLI has no flag for it (Pagefind 1.5)
        env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = str(chunk_size)
    return subprocess.run([*command, "--silent"], env=env, preexec_fn=die_with_parent).returncode


def main(work: Path) -> int:
    die_with_parent()
    os.nice(10)
    job = json.loads((work / DOCUMENTS).read_text(encoding="utf-8"))
    for number, docs in enumerate(job["parts"]):
        pages = work / f"pages-{number}"
        for rel, html in docs.items():
            target = pages / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        output = work / BUNDLE / (part_folder(number) if number else "")
        if code := index(pages, output, job["chunk_size"]):
            return code
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
