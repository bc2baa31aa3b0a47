"""The same pages written down differently read the same: the ways a user's copy of a web page differs from
another's (no-break spaces, quotes typed straight, the page's address or title pasted above it, saved as
Windows-1252) change none of a column's metadata and none of its blocks, on pages from many sites and on
many pages from a few."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kolom import pipeline
from kolom.ingest.repair import MOJIBAKE_HINT_RE

FIXTURES = Path(__file__).parent / "fixtures"
STRAIGHT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _address(text: str, gold: dict) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", (gold["title"] or "column").lower()).strip("-")
    return f"https://www.voorbeeld.nl/columns/{slug}\n\n{text}"


def _page_title(text: str, gold: dict) -> str | None:
    if not (gold["title"] and gold["publication"]):
        return None
    return f"{gold['title']} | {gold['publication']}\n\n{text}"


# each variant: how it rewrites a page's text (None: the page cannot be written so) and how it is saved
VARIANTS = {
    "no-break spaces": (lambda text, gold: text.replace(" ", "\u00a0", 3), "utf-8"),
    "straight quotes": (
        lambda text, gold: None if MOJIBAKE_HINT_RE.search(text) else text.translate(STRAIGHT),
        "utf-8",
    ),
    "address above": (_address, "utf-8"),
    "page title above": (_page_title, "utf-8"),  # as a browser saves or prints a page: it names the site too
    "Windows-1252": (lambda text, gold: text if text.isascii() or _fits(text) else None, "cp1252"),
}


def _fits(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return "\ufeff" not in text


def _read(folder: Path) -> dict[str, tuple]:
    def fold(text: str | None) -> str | None:
        return None if text is None else unicodedata.normalize("NFKC", text).translate(STRAIGHT)

    return {
        Path(c.source).stem: (
            fold(c.title),
            fold(c.subtitle),
            c.authors,
            c.date,
            c.publication,
            [fold(b.text) for b in c.blocks],
        )
        for c in pipeline.run(folder).columns
    }


# pages from many sites; many pages from four sites; the same columns on eight other sites' templates
@pytest.mark.parametrize("corpus", ["dev", "series", "templates"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_a_page_written_down_differently_reads_the_same(variant, corpus, tmp_path):
    from bench.templates import write_sites

    rewrite, encoding = VARIANTS[variant]
    folder = write_sites(tmp_path / "templates") if corpus == "templates" else FIXTURES / corpus
    plain, changed = tmp_path / "plain", tmp_path / "changed"
    plain.mkdir(), changed.mkdir()
    for path in sorted((folder / "raw").glob("*.txt")):
        gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text("utf-8"))
        text = path.read_text("utf-8")
        if (rewritten := rewrite(text, gold)) is not None:  # the same pages both ways: the corpus counts too
            (plain / path.name).write_text(text, "utf-8")
            (changed / path.name).write_bytes(rewritten.encode(encoding))
    assert len(list(plain.iterdir())) >= 0.6 * len(list((folder / "raw").glob("*.txt")))  # most can
    as_written, read = _read(plain), _read(changed)
    if variant == "page title above":  # more evidence of the publication: compared against the gold instead
        golds = {p.stem: json.loads(p.read_text("utf-8")) for p in (folder / "gold").glob("*.json")}
        assert all(read[stem][4] == golds[stem]["publication"] for stem in read)
        read = {stem: fields[:4] + fields[5:] for stem, fields in read.items()}
        as_written = {stem: fields[:4] + fields[5:] for stem, fields in as_written.items()}
    assert read.keys() == as_written.keys()
    assert not {stem: (read[stem], as_written[stem]) for stem in read if read[stem] != as_written[stem]}
