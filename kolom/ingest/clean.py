"""One file's text to a Column: segment, classify, extract metadata, assemble blocks and removals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kolom.ingest.classify import (
    classify,
    extend_closing,
    last_prose,
    signature,
    starts_with_a_sentence,
    type_body,
)
from kolom.ingest.extract.authors import (
    byline_named_in_bio,
    dated_given_names,
    delimited_signature,
    find_authors,
    lone_header_name,
)
from kolom.ingest.extract.bio import bio_subjects, extract_bio
from kolom.ingest.extract.byline import Byline
from kolom.ingest.extract.names import same_person
from kolom.ingest.extract.publication import extract_publication, named_below
from kolom.ingest.extract.published import extract_date
from kolom.ingest.extract.title import derive_title, extract_title
from kolom.ingest.page import Found, Judged, Label, Page
from kolom.ingest.read import InputError
from kolom.ingest.review import review
from kolom.ingest.segment import Unit, breaks_off, join_lines, resumes
from kolom.model import NO_SITE_LINES, Block, BlockType, Column, Reason, Removal, SiteLines
from kolom.settings import DEFAULT, Settings

T = TypeVar("T")


def _set(j: Judged, reason: Reason, byline: Byline | None = None) -> None:
    """The assembly's one way to take a line out of the body: as metadata, for a reason."""
    j.label, j.reason, j.block = Label.META, reason, None
    if byline is not None:
        j.byline = byline


def _apply(page: Page, found: Found[T]) -> Found[T]:
    """Label the lines an extractor read its value from as the metadata they are."""
    for i, reason in found.lines:
        _set(page.units[i], reason)
    return found


def _bio(page: Page, authors: list[str], settings: Settings) -> tuple[str | None, str | None]:
    """The bio and website, their lines labelled; a bio inside the body's bounds ends the body above it, one
    opening it (a writer's box over the headline) starts the body below it and the headline."""
    found = _apply(page, extract_bio(page, authors, settings.extract))
    bio_units = [i for i, reason in found.lines if reason is Reason.BIO]
    if bio_units and bio_units[0] == page.start and bio_units[-1] + 1 < page.end:
        # the writer's box opens the page: the body starts at the first sentence below it and the headline
        page.start = starts_with_a_sentence(page.units, bio_units[-1] + 1, page.end)
    elif bio_units and page.start <= bio_units[0] < page.end:
        page.end = extend_closing(
            page.units, last_prose(page.units, page.start, bio_units[0]), settings.classify
        )
    return found.value


def _site_test(page: Page) -> Callable[[str], bool]:
    """Whether a line is the site's own name: its footer names it so (copyright, imprint, domain)."""
    return lambda text: named_below(page, text)


def clean_units(
    units: list[Unit], source: str, site: SiteLines = NO_SITE_LINES, settings: Settings = DEFAULT
) -> Column:
    """The cleaned column of one file; raises InputError when the file holds no prose."""
    names = settings.extract.names
    page = classify(units, site, settings.classify, settings.segment, names)
    if page.start == page.end:
        raise InputError("geen lopende tekst gevonden: geen reeks zinnen die een kolom kan zijn")
    authors = find_authors(page, names)
    signed = signature(page.units, page.start, page.end, settings.classify, names) if not authors else None
    if signed is not None:
        i, byline = signed
        _set(page.units[i], Reason.BYLINE, byline)
        page.end = i  # an unsigned page's writer signs under the column, which ends there
        authors = find_authors(page, names)
    if not authors and (delimited := delimited_signature(page, settings.extract)):
        authors = delimited[1]
        _set(page.units[delimited[0]], Reason.BYLINE)
    found: dict[str, str | float] = {"authors": "byline" if authors else "none"}
    bio, website = _bio(page, authors, settings)
    if bio and (named := byline_named_in_bio(page, bio, names)) and len(named[1]) > len(authors):
        authors, found["authors"] = named[1], "byline"
        _set(page.units[named[0]], Reason.BYLINE)
    subjects = bio_subjects(bio, names) if bio else []
    subject = subjects[0] if subjects else None
    if subject and not authors:
        authors, found["authors"] = subjects, "bio"  # ('A en B zijn ...': both)
    elif subject:  # the bio's full name replaces the byline's initials ('J. Peeters' -> 'Jan Peeters')
        authors = [subject if same_person(a, subject) and a.split()[0].endswith(".") else a for a in authors]
    if (
        not authors
        and (lone := lone_header_name(page, settings.extract.header_search_units, names)) is not None
        and extract_publication(page, bio, (), (), settings.extract).value not in lone[1]  # the site's own
    ):
        authors, found["authors"] = lone[1], "header"  # doubtful: listed 'te controleren'; not an anchor
        if bio is None:  # a bio the site's pages share is this writer's now that the page names them
            bio, website = _bio(page, authors, settings)
    if not authors and (given := dated_given_names(page)):
        authors, found["authors"] = given, "given name"  # doubtful too: a first name only
    type_body(page, settings.classify)

    headline = _apply(
        page,
        extract_title(
            page,
            settings.extract,
            authors,
            settings.classify.standfirst_max_words,
            _site_test(page),
        ),
    )
    title, subtitle = headline.value
    title_units = [i for i, reason in headline.lines if reason in (Reason.TITLE, Reason.SUBTITLE)]
    date = _apply(page, extract_date(page, authors, settings.extract))
    publication = _apply(page, extract_publication(page, bio, title_units, authors, settings.extract))
    found.update(title=headline.how, date=date.how, publication=publication.score)
    if found["authors"] == "header":  # the bare name read as the writer is their byline (not an anchor above)
        _set(page.units[lone[0]], Reason.BYLINE)

    column = Column(
        source=source,
        slug="",
        title=title,
        subtitle=subtitle,
        authors=authors,
        date=date.value,
        publication=publication.value,
        bio=bio,
        website=website,
    )
    for i, j in enumerate(page.units):
        if page.start <= i < page.end and j.block is not None and j.reason is None:
            last = column.blocks[-1] if column.blocks else None
            if (
                last is not None
                and last.type is BlockType.PARAGRAPH
                and j.block is BlockType.PARAGRAPH
                and breaks_off(last.text)
                and resumes(j.text)
            ):  # the sentence a page break or an advert interrupted, whole again
                column.blocks[-1] = Block(
                    last.type,
                    join_lines(last.text, j.unit.as_written),
                    (last.lines[0], j.unit.last),
                    last.marker,
                )
                continue
            marker = j.unit.marker  # a list item keeps the marker it was written with ('1.', '•')
            written = j.unit.as_written  # the column keeps its special spaces
            text = f"{marker} {written}" if marker else written
            column.blocks.append(Block(j.block, text, (j.unit.first, j.unit.last), marker))
            continue
        reason = j.reason or (
            Reason.HEADER if i < page.start else Reason.TAIL if i >= page.end else Reason.OUTSIDE
        )
        column.removed.extend(Removal(n, _line_text(j, n), reason) for n in j.unit.lines)
    if not column.blocks:
        raise InputError("geen lopende tekst gevonden: niets in de tekst leest als een kolom")
    if column.title is None:
        first = next((b.text for b in column.blocks if b.type is BlockType.PARAGRAPH), column.blocks[0].text)
        column.title, column.title_derived = derive_title(first, settings.extract), True
        found["title"] = "derived"
    column.review = review(column, found, settings.review)
    return column


def _line_text(j: Judged, number: int) -> str:
    raw = j.unit.raw_lines[number - j.unit.first] if j.unit.raw_lines else j.text
    return raw.strip(" \t\u00a0")
