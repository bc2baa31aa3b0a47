"""Worker processes never outlive kolom, however it ends."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
import weakref
from dataclasses import replace
from pathlib import Path

from kolom.pdf.render import WORK_PREFIX
from kolom.settings import DEFAULT
from kolom.workers import SHARD_COLLECT_EVERY, Shards, beside, collection_paused, sweep_stale

PARENT = """
import time
from kolom.workers import pool
with pool(2) as workers:
    futures = [workers.submit(time.sleep, 120) for _ in range(2)]
    time.sleep(0.5)
    print(*[p.pid for p in workers._processes.values()], flush=True)
    time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"


def test_pool_workers_die_when_kolom_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    children = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(children) == 2 and all(alive(pid) for pid in children)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10  # waiting for the kernel to deliver the signal, not timing kolom
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in children)


def test_work_folders_of_killed_builds_are_swept_and_live_ones_kept(tmp_path):
    dead = tmp_path / f"{WORK_PREFIX}999999999-abc"
    live = tmp_path / f"{WORK_PREFIX}{os.getpid()}-abc"
    for folder in (dead, live):
        (folder / "pages").mkdir(parents=True)
    sweep_stale(tmp_path, WORK_PREFIX)
    assert not dead.exists() and live.exists()


def test_work_beside_runs_in_a_second_process_only_when_asked():
    with beside(True) as run:
        there = run(os.getpid)
        assert there.result() != os.getpid()
    with beside(False) as run:
        assert run(os.getpid).result() == os.getpid()


def test_a_large_corpus_gets_the_same_knowledge_with_related_reading_ranked_beside(monkeypatch):
    from kolom import knowledge, pipeline
    from kolom.knowledge_json import export

    corpus = pipeline.run(Path(__file__).parent / "fixtures" / "series" / "raw", workers=1)
    alone = export(knowledge.build(corpus))
    beside_always = replace(DEFAULT, work=replace(DEFAULT.work, parallel_min_columns=1))
    spawned = []
    real = knowledge.beside

    def watched(parallel: bool):
        spawned.append(parallel)
        return real(parallel)

    monkeypatch.setattr(knowledge, "beside", watched)
    assert export(knowledge.build(corpus, beside_always)) == alone
    assert spawned == [True]


def _first(n: int) -> tuple[tuple[int, int], int]:
    return (n, os.getpid()), n * 10


def _second(kept: int | None, n: int) -> tuple[int | None, int]:
    return kept, os.getpid()


def test_shards_give_the_second_round_what_the_first_round_kept_in_the_same_process():
    with Shards(_first, _second, workers=2, min_parallel=1) as shards:
        first = dict(shards.first_round([(n, (n,)) for n in range(200)]))
        second = dict(shards.second_round([(n, (n,)) for n in [*range(0, 200, 3), 500]]))
    assert {pid for _, pid in first.values()} - {os.getpid()} and len({pid for _, pid in first.values()}) == 2
    for n in range(0, 200, 3):
        kept, pid = second[n]
        assert kept == n * 10 and pid == first[n][1]  # where it was read, with what was kept
    assert second[500][0] is None  # never in the first round: made afresh


def test_shards_stay_in_this_process_below_their_size():
    with Shards(_first, _second, workers=2, min_parallel=1000) as shards:
        first = dict(shards.first_round([(n, (n,)) for n in range(10)]))
        second = dict(shards.second_round([(n, (n,)) for n in range(10)]))
    assert {pid for _, pid in first.values()} == {os.getpid()}
    assert second[3] == (30, os.getpid())


def test_in_worker_processes_every_file_is_read_once_and_cleaned_as_in_one(monkeypatch, tmp_path):
    from kolom import pipeline

    raw = Path(__file__).parent / "fixtures" / "series" / "raw"
    alone = [c.to_json() for c in pipeline.run(raw, workers=1).columns]
    log = tmp_path / "read.log"
    real = pipeline._read

    def logged(path: Path, settings):
        with log.open("a") as out:  # appended by each worker process
            out.write(f"{path.name}\n")
        return real(path, settings)

    monkeypatch.setattr(pipeline, "_read", logged)
    shared = replace(DEFAULT, work=replace(DEFAULT.work, parallel_min_files=1))
    parallel = [c.to_json() for c in pipeline.run(raw, shared, workers=2).columns]
    assert parallel == alone
    names = log.read_text().split()
    assert sorted(names) == sorted({p.name for p in raw.glob("*.txt")})  # each once


