"""Bytes to text: size and binary checks, encoding detection. Raw files are only ever read."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from kolom.settings import DEFAULT, ReadSettings

CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


class InputError(ValueError):
    """A file that cannot be cleaned; the message names the problem for the user."""


def find_inputs(root: Path) -> list[Path]:
    """Every `.txt` under root, recursively, in a stable order."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.txt") if p.is_file())


def decode(data: bytes, settings: ReadSettings = DEFAULT.read) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else the detected legacy encoding."""
    if len(data) > settings.max_file_bytes:
        raise InputError(f"file is {len(data):,} bytes, over the limit of {settings.max_file_bytes:,}")
    if not data.strip():
        raise InputError("file is empty")
    if b"\x00" in data:
        raise InputError("file is binary (it holds NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("file cannot be decoded as text in any known encoding") from None
        text = str(best)
    controls = len(CONTROL_RE.findall(text))
    if controls > settings.max_control_char_ratio * len(text):
        raise InputError("file is binary (too many control characters), not text")
    return text


def read_text(path: Path, settings: ReadSettings = DEFAULT.read) -> str:
    """The decoded text of one input file; raises InputError with a clear message."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}") from None
    return decode(data, settings)
