"""Site furniture: short lines that recur in other pages of the corpus (as in CCNet's line deduplication).

A short line that another page also carries is furniture. One kind is kept apart: a line before this
page's body that other pages carry only after theirs is a headline listed on those pages ("Lees ook",
"Meest gelezen"), so here it may be the column's own title. Pages that share at least half of their
paragraphs (Jaccard) are copies of one column (republished) and do not count against each other.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from dataclasses import dataclass

from kolom.ingest.classify import normalise
from kolom.ingest.extract.bio import bio_subject
from kolom.ingest.extract.byline import PREFIX_RE
from kolom.ingest.extract.dates import YEAR_RE
from kolom.ingest.segment import Unit
from kolom.model import SiteLines
from kolom.settings import DEFAULT, ClassifySettings, NameSettings


@dataclass(frozen=True)
class LineKeys:
    """What one file contributes to the corpus statistics."""

    header: frozenset[str]  # normalised short lines before the first long paragraph (25+ words)
    rest: frozenset[str]  # normalised short lines from there on
    prose: frozenset[str]  # hashes of its long paragraphs (most of them shared: a republished copy)
    # header lines of two words or more right over a dateline or byline, where a page sets its headline, and
    # those one line higher too (a headline over its subtitle)
    over_byline: frozenset[str] = frozenset()
    near_byline: frozenset[str] = frozenset()
    # pairs of header lines that stand one under the other, neither of them near this page's byline
    side_by_side: frozenset[tuple[str, str]] = frozenset()


def line_keys(
    units: list[Unit], s: ClassifySettings = DEFAULT.classify, names: NameSettings = DEFAULT.extract.names
) -> LineKeys:
    """The normalised short lines of one file by region, and fingerprints of its long paragraphs."""
    # the body's first long paragraph; a writer's bio box over the headline ('A is ...', or 'A. ...' under
    # the name line 'A') is none
    first_long = next(
        (
            k
            for k, u in enumerate(units)
            if u.words >= s.long_min_words
            and bio_subject(u.text, names, (units[k - 1].text,) if k else ()) is None
        ),
        len(units),
    )
    short = [(k, normalise(u.text)) for k, u in enumerate(units) if u.words <= s.recurring_max_words]
    prose = {
        hashlib.blake2b(normalise(u.text).encode(), digest_size=12).hexdigest()
        for u in units
        if u.words >= s.long_min_words
    }
    header = [(k, t) for k, t in short if k < first_long and t]
    bylines = {
        k
        for k, _ in header
        if units[k].words <= s.recurring_max_words  # (a byline or dateline is a short line)
        and _dated_or_signed(units[k].text)
    }
    two_words = [(k, t) for k, t in header if " " in t]  # (a headline has two words or more)
    over_byline = frozenset(t for k, t in two_words if k + 1 in bylines)
    near_byline = over_byline | {t for k, t in two_words if k + 2 in bylines}
    return LineKeys(
        frozenset(t for _, t in header),
        frozenset(t for k, t in short if k >= first_long and t),
        frozenset(prose),
        over_byline,
        near_byline,
        frozenset(
            (a, b)
            for (i, a), (k, b) in itertools.pairwise(header)
            if k == i + 1 and a not in near_byline and b not in near_byline
        ),
    )


def _dated_or_signed(text: str) -> bool:
    """A line that carries a year (a dateline's) or opens as a byline ('3 maart 2024', 'Door A')."""
    return bool(YEAR_RE.search(text) or PREFIX_RE.match(text))


class LineHolders:
    """Which files hold each normalised short line (in the header, anywhere) and each long paragraph, gathered
    one file at a time as the files are read."""

    def __init__(self) -> None:
        self.files: dict[str, LineKeys] = {}
        self.in_header: dict[str, set[str]] = defaultdict(set)
        self.anywhere: dict[str, set[str]] = defaultdict(set)
        self.with_paragraph: dict[str, set[str]] = defaultdict(set)
        self.over_byline: dict[str, set[str]] = defaultdict(set)
        self.near_byline: dict[str, set[str]] = defaultdict(set)
        self.beside: dict[str, set[str]] = defaultdict(set)  # what a header line stands next to elsewhere

    def add(self, name: str, keys: LineKeys) -> None:
        self.files[name] = keys
        for text in keys.header:
            self.in_header[text].add(name)
            self.anywhere[text].add(name)
        for text in keys.rest:
            self.anywhere[text].add(name)
        for digest in keys.prose:
            self.with_paragraph[digest].add(name)
        for text in keys.over_byline:
            self.over_byline[text].add(name)
        for text in keys.near_byline:
            self.near_byline[text].add(name)
        for a, b in keys.side_by_side:
            self.beside[a].add(b)
            self.beside[b].add(a)


def furniture(holders: LineHolders, s: ClassifySettings = DEFAULT.classify) -> dict[str, SiteLines]:
    """Per file, its short lines that enough other pages (copies of it aside) carry, and the listed headlines."""
    files, in_header, anywhere, with_paragraph, over_byline, near_byline, beside = (
        holders.files,
        holders.in_header,
        holders.anywhere,
        holders.with_paragraph,
        holders.over_byline,
        holders.near_byline,
        holders.beside,
    )
    needed = s.recurring_min_files - 1  # other pages
    # a line a file holds counts that file among its holders: fewer than needed + 1 cannot recur; a
    # header line no other file holds in its header is listed, if it recurs, by the others' lists alone
    recurs = {t for t, holding in anywhere.items() if len(holding) > needed}
    header_alone = {t for t, holding in in_header.items() if len(holding) == 1}
    shared_paragraphs = {d for d, holding in with_paragraph.items() if len(holding) > 1}
    # a line that one page alone sets over its byline, which the others list beside lines that one page
    # alone sets near its own (a sidebar of recent posts above each post): that page's headline
    headlines = {t for t, holding in near_byline.items() if len(holding) == 1}
    listed_beside = {t for t, holding in over_byline.items() if len(holding) == 1 and beside[t] & headlines}
    result = {}
    for name, keys in files.items():
        copies = _copies(name, keys, files, with_paragraph, shared_paragraphs, s)
        if copies:  # the holders of a line less its copies are the other pages
            copies.add(name)

            def others(holding: set[str], copies: set[str] = copies) -> int:
                return len(holding) - sum(1 for c in copies if c in holding)

            recurring = frozenset(
                t for t in (keys.header | keys.rest) & recurs if others(anywhere[t]) >= needed
            )
            listed = frozenset(
                t
                for t in recurring & keys.header
                if others(in_header[t]) == 0 or (t in keys.over_byline and t in listed_beside)
            )
        else:
            recurring = (keys.header | keys.rest) & recurs
            listed = (recurring & keys.header & header_alone) | (recurring & keys.over_byline & listed_beside)
        result[name] = SiteLines(recurring, listed)
    return result


def _copies(
    name: str,
    keys: LineKeys,
    files: dict[str, LineKeys],
    with_paragraph: dict[str, set[str]],
    shared_paragraphs: set[str],
    s: ClassifySettings,
) -> set[str]:
    """The other files that share enough of this file's long paragraphs to be copies of one column."""
    shared: dict[str, int] = defaultdict(int)
    for digest in keys.prose & shared_paragraphs:
        for other in with_paragraph[digest]:
            shared[other] += 1
    return {
        other
        for other, n in shared.items()
        if other != name
        and n >= s.copy_min_shared_paragraphs
        and n >= s.copy_min_containment * max(len(keys.prose), len(files[other].prose))
    }
