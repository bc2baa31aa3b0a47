"""Lines to units: one unit per paragraph, with the features the classifier reads.

A unit is one non-blank line, or, in hard-wrapped text (PDF-to-text, e-mail), the lines of one
paragraph joined back together, words hyphenated at a line end re-joined.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kolom.ingest.repair import is_blank, strip_line
from kolom.patterns import AS_SPACE, FUNCTION_WORDS, SPACES_RE
from kolom.settings import DEFAULT, SegmentSettings

# '31. Oktober 2023.' opens with a date, not a numbered item
_MONTH = (
    r"(?i:januar[iy]?|februar[iy]?|maart|märz|march|april|mei|mai|may|jun[ie]|jul[iy]|august(?:us)?|september"
    r"|o[ck]tober|november|de[cz]ember|(?:jan|feb|mrt|apr|jun|jul|aug|sept?|o[ck]t|nov|de[cz])\.)(?!\w)"
)
_BULLETS = "•·◦▪■□☆★○●‣⁃➢➤►▸\\-–*+"
BULLET_RE = re.compile(rf"^(?:[{_BULLETS}]|\d{{1,2}}[.)](?!\s+{_MONTH})|[a-z][.)])\s+(?=\S)")
# a list item's marker alone ('6.'): an empty item
EMPTY_ITEM_RE = re.compile(rf"^(?:[{_BULLETS}]|\d{{1,2}}[.)])$")
MARKDOWN_MARK_RE = re.compile(r"^(?:#{1,6}|>)\s+(?=\S)")  # a Markdown heading ('## Kop') or quote ('> Zin')
WORD_JOINERS = "'’-"  # what joins the parts of one word ('zo'n', 'e-mail')
# a letter, then word characters and joiners between them: in groups that never give back what they took,
# so a long word is read once, not retried at each of its ends
WORD_RE = re.compile(rf"[^\W\d_]\w*+(?:[{WORD_JOINERS}]++\w++)*+")
TERMINAL = '.!?…:;"”’»)'
SENTENCE_END = ".!?…\"”’»'"  # a sentence's last mark, or the quote closing it (typed straight or curly)
HYPHEN_END_RE = re.compile(r"[^\W\d_]-$")
# a word cut at a line's end: two letters or more, the last in lower case ('vaca-'); a letter alone or a code
# before a hyphen is a compound's first part ('A-', 'e-', 'B2B-')
WRAPPED_WORD_RE = re.compile(r"(?<![\w-])[^\W\d_]+[^\W\d_A-ZÀ-Þ]-$")


@dataclass(slots=True)
class Unit:
    """A paragraph-sized piece of the input with its features: its text as kolom reads it (every special
    space a plain one) and, when that differs, as it was written (what the column keeps)."""

    text: str
    first: int
    last: int
    indent: int = 0
    marker: str = ""  # a list item's or Markdown line's marker as written ('1.', '•', '##', '>'), not in text
    words: int = 0
    stopwords: int = 0
    raw_lines: list[str] = field(default_factory=list)
    written: str = ""  # the text with the special spaces it was written with ('' when it has none)

    @property
    def as_written(self) -> str:
        return self.written or self.text

    @property
    def bullet(self) -> bool:
        """Marked as a list item ('1.', '•'), not as a Markdown heading or quote."""
        return bool(self.marker) and self.marker[0] not in "#>"

    @property
    def density(self) -> float:
        return self.stopwords / self.words if self.words else 0.0

    @property
    def ends_sentence(self) -> bool:
        return bool(self.text) and self.text[-1] in SENTENCE_END

    @property
    def lines(self) -> range:
        return range(self.first, self.last + 1)


def _features(unit: Unit) -> Unit:
    """The unit's words and function words, its text read with plain spaces (its written text kept)."""
    if SPACES_RE.search(unit.text):
        unit.written, unit.text = unit.text, unit.text.translate(AS_SPACE)
    tokens = WORD_RE.findall(unit.text.lower())
    unit.words = len(tokens)
    unit.stopwords = sum(map(FUNCTION_WORDS.__contains__, tokens))
    return unit


_INDENTS = " \t\u00a0"
# what a list item's or Markdown line's marker can open with (see BULLET_RE and MARKDOWN_MARK_RE)
_MARKER_STARTS = frozenset("•·◦▪■□☆★○●‣⁃➢➤►▸-–*+#>abcdefghijklmnopqrstuvwxyz")  # or a digit


