"""When the column was published: the date the page gives it, chosen by where the date stands."""

from __future__ import annotations

from kolom.ingest.extract.dates import (
    address_date,
    copyright_year,
    dateline_date,
    labelled_published_date,
    published_date,
)
from kolom.ingest.page import Found, Label, Page
from kolom.model import Reason
from kolom.settings import ExtractSettings


def extract_date(page: Page, authors: list[str], s: ExtractSettings) -> Found[str | None]:
    """The publication date and where it was found: a dated line near the top ('top'), a date inside a
    header line ('header', that line leaving the body as the date's when nothing labelled it yet), the
    body's opening dateline ('dateline'), one in the tail ('tail'), one in a running head or foot ('running
    head'), the date the page's address files it under ('address'), else the author's © year
    ('copyright'), or 'none'."""
    first = max(0, page.start - s.header_search_units)
    header = page.units[first : page.start]
    if dated := [j for j in header if j.date]:  # the one nearest the column: lines further up are the
        return Found(dated[-1].date, how="top")  # site's (today's date, teasers)
    published = [j for j in page.units[page.start : page.end] if j.date]
    if published:
        return Found(published[0].date, how="top")
    for i, j in enumerate(header, start=first):
        short = j.label is not Label.PROSE and j.unit.words <= s.header_date_max_words
        if (iso := published_date(j.text) if short else labelled_published_date(j.text)) is not None:
            return Found(iso, ((i, Reason.DATE),) if j.reason is None else (), "header")
    if page.start < page.end and (iso := dateline_date(page.units[page.start].text, s.dateline_max_chars)):
        return Found(iso, how="dateline")
    for i, j in enumerate(page.tail(), start=page.end):
        if j.label is Label.END:
            break
        if j.date:
            return Found(j.date, how="tail")
        if (iso := labelled_published_date(j.text)) is not None:  # 'Deze column verscheen op 3 maart 2023.'
            return Found(iso, ((i, Reason.DATE),) if j.reason is None else (), "tail")
    for j in page.units:  # a printed page's running head or foot carries its issue's date
        if j.reason is Reason.PAGE_FURNITURE and (iso := published_date(j.text)) is not None:
            return Found(iso, how="running head")
    for j in page.units[: page.start]:  # the page's address, pasted above it, files it by date
        if (iso := address_date(j.text)) is not None:
            return Found(iso, how="address")
    for j in page.units:
        if j.reason is Reason.COPYRIGHT and (year := copyright_year(j.text, authors)):
            return Found(year, how="copyright")
    return Found(None, how="none")
