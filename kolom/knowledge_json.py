"""The knowledge model as one JSON document (`kolom knowledge RAW --json OUT.json`): what the site shows.

Authors in the order of the authors index, columns newest first as on the archive page, topics in the
order of the topics page. Column references are slugs (`docs/kolommen/<slug>.md` on the site); a
republished copy appears only under its original's `copies`, by source file.
"""

from __future__ import annotations

from typing import Any

from kolom.knowledge import KnowledgeBase


def export(kb: KnowledgeBase) -> dict[str, Any]:
    """The knowledge base as plain data (see the README for each field)."""
    return {
        "authors": [
            {
                "name": a.name,
                "slug": a.slug,
                "bio": a.bio,
                "period": None if a.period == "onbekend" else a.period,
                "publications": a.publications,
                "columns": [c.column.slug for c in a.columns],
                "themes": list(a.terms),
                "positions": [{"text": p, "column": a.position_pages.get(p)} for p in a.positions],
            }
            for a in kb.authors
        ],
        "columns": [
            {
                "slug": p.column.slug,
                "source": p.column.source,
                "title": p.column.title,
                "title_derived": p.column.title_derived,
                "authors": list(p.column.authors),
                "date": p.column.date,
                "summary": p.summary or None,
                "topics": list(p.topics),
                "related": list(p.related),
                "duplicate_of": p.column.duplicate_of,
                "copies": [c.source for c in p.copies],
            }
            for p in kb.columns
        ],
        "topics": [
            {"name": name, "columns": [p.column.slug for p in pages]} for name, pages in kb.topics().items()
        ],
    }
