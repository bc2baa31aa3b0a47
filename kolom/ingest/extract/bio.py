"""Author bio: a paragraph near the end that speaks of a person in the third person ('A is ...', 'A werkt ...').

It continues over following lines that name the same person, and over short lines that finish its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kolom.ingest.extract.byline import is_label, names_only
from kolom.ingest.extract.names import clean_name, is_name, same_person, split_names
from kolom.ingest.page import SITE_REASONS, Found, Judged, Label, Page
from kolom.model import Reason
from kolom.settings import DEFAULT, ExtractSettings, NameSettings

BIO_VERB_RE = re.compile(
    r"^(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+|(?:van|de|der|den|ter|ten|te|el|von|'t|en)\s+){1,9}?)"
    r"(?:\(\d{1,3}\)\s+)?"  # an age: 'Marleen Bosch (41) heeft'
    r"(?P<verb>is|was|werkt|werkte|schrijft|schreef|woont|heeft|had|begon|studeerde|richtte|adviseert|helpt|"
    r"traint|doceert|leidt|blogt|is sinds|zijn|werken|schrijven|begeleiden|hebben|runnen|leiden|adviseren|"
    r"helpen|\(\d{4}|,)\b",
)
FIRST_PERSON_RE = re.compile(r"^(?:ik ben|mijn naam is|i am|i'm|ich bin)\s+(?P<name>[^,.]+)[,.]", re.I)
ABOUT_RE = re.compile(r"(?:over de (?:auteur|columnist|schrijver)|about the author|über den autor)$")
OPENING_RE = re.compile(r"[^.,]*")  # a text up to its first full stop or comma
PROFILE_PARTS_RE = re.compile(r"\s\|\s")
BIO_LABEL_RE = re.compile(
    r"^(?:bio|biografie|over de auteur|over de schrijver|about the author)\s*:\s+", re.I
)
WEBSITE_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.I)


def bio_subject(text: str, s: NameSettings, authors: Sequence[str] = ()) -> str | None:
    """The person a bio speaks of: it opens with a name (or 'A en B') and a describing verb, introduces its
    writer ('Ik ben A, ...'), or opens with the column's author and a full stop (a profile: 'A. Twintig
    jaar ...'). Of two people, the first."""
    subjects = bio_subjects(text, s, authors)
    return subjects[0] if subjects else None


def bio_subjects(text: str, s: NameSettings, authors: Sequence[str] = ()) -> list[str]:
    """The people a bio speaks of, as `bio_subject` reads them: one, or the two of 'A en B zijn ...'."""
    # set in Markdown italics ('*Yusuf Demir was ...*'), or labelled ('Bio: Yusuf Demir is ...')
    text = BIO_LABEL_RE.sub("", text.lstrip("*_ "))
    for author in authors:
        if text.startswith(author + ".") or text.startswith(author + ","):
            return [author]
    if m := FIRST_PERSON_RE.match(text):
        name = clean_name(m.group("name"), s)
        return [name] if name else []
    m = BIO_VERB_RE.match(text)
    if not m:
        return []
    name = m.group("name").strip()
    return [name] if is_name(name, s) else split_names(name, s)


def extract_bio(page: Page, authors: list[str], s: ExtractSettings) -> Found[tuple[str | None, str | None]]:
    """The bio and the author's website, read from the bio's lines and the name heading it in an author box
    (which leave the body as bio and byline)."""
    bio, website, units = find_bio(page, authors, s)
    lines = tuple((i, Reason.BIO) for i in units)
    if (box := author_box_name(page, units, s)) is not None:
        lines += ((box, Reason.BYLINE),)
    return Found((bio, website), lines, "bio" if bio else "none")


def _mentions(text: str, name: str) -> bool:
    return name in text or name.split()[-1] in text.split()