def _dies(n: int) -> tuple[int, None]:
    if n == 7:
        os._exit(3)  # a worker killed mid-round (out of memory, a crash in a library)
    return n, None


def test_a_second_round_too_big_for_this_process_still_gets_what_the_first_round_kept_here():
    with Shards(_first, _second, workers=2, min_parallel=10) as shards:
        first = dict(shards.first_round([(n, (n,)) for n in range(4)]))  # few: read here
        second = dict(shards.second_round([(n, (n,)) for n in range(40)]))  # many: cleaned in workers
    assert {pid for _, pid in first.values()} == {os.getpid()}
    assert {pid for _, pid in second.values()} - {os.getpid()}
    assert [second[n][0] for n in range(4)] == [0, 10, 20, 30] and second[4][0] is None


def test_a_worker_that_dies_fails_the_round_instead_of_hanging_it():
    with Shards(_dies, _second, workers=2, min_parallel=1) as shards:
        try:
            list(shards.first_round([(n, (n,)) for n in range(20)]))
        except RuntimeError as exc:
            assert "ended unexpectedly" in str(exc)
        else:
            raise AssertionError("the round ended as if every item were done")


def _collects(n: int) -> tuple[tuple[bool, int, int], None]:
    class Cycle:
        pass

    before = gc.get_count()[0]
    for _ in range(SHARD_COLLECT_EVERY + 1):  # cyclic garbage: only the collector frees it
        a, b = Cycle(), Cycle()
        a.other, b.other = b, a
    return (gc.isenabled(), gc.get_threshold()[0], gc.get_count()[0] - before), None


def test_collection_is_paused_within_and_back_after_and_on_in_the_shards():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with Shards(_collects, _second, workers=2, min_parallel=1) as shards:
            found = [state for _, state in shards.first_round([(n, (n,)) for n in range(4)])]
    for enabled, threshold, grown in found:
        assert enabled and threshold == SHARD_COLLECT_EVERY  # rarely: a file's objects free themselves
        assert grown < SHARD_COLLECT_EVERY  # but it runs: cycles are collected
    assert gc.isenabled()
    try:
        with collection_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_pool_worker_collects_as_often_as_python_does():
    """Pools typeset PDFs, whose boxes are cycles: only the cleaning shards collect rarely."""
    from kolom.workers import pool

    with pool(1) as workers:
        assert workers.submit(gc.get_threshold).result()[0] == gc.get_threshold()[0] < SHARD_COLLECT_EVERY


def test_what_was_made_while_paused_joins_the_oldest_generation_and_its_cycles_are_still_collected():
    class Node:
        pass

    gc.collect()
    with collection_paused():
        kept = [Node() for _ in range(2000)]
        looped = Node()
        looped.me = looped  # a cycle: only the collector can free it
        gone = weakref.ref(looped)
        del looped
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(o) in oldest for o in kept)  # no young pass will go over them
    assert gone() is not None
    gc.collect()
    assert gone() is None


def _kept_list(n: int) -> tuple[tuple[int, int], list[int]]:
    return (gc.get_freeze_count(), os.getpid()), [n]  # a container the collector would track


def _frozen(kept: list[int] | None, n: int) -> tuple[int, int, bool]:
    return gc.get_freeze_count(), os.getpid(), gc.isenabled()


def test_what_a_shard_kept_from_its_first_round_is_left_out_of_its_collections_in_the_second():
    with Shards(_kept_list, _frozen, workers=2, min_parallel=1) as shards:
        first = dict(shards.first_round([(n, (n,)) for n in range(50)]))
        second = dict(shards.second_round([(n, (n,)) for n in range(50)]))
    before: dict[int, int] = {}
    for frozen, pid in first.values():
        before[pid] = max(before.get(pid, 0), frozen)
    for frozen, pid, enabled in second.values():
        assert enabled and frozen >= before[pid] + 25  # at least the lists its first round kept
