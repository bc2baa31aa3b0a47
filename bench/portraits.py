"""Author portraits scored against a set's `authors.json` (accepted themes, noise words, position sentences).

Per author, from `kolom knowledge`'s JSON model:
- theme precision: shown themes that are accepted terms, compared word by word on their stems;
- theme recall: accepted terms shown, of those the rule allows (terms in at least two of the author's
  columns' gold body text when the author has three or more columns), and of all accepted terms;
- noise: shown themes holding a listed noise word;
- positions: shown positions that are one of the listed position sentences;
- summaries opening with a connective or a back-pointing pronoun (the words in kolom/patterns).
Topics: how many, how many hold a single column, and the list (for a reader to judge).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kolom import knowledge, pipeline
from kolom.corpus.claims import leans_back
from kolom.corpus.terms import key_of, text_terms
from kolom.knowledge_json import export

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip()


def opens_badly(sentence: str) -> bool:
    """Opens with a connective or a pronoun pointing back ('Maar', 'Ze', 'Dat is'): kolom's own rule."""
    return leans_back(sentence)


@dataclass
class AuthorScore:
    name: str
    themes: list[str]
    precision: float
    recall_allowed: float
    recall_all: float
    noise: list[str]
    positions_right: int
    positions_shown: int
    wrong_themes: list[str] = field(default_factory=list)


def _columns_with(key: tuple[str, ...], texts: list[list[str]]) -> int:
    count = 0
    for lines in texts:
        found = text_terms(lines).counts
        if key in found or (len(key) > 2 and all(k in found for k in itertools.pairwise(key))):
            count += 1
    return count


def score(folder: Path) -> tuple[list[AuthorScore], dict]:
    """The per-author scores and the topic figures for one set with an authors.json."""
    model = export(knowledge.build(pipeline.run(folder / "raw")))
    gold = json.loads((folder / "authors.json").read_text(encoding="utf-8"))
    bodies = {
        p.stem: json.loads(p.read_text(encoding="utf-8")).get("body_lines", [])
        for p in (folder / "gold").glob("*.json")
    }
    shown = {a["name"]: a for a in model["authors"]}
    result = []
    for person in gold:
        mine = shown.get(person["name"], {"themes": [], "positions": []})
        accepted = {key_of(t) for t in person["themes"]}
        noise = {key_of(t)[0] for t in person["noise_examples"]}
        originals = [
            bodies[f] for f in person["files"] if f not in person.get("duplicates", {}) and f in bodies
        ]
        need = 2 if len(originals) >= 3 else 1
        allowed = {k for k in accepted if _columns_with(k, originals) >= need}
        keys = {t: key_of(t) for t in mine["themes"]}
        right = [t for t, k in keys.items() if k in accepted]
        sentences = {_norm(s) for p in person["positions"] for s in p["sentences"]}
        result.append(
            AuthorScore(
                person["name"],
                mine["themes"],
                len(right) / len(keys) if keys else 0.0,
                len(allowed & set(keys.values())) / len(allowed) if allowed else 1.0,
                len(accepted & set(keys.values())) / len(accepted) if accepted else 1.0,
                [t for t, k in keys.items() if noise & set(k)],
                sum(_norm(p["text"]) in sentences for p in mine["positions"]),
                len(mine["positions"]),
                [t for t in keys if t not in right],
            )
        )
    topics = model["topics"]
    figures = {
        "topics": len(topics),
        "single": sum(len(t["columns"]) < 2 for t in topics),
        "names": [t["name"] for t in topics],
        "bad_summaries": [
            c["summary"] for c in model["columns"] if c["summary"] and opens_badly(c["summary"])
        ],
        "no_summary": sum(not c["summary"] for c in model["columns"]),
        "columns": len(model["columns"]),
    }
    return result, figures


def table(scores: list[AuthorScore]) -> str:
    lines = [
        "| author | themes shown | precision | recall (allowed) | recall (all) | noise | positions right |",
        "|---|---|---|---|---|---|---|",
    ]
    for a in scores:
        lines.append(
            f"| {a.name} | {len(a.themes)} | {a.precision:.2f} | {a.recall_allowed:.2f} | {a.recall_all:.2f} "
            f"| {len(a.noise)} | {a.positions_right} of {a.positions_shown} |"
        )
    return "\n".join(lines)