def make_unit(raw: str, first: int, last: int | None = None) -> Unit:
    """A unit from one stripped line: indentation and list marker become features."""
    last = first if last is None else last
    if len(raw) > _SHORT_LINE_CHARS:
        text, indent, marker = _marked(raw)
        return _features(Unit(text, first, last, indent, marker, raw_lines=[raw]))
    text, indent, marker, words, stopwords, written = _short_line(raw)
    return Unit(text, first, last, indent, marker, words, stopwords, [raw], written)


_SHORT_LINE_CHARS = 200  # a site's lines (menus, bylines, footers) are short and recur on all its pages


@lru_cache(maxsize=1 << 16)
def _short_line(raw: str) -> tuple[str, int, str, int, int, str]:
    """A short line's unit features, worked out once per process: text, indent, marker, words, function
    words and written text."""
    text, indent, marker = _marked(raw)
    unit = _features(Unit(text, 0, 0, indent, marker))
    return unit.text, unit.indent, unit.marker, unit.words, unit.stopwords, unit.written


def _marked(raw: str) -> tuple[str, int, str]:
    """The line's text, its indentation and its list or Markdown marker."""
    if raw[:1] in _INDENTS:
        expanded = raw.replace("\t", "    ")
        indent = len(expanded) - len(expanded.lstrip(" \u00a0"))
    else:
        indent = 0
    text = strip_line(raw)
    marker = ""
    if (text[:1] in _MARKER_STARTS or text[:1].isdecimal()) and (
        ((m := BULLET_RE.match(text)) and len(text) > m.end()) or (m := MARKDOWN_MARK_RE.match(text))
    ):
        text, marker = strip_line(text[m.end() :]), m.group().strip()
    return text, indent, marker


def wrap_width(lines: list[str], settings: SegmentSettings = DEFAULT.segment) -> int:
    """The width most long lines end near when the text is hard-wrapped (PDF-to-text, e-mail), else 0.

    Hard-wrapped: most long lines end near one width and run on into the next line mid-sentence.
    """
    lengths = [n for n in map(len, map(strip_line, lines)) if n]  # a blank line strips to nothing
    if len(lengths) < settings.wrap_min_lines:
        return 0
    width = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    if width > settings.wrap_max_width_chars:
        return 0
    near = sum(1 for n in lengths if n >= settings.wrap_near_width_ratio * width)
    if near < settings.wrap_share_of_lines * len(lengths):
        return 0
    run_on = sum(
        1
        for a, b in itertools.pairwise(lines)
        if not is_blank(a) and not is_blank(b) and strip_line(a)[-1:] not in TERMINAL
    )
    return width if run_on >= settings.wrap_share_of_lines * near else 0


def is_hard_wrapped(lines: list[str], settings: SegmentSettings = DEFAULT.segment) -> bool:
    return wrap_width(lines, settings) > 0


def breaks_off(text: str) -> bool:
    """Text that stops mid-sentence: no closing mark (a colon or semicolon opens a list: no break), or a
    word hyphenated at its end."""
    return text[-1:] not in SENTENCE_END + ":;" or text.endswith("-")


RESUMING_RE = re.compile(r"[^\W\d_A-ZÀ-Þ][^\W\d_]*[ ,;]")  # a word in lower case and its sentence: no link


def resumes(text: str) -> bool:
    """Text that opens with a word in lower case: it goes on with a sentence broken off above it."""
    return bool(RESUMING_RE.match(text))


def join_lines(prev: str, nxt: str) -> str:
    """Two pieces of one paragraph as one text: a drop cap or a word hyphenated at the break mended."""
    if len(prev) == 1 and prev.isupper() and nxt[:1].islower():
        return prev + nxt  # a drop cap: 'H' + 'et was' -> 'Het was'
    if WRAPPED_WORD_RE.search(prev) and nxt[:1].islower():
        return prev[:-1] + nxt  # 'vaca-' + 'tures'
    if HYPHEN_END_RE.search(prev) and nxt[:1].isalpha():
        return prev + nxt  # 'Oost-' + 'Nederland', 'A-' + 'klant' keep their hyphen
    return f"{prev} {nxt}"


