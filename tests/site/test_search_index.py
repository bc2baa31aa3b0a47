"""The background Pagefind job: a bundle for exactly the documents given, a clear error, no leftovers."""

from __future__ import annotations

import json

import pytest

from kolom.site.search_index import SearchIndex

DOC = '<html lang="nl"><body><h1 data-pagefind-meta="title">{0}</h1><p>{0} schrijft over klanten.</p></body></html>'


def test_the_bundle_indexes_exactly_the_documents(tmp_path):
    docs = {f"kolommen/k{i}/index.html": DOC.format(f"Kolom {i}") for i in range(3)}
    SearchIndex(docs).finish(tmp_path)
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["nl"]["page_count"] == 3
    assert (tmp_path / "pagefind" / "pagefind-ui.js").exists()


def test_a_failing_pagefind_run_is_an_error_that_says_so(tmp_path):
    with pytest.raises(RuntimeError, match="Pagefind failed"):
        SearchIndex({}).finish(tmp_path)
    assert not (tmp_path / "pagefind").exists()


def test_discard_stops_the_job_and_leaves_nothing_behind(tmp_path):
    index = SearchIndex({"a/index.html": DOC.format("A")})
    work = index._work
    index.discard()
    assert not work.exists()
