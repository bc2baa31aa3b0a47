"""Text repairs that keep every word: mojibake, line endings, form feeds, blank-looking lines."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

# Fix encoding damage only: quotes, ligatures and character widths stay as the author wrote them.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)

C1_CONTROLS_RE = re.compile("[\x80-\x9f]")
CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# UTF-8 read as cp1252/latin-1: a lead byte (Â-ß, à-ï) followed by a continuation byte (cp1252 0x80-0xbf).
MOJIBAKE_HINT_RE = re.compile(
    "[\u00c2-\u00df\u00e0-\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
BLANK_CHARS = " \t\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff\u3000"


def repair(text: str) -> str:
    """Repair mojibake with ftfy, normalise line endings (a form feed becomes a line break), drop control characters.

    ftfy runs only where its own detector sees encoding damage; clean text is just NFC-normalised.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if MOJIBAKE_HINT_RE.search(text) and (is_bad(text) or C1_CONTROLS_RE.search(text)):
        text = ftfy.fix_text(text, _FTFY)
    elif not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return CONTROLS_RE.sub("", text)  # invisible control characters are no text (tabs and line ends stay)


def strip_line(line: str) -> str:
    """The line without surrounding blanks, non-breaking spaces and zero-width characters."""
    return line.strip(BLANK_CHARS)


def is_blank(line: str) -> bool:
    """True for a line of only whitespace, non-breaking spaces or zero-width characters."""
    return not strip_line(line)
