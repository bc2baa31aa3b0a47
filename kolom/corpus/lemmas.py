"""Dutch lemmas (simplemma's dictionaries): 'klanten' -> 'klant', 'gezien' -> 'zien'."""

from __future__ import annotations

from collections import defaultdict
from itertools import islice

from simplemma import lemmatize

# A memo of this pure function: the lemmas found in this process and those a build read from its cache,
# so that a build whose words are all known never loads simplemma's dictionary (a second of a rebuild).
_known: dict[str, str] = {}


def lemma(word: str) -> str:
    found = _known.get(word)
    if found is None:
        found = _known[word] = lemmatize(word, lang="nl")
    return found


def known_lemmas() -> dict[str, str]:
    """Every word lemmatised so far (or remembered), with its lemma."""
    return dict(_known)


def lemma_count() -> int:
    """How many words are lemmatised so far (or remembered)."""
    return len(_known)


def lemmas_since(count: int) -> dict[str, str]:
    """The words lemmatised after the first `count` known ones."""
    return dict(islice(_known.items(), count, None))


def remember_lemmas(table: dict[str, str]) -> None:
    """Lemmas found before (read from the cache), so that they are not looked up again."""
    _known.update(table)


def lemma_weights(weights: dict[str, float], forms: dict[str, dict[str, int]]) -> dict[str, float]:
    """Stem weights keyed by the lemma of each stem's most frequent written form, merged per lemma."""
    merged: dict[str, float] = defaultdict(float)
    for stem, weight in weights.items():
        written = forms.get(stem) or {stem: 1}
        form = max(written.items(), key=lambda kv: (kv[1], kv[0]))[0]
        merged[lemma(form)] += weight
    return dict(merged)
