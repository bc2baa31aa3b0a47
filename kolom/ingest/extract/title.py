"""Title and subtitle: the run of title-shaped lines right before the byline or date, else before the body.

A column without such a line gets a title derived from its own first sentence, marked as derived.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kolom.ingest.extract.bio import stray
from kolom.ingest.extract.byline import SECTION_LABEL_RE, parse_byline
from kolom.ingest.extract.dates import after_dateline, dateline_date, find_dates, unglue
from kolom.ingest.extract.names import is_bare_name, names_author
from kolom.ingest.page import SITE_REASONS, Found, Judged, Label, Page
from kolom.ingest.segment import LAYOUT_GAP_RE
from kolom.model import Reason
from kolom.patterns import FUNCTION_WORDS
from kolom.settings import DEFAULT, ExtractSettings

# a form's or an e-mail's field label before a headline or standfirst ('Titel: ', 'Onderwerp: ')
FIELD_LABEL_RE = re.compile(
    r"^(?:titel|title|kop|ondertitel|subtitel|subtitle|intro|inleiding|onderwerp|subject|betreft)\s*:\s+(?=\S)",
    re.I,
)
CATEGORY_LIST_RE = re.compile(r"^[A-ZÀ-Þ][\w&-]*(?: [\w&-]+)?(?:, [A-ZÀ-Þ][\w&-]*(?: [\w&-]+)?)+$")
ISSUE_MARK_RE = re.compile(
    r"\d\s*\|\s*\d|\|\s*\d{4}\b|\b\d{1,4}\s*\|"
)  # a title and its subtitle sit within a few lines of each other
ISSUE_WORD_RE = re.compile(r"\b(?:editie|jaargang|aflevering|issue|ausgabe|nr\.)\s*\d+", re.I)
FIELDS_RE = re.compile(r"\s[·|•]\s*[A-ZÀ-Þ][\w ]{0,25}:\s")  # a 'Label: value' field among fields
BREADCRUMB_RE = re.compile(r"\S\s+[›»>/]\s+\S")  # 'Blog / Personeel & planning', 'Nieuws › Archief'
# a sentence ends at a stop before a capital, not at a day's number ('am 3. Mai', '31. Oktober')
SENTENCE_RE = re.compile(r"(?<=[.!?…])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[A-ZÀ-Þ“‘'\"(])")


def title_cased(text: str, s: ExtractSettings) -> bool:
    """Written in Title Case, as English headlines are: most of its longer words capitalised."""
    longer = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= s.title_case_word_min_chars]
    capitalised = sum(w[0].isupper() for w in longer)
    return len(longer) >= s.title_case_min_words and capitalised >= s.title_case_min_share * len(longer)


MENU_WORD_RE = re.compile(r"[A-ZÀ-Þ][\w&'’-]*")


def is_menu_line(text: str, min_items: int) -> bool:
    """A menu copied as one line: capitalised words only, none a function word, no punctuation between
    ('Nieuws Sport Cultuur Opinie Economie'); a headline, even in Title Case, has an article or a verb."""
    words = text.split()
    return (
        len(words) >= min_items
        and all(MENU_WORD_RE.fullmatch(w) for w in words)
        and FUNCTION_WORDS.isdisjoint(w.lower() for w in words)
    )


def is_title_shaped(j: Judged, s: ExtractSettings = DEFAULT.extract) -> bool:
    """A short line that reads as a headline: no closing full stop, not a list item, not boilerplate."""
    text = j.text
    return (
        (j.label in (Label.SHORT, Label.PROSE) or j.reason is Reason.LISTED)
        and not j.unit.bullet
        and 1 <= j.unit.words <= s.title_max_words
        and len(text) <= s.title_max_chars
        and not text.endswith((",", ";", ":"))
        and (not text.endswith(".") or title_cased(text, s))  # 'Go Ahead. Start Here.'
        and any(ch.isalpha() for ch in text)
        # a headline opens with a capital ('mvandam plaatste een bericht' is a feed line)
        and not text[:1].islower()
        # a name standing alone is no headline, unless other pages link to it as one
        and (j.reason is Reason.LISTED or not is_bare_name(text, s.names))
        and not find_dates(text)  # a dated line is a dateline or an issue line
        and not LAYOUT_GAP_RE.search(text)  # a line spread across the page is a running head
        and not CATEGORY_LIST_RE.match(text)  # 'Ondernemen, Restaurant'
        and not ISSUE_MARK_RE.search(text)  # 'Leidingwerk 9 | 2023', 'p. 12 | Column'
        and not BREADCRUMB_RE.search(text)  # a path of sections is navigation
        and not ISSUE_WORD_RE.search(text)  # 'De Gastheer · editie 47': a newsletter's issue line
        and not FIELDS_RE.search(text)  # 'Elke zaterdag 10.00 uur · Presentatie: Marieke Stam': an info line
        and not is_menu_line(text, s.menu_line_min_items)
    )


def is_standfirst(j: Judged, max_words: int, s: ExtractSettings) -> bool:
    """A short intro paragraph under a headline (at most `max_words`, the classifier's bound): a few
    sentences, ended like one, no list item, no date but the dateline it may open with."""
    return (
        j.label in (Label.SHORT, Label.PROSE)
        and not j.unit.bullet
        and j.unit.words <= max_words
        and j.text[-1:] in ".!?"
        and (not find_dates(j.text) or dateline_date(j.text, s.dateline_max_chars) is not None)
    )


def is_dateline(j: Judged, s: ExtractSettings = DEFAULT.extract) -> bool:
    """A short line that carries a date ('Jan Jansen, zuletzt geändert am 06.11.2023'), maybe glued to the
    words around it ('Published October 17, 2025Admin Only:')."""
    return j.unit.words <= s.title_max_words and bool(find_dates(j.text) or find_dates(unglue(j.text)))


def after_separator(units: list[Judged], i: int) -> bool:
    """The line follows a lone breadcrumb separator ('Blog', '›', 'Verkoop'): the path's last section."""
    return i > 0 and units[i - 1].text.strip() in BREADCRUMB_SEPARATORS


# the site's controls: a line above one of them belongs to the site (its name, its menu), not the headline
SITE_CONTROLS = frozenset({Reason.NAVIGATION, Reason.CALL_TO_ACTION, Reason.SHARE, Reason.COOKIE})


def _run_before(
    units: list[Judged],
    anchor: int,
    limit: int,
    s: ExtractSettings,
    standfirst_words: int,
    skip: frozenset[int] = frozenset(),
    names: tuple[str, ...] = (),
    above_name: bool = False,
) -> list[int]:
    """Indices of the title-shaped lines just before anchor, skipping a few boilerplate or metadata lines.

    Lines between the author's bare name and the anchor are the byline's details (a role, a reading
    time): reaching the name, the title is sought above it; unless nothing headline-shaped stands there or
    other pages list a line under the name as a headline: then the name heads the page and the run under
    it is the headline.
    """
    run: list[int] = []
    skipped = skipped_in_run = 0
    i = anchor - 1
    while i >= 0 and len(run) < 2 and anchor - i <= limit and skipped <= s.title_skipped_lines_max:
        j = units[i]
        recurring_name = j.text in names and j.reason in SITE_REASONS  # (as on all the writer's pages)
        if not recurring_name and (
            (j.label in (Label.BOILERPLATE, Label.META) and j.reason is not Reason.LISTED)
            or is_dateline(j, s)
            or i in skip
        ):
            if run and (skipped_in_run >= s.title_subtitle_gap_max or j.reason in SITE_CONTROLS):
                break  # a title and its subtitle stand together: at most one line between them, no menu
            if above_name and j.reason is Reason.NAVIGATION:
                break  # over the writer's name, what stands beyond the menu is the site's name
            skipped_in_run += bool(run)
            skipped += 1
            i -= 1
            continue
        if j.text in names:  # passed by once: the restart is given no names, so it restarts no more
            above = _run_before(units, i, limit - (anchor - i), s, standfirst_words, skip, above_name=True)
            if run and (not above or any(units[k].reason is Reason.LISTED for k in run)):
                return sorted(run)  # the name heads the page (an author box on top), the headline under it
            return above
        if not is_title_shaped(j, s) or after_separator(units, i):
            if (
                not run
                and i > 0
                and is_standfirst(j, standfirst_words, s)
                and is_title_shaped(units[i - 1], s)
            ):
                return [i - 1, i]  # a headline over its one-paragraph standfirst
            break
        run.append(i)
        skipped = 0
        i -= 1
    return sorted(run)


SEPARATORS = "|/>»:–—-\"'"  # a quoted value ('title: "X"') stands as a segment too
BREADCRUMB_SEPARATORS = ("›", "»", ">", "/", "|", "→")
NUMBERED_RE = re.compile(r"(?:^|\s)\d+\.$")


def _bounded(outer: str, inner: str) -> bool:
    """inner stands in outer as a whole segment: at an end, or next to a separator ('Home / X', 'X | Site')."""
    start = outer.find(inner)
    while start >= 0:
        before = outer[:start].rstrip()
        after = outer[start + len(inner) :].lstrip()
        if (not before or before[-1] in SEPARATORS or NUMBERED_RE.search(before)) and (
            not after or after[0] in SEPARATORS
        ):
            return True
        start = outer.find(inner, start + 1)
    return False


MARKDOWN_MARKS_RE = re.compile(r"^#{1,6}\s+|^[*_]+(?=\S)|(?<=\S)[*_]+$")  # "# Kop", "*Inleiding*"


def corroborated(page: Page, i: int) -> bool:
    """A headline repeated elsewhere on the page as a breadcrumb, page title, list item or metadata field
    (Markdown's heading and emphasis marks are markup, not words of it)."""
    text = MARKDOWN_MARKS_RE.sub("", page.units[i].text)
    return any(
        k != i
        and (len(u.text) > len(text) or u.unit.bullet)
        and _bounded(u.text, text)
        and not _inside_path(u.text, text)
        for k, u in enumerate(page.units)
    )


PATH_SEPARATOR_RE = re.compile(r"\s+[›»>/]\s+")


def _inside_path(outer: str, inner: str) -> bool:
    """inner is a section of a breadcrumb path, not its last step: 'Home / Programma's / De Zaak / Columns'
    names the programme, not this page."""
    steps = PATH_SEPARATOR_RE.split(outer)
    return len(steps) > 2 and inner in steps[:-1]


def _names_authors(text: str, authors: list[str], s: ExtractSettings) -> bool:
    """A header line that opens with an author and a separator ('Ruud Lammertink – column'), or holds the
    authors' bare names and nothing else ('A en B | columnisten'): a byline, never the headline."""
    if names_author(text, authors):
        return True
    byline = parse_byline(text, s.names, bare_name_ok=True) if len(authors) > 1 else None
    return byline is not None and len(byline.names) > 1 and set(byline.names) <= set(authors)


def _not_site(text: str) -> bool:
    return False


def _below_site(page: Page, run: list[int], is_site: Callable[[str], bool]) -> list[int]:
    """A run that opens with the site's own name (its logo right over the headline) starts below it."""
    return run[1:] if run and is_site(page.units[run[0]].text) else run


def _in_box(page: Page, i: int, s: ExtractSettings) -> bool:
    """A line of the writer's box (the bio, the name over it, maybe past a stray mark): the headline stands
    below it, not above."""
    units = page.units
    k = i + 1
    while k < len(units) and stray(units[k], s):
        k += 1
    return units[i].reason is Reason.BIO or (k < len(units) and units[k].reason is Reason.BIO)


def find_title(
    page: Page,
    s: ExtractSettings = DEFAULT.extract,
    authors: list[str] | None = None,
    standfirst_words: int = DEFAULT.classify.standfirst_max_words,
    is_site: Callable[[str], bool] = _not_site,
) -> tuple[list[int], str | None, str]:
    """Unit indices of title (and subtitle), a subtitle carried by a byline ('Column A | subtitle'), and how
    the title was found: 'repeated', 'listed' (other pages list it), 'anchor' (before a byline or date),
    'body' (before the body) or '' (`standfirst_words`: how long the intro under a headline may be, as the
    page was classified with; `is_site`: whether a line is the site's own name, as the rest of the page
    confirms it, which is never the headline).

    A headline-shaped line that the page repeats (breadcrumb, page title) wins; else the run of
    headline-shaped lines before the first byline or date near the body; else the run before the body.
    """
    window = range(max(0, page.start - s.header_search_units), page.start)
    heads = frozenset(i for i in window if _names_authors(page.units[i].text, authors or [], s))
    names = tuple(authors or ())
    anchors = [i for i in window if page.units[i].label is Label.META and not _in_box(page, i, s)]
    byline_rest = next((page.units[i].byline.rest for i in anchors if page.units[i].byline), None)
    repeated = [
        i
        for i in window
        if is_title_shaped(page.units[i], s)
        and page.units[i].unit.words >= 2
        and i not in heads
        and corroborated(page, i)
        and not is_site(page.units[i].text)
    ]
    runs = (
        (anchor, run)
        for anchor in [*anchors, page.start]
        if (
            run := _below_site(
                page,
                _run_before(page.units, anchor, s.header_search_units, s, standfirst_words, heads, names),
                is_site,
            )
        )
    )
    if repeated:
        last = repeated[-1]
        # a repeated dek under a repeated headline is its subtitle (a second copy of the headline is not)
        above = [
            r
            for r in repeated[:-1]
            if _subtitle_after(page, r, s) == [last] and page.units[r].text != page.units[last].text
        ]
        title = above[-1] if above else last
        subtitle = _subtitle_after(page, title, s)
        if not subtitle:  # the headline's own run, which the page does not repeat, may hold it
            run = next((run for _, run in runs if run[:1] == [title]), [])  # (past runs above the headline)
            subtitle = run[1:]
        return [title, *subtitle], byline_rest, "repeated"
    for anchor, run in runs:
        listed = page.units[run[0]].reason is Reason.LISTED  # other pages link to it by this headline
        if len(run) == 1 and run[0] + 1 == page.start and _unmarked_standfirst(page, page.start, s):
            run = [run[0], page.start]
        return run, byline_rest, "listed" if listed else "anchor" if anchor in anchors else "body"
    first, units = page.start, page.units
    if is_title_shaped(units[first], s):  # the body opens with its headline, the byline under it
        if heads_byline(page, authors or [], first, s):
            return [first], byline_rest, "anchor"
        if _heads_paragraph(page, first, s):
            dek = [first + 1] if _unmarked_standfirst(page, first + 1, s) else []
            return [first, *dek], byline_rest, "body"
        if (
            first + 1 < page.end
            and is_standfirst(units[first + 1], standfirst_words, s)
            and heads_byline(page, authors or [], first + 1, s)
        ):
            return [first, first + 1], byline_rest, "anchor"
    if (
        alone := _listed_alone(page, window, s, heads | _named_lines(page, window, names), is_site)
    ) is not None:
        return [alone], byline_rest, "listed"
    return [], byline_rest, ""


def _listed_alone(
    page: Page, window: range, s: ExtractSettings, heads: frozenset[int], is_site: Callable[[str], bool]
) -> int | None:
    """The last header line of two words or more that other pages list as a headline and that stands
    alone, not in a list of such lines (a widget of sibling headlines), nor naming the writer: the
    headline, when no run of headline lines was found."""
    units = page.units

    def listed(i: int) -> bool:
        return 0 <= i < len(units) and units[i].reason is Reason.LISTED

    alone = [
        i
        for i in window
        if listed(i)
        and not listed(i - 1)
        and not listed(i + 1)
        and is_title_shaped(units[i], s)
        and units[i].unit.words >= 2
        and i not in heads
        and not is_site(units[i].text)
    ]
    return alone[-1] if alone else None


def _named_lines(page: Page, window: range, names: tuple[str, ...]) -> frozenset[int]:
    """The header lines that are one of the writers' names."""
    return frozenset(i for i in window if page.units[i].text in names)


def _over_longer_paragraph(page: Page, i: int) -> bool:
    """Unit i stands over a paragraph of the body longer than itself."""
    units = page.units
    return (
        i + 1 < page.end
        and units[i + 1].label is Label.PROSE
        and units[i + 1].unit.words > units[i].unit.words
    )


def _unmarked_standfirst(page: Page, i: int, s: ExtractSettings) -> bool:
    """The paragraph right under the headline, no byline or date between, is its standfirst when it reads
    as one: a sentence or two of a dek's length over a longer paragraph, in a column of several (a short
    line there, not prose, is read as the headline's standfirst already: see `_run_before`)."""
    j = page.units[i]
    return (
        is_standfirst(j, s.lone_standfirst_max_words, s)
        and len(SENTENCE_RE.split(j.text)) <= 2
        and i + 2 < page.end
        and _over_longer_paragraph(page, i)
    )


def _heads_paragraph(page: Page, i: int, s: ExtractSettings) -> bool:
    """A headline-shaped line opening the body, no headline above it, is the page's headline when it is one
    short sentence not trailing off ('Waarom bellen klanten nog als ze kunnen mailen?') over a longer
    paragraph, or two over a dek where no byline just above has closed the header (a column
    rarely opens with such a line of its own; listed 'te controleren' all the same)."""
    j = page.units[i]
    sentences = len(SENTENCE_RE.split(j.text))
    return (
        j.unit.words <= s.lone_headline_max_words
        and _over_longer_paragraph(page, i)
        and not j.text.endswith("…")  # (a full stop it never has: see is_title_shaped)
        and (
            sentences == 1
            or (
                sentences == 2
                and not any(page.units[k].reason is Reason.BYLINE for k in range(max(0, i - 2), i))
                and _unmarked_standfirst(page, i + 1, s)
            )
        )
    )


def _subtitle_after(page: Page, i: int, s: ExtractSettings) -> list[int]:
    """The headline-shaped line right under a headline (past one rule or metadata line) that the page
    repeats too (an excerpt field): its subtitle."""
    for k in range(i + 1, min(i + 2 + s.title_subtitle_gap_max, page.start + 1, len(page.units))):
        j = page.units[k]
        if j.label in (Label.BOILERPLATE, Label.META) and j.reason is not Reason.LISTED:
            continue
        return [k] if k < page.start and is_title_shaped(j, s) and corroborated(page, k) else []
    return []


def extract_title(
    page: Page,
    s: ExtractSettings,
    authors: list[str],
    standfirst_words: int,
    is_site: Callable[[str], bool] = _not_site,
) -> Found[tuple[str | None, str | None]]:
    """The title and subtitle, read from the headline's lines (and the byline right under it, which leaves
    the body with them); how they were found is `find_title`'s."""
    units, byline_rest, how = find_title(page, s, authors, standfirst_words, is_site)
    lines = tuple(zip(units, (Reason.TITLE, Reason.SUBTITLE), strict=False))
    if units and heads_byline(page, authors, units[-1], s):
        lines += ((units[-1] + 1, Reason.BYLINE),)
    title = strip_kicker(strip_field(page.units[units[0]].text)) if units else None
    subtitle = strip_field(page.units[units[1]].text) if len(units) > 1 else byline_rest
    return Found((title, subtitle), lines, how)


def heads_byline(page: Page, authors: list[str], i: int, s: ExtractSettings = DEFAULT.extract) -> bool:
    """The line after unit i is a byline: read as one, or a short line naming every author."""
    if i + 1 >= len(page.units):
        return False
    after = page.units[i + 1]
    if after.reason is Reason.BYLINE:
        return True
    names_all = bool(authors) and all(name in after.text for name in authors)
    return names_all and len(after.text.split()) <= s.byline_max_words


def strip_field(text: str) -> str:
    """'Titel: De klant' -> 'De klant': a form's field label is no part of the headline or standfirst."""
    return FIELD_LABEL_RE.sub("", text)


def strip_kicker(title: str) -> str:
    """'Column: Titel' -> 'Titel'."""
    return SECTION_LABEL_RE.sub("", title).strip() or title


def derive_title(first_paragraph: str, s: ExtractSettings = DEFAULT.extract) -> str:
    """A short title from the column's own first sentence: whole if short, else cut at a clause or words."""
    text = after_dateline(first_paragraph.strip(), s.dateline_max_chars)  # '31. Oktober 2023. Woher ...'
    sentence = SENTENCE_RE.split(text, maxsplit=1)[0].rstrip(".…!?:; ")
    words = sentence.split()
    if len(words) <= s.derived_title_max_words:
        return sentence
    head = " ".join(words[: s.derived_title_max_words])
    clause = re.split(r"[,;:–—(]", head)[0].strip()
    if len(clause.split()) >= s.derived_title_clause_min_words:
        return clause
    return head.rstrip(",;:–— ") + "…"
