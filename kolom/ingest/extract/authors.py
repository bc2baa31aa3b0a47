"""Authors of one column: bylines, author boxes and attributions in reading order, then the bio's subject."""

from __future__ import annotations

from kolom.ingest.classify import Page


def find_authors(page: Page) -> list[str]:
    """Names from every byline-like line of the file, first seen first, without duplicates."""
    names: list[str] = []
    for j in page.units:
        if j.byline:
            for name in j.byline.names:
                if name not in names:
                    names.append(name)
    return names
