"""The background Pagefind job: a bundle for exactly the documents given (in parts when the site is
large), a clear error, no leftovers."""

from __future__ import annotations

import json

import pytest

from kolom.site.search_index import SearchIndex, chunk_size, part_bundles, parts

DOC = '<html lang="nl"><body><h1 data-pagefind-meta="title">{0}</h1><p>{0} schrijft over klanten.</p></body></html>'


def test_the_bundle_indexes_exactly_the_documents(tmp_path):
    docs = {f"kolommen/k{i}/index.html": DOC.format(f"Kolom {i}") for i in range(3)}
    SearchIndex([docs]).finish(tmp_path)
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["nl"]["page_count"] == 3
    assert (tmp_path / "pagefind" / "pagefind-ui.js").exists()


def test_a_failing_pagefind_run_is_an_error_that_says_so(tmp_path):
    with pytest.raises(RuntimeError, match="Pagefind failed"):
        SearchIndex([{}]).finish(tmp_path)
    assert not (tmp_path / "pagefind").exists()


def test_discard_stops_the_job_and_leaves_nothing_behind(tmp_path):
    index = SearchIndex([{"a/index.html": DOC.format("A")}])
    work = index._work
    index.discard()
    assert not work.exists()


def page_count(bundle) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return entry["languages"]["nl"]["page_count"]


def test_a_large_site_is_cut_into_parts_that_hold_every_page_once():
    docs = {f"kolommen/k{i}/index.html": DOC.format(f"Kolom {i}") for i in range(100)}
    assert len(parts(docs, 100)) == 1 and parts(docs, 100)[0] == docs
    cut = parts(docs, 30)
    assert len(cut) == 4 and all(10 <= len(part) <= 40 for part in cut)  # about 25 each
    assert sorted(p for part in cut for p in part) == sorted(docs)
    # a page keeps its part when other pages come and go, as long as the number of parts holds
    fewer = parts(dict(list(docs.items())[:95]), 30)
    assert all(path in part for part, other in zip(cut, fewer, strict=True) for path in other)


def test_each_part_is_a_bundle_inside_the_first(tmp_path):
    docs = {f"kolommen/k{i}/index.html": DOC.format(f"Kolom {i}") for i in range(9)}
    cut = parts(docs, 3)
    SearchIndex(cut, chunk_size(len(cut), 20_000)).finish(tmp_path)
    bundles = [tmp_path / "pagefind", *(tmp_path / b for b in part_bundles(len(cut)))]
    assert part_bundles(3) == ["pagefind/deel-2/", "pagefind/deel-3/"]
    assert [page_count(b) for b in bundles] == [len(part) for part in cut]


def test_parts_share_one_indexs_chunk_size():
    assert chunk_size(1, 20_000) is None  # one part: Pagefind's own default
    assert chunk_size(4, 20_000) == 5_000


def test_a_parts_chunk_size_reaches_pagefind(tmp_path):
    words = " ".join(f"woord{i}" for i in range(400))  # 400 locations: 4 chunks of 100, 1 of the default
    docs = {"kolommen/a/index.html": f'<html lang="nl"><body><h1>A</h1><p>{words}</p></body></html>'}
    SearchIndex([docs], 100).finish(tmp_path / "small")
    SearchIndex([docs]).finish(tmp_path / "default")
    assert len(list((tmp_path / "small" / "pagefind" / "index").iterdir())) >= 4
    assert len(list((tmp_path / "default" / "pagefind" / "index").iterdir())) == 1
