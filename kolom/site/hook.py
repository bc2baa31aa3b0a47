"""MkDocs event handlers: generate the pages from raw/ before the build, index and print after it.

Thin glue: the work is in `kolom.pipeline`, `kolom.knowledge`, `kolom.site.pages` and `kolom.pdf`.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from kolom import knowledge, pipeline
from kolom.cache import Cache
from kolom.cache import key as cache_key
from kolom.settings import DEFAULT
from kolom.site.pages import AUTHORS_DIR, COLUMNS_DIR, all_pages
from kolom.site.search import fold_index
from kolom.site.search_index import SearchIndex, documents

# Under mkdocs' logger so it prints with the build; bad input is INFO, since --strict fails on warnings
# and one bad file must never stop the others from building.
log = logging.getLogger("mkdocs.plugins.kolom")
_state: dict[str, object] = {}
LISTED_ONLY = (f"{COLUMNS_DIR}/", f"{AUTHORS_DIR}/")  # reached from listing pages, not from the nav


def raw_dir(config: MkDocsConfig) -> Path:
    """The input folder: $KOLOM_RAW, else `extra.kolom.raw`, relative to mkdocs.yml."""
    raw = Path(os.environ.get("KOLOM_RAW") or config.extra.get("kolom", {}).get("raw", "raw"))
    return raw if raw.is_absolute() else Path(config.config_file_path).parent / raw


def check_site_dir(site_dir: Path, raw: Path, project: Path) -> None:
    """Refuse a build folder that MkDocs' clean-up would delete the input or the project with."""
    site = site_dir.resolve()
    for what, path in (("de invoermap", raw.resolve()), ("het project", project.resolve())):
        if path == site or path.is_relative_to(site):
            raise PluginError(
                f"kolom: de bouwmap {site_dir} bevat {what} ({path}); MkDocs leegt de bouwmap, "
                "dus kies een map die er los van staat"
            )


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Clean raw/ and build the knowledge base and its pages; unchanged input comes whole from the cache."""
    start = time.perf_counter()
    raw, store = raw_dir(config), Cache.from_env()
    check_site_dir(Path(config.site_dir), raw, Path(config.config_file_path).parent)
    key = cache_key("site", pipeline.fingerprint(raw), DEFAULT)
    source = "from the cache"
    if (built := store.get(key)) is None:
        kb = knowledge.build(pipeline.run(raw, progress=sys.stderr.isatty(), store=store), store=store)
        built, source = (kb, all_pages(kb)), "cleaned and summarised"
        store.put(key, built)
    kb, pages = built
    for problem in kb.problems:
        log.info("kolom: skipped %s", problem)
    _state.update(kb=kb, pages=pages)
    log.info(
        "kolom: %d columns, %d authors, %s in %.1f s",
        len(kb.columns),
        len(kb.authors),
        source,
        time.perf_counter() - start,
    )
    return config


def _search(config: MkDocsConfig) -> str | None:
    return config.extra.get("kolom", {}).get("search")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    urls: dict[str, str] = {}
    for path, content in _state["pages"].items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        listed_only = path.startswith(LISTED_ONLY) and not path.endswith("/index.md")
        inclusion = InclusionLevel.NOT_IN_NAV if listed_only else InclusionLevel.UNDEFINED
        file = File.generated(config, path, content=content, inclusion=inclusion)
        files.append(file)
        urls[path] = file.dest_uri
    if _search(config) == "pagefind":  # index in the background while MkDocs renders
        if docs := documents(_state["kb"], urls):
            _state["search"] = SearchIndex(docs)
        else:
            log.info("kolom: no columns, so no search index")
    return files


def on_build_error(error: Exception) -> None:
    if search := _state.pop("search", None):
        search.discard()


@event_priority(-50)  # after Material's search plugin writes its index, before the offline plugin inlines it
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if _search(config) == "lunr" and (index := site / "search" / "search_index.json").exists():
        log.info("kolom: %d accent-folded words added to the search index", fold_index(index))
    if os.environ.get("KOLOM_PDF") == "1":
        from kolom.pdf.render import write_all

        for problem in write_all(_state["kb"], site / "pdf"):
            log.info("kolom: %s", problem)
    if search := _state.pop("search", None):
        start = time.perf_counter()
        try:
            search.finish(site)
        except RuntimeError as error:
            raise PluginError(f"kolom: {error}") from error
        log.info("kolom: search index ready %.1f s after the pages", time.perf_counter() - start)
