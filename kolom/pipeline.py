"""The row of stages: read -> repair -> segment -> (corpus: recurring lines) -> clean -> corrections -> authors."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kolom.cache import NO_CACHE, Cache
from kolom.cache import key as cache_key
from kolom.corpus.authors import Author, merge_authors
from kolom.corpus.copies import CopyFinder, Signature, signature
from kolom.corpus.recurring import LineHolders, LineKeys, furniture, line_keys
from kolom.ingest.clean import clean_units
from kolom.ingest.overrides import apply_sidecar, load_registry, load_sidecar
from kolom.ingest.read import FolderInputs, InputError, find_inputs, read_text, relative_name, walk
from kolom.ingest.repair import repair
from kolom.ingest.segment import Unit, segment
from kolom.model import Column, Problem, SiteLines
from kolom.settings import DEFAULT, Settings
from kolom.slugs import slugify, unique
from kolom.workers import Shards, collection_paused

REGISTRY_NAME = "authors.yml"
MAX_NAME_BYTES = 255  # of the `<stem>.json` the contract writes, the limit of common file systems


@dataclass
class Corpus:
    """The cleaned columns, the files that failed and why, and the author registry."""

    columns: list[Column] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    registry: list[Author] = field(default_factory=list)


def _read(path: Path, settings: Settings) -> tuple[list[Unit], str]:
    """The file's units and a hash of its repaired text."""
    text = repair(read_text(path, settings.read))
    return segment(text, settings.segment), hashlib.sha256(text.encode()).hexdigest()


def _scan_key(path: Path, settings_key: str, store: Cache) -> str:
    """The cache key of a file's phase-1 result: its bytes ('' without a cache or when it cannot be read)."""
    if store.directory is not None:
        with suppress(OSError):  # an unreadable file is reported by _read
            return cache_key("scan", hashlib.sha256(path.read_bytes()).digest(), settings_key)
    return ""


def _scan(
    path: Path, settings: Settings, store: Cache, key: str
) -> tuple[tuple[str, LineKeys] | str, list[Unit] | None]:
    """Round 1: the text's hash and its normalised short lines, or the problem (cached by bytes); and the
    file's units, which its worker keeps for round 2."""
    units = None
    try:
        units, digest = _read(path, settings)
        result: tuple[str, LineKeys] | str = (
            digest,
            line_keys(units, settings.classify),
        )
    except InputError as exc:
        result = str(exc)
    except Exception as exc:  # one unexpected file must never stop the others
        result = f"kon niet gelezen worden: {type(exc).__name__}: {exc}"
    if key:
        store.put(key, result)
    return result, units


def _clean(
    units: list[Unit] | None,
    path: Path,
    source: str,
    site: SiteLines,
    settings: Settings,
    store: Cache,
    key: str,
) -> tuple[Column, Signature] | str:
    """Round 2: clean the file's units (read again if round 1 found it in the cache), sign the column for
    copy detection while it is at hand, cache it."""
    try:
        column = clean_units(units if units is not None else _read(path, settings)[0], source, site, settings)
        result: tuple[Column, Signature] | str = (column, signature(column, settings.copies))
    except InputError as exc:
        result = str(exc)
    except Exception as exc:  # one unexpected file must never stop the others
        result = f"kon niet opgeschoond worden: {type(exc).__name__}: {exc}"
    store.put(key, result)
    return result


def _progress(results: Iterable, total: int, progress: bool, what: str) -> Iterable:
    return tqdm(results, total=total, desc=what, unit="file", disable=not progress, leave=False)


def _clean_all(
    corpus: Corpus,
    sources: dict[str, Path],
    root: Path,
    sidecars: set[str],
    settings: Settings,
    store: Cache,
    shards: Shards,
    progress: bool,
) -> CopyFinder:
    """Read every file (round 1), find the lines its site repeats, clean it (round 2): columns and problems
    into the corpus, in the folder's order, each with its sidecar if `sidecars` names one ('map/x.yml');
    returns the copies found among the columns as they came in."""
    scanned: dict[str, tuple[str, LineKeys]] = {}
    found: list[tuple[str, tuple[str, LineKeys] | str]] = []
    items = []
    settings_key = cache_key("settings", settings)
    for source, path in sources.items():  # cache hits read here: cheaper than shipping them from workers
        key = _scan_key(path, settings_key, store)
        if key and (hit := store.get(key)) is not None:
            found.append((source, hit))
        else:
            items.append((source, (path, settings, store, key)))
    read: dict[str, tuple[str, LineKeys] | str] = {}
    holders = LineHolders()  # gathered while the workers read: the files' lines wait for no one
    for source, result in itertools.chain(
        found, _progress(shards.first_round(items), len(items), progress, "lezen")
    ):
        read[source] = result
        if not isinstance(result, str):
            holders.add(source, result[1])
    for source, result in ((s, read[s]) for s in sources):  # in the folder's order, whatever was cached
        if isinstance(result, str):
            corpus.problems.append(Problem(source, result))
        else:
            scanned[source] = result
    site_lines = furniture(holders, settings.classify)
    results: dict[str, tuple[Column, Signature] | str] = {}
    copies = CopyFinder(settings.copies)  # fed while the workers clean: little is left to do after them
    keys: dict[str, str] = {}
    shared: dict[SiteLines, str] = {}  # files of one site share their lines: each set is hashed once
    for source, (digest, _) in scanned.items():
        if store.directory is None:
            keys[source] = ""
            continue
        lines = site_lines[source]
        if lines not in shared:
            shared[lines] = cache_key("site lines", lines)
        keys[source] = cache_key("clean", source, digest, shared[lines], settings_key)
        if keys[source] and (hit := store.get(keys[source])) is not None:
            results[source] = hit
    todo = [
        (s, (sources[s], s, site_lines[s], settings, store, keys[s])) for s in scanned if s not in results
    ]
    for source, result in itertools.chain(
        list(results.items()), _progress(shards.second_round(todo), len(todo), progress, "opschonen")
    ):
        results[source] = result
        if not isinstance(result, str):
            copies.add(source, result[1])
    for source in scanned:  # in the folder's order, whatever was cached
        result = results[source]
        if isinstance(result, str):
            corpus.problems.append(Problem(source, result))
            continue
        result = result[0]
        sidecar_name = os.path.splitext(source)[0] + ".yml"  # 'map/x.txt' -> 'map/x.yml'
        if sidecar_name in sidecars:
            sidecar = root / sidecar_name
            if problem := refuse_path(sidecar, root):
                corpus.problems.append(Problem(sidecar.relative_to(root).as_posix(), problem))
                continue
            try:
                apply_sidecar(result, load_sidecar(sidecar), sidecar)
            except InputError as exc:
                corpus.problems.append(Problem(source, str(exc)))
                continue
        corpus.columns.append(result)
    return copies


