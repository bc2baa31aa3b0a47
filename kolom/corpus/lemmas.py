"""Dutch lemmas (simplemma's dictionaries): 'klanten' -> 'klant', 'gezien' -> 'zien'."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from simplemma import lemmatize


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    return lemmatize(word, lang="nl")


def lemma_weights(weights: dict[str, float], forms: dict[str, dict[str, int]]) -> dict[str, float]:
    """Stem weights keyed by the lemma of each stem's most frequent written form, merged per lemma."""
    merged: dict[str, float] = defaultdict(float)
    for stem, weight in weights.items():
        written = forms.get(stem) or {stem: 1}
        form = max(written.items(), key=lambda kv: (kv[1], kv[0]))[0]
        merged[lemma(form)] += weight
    return dict(merged)