def find_bio(
    page: Page, authors: list[str], s: ExtractSettings = DEFAULT.extract
) -> tuple[str | None, str | None, list[int]]:
    """The bio text, the author's website and the unit indices they came from."""
    first = max(page.start + 1, page.end - s.bio_lookback_units)  # (a box opening the body: see below)
    for i in range(first, len(page.units)):
        j = page.units[i]
        recurs = j.reason in SITE_REASONS
        boxed = _boxed_author(page, i, authors, s)
        if j.label not in (Label.PROSE, Label.SHORT) and not recurs and boxed is None:
            continue
        name = bio_subject(j.text, s.names, authors) or boxed or _profile_of(page, i, s.names)
        if not name or (i < page.end and authors and not any(same_person(name, a) for a in authors)):
            continue
        if recurs and not (
            any(same_person(name, a) for a in authors)
            or _names_box(page, i, name, s.names)
            or (not authors and i > 0 and _heads_box(page.units[i - 1].text, name))
        ):
            continue  # a paragraph every page of a site carries is a bio only when it is about the author
        if i < page.end and i < page.end - 2 and not authors:
            continue
        return _collect(page, i, name, s)
    # a writer's box over the column: in the header, or opening the body under the writer's bare name
    for i in range(max(0, page.start - s.header_search_units), min(page.start + 1, page.end)):
        j = page.units[i]
        boxed_author = _boxed_author(page, i, authors, s)
        if j.label not in (Label.PROSE, Label.SHORT) and j.reason not in SITE_REASONS and not boxed_author:
            continue
        name = bio_subject(j.text, s.names, authors) or _profile_of(page, i, s.names) or boxed_author
        boxed = _names_box(page, i, name, s.names) if name else False
        unsigned = not authors and (boxed or (i < page.start and _introduces(j, s)))
        if not name or not (any(same_person(name, a) for a in authors) or unsigned):
            continue
        if i < page.start:
            return _collect(page, i, name, s, page.start)
        if boxed:
            return _collect(page, i, name, s, i + 1)
    return None, None, []


def _boxed_author(page: Page, i: int, authors: list[str], s: ExtractSettings) -> str | None:
    """The author whose box unit i opens when it describes without naming: under a heading about them
    ('Over Marloes', 'Over de auteur'), a few words, no heading of its own, no name, no list item; under
    their bare name (past a stray mark such as '• 2e'), a profile of parts ('Retailadviseur | Schrijft
    wekelijks De Toonbank'). (A bare 'Auteur' badge also marks the writer's replies to readers: no such
    heading.)"""
    if i == 0 or not authors:
        return None
    heading = page.units[i - 1]
    if heading.label is Label.PROSE:
        return None
    j = page.units[i]
    author = next((a for a in authors if _about(heading.text, a)), None)
    if author is None and _profile_parts(j.text) and (k := _name_above(page, i, s)) is not None:
        name = clean_name(page.units[k].text, s.names) or ""
        author = next((a for a in authors if same_person(name, a)), None)
    describes = j.label in (Label.PROSE, Label.SHORT) or j.reason is Reason.NAVIGATION  # 'A | B | C'
    if (
        author is None
        or not describes
        or j.unit.words < s.bio_box_min_words
        or j.unit.bullet
        or j.text.endswith(":")
        or clean_name(j.text, s.names) is not None
    ):
        return None
    return author


def _profile_parts(text: str) -> bool:
    """A profile line: parts set apart by bars, not ended as a sentence ('Retailadviseur | Spreker')."""
    return len(PROFILE_PARTS_RE.split(text)) >= 2 and not text.endswith((".", "!", "?"))


def _name_above(page: Page, i: int, s: ExtractSettings) -> int | None:
    """The index of the bare name heading unit i, past stray marks ('Marloes Kuipers', '• 2e')."""
    k = i - 1
    while k > 0 and stray(page.units[k], s):
        k -= 1
    above = page.units[k]
    return k if above.label is not Label.PROSE and clean_name(above.text, s.names) else None


