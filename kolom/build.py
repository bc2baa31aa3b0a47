"""The one build function the MkDocs plugin and the `kolom` commands share: raw/ to knowledge base and pages.

Unchanged input (the same raw files, sidecars, code and library versions) comes whole from the cache;
otherwise each column is cleaned and summarised through its own cache entries, so only what changed is
done again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kolom import knowledge, pipeline
from kolom.cache import Cache
from kolom.cache import key as cache_key
from kolom.knowledge import KnowledgeBase
from kolom.settings import DEFAULT
from kolom.site.pages import all_pages
from kolom.workers import collection_paused


@dataclass(frozen=True)
class Built:
    """A knowledge base, its site pages (path -> Markdown), and whether both came from the cache."""

    kb: KnowledgeBase
    pages: dict[str, str]
    cached: bool


def knowledge_base(raw: Path, store: Cache, progress: bool = False) -> Built:
    """Clean raw/, build the knowledge base and its pages, reusing every cached step."""
    key = cache_key("site", pipeline.fingerprint(raw), DEFAULT)
    if (built := store.get(key)) is not None:
        kb, pages = built
        return Built(kb, pages, cached=True)
    with collection_paused():  # as in each step: many objects that live on, without cycles
        kb = knowledge.build(pipeline.run(raw, progress=progress, store=store), store=store)
        pages = all_pages(kb)
    store.put(key, (kb, pages))
    return Built(kb, pages, cached=False)
