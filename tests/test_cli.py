"""The `kolom clean --json` contract, as outside evaluation reads it."""

from __future__ import annotations

import json

from tests.conftest import SEEDS_RAW, run_kolom

FIELDS = {
    "source",
    "slug",
    "title",
    "title_derived",
    "subtitle",
    "authors",
    "date",
    "publication",
    "bio",
    "blocks",
    "removed",
}


def test_clean_writes_one_json_per_input_with_every_line_accounted_for(tmp_path):
    result = run_kolom("clean", str(SEEDS_RAW), "--json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "5 columns cleaned, 0 skipped" in result.stderr
    for raw in SEEDS_RAW.glob("*.txt"):
        data = json.loads((tmp_path / f"{raw.stem}.json").read_text(encoding="utf-8"))
        assert set(data) >= FIELDS
        assert {b["type"] for b in data["blocks"]} <= {"paragraph", "heading", "quote", "list_item"}
        covered = {r["line"] for r in data["removed"]}
        for b in data["blocks"]:
            covered.update(range(b["lines"][0], b["lines"][1] + 1))
        lines = raw.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, start=1):
            if line.strip(" \t\u00a0"):
                assert number in covered, (raw.name, number, line)


def test_clean_reports_bad_files_by_name(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "leeg.txt").write_bytes(b"")
    result = run_kolom("clean", str(raw), "--json", str(tmp_path / "out"))
    assert "leeg.txt: bestand is leeg" in result.stderr
