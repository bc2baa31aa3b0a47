"""The hosted site's Pagefind index, built from the knowledge base while MkDocs renders the pages.

Pagefind indexes HTML files. Waiting for MkDocs to write every page and then parsing 30 KB of theme
around each one puts the whole indexing run after the build. Instead kolom writes one small document
per column and author page (its title, filters and the text search should find), from the same data
the page is made of, and runs the Pagefind CLI on those in the background as soon as the pages are
known. MkDocs renders on one core, Pagefind indexes on the other, and at the end the finished bundle
is moved into the site.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import weakref
import zlib
from contextlib import suppress
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markdown.extensions.toc import slugify, unique

from kolom.knowledge import KnowledgeBase, dutch_date
from kolom.model import BlockType
from kolom.site import pagefind_job
from kolom.site.pages import author_path, column_path
from kolom.site.text import html_text
from kolom.workers import work_folder


def documents(kb: KnowledgeBase, urls: dict[str, str]) -> dict[str, str]:
    """One HTML document per searchable page, by the path of the page's HTML file below the site root.

    `urls` maps a page's slug-based source path (as in `kolom.site.pages`) to its output path.
    """
    env = Environment(loader=PackageLoader("kolom.site", "templates"), autoescape=select_autoescape(["html"]))
    # Pagefind decodes a filter's entities once more after the HTML parser, and its UI writes filter values
    # as HTML, so a label needs two escapes besides the template's own.
    env.filters["filter_label"] = lambda text: html_text(html_text(text))
    column, author = env.get_template("search_column.html"), env.get_template("search_author.html")
    docs: dict[str, str] = {}
    for page in kb.columns:
        used: set[str] = set()  # headings get the ids MkDocs' toc extension gives them, for sub-results
        blocks = [
            (
                b.type,
                b.content,
                unique(slugify(b.content, "-"), used) if b.type is BlockType.HEADING else None,
            )
            for b in page.column.blocks
        ]
        docs[urls[column_path(page.column.slug)]] = column.render(
            page=page, blocks=blocks, date=dutch_date(page.column.date)
        )
    for a in kb.authors:
        docs[urls[author_path(a.slug)]] = author.render(author=a)
    return docs


def parts(docs: dict[str, str], max_pages: int) -> list[dict[str, str]]:
    """The documents in as few parts as hold about `max_pages` each; a page's path picks its part, so
    it keeps its part from build to build while their number holds. Always at least one part."""
    count = max(1, math.ceil(len(docs) / max_pages))
    cut: list[dict[str, str]] = [{} for _ in range(count)]
    for path, html in docs.items():
        cut[zlib.crc32(path.encode("utf-8")) % count][path] = html
    return [part for part in cut if part] or [{}]


def chunk_size(count: int, chunk_locations: int) -> int | None:
    """Word locations per index chunk for each of `count` parts: a query fetches a chunk from each part,
    together about one index's chunk; None (Pagefind's default) for a site in one part."""
    return chunk_locations // count if count > 1 else None


def part_bundles(count: int) -> list[str]:
    """Where the parts after the first are, relative to the site root (the first is the bundle itself)."""
    return [f"{pagefind_job.BUNDLE}/{pagefind_job.part_folder(i)}/" for i in range(1, count)]


WORK_PREFIX = "kolom-search-"


def _stop(process: subprocess.Popen, work: Path) -> None:
    """Stop the background job, Pagefind included, and remove its files."""
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    with suppress(Exception):
        process.communicate()
    shutil.rmtree(work, ignore_errors=True)


class SearchIndex:
    """Pagefind run on each part of the documents in a background process; `finish` installs the bundle
    (the parts after the first inside it) in the site.

    However the build ends (error, Ctrl-C, normal exit), the job is stopped and its folder removed; a
    build killed outright leaves a folder that the next build sweeps, and the job dies with it.
    """

    def __init__(self, parts: list[dict[str, str]], chunk_size: int | None = None) -> None:
        """`chunk_size`: word locations per index chunk (None: Pagefind's default)."""
        self._work = work_folder(WORK_PREFIX)
        job = {"parts": parts, "chunk_size": chunk_size}
        (self._work / pagefind_job.DOCUMENTS).write_text(
            json.dumps(job, ensure_ascii=False), encoding="utf-8"
        )
        command = [sys.executable, "-m", "kolom.site.pagefind_job", str(self._work)]
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
        )
        self._cleanup = weakref.finalize(self, _stop, self._process, self._work)

    def finish(self, site_dir: Path) -> None:
        """Wait for Pagefind and move its bundle to site_dir/pagefind; raises if it failed."""
        output, _ = self._process.communicate()
        try:
            if self._process.returncode:
                raise RuntimeError(f"Pagefind failed ({self._process.returncode}): {output.strip()}")
            target = site_dir / pagefind_job.BUNDLE
            shutil.rmtree(target, ignore_errors=True)
            shutil.move(self._work / pagefind_job.BUNDLE, target)
        finally:
            self._cleanup()

    def discard(self) -> None:
        """Stop the background work, Pagefind included, and remove its files (after a failed build)."""
        self._cleanup()
