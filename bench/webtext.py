"""Score `kolom clean` on the webtext benchmark (55 English and German pages with outside gold).

usage: python bench/webtext.py [BENCH_DIR] [--quiet]   (default: tests/fixtures/webtext)
Writes each column's block texts to <id>.txt and its metadata to <id>.json, then runs the benchmark's
own score.py and prints its summary.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kolom import pipeline

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "webtext"


def predict(bench_dir: Path, out: Path) -> None:
    corpus = pipeline.run(bench_dir / "raw")
    for column in corpus.columns:
        stem = Path(column.source).stem
        (out / f"{stem}.txt").write_text("\n".join(b.text for b in column.blocks), encoding="utf-8")
        meta = {"title": column.title, "author": column.authors, "date": column.date}
        (out / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def score(bench_dir: Path, quiet: bool = True) -> dict:
    """Run the benchmark's scorer; returns its JSON summary."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        predict(bench_dir, out)
        args = [sys.executable, str(bench_dir / "score.py"), str(out), "--json", str(out / "score.json")]
        result = subprocess.run(
            args + (["--quiet"] if quiet else []), capture_output=True, text=True, check=True
        )
        print(result.stdout)
        return json.loads((out / "score.json").read_text(encoding="utf-8"))


if __name__ == "__main__":
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    score(Path(paths[0]) if paths else DEFAULT_DIR, quiet="--quiet" in sys.argv)
