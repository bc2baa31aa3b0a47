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
import json
import multiprocessing
import os
import shutil
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib.resources import files
from itertools import groupby
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from kolom.cache import NO_CACHE, Cache, content_key
from kolom.knowledge import AuthorPage, ColumnPage, KnowledgeBase, Volume, dutch_date
from kolom.model import list_start
from kolom.workers import die_with_parent, pool, work_folder

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
    return CSS(string=_print_css().decode("utf-8"), font_config=fonts), fonts


@cache
def _print_css() -> bytes:
    """The print stylesheet, as typeset and as keyed (read once)."""
    return files("kolom.pdf").joinpath("print.css").read_bytes()


def view(page: ColumnPage) -> dict:
    """What the templates need of a column: the page, its Dutch date and its blocks grouped by type."""
    groups = [
        {"kind": str(kind), "blocks": list(blocks)}
        for kind, blocks in groupby(page.column.blocks, key=lambda b: b.type)
    ]
    for group in groups:  # a list whose items the column numbers is an ordered list from its first number
        group["start"] = list_start(group["blocks"]) if group["kind"] == "list_item" else None
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
    """A PDF is its HTML typeset with this module and its stylesheet: a change elsewhere in kolom that leaves
    the HTML alone does not typeset it again."""
    return content_key("pdf", _typesetting_code(), PDF_VARIANT, job.html)


@cache
def _typesetting_code() -> bytes:
    return files("kolom.pdf").joinpath("render.py").read_bytes() + b"\0" + _print_css()


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


def _write(planned: list[Job], keys: dict[str, str], store: Cache, workers: int, report: Report) -> None:
    """Write every planned PDF to its target: copied from the cache when it holds it, else typeset (on up to
    `workers` processes) and stored."""
    todo: list[Job] = []
    for job in planned:
        data = store.get(keys[job.name])  # None when missing or unsound: typeset it again
        if not isinstance(data, bytes):
            todo.append(job)
        elif _place(data, job, report):
            report.reused.append(job.name)
    if workers > 1 and len(todo) > 1:
        with pool(min(workers, len(todo))) as executor:
            results = list(executor.map(render, todo))
    else:
        results = [render(job) for job in todo]
    for job, problem in zip(todo, results, strict=True):
        if problem:
            report.problems.append(problem)
        else:
            report.rendered.append(job.name)
            store.put(keys[job.name], job.target.read_bytes())


def _place(data: bytes, job: Job, report: Report) -> bool:
    """Write one cached PDF to its target; False (a problem reported) when it cannot be written."""
    try:
        job.target.parent.mkdir(parents=True, exist_ok=True)
        job.target.write_bytes(data)
        return True
    except OSError as exc:
        report.problems.append(f"PDF of {job.name} could not be written: {type(exc).__name__}: {exc}")
        return False


def write_all(
    kb: KnowledgeBase, out_dir: Path, workers: int | None = None, store: Cache = NO_CACHE
) -> Report:
    """Write all PDFs under out_dir, on every core, typesetting only those the cache does not hold."""
    planned, problems = jobs(kb, out_dir)
    report = Report(problems=problems)
    keys = {job.name: pdf_key(job) for job in planned}  # each document's HTML hashed once
    _write(planned, keys, store, workers or os.cpu_count() or 1, report)
    return report


REPORT = "report.json"
BACKGROUND_NICENESS = 10  # as the search job's: below the MkDocs build, equal to each other
OUTPUT = "pdf"


def _background(kb: KnowledgeBase, store: Cache, workers: int | None, work: Path) -> None:
    """The forked build: all PDFs into work/pdf, then the report beside them (its presence says: done).

    At low priority, with its typesetting workers: MkDocs, rendering the pages meanwhile, keeps its core,
    and the PDFs take every cycle it leaves (both cores once the pages are done)."""
    die_with_parent()
    os.nice(BACKGROUND_NICENESS)
    report = write_all(kb, work / OUTPUT, workers, store)
    (work / REPORT).write_text(json.dumps(asdict(report)), encoding="utf-8")


class PdfBuild:
    """The PDFs of a knowledge base, built by a forked process while the caller goes on (MkDocs renders the
    pages meanwhile); `finish` puts them in place. The whole PDF step, laying out every document's HTML and
    hashing it included, stays off the caller's core; documents the cache holds are copied, the rest
    typeset. They are written to a work folder first, since MkDocs empties the site folder."""

    def __init__(self, kb: KnowledgeBase, store: Cache = NO_CACHE, workers: int | None = None) -> None:
        self.work = work_folder(WORK_PREFIX)
        # fork: the child shares the knowledge base as it is, nothing is pickled
        self.process = multiprocessing.get_context("fork").Process(
            target=_background, args=(kb, store, workers, self.work)
        )
        self.process.start()

    def finish(self, out_dir: Path) -> Report:
        """Wait for the PDFs, then move them to out_dir; the report says what was done."""
        try:
            self.process.join()
            done = self.work / REPORT
            if not done.exists():
                return Report(problems=[f"the PDFs could not be made (exit code {self.process.exitcode})"])
            report = Report(**json.loads(done.read_text(encoding="utf-8")))
            shutil.rmtree(out_dir, ignore_errors=True)
            out_dir.parent.mkdir(parents=True, exist_ok=True)
            if (self.work / OUTPUT).exists():
                shutil.move(self.work / OUTPUT, out_dir)  # a rename when both are on one file system
            return report
        finally:
            self.discard()

    def discard(self) -> None:
        """Stop the build (its typesetting workers die with it) and remove the work folder."""
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        shutil.rmtree(self.work, ignore_errors=True)
