"""Bytes to text: size and binary checks, encoding detection. Raw files are only ever read."""

from __future__ import annotations

import codecs
import os
import re
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from kolom.settings import DEFAULT, ReadSettings

CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
# UTF-32 first: its little-endian mark starts with UTF-16's
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(ValueError):
    """A file that cannot be cleaned; the message names the problem for the user."""


def find_inputs(root: Path) -> list[Path]:
    """Every `.txt` under root, recursively, in a stable order."""
    if root.is_file():
        return [root]
    return walk(root).texts


@dataclass
class FolderInputs:
    """What a folder holds, each list sorted: texts and YAML files (a link to a file counts as the file), and
    linked folders, which are not entered."""

    texts: list[Path] = field(default_factory=list)
    yaml: list[Path] = field(default_factory=list)
    linked: list[Path] = field(default_factory=list)
    # the texts and YAML files that are no link and were reached without following one: their place is
    # where they are found, inside the folder (a file not listed here may be a link: see where it leads)
    plain: frozenset[Path] = frozenset()


def walk(root: Path) -> FolderInputs:
    """The texts, YAML files and linked folders under root, in one pass over its folders (a folder that may
    not be read is skipped): the entries' own types, so a plain file costs no stat call."""
    texts: list[str] = []
    yaml: list[str] = []
    linked: list[str] = []
    plain: set[str] = set()
    folders = [str(root)]
    while folders:
        try:
            with os.scandir(folders.pop()) as scan:
                entries = list(scan)
        except PermissionError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            elif entry.is_symlink() and entry.is_dir():
                linked.append(entry.path)
            elif entry.name.endswith((".txt", ".yml")) and entry.is_file():
                (texts if entry.name.endswith(".txt") else yaml).append(entry.path)
                if not entry.is_symlink():
                    plain.add(entry.path)

    kept: list[Path] = []

    def paths(found: list[str]) -> list[Path]:  # in Path order (part by part), without comparing Paths
        made = []
        for name in sorted(found, key=lambda p: p.split(os.sep)):
            made.append(path := Path(name))
            if name in plain:
                kept.append(path)
        return made

    return FolderInputs(paths(texts), paths(yaml), paths(linked), frozenset(kept))


def relative_name(path: Path, root: Path) -> str:
    """A path under root as its name there ('map/x.txt'): cut from the string where the path is root joined
    with names, as `walk` makes them."""
    text, base = str(path), str(root)
    if text.startswith(base) and text[len(base) : len(base) + 1] == os.sep:
        return text[len(base) + 1 :].replace(os.sep, "/")
    return path.relative_to(root).as_posix()


def decode(data: bytes, settings: ReadSettings = DEFAULT.read) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else the detected legacy encoding."""
    if len(data) > settings.max_file_bytes:
        raise InputError(f"bestand is {len(data):,} bytes, meer dan de grens van {settings.max_file_bytes:,}")
    if not data.strip():
        raise InputError("bestand is leeg")
    wide = next((name for bom, name in WIDE_BOMS if data.startswith(bom)), None)
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise InputError(f"bestand begint als {wide.upper()} maar is niet te lezen") from None
    elif b"\x00" in data:
        raise InputError("bestand is binair (het bevat NUL-bytes), geen tekst")
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy(data, settings)
    text = text.removeprefix("\ufeff")
    controls = len(CONTROL_RE.findall(text))
    if controls > settings.max_control_char_ratio * len(text):
        raise InputError("bestand is binair (te veel stuurtekens), geen tekst")
    check_size(text, settings)
    return text


def _legacy(data: bytes, settings: ReadSettings) -> str:
    """Bytes in a legacy encoding: the Western European one when it defines them all, else the detected one
    (on a Dutch text detection cannot tell cp1252 from cp1250 or even cp932: a few accented letters and
    punctuation marks are all it has to go on)."""
    with suppress(UnicodeDecodeError):
        return data.decode(settings.legacy_encoding)
    best = from_bytes(data).best()
    if best is None:
        raise InputError("bestand is in geen enkele bekende tekencodering te lezen")
    return str(best)


def check_size(text: str, settings: ReadSettings = DEFAULT.read) -> None:
    """Raise when the text is beyond what one column can be: too many lines, words, or one endless line."""
    lines = text.count("\n") + 1
    if lines > settings.max_lines:
        raise InputError(f"bestand heeft {lines:,} regels; een kolom heeft er hooguit {settings.max_lines:,}")
    longest = max(map(len, text.splitlines()), default=0) if len(text) > settings.max_line_chars else 0
    if longest > settings.max_line_chars:
        raise InputError(
            f"bestand heeft een regel van {longest:,} tekens; hooguit {settings.max_line_chars:,} past bij een kolom"
        )
    words = len(text.split()) if len(text) > 2 * settings.max_words else 0  # a word and a space at least
    if words > settings.max_words:
        raise InputError(
            f"bestand heeft {words:,} woorden; een kolom heeft er hooguit {settings.max_words:,}"
        )


def read_text(path: Path, settings: ReadSettings = DEFAULT.read) -> str:
    """The decoded text of one input file; raises InputError with a clear message."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"kan niet gelezen worden: {exc.strerror or exc}") from None
    return decode(data, settings)
