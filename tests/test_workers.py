"""Worker processes never outlive kolom, however it ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from kolom.pdf.render import WORK_PREFIX
from kolom.settings import DEFAULT
from kolom.workers import beside, sweep_stale

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