def stray(j: Judged, s: ExtractSettings) -> bool:
    """A stray mark between a box's lines: a few words opening with a symbol ('©') or a bullet ('• 2e')."""
    return j.unit.words <= s.bio_stray_line_max_words and (j.unit.bullet or not j.text[:1].isalnum())


def _introduces(j: Judged, s: ExtractSettings) -> bool:
    """A paragraph above the body that introduces its writer, in sentences ('A is ondernemersadviseur.
    Hij ...'), as an opinion page sets it between dek and column (the same on all the writer's pages); not
    a headline shaped like a bio."""
    prose = j.label is Label.PROSE or j.reason in SITE_REASONS
    return prose and j.unit.words >= s.bio_intro_min_words and j.text[-1:] in ".!?"


def _profile_of(page: Page, i: int, s: NameSettings) -> str | None:
    """The person unit i profiles by opening with the bare name on the line above it and a full stop
    ('Ineke Smulders' over 'Ineke Smulders. Zesendertig jaar caissière, ...')."""
    if not i or OPENING_RE.match(page.units[i].text.lstrip("*_ ")).group() not in page.units[i - 1].text:
        return None  # (what the unit opens with, up to its first full stop or comma, is not above it)
    name = clean_name(page.units[i - 1].text, s)
    return name if name and bio_subject(page.units[i].text, s, (name,)) == name else None


def _about(text: str, name: str) -> bool:
    """A heading about the writer: 'Over de auteur', or 'Over' with the person's (first) name."""
    heading = text.strip().rstrip(":").casefold()
    return bool(ABOUT_RE.match(heading)) or heading in {
        f"over {name.casefold()}",
        f"over {name.split()[0].casefold()}",
    }


def _heads_box(text: str, name: str) -> bool:
    """An author box's heading: one about the writer, or a label such as 'Auteur'."""
    return is_label(text) or _about(text, name)


def _names_box(page: Page, i: int, name: str, s: NameSettings) -> bool:
    """The line above unit i is the bio's subject alone, or with the writers it shares the box with: an
    author box ('Naam' over 'Naam is ...', 'A en B' over 'A en B zijn ...')."""
    if i == 0:
        return False
    above = page.units[i - 1]
    if clean_name(above.text, s) == name or above.text.strip().casefold() == name.casefold():  # ('NAAM')
        return True
    return above.label is not Label.PROSE and name in names_only(above.text, s)  # (a line of names is short)


def author_box_name(page: Page, bio_units: list[int], s: ExtractSettings) -> int | None:
    """The index of the name line heading the bio, when there is one."""
    if not bio_units:
        return None
    first = bio_units[0]
    if _profile_parts(page.units[first].text):
        return _name_above(page, first, s)
    name = bio_subject(page.units[first].text, s.names)
    return first - 1 if name and _names_box(page, first, name, s.names) else None


def _collect(
    page: Page, i: int, name: str, s: ExtractSettings, stop: int | None = None
) -> tuple[str | None, str | None, list[int]]:
    """The bio from unit i on (up to `stop`): paragraphs naming the person, short lines finishing its
    sentence, a website."""
    parts, used, website = [BIO_LABEL_RE.sub("", page.units[i].text)], [i], None  # (without a label)
    for k in range(i + 1, len(page.units) if stop is None else stop):
        j = page.units[k]
        unfinished = parts[-1][-1:] not in ".!?…" and not _profile_parts(parts[-1])  # (a profile is whole)
        if website is None and WEBSITE_RE.match(j.text):
            website = j.text
        elif (j.label is Label.PROSE and _mentions(j.text, name)) or (
            unfinished
            and j.label is Label.SHORT
            and j.unit.words <= s.bio_tail_max_words
            and not j.unit.bullet
        ):
            parts.append(j.text)
        elif j.label in (Label.SHORT, Label.BOILERPLATE, Label.META) and stray(j, s):
            continue  # a stray symbol or copyright line between the bio's lines
        else:
            break
        used.append(k)
    return " ".join(parts), website, used
