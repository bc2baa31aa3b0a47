"""The `kolom` command: clean, site, pdf, offline. Each parses its arguments and calls the library."""

from __future__ import annotations

import argparse
import os
import sys
import time
import zipfile
from pathlib import Path

import yaml

from kolom import pipeline


def _report(corpus: pipeline.Corpus, seconds: float) -> None:
    for problem in corpus.problems:
        print(f"kolom: skipped {problem}", file=sys.stderr)
    blocks = sum(len(c.blocks) for c in corpus.columns)
    removed = sum(len(c.removed) for c in corpus.columns)
    doubts = sum(len(c.review) for c in corpus.columns)
    copies = sum(1 for c in corpus.columns if c.duplicate_of)
    doubtful = sum(1 for c in corpus.columns if c.review)
    print(
        f"kolom: {len(corpus.columns)} columns cleaned, {len(corpus.problems)} skipped, "
        f"{blocks} blocks kept, {removed} lines removed, {copies} republished copies, "
        f"{doubts} fields to check (te controleren) "
        f"in {doubtful} columns, in {seconds:.1f} s",
        file=sys.stderr,
    )
    for column in corpus.columns:
        for doubt in column.review:
            print(f"kolom: te controleren {column.source}: {doubt.field}: {doubt.why}", file=sys.stderr)


def cmd_clean(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    corpus = pipeline.run(args.input, progress=sys.stderr.isatty())
    pipeline.write_json(corpus, args.json)
    _report(corpus, time.perf_counter() - start)
    return 0 if corpus.columns or not corpus.problems else 1


def _mkdocs(config: Path, raw: Path, pdf: bool, site_dir: Path | None = None) -> int:
    """Build the site with MkDocs in this process, the kolom plugin's options set from the arguments."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    try:
        settings = load_config(str(config), site_dir=str(site_dir.resolve()) if site_dir else None)
        plugin = settings.plugins.get("kolom")
        if plugin is None:
            print(f"kolom: {config} gebruikt de kolom-plugin niet (plugins: - kolom)", file=sys.stderr)
            return 1
        plugin.config.raw, plugin.config.pdf = str(raw.resolve()), pdf
        build(settings)
    except MkDocsException as error:
        print(f"kolom: {error}", file=sys.stderr)
        return 1
    return 0


def cmd_site(args: argparse.Namespace) -> int:
    """Clean raw/, generate the pages, build site/ with --strict, write the PDFs, index with Pagefind."""
    return _mkdocs(args.config, args.raw, pdf=not args.no_pdf, site_dir=args.site_dir)


def cmd_offline(args: argparse.Namespace) -> int:
    """Build the file:// edition with Material's search and PDFs, and zip it."""
    site_dir = (
        args.site_dir
        or args.config.parent / yaml.safe_load(args.config.read_text(encoding="utf-8"))["site_dir"]
    )
    code = _mkdocs(args.config, args.raw, pdf=True, site_dir=site_dir)
    if code:
        return code
    write_zip(site_dir, args.zip)
    print(f"kolom: offline edition written to {args.zip}", file=sys.stderr)
    return 0


ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no build time in the archive


def write_zip(folder: Path, target: Path) -> None:
    """Zip a folder byte-identically for identical contents: sorted names, one fixed time and mode."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), date_time=ZIP_TIME)
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            archive.writestr(info, path.read_bytes())


def cmd_pdf(args: argparse.Namespace) -> int:
    """Only the PDFs: one per column, one per author, and the knowledge base."""
    from kolom.build import knowledge_base
    from kolom.cache import Cache
    from kolom.pdf.render import write_all

    start = time.perf_counter()
    store = Cache.from_env()
    kb = knowledge_base(args.raw, store, progress=sys.stderr.isatty()).kb
    report = write_all(kb, args.out, store=store)
    for problem in kb.problems:
        print(f"kolom: skipped {problem}", file=sys.stderr)
    for problem in report.problems:
        print(f"kolom: {problem}", file=sys.stderr)
    print(
        f"kolom: {len(report.rendered)} PDFs typeset, {len(report.reused)} from the cache, "
        f"{len(report.problems)} failed, in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    return 1 if report.problems and not kb.columns else 0


def cmd_knowledge(args: argparse.Namespace) -> int:
    """The knowledge model the site and PDFs show, as one JSON file (see the README)."""
    import json

    from kolom import knowledge
    from kolom.knowledge_json import export

    start = time.perf_counter()
    corpus = pipeline.run(args.input, progress=sys.stderr.isatty())
    document = export(knowledge.build(corpus))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _report(corpus, time.perf_counter() - start)
    return 0 if corpus.columns or not corpus.problems else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kolom", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser("clean", help="clean raw columns into JSON (the output contract)")
    clean.add_argument("input", type=Path, help="folder of raw .txt files (searched recursively)")
    clean.add_argument("--json", type=Path, required=True, help="folder for <stem>.json per input file")
    clean.set_defaults(func=cmd_clean)

    site = sub.add_parser("site", help="build site/ (pages, search, PDFs) from the raw columns")
    site.add_argument("--raw", type=Path, default=Path("raw"), help="folder of raw .txt files")
    site.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    site.add_argument("--no-pdf", action="store_true", help="skip the PDFs (faster previews)")
    site.add_argument("--site-dir", type=Path, help="where to build (default: site_dir of the config)")
    site.set_defaults(func=cmd_site)

    offline = sub.add_parser("offline", help="build the file:// edition and zip it")
    offline.add_argument("--raw", type=Path, default=Path("raw"))
    offline.add_argument("--config", type=Path, default=Path("mkdocs-offline.yml"))
    offline.add_argument("--zip", type=Path, default=Path("kolom-offline.zip"))
    offline.add_argument("--site-dir", type=Path, help="where to build before zipping")
    offline.set_defaults(func=cmd_offline)

    know = sub.add_parser("knowledge", help="write the knowledge model (authors, columns, topics) as JSON")
    know.add_argument("input", type=Path, help="folder of raw .txt files (searched recursively)")
    know.add_argument("--json", type=Path, required=True, help="the JSON file to write")
    know.set_defaults(func=cmd_knowledge)

    pdf = sub.add_parser("pdf", help="write the PDFs only")
    pdf.add_argument("--raw", type=Path, default=Path("raw"))
    pdf.add_argument("--out", type=Path, default=Path("site/pdf"))
    pdf.set_defaults(func=cmd_pdf)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
