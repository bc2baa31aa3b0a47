"""One name per author across the corpus: the registry's aliases, case variants and initials merged."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kolom.model import Column

INITIALS_RE = re.compile(r"^((?:[A-ZÀ-Þ]\.\s?)+)\s*(.+)$")


@dataclass
class Author:
    """An author as the registry (authors.yml) or the corpus knows them."""

    name: str
    aliases: list[str] = field(default_factory=list)
    bio: str | None = None
    website: str | None = None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().lower()


def _surname_and_initial(name: str) -> tuple[str, str] | None:
    m = INITIALS_RE.match(name)
    if m:
        return _key(m.group(2)), m.group(1)[0].lower()
    parts = name.split()
    return (_key(" ".join(parts[1:])), parts[0][0].lower()) if len(parts) >= 2 else None


def canonical_names(columns: list[Column], registry: list[Author]) -> dict[str, str]:
    """Map every author string in the corpus to its canonical form."""
    mapping: dict[str, str] = {}
    for author in registry:
        for alias in [author.name, *author.aliases]:
            mapping[_key(alias)] = author.name
    counts = Counter(name for c in columns for name in c.authors)
    by_key: dict[str, str] = {}
    for name, _ in counts.most_common():
        by_key.setdefault(_key(name), mapping.get(_key(name), name))
    full = [n for n in by_key.values() if not INITIALS_RE.match(n)]
    for key, name in list(by_key.items()):
        if INITIALS_RE.match(name) and key not in mapping:
            target = _surname_and_initial(name)
            matches = {f for f in full if _surname_and_initial(f) == target}
            if len(matches) == 1:
                by_key[key] = matches.pop()
    mapping.update(by_key)
    return mapping


def merge_authors(columns: list[Column], registry: list[Author]) -> None:
    """Rewrite each column's authors to canonical names, without duplicates."""
    mapping = canonical_names(columns, registry)
    for column in columns:
        merged: list[str] = []
        for name in column.authors:
            canonical = mapping.get(_key(name), name)
            if canonical not in merged:
                merged.append(canonical)
        column.authors = merged