def _merge(parts: list[Unit]) -> Unit:
    """One unit from a paragraph's wrapped lines, measured once (linear in the paragraph's length)."""
    first = parts[0]
    if len(parts) == 1:
        return first
    pieces = [first.as_written]
    for part in parts[1:]:
        joined = join_lines(pieces[-1], part.as_written)
        if len(joined) < len(pieces[-1]) + len(part.as_written) + 1:  # a hyphenated word mended: one piece
            pieces[-1] = joined
        else:
            pieces.append(part.as_written)
    raw = [line for part in parts for line in part.raw_lines]
    return _features(
        Unit(
            " ".join(pieces),
            first.first,
            parts[-1].last,
            first.indent,
            first.marker,
            raw_lines=raw,
        )
    )


def _blank_separated(lines: list[str], settings: SegmentSettings) -> bool:
    """Wrapped text whose sentence-ending lines are mostly followed by a blank line marks its paragraphs
    with blank lines (a few blank lines around headers and page breaks do not)."""
    ends = [
        i for i, line in enumerate(lines[:-1]) if not is_blank(line) and strip_line(line)[-1:] in SENTENCE_END
    ]
    followed = sum(is_blank(lines[i + 1]) for i in ends)
    return bool(ends) and followed >= settings.wrap_blank_separated_share * len(ends)


def segment(text: str, settings: SegmentSettings = DEFAULT.segment) -> list[Unit]:
    """Split repaired text into units; line numbers are 1-based positions in the input."""
    lines = text.split("\n")
    width = wrap_width(lines, settings)
    wrapped = width > 0
    # paragraphs marked by blank lines: a line that fills the width runs on, even after a full stop
    by_blanks = wrapped and _blank_separated(lines, settings)
    paragraphs: list[list[Unit]] = []
    for number, raw in enumerate(lines, start=1):
        if is_blank(raw):
            continue
        unit = make_unit(raw, number)
        prev = paragraphs[-1][-1] if paragraphs else None
        if (
            wrapped
            and prev is not None
            and prev.last == number - 1
            and not unit.bullet
            and not unit.marker.startswith("#")  # nor is a Markdown heading
            and not unit.text.isdigit()  # a page number is never part of a paragraph
            and (
                (
                    prev.text[-1:] not in SENTENCE_END
                    and (
                        unit.text[:1].islower()
                        or len(strip_line(lines[number - 2])) >= settings.wrap_near_width_ratio * width
                    )
                )
                or (
                    by_blanks and len(strip_line(lines[number - 2])) >= settings.wrap_near_width_ratio * width
                )
                # a sentence ends on a line that fills the width: the paragraph runs on
                or len(strip_line(lines[number - 2])) >= settings.wrap_full_width_ratio * width
            )
        ):
            paragraphs[-1].append(unit)
            continue
        paragraphs.append([unit])
    return [_merge(parts) for parts in paragraphs]


_GAP = "   "  # the least wide gap of a laid-out line: three spaces
LAYOUT_GAP_RE = re.compile(rf"\S{_GAP} *\S")
DIGITS_RE = re.compile(r"\d+")
# a page number set apart from a running head by a wide gap: '86        ACHTER DE TOONBANK', 'Titel     87'
PAGE_NUMBER_HEAD_RE = re.compile(r"^\d{1,4} {3,}\S.*|.*\S {3,}\d{1,4}$")


def running_furniture(units: list[Unit], settings: SegmentSettings = DEFAULT.segment) -> set[str]:
    """Short texts that repeat within one file: running page heads and feet.

    The same text three times is furniture; so is a text laid out across the page (wide gaps, as
    PDF-to-text writes a running head) that repeats with only its page number changing, or that a page
    number set apart by a wide gap opens or closes (a book's running head alternates with another).
    A list item is no running head: a headline the page lists again ('Meest gelezen') stays a headline.
    """
    limit = settings.running_head_max_words
    short = [u.text for u in units if u.words <= limit]
    exact = Counter(u.text for u in units if u.words <= limit and not u.bullet)
    gapped = [t for t in short if _GAP in t]  # the only texts a layout's wide gap can be found in
    numbered = Counter(
        DIGITS_RE.sub("#", t) for t in gapped if LAYOUT_GAP_RE.search(t) and DIGITS_RE.search(t)
    )
    return {t for t in short if exact[t] >= settings.page_furniture_min_repeats} | {
        t
        for t in gapped
        if numbered.get(DIGITS_RE.sub("#", t), 0) >= settings.numbered_furniture_min_repeats
        or PAGE_NUMBER_HEAD_RE.match(t)
    }