def run(
    input_dir: Path,
    settings: Settings = DEFAULT,
    progress: bool = False,
    workers: int | None = None,
    store: Cache = NO_CACHE,
) -> Corpus:
    """Clean every `.txt` under input_dir; bad files become problems, the rest columns.

    With a cache, files whose text and shared corpus lines are unchanged are not cleaned again.
    """
    with collection_paused():
        return _run(input_dir, settings, progress, workers, store)


def _run(input_dir: Path, settings: Settings, progress: bool, workers: int | None, store: Cache) -> Corpus:
    workers = workers or os.cpu_count() or 1
    corpus = Corpus()
    root = input_dir if input_dir.is_dir() else input_dir.parent
    sources: dict[str, Path] = {}
    found = _inputs(input_dir, root)
    for path in [*found.texts, *found.linked]:
        source = relative_name(path, root)
        if problem := _refusal(path, source, found, root):
            corpus.problems.append(Problem(printable(source), problem))
        else:
            sources[source] = path
    sidecars = {relative_name(path, root) for path in found.yaml}
    with Shards(_scan, _clean, workers, settings.work.parallel_min_files) as shards:
        copies = _clean_all(corpus, sources, root, sidecars, settings, store, shards, progress)
    try:
        if problem := refuse_path(root / REGISTRY_NAME, root):
            raise InputError(f"{REGISTRY_NAME}: {problem}")
        corpus.registry = load_registry(root / REGISTRY_NAME)
    except InputError as exc:
        corpus.problems.append(Problem(REGISTRY_NAME, str(exc)))
    merge_authors(corpus.columns, corpus.registry)
    by_source = {c.source: c for c in corpus.columns}
    for group in copies.groups(corpus.columns):
        for source in group.copies:
            by_source[source].duplicate_of = group.original
    taken: set[str] = set()
    for column in sorted(corpus.columns, key=lambda c: c.source):
        column.slug = unique(slugify(column.title or Path(column.source).stem), taken)
    corpus.columns.sort(key=lambda c: c.source)
    corpus.problems.sort(key=lambda p: p.source)
    return corpus


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 shown as escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def refuse_name(source: str) -> str | None:
    """Why an input file of this name ('map/x.txt') is not read: not UTF-8, or too long for its output."""
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return "bestandsnaam is geen geldige UTF-8; geef het bestand een andere naam"
    if len((os.path.splitext(source.rpartition("/")[2])[0] + ".json").encode()) > MAX_NAME_BYTES:
        return f"bestandsnaam is langer dan {MAX_NAME_BYTES - 5} bytes; geef het bestand een kortere naam"
    return None


def refuse_path(path: Path, root: Path) -> str | None:
    """Why an input file is not read: a link leading out of the input folder, or an unusable name."""
    if problem := refuse_name(relative_name(path, root)):
        return problem
    if path.parent == root and not path.is_symlink():
        return None  # a plain file right in the folder: nothing to resolve
    if not path.resolve().is_relative_to(root.resolve()):
        return "is een koppeling naar iets buiten de invoermap; niet gelezen"
    return None


def _refusal(path: Path, source: str, found: FolderInputs, root: Path) -> str | None:
    """Why a file the inputs list ('map/x.txt' under root) is not read: one the walk reached without a link
    only by its name, any other by where it leads too."""
    return refuse_name(source) if path in found.plain else refuse_path(path, root)


def _inputs(input_dir: Path, root: Path) -> FolderInputs:
    """What `run` reads: the folder's texts and YAML files, or one text with its sidecar and the registry."""
    if input_dir.is_dir():
        return walk(root)
    extra = [p for p in (input_dir.with_suffix(".yml"), root / REGISTRY_NAME) if p.is_file()]
    return FolderInputs(find_inputs(input_dir), extra)


def fingerprint(input_dir: Path) -> str:
    """A hash of every file `run` reads: the texts, their sidecars and the author registry."""
    root = input_dir if input_dir.is_dir() else input_dir.parent
    found = _inputs(input_dir, root)
    digest = hashlib.sha256()
    for path in [*found.texts, *found.yaml]:
        source = relative_name(path, root)
        try:
            problem = _refusal(path, source, found, root)
            data = repr(problem).encode() if problem else path.read_bytes()
        except OSError as exc:
            data = repr(exc).encode()
        name = source.encode("utf-8", "surrogateescape")
        digest.update(name + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def write_json(corpus: Corpus, out_dir: Path) -> None:
    """`OUT_DIR/<input file stem>.json` for every column (the output contract)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for column in corpus.columns:
        target = out_dir / Path(column.source).with_suffix(".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(column.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
