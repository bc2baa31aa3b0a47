"""Related reading: for each column, the columns nearest in subject, found without comparing every pair.

A column's subject is its most distinctive words (TF-IDF against the corpus), lemmatised ('klanten' and
'klant' are one term). A MinHash LSH forest over
those term sets proposes the nearest few for each column in sub-linear time; the proposals are ranked by
the summed weight of the terms they share. An author's own columns (at most a fixed number) are ranked
the same way for "Meer van". Copies are not in the corpus given here, so never proposed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kolom.settings import DEFAULT, RelatedSettings


def preload() -> None:
    """Load datasketch (and SciPy with it, most of a second) ahead of ranking, e.g. while the profiles are read."""
    import datasketch  # noqa: F401


def nearest(
    terms: Sequence[dict[str, float]], authors: Sequence[Sequence[str]], s: RelatedSettings = DEFAULT.related
) -> tuple[list[list[int]], list[list[int]]]:
    """Per column (by index): the related columns, and the same author's columns nearest in subject.

    `terms` maps each column's distinctive stems to their weight; `authors` lists each column's authors.
    """
    n = len(terms)
    related: list[list[int]] = [[] for _ in range(n)]
    same_author: list[list[int]] = [[] for _ in range(n)]
    if n < 2:
        return related, same_author
    from datasketch import MinHash, MinHashLSHForest  # when needed: it loads SciPy

    sets = [[t.encode() for t in column] or [b""] for column in terms]
    hashes = MinHash.bulk(sets, num_perm=s.minhash_permutations, seed=2)
    forest = MinHashLSHForest(num_perm=s.minhash_permutations)
    for i, h in enumerate(hashes):
        forest.add(i, h)
    forest.index()
    by_author: dict[str, list[int]] = {}
    for i, names in enumerate(authors):
        for name in names:
            by_author.setdefault(name, []).append(i)
    shared = SharedWeight(terms)
    for i, h in enumerate(hashes):
        related[i] = shared.best(i, set(forest.query(h, s.candidates)), s.related_columns)
        own = {j for name in authors[i] for j in by_author[name][: s.same_author_candidates]}
        same_author[i] = shared.best(i, own, s.same_author_columns)
    return related, same_author


class SharedWeight:
    """The term weight two columns share (per shared term the smaller weight, summed in the order of the
    first column's terms), for one column against many candidates at once: every column's terms sit in
    one sorted array of (column, term) keys that the candidates' keys are looked up in."""

    def __init__(self, terms: Sequence[dict[str, float]]) -> None:
        ids: dict[str, int] = {}
        self._ids = [
            np.array([ids.setdefault(t, len(ids)) for t in column], dtype=np.int64) for column in terms
        ]
        self._weights = [np.array(list(column.values()), dtype=np.float64) for column in terms]
        self._span = max(1, len(ids))
        keys, weights = [], []
        for row, (col_ids, col_weights) in enumerate(zip(self._ids, self._weights, strict=True)):
            order = np.argsort(col_ids)
            keys.append(row * self._span + col_ids[order])
            weights.append(col_weights[order])
        self._keys = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
        self._key_weights = np.concatenate(weights) if weights else np.zeros(0)

    def best(self, i: int, candidates: set[int], count: int) -> list[int]:
        """The candidates that share most term weight with column i (none that share nothing), best first."""
        rest = candidates - {i}
        mine = self._ids[i]
        if not rest or not len(mine):
            return []
        others = np.fromiter(rest, dtype=np.int64, count=len(rest))
        others.sort()
        wanted = others[:, None] * self._span + mine[None, :]
        at = np.minimum(np.searchsorted(self._keys, wanted), len(self._keys) - 1)
        pairs = np.minimum(self._key_weights[at], self._weights[i][None, :])
        pairs[self._keys[at] != wanted] = 0.0
        # a running sum adds in the order of column i's terms, as a plain sum over them would
        totals = np.cumsum(pairs, axis=1)[:, -1]
        order = np.argsort(-totals, kind="stable")[:count]  # ties: the lower index first
        return [int(others[k]) for k in order if totals[k] > 0]
