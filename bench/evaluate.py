"""`make eval`: how well kolom cleans and understands each gold set, as one table.

usage: python -m bench.evaluate [--details] [SET ...]   (sets: seeds, dev, series, webtext)

Per set: the share of files whose title, subtitle, author(s), date, publication and bio are right, the
mean line F1 of the body, and the leaked lines (gold boilerplate examples found in the body). Comparison
is on normalised text (Unicode compatibility form, straight quotes, case, whitespace, edge punctuation).
A gold title of null is right when kolom derives (and marks) a title; a bio is right when its words match
the gold bio's with F1 >= 0.9 (bios are joined from wrapped lines); webtext is scored by its own scorer.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kolom import pipeline
from kolom.model import Column

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SETS = ("seeds", "dev", "series")
GENERATED = ("templates", "templates2", "families")
FIELDS = ("title", "subtitle", "author", "date", "publication", "bio")
BIO_MIN_F1 = 0.9
LEAK_CONTAINED_MIN_WORDS = (
    4  # shorter boilerplate only leaks as a whole block ("Delen" inside prose is prose)
)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip(" .:;,!?-–—|\"'")


def word_f1(a: str, b: str) -> float:
    x, y = Counter(norm(a).split()), Counter(norm(b).split())
    hit = sum((x & y).values())
    return 0.0 if not hit else 2 * hit / (sum(x.values()) + sum(y.values()))


@dataclass
class FileScore:
    name: str
    right: dict[str, bool]
    got: dict[str, object]
    want: dict[str, object]
    f1: float
    leaks: list[str] = field(default_factory=list)
    flagged: set[str] = field(default_factory=set)  # fields kolom lists as 'te controleren'


REVIEWED = {"title": "title", "authors": "author", "date": "date", "publication": "publication"}


def field_right(name: str, column: Column | None, gold: dict) -> tuple[bool, object]:
    """Whether kolom's value for one field is right, and the value."""
    if column is None:
        return False, None
    want = gold.get(name)
    if name == "title":
        got = column.title if not column.title_derived else None
        return (norm(got) == norm(want)) if want else column.title_derived or got is None, got
    if name == "author":
        got = column.authors
        return {norm(a) for a in got} == {norm(a) for a in want or []}, got
    if name == "bio":
        got = column.bio
        return (got is None) if not want else (got is not None and word_f1(got, want) >= BIO_MIN_F1), got
    got = getattr(column, name)
    return norm(got) == norm(want), got


def line_f1(column: Column | None, gold: dict) -> float:
    want = Counter(norm(x) for x in gold["body_lines"])
    got = Counter(norm(b.text) for b in column.blocks) if column else Counter()
    hit = sum((want & got).values())
    return 0.0 if not hit else 2 * hit / (sum(want.values()) + sum(got.values()))


def leaks(column: Column | None, gold: dict) -> list[str]:
    if column is None:
        return []
    body = [norm(b.text) for b in column.blocks]
    want = [norm(line) for line in gold["body_lines"]]
    found = []
    for example in gold.get("boilerplate_examples", []):
        key = norm(example)
        if not key:
            continue
        # a pull quote repeats a sentence of the body: only a block of its own is a leak
        quoted = any(key in line for line in want)
        contained = (
            len(key.split()) >= LEAK_CONTAINED_MIN_WORDS and not quoted and any(key in b for b in body)
        )
        if key in body or contained:
            found.append(example)
    return found


def score_set(folder: Path) -> list[FileScore]:
    corpus = pipeline.run(folder / "raw")
    columns = {Path(c.source).stem: c for c in corpus.columns}
    scores = []
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        column = columns.get(path.stem)
        right, got = {}, {}
        for name in FIELDS:
            right[name], got[name] = field_right(name, column, gold)
        want = {name: gold.get(name) for name in FIELDS}
        flagged = {REVIEWED[d.field] for d in column.review} if column else set(REVIEWED.values())
        scores.append(
            FileScore(path.stem, right, got, want, line_f1(column, gold), leaks(column, gold), flagged)
        )
    return scores


