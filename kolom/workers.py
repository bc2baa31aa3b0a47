"""Worker processes and work folders that never outlive kolom: pools for parallel work, the parent-death
signal, and temporary folders that the next build sweeps when a build was killed outright."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies, even by SIGKILL (elsewhere: nothing)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers end with kolom, however kolom ends."""
    return ProcessPoolExecutor(workers, initializer=die_with_parent)


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
