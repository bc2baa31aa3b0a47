"""The background half of the search index: `python -m kolom.site.pagefind_job WORK`.

Reads WORK/documents.json ({path of the page's HTML file: document}), writes the documents below
WORK/pages and runs the Pagefind CLI on them into WORK/pagefind. It runs at low priority in its own
process, so the MkDocs build in the parent keeps its core and its interpreter to itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kolom.workers import die_with_parent

DOCUMENTS = "documents.json"
PAGES = "pages"
BUNDLE = "pagefind"


def main(work: Path) -> int:
    die_with_parent()
    os.nice(10)
    pages = work / PAGES
    for rel, html in json.loads((work / DOCUMENTS).read_text(encoding="utf-8")).items():
        target = pages / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    command = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(work / BUNDLE)]
    one_core = dict(os.environ, RAYON_NUM_THREADS="1", TOKIO_WORKER_THREADS="1")  # the other core renders
    return subprocess.run([*command, "--silent"], env=one_core, preexec_fn=die_with_parent).returncode


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
