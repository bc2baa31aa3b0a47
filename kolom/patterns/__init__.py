"""Named word lists, loaded once from the data files beside this module, and the spaces read as plain ones."""

from __future__ import annotations

import re
from importlib.resources import files


def load_words(name: str) -> frozenset[str]:
    """The words of a pattern file: whitespace-separated, `#` starts a comment."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() for w in line.split("#", 1)[0].split())


FUNCTION_WORDS_NL = load_words("function_words_nl.txt")
FUNCTION_WORDS = FUNCTION_WORDS_NL | load_words("function_words_en.txt") | load_words("function_words_de.txt")
NAME_PARTICLES = load_words("name_particles.txt")
NOT_NAMES = load_words("not_names.txt")
PAGE_WORDS = load_words("page_words.txt")

# the spaces a web page writes between words besides the plain one (no-break, narrow, thin, figure, en, em,
# ideographic: a page copied from a browser keeps '&nbsp;' as U+00A0): kolom reads each as a plain space
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
AS_SPACE = str.maketrans(dict.fromkeys(SPACES, " "))
SPACES_RE = re.compile(f"[{SPACES}]")  # finds one quickly: most lines have none
# '5 minuten leestijd', 'Leestijd: 4 min', '3 min read': a page's estimate of its reading time
READING_TIME = (
    r"\d+ min(?:\.|uten|utes?)? (?:read|lezen|leestijd|lesezeit)|(?:leestijd|reading time|lesezeit):? ?\d+.*"
)
# 'Site is een uitgave van Uitgever B.V.': how a page's imprint names the site it stands on
IMPRINT = r"is een (?:uitgave|initiatief|product|onderdeel|merk) van\b"
