"""The knowledge base as the site and the PDFs see it: columns with summaries, authors, years, topics."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from babel.dates import format_date

from kolom.corpus.authors import Author
from kolom.corpus.summarize import (
    distinctive_terms,
    document_frequencies,
    key_sentences,
    noun_stems,
    surface_forms,
)
from kolom.model import Column
from kolom.pipeline import Corpus
from kolom.settings import DEFAULT, SummarySettings
from kolom.slugs import slugify, unique

TOPICS_PER_COLUMN = 3
KEY_SENTENCES_PER_COLUMN = 3  # an author's positions are ranked among each column's own key sentences
MAX_COLUMNS_FOR_POSITIONS = 100  # the most recent ones
MAX_COLUMNS_PER_VOLUME = 250  # WeasyPrint's cost per page grows with document size: split larger books
UNKNOWN_AUTHOR = "Auteur onbekend"
MIN_COLUMNS_PER_TOPIC = 2


def dutch_date(iso: str | None) -> str:
    """'2014-11-14' -> '14 november 2014'; '2014-11' -> 'november 2014'; None -> 'datum onbekend'."""
    if not iso:
        return "datum onbekend"
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return format_date(date(*parts), "d MMMM y", locale="nl")
    if len(parts) == 2:
        return format_date(date(parts[0], parts[1], 1), "MMMM y", locale="nl")
    return str(parts[0])


@dataclass
class ColumnPage:
    column: Column
    summary: str
    topics: list[str]
    words: int
    author_slugs: list[str]
    key_sentences: list[str] = field(default_factory=list)

    @property
    def year(self) -> str | None:
        return self.column.date[:4] if self.column.date else None

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.words / DEFAULT.summary.words_per_minute))


@dataclass
class AuthorPage:
    name: str
    slug: str
    columns: list[ColumnPage] = field(default_factory=list)
    bio: str | None = None
    website: str | None = None
    terms: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)

    @property
    def publications(self) -> list[str]:
        return sorted({c.column.publication for c in self.columns if c.column.publication})

    @property
    def period(self) -> str:
        years = sorted(c.year for c in self.columns if c.year)
        if not years:
            return "onbekend"
        return years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


@dataclass
class Volume:
    """One PDF of the whole knowledge base: author groups with their columns."""

    slug: str
    groups: list[tuple[str, list[ColumnPage]]]

    @property
    def size(self) -> int:
        return sum(len(pages) for _, pages in self.groups)


@dataclass
class KnowledgeBase:
    columns: list[ColumnPage]
    authors: list[AuthorPage]
    problems: list[str]

    def by_year(self) -> dict[str | None, list[ColumnPage]]:
        years: dict[str | None, list[ColumnPage]] = defaultdict(list)
        for page in self.columns:
            years[page.year].append(page)
        return dict(sorted(years.items(), key=lambda kv: kv[0] or "", reverse=True))

    def topics(self) -> dict[str, list[ColumnPage]]:
        topics: dict[str, list[ColumnPage]] = defaultdict(list)
        for page in self.columns:
            for topic in page.topics:
                topics[topic].append(page)
        return dict(sorted(topics.items()))

    def volumes(self) -> list[Volume]:
        """The whole knowledge base as books of whole author groups, split when past the size limit."""
        groups: list[tuple[str, list[ColumnPage]]] = [(a.name, []) for a in self.authors]
        index = {name: cols for name, cols in groups}
        unknown: list[ColumnPage] = []
        for page in sorted(self.columns, key=lambda p: (p.column.date or "", p.column.title or "")):
            (index[page.column.authors[0]] if page.column.authors else unknown).append(page)
        if unknown:
            groups.append((UNKNOWN_AUTHOR, unknown))
        volumes: list[Volume] = [Volume("", [])]
        for name, pages in groups:
            for start in range(0, len(pages), MAX_COLUMNS_PER_VOLUME):
                chunk = pages[start : start + MAX_COLUMNS_PER_VOLUME]
                if volumes[-1].size + len(chunk) > MAX_COLUMNS_PER_VOLUME:
                    volumes.append(Volume("", []))
                volumes[-1].groups.append((name, chunk))
        for number, volume in enumerate(volumes, start=1):
            volume.slug = "kennisbank" if len(volumes) == 1 else f"kennisbank-deel-{number}"
        return [v for v in volumes if v.size]

    def newest(self, count: int) -> list[ColumnPage]:
        return sorted((c for c in self.columns if c.column.date), key=lambda c: c.column.date, reverse=True)[:count]


def _topics(columns: list[Column], df: Counter[str], n: int) -> list[list[str]]:
    """Per column, its most distinctive terms that are shared with at least one other column."""
    texts = [b.text for c in columns for b in c.blocks]
    forms, nouns = surface_forms(texts), noun_stems(texts)
    result = []
    for column in columns:
        ranked = distinctive_terms([b.text for b in column.blocks], df, n, 20)
        shared = [forms[t] for t, _ in ranked if t in nouns and MIN_COLUMNS_PER_TOPIC <= df[t] < n]
        result.append(shared[:TOPICS_PER_COLUMN])
    return result


def build(corpus: Corpus, s: SummarySettings = DEFAULT.summary) -> KnowledgeBase:
    """Summaries, topics and author pages for a cleaned corpus."""
    columns = corpus.columns
    df, n = document_frequencies(c.body_text for c in columns)
    registry = {a.name: a for a in corpus.registry}
    taken: set[str] = set()
    author_pages: dict[str, AuthorPage] = {}
    for name in sorted({a for c in columns for a in c.authors}):
        author_pages[name] = AuthorPage(name, unique(slugify(name), taken))
    pages = []
    for column, topics in zip(columns, _topics(columns, df, n), strict=True):
        paragraphs = [b.text for b in column.blocks if b.type != "heading"]
        key = key_sentences(paragraphs, KEY_SENTENCES_PER_COLUMN, s)
        summary = " ".join(_most_central(key, paragraphs, s)) or paragraphs[0][:200]
        words = sum(len(b.text.split()) for b in column.blocks)
        page = ColumnPage(column, summary, topics, words, [author_pages[a].slug for a in column.authors], key)
        pages.append(page)
        for name in column.authors:
            author_pages[name].columns.append(page)
    for author in author_pages.values():
        _describe(author, registry.get(author.name), df, n, s)
    pages.sort(key=lambda p: (p.column.date or "", p.column.title or ""), reverse=True)
    return KnowledgeBase(pages, sorted(author_pages.values(), key=lambda a: a.name), [str(p) for p in corpus.problems])


def _most_central(key: list[str], paragraphs: list[str], s: SummarySettings) -> list[str]:
    """The column summary: its most central key sentence(s)."""
    return key_sentences(key, s.column_summary_sentences, s) if len(key) > s.column_summary_sentences else key


def _describe(author: AuthorPage, known: Author | None, df: Counter[str], n: int, s: SummarySettings) -> None:
    texts = [b.text for c in author.columns for b in c.column.blocks]
    own_bios = [c.column.bio for c in author.columns if c.column.bio and len(c.column.authors) == 1]
    author.bio = (known.bio if known and known.bio else None) or (own_bios[0] if own_bios else None)
    sites = [c.column.website for c in author.columns if c.column.website]
    author.website = (known.website if known and known.website else None) or (sites[0] if sites else None)
    author.columns.sort(key=lambda c: c.column.date or "", reverse=True)
    forms = surface_forms(texts)
    author.terms = [forms[t] for t, _ in distinctive_terms(texts, df, n, s.distinctive_terms)]
    candidates = [sentence for c in author.columns[:MAX_COLUMNS_FOR_POSITIONS] for sentence in c.key_sentences]
    author.positions = key_sentences(candidates, s.author_summary_sentences, s)

