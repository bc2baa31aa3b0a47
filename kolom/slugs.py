"""URL slugs from titles: ASCII, lower case, hyphens; unique within a corpus."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_CHARS = 80


def slugify(text: str) -> str:
    """'Wat nou, ideeën?' -> 'wat-nou-ideeen'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG_CHARS].rstrip("-") or "kolom"


def unique(slug: str, taken: set[str]) -> str:
    """The slug, or the slug with the first free number appended."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
