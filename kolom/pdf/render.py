"""Render the PDFs: one per column, one per author, and the whole knowledge base in one or more volumes.

HTML comes from the Jinja templates beside this module; WeasyPrint typesets it (A4, Dutch hyphenation
through pyphen, embedded fonts, bookmarks, metadata) as a tagged PDF (PDF/UA-1). A document that fails
is reported by name; the others are still written.

Each PDF is cached by its content: the key is the document's HTML (with kolom's code and the library
versions), so after one edited column only the PDFs whose text changed are typeset again, that column's,
its author's and the volume that holds it; the rest are copied from the cache.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import groupby
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from kolom.cache import NO_CACHE, Cache, key
from kolom.knowledge import AuthorPage, ColumnPage, KnowledgeBase, Volume, dutch_date
from kolom.workers import pool, work_folder

PDF_VARIANT = "pdf/ua-1"
WORK_PREFIX = "kolom-pdf-"


@dataclass(frozen=True)
class Job:
    """One PDF to write: its HTML and where it goes."""

    name: str
    html: str
    target: Path


@cache
def _env() -> Environment:
    return Environment(loader=PackageLoader("kolom.pdf", "templates"), autoescape=select_autoescape(["html"]))


@cache
def _stylesheet():
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    return CSS(
        string=files("kolom.pdf").joinpath("print.css").read_text(encoding="utf-8"), font_config=fonts
    ), fonts


def view(page: ColumnPage) -> dict:
    """What the templates need of a column: the page, its Dutch date and its blocks grouped by type."""
    groups = [
        {"kind": str(kind), "blocks": list(blocks)}
        for kind, blocks in groupby(page.column.blocks, key=lambda b: b.type)
    ]
    return {
        "column": page.column,
        "summary": page.summary,
        "date": dutch_date(page.column.date),
        "groups": groups,
    }


def column_html(page: ColumnPage) -> str:
    return _env().get_template("column.html").render(page=view(page))


def author_html(author: AuthorPage) -> str:
    description = f"{len(author.columns)} kolommen, {author.period}."
    groups = [{"name": author.name, "columns": [view(p) for p in author.columns]}]
    return (
        _env()
        .get_template("book.html")
        .render(
            title=author.name, kicker="Kolommen van", author=author, description=description, groups=groups
        )
    )


def volume_html(volume: Volume, count: int) -> str:
    groups = [{"name": name, "columns": [view(p) for p in pages]} for name, pages in volume.groups]
    title = "Kennisbank van kolommen" + (f", deel {volume.slug.rsplit('-', 1)[-1]}" if count > 1 else "")
    authors = ", ".join(name for name, _ in volume.groups)
    description = f"{volume.size} kolommen van {authors}."
    return (
        _env()
        .get_template("book.html")
        .render(title=title, kicker="Kennisbank", author=None, description=description, groups=groups)
    )


@dataclass
class Report:
    """What writing the PDFs did: the documents typeset, those copied from the cache, what failed."""

    rendered: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def typeset(html: str) -> bytes:
    """One document's HTML as PDF bytes."""
    from weasyprint import HTML

    css, fonts = _stylesheet()
    return HTML(string=html).write_pdf(stylesheets=[css], font_config=fonts, pdf_variant=PDF_VARIANT)


def render(job: Job) -> str | None:
    """Write one PDF; returns a problem message instead of raising."""
    try:
        job.target.parent.mkdir(parents=True, exist_ok=True)
        job.target.write_bytes(typeset(job.html))
        return None
    except Exception as exc:  # any failure in one document must not stop the others
        with contextlib.suppress(OSError):
            job.target.unlink(missing_ok=True)
        return f"PDF of {job.name} could not be written: {type(exc).__name__}: {exc}"


def pdf_key(job: Job) -> str:
    return key("pdf", PDF_VARIANT, job.html)


