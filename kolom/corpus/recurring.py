"""Lines that recur in several files of the corpus are site furniture (as in CCNet's line deduplication)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kolom.ingest.classify import normalise
from kolom.ingest.segment import Unit
from kolom.settings import DEFAULT, ClassifySettings


def line_keys(units: list[Unit], s: ClassifySettings = DEFAULT.classify) -> frozenset[str]:
    """The normalised short lines of one file: what recurrence is counted on."""
    return frozenset(normalise(u.text) for u in units if u.words <= s.recurring_max_words)


def recurring_lines(files: Iterable[frozenset[str]], s: ClassifySettings = DEFAULT.classify) -> set[str]:
    """Normalised short lines found in at least `recurring_min_files` different files."""
    counts: Counter[str] = Counter()
    for keys in files:
        counts.update(keys)
    return {text for text, n in counts.items() if n >= s.recurring_min_files and text}
