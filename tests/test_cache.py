"""The build cache: a warm run gives exactly the cold run's output, and a changed input is never stale."""

from __future__ import annotations

import json
import shutil

from kolom import knowledge, pipeline
from kolom.cache import Cache
from tests.conftest import SEEDS_RAW


def snapshot(corpus, store: Cache) -> str:
    kb = knowledge.build(corpus, store=store)
    columns = [c.to_json() for c in corpus.columns]
    summaries = [(p.column.slug, p.summary, p.topics) for p in kb.columns]
    authors = [(a.name, a.terms, a.positions) for a in kb.authors]
    return json.dumps([columns, summaries, authors], ensure_ascii=False, sort_keys=True)


def test_warm_run_equals_cold_run_and_uncached_run(tmp_path):
    store = Cache(tmp_path / "cache")
    cold = snapshot(pipeline.run(SEEDS_RAW, workers=1, store=store), store)
    assert len(list((tmp_path / "cache").rglob("*/*"))) == 10  # 5 cleaned columns, 5 profiles
    warm = snapshot(pipeline.run(SEEDS_RAW, workers=1, store=store), store)
    none = Cache(None)
    assert cold == warm == snapshot(pipeline.run(SEEDS_RAW, workers=1, store=none), none)


def test_a_changed_raw_file_is_cleaned_again(tmp_path):
    store = Cache(tmp_path / "cache")
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    before = {c.source: c.title for c in pipeline.run(raw, workers=1, store=store).columns}
    target = raw / "004_0a603a36cfefcbd5.txt"
    target.write_text(
        target.read_text(encoding="utf-8").replace("Kleefkracht\n", "Plakkracht\n", 1), encoding="utf-8"
    )
    after = {c.source: c.title for c in pipeline.run(raw, workers=1, store=store).columns}
    assert (
        before["004_0a603a36cfefcbd5.txt"] == "Kleefkracht"
        and after["004_0a603a36cfefcbd5.txt"] == "Plakkracht"
    )
