"""MkDocs event handlers: generate the pages from raw/ before the build, index and print after it.

Thin glue: the work is in `kolom.pipeline`, `kolom.knowledge`, `kolom.site.pages` and `kolom.pdf`.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from kolom import pipeline
from kolom.cache import Cache
from kolom import knowledge
from kolom.site.pages import AUTHORS_DIR, COLUMNS_DIR, all_pages
from kolom.site.search import fold_index

# Under mkdocs' logger so it prints with the build; bad input is INFO, since --strict fails on warnings
# and one bad file must never stop the others from building.
log = logging.getLogger("mkdocs.plugins.kolom")
_state: dict[str, object] = {}
SEARCHED_PAGES = f"{{{COLUMNS_DIR},{AUTHORS_DIR}}}/**/*.html"  # only these carry data-pagefind-body


def raw_dir(config: MkDocsConfig) -> Path:
    """The input folder: $KOLOM_RAW, else `extra.kolom.raw`, relative to mkdocs.yml."""
    raw = Path(os.environ.get("KOLOM_RAW") or config.extra.get("kolom", {}).get("raw", "raw"))
    return raw if raw.is_absolute() else Path(config.config_file_path).parent / raw


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    start = time.perf_counter()
    store = Cache.from_env()
    corpus = pipeline.run(raw_dir(config), progress=sys.stderr.isatty(), store=store)
    for problem in corpus.problems:
        log.info("kolom: skipped %s", problem)
    cleaned = time.perf_counter()
    kb = knowledge.build(corpus, store=store)
    _state.update(kb=kb, pages=all_pages(kb))
    log.info(
        "kolom: %d columns, %d authors; cleaned in %.1f s, summarised in %.1f s",
        len(kb.columns), len(kb.authors), cleaned - start, time.perf_counter() - cleaned,
    )
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in _state["pages"].items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files


@event_priority(-50)  # after Material's search plugin writes its index, before the offline plugin inlines it
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if config.extra.get("kolom", {}).get("search") == "lunr" and (index := site / "search" / "search_index.json").exists():
        log.info("kolom: %d accent-folded words added to the search index", fold_index(index))
    if os.environ.get("KOLOM_PDF") == "1":
        from kolom.pdf.render import write_all

        for problem in write_all(_state["kb"], site / "pdf"):
            log.info("kolom: %s", problem)
    if config.extra.get("kolom", {}).get("search") == "pagefind":
        start = time.perf_counter()
        command = [sys.executable, "-m", "pagefind", "--site", str(site), "--silent", "--exclude-selectors", ".headerlink"]
        command += ["--glob", SEARCHED_PAGES]
        subprocess.run(command, check=True)
        log.info("kolom: search index written in %.1f s", time.perf_counter() - start)
