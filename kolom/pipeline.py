"""The row of stages: read -> repair -> segment -> (corpus: recurring lines) -> clean -> corrections -> authors."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kolom.cache import Cache
from kolom.cache import key as cache_key
from kolom.corpus.authors import Author, merge_authors
from kolom.corpus.recurring import recurring_lines
from kolom.ingest.classify import normalise
from kolom.ingest.clean import clean_units
from kolom.ingest.overrides import apply_sidecar, load_registry, load_sidecar
from kolom.ingest.read import InputError, find_inputs, read_text
from kolom.ingest.repair import repair
from kolom.ingest.segment import Unit, segment
from kolom.model import Column, Problem
from kolom.settings import DEFAULT, Settings
from kolom.slugs import slugify, unique

REGISTRY_NAME = "authors.yml"
PARALLEL_MIN_FILES = 400


@dataclass
class Corpus:
    """The cleaned columns, the files that failed and why, and the author registry."""

    columns: list[Column] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    registry: list[Author] = field(default_factory=list)


def _load(path: Path, source: str) -> tuple[str, tuple[list[Unit], str] | str]:
    """Segmented units and a hash of the repaired text, or the problem."""
    try:
        text = repair(read_text(path))
        return source, (segment(text), hashlib.sha256(text.encode()).hexdigest())
    except InputError as exc:
        return source, str(exc)
    except Exception as exc:  # one unexpected file must never stop the others
        return source, f"could not be read: {type(exc).__name__}: {exc}"


def _clean(args: tuple[str, list[Unit], set[str], Settings]) -> Column | str:
    source, units, recurring, settings = args
    try:
        return clean_units(units, source, recurring, settings)
    except InputError as exc:
        return str(exc)
    except Exception as exc:  # one unexpected file must never stop the others
        return f"could not be cleaned: {type(exc).__name__}: {exc}"


def _map(fn, items: list, workers: int, progress: bool, what: str) -> Iterable:
    bar = dict(total=len(items), desc=what, unit="file", disable=not progress, leave=False)
    if workers > 1 and len(items) >= PARALLEL_MIN_FILES:
        with ProcessPoolExecutor(workers) as pool:
            yield from tqdm(pool.map(fn, *zip(*items, strict=True), chunksize=64), **bar)
    else:
        yield from tqdm((fn(*item) for item in items), **bar)


def run(
    input_dir: Path, settings: Settings = DEFAULT, progress: bool = False, workers: int | None = None
) -> Corpus:
    """Clean every `.txt` under input_dir; bad files become problems, the rest columns."""
    workers = workers or os.cpu_count() or 1
    corpus = Corpus()
    root = input_dir if input_dir.is_dir() else input_dir.parent
    paths = find_inputs(input_dir)
    loaded: dict[str, tuple[list[Unit], str]] = {}
    items = [(p, p.relative_to(root).as_posix()) for p in paths]
    for source, result in _map(_load, items, workers, progress, "lezen"):
        if isinstance(result, str):
            corpus.problems.append(Problem(source, result))
        else:
            loaded[source] = result
    recurring = recurring_lines((units for units, _ in loaded.values()), settings.classify)
    store = Cache.from_env()
    results: dict[str, Column | str] = {}
    keys: dict[str, str] = {}
    for source, (units, digest) in loaded.items():
        shared = sorted({normalise(u.text) for u in units} & recurring)
        keys[source] = cache_key("clean", source, digest, shared, settings)
        if (hit := store.get(keys[source])) is not None:
            results[source] = hit
    jobs = [((s, loaded[s][0], recurring, settings),) for s in loaded if s not in results]
    for (source, *_), result in zip(
        (j[0] for j in jobs), _map(_clean, jobs, workers, progress, "opschonen"), strict=True
    ):
        store.put(keys[source], result)
        results[source] = result
    for source, result in results.items():
        if isinstance(result, str):
            corpus.problems.append(Problem(source, result))
            continue
        sidecar = root / Path(source).with_suffix(".yml")
        if sidecar.exists():
            try:
                apply_sidecar(result, load_sidecar(sidecar))
            except InputError as exc:
                corpus.problems.append(Problem(source, str(exc)))
                continue
        corpus.columns.append(result)
    try:
        corpus.registry = load_registry(root / REGISTRY_NAME)
    except InputError as exc:
        corpus.problems.append(Problem(REGISTRY_NAME, str(exc)))
    merge_authors(corpus.columns, corpus.registry)
    taken: set[str] = set()
    for column in sorted(corpus.columns, key=lambda c: c.source):
        column.slug = unique(slugify(column.title or Path(column.source).stem), taken)
    corpus.columns.sort(key=lambda c: c.source)
    corpus.problems.sort(key=lambda p: p.source)
    return corpus


def write_json(corpus: Corpus, out_dir: Path) -> None:
    """`OUT_DIR/<input file stem>.json` for every column (the output contract)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for column in corpus.columns:
        target = out_dir / Path(column.source).with_suffix(".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(column.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
