"""The knowledge base as the site and the PDFs see it: columns with summaries, authors, years, topics."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial

from babel.dates import format_date

from kolom.cache import NO_CACHE, Cache
from kolom.cache import key as cache_key
from kolom.corpus.authors import Author
from kolom.corpus.lemmas import lemma_weights
from kolom.corpus.related import nearest
from kolom.corpus.summarize import (
    Profile,
    distinctive_terms,
    key_sentences,
    profile,
    term_weights,
    word_forms,
)
from kolom.model import BlockType, Column
from kolom.pipeline import Corpus
from kolom.settings import DEFAULT, SummarySettings
from kolom.slugs import slugify, unique
from kolom.workers import pool

TOPICS_PER_COLUMN = 3
KEY_SENTENCES_PER_COLUMN = 3  # an author's positions are ranked among each column's own key sentences
MAX_COLUMNS_FOR_POSITIONS = 30  # spread evenly over the author's columns
MAX_COLUMNS_PER_VOLUME = 250  # WeasyPrint's cost per page grows with document size: split larger books
UNKNOWN_AUTHOR = "Auteur onbekend"
MIN_COLUMNS_PER_TOPIC = 2
PARALLEL_MIN_COLUMNS = 400


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
    copies: list[Column] = field(default_factory=list)  # the same column republished elsewhere
    # by slug, not by object: a chain of pages holding pages would nest as deep as the corpus when pickled
    related: list[str] = field(default_factory=list)  # nearest in subject, any author
    more_by_author: list[str] = field(default_factory=list)  # the same author's, nearest in subject

    def anchor(self, sentence: str) -> str | None:
        """The id of the paragraph that holds the sentence (`alinea-N`, see the page's body)."""
        for n, block in enumerate(self.column.blocks, start=1):
            if block.type is BlockType.PARAGRAPH and sentence in block.text:
                return f"alinea-{n}"
        return None

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
    position_pages: dict[str, str] = field(
        default_factory=dict
    )  # the slug of the column each position is from

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

    @cached_property
    def _by_slug(self) -> dict[str, ColumnPage]:
        return {p.column.slug: p for p in self.columns}

    def page(self, slug: str) -> ColumnPage:
        """The column page with this slug."""
        return self._by_slug[slug]

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
        return sorted((c for c in self.columns if c.column.date), key=lambda c: c.column.date, reverse=True)[
            :count
        ]


def _profiles(columns: list[Column], s: SummarySettings, store: Cache) -> list[Profile]:
    """One profile per column, from the cache or computed (in parallel for large corpora)."""
    paragraphs = [[b.text for b in c.blocks if b.type != "heading"] or [c.blocks[0].text] for c in columns]
    keys = [cache_key("profile", p, KEY_SENTENCES_PER_COLUMN, s) for p in paragraphs]
    found = [store.get(k) for k in keys]
    missing = [i for i, hit in enumerate(found) if hit is None]
    work = partial(profile, key_count=KEY_SENTENCES_PER_COLUMN, s=s)
    if len(missing) < PARALLEL_MIN_COLUMNS or (os.cpu_count() or 1) < 2:
        computed = [work(paragraphs[i]) for i in missing]
    else:
        with pool(os.cpu_count() or 1) as workers:
            computed = list(workers.map(work, [paragraphs[i] for i in missing], chunksize=64))
    for i, value in zip(missing, computed, strict=True):
        store.put(keys[i], value)
        found[i] = value
    return found


def build(corpus: Corpus, s: SummarySettings = DEFAULT.summary, store: Cache = NO_CACHE) -> KnowledgeBase:
    """Summaries, topics and author pages for a cleaned corpus (per-column work cached when a cache is given).

    A republished copy gets no page of its own: it is listed on its original's page and counted nowhere else.
    """
    columns = [c for c in corpus.columns if not c.duplicate_of]
    copies: dict[str, list[Column]] = defaultdict(list)
    for column in corpus.columns:
        if column.duplicate_of:
            copies[column.duplicate_of].append(column)
    profiles = _profiles(columns, s, store)
    doc_freq: Counter[str] = Counter()
    nouns: set[str] = set()
    for p in profiles:
        doc_freq.update(p.bag.keys())
        nouns |= p.nouns
    n = len(columns)
    registry = {a.name: a for a in corpus.registry}
    taken: set[str] = {"index"}  # auteurs/index.md is the authors index
    author_pages: dict[str, AuthorPage] = {}
    author_bags: dict[str, Counter[str]] = {}
    for name in sorted({a for c in columns for a in c.authors}):
        author_pages[name] = AuthorPage(name, unique(slugify(name), taken))
        author_bags[name] = Counter()
    pages, topic_stems, subjects = [], [], []
    for column, prof in zip(columns, profiles, strict=True):
        subjects.append(
            lemma_weights(term_weights(prof.bag, doc_freq, n, DEFAULT.related.subject_terms), prof.forms)
        )
        ranked = distinctive_terms(prof.bag, doc_freq, n, 20)
        topic_stems.append(
            [t for t in ranked if t in nouns and MIN_COLUMNS_PER_TOPIC <= doc_freq[t] < n][:TOPICS_PER_COLUMN]
        )
        summary = " ".join(prof.summary) or column.blocks[0].text[:200]
        words = sum(len(b.text.split()) for b in column.blocks)
        page = ColumnPage(
            column,
            summary,
            [],
            words,
            [author_pages[a].slug for a in column.authors],
            prof.key,
            sorted(copies[column.source], key=lambda c: (c.date or "", c.source)),
        )
        pages.append(page)
        for name in column.authors:
            author_pages[name].columns.append(page)
            author_bags[name].update(prof.bag)
    related, same_author = nearest(subjects, [c.authors for c in columns])
    for page, near, mine in zip(pages, related, same_author, strict=True):
        page.related = [pages[j].column.slug for j in near]
        page.more_by_author = [pages[j].column.slug for j in mine]
    term_stems = {
        name: distinctive_terms(bag, doc_freq, n, s.distinctive_terms) for name, bag in author_bags.items()
    }
    forms = word_forms({t for stems in [*topic_stems, *term_stems.values()] for t in stems}, profiles)
    for page, stems in zip(pages, topic_stems, strict=True):
        page.topics = [forms[t] for t in stems]
    for name, author in author_pages.items():
        author.terms = [forms[t] for t in term_stems[name]]
        _describe(author, registry.get(name), s, store)
    pages.sort(key=lambda p: (p.column.date or "", p.column.title or ""), reverse=True)
    return KnowledgeBase(
        pages, sorted(author_pages.values(), key=lambda a: a.name), [str(p) for p in corpus.problems]
    )


def _describe(author: AuthorPage, known: Author | None, s: SummarySettings, store: Cache) -> None:
    """Bio and website (the registry wins), columns newest first, and positions in the author's own words."""
    own_bios = [c.column.bio for c in author.columns if c.column.bio and len(c.column.authors) == 1]
    author.bio = (known.bio if known and known.bio else None) or (own_bios[0] if own_bios else None)
    sites = [c.column.website for c in author.columns if c.column.website]
    author.website = (known.website if known and known.website else None) or (sites[0] if sites else None)
    author.columns.sort(key=lambda c: c.column.date or "", reverse=True)
    step = max(1, -(-len(author.columns) // MAX_COLUMNS_FOR_POSITIONS))
    sources = {sentence: c for c in author.columns[::step] for sentence in reversed(c.key_sentences)}
    candidates = [sentence for c in author.columns[::step] for sentence in c.key_sentences]
    key = cache_key("positions", candidates, s)
    if (positions := store.get(key)) is None:
        positions = key_sentences(candidates, s.author_summary_sentences, s)
        store.put(key, positions)
    author.positions = positions
    author.position_pages = {p: sources[p].column.slug for p in positions if p in sources}
