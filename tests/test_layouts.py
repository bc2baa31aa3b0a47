"""Dutch and Flemish page layouts unlike the seeds (hand-written, with hand-made expectations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kolom import pipeline
from kolom.model import BlockType

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
EXPECTED = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def columns():
    return {Path(c.source).stem: c for c in pipeline.run(LAYOUTS, workers=1).columns}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout(name, columns):
    column, want = columns[name], EXPECTED[name]
    assert (column.title, column.subtitle, column.authors, column.date, column.publication) == (
        want["title"],
        want["subtitle"],
        want["authors"],
        want["date"],
        want["publication"],
    )
    assert column.bio.startswith(want["bio_starts"])
    texts = [b.text for b in column.blocks]
    assert texts[0].startswith(want["first_body"]) and texts[-1].startswith(want["last_body"])
    assert len(texts) == want["blocks"]
    assert [b.text for b in column.blocks if b.type is BlockType.HEADING] == want["headings"]
    assert sum(b.type is BlockType.LIST_ITEM for b in column.blocks) == want["list_items"]
    body = "\n".join(texts)
    for line in want["not_in_body"]:
        assert line not in body
    if name == "tijdschrift-pdf-tekst":  # hard-wrapped text: lines joined, hyphenated words mended
        assert "verrassend" in body and "informatie" in body
