"""The kolom MkDocs plugin: generate the pages from raw/ before the build, index and print after it.

Add it to a MkDocs project's `mkdocs.yml` (options and defaults below):

    plugins:
      - kolom:
          raw: raw            # folder of raw .txt columns, relative to mkdocs.yml
          search: pagefind    # pagefind (hosted site) or lunr (Material's search, for file://)
          pdf: false          # write site/pdf/ (a PDF per column, per author, and the whole base)
          cache: null         # cache folder; null: $KOLOM_CACHE or ~/.cache/kolom; "off": no cache

The plugin brings its own page templates and stylesheet (`kolom/site/theme/`): they stand before
Material's and after the project's `custom_dir`, so a project overrides them the MkDocs way.

Thin glue: the work is in `kolom.build`, `kolom.knowledge`, `kolom.site.pages` and `kolom.pdf`.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config import base
from mkdocs.config import config_options as opt
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from kolom.build import knowledge_base
from kolom.cache import NO_CACHE, Cache
from kolom.knowledge import KnowledgeBase
from kolom.settings import DEFAULT

if TYPE_CHECKING:
    from kolom.pdf.render import PdfBuild
from kolom.site.pages import AUTHORS_DIR, COLUMNS_DIR
from kolom.site.search import fold_index
from kolom.site.search_index import SearchIndex, chunk_size, documents, part_bundles, parts

# Under mkdocs' logger so it prints with the build; bad input is INFO, since --strict fails on warnings
# and one bad file must never stop the others from building.
log = logging.getLogger("mkdocs.plugins.kolom")
LISTED_ONLY = (f"{COLUMNS_DIR}/", f"{AUTHORS_DIR}/")  # reached from listing pages, not from the nav
THEME_DIR = Path(__file__).resolve().parent / "theme"
STYLESHEET = "stylesheets/kolom.css"


class KolomConfig(base.Config):
    raw = opt.Type(str, default="raw")
    search = opt.Choice(("pagefind", "lunr"), default="pagefind")
    pdf = opt.Type(bool, default=False)
    cache = opt.Optional(opt.Type(str))


def check_site_dir(site_dir: Path, raw: Path, project: Path) -> None:
    """Refuse a build folder that MkDocs' clean-up would delete the input or the project with."""
    site = site_dir.resolve()
    for what, path in (("de invoermap", raw.resolve()), ("het project", project.resolve())):
        if path == site or path.is_relative_to(site):
            raise PluginError(
                f"kolom: de bouwmap {site_dir} bevat {what} ({path}); MkDocs leegt de bouwmap, "
                "dus kies een map die er los van staat"
            )


class KolomPlugin(BasePlugin[KolomConfig]):
    """Pages, search index and PDFs of a knowledge base built from a folder of raw columns."""

    def __init__(self) -> None:
        self.kb: KnowledgeBase | None = None
        self.pages: dict[str, str] = {}
        self.search: SearchIndex | None = None
        self.search_parts: list[str] = []  # the search index's parts after the first, for the search box
        self.pdfs: PdfBuild | None = None

    def load_config(self, options, config_file_path=None):
        """A misspelt option fails the build, naming it (MkDocs would only warn)."""
        errors, warnings = super().load_config(options, config_file_path)
        unknown = [(name, message) for name, message in warnings if "Unrecognised" in str(message)]
        errors += [(name, f"onbekende optie van de kolom-plugin: '{name}'") for name, _ in unknown]
        return errors, [w for w in warnings if w not in unknown]

    def raw_dir(self, config: MkDocsConfig) -> Path:
        """The input folder, relative to mkdocs.yml."""
        raw = Path(self.config.raw)
        return raw if raw.is_absolute() else Path(config.config_file_path).parent / raw

    def store(self) -> Cache:
        if self.config.cache is None:
            return Cache.from_env()
        return NO_CACHE if self.config.cache == "off" else Cache(Path(self.config.cache))

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add kolom's templates and stylesheet to the theme; clean raw/ and build the knowledge base and its
        pages (unchanged input comes whole from the cache)."""
        dirs = config.theme.dirs
        if str(THEME_DIR) not in dirs:
            dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        if STYLESHEET not in [str(css) for css in config.extra_css]:
            config.extra_css.append(STYLESHEET)
        start = time.perf_counter()
        raw, store = self.raw_dir(config), self.store()
        check_site_dir(Path(config.site_dir), raw, Path(config.config_file_path).parent)
        built = knowledge_base(raw, store, progress=sys.stderr.isatty())
        self.kb, self.pages = built.kb, built.pages
        gc.freeze()  # the knowledge base lives through the build: the collector need not go over it again
        source = "from the cache" if built.cached else "cleaned and summarised"
        for problem in self.kb.problems:
            log.info("kolom: skipped %s", problem)
        log.info(
            "kolom: %d columns, %d authors, %s in %.1f s",
            len(self.kb.columns),
            len(self.kb.authors),
            source,
            time.perf_counter() - start,
        )
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        urls: dict[str, str] = {}
        for path, content in self.pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            listed_only = path.startswith(LISTED_ONLY) and not path.endswith("/index.md")
            inclusion = InclusionLevel.NOT_IN_NAV if listed_only else InclusionLevel.UNDEFINED
            file = File.generated(config, path, content=content, inclusion=inclusion)
            files.append(file)
            urls[path] = file.dest_uri
        if self.config.search == "pagefind":  # index in the background while MkDocs renders
            if docs := documents(self.kb, urls):
                s = DEFAULT.search
                cut = parts(docs, s.max_pages_per_part)
                self.search = SearchIndex(cut, chunk_size(len(cut), s.chunk_locations))
                self.search_parts = part_bundles(len(cut))
            else:
                log.info("kolom: no columns, so no search index")
        if self.config.pdf:  # typeset in worker processes while MkDocs renders the pages
            from kolom.pdf.render import PdfBuild

            self.pdfs = PdfBuild(self.kb, self.store())
        return files

    def on_build_error(self, error: Exception) -> None:
        gc.unfreeze()
        if self.search is not None:
            self.search.discard()
            self.search = None
        if self.pdfs is not None:
            self.pdfs.discard()
            self.pdfs = None

    @event_priority(
        -50
    )  # after Material's search plugin writes its index, before the offline plugin inlines it
    def on_post_build(self, config: MkDocsConfig) -> None:
        gc.unfreeze()  # what this build leaves behind is collected as usual (`mkdocs serve` builds again)
        site = Path(config.site_dir)
        if self.config.search == "lunr" and (index := site / "search" / "search_index.json").exists():
            log.info("kolom: %d accent-folded words added to the search index", fold_index(index))
        if self.pdfs is not None:
            pdfs, self.pdfs = self.pdfs, None
            start = time.perf_counter()
            report = pdfs.finish(site / "pdf")
            for problem in report.problems:
                log.info("kolom: %s", problem)
            log.info(
                "kolom: %d PDFs typeset, %d from the cache, ready %.1f s after the pages",
                len(report.rendered),
                len(report.reused),
                time.perf_counter() - start,
            )
        if self.search is not None:
            search, self.search = self.search, None
            start = time.perf_counter()
            try:
                search.finish(site)
            except RuntimeError as error:
                raise PluginError(f"kolom: {error}") from error
            log.info("kolom: search index ready %.1f s after the pages", time.perf_counter() - start)
