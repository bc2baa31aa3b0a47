"""One name per author across the corpus: the registry's aliases, case variants and initials merged
(initials and a full name by `kolom.ingest.extract.names.same_person`, the rule a column uses too)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kolom.ingest.extract.names import initialled, name_key, same_person
from kolom.model import Column


@dataclass
class Author:
    """An author as the registry (authors.yml) or the corpus knows them."""

    name: str
    aliases: list[str] = field(default_factory=list)
    bio: str | None = None
    website: str | None = None


def canonical_names(columns: list[Column], registry: list[Author]) -> dict[str, str]:
    """Map every author string in the corpus to its canonical form."""
    mapping: dict[str, str] = {}
    for author in registry:
        for alias in [author.name, *author.aliases]:
            mapping[name_key(alias)] = author.name
    counts = Counter(name for c in columns for name in c.authors)
    by_key: dict[str, str] = {}
    # the most used spelling of a name; of two used as often, the one with its accents ('Yılmaz')
    for name in sorted(counts, key=lambda n: (-counts[n], n.casefold() == name_key(n))):
        by_key.setdefault(name_key(name), mapping.get(name_key(name), name))
    full = [n for n in by_key.values() if not initialled(n)]
    for key, name in list(by_key.items()):
        if initialled(name) and key not in mapping:
            matches = {f for f in full if same_person(name, f)}
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
            canonical = mapping.get(name_key(name), name)
            if canonical not in merged:
                merged.append(canonical)
        column.authors = merged
