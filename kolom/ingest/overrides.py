"""User corrections that survive re-runs: a sidecar `<name>.yml` beside a raw file, and `authors.yml`.

Sidecar keys: any metadata field (title, subtitle, authors, date, publication, bio, website), and
`keep_lines` / `drop_lines` (1-based input line numbers) to force lines into or out of the body.
Both files are checked against a JSON Schema; every error names the file, the field and its line.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import ClassVar

import yaml
from jsonschema import Draft202012Validator

from kolom.corpus.authors import Author
from kolom.ingest.read import InputError
from kolom.model import Block, BlockType, Column, Reason, Removal

FIELDS = ("title", "subtitle", "authors", "date", "publication", "bio", "website")
LINE_KEYS = ("keep_lines", "drop_lines")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_YAML_BYTES = 1_000_000

_text = {"type": ["string", "null"], "minLength": 1, "maxLength": 2000}
_url = {"type": ["string", "null"], "pattern": r"^https?://[^\s<>\"'`\\{}|^]+$", "maxLength": 500}
_name = {"type": "string", "minLength": 1, "maxLength": 120}
_lines = {"type": "array", "items": {"type": "integer", "minimum": 1}, "maxItems": 100_000}
SIDECAR_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "title": _text,
        "subtitle": _text,
        "publication": _text,
        "bio": {**_text, "maxLength": 10_000},
        "authors": {"type": "array", "items": _name, "maxItems": 50},
        "date": {"type": ["string", "integer", "null"], "pattern": DATE_RE.pattern},
        "website": _url,
        "keep_lines": _lines,
        "drop_lines": _lines,
    },
}
REGISTRY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["name"],
        "properties": {
            "name": _name,
            "aliases": {"type": "array", "items": _name},
            "bio": {**_text, "maxLength": 10_000},
            "website": _url,
        },
    },
}
_HINTS = {
    "date": "een echte datum als JJJJ-MM-DD, JJJJ-MM of JJJJ",
    "website": "een adres dat begint met http:// of https://",
}
_TYPES = {"string": "tekst", "null": "leeg", "array": "lijst", "integer": "geheel getal", "object": "velden"}


def _dutch(error) -> str:
    """A schema error in words a user of the Dutch site reads."""
    kind, value, limit = error.validator, error.instance, error.validator_value
    if kind == "type":
        wanted = " of ".join(_TYPES.get(t, t) for t in ([limit] if isinstance(limit, str) else limit))
        return f"{value!r} moet {wanted} zijn"
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return f"onbekend veld {', '.join(map(repr, extra))}; toegestaan: {', '.join(error.schema['properties'])}"
    if kind == "required":
        return f"verplicht veld ontbreekt: {error.message.split()[0]}"
    if kind == "pattern":
        return f"{value!r} heeft niet de juiste vorm"
    if kind in ("minLength", "maxLength", "maxItems"):
        return f"lengte moet {'minstens' if kind.startswith('min') else 'hooguit'} {limit} zijn"
    if kind == "minimum":
        return f"{value!r} moet minstens {limit} zijn"
    return error.message


class _Loader(yaml.SafeLoader):
    """Safe YAML with no aliases (no 'billion laughs') and dates left as the text the user wrote."""

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise InputError(f"regel {mark.line + 1}: verwijzingen (*alias) zijn niet toegestaan")
        return super().compose_node(parent, index)


def _lines_of(node: yaml.Node | None) -> dict[tuple, int]:
    """The 1-based line of every value in the document, by its path of keys and indices."""
    found: dict[tuple, int] = {}

    def walk(n: yaml.Node, path: tuple) -> None:
        found[path] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                walk(v, (*path, k.value))
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                walk(v, (*path, i))

    if node is not None:
        walk(node, ())
    return found


def load_yaml(path: Path) -> tuple[object, dict[tuple, int]]:
    """Parse a YAML file into data and the line of each value; errors name the file and the line."""
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise InputError(f"{path.name}: groter dan {MAX_YAML_BYTES:,} bytes")
        loader = _Loader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            return (loader.construct_document(node) if node is not None else None), _lines_of(node)
        finally:
            loader.dispose()
    except InputError as exc:
        raise InputError(f"{path.name}: {exc}" if not str(exc).startswith(path.name) else str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"regel {mark.line + 1}" if mark else "onbekende regel"
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path.name}: kapotte YAML op {where}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path.name}: kan niet gelezen worden: {exc}") from None


def _real_date(value: str) -> bool:
    year, month, day = DATE_RE.match(value).groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _check(path: Path, data: object, lines: dict[tuple, int], schema: dict) -> None:
    """Raise one InputError listing every schema error, each with its field and line."""
    problems = []
    for error in sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path)):
        where = tuple(error.path)
        field = ".".join(str(p) for p in where) or "bestand"
        line = lines.get(where) or lines.get(where[:1]) or lines.get((), 1)
        hint = _HINTS.get(str(where[-1]) if where else "", "")
        detail = _dutch(error) + (f" (verwacht: {hint})" if hint else "")
        problems.append(f"regel {line}, veld '{field}': {detail}")
    date = data.get("date") if isinstance(data, dict) else None
    if isinstance(date, str) and DATE_RE.match(date) and not _real_date(date):
        problems.append(f"regel {lines.get(('date',), 1)}, veld 'date': '{date}' is geen echte datum")
    if problems:
        raise InputError(f"{path.name}: " + "; ".join(problems))


def load_sidecar(path: Path) -> dict:
    """The sidecar's settings, checked against the schema."""
    data, lines = load_yaml(path)
    data = {} if data is None else data
    if isinstance(data, dict):
        if isinstance(data.get("date"), int):
            data["date"] = str(data["date"])  # `date: 2016` is a year
        if isinstance(data.get("authors"), str):
            data["authors"] = [data["authors"]]  # one name for a list of one
    _check(path, data, lines, SIDECAR_SCHEMA)
    data["_lines"] = lines
    return data


def apply_sidecar(column: Column, data: dict, path: Path) -> None:
    """Set fields and force lines in or out; a set title is never marked derived.

    Raises InputError when a line number is past the end of the raw file.
    """
    numbers = [n for b in column.blocks for n in range(b.lines[0], b.lines[1] + 1)]
    last = max([*numbers, *(r.line for r in column.removed)], default=0)
    for key in LINE_KEYS:
        for i, n in enumerate(data.get(key) or []):
            if n > last:
                line = data["_lines"].get((key, i), 1)
                raise InputError(
                    f"{path.name}: regel {line}, veld '{key}': regel {n} bestaat niet "
                    f"(het bestand heeft {last} regels met tekst)"
                )
    for key in FIELDS:
        if key in data:
            setattr(column, key, data[key])
    if "title" in data:
        column.title_derived = False
    column.review = [d for d in column.review if d.field not in data]  # the user has settled these
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
    """authors.yml: a list of {name, aliases, bio, website}, checked against the schema."""
    if not path.exists():
        return []
    data, lines = load_yaml(path)
    data = [] if data is None else data
    _check(path, data, lines, REGISTRY_SCHEMA)
    return [Author(e["name"], list(e.get("aliases") or []), e.get("bio"), e.get("website")) for e in data]