def jobs(kb: KnowledgeBase, out_dir: Path) -> tuple[list[Job], list[str]]:
    """Every PDF of the knowledge base (biggest first, so a pool finishes together) and what failed to lay out."""
    volumes = kb.volumes()
    planned = [
        *[
            (
                f"column {p.column.slug} ({p.column.source})",
                column_html,
                p,
                out_dir / "kolommen" / f"{p.column.slug}.pdf",
            )
            for p in kb.columns
        ],
        *[(f"author {a.name}", author_html, a, out_dir / "auteurs" / f"{a.slug}.pdf") for a in kb.authors],
        *[
            (f"knowledge base {v.slug}", lambda v: volume_html(v, len(volumes)), v, out_dir / f"{v.slug}.pdf")
            for v in volumes
        ],
    ]
    result, problems = [], []
    for name, make_html, item, target in planned:
        try:
            result.append(Job(name, make_html(item), target))
        except Exception as exc:  # one document that cannot be laid out must not stop the others
            problems.append(f"PDF of {name} could not be laid out: {type(exc).__name__}: {exc}")
    return sorted(result, key=lambda j: -len(j.html)), problems


class PdfBuild:
    """The PDFs of a knowledge base, typeset by worker processes in the background while the caller goes
    on (MkDocs renders the pages meanwhile); `finish` puts them in place. Only documents the cache does not
    hold are typeset; they are written to a work folder first, since MkDocs empties the site folder."""

    def __init__(self, kb: KnowledgeBase, store: Cache = NO_CACHE, workers: int | None = None) -> None:
        self.store = store
        self.work = work_folder(WORK_PREFIX)
        planned, problems = jobs(kb, self.work)
        self.report = Report(problems=problems)
        self.keys = {job.name: pdf_key(job) for job in planned}  # each document's HTML hashed once
        self.cached: list[Job] = []
        self.todo: list[Job] = []
        for job in planned:
            (self.cached if self.store.holds(self.keys[job.name]) else self.todo).append(job)
        workers = workers or os.cpu_count() or 1
        self.pool = pool(min(workers, len(self.todo))) if workers > 1 and self.todo else None
        self.futures = [self.pool.submit(render, job) for job in self.todo] if self.pool else []

    def finish(self, out_dir: Path) -> Report:
        """Wait for the typesetting, then write every PDF under out_dir; the report says what was done."""
        try:
            results = [f.result() for f in self.futures] if self.pool else [render(j) for j in self.todo]
            for job, problem in zip(self.todo, results, strict=True):
                self._typeset(job, problem, out_dir)
            for job in self.cached:
                data = self.store.get(self.keys[job.name])
                if not isinstance(data, bytes):  # the entry went bad since the start: typeset it now
                    self._typeset(job, render(job), out_dir)
                elif self._place(data, job, out_dir):
                    self.report.reused.append(job.name)
            return self.report
        finally:
            self.discard()

    def _typeset(self, job: Job, problem: str | None, out_dir: Path) -> None:
        """Put a freshly typeset PDF in place and in the cache, or report why it is missing."""
        if problem:
            self.report.problems.append(problem)
            return
        data = job.target.read_bytes()
        if self._place(data, job, out_dir):
            self.report.rendered.append(job.name)
            self.store.put(self.keys[job.name], data)

    def _place(self, data: bytes, job: Job, out_dir: Path) -> bool:
        """Write one PDF to its place under out_dir; False (a problem reported) when it cannot be written."""
        target = out_dir / job.target.relative_to(self.work)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            return True
        except OSError as exc:
            self.report.problems.append(
                f"PDF of {job.name} could not be written: {type(exc).__name__}: {exc}"
            )
            return False

    def discard(self) -> None:
        """Stop the workers and remove the work folder (a failed build, or after finish)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        shutil.rmtree(self.work, ignore_errors=True)


def write_all(
    kb: KnowledgeBase, out_dir: Path, workers: int | None = None, store: Cache = NO_CACHE
) -> Report:
    """Write all PDFs under out_dir, on every core, typesetting only those the cache does not hold."""
    return PdfBuild(kb, store, workers).finish(out_dir)
