"""Bylines: 'Door A en B', 'By A, job', 'Column A | subtitle', 'Bron: A', 'Auteur' + name, a bare name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kolom.ingest.extract.dates import UPDATE_WORDS, find_dates
from kolom.ingest.extract.names import (
    AFTER_NAMES_RE,
    NAME_SEPARATOR_RE,
    clean_name,
    is_bare_name,
    is_not_name,
    split_names,
)
from kolom.patterns import READING_TIME
from kolom.patterns.boilerplate import match_line
from kolom.settings import NameSettings

# German writes the feminine, or every gender, as an ending of the role: 'Autorin', 'Kolumnist*in', 'Autor:in', 'Autor_in'
_GENDER_ENDING = r"(?:[*:_]?in)?"
PREFIX_RE = re.compile(
    r"^(?:geschreven door|written by|posted by|gepost door|geplaatst door|ingezonden door|bericht door|tekst(?: en beeld)?|"
    rf"text|door|by|von|auteur|author|autor{_GENDER_ENDING}|columnist|kolumnist{_GENDER_ENDING}|column|opinie|blog|gastcolumn|gastblog|een column van|"
    r"een blog van|een bijdrage van|dit is een (?:column|blog|bijdrage|gastcolumn|opiniestuk) (?:van|door)|"
    r"van(?=:)|from(?=:))\b"  # an e-mail's sender: 'Van: A <a@site.nl>'
    r"(?:\s+(?:van|door|by|von)\b)?\s*[:|•·–—]?\s*(?P<rest>.+)$",  # "COLUMN | A"
    re.I,
)
# a section's label set apart at the head of a line: before the writer ('COLUMN | A', 'Opinie · A', a kicker
# over the headline) or before the headline itself ('Column: Titel')
SECTION_LABEL_RE = re.compile(
    r"^(?:column|opinie|blog|gastcolumn|gastblog|columnist|kolumnist|interview|essay|commentaar|analyse|kolom)"
    r"\s*[:|•·–—-]\s*",
    re.I,
)
EMAIL_RE = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")  # 'A <a@site.nl>'
# 'Geplaatst op 12 maart 2019 door A', 'Posted on May 3 by A': a publishing label, then the name after door/by.
LABELLED_RE = re.compile(
    r"^(?:geplaatst|gepubliceerd|gepost|verschenen|posted|published|veröffentlicht|erschienen)\b.*?\s(?:door|by|von)\s+(?P<rest>.+)$",
    re.I,
)
SOURCE_RE = re.compile(r"^(?:bron|source|quelle)\s*:\s*(?P<rest>.+)$", re.I)
LABEL_RE = re.compile(
    rf"^(?:auteur|author|autor{_GENDER_ENDING}|over de auteur|over de columnist|about the author|über den autor|geschreven door|"
    r"written by|door|by|columnist|de auteur|the author)\s*:?$",
    re.I,
)
CUT_RE = re.compile(
    r"\s(?:veröffentlicht|gepubliceerd|geplaatst|published|posted|updated|op|on|am|at|om)\b.*$"
    rf"|\s(?:{UPDATE_WORDS}|zuletzt|geändert)\b.*$"  # a date's label
    r"|\s(?:illustratie|illustraties|illustration|foto|foto's|fotografie|beeld|tekening|cartoon|photo|bild)\b.*$",
    re.I,
)


@dataclass(frozen=True)
class Byline:
    names: list[str]
    rest: str | None = None
    source: bool = False
    given: str | None = None  # a blog's 'Posted by Ineke': a first name only, completed from the page


# Blog software signs a post with the writer's display name, often a first name alone, and so does a
# byline that introduces a person ('Posted by Ineke', 'Door Marleen', 'Von Thilo / 6. November 2023').
GIVEN_NAME_BYLINE_RE = re.compile(
    r"^(?:posted by|gepost door|geplaatst door|geplaatst|gepubliceerd|posted|published|geschreven door|"
    r"written by|door|by|von|auteur|author|autor)\b",
    re.I,
)
GIVEN_NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+$")


def names_only(text: str, s: NameSettings) -> list[str]:
    """The people of a line that holds two or more names and nothing else ('A en B', 'A, B en C')."""
    parts = NAME_SEPARATOR_RE.split(text)
    names = split_names(text, s) if len(parts) >= 2 else []
    return names if len(names) >= 2 and all(part in names for part in parts) else []


def dated_name(text: str, s: NameSettings) -> Byline | None:
    """A name (or names) and a date on one line, in either order: 'Jan Jansen | 3 maart 2014', the date's
    label aside."""
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    before = CUT_RE.sub("", text[: dates[0].start])  # 'Evgenia Karp Zuletzt geändert am 06.11.2023'
    for side in (before, text[dates[0].end :]):  # the name stands on one side: never joined across the date
        rest = side.strip(" |,·•–—-:")
        if labelled := PREFIX_RE.match(rest):  # '8 november 2021 | door A en B | 3 reacties'
            rest = labelled.group("rest")
        if name := clean_name(rest, s):
            return Byline([name])
        head = AFTER_NAMES_RE.split(rest, maxsplit=1)[0]  # 'A en B | 5 minuten leestijd', 'A · 12 notities'
        if names := names_only(head, s):
            return Byline(names)
        if labelled and (name := clean_name(head, s)):
            return Byline([name])
    return None


READING_TIME_RE = re.compile(rf"^(?:{READING_TIME}|\d+\s?min\.?)$", re.I)  # (beside a name: '4 min')


def timed_name(text: str, s: NameSettings) -> Byline | None:
    """A name and the page's reading time on one line: 'Jan Jansen | 5 minuten leestijd'."""
    parts = AFTER_NAMES_RE.split(text.strip())
    if len(parts) < 2 or not all(READING_TIME_RE.match(part.strip()) for part in parts[1:]):
        return None
    name = clean_name(parts[0], s)
    if name and is_bare_name(name, s):
        return Byline([name])
    return Byline(names) if (names := names_only(parts[0], s)) else None


