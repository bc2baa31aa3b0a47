"""The `kolom` command: clean, site, pdf, offline. Each parses its arguments and calls the library."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kolom import pipeline


def _report(corpus: pipeline.Corpus, seconds: float) -> None:
    for problem in corpus.problems:
        print(f"kolom: skipped {problem}", file=sys.stderr)
    blocks = sum(len(c.blocks) for c in corpus.columns)
    removed = sum(len(c.removed) for c in corpus.columns)
    print(
        f"kolom: {len(corpus.columns)} columns cleaned, {len(corpus.problems)} skipped, "
        f"{blocks} blocks kept, {removed} lines removed, in {seconds:.1f} s",
        file=sys.stderr,
    )


def cmd_clean(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    corpus = pipeline.run(args.input, progress=sys.stderr.isatty())
    pipeline.write_json(corpus, args.json)
    _report(corpus, time.perf_counter() - start)
    return 0 if corpus.columns or not corpus.problems else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kolom", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser("clean", help="clean raw columns into JSON (the output contract)")
    clean.add_argument("input", type=Path, help="folder of raw .txt files (searched recursively)")
    clean.add_argument("--json", type=Path, required=True, help="folder for <stem>.json per input file")
    clean.set_defaults(func=cmd_clean)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
