"""The knowledge base as the site and the PDFs see it: columns with summaries, authors, years, topics."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache, partial

from babel.dates import format_date

from kolom.cache import NO_CACHE, Cache
from kolom.cache import key as cache_key
from kolom.corpus.authors import Author
from kolom.corpus.claims import sentence_keys
from kolom.corpus.lemmas import known_lemmas, lemma_count, lemma_weights, lemmas_since, remember_lemmas
from kolom.corpus.profile import Profile, profile
from kolom.corpus.related import nearest
from kolom.corpus.related import preload as preload_related
from kolom.corpus.summarize import term_weights
from kolom.corpus.terms import Key
from kolom.corpus.themes import Vocabulary, author_themes, topics
from kolom.model import BlockType, Column
from kolom.pipeline import Corpus
from kolom.settings import DEFAULT, BookSettings, Settings
from kolom.slugs import slugify, unique
from kolom.workers import beside, collection_paused, pool

UNKNOWN_AUTHOR = "Auteur onbekend"


@lru_cache(maxsize=1 << 14)  # a pure function, asked about the same dates by every listing page
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
    reading_minutes: int
    author_slugs: list[str]
    copies: list[Column] = field(default_factory=list)  # the same column republished elsewhere
    # by slug, not by object: a chain of pages holding pages would nest as deep as the corpus when pickled
    related: list[str] = field(default_factory=list)  # nearest in subject, any author
    more_by_author: list[str] = field(default_factory=list)  # the same author's, nearest in subject

    def anchor(self, sentence: str) -> str | None:
        """The id of the paragraph that holds the sentence (`alinea-N`, see the page's body)."""
        for n, block in enumerate(self.column.blocks, start=1):
            if block.type is BlockType.PARAGRAPH and sentence in block.content:
                return f"alinea-{n}"
        return None

    @property
    def year(self) -> str | None:
        return self.column.date[:4] if self.column.date else None


@dataclass
class AuthorPage:
    name: str
    slug: str
    columns: list[ColumnPage] = field(default_factory=list)
    bio: str | None = None
    website: str | None = None
    terms: list[str] = field(default_factory=list)  # themes, most telling first
    positions: list[str] = field(default_factory=list)  # claims in the author's own words, one per column
    position_pages: dict[str, str] = field(
        default_factory=dict
    )  # the slug of the column each position is from

    def _all(self) -> list[Column]:
        """The author's columns and their republished copies: both say where and when the author wrote."""
        return [col for c in self.columns for col in (c.column, *c.copies)]

    @property
    def publications(self) -> list[str]:
        return sorted({c.publication for c in self._all() if c.publication})

    @property
    def period(self) -> str:
        years = sorted(c.date[:4] for c in self._all() if c.date)
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
    books: BookSettings  # how the PDFs of the whole knowledge base are cut into volumes

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

    def volumes(self, max_columns: int | None = None) -> list[Volume]:
        """The whole knowledge base as books of whole author groups, split when past `max_columns` (by
        default the build's `volume_max_columns`)."""
        max_columns = max_columns or self.books.volume_max_columns
        groups: list[tuple[str, list[ColumnPage]]] = [(a.name, []) for a in self.authors]
        index = {name: cols for name, cols in groups}
        unknown: list[ColumnPage] = []
        for page in sorted(self.columns, key=lambda p: (p.column.date or "", p.column.title or "")):
            (index[page.column.authors[0]] if page.column.authors else unknown).append(page)
        if unknown:
            groups.append((UNKNOWN_AUTHOR, unknown))
        volumes: list[Volume] = [Volume("", [])]
        for name, pages in groups:
            for start in range(0, len(pages), max_columns):
                chunk = pages[start : start + max_columns]
                if volumes[-1].size + len(chunk) > max_columns:
                    volumes.append(Volume("", []))
                volumes[-1].groups.append((name, chunk))
        for number, volume in enumerate(volumes, start=1):
            volume.slug = "kennisbank" if len(volumes) == 1 else f"kennisbank-deel-{number}"
        return [v for v in volumes if v.size]

    def newest(self, count: int) -> list[ColumnPage]:
        return sorted((c for c in self.columns if c.column.date), key=lambda c: c.column.date, reverse=True)[
            :count
        ]


def _headings(column: Column) -> list[str]:
    own_title = [column.title] if column.title and not column.title_derived else []
    subtitle = [column.subtitle] if column.subtitle else []
    return [*own_title, *subtitle, *(b.content for b in column.blocks if b.type is BlockType.HEADING)]


def _profiles(columns: list[Column], s: Settings, store: Cache) -> list[Profile]:
    """One profile per column, from the cache or computed (in parallel for large corpora)."""
    inputs = [
        (
            [b.content for b in c.blocks if b.type is not BlockType.HEADING] or [c.blocks[0].content],
            _headings(c),
        )
        for c in columns
    ]
    # the settings hashed once; a column's text as the bytes of its repr (plain strings: no need to take
    # it apart as cache.canonical does, which cost more than reading the profile back)
    settings_key = cache_key("profile settings", s.summary, s.claims).encode()
    keys = [cache_key("profile", settings_key, repr(i).encode()) for i in inputs]
    found = [store.get(k) for k in keys]
    missing = [i for i, hit in enumerate(found) if hit is None]
    work = partial(_profile, s=s)
    if len(missing) < s.work.parallel_min_columns or (os.cpu_count() or 1) < 2:
        computed = [work(inputs[i]) for i in missing]
    else:
        with pool(os.cpu_count() or 1) as workers:
            computed = list(workers.map(work, [inputs[i] for i in missing], chunksize=64))
    for i, (value, lemmas) in zip(missing, computed, strict=True):
        store.put(keys[i], value)
        found[i] = value
        remember_lemmas(lemmas)  # a worker's lemmas, kept for the next build
    return found


def _profile(item: tuple[list[str], list[str]], s: Settings) -> tuple[Profile, dict[str, str]]:
    """A column's profile, and the lemmas first looked up for it in this process."""
    before = lemma_count()
    return profile(item[0], item[1], s.summary, s.claims), lemmas_since(before)


def build(corpus: Corpus, s: Settings = DEFAULT, store: Cache = NO_CACHE) -> KnowledgeBase:
    """Summaries, topics and author pages for a cleaned corpus (per-column work cached when a cache is given).

    A republished copy gets no page of its own: it is listed on its original's page and counted nowhere else.
    """
    with collection_paused():  # profiles, counts and pages: many objects that live on, without cycles
        return _build(corpus, s, store)


def _build(corpus: Corpus, s: Settings, store: Cache) -> KnowledgeBase:
    columns = [c for c in corpus.columns if not c.duplicate_of]
    copies: dict[str, list[Column]] = defaultdict(list)
    for column in corpus.columns:
        if column.duplicate_of:
            copies[column.duplicate_of].append(column)
    n = len(columns)
    # related reading is ranked in a second process while this one finds topics, themes and positions;
    # it loads its library while this one reads or makes the profiles
    with beside(n >= s.work.parallel_min_columns) as run:
        if n >= 2:  # fewer columns have no related reading to rank
            run(preload_related)
        lemmas_key = cache_key("lemmas")
        stored = store.get(lemmas_key) or {}
        remember_lemmas(stored)
        profiles = _profiles(columns, s, store)
        doc_freq: Counter[str] = Counter()
        for p in profiles:
            doc_freq.update(p.bag.keys())
        subjects = [
            lemma_weights(term_weights(p.bag, doc_freq, n, s.related.subject_terms), p.forms)
            for p in profiles
        ]
        nearby = run(nearest, subjects, [c.authors for c in columns], s.related)
        vocab = Vocabulary([p.terms for p in profiles], s.themes)
        headed = [p.headed for p in profiles]
        registry = {a.name: a for a in corpus.registry}
        taken: set[str] = {"index"}  # auteurs/index.md is the authors index
        author_pages: dict[str, AuthorPage] = {}
        own: dict[str, list[int]] = defaultdict(list)
        for name in sorted({a for c in columns for a in c.authors}):
            author_pages[name] = AuthorPage(name, unique(slugify(name), taken))
        pages = []
        for i, (column, prof) in enumerate(zip(columns, profiles, strict=True)):
            words = sum(len(b.text.split()) for b in column.blocks)
            page = ColumnPage(
                column,
                prof.summary,
                [],
                max(1, round(words / s.summary.words_per_minute)),
                [author_pages[a].slug for a in column.authors],
                sorted(copies[column.source], key=lambda c: (c.date or "", c.source)),
            )
            pages.append(page)
            for name in column.authors:
                author_pages[name].columns.append(page)
                own[name].append(i)
        for page, shown in zip(pages, topics(headed, vocab, s.themes), strict=True):
            page.topics = shown
        for name, author in author_pages.items():
            themes = author_themes(own[name], headed, [p.argued for p in profiles], vocab, s.themes)
            author.terms = [
                shown
                for key, shown, share in themes
                if share >= s.themes.shown_share_of_best and not vocab.names_people(key)
            ]
            keys = {k for k, _, _ in themes}
            describe_author(author, registry.get(name), [profiles[i] for i in own[name]], keys, s)
        related, same_author = nearby.result()
    for page, near, mine in zip(pages, related, same_author, strict=True):
        page.related = [pages[j].column.slug for j in near]
        page.more_by_author = [pages[j].column.slug for j in mine]
    pages.sort(key=lambda p: (p.column.date or "", p.column.title or ""), reverse=True)
    if lemma_count() > len(stored):  # words this build looked up: kept for the next
        store.put(lemmas_key, known_lemmas())
    return KnowledgeBase(
        pages, sorted(author_pages.values(), key=lambda a: a.name), [str(p) for p in corpus.problems], s.books
    )


def describe_author(
    author: AuthorPage, known: Author | None, profiles: list[Profile], themes: set[Key], s: Settings
) -> None:
    """Bio and website (the registry wins), columns newest first, and positions in the author's own words.

    Positions: each column's best claim, weighed with the author's themes it names (a theme is named by
    a sentence holding all its words: 'gerechten' alone does not name 'vegetarische gerechten'); at most
    one per column, the first picks covering themes not yet covered.
    """
    own_bios = [c.column.bio for c in author.columns if c.column.bio and len(c.column.authors) == 1]
    author.bio = (known.bio if known and known.bio else None) or (own_bios[0] if own_bios else None)
    sites = [c.column.website for c in author.columns if c.column.website]
    author.website = (known.website if known and known.website else None) or (sites[0] if sites else None)
    best: list[tuple[float, str, str, set[Key]]] = []
    step = max(1, -(-len(profiles) // s.claims.positions_max_columns))
    for page, prof in list(zip(author.columns, profiles, strict=True))[::step]:
        # every claim competes: one naming a theme weighs more, but a column's point need not name one
        said = [(c, sentence_keys(c.text)) for c in prof.claims]
        named_themes = [(c, {t for t in themes if keys.issuperset(t)}) for c, keys in said]
        scored = [(c.score + s.claims.theme_term * len(named), c.text, named) for c, named in named_themes]
        if scored:
            score, text, named = max(scored, key=lambda x: x[0])
            best.append((score, text, page.column.slug, named))
    best.sort(key=lambda x: -x[0])
    covered: set[str] = set()
    chosen: list[tuple[float, str, str, set[Key]]] = []
    for wants_new in (True, False):
        for item in best:
            if len(chosen) == s.summary.author_summary_sentences or item in chosen:
                continue
            if wants_new and not (item[3] - covered):
                continue
            chosen.append(item)
            covered |= item[3]
    author.positions = [text for _, text, _, _ in chosen]
    author.position_pages = {text: slug for _, text, slug, _ in chosen}
    author.columns.sort(key=lambda c: c.column.date or "", reverse=True)
