"""Worker processes and work folders that never outlive kolom: pools for parallel work, the parent-death
signal, and temporary folders that the next build sweeps when a build was killed outright."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as connection_wait
from pathlib import Path

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies, even by SIGKILL (elsewhere: nothing)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


# allocations between two passes of a shard's collector over its young objects (Python's own: 700). The
# objects a file is cleaned with form no cycles and are freed as it is done, so each pass only walks what
# lives on (caches, kept units); it still collects what cycles there are, less often. Not for the pools:
# a typesetter's boxes are cycles, and collected rarely they would pile up.
SHARD_COLLECT_EVERY = 100_000


def _worker_start() -> None:
    die_with_parent()
    gc.enable()  # whatever the caller paused: a worker collects its own garbage


def pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers end with kolom, however kolom ends."""
    return ProcessPoolExecutor(workers, initializer=_worker_start)


@contextmanager
def beside(parallel: bool) -> Iterator[Callable[..., Future]]:
    """Run work in one worker process beside this one when `parallel` (and there is a second core), else at
    once in this process; either way its result is a Future, and the worker ends with the block."""
    if not parallel or (os.cpu_count() or 1) < 2:

        def now(fn: Callable, *args: object) -> Future:
            done: Future = Future()
            done.set_result(fn(*args))
            return done

        yield now
        return
    with pool(1) as worker:
        yield worker.submit


def sweep_stale(parent: Path, prefix: str) -> None:
    """Remove the work folders of builds that were killed: their process no longer exists."""
    for folder in parent.glob(f"{prefix}*-*"):
        pid = folder.name.removeprefix(prefix).split("-")[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)


def work_folder(prefix: str) -> Path:
    """A new temporary folder named for this process, after sweeping those of killed builds."""
    parent = Path(tempfile.gettempdir())
    sweep_stale(parent, prefix)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


BATCH = 64  # items per message between a shard and the caller


def _serve(
    conn: Connection,
    first: Callable,
    second: Callable,
    items: list[tuple[Hashable, tuple]],
    kept: dict[Hashable, object],
) -> None:
    """A shard's process: the first round over its items, keeping what each left; then the second round over
    the items the caller sends, each with what the first round kept of it (None if it was not here)."""
    _worker_start()
    gc.set_threshold(SHARD_COLLECT_EVERY, *gc.get_threshold()[1:])

    def answer(work: list[tuple[Hashable, tuple]], step: Callable[[Hashable, tuple], object]) -> None:
        batch = []
        for name, args in work:
            batch.append((name, step(name, args)))
            if len(batch) == BATCH:
                conn.send(batch)
                batch = []
        conn.send(batch)
        conn.send(None)  # the round's end

    def first_step(name: Hashable, args: tuple) -> object:
        result, kept[name] = first(*args)
        return result

    answer(items, first_step)
    gc.freeze()  # what the first round kept lives until its second round: the collector need not go over it
    answer(conn.recv(), lambda name, args: second(kept.pop(name, None), *args))
    conn.close()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic garbage collection within: while many objects that live on are made (columns, their
    signatures, the corpus' line counts), the collector would go over them again and again, for cycles they
    do not have. What was made meanwhile then joins the oldest generation at once (a pass over the young
    ones would go over all of it); cycles among it are collected with that generation."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():  # (what another caller froze stays frozen)
                gc.freeze()
                gc.unfreeze()  # the frozen objects go back to the oldest generation
            gc.enable()


class Shards:
    """Work in two rounds, the second needing what the first found over all items: each worker process keeps
    what the first round made of its items (a file's units) for the second, so it is not made twice. Below
    `min_parallel` items in a round, or with one worker, the round runs in this process.

    `first(*args) -> (result, kept)` and `second(kept, *args) -> result` (kept is None for an item the
    first round did not see); items and results are (name, ...) pairs, results in the order done."""

    def __init__(self, first: Callable, second: Callable, workers: int, min_parallel: int) -> None:
        self.first, self.second = first, second
        self.workers, self.min_parallel = workers, min_parallel
        self.kept: dict[Hashable, object] = {}
        self.owner: dict[Hashable, int] = {}
        self.ends: list[Connection] = []
        self.processes: list[multiprocessing.Process] = []

    def _parallel(self, count: int) -> bool:
        return self.workers > 1 and count >= self.min_parallel

    def _start(self, items: list[tuple[Hashable, tuple]]) -> None:
        context = multiprocessing.get_context("fork")  # a shard inherits its items and functions: no pickling
        gc.freeze()  # what the shards inherit is never traversed by their collector (nor copied by it)
        try:
            self._fork(context, items)
        finally:
            gc.unfreeze()

    def _fork(
        self, context: multiprocessing.context.BaseContext, items: list[tuple[Hashable, tuple]]
    ) -> None:
        for k in range(self.workers):
            mine, theirs = context.Pipe()
            share = items[k :: self.workers]
            self.owner.update((name, k) for name, _ in share)
            process = context.Process(
                target=_serve, args=(theirs, self.first, self.second, share, self.kept), daemon=True
            )
            process.start()
            theirs.close()
            self.ends.append(mine)
            self.processes.append(process)

    def _gather(self) -> Iterator[tuple[Hashable, object]]:
        open_ends = list(self.ends)
        while open_ends:
            for end in connection_wait(open_ends):
                try:
                    batch = end.recv()
                except EOFError:
                    raise RuntimeError("a worker process ended unexpectedly (out of memory?)") from None
                if batch is None:
                    open_ends.remove(end)
                else:
                    yield from batch

    def first_round(self, items: list[tuple[Hashable, tuple]]) -> Iterator[tuple[Hashable, object]]:
        """Each item's first-round result."""
        if self._parallel(len(items)):
            self._start(items)
            yield from self._gather()
            return
        for name, args in items:
            result, self.kept[name] = self.first(*args)
            yield name, result

    def second_round(self, items: list[tuple[Hashable, tuple]]) -> Iterator[tuple[Hashable, object]]:
        """Each item's second-round result; an item whose first round ran elsewhere goes where that was kept."""
        if not self.processes and self._parallel(len(items)):
            self._start([])
            for _ in self._gather():  # the empty first round
                pass
        if not self.processes:
            for name, args in items:
                yield name, self.second(self.kept.pop(name, None), *args)
            return
        shares: list[list[tuple[Hashable, tuple]]] = [[] for _ in self.ends]
        for k, (name, args) in enumerate(items):
            shares[self.owner.get(name, k % len(shares))].append((name, args))
        for end, share in zip(self.ends, shares, strict=True):
            end.send(share)
        yield from self._gather()

    def close(self) -> None:
        """End the worker processes (at once if they are still working)."""
        for process in self.processes:
            if process.is_alive():
                process.kill()
            process.join()
        for end in self.ends:
            end.close()

    def __enter__(self) -> Shards:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
