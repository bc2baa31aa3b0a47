"""One file's text to a Column: segment, classify, extract metadata, assemble blocks and removals."""

from __future__ import annotations

from kolom.ingest.classify import classify, extend_closing, last_prose, signature, type_body
from kolom.ingest.extract.authors import (
    byline_named_in_bio,
    dated_given_names,
    delimited_signature,
    find_authors,
    lone_header_name,
)
from kolom.ingest.extract.bio import author_box_name, bio_subject, find_bio
from kolom.ingest.extract.dates import copyright_year, dateline_date, labelled_published_date, published_date
from kolom.ingest.extract.names import same_person
from kolom.ingest.extract.publication import find_publication
from kolom.ingest.extract.title import derive_title, find_title, heads_byline, strip_kicker
from kolom.ingest.page import Judged, Label, Page
from kolom.ingest.read import InputError
from kolom.ingest.review import review
from kolom.ingest.segment import Unit, breaks_off, join_lines, resumes
from kolom.model import NO_SITE_LINES, Block, BlockType, Column, Reason, Removal, SiteLines
from kolom.settings import DEFAULT, ExtractSettings, Settings


def choose_date(
    page: Page, authors: list[str], s: ExtractSettings = DEFAULT.extract
) -> tuple[str | None, str, Judged | None]:
    """The publication date, where it was found, and the header line it was read from when that line is
    not labelled a date yet (for the assembly to label): a dated line near the top ('top'), a date inside
    a header line ('header'), one in the tail ('tail'), one in a running head or foot ('running head'),
    else the author's © year ('copyright'), or 'none'."""
    header = page.header()[-s.header_search_units :]
    if dated := [j for j in header if j.date]:  # the one nearest the column: lines further up are the
        return dated[-1].date, "top", None  # site's (today's date, teasers)
    published = [j for j in page.units[page.start : page.end] if j.date]
    if published:
        return published[0].date, "top", None
    for j in header:
        short = j.label is not Label.PROSE and j.unit.words <= s.header_date_max_words
        if (iso := published_date(j.text) if short else labelled_published_date(j.text)) is not None:
            return iso, "header", j
    if page.start < page.end and (iso := dateline_date(page.units[page.start].text, s.dateline_max_chars)):
        return iso, "dateline", None
    for j in page.tail():
        if j.label is Label.END:
            break
        if j.date:
            return j.date, "tail", None
    for j in page.units:  # a printed page's running head or foot carries its issue's date
        if j.reason is Reason.PAGE_FURNITURE and (iso := published_date(j.text)) is not None:
            return iso, "running head", None
    for j in page.units:
        if j.reason is Reason.COPYRIGHT and (year := copyright_year(j.text, authors)):
            return year, "copyright", None
    return None, "none", None


def _set(j: Judged, reason: Reason) -> None:
    j.label, j.reason, j.block = Label.META, reason, None


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
        page.end = signed  # an unsigned page's writer signs under the column, which ends there
        authors = find_authors(page, names)
    if not authors and (delimited := delimited_signature(page, settings.extract)):
        authors = delimited[1]
        _set(page.units[delimited[0]], Reason.BYLINE)
    found: dict[str, str | float] = {"authors": "byline" if authors else "none"}
    bio, website, bio_units = find_bio(page, authors, settings.extract)
    for i in bio_units:
        _set(page.units[i], Reason.BIO)
    if (box := author_box_name(page, bio_units, names)) is not None:
        _set(page.units[box], Reason.BYLINE)
    if bio_units and bio_units[0] < page.end:
        page.end = extend_closing(
            page.units, last_prose(page.units, page.start, bio_units[0]), settings.classify
        )
    if bio and (named := byline_named_in_bio(page, bio, names)) and len(named[1]) > len(authors):
        authors, found["authors"] = named[1], "byline"
        _set(page.units[named[0]], Reason.BYLINE)
    subject = bio_subject(bio, names) if bio else None
    if subject and not authors:
        authors, found["authors"] = [subject], "bio"
    elif subject:  # the bio's full name replaces the byline's initials ('J. Peeters' -> 'Jan Peeters')
        authors = [subject if same_person(a, subject) and a.split()[0].endswith(".") else a for a in authors]
    if (
        not authors
        and (lone := lone_header_name(page, settings.extract.header_search_units, names)) is not None
        and find_publication(page, bio, s=settings.extract)[0] not in lone[1]  # the site's own name
    ):
        authors, found["authors"] = lone[1], "header"  # doubtful: listed 'te controleren'; not an anchor
    if not authors and (given := dated_given_names(page)):
        authors, found["authors"] = given, "given name"  # doubtful too: a first name only
    type_body(page, settings.classify)

    title_units, byline_rest, found["title"] = find_title(
        page, settings.extract, authors, settings.classify.standfirst_max_words
    )
    for i, reason in zip(title_units, (Reason.TITLE, Reason.SUBTITLE), strict=False):
        _set(page.units[i], reason)
    if title_units and heads_byline(page, authors, title_units[-1], settings.extract):
        _set(page.units[title_units[-1] + 1], Reason.BYLINE)  # the byline right under the headline
    title = strip_kicker(page.units[title_units[0]].text) if title_units else None
    subtitle = page.units[title_units[1]].text if len(title_units) > 1 else byline_rest
    date, found["date"], dateline = choose_date(page, authors, settings.extract)
    if dateline is not None and dateline.reason is None:
        _set(dateline, Reason.DATE)
    publication, pub_unit, found["publication"] = find_publication(
        page, bio, title_units, authors, settings.extract
    )
    if pub_unit is not None:
        _set(page.units[pub_unit], Reason.PUBLICATION)

    column = Column(
        source=source,
        slug="",
        title=title,
        subtitle=subtitle,
        authors=authors,
        date=date,
        publication=publication,
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
                    last.type, join_lines(last.text, j.text), (last.lines[0], j.unit.last), last.marker
                )
                continue
            marker = j.unit.marker  # a list item keeps the marker it was written with ('1.', '•')
            text = f"{marker} {j.text}" if marker else j.text
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
