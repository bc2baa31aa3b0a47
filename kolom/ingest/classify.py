"""Label every unit, then find the column's body: the best-scoring run of prose.

Pass 1 labels each unit on its own (in the manner of jusText): boilerplate by pattern, metadata line,
end-of-article marker, prose by length and function-word density, or short.
Pass 2 finds the body as the maximum-sum run of units (prose adds its words, everything else costs),
cut at the first end-of-article marker once real prose has been seen.
Pass 3 decides, inside the body, which short units are headings, list items or closing sentences.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

from kolom.ingest.extract.byline import SECTION_LABEL_RE, SOURCE_RE, Byline, is_label, parse_byline
from kolom.ingest.extract.dates import published_date, unglue, whole_line_date
from kolom.ingest.extract.names import is_bare_name
from kolom.ingest.page import SITE_REASONS, Judged, Label, Page
from kolom.ingest.segment import (
    EMPTY_ITEM_RE,
    SENTENCE_END,
    WORD_JOINERS,
    Unit,
    breaks_off,
    resumes,
    running_furniture,
)
from kolom.ingest.segment import WORD_RE as UNIT_WORD_RE
from kolom.model import NO_SITE_LINES, BlockType, Reason, SiteLines
from kolom.patterns import FUNCTION_WORDS_NL, PAGE_WORDS
from kolom.patterns.boilerplate import match_end_marker, match_line
from kolom.settings import DEFAULT, ClassifySettings, NameSettings, SegmentSettings

_STRAIGHT_QUOTES = (("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'))


def normalise(text: str) -> str:
    """The form in which lines are compared across files: lower case, straight quotes, single spaces,
    no edge punctuation."""
    return _normalise_short(text) if len(text) <= _SHORT_LINE_CHARS else _normalise(text)


_SHORT_LINE_CHARS = 200  # a site's recurring lines are short; a paragraph is met once, so not cached


@lru_cache(maxsize=1 << 16)  # a site's lines recur on all its pages
def _normalise_short(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    text = text.lower()
    if not text.isascii():  # known at once; replace() beats a search and translate() on any other text
        for curly, straight in _STRAIGHT_QUOTES:
            text = text.replace(curly, straight)
    return " ".join(text.split()).strip(" .:;,!?-–—•|")


def is_glued_double(text: str, min_chars: int) -> bool:
    """A link text glued to the same title ('TitelTitel'): the mark of a teaser list."""
    n = len(text)
    return n >= min_chars and n % 2 == 0 and text[: n // 2] == text[n // 2 :]


def is_prose(unit: Unit, s: ClassifySettings) -> bool:
    """Enough words, and enough function words among them, to be running text."""
    return unit.words >= s.prose_min_words and unit.density >= s.prose_min_stopword_density


def label_unit(
    unit: Unit, furniture: set[str], site: SiteLines, s: ClassifySettings, names: NameSettings
) -> Judged:
    """Pass 1: judge one unit on its own (`names`: what a byline's names look like)."""
    text = unit.text
    if unit.words <= s.long_min_words:
        own = _own_judgement(text, unit.words, s.heading_max_words, s.glued_double_min_chars, names)
    else:
        glued = is_glued_double(text, s.glued_double_min_chars)
        own = (Label.BOILERPLATE, Reason.TEASER, None, None) if glued else None
    if own is not None:
        label, reason, byline, date = own
        if byline is not None:  # each unit its own names: a judgement is shared by every line of that text
            byline = Byline(list(byline.names), byline.rest, byline.source, byline.given)
        return Judged(unit, label, reason, byline=byline, date=date)
    if text in furniture:
        return Judged(unit, Label.BOILERPLATE, Reason.PAGE_FURNITURE)
    if unit.words <= s.recurring_max_words and (key := normalise(text)) in site.furniture:
        return Judged(unit, Label.BOILERPLATE, Reason.LISTED if key in site.listed else Reason.RECURRING)
    if is_prose(unit, s):
        return Judged(unit, Label.PROSE)
    return Judged(unit, Label.SHORT)


Own = tuple[Label, Reason, Byline | None, str | None]


# a site's lines recur on all its pages: each is judged on its own once per process
@lru_cache(maxsize=1 << 16)
def _own_judgement(
    text: str, words: int, heading_max_words: int, glued_min_chars: int, names: NameSettings
) -> Own | None:
    """What a line that is not long shows by its text alone: a teaser, a date, a byline, a source, an end
    marker, a boilerplate pattern; None when only its place in the corpus or its prose can tell."""
    if is_glued_double(text, glued_min_chars):
        return Label.BOILERPLATE, Reason.TEASER, None, None
    if words <= heading_max_words:
        iso = whole_line_date(text)
        if iso:
            return Label.META, Reason.DATE, None, iso
        byline = parse_byline(text, names) or parse_byline(unglue(text), names)
        if byline:
            reason = Reason.ATTRIBUTION if byline.source else Reason.BYLINE
            return Label.META, reason, byline, published_date(text)
        if SOURCE_RE.match(text):
            return Label.META, Reason.ATTRIBUTION, None, None
        end = match_end_marker(text)
        if end:
            return Label.END, end, None, None
    reason = match_line(text)
    if reason is None and (unglued := unglue(text)) != text:  # a copy glues buttons: 'SubscribeSign in'
        reason = match_line(unglued)
    if reason:
        return Label.BOILERPLATE, reason, None, None
    return None


def mark_page_heads(units: list[Judged], s: ClassifySettings) -> None:
    """A line that repeats an earlier line of the file right after a page number ('Pagina 1 van 2') is the
    next page's running head (a document's header printed on every page); its first occurrence stays."""
    for i, j in enumerate(units):
        if j.reason is not Reason.PAGE_FURNITURE:
            continue
        before = {u.text for u in units[:i]}
        for k in range(i + 1, min(i + 1 + s.page_head_window, len(units))):
            if units[k].label is not Label.PROSE and units[k].text in before:
                units[k].label, units[k].reason = Label.BOILERPLATE, Reason.PAGE_FURNITURE


def mark_author_boxes(units: list[Judged], names: NameSettings) -> None:
    """An 'Auteur' / 'Over de auteur' label followed by a name: both lines are the byline."""
    for here, nxt in itertools.pairwise(units):
        if here.label in (Label.SHORT, Label.BOILERPLATE) and is_label(here.text):
            byline = parse_byline(nxt.text, names, bare_name_ok=True)
            if byline and nxt.label is not Label.PROSE:
                here.label, here.reason = Label.META, Reason.BYLINE
                nxt.label, nxt.reason, nxt.byline = Label.META, Reason.BYLINE, byline


def mark_menus(units: list[Judged], s: ClassifySettings, names: NameSettings) -> None:
    """Three or more one- or two-word lines in a row, without punctuation, are a menu.

    The run ends before a line that a byline or date follows: that line is the headline (not over a byline
    that names its section first, 'COLUMN | A', which stands over the headline itself).
    """

    def item(k: int) -> bool:
        j = units[k]
        short = j.label in (Label.SHORT, Label.BOILERPLATE) and j.unit.words <= s.menu_item_max_words
        nxt = units[k + 1] if k + 1 < len(units) else None
        headline = nxt is not None and nxt.label is Label.META and not SECTION_LABEL_RE.match(nxt.text)
        return short and j.text[-1:].isalnum() and not headline

    i = 0
    while i < len(units):
        k = i
        while k < len(units) and item(k):
            k += 1
        if (
            k - i >= s.menu_min_items
            and sum(units[n].label is Label.SHORT for n in range(i, k)) >= s.menu_min_items
        ):
            for n in range(i, k):
                if units[n].label is Label.SHORT:
                    units[n].label, units[n].reason = Label.BOILERPLATE, Reason.NAVIGATION
        i = max(k, i + 1)
    mark_menu_neighbours(units, s, names)


def _menu_entry(j: Judged, s: ClassifySettings) -> bool:
    """A line a menu is made of: a word or two without closing punctuation."""
    return j.unit.words <= s.menu_item_max_words and j.text[-1:].isalnum()


def mark_menu_neighbours(units: list[Judged], s: ClassifySettings, names: NameSettings) -> None:
    """A short line between two menu entries is a menu entry too, unless it is a person's bare name (a
    byline between a section label and a reading time); a header line repeating one of the page's menu
    entries is that section's label ('Uit de werkplaats' in the menu and above the headline)."""
    menu = {Reason.NAVIGATION, Reason.CONTACT, Reason.CALL_TO_ACTION}

    def entry(j: Judged) -> bool:
        return j.label is Label.BOILERPLATE and j.reason in menu and _menu_entry(j, s)

    for prev, here, nxt in zip(units, units[1:], units[2:], strict=False):
        if (
            here.label is Label.SHORT
            and here.unit.words <= s.menu_entry_max_words
            and here.text[-1:].isalnum()
            and entry(prev)
            and entry(nxt)
            and not parse_byline(here.text, names, bare_name_ok=True)
        ):
            here.label, here.reason = Label.BOILERPLATE, Reason.NAVIGATION
    entries = {normalise(j.text) for j in units if j.label is Label.BOILERPLATE and j.reason in menu}
    for j in units:
        if j.label is Label.PROSE:
            break  # the header ends where the prose starts
        if j.label is Label.SHORT and normalise(j.text) in entries:
            j.label, j.reason = Label.BOILERPLATE, Reason.NAVIGATION


def score(j: Judged, s: ClassifySettings) -> float:
    """What a unit adds to a candidate body: prose its words, all else a cost."""
    if j.label is Label.PROSE:
        return float(j.unit.words)
    if j.label is Label.END:
        return -s.end_marker_cost_words
    if j.label is Label.BOILERPLATE:
        return -s.boilerplate_cost_words
    return -s.short_unit_cost_words


def best_run(scores: list[float]) -> tuple[int, int]:
    """The [start, end) run with the largest sum (Kadane); (0, 0) when nothing is positive."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def continues_after(units: list[Judged], i: int, s: ClassifySettings) -> bool:
    """After a 'Lees ook' marker, two paragraphs in a row (within a few lines) mean the column goes on."""
    following = units[i + 1 : i + 1 + s.inline_related_lookahead_units]
    return any(a.label is Label.PROSE and b.label is Label.PROSE for a, b in itertools.pairwise(following))


def cut_at_end_marker(units: list[Judged], start: int, end: int, s: ClassifySettings) -> int:
    """The body stops at the first end-of-article marker that follows real prose."""
    prose = 0
    for i in range(start, end):
        if units[i].label is Label.PROSE:
            prose += units[i].unit.words
        elif units[i].label is Label.END and prose >= s.long_min_words:
            return i
    return end


def mark_inline_related(units: list[Judged], s: ClassifySettings) -> None:
    """A 'Lees ook' marker that the column's paragraphs go on after is an inline block, not the end.

    The short lines between it and the next paragraph are its teaser links.
    """
    for i, j in enumerate(units):
        if j.label is Label.END and j.reason is Reason.RELATED and continues_after(units, i, s):
            j.label = Label.BOILERPLATE
            for teaser in itertools.takewhile(lambda k: k.label is not Label.PROSE, units[i + 1 :]):
                if teaser.label is Label.SHORT:
                    teaser.label, teaser.reason = Label.BOILERPLATE, Reason.RELATED


def last_prose(units: list[Judged], start: int, end: int) -> int:
    """The end of the region moved back to just after its last prose unit."""
    while end > start and units[end - 1].label is not Label.PROSE:
        end -= 1
    return end


def extend_closing(units: list[Judged], end: int, s: ClassifySettings) -> int:
    """Short sentences right after the body (a closing question, exclamation or statement: 'Tot volgende
    week.') belong to it, unless they speak of the page itself; a bio among them is read off later, and
    ends the body above it."""
    while end < len(units):
        j = units[end]
        if j.label is not Label.SHORT or j.unit.bullet or j.text[-1:] not in SENTENCE_END:
            break
        if j.unit.words < s.closing_min_words or j.unit.stopwords == 0:
            break
        if not PAGE_WORDS.isdisjoint(WORD_RE.findall(j.text.lower())):
            break  # the page speaking of itself ('Er zijn nog geen reacties.'), not the column closing
        end += 1
    return end


def bridge_back(units: list[Judged], start: int, s: ClassifySettings) -> int:
    """An intro paragraph cut off by a short run of pure boilerplate (an inline advert or 'Lees ook') belongs to the body."""
    while True:
        k = start - 1
        while k >= 0 and start - k <= s.bridge_max_units and units[k].label is Label.BOILERPLATE:
            k -= 1
        if (
            k < 0
            or k == start - 1
            or units[k].label is not Label.PROSE
            or units[k].unit.words < s.long_min_words
        ):
            return start
        start = k


def with_salutation(units: list[Judged], start: int, s: ClassifySettings) -> int:
    """A letter's salutation right above the body ('Lieve gasten van De Zwaan,') opens the body."""
    if start == 0:
        return start
    j = units[start - 1]
    salutation = (
        j.label is Label.SHORT
        and j.reason is None
        and j.unit.words <= s.salutation_max_words
        and j.text.endswith(",")
        and j.text[:1].isupper()
    )
    return start - 1 if salutation else start


def starts_with_a_sentence(units: list[Judged], start: int, end: int) -> int:
    """The body opens with a sentence: leading units that do not end like one (a subtitle, a dateline)
    are left to the header, where the title, subtitle and date are read."""
    while (
        start < end - 1 and not units[start].unit.bullet and units[start].text[-1:] not in SENTENCE_END + ":"
    ):
        start += 1
    return start


def below_standfirst(
    units: list[Judged], start: int, end: int, s: ClassifySettings, names: NameSettings
) -> int:
    """A short paragraph (or two: a headline that reads as a sentence, then its standfirst) with the byline
    or dateline right under it is the header: the body starts below the byline (only short lines, such as
    the writer's bare name, stand between; a person's bare name right under a one-paragraph standfirst,
    over the next paragraph, is the byline itself)."""

    def short_paragraph(j: Judged) -> bool:
        return j.label is Label.PROSE and j.unit.words <= s.standfirst_max_words

    def bare_name(k: int) -> bool:
        j = units[k]
        return j.label is Label.SHORT and units[k + 1].label is Label.PROSE and is_bare_name(j.text, names)

    if start >= end or not short_paragraph(units[start]):
        return start
    paragraphs = 1
    for k in range(start + 1, min(start + 1 + s.standfirst_byline_within, end - 1)):
        if units[k].label is Label.META:
            while k + 1 < end - 1 and units[k + 1].label is Label.META:
                k += 1
            return k + 1
        if k == start + 1 and bare_name(k):  # (right under the one short paragraph)
            return k + 1
        if short_paragraph(units[k]) and paragraphs < s.standfirst_max_paragraphs:
            paragraphs += 1
            continue
        if units[k].label is not Label.SHORT or units[k].unit.words > s.standfirst_gap_max_words:
            return start
    return start


def find_body(
    units: list[Judged], s: ClassifySettings = DEFAULT.classify, names: NameSettings = DEFAULT.extract.names
) -> tuple[int, int]:
    """Pass 2: the body region as a [start, end) range of unit indices."""
    start, end = best_run([score(j, s) for j in units])
    start = bridge_back(units, start, s) if start < end else start
    start = starts_with_a_sentence(units, start, end)
    start = below_standfirst(units, start, end, s, names)
    start = with_salutation(units, start, s)
    end = last_prose(units, start, cut_at_end_marker(units, start, end, s))
    return start, extend_closing(units, end, s)


def _is_heading(j: Judged, nxt: Judged | None, s: ClassifySettings) -> bool:
    """A short line without a sentence's end, marked as a Markdown heading or over a paragraph."""
    text = j.text
    if j.unit.marker.startswith("#"):
        return j.unit.words <= s.heading_max_words and not text.endswith((".", ",", ";"))
    return (
        nxt is not None
        and nxt.label is Label.PROSE
        and 1 <= j.unit.words <= s.heading_max_words
        and not text.endswith((".", ",", ";"))
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "‘'“\"„")
    )


def _is_quote(j: Judged, prev: Judged | None, nxt: Judged | None) -> bool:
    """Introduced by a colon and set in quotation marks, or indented deeper than both neighbours."""
    if prev is not None and prev.text.endswith(":") and j.text[:1] in '“"„«' and j.text[-1:] in '”"»':
        return True
    around = [k.unit.indent for k in (prev, nxt) if k is not None]
    return bool(around) and all(j.unit.indent > a + 1 for a in around)


def _is_sentence(j: Judged) -> bool:
    return j.unit.words >= 3 and j.unit.stopwords > 0 and j.text[-1:] in SENTENCE_END


QUOTE_OPENERS = "‘“„«‚'\""
QUOTE_CLOSERS = "’”»'\""
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _content_words(text: str) -> set[str]:
    return set(WORD_RE.findall(text.lower())).difference(FUNCTION_WORDS_NL)


CAPTION_RE = re.compile(
    rf"(?P<lead>[^:.!?]+):\s*(?P<quote>[{QUOTE_OPENERS}][^:{QUOTE_OPENERS}{QUOTE_CLOSERS}]+[{QUOTE_CLOSERS}])"
)


def _caption_quote(text: str, s: ClassifySettings) -> str | None:
    """A caption's quotation after its short lead and colon ('Marleen Bosch in haar winkel: „…”'), marks
    included; None for any other line."""
    m = CAPTION_RE.fullmatch(text)
    return m["quote"] if m and len(m["lead"].split()) <= s.caption_lead_max_words else None


class PullQuotes:
    """Finds a pull quote: a unit whose text stands inside another paragraph (a C-level substring count,
    bounded by the size limits on a file), or a line set in quotation marks (or a caption ending in
    one) whose quoted words nearly all stand in one paragraph (a pull quote rewords its sentence)."""

    def __init__(self, texts: list[str], s: ClassifySettings) -> None:
        self.same = Counter(texts)  # identical paragraphs are repeats, not pull quotes
        self.joined = "\n".join(texts)
        self.texts = texts
        self.s = s

        self.found: dict[int, set[str]] = {}  # content words of the paragraphs a quoted line asked about

    def _words(self, k: int) -> set[str]:
        if k not in self.found:
            self.found[k] = _content_words(self.texts[k])
        return self.found[k]

    def _may_share(self, k: int, mine: set[str], need: int) -> bool:
        """Whether paragraph k can hold `need` of these words: a word it holds stands in its text (a
        substring test, which rules out most paragraphs before their words are read)."""
        lowered = self.texts[k].lower()
        misses = len(mine) - need  # allowed
        for word in mine:
            if word not in lowered:
                misses -= 1
                if misses < 0:
                    return False
        return True

    def repeats(self, text: str, words: int) -> bool:
        """True when text (five words or more) is part of another, longer paragraph, or is set in
        quotation marks and a paragraph holds nearly all its content words."""
        if words >= self.s.pull_quote_min_words and self.joined.count(text) > self.same[text]:
            return True
        if not (text[:1] in QUOTE_OPENERS or text[-1:] in QUOTE_CLOSERS):
            return False
        caption = _caption_quote(text, self.s)
        if caption is not None:
            inner = caption[1:-1].strip()
            if (
                len(inner.split()) >= self.s.pull_quote_min_words
                and self.joined.count(inner) > self.same[text]  # in another paragraph, not only its own
            ):
                return True  # a caption quoting a sentence of the column word for word
        mine = _content_words(caption or text)
        if len(mine) < self.s.pull_quote_min_content_words:
            return False
        need = math.ceil(self.s.pull_quote_shared_words * len(mine))
        return any(
            self._may_share(k, mine, need)
            and len(mine & (other := self._words(k))) >= need
            and len(other) > len(mine)
            for k, paragraph in enumerate(self.texts)
            if paragraph != text  # another paragraph: a caption's own words hold its quotation
        )


def _breaks_off(j: Judged) -> bool:
    """A paragraph that stops mid-sentence."""
    return j.label is Label.PROSE and breaks_off(j.text)


def _resumes(j: Judged) -> bool:
    """A paragraph or short line that goes on with a sentence broken off above it."""
    return j.label in (Label.PROSE, Label.SHORT) and resumes(j.text)


def mark_interruptions(body: list[Judged], s: ClassifySettings) -> None:
    """Lines between a paragraph that breaks off mid-sentence and the one that resumes it are page
    furniture (a running head, an advert, a pull quote): a sentence is never interrupted by the column."""
    for i, j in enumerate(body):
        if not _breaks_off(j):
            continue
        for k in range(i + 1, min(i + 2 + s.interruption_max_units, len(body))):
            if _resumes(body[k]):
                for between in body[i + 1 : k]:
                    if between.label not in (Label.META, Label.BOILERPLATE):
                        between.reason = Reason.INTERRUPTION
                break
            if body[k].label is Label.PROSE and body[k].unit.words > s.interruption_max_words:
                break  # a long paragraph between them is the column's own


_JOINING_QUOTES = "‘‚"  # normalised to an apostrophe, which a word may hold (see `_STRAIGHT_QUOTES`)


def _joins_words(text: str) -> bool:
    """Whether an opening quote stands between two characters a word is made of ('zo‘n'): normalised to an
    apostrophe, it would join them into one word; anywhere else it changes no word."""
    for quote in _JOINING_QUOTES:
        at = text.find(quote, 1)
        while 0 < at < len(text) - 1:
            if _in_word(text[at - 1]) and _in_word(text[at + 1]):
                return True
            at = text.find(quote, at + 1)
    return False


def _in_word(char: str) -> bool:
    """What `UNIT_WORD_RE` lets a word go on with, once the opening quotes are apostrophes."""
    return char.isalnum() or char == "_" or char in WORD_JOINERS or char in _JOINING_QUOTES


def _normalised_words(j: Judged) -> int:
    """How many words the unit's normalised form has (two lines that normalise alike have as many): its own
    count, as of what normalising changes only an opening quote inside a word ('zo‘n' -> "zo'n") joins words."""
    if not _joins_words(j.text):
        return j.unit.words
    text = j.text.lower()
    for quote in _JOINING_QUOTES:
        text = text.replace(quote, "'")
    return len(UNIT_WORD_RE.findall(text))


def _following(units: list[Judged]) -> list[Judged | None]:
    """For each unit, the next one below it that is no boilerplate or metadata (None at the end), by the labels
    the units have before the body is typed (which relabels a unit only once past it)."""
    found: list[Judged | None] = [None] * len(units)
    nxt = None
    for i in range(len(units) - 1, -1, -1):
        found[i] = nxt
        if units[i].label not in (Label.BOILERPLATE, Label.META):
            nxt = units[i]
    return found


def type_body(page: Page, s: ClassifySettings = DEFAULT.classify) -> None:
    """Pass 3: give every body unit a block type, or a reason to leave."""
    body = page.units[page.start : page.end]
    seen: dict[int, list[str]] = defaultdict(list)  # the texts so far by their normalised word count
    pull_quotes = PullQuotes([j.text for j in body if j.label is Label.PROSE], s)
    mark_interruptions(body, s)
    for j, nxt in itertools.pairwise(body):  # a pull quote set over two lines: '‘Techniek is te leren.' ...
        opens = j.text[:1] in QUOTE_OPENERS and not any(c in j.text[1:] for c in QUOTE_CLOSERS)
        if opens and nxt.text[-1:] in QUOTE_CLOSERS and j.reason is None and nxt.reason is None:
            whole = f"{j.text} {nxt.text}"
            if pull_quotes.repeats(whole, j.unit.words + nxt.unit.words):
                j.reason = nxt.reason = Reason.REPEATED
    following = _following(body)
    for i, j in enumerate(body):
        if j.reason is Reason.RECURRING and 0 < i < len(body) - 1 and body[i - 1].label is Label.PROSE:
            j.label, j.reason = Label.SHORT, None  # a stock heading between paragraphs ('Conclusie')
        if j.label in (Label.META, Label.BOILERPLATE, Label.END) or j.reason is Reason.INTERRUPTION:
            continue
        same_count = seen[_normalised_words(j)]
        if same_count and normalise(j.text) in map(normalise, same_count):  # few share a paragraph's count
            j.reason = Reason.REPEATED
            continue
        same_count.append(j.text)
        if pull_quotes.repeats(j.text, j.unit.words):
            j.reason = Reason.REPEATED  # a pull quote repeating a sentence of the body
            continue
        nxt = following[i]
        prev = body[i - 1] if i else None
        in_list = any(k.unit.bullet for k in (prev, nxt) if k is not None)  # a lone marked line is no list
        if j.unit.bullet and in_list and j.unit.words <= s.list_item_max_words:
            j.block = BlockType.LIST_ITEM
        elif j.label is Label.PROSE:
            quote = j.unit.marker == ">" or _is_quote(j, prev, nxt)
            j.block = BlockType.QUOTE if quote else BlockType.PARAGRAPH
        elif _is_heading(j, nxt, s):
            j.block = BlockType.HEADING
        elif _is_sentence(j) or (i == 0 and j.text.endswith(",")):  # ... or the salutation opening it
            j.block = BlockType.PARAGRAPH
        else:
            j.reason = Reason.NOT_PROSE


def mark_bare_bylines(units: list[Judged], start: int, s: ClassifySettings, names: NameSettings) -> None:
    """A bare name just above the body is a byline when it stands alone as a list item, or next to a date.

    The name may recur on other pages (a site's columns by one author all carry it) or on this one (the
    page lists the author's other posts).
    """
    for i in range(max(0, start - s.bare_byline_window_units), start):
        j = units[i]
        if not (j.label is Label.SHORT or j.reason in (*SITE_REASONS, Reason.PAGE_FURNITURE)):
            continue
        if not (byline := parse_byline(j.text, names, bare_name_ok=True)):
            continue
        neighbours = [units[k] for k in (i - 1, i + 1) if 0 <= k < len(units)]
        # an empty item beside it ('6.') is of its list too: a breadcrumb's numbered steps
        lone_item = j.unit.bullet and not any(
            n.unit.bullet or EMPTY_ITEM_RE.match(n.text) for n in neighbours
        )
        beside_date = any(_dated(n, s) for n in neighbours)
        role = units[i + 1] if i + 2 < len(units) else None  # 'Naam' / 'Columniste' / '14/03/2024'
        role_then_date = (
            role is not None
            and role.label in (Label.SHORT, Label.BOILERPLATE)
            # a role ('Columniste'), or a post's status going on from the name ('is bij Eetcafé De Zwaan.')
            and (
                role.unit.words <= s.role_max_words
                or (role.text[:1].islower() and role.unit.words <= s.status_max_words)
            )
            and _dated(units[i + 2], s)
        )
        if lone_item or beside_date or role_then_date:
            j.label, j.reason, j.byline = Label.META, Reason.BYLINE, byline
        if role_then_date and not beside_date:
            role.label, role.reason = Label.META, Reason.BYLINE


def signature(
    units: list[Judged], start: int, end: int, s: ClassifySettings, names: NameSettings
) -> tuple[int, Byline] | None:
    """A bare name right under a paragraph that ends a sentence, with at most a role under it and no
    paragraph, is the writer's signature: its index and byline (the column ends there; a newsletter goes on
    with other items)."""
    for i in range(start + 1, min(end + 1, len(units))):  # the name may stand right after the body
        j, before = units[i], units[i - 1]
        if (
            (j.label is not Label.SHORT and j.reason is not Reason.RECURRING)  # a name recurs on its site
            or before.label is not Label.PROSE
            or before.text[-1:] not in SENTENCE_END
        ):
            continue
        if not (byline := parse_byline(j.text, names, bare_name_ok=True)) or not byline.names:
            continue
        # what stands under the name, past its dates and other metadata (a byline's date is no signature's end)
        under = (k for k in itertools.islice(units, i + 1, None) if k.label is not Label.META)
        after = list(itertools.islice(under, 2))
        ends = (Label.PROSE, Label.SHORT)  # the name stands apart: no paragraph or line of text under it
        if after and after[0].label is Label.SHORT and after[0].unit.words <= s.role_max_words:
            after, ends = after[1:], (Label.PROSE,)  # the writer's role under the name ('voorzitter')
        if not after or after[0].label not in ends:
            return i, byline
    return None


def _dated(j: Judged, s: ClassifySettings) -> bool:
    """A date line, or a short line that carries a date ('Gepubliceerd op 22 november 2023 om 07:15')."""
    return bool(j.date or (j.unit.words <= s.dateline_max_words and published_date(j.text)))


def classify(
    units: list[Unit],
    site: SiteLines = NO_SITE_LINES,
    s: ClassifySettings = DEFAULT.classify,
    segment: SegmentSettings = DEFAULT.segment,
    names: NameSettings = DEFAULT.extract.names,
) -> Page:
    """Label the units of one file and find its body (`segment`: what makes a running head; `names`: what
    a byline's names look like)."""
    furniture = running_furniture(units, segment)
    judged = [label_unit(u, furniture, site, s, names) for u in units]
    mark_author_boxes(judged, names)
    mark_page_heads(judged, s)
    mark_menus(judged, s, names)
    mark_inline_related(judged, s)
    start, end = find_body(judged, s, names)
    mark_bare_bylines(judged, start, s, names)
    return Page(judged, start, end)
