"""The build cache: a warm run gives exactly the cold run's output, and a changed input is never stale."""

from __future__ import annotations

import json
import logging
import shutil
from types import SimpleNamespace

from kolom import knowledge, pipeline
from kolom.cache import Cache
from kolom.corpus import lemmas
from kolom.site.plugin import KolomPlugin
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
    assert len(entries) == 16  # 5 scanned files, 5 cleaned columns, 5 profiles, the lemmas looked up
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


def test_an_unchanged_site_comes_whole_from_the_cache(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.kolom")
    config = SimpleNamespace(
        config_file_path=str(tmp_path / "mkdocs.yml"),
        site_dir=str(tmp_path / "site"),
        theme=SimpleNamespace(dirs=[], custom_dir=None),
        extra_css=[],
    )
    built = []
    for _ in range(2):
        plugin = KolomPlugin()
        errors, _ = plugin.load_config({"raw": str(SEEDS_RAW), "cache": str(tmp_path / "cache")})
        assert not errors
        plugin.on_config(config)
        built.append(dict(plugin.pages))
    assert built[0] == built[1] and len(built[0]) > 5
    messages = [r.getMessage() for r in caplog.records if "columns" in r.getMessage()]
    assert "cleaned and summarised" in messages[0] and "from the cache" in messages[1]


class CountingCache(Cache):
    """A cache that counts its hits, so a test can tell a warm run from a run that recomputed."""

    def __init__(self, directory) -> None:
        super().__init__(directory)
        self.hits = 0

    def get(self, k: str) -> object | None:
        value = super().get(k)
        self.hits += value is not None
        return value


def test_a_warm_run_reads_every_entry_from_the_cache(tmp_path):
    store = CountingCache(tmp_path / "cache")
    snapshot(pipeline.run(SEEDS_RAW, workers=1, store=store), store)
    assert store.hits == 0
    snapshot(pipeline.run(SEEDS_RAW, workers=1, store=store), store)
    assert store.hits == 16


def test_a_rebuild_whose_words_are_known_never_loads_the_lemma_dictionary(tmp_path, monkeypatch):
    """simplemma's dictionary takes a second to load: a rebuild reads the lemmas it needs from the cache."""
    store = Cache(tmp_path / "cache")
    corpus = pipeline.run(SEEDS_RAW, workers=1, store=store)
    cold = snapshot(corpus, store)
    monkeypatch.setattr(lemmas, "_known", {})  # as in a new process

    def dictionary(*args, **kwargs):
        raise AssertionError("simplemma's dictionary was loaded")

    monkeypatch.setattr(lemmas, "lemmatize", dictionary)
    assert snapshot(corpus, store) == cold


class Payload:
    """Unpickling this would run code: it must never happen for an entry kolom did not sign."""

    def __reduce__(self):
        return (exec, ("import pathlib; pathlib.Path(__import__('os').environ['KOLOM_PWNED']).touch()",))


def test_edited_or_crafted_entries_are_misses_never_loaded_and_are_rewritten(tmp_path, monkeypatch):
    import pickle

    flag = tmp_path / "pwned"
    monkeypatch.setenv("KOLOM_PWNED", str(flag))
    store = Cache(tmp_path / "cache")
    expected = snapshot(pipeline.run(SEEDS_RAW, workers=1, store=store), store)
    entries = sorted((tmp_path / "cache").rglob("*/*"))
    flipped, crafted = entries[0], entries[1]
    data = bytearray(flipped.read_bytes())
    data[-5] ^= 0xFF
    flipped.write_bytes(bytes(data))
    crafted.write_bytes(bytes(32) + pickle.dumps(Payload()))
    again = CountingCache(tmp_path / "cache")
    assert snapshot(pipeline.run(SEEDS_RAW, workers=1, store=again), again) == expected
    assert not flag.exists()
    assert again.hits == 14  # the two damaged entries were misses ...
    assert Cache(tmp_path / "cache").get(crafted.name) is not None  # ... and were written again


def test_a_value_that_cannot_be_stored_is_a_miss_never_a_failed_build(tmp_path):
    store = Cache(tmp_path / "cache")
    nested: list = []
    for _ in range(100_000):  # deeper than pickle can recurse
        nested = [nested]
    store.put("k" * 64, nested)
    store.put("u" * 64, lambda: None)
    assert store.get("k" * 64) is None and store.get("u" * 64) is None
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_a_key_over_sets_is_the_same_in_every_process():
    """Sets print in an order that depends on each process's hash seed; the key must not."""
    import subprocess
    import sys

    program = (
        "from kolom.cache import key; from kolom.model import SiteLines; "
        "print(key('clean', SiteLines(frozenset({'menu', 'home', 'contact', 'lees ook', 'delen'}))))"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(keys) == 1


def test_upgrading_a_library_that_shapes_the_output_changes_every_key(monkeypatch):
    from importlib import metadata

    from kolom import cache

    names = [name for name, _ in cache.library_versions()]
    assert {"ftfy", "mkdocs-material", "weasyprint", "pagefind-bin", "babel", "sentencex"} <= set(names)
    before = cache.key("clean", "same input"), cache.content_key("pdf", "same input")
    real = metadata.version

    def forget() -> None:
        cache.code_version.cache_clear()
        cache._libraries.cache_clear()

    monkeypatch.setattr(metadata, "version", lambda n: "99.0" if n == "weasyprint" else real(n))
    forget()
    try:
        after = cache.key("clean", "same input"), cache.content_key("pdf", "same input")
        assert after[0] != before[0] and after[1] != before[1]
    finally:
        monkeypatch.undo()
        forget()
    assert (cache.key("clean", "same input"), cache.content_key("pdf", "same input")) == before