def summary(scores: list[FileScore]) -> dict[str, float]:
    n = len(scores)
    row: dict[str, float] = {"files": n}
    for name in FIELDS:
        row[name] = sum(s.right[name] for s in scores) / n
    row["line_f1"] = sum(s.f1 for s in scores) / n
    row["leaks"] = sum(len(s.leaks) for s in scores)
    flagged = [(s, f) for s in scores for f in s.flagged]
    wrong = [(s, f) for s in scores for f in REVIEWED.values() if not s.right[f]]
    row["flagged"] = len(flagged)
    row["flag_precision"] = sum(not s.right[f] for s, f in flagged) / len(flagged) if flagged else 1.0
    row["flag_recall"] = sum(f in s.flagged for s, f in wrong) / len(wrong) if wrong else 1.0
    return row


def webtext_row() -> dict[str, float]:
    from bench.webtext import DEFAULT_DIR, score

    result = score(DEFAULT_DIR)["summary"]
    rate = {k.removeprefix("meta_"): v["correct"] / v["evaluated"] for k, v in result.items() if "meta_" in k}
    return {"files": result["all"].get("n", 55), **rate, "bag_f1": result["all"]["micro_f1"]}


def table(rows: dict[str, dict[str, float]]) -> str:
    head = f"| set | files | {' | '.join(FIELDS)} | line F1 | leaks |"
    lines = [head, "|---" * (len(FIELDS) + 4) + "|"]
    for name, row in rows.items():
        cells = [f"{row[f]:.2f}" if f in row else "–" for f in FIELDS]
        if "bag_f1" in row:
            tail = [f"{row['bag_f1']:.3f} (words)", "–"]
        else:
            tail = [f"{row['line_f1']:.3f}", str(int(row["leaks"]))]
        lines.append(f"| {name} | {int(row['files'])} | {' | '.join(cells)} | {' | '.join(tail)} |")
    return "\n".join(lines)


def set_scores(name: str, seed: int = 1) -> list[FileScore]:
    """A gold set's scores; 'templates', 'templates2' and 'families' are generated from the dev and series
    gold (bench/templates.py)."""
    if name not in GENERATED:
        return score_set(FIXTURES / name)
    from bench.templates import write_families, write_sites

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / name
        if name == "families":
            return score_set(write_families(folder))
        return score_set(write_sites(folder, seed, more=name == "templates2"))


def main(argv: list[str]) -> int:
    details = "--details" in argv
    chosen = [a for a in argv if not a.startswith("--")] or [*SETS, *GENERATED, "webtext"]
    rows: dict[str, dict[str, float]] = {}
    for name in chosen:
        if name == "webtext":
            rows[name] = webtext_row()
            continue
        scores = set_scores(name)
        rows[name] = summary(scores)
        if details:
            for s in scores:
                wrong = [f for f in FIELDS if not s.right[f]]
                if wrong or s.f1 < 1 or s.leaks:
                    print(f"{name}/{s.name}: line F1 {s.f1:.2f}")
                    for f in wrong:
                        print(f"    {f}: got {s.got[f]!r}\n    {' ' * len(f)}  want {s.want[f]!r}")
                    for leak in s.leaks:
                        print(f"    leak: {leak!r}")
    print(table(rows))
    print()
    print("| set | fields to check | of those wrong | wrong fields flagged |\n|---|---|---|---|")
    for name, row in rows.items():
        if "flagged" in row:
            print(f"| {name} | {row['flagged']} | {row['flag_precision']:.2f} | {row['flag_recall']:.2f} |")
    for name in chosen:
        if (FIXTURES / name / "authors.json").exists():
            print_portraits(name, details)
    return 0


def print_portraits(name: str, details: bool) -> None:
    """The author-portrait scores of a set with an authors.json (see bench/portraits.py)."""
    from bench.portraits import score as portrait_score
    from bench.portraits import table as portrait_table

    authors, topics = portrait_score(FIXTURES / name)
    print(f"\nAuthor portraits, {name}:\n")
    print(portrait_table(authors))
    print(
        f"\ntopics: {topics['topics']} ({topics['single']} held by one column): {', '.join(topics['names'])}"
        f"\nsummaries opening with a connective or pronoun: {len(topics['bad_summaries'])} "
        f"of {topics['columns']}; without a summary: {topics['no_summary']}"
    )
    if details:
        for a in authors:
            print(f"{a.name}: themes {a.themes}; not accepted {a.wrong_themes}; noise {a.noise}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
