"""Extractive summaries and distinctive terms: only sentences and words that occur in the columns.

Sentences come from sentencex; words are Dutch-stemmed (Snowball) with Dutch stop words removed.
Key sentences are ranked with LexRank (PageRank over TF-IDF cosine similarity between sentences);
an author's distinctive terms are the stems with the highest TF-IDF against the whole corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import snowballstemmer
from sentencex import segment
from stop_words import get_stop_words

from kolom.patterns import FUNCTION_WORDS_NL
from kolom.settings import DEFAULT, SummarySettings

WORD_RE = re.compile(r"[^\W\d_]{3,}(?:[-’'][^\W\d_]+)*")
TOKEN_RE = re.compile(r"[^\W\d_]+|[.,;:!?]")
CONVERGED = 1e-6  # largest change of a sentence's rank between two power iterations


@cache
def _stemmer():
    return snowballstemmer.stemmer("dutch")


@cache
def stem(word: str) -> str:
    """The Dutch Snowball stem of one word, memoised: a corpus repeats its vocabulary."""
    return _stemmer().stemWord(word)


@cache
def stop_words() -> frozenset[str]:
    return frozenset(get_stop_words("dutch")) | FUNCTION_WORDS_NL


def sentences(paragraphs: Iterable[str]) -> list[str]:
    """The sentences of each paragraph, stripped, in order."""
    return [s.strip() for p in paragraphs for s in segment("nl", p) if s.strip()]


def terms(text: str) -> list[str]:
    """Stems of the content words of a text."""
    return [stem(w) for w in WORD_RE.findall(text.lower()) if w not in stop_words()]


def _vector(bag: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {t: n * idf.get(t, 0.0) for t, n in bag.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def lexrank(items: Sequence[str], s: SummarySettings = DEFAULT.summary) -> list[float]:
    """A centrality score per sentence: PageRank over the graph of similar sentences."""
    bags = [Counter(terms(x)) for x in items]
    n = len(items)
    if n == 0:
        return []
    df = Counter(t for bag in bags for t in bag)
    idf = {t: math.log(n / d) + 1.0 for t, d in df.items()}
    vecs = [_vector(bag, idf) for bag in bags]
    edges: list[list[int]] = [[] for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = vecs[i], vecs[j]
            sim = (
                sum(v * b.get(t, 0.0) for t, v in a.items())
                if len(a) < len(b)
                else sum(v * a.get(t, 0.0) for t, v in b.items())
            )
            if sim >= s.similarity_min:
                edges[i].append(j)
                edges[j].append(i)
    rank = [1.0 / n] * n
    for _ in range(s.lexrank_iterations):
        new = [
            (1 - s.lexrank_damping) / n + s.lexrank_damping * sum(rank[j] / len(edges[j]) for j in edges[i])
            for i in range(n)
        ]
        converged = max(abs(a - b) for a, b in zip(new, rank, strict=True)) < CONVERGED
        rank = new
        if converged:
            break
    return rank


def key_sentences(paragraphs: Sequence[str], count: int, s: SummarySettings = DEFAULT.summary) -> list[str]:
    """The `count` most central sentences, in the order they appear."""
    candidates = [
        x for x in sentences(paragraphs) if s.sentence_min_words <= len(x.split()) <= s.sentence_max_words
    ]
    if not candidates:
        return []
    step = -(-len(candidates) // s.lexrank_max_sentences)  # all-pairs ranking stays bounded: spread a sample
    candidates = candidates[::step]
    ranks = lexrank(candidates, s)
    best = sorted(range(len(candidates)), key=lambda i: (-ranks[i], i))[:count]
    return [candidates[i] for i in sorted(best)]


def term_weights(bag: Counter[str], doc_freq: Counter[str], docs: int, count: int) -> dict[str, float]:
    """The `count` stems of a bag with the highest TF-IDF against the corpus (used at least twice), weighted."""
    scored = {t: n * math.log((1 + docs) / (1 + doc_freq[t])) for t, n in bag.items() if n >= 2}
    return dict(sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:count])
