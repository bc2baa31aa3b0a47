"""Is this text shaped like a person's name? Validates candidates from bylines, bios and author boxes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kolom.patterns import NAME_PARTICLES, NOT_NAMES
from kolom.settings import NameSettings

# the capitals and small letters of the Latin scripts (Yılmaz, Šimić, Łukasz as well as Zoë)
_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower())
_PART = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}'’]+"  # 'Jansen', "O'Brien", "D'Hondt"
_TOKEN_RE = re.compile(
    rf"^(?:{_PART}(?:-[{_UPPER}]?(?:['’][{_UPPER}])?[{_LOWER}'’]+)*|[{_UPPER}]\.(?:[{_UPPER}]\.)*|'t)$"
)
# an academic or professional title before a name: 'dr. Els Peeters', 'prof. dr. ir. Jan Claes'
HONORIFICS_RE = re.compile(r"^(?:(?:prof|dr|drs|mr|ir|ing|ds|dhr|mevr|mw)\.?\s+)+", re.I)
NAME_SEPARATOR_RE = re.compile(  # between names in one byline: "A en B", "A, B & C"
    r"\s*(?:,|;|&|\bin samenwerking met\b|\ben\b|\band\b|\bund\b|\bwith\b|\bmet\b)\s*"
)
# where a name's trailing part begins: a bracket, a bar or a dash, or a hyphen between spaces ('Jan Smit - redacteur')
_TRAILING_RE = re.compile(r"[(\[|–—]|\s-\s")


# a site's byline, author box and bio name the same people on all its pages: each text is judged once per process
@lru_cache(maxsize=1 << 16)
def is_name(text: str, s: NameSettings) -> bool:
    """Two or more tokens (up to a limit), capitalised words or initials, with lower-case particles inside."""
    tokens = text.split()
    if not 2 <= len(tokens) <= s.max_tokens:
        return False
    if tokens[0].lower() in NAME_PARTICLES and not tokens[0][0].isupper():
        return False
    if tokens[-1].lower() in NAME_PARTICLES or tokens[-1].endswith("."):
        return False
    given = tokens[0].split("-")
    if len(tokens[0]) > s.given_name_max_chars and (
        len(given) == 1 or len(tokens[0]) > s.part_max_chars or not all(p[:1].isupper() for p in given)
    ):
        return False  # 'Winkeliersvereniging Binnenstad Zutphen': a compound noun, no first name (but 'Willem-Alexander')
    if any(len(part) > s.part_max_chars for t in tokens for part in t.split("-")):
        return False  # 'Pamela Wilsonbigbrandsystem': words glued together
    capitals = 0
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if is_not_name(token):
            return False
        if not _TOKEN_RE.match(token):
            return False
        capitals += 1
    return capitals >= 2


# A name standing alone has no 'in'/'op' after its first word ('Verdwaald in het bos' is a headline);
# with a 'Door' prefix such names ('Jan in 't Veld') are still read.
PREPOSITION_RE = re.compile(r"^\S+\s+(?:in|op)\s", re.I)


def is_bare_name(text: str, s: NameSettings) -> bool:
    """A line that is a person's name and nothing else: shaped like one, and no headline's 'X in/op Y'."""
    return is_name(text, s) and not PREPOSITION_RE.search(text)


def is_not_name(word: str) -> bool:
    """A word the name lists say is never part of a person's name ('Redactie', 'Admin')."""
    return word.lower().strip(".") in NOT_NAMES


@lru_cache(maxsize=1 << 16)
def clean_name(text: str, s: NameSettings) -> str | None:
    """The name in a byline fragment, without job title, handle or trailing punctuation; None if none."""
    if trailing := _TRAILING_RE.search(text):  # cut with the blanks before it
        text = text[: trailing.start()].rstrip()
    text = HONORIFICS_RE.sub("", text.strip(" .:;,"))
    text = re.sub(r"\s+", " ", text)
    return text if is_name(text, s) else None


# between the names and what follows them: 'A en B | columnisten', 'A - redacteur'
AFTER_NAMES_RE = re.compile(r"\s[|•·]\s|\s[-–—]\s")


def split_names(text: str, s: NameSettings) -> list[str]:
    """Names in 'A en B', 'A, B and C', 'A | functie': only the parts shaped like names."""
    text = AFTER_NAMES_RE.split(text)[0]
    names = []
    for part in NAME_SEPARATOR_RE.split(text):
        name = clean_name(part, s) if part else None
        if name and name not in names:
            names.append(name)
    return names


INITIALS_RE = re.compile(r"^((?:[A-ZÀ-Þ]\.\s?)+)\s*(.+)$")  # 'J. P. de Vries': initials, then the surname


def initialled(name: str) -> bool:
    """A name whose given names are initials only ('J. Peeters', 'J. P. de Vries')."""
    return bool(INITIALS_RE.match(name))


@lru_cache(maxsize=1 << 16)  # a corpus names its few dozen writers again and again
def name_key(name: str) -> str:
    """A name as compared: case, spacing, accents and hyphens folded ('Zoë Ünal' = 'Zoe Unal', 'Ahmet
    Yılmaz' = 'Ahmet Yilmaz', 'Anne-Marie' = 'Anne Marie'): sites copy names with and without them."""
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("-", " ")
    return " ".join(plain.casefold().split())


def surname_and_initial(name: str) -> tuple[str, str] | None:
    """The surname (lower case, spaces normalised) and the first initial: 'J. P. de Vries' and 'Jan de
    Vries' both give ('de vries', 'j')."""
    if m := INITIALS_RE.match(name):
        return name_key(m.group(2)), name_key(m.group(1)[0])
    parts = name.split()
    return (name_key(" ".join(parts[1:])), name_key(parts[0][0])) if len(parts) >= 2 else None


def same_person(a: str, b: str) -> bool:
    """One person: equal names (as `name_key` compares them), or initials and a full name with the same
    surname and first initial ('J. Peeters' and 'Jan Peeters', 'J. P. de Vries' and 'Jan de Vries'). The
    one rule kolom uses, in a column and across the corpus."""
    if name_key(a) == name_key(b):
        return True
    if initialled(a) == initialled(b):
        return False  # two full names (or two sets of initials) that differ are two people
    parts = surname_and_initial(a)
    return parts is not None and parts == surname_and_initial(b)


AUTHOR_HEAD_SEPARATORS = "|:–—-&,("


def names_author(text: str, authors: list[str]) -> bool:
    """A line that opens with the column's author and a separator: a header or file label naming them
    ('Ruud Lammertink – column (aanlevering)'), never the headline."""
    for name in authors:
        rest = text[len(name) :].lstrip() if text.startswith(name) else ""
        if len(rest) > 1 and rest[0] in AUTHOR_HEAD_SEPARATORS:
            return True
    return False
