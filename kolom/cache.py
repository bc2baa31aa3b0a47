"""A content-addressed cache for the expensive per-column steps (cleaning, summarising).

A key hashes everything the result depends on, kolom's own code and the versions of the libraries that
shape its output included, so a stale entry can never be read: change a raw file, its sidecar, the corpus
lines it shares, kolom itself, or upgrade ftfy, Material or WeasyPrint, and the key changes.

Entries are pickles signed with HMAC-SHA256 under a key of this user's, kept outside the cache folder
(`$XDG_CONFIG_HOME/kolom/cache.key`), so a crafted or edited entry is never unpickled: an entry that
fails its signature, or cannot be loaded for any reason, is a miss and is written again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import pickle
import re
import secrets
from contextlib import suppress
from functools import cache
from importlib import metadata
from importlib.resources import files
from pathlib import Path

DEFAULT_DIR = Path(".cache") / "kolom"
SIGNATURE_BYTES = 32
# Libraries that shape the output without being one of kolom's own requirements (these are all counted).
SHAPING_LIBRARIES = ("markdown", "pydyf", "tinycss2", "fonttools", "pagefind-bin")


@cache
def signing_key() -> bytes:
    """This user's cache key, made on first use; a key for this process only when it cannot be stored."""
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    path = home / "kolom" / "cache.key"
    with suppress(OSError):
        if path.is_file() and len(data := path.read_bytes()) >= SIGNATURE_BYTES:
            return data
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(SIGNATURE_BYTES))
        return path.read_bytes()
    return secrets.token_bytes(SIGNATURE_BYTES)


def _sign(data: bytes) -> bytes:
    return hmac.new(signing_key(), data, hashlib.sha256).digest()


def library_versions() -> list[tuple[str, str]]:
    """Name and installed version of every library kolom requires, and of those that shape its output."""
    try:
        required = metadata.requires("kolom") or []
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        required = []
    names = {re.match(r"[A-Za-z0-9_.\-]+", r).group().lower() for r in required if "extra ==" not in r}
    versions = []
    for name in sorted(names | set(SHAPING_LIBRARIES)):
        with suppress(metadata.PackageNotFoundError):
            versions.append((name, metadata.version(name)))
    return versions


@cache
def code_version() -> str:
    """A hash of kolom's own source and pattern files, and of the versions of the libraries it uses."""
    digest = hashlib.sha256(_libraries().encode())
    root = Path(str(files("kolom")))
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".css", ".html"):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def canonical(part: object) -> object:
    """The part in a form whose repr is the same in every process: sets sorted (their order follows the
    process's hash seed), dataclasses and sequences taken apart."""
    if dataclasses.is_dataclass(part) and not isinstance(part, type):
        fields = dataclasses.fields(part)
        return (type(part).__name__, *((f.name, canonical(getattr(part, f.name))) for f in fields))
    if isinstance(part, set | frozenset):
        return ("set", *sorted((canonical(p) for p in part), key=repr))
    if isinstance(part, list | tuple):
        return tuple(canonical(p) for p in part)
    if isinstance(part, dict):
        return ("dict", *sorted(((canonical(k), canonical(v)) for k, v in part.items()), key=repr))
    return part


def key(*parts: object) -> str:
    """The cache key of a result that depends on exactly these parts (and the code)."""
    return _key(code_version(), parts)


@cache
def _libraries() -> str:
    return repr(library_versions())


def content_key(*parts: object) -> str:
    """The cache key of a result that these parts and the libraries' versions determine whatever the rest of
    kolom's code is (a PDF: its HTML, stylesheet and typesetting code), so that it outlives other changes."""
    return _key(_libraries(), parts)


def _key(base: str, parts: tuple[object, ...]) -> str:
    digest = hashlib.sha256(base.encode())
    for part in parts:
        digest.update(b"\0" + (part if isinstance(part, bytes) else repr(canonical(part)).encode()))
    return digest.hexdigest()


class Cache:
    """Signed, pickled results in one file per key; disabled when the directory is None."""

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
            raw = self._path(k).read_bytes()
        except OSError:
            return None
        signature, data = raw[:SIGNATURE_BYTES], raw[SIGNATURE_BYTES:]
        if not hmac.compare_digest(signature, _sign(data)):
            return None
        try:
            return pickle.loads(data)
        except Exception:  # a signed entry from an older kolom that no longer loads: a miss
            return None

    def put(self, k: str, value: object) -> None:
        if self.directory is None:
            return
        path = self._path(k)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.write_bytes(_sign(data) + data)
            tmp.replace(path)
        except Exception:  # disk full, read-only, unpicklable: a miss next time, never a failed build
            tmp.unlink(missing_ok=True)


NO_CACHE = Cache(None)
