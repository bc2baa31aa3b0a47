"""Dates: find date-shaped spans (Dutch, English and German month names, numeric day-first) and make ISO.

Month and weekday names come from Babel's locale data; only a span that looks like a date is parsed, so
words such as 'we' or the name 'Jan' never become dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from babel.dates import get_day_names, get_month_names

from kolom.patterns import READING_TIME

LOCALES = ("nl", "en", "de")
MIN_YEAR, MAX_YEAR = 1950, 2100


@cache
def month_table() -> dict[str, int]:
    """Month names and abbreviations in the supported languages -> month number."""
    table: dict[str, int] = {}
    for loc in LOCALES:
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                for num, name in get_month_names(width, ctx, loc).items():
                    table[name.lower().rstrip(".")] = num
    table.update({"sept": 9, "mrt": 3, "okt": 10, "mei": 5})
    return table


@cache
def weekday_pattern() -> str:
    names = {
        n.lower().rstrip(".")
        for loc in LOCALES
        for w in ("wide", "abbreviated")
        for n in get_day_names(w, "format", loc).values()
    }
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


def _month_alt() -> str:
    return "|".join(sorted(map(re.escape, month_table()), key=len, reverse=True))


@cache
def _regexes() -> list[tuple[str, re.Pattern[str]]]:
    m, wd = _month_alt(), weekday_pattern()
    day = r"(?P<d>[0-3]?\d)(?:e|ste|de|st|nd|rd|th)?\.?"
    year = r"(?P<y>(?:19|20)\d\d)"
    mon = rf"(?P<m>{m})\.?"
    weekday = rf"(?:(?:{wd})\.?,?\s+)?"
    return [
        ("dmy", re.compile(rf"\b{weekday}{day}\s+{mon},?\s+{year}\b", re.I)),
        ("mdy", re.compile(rf"\b{weekday}{mon}\s+{day},?\s+{year}\b", re.I)),
        ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]?\d)-(?P<d>[0-3]?\d)\b")),
        ("num", re.compile(r"\b(?P<d>[0-3]?\d)[-/.](?P<mn>[01]?\d)[-/.](?P<y>(?:19|20)\d\d)\b")),
        ("my", re.compile(rf"\b{mon}\s+{year}\b", re.I)),
    ]


@dataclass(frozen=True)
class DateMatch:
    iso: str
    start: int
    end: int


def _iso(y: int, mo: int, d: int | None) -> str | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, mo, d).isoformat() if d else date(y, mo, 1).isoformat()[:7]
    except ValueError:
        return None


# a word glued to the next ('YoungNovember', '2024Updated', 'Tuesday2024'): a capital after three lower-case
# letters (so that a name's inner capital stays: 'McInnes', 'DeSantis') or a digit, or a digit after a
# letter. What follows is tested first: it fails on most characters, where the look back would be in vain.
GLUE_RE = re.compile(r"(?=[A-ZÀ-Þ])(?:(?<=[a-zà-ÿ]{3})|(?<=\d))|(?=\d)(?<=[A-Za-zà-ÿ])")


def unglue(text: str) -> str:
    """Split words that a copied page glued together ('YoungNovember 11, 2024Updated')."""
    return GLUE_RE.sub(" ", text)


LEAD_CHARS = 25  # how far before a date its label ('Bijgewerkt op', 'Geplaatst:') is looked for


def _lead(text: str, start: int) -> str:
    """The words just before position start (whole words: 'Geplaatst' does not hold 'laatst')."""
    lead = text[max(0, start - LEAD_CHARS) : start]
    if start > LEAD_CHARS and text[start - LEAD_CHARS - 1].isalnum():
        lead = lead.split(" ", 1)[-1] if " " in lead else ""
    return lead


def published_date(text: str) -> str | None:
    """The first date in a short line that is not introduced as an update ('Updated: 25 July 2024')."""
    text = unglue(text)
    for found in find_dates(text):
        if not UPDATED_RE.search(_lead(text, found.start)):
            return found.iso
    return None


YEAR_RE = re.compile(r"(?:19|20)\d\d")  # what every date pattern holds: a line without it has no date


@lru_cache(maxsize=1 << 16)  # a pure function, asked about the same short lines by several extractors
def find_dates(text: str) -> tuple[DateMatch, ...]:
    """Every date-shaped span in the text, earliest first, spans not overlapping."""
    if not YEAR_RE.search(text):
        return ()
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for _kind, rx in _regexes():
        for mt in rx.finditer(text):
            if any(a < mt.end() and mt.start() < b for a, b in taken):
                continue
            g = mt.groupdict()
            month = int(g["mn"]) if g.get("mn") else month_table()[g["m"].lower().rstrip(".")]
            iso = _iso(int(g["y"]), month, int(g["d"]) if g.get("d") else None)
            if iso:
                found.append(DateMatch(iso, mt.start(), mt.end()))
                taken.append((mt.start(), mt.end()))
    return tuple(sorted(found, key=lambda dm: dm.start))


_LABEL_RE = re.compile(
    r"^(?:(?:oorspronkelijk|originally|eerst|first|gepubliceerd|geplaatst|verschenen|published|posted|veröffentlicht|datum|date|on|op|am|le)\b[\s:]*)*",
    re.I,
)
# a reading time after the date, set apart ('18.10.2023 | Leestijd 3 minuten')
_READING_TIME_RE = re.compile(rf"\s[|·•,–-]\s*(?:{READING_TIME})$", re.I)
_TIME_RE = re.compile(
    r"[\s,|–-]*(?:om\s+|at\s+|um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uur|u|h|am|pm|uhr))?\s*$", re.I
)


def whole_line_date(text: str) -> str | None:
    """The ISO date when the whole line is a date (with an optional label, weekday or time)."""
    if not YEAR_RE.search(text):
        return None
    core = _TIME_RE.sub("", _LABEL_RE.sub("", _READING_TIME_RE.sub("", text.strip()))).strip(" ,|-–•·")
    matches = find_dates(core)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end >= len(core) - 1:
        return matches[0].iso
    return None


DATELINE_RE = re.compile(
    r"\s*[.:–—|-]\s+(?=\S)"
)  # what follows a paragraph's opening dateline: a stop, then text


def _dateline(text: str, max_chars: int) -> tuple[str, int] | None:
    """The day a paragraph opens with as its dateline and where its text starts, the date within the
    first max_chars characters ('31. Oktober 2023. Woher kommt ...')."""
    found = find_dates(text[:max_chars])
    day = found[0] if found and found[0].start == 0 and len(found[0].iso) == 10 else None
    stop = DATELINE_RE.match(text, day.end) if day else None
    return (day.iso, stop.end()) if day and stop else None


def dateline_date(text: str, max_chars: int) -> str | None:
    """The day of the dateline the paragraph opens with, if any."""
    return found[0] if (found := _dateline(text, max_chars)) else None


def after_dateline(text: str, max_chars: int) -> str:
    """The paragraph without the dateline it opens with."""
    return text[found[1] :] if (found := _dateline(text, max_chars)) else text


# a date introduced as something other than the publication: an update, a forum member's sign-up, the
# day a copy was printed or fetched
UPDATE_WORDS = r"bijgewerkt|geüpdatet|geactualiseerd|gewijzigd|aangepast|laatst|updated|modified|aktualisiert"
UPDATED_RE = re.compile(
    rf"\b(?:{UPDATE_WORDS}|lid sinds|lid vanaf|member since|joined|registered|geregistreerd|mitglied seit|"
    r"afgedrukt|geprint|printed|gedruckt|gedownload|downloaded|geraadpleegd|opgehaald|accessed|retrieved|abgerufen)\b",
    re.I,
)
PUBLISHED_RE = re.compile(
    r"\b(?:gepubliceerd|geplaatst|verschenen|verscheen|published|posted|veröffentlicht)(?:\s+(?:op|on|am))?\s*:?\s*$",
    re.I,
)


def labelled_published_date(text: str) -> str | None:
    """The date a line introduces as the publication date ('Bram Hoekstra · Gepubliceerd op 19 mei 2022 ·
    Bijgewerkt op ...'), however long the line."""
    for found in find_dates(text):
        if PUBLISHED_RE.search(_lead(text, found.start)):
            return found.iso
    return None


COPYRIGHT_YEAR_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?P<who1>[^\d]*?)\s*(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?\s*(?P<who2>.*)",
    re.I,
)


# a page address that files the page by date: 'https://site.nl/2021/03/04/titel/', 'site.nl/blog/2021/03/'
ADDRESS_DATE_RE = re.compile(
    r"^(?:https?://)?[\w.-]+\.[a-z]{2,}/(?:[\w-]+/)*?(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?:(?P<d>0[1-9]|[12]\d|3[01])/)?",
    re.I,
)


def address_date(text: str) -> str | None:
    """The date a page's address files it under ('/2021/03/04/' -> '2021-03-04', '/2021/03/' -> '2021-03')."""
    if not (m := ADDRESS_DATE_RE.match(text.strip())):
        return None
    return "-".join(part for part in (m["y"], m["m"], m["d"]) if part)


def copyright_year(text: str, authors: list[str]) -> str | None:
    """The year of an author's own copyright line ('© A 2009'); a designer's or site's credit gives None."""
    m = COPYRIGHT_YEAR_RE.search(text)
    if not m:
        return None
    holder = f"{m.group('who1')} {m.group('who2')}".strip(" ,.-")
    return m.group("y") if any(a.lower() in holder.lower() for a in authors) else None
