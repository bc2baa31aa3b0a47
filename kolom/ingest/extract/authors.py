"""Authors of one column: bylines, author boxes and attributions in reading order, then the bio's subject."""

from __future__ import annotations

import re

from kolom.ingest.extract.byline import parse_byline
from kolom.ingest.extract.names import clean_name, split_names
from kolom.ingest.page import SITE_REASONS, Label, Page
from kolom.ingest.segment import WORD_JOINERS
from kolom.model import Reason
from kolom.settings import ExtractSettings, NameSettings

SURNAME = (
    r"(?:(?:van|de|der|den|ter|ten|te|het|'t|van der|van den|van de|in 't|op de)\s+)?"
    rf"[A-ZÀ-ÖØ-Þ][\w{WORD_JOINERS}]+"  # a surname's words joined as a unit's words are
)


def find_authors(page: Page, s: NameSettings) -> list[str]:
    """Names from the byline-like lines up to the first end-of-article marker after the body.

    What follows that marker (comments, related articles) names other people, and so do bylines after
    the body of a column that was signed before it, and a source among the column's paragraphs credits
    what it shows. A blog's signature that
    gives a first name only ('Posted by Ineke') takes the surname the page itself gives that first name
    (its about box: 'Ik ben Ineke Smulders'); without one, it names no author here (see
    `dated_given_names`).
    """
    names: list[str] = []
    given: list[str] = []
    for i, j in enumerate(page.units):
        if i >= page.end and (j.label is Label.END or names):
            break  # after the body, bylines sign other articles unless the column had none of its own
        if j.byline and j.byline.source and _between_paragraphs(page, i):
            continue  # a source between the column's paragraphs credits a chart or a quote ('Source: OECD')
        if j.byline and j.byline.given and j.byline.given not in given:
            given.append(j.byline.given)
        for name in j.byline.names if j.byline else []:
            if name not in names:
                names.append(name)
    if not names:
        names = [full for first in given if (full := full_name(page, first, s))]
    return names


def dated_given_names(page: Page) -> list[str]:
    """The first names dated bylines give alone ('Von Thilo / 6. November 2023'): a blog's display name,
    the author as the page names them when it gives no surname."""
    found: list[str] = []
    for j in page.units[: page.end]:
        if j.byline and j.byline.given and j.date and j.byline.given not in found:
            found.append(j.byline.given)
    return found


def _between_paragraphs(page: Page, i: int) -> bool:
    """Unit i stands between two paragraphs of running text."""
    return 0 < i < len(page.units) - 1 and all(page.units[k].label is Label.PROSE for k in (i - 1, i + 1))


def full_name(page: Page, first: str, s: NameSettings) -> str | None:
    """The full name the page writes for a first name outside the column's own text, if it writes one."""
    pattern = re.compile(rf"\b{re.escape(first)}\s+{SURNAME}(?:\s+{SURNAME})?")
    for i, j in enumerate(page.units):
        if page.start <= i < page.end:
            continue  # the column itself speaks of other people
        for match in pattern.finditer(j.text):
            if name := clean_name(match.group(), s):
                return name
    return None


def lone_header_name(page: Page, window: int, s: NameSettings) -> tuple[int, list[str]] | None:
    """The one person named by a bare name above the body and nothing else (a book's or a sample's header:
    title, author; a post's header, where the name may stand twice or recur at the author's replies; a
    site's template, which sets its author's name over each of their columns): the writer, when the page
    names no one otherwise."""
    found = [
        (i, byline.names)
        for i in range(max(0, page.start - window), page.start)
        if (
            page.units[i].label is Label.SHORT
            or page.units[i].reason in (Reason.PAGE_FURNITURE, *SITE_REASONS)
        )
        and (byline := parse_byline(page.units[i].text, s, bare_name_ok=True))
        and byline.names
    ]
    return found[0] if len({tuple(names) for _, names in found}) == 1 else None


def byline_named_in_bio(page: Page, bio: str, s: NameSettings) -> tuple[int, list[str]] | None:
    """A line of bare names ('Thijs Mulder en Esra Yilmaz') whose every person the bio names: the byline of
    a column by all of them (the one with most names, the first of those)."""
    best: tuple[int, list[str]] | None = None
    for i, j in enumerate(page.units):  # above the column, or signing it over the bio
        if j.label is Label.PROSE or (
            j.label is not Label.SHORT and j.byline is None and j.reason is not Reason.BYLINE
        ):
            continue  # (an author box's name line is a byline already, its names not yet read)
        byline = j.byline or parse_byline(j.text, s, bare_name_ok=True)
        named = byline.names if byline and all(name in bio for name in byline.names) else []
        if named and (best is None or len(named) > len(best[1])):
            best = (i, list(named))
    return best


SIGNATURE_DELIMITER_RE = re.compile(r"^(?:-{2,}|_{3,}|={3,})\s*$")  # '-- ', '________': a signature follows


def delimited_signature(page: Page, s: ExtractSettings) -> tuple[int, list[str]] | None:
    """The writer named at the head of the signature under the column, after a delimiter line ('--',
    '____'), as forums and e-mail set it: 'R. Veenstra | Veenstra Mode, Sneek'."""
    units = page.units
    for i in range(page.end, min(page.end + s.signature_delimiter_window, len(units) - 1)):
        if SIGNATURE_DELIMITER_RE.match(units[i].text) and (names := split_names(units[i + 1].text, s.names)):
            return i + 1, names[:1]
    return None
