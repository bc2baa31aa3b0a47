"""Text repairs that keep every word: mojibake, line endings, form feeds, blank-looking lines."""

from __future__ import annotations

import ftfy

# Fix encoding damage only: quotes, ligatures and character widths stay as the author wrote them.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)

BLANK_CHARS = " \t\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff\u3000"


def repair(text: str) -> str:
    """Repair mojibake with ftfy and normalise line endings; a form feed becomes a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return ftfy.fix_text(text, _FTFY)


def strip_line(line: str) -> str:
    """The line without surrounding blanks, non-breaking spaces and zero-width characters."""
    return line.strip(BLANK_CHARS)


def is_blank(line: str) -> bool:
    """True for a line of only whitespace, non-breaking spaces or zero-width characters."""
    return not strip_line(line)
