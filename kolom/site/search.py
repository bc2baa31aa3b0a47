"""Accent folding for Material's (lunr) search in the offline edition: 'ideeen' finds 'ideeën'.

lunr folds no accents and Material 9 has no query hook, so each indexed document also carries the
folded form of every accented word it contains; a query with or without accents then matches.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ACCENTED_WORD_RE = re.compile(r"\b\w*[^\W\d_a-zA-Z]\w*\b")


def fold(word: str) -> str:
    """'ideeën' -> 'ideeen', 'één' -> 'een'."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def fold_index(path: Path) -> int:
    """Append folded forms to every document of a Material search index; returns the words added."""
    index = json.loads(path.read_text(encoding="utf-8"))
    added = 0
    for doc in index.get("docs", []):
        text = f"{doc.get('title', '')} {doc.get('text', '')}"
        folded = sorted({f.lower() for w in ACCENTED_WORD_RE.findall(text) if (f := fold(w)) != w})
        if folded:
            doc["text"] = f"{doc.get('text', '')} <span hidden>{' '.join(folded)}</span>"
            added += len(folded)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return added
