"""Worker processes that never outlive kolom: pools for parallel work, and the parent-death signal."""

from __future__ import annotations

import ctypes
import ctypes.util
import signal
import sys
from concurrent.futures import ProcessPoolExecutor

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
