"""Republished columns: the same text on several sites, each copy with its own debris, quotes, date and bio.

Each column's body is normalised (accents, quotes, case, punctuation and whitespace folded) and cut into
word shingles; MinHash with locality-sensitive hashing (rensa) proposes pairs without comparing every pair, and a
pair is a copy when the shingles of the shorter body are mostly found in the longer one (a paragraph added
or cut leaves that share high). Copies of copies form one group; its original is the earliest dated
column, else the most complete, and every other member points to it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rensa import RMinHash, RMinHashLSH

from kolom.model import Column
from kolom.settings import DEFAULT, CopySettings

# after folding to ASCII: a word's bytes stay, every other byte separates words (as `\w+` would)
_SEPARATE = bytes(b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 0 for b in range(256))
_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
_POWERS = np.ones(1, np.uint64)  # _BASE**k, grown as longer texts come
_INVERSES = np.ones(1, np.uint64)  # _BASE**-k
_MIX = np.uint64(0xFF51AFD7ED558CCD)
_MULTIPLIER = np.uint64(1_000_003)


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The powers of _BASE and of its inverse modulo 2**64, at least n of each (computed once per length)."""
    global _POWERS, _INVERSES
    if len(_POWERS) < n:
        size = max(n, 2 * len(_POWERS))
        one = np.ones(1, np.uint64)
        _POWERS = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE), dtype=np.uint64)))  # wraps
        inverse = np.uint64(pow(int(_BASE), -1, 1 << 64))
        _INVERSES = np.concatenate((one, np.cumprod(np.full(size - 1, inverse), dtype=np.uint64)))
    return _POWERS, _INVERSES


def word_hashes(text: str) -> np.ndarray:
    """A hash of each word of the text, folded to ASCII without accents, quotes, case or punctuation
    ('Café,' and 'cafe' alike): each word's bytes as a polynomial, all words at once."""
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").translate(_SEPARATE)
    chars = np.frombuffer(plain, np.uint8)
    edges = np.flatnonzero(np.diff(chars != 0, prepend=False, append=False))
    starts, ends = edges[::2], edges[1::2]  # each word's [start, end)
    powers, inverses = _powers(len(chars) + 1)
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(chars * inverses[: len(chars)], dtype=np.uint64)))
    found = (prefix[ends] - prefix[starts]) * powers[ends - 1]  # sum of byte * B**(end - 1 - position)
    found ^= found >> np.uint64(33)  # mixed, so that words alike in their last bytes differ in all bits
    found *= _MIX
    return found ^ (found >> np.uint64(33))


def shingles(column: Column, size: int) -> np.ndarray:
    """Hashes of every run of `size` words, sorted and unique: each word hashed once, runs combined as a
    polynomial."""
    words = word_hashes(" ".join(b.content for b in column.blocks))
    count = max(1, len(words) - size + 1)
    if len(words) < size:
        words = np.pad(words, (0, size - len(words)))
    combined = np.zeros(count, np.uint64)
    for k in range(size):  # wraps modulo 2**64: a hash, not a number
        combined = combined * _MULTIPLIER + words[k : k + count]
    ordered = np.sort((combined >> np.uint64(32)).astype(np.uint32))  # the well-mixed high half
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]  # np.unique, without its overhead


@dataclass(frozen=True)
class CopyGroup:
    """One column published more than once: the original's source and its copies' sources."""

    original: str
    copies: tuple[str, ...]


def _original(members: list[Column]) -> Column:
    """The earliest dated member, else the most complete one (most words), then by file name."""
    dated = [c for c in members if c.date]
    if dated:
        return min(dated, key=lambda c: (c.date, -sum(len(b.text) for b in c.blocks), c.source))
    return min(members, key=lambda c: (-sum(len(b.text) for b in c.blocks), c.source))


# a column's shingle hashes, sorted, as the bytes of their array (a worker ships them in one piece, not as an
# array object), and their MinHash
Signature = tuple[bytes, RMinHash]


def signature(column: Column, s: CopySettings = DEFAULT.copies) -> Signature:
    """A column's shingle hashes and their MinHash (made where the column is cleaned)."""
    found = shingles(column, s.shingle_words)
    minhash = RMinHash(s.minhash_permutations, seed=1)
    minhash.update(found.view("V4").tolist())  # each shingle's hash as the 4 bytes it is
    return found.tobytes(), minhash


def _contained(a: np.ndarray, b: np.ndarray, s: CopySettings) -> bool:
    """Whether most shingles of the shorter body are in the longer one."""
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared >= s.min_containment * min(len(a), len(b))


class CopyFinder:
    """Copies found while the columns come in: each signature is looked up among those added before it (LSH
    proposes, the shingles decide) and then added; `groups` reads the result for the columns kept."""

    def __init__(self, s: CopySettings = DEFAULT.copies) -> None:
        self.s = s
        self.lsh = RMinHashLSH(s.candidate_jaccard, s.minhash_permutations, s.lsh_bands)
        self.sources: list[str] = []  # in the order added: the LSH's keys
        self.sets: dict[str, np.ndarray] = {}
        self.pairs: list[tuple[str, str]] = []  # sources of two columns that share their text

    def add(self, source: str, signed: Signature) -> None:
        found, minhash = signed
        mine = self.sets[source] = np.frombuffer(found, np.uint32)
        for k in self.lsh.query(minhash):
            other = self.sources[k]
            if _contained(mine, self.sets[other], self.s):
                self.pairs.append((other, source))
        self.lsh.insert(len(self.sources), minhash)
        self.sources.append(source)

    def groups(self, columns: Sequence[Column]) -> list[CopyGroup]:
        """Groups of these columns that are one text published more than once."""
        parent = {c.source: c.source for c in columns}

        def root(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in self.pairs:
            if a in parent and b in parent:
                parent[root(b)] = root(a)
        members: dict[str, list[Column]] = {}
        for column in columns:
            members.setdefault(root(column.source), []).append(column)
        result = []
        for group in members.values():
            if len(group) > 1:
                original = _original(group)
                mine = self.sets[original.source]
                # chains of near pairs never join columns that do not share the original's text
                copies = tuple(
                    sorted(
                        c.source
                        for c in group
                        if c is not original and _contained(mine, self.sets[c.source], self.s)
                    )
                )
                if copies:
                    result.append(CopyGroup(original.source, copies))
        return sorted(result, key=lambda g: g.original)


def find_copies(
    columns: Sequence[Column], s: CopySettings = DEFAULT.copies, signed: Sequence[Signature] | None = None
) -> list[CopyGroup]:
    """Groups of columns that are one text published more than once (`signed`: their signatures, if made)."""
    finder = CopyFinder(s)
    for column, sign in zip(
        columns, signed if signed is not None else [signature(c, s) for c in columns], strict=True
    ):
        finder.add(column.source, sign)
    return finder.groups(columns)
