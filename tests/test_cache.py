"""The build cache: a warm run gives exactly the cold run's output, and a changed input is never stale."""

from __future__ import annotations

import json
import logging
import shutil
from types import SimpleNamespace

from kolom import knowledge, pipeline
from kolom.cache import Cache
from kolom.site import hook
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
    entries = list((tmp_path / "cache").rglob("*/*"))
    assert len(entries) == 20  # 5 scanned files, 5 cleaned columns, 5 profiles, 5 authors' positions
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


def test_fingerprint_changes_with_every_file_the_pipeline_reads(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    seen = {pipeline.fingerprint(raw)}
    assert pipeline.fingerprint(raw) in seen  # stable
    text = raw / "004_0a603a36cfefcbd5.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\nNog een zin.\n", encoding="utf-8")
    seen.add(pipeline.fingerprint(raw))
    text.with_suffix(".yml").write_text("title: Plakkracht\n", encoding="utf-8")
    seen.add(pipeline.fingerprint(raw))
    (raw / "authors.yml").write_text("- name: Leen Zevenbergen\n", encoding="utf-8")
    seen.add(pipeline.fingerprint(raw))
    (raw / "sub").mkdir()
    (raw / "sub" / "nieuw.txt").write_text("Een nieuwe kolom.\n", encoding="utf-8")
    seen.add(pipeline.fingerprint(raw))
    assert len(seen) == 5


def test_an_unchanged_site_comes_whole_from_the_cache(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.kolom")
    monkeypatch.setenv("KOLOM_RAW", str(SEEDS_RAW))
    monkeypatch.setenv("KOLOM_CACHE", str(tmp_path / "cache"))
    config = SimpleNamespace(extra={}, config_file_path=str(tmp_path / "mkdocs.yml"))
    built = []
    for _ in range(2):
        hook.on_config(config)
        built.append(dict(hook._state["pages"]))
    assert built[0] == built[1] and len(built[0]) > 5
    messages = [r.getMessage() for r in caplog.records if "columns" in r.getMessage()]
    assert "cleaned and summarised" in messages[0] and "from the cache" in messages[1]
