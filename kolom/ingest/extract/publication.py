"""Publication: the site, paper or company the text itself names as where the column appears."""

from __future__ import annotations

import re

from kolom.ingest.classify import Label, Page
from kolom.model import Reason
from kolom.patterns.boilerplate import match_line

_PROPER = r"[A-Z][\w'’&.-]*(?:\s(?:[A-Z][\w'’&.-]*|van|voor|en|der|de|het)){0,5}"
IN_TEXT_RE = re.compile(
    rf"\b(?:(?:column|blog|rubriek|bijdrage|artikel|stuk)s?\s+(?:voor|in|op|bij)|verscheen(?:\s+eerder)?\s+(?:in|op|bij)|"
    rf"gepubliceerd\s+(?:in|op|bij)|geschreven\s+voor|eerder\s+verschenen\s+(?:in|op))\s+(?P<pub>(?:[Dd]e |[Hh]et )?{_PROPER})",
)
# 'Vakblad Ondernemen nr. 4, april 2016': a magazine's name before its issue number.
ISSUE_RE = re.compile(
    r"^(?P<pub>[A-Z][\w&'’.]*(?: [A-Z\w&'’.]+){0,5}?)\s+(?:nr|no|nummer|editie|jaargang|issue|uitgave)\.?\s*\d+",
    re.I,
)
STREET_RE = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\b|(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef)\s+\d+", re.I
)


ISSUE_LINE_MAX_WORDS = 12


def _trim(pub: str) -> str:
    words = pub.split()
    while words and (
        words[-1].lower() in {"de", "het", "van", "voor", "en", "in", "der"} or not words[-1][0].isalpha()
    ):
        words.pop()
    return " ".join(words).strip(" .,;:")


def from_text(text: str) -> str | None:
    """'column voor De Zaak', 'verscheen eerder in Het Parool' -> the named publication."""
    m = IN_TEXT_RE.search(text)
    return _trim(m.group("pub")) or None if m else None


def find_publication(page: Page, bio: str | None) -> tuple[str | None, int | None]:
    """From the bio or tail wording, a non-person 'Bron:' line, or the organisation heading a contact block."""
    for j in page.units:
        if j.reason is Reason.ATTRIBUTION and j.byline is None:
            return j.text.split(":", 1)[1].strip(), None
    if bio and (pub := from_text(bio)):
        return pub, None
    for j in page.header():
        if j.unit.words <= ISSUE_LINE_MAX_WORDS and (m := ISSUE_RE.match(j.text)):
            return m.group("pub").strip(), None
    for j in page.tail():
        if j.label in (Label.PROSE, Label.SHORT) and (pub := from_text(j.text)):
            return pub, None
    tail = page.tail()
    for k, j in enumerate(tail[1:], start=1):
        prev = tail[k - 1]
        if j.reason is Reason.CONTACT and STREET_RE.search(j.text):
            words = prev.text.split()
            if 1 <= len(words) <= 5 and prev.label is Label.SHORT and not match_line(prev.text):
                return prev.text, page.end + k - 1
    return None, None
