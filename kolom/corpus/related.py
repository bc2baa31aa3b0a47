"""Related reading: for each column, the columns nearest in subject, found without comparing every pair.

A column's subject is its most distinctive words (TF-IDF against the corpus), lemmatised ('klanten' and
'klant' are one term). A MinHash LSH forest over
those term sets proposes the nearest few for each column in sub-linear time; the proposals are ranked by
the summed weight of the terms they share. An author's own columns (at most a fixed number) are ranked
the same way for "Meer van". Copies are not in the corpus given here, so never proposed.
"""

from __future__ import annotations

from collections.abc import Sequence

from kolom.settings import DEFAULT, RelatedSettings


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
    for i, h in enumerate(hashes):
        related[i] = _best(i, set(forest.query(h, s.candidates)), terms, s.related_columns)
        own = {j for name in authors[i] for j in by_author[name][: s.same_author_candidates]}
        same_author[i] = _best(i, own, terms, s.same_author_columns)
    return related, same_author


def _best(i: int, candidates: set[int], terms: Sequence[dict[str, float]], count: int) -> list[int]:
    """The candidates that share most term weight with column i (none that share nothing), best first."""
    mine = terms[i]
    scored = [
        (sum(min(w, terms[j][t]) for t, w in mine.items() if t in terms[j]), j) for j in candidates - {i}
    ]
    return [j for w, j in sorted(scored, key=lambda wj: (-wj[0], wj[1])) if w > 0][:count]
