"""Authors of one column: bylines, author boxes and attributions in reading order, then the bio's subject."""

from __future__ import annotations

from kolom.ingest.classify import Label, Page


def find_authors(page: Page) -> list[str]:
    """Names from the byline-like lines up to the first end-of-article marker after the body.

    What follows that marker (comments, related articles) names other people.
    """
    names: list[str] = []
    for i, j in enumerate(page.units):
        if i >= page.end and j.label is Label.END:
            break
        for name in j.byline.names if j.byline else []:
            if name not in names:
                names.append(name)
    return names
