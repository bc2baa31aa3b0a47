"""User corrections that survive re-runs: a sidecar `<name>.yml` beside a raw file, and `authors.yml`.

Sidecar keys: any metadata field (title, subtitle, authors, date, publication, bio, website), and
`keep_lines` / `drop_lines` (1-based input line numbers) to force lines into or out of the body.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kolom.corpus.authors import Author
from kolom.ingest.read import InputError
from kolom.model import Block, BlockType, Column, Reason, Removal

FIELDS = ("title", "subtitle", "authors", "date", "publication", "bio", "website")
LINE_KEYS = ("keep_lines", "drop_lines")


def load_yaml(path: Path) -> object:
    """Parse a YAML file; errors name the file and the line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "unknown line"
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path.name}: broken YAML at {where}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path.name}: cannot be read: {exc}") from None


def load_sidecar(path: Path) -> dict:
    """The sidecar's settings, checked against the known keys."""
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: expected a mapping of fields, found {type(data).__name__}")
    unknown = set(data) - set(FIELDS) - set(LINE_KEYS)
    if unknown:
        raise InputError(
            f"{path.name}: unknown keys {', '.join(sorted(unknown))}; allowed: {', '.join(FIELDS + LINE_KEYS)}"
        )
    if "authors" in data and isinstance(data["authors"], str):
        data["authors"] = [data["authors"]]
    for key in LINE_KEYS:
        if not all(isinstance(n, int) for n in data.get(key, []) or []):
            raise InputError(f"{path.name}: {key} must be a list of line numbers")
    if data.get("date") is not None:
        data["date"] = str(data["date"])
    return data


def apply_sidecar(column: Column, data: dict) -> None:
    """Set fields and force lines in or out; a set title is never marked derived."""
    for key in FIELDS:
        if key in data:
            setattr(column, key, data[key])
    if "title" in data:
        column.title_derived = False
    keep = set(data.get("keep_lines") or [])
    drop = set(data.get("drop_lines") or [])
    if drop:
        kept = []
        for block in column.blocks:
            if any(n in drop for n in range(block.lines[0], block.lines[1] + 1)):
                column.removed.append(Removal(block.lines[0], block.text, Reason.FORCED))
            else:
                kept.append(block)
        column.blocks = kept
    if keep:
        revived = [r for r in column.removed if r.line in keep]
        column.removed = [r for r in column.removed if r.line not in keep]
        column.blocks.extend(Block(BlockType.PARAGRAPH, r.text, (r.line, r.line)) for r in revived)
    column.blocks.sort(key=lambda b: b.lines[0])
    column.removed.sort(key=lambda r: r.line)


def load_registry(path: Path) -> list[Author]:
    """authors.yml: a list of {name, aliases, bio, website}."""
    if not path.exists():
        return []
    data = load_yaml(path) or []
    if not isinstance(data, list):
        raise InputError(f"{path.name}: expected a list of authors")
    authors = []
    for n, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise InputError(f"{path.name}: entry {n} needs a 'name'")
        authors.append(
            Author(entry["name"], list(entry.get("aliases") or []), entry.get("bio"), entry.get("website"))
        )
    return authors
