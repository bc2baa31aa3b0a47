"""A content-addressed cache for the expensive per-column steps (cleaning, summarising).

A key hashes everything the result depends on, kolom's own code included, so a stale entry can never be
read: change a raw file, its sidecar, the corpus lines it shares, or kolom itself, and the key changes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import cache
from importlib.resources import files
from pathlib import Path

DEFAULT_DIR = Path(".cache") / "kolom"


@cache
def code_version() -> str:
    """A hash of kolom's own source and pattern files."""
    digest = hashlib.sha256()
    root = Path(str(files("kolom")))
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".css", ".html"):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key(*parts: object) -> str:
    """The cache key of a result that depends on exactly these parts (and the code)."""
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        digest.update(b"\0" + (part if isinstance(part, bytes) else repr(part).encode()))
    return digest.hexdigest()


class Cache:
    """Pickled results in one file per key; disabled when the directory is None."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    @classmethod
    def from_env(cls) -> Cache:
        """$KOLOM_CACHE, else .cache/kolom; KOLOM_CACHE=off disables it."""
        value = os.environ.get("KOLOM_CACHE")
        return cls(None if value == "off" else Path(value) if value else DEFAULT_DIR)

    def _path(self, k: str) -> Path:
        return self.directory / k[:2] / k

    def get(self, k: str) -> object | None:
        if self.directory is None:
            return None
        try:
            return pickle.loads(self._path(k).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def put(self, k: str, value: object) -> None:
        if self.directory is None:
            return
        path = self._path(k)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)


NO_CACHE = Cache(None)