def parse_byline(text: str, s: NameSettings, bare_name_ok: bool = False) -> Byline | None:
    """The names a byline line gives, with any text after a '|' separator; None if it is no byline."""
    found = _parse_byline(text, s, bare_name_ok)
    return None if found is None else Byline(list(found.names), found.rest, found.source, found.given)


@lru_cache(maxsize=1 << 16)  # a site's header and author lines recur on all its pages: each is read once
def _parse_byline(text: str, s: NameSettings, bare_name_ok: bool) -> Byline | None:
    source = False
    m = PREFIX_RE.match(text) or LABELLED_RE.match(text)
    if not m:
        m = SOURCE_RE.match(text)
        source = bool(m)
    if not m:
        if bare_name_ok and (name := clean_name(text, s)) and is_bare_name(name, s):
            return Byline([name])
        head = AFTER_NAMES_RE.split(text.strip(), maxsplit=1)[0]  # 'A en B | columnisten'
        if bare_name_ok and (names := names_only(head, s)):
            return Byline(names)
        return dated_name(text, s) or timed_name(text, s)
    rest = m.group("rest")
    dates = find_dates(rest)
    if dates:
        rest = rest[: dates[0].start].rstrip(" ,|·•–—»›/")  # 'A » 3 mrt 2021, 10:15'
    rest = CUT_RE.sub("", EMAIL_RE.sub("", rest))
    parts = re.split(r"\s[|•·]\s|\s[–—]\s", rest, maxsplit=1)
    names = split_names(parts[0], s)
    if not names:
        given = parts[0].strip(" .,:;/|·•–—-")
        if GIVEN_NAME_BYLINE_RE.match(text) and GIVEN_NAME_RE.match(given) and not is_not_name(given):
            return Byline([], given=given)
        return None
    tail = parts[1].strip() if len(parts) > 1 else None
    if tail and match_line(tail):  # a counter or the reading time ('3 reacties'), no subtitle
        tail = None
    return Byline(names, tail or None, source)


def is_label(text: str) -> bool:
    """A line that only announces the author box: 'Auteur', 'Over de auteur', 'Written by'."""
    return bool(LABEL_RE.match(text.strip()))
