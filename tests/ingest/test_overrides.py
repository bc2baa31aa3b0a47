"""Corrections that survive re-runs: sidecar files and the authors registry."""

from __future__ import annotations

import shutil

import pytest

from kolom import pipeline
from kolom.model import Reason
from tests.conftest import SEEDS_RAW

STEM = "004_0a603a36cfefcbd5"


def corpus_with(tmp_path, sidecar: str | None = None, registry: str | None = None):
    shutil.copy(SEEDS_RAW / f"{STEM}.txt", tmp_path / f"{STEM}.txt")
    if sidecar is not None:
        (tmp_path / f"{STEM}.yml").write_text(sidecar, encoding="utf-8")
    if registry is not None:
        (tmp_path / "authors.yml").write_text(registry, encoding="utf-8")
    return pipeline.run(tmp_path, workers=1)


def test_sidecar_sets_fields_and_forces_lines(tmp_path):
    corpus = corpus_with(
        tmp_path,
        "title: Over kleefkracht\nauthors: Michel de Haan\ndate: 2014-11\npublication: Het Blad\n"
        "keep_lines: [9]\ndrop_lines: [29]\n",
    )
    column = corpus.columns[0]
    assert (column.title, column.title_derived, column.date, column.publication) == (
        "Over kleefkracht",
        False,
        "2014-11",
        "Het Blad",
    )
    texts = [b.text for b in column.blocks]
    assert "Whitepaper: Hoe bedien ik mijn klanten online?" in texts
    assert "Wil jij je ‘kleefkracht’ vergroten?" not in texts
    assert any(r.line == 29 and r.reason is Reason.FORCED for r in column.removed)


def test_broken_sidecar_names_file_and_line_and_skips_only_that_file(tmp_path):
    corpus = corpus_with(tmp_path, "title: [unclosed\nauthors: x\n")
    assert corpus.columns == []
    (problem,) = corpus.problems
    assert f"{STEM}.yml" in problem.message and "regel 2" in problem.message


def test_unknown_sidecar_key_is_reported(tmp_path):
    corpus = corpus_with(tmp_path, "titel: typo\n")
    assert "onbekend veld 'titel'" in corpus.problems[0].message


def test_registry_merges_aliases_and_broken_registry_is_reported(tmp_path):
    corpus = corpus_with(tmp_path, registry="- name: M. de Haan\n  aliases: [Michel de Haan]\n")
    assert corpus.columns[0].authors == ["M. de Haan"]
    broken = corpus_with(tmp_path, registry="- name: [x\n")
    assert broken.columns and any(p.source == "authors.yml" and "regel" in p.message for p in broken.problems)


@pytest.mark.parametrize(
    ("sidecar", "field", "line"),
    [
        ("authors: [Jan]\ntitle: [1, 2]\n", "title", 2),
        ("authors: [1, 2]\n", "authors.0", 1),
        ("bio: x\nkeep_lines: 5\n", "keep_lines", 2),
        ('date: "yesterday"\n', "date", 1),
        ("title: Goed\ndate: 2016-13-45\n", "date", 2),
        ("bio: [a, b]\n", "bio", 1),
        ('website: "javascript:alert(1)"\n', "website", 1),
        ("drop_lines: [1, 99999]\n", "drop_lines", 1),
    ],
)
def test_sidecar_errors_name_file_field_and_line(tmp_path, sidecar, field, line):
    corpus = corpus_with(tmp_path, sidecar)
    assert corpus.columns == []
    (problem,) = corpus.problems
    assert problem.message.startswith(f"{STEM}.yml: regel {line}, veld '{field}'"), problem.message


def test_sidecar_dates_stay_as_written_in_the_contract(tmp_path):
    (column,) = corpus_with(tmp_path, "date: 2016-05\n").columns
    assert column.date == "2016-05"
    (column,) = corpus_with(tmp_path, "date: 2016\n").columns
    assert column.date == "2016"


def test_yaml_aliases_are_refused_so_a_billion_laughs_cannot_grow(tmp_path):
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nbio: *b\n"
    corpus = corpus_with(tmp_path, laughs)
    assert corpus.columns == [] and "alias" in corpus.problems[0].message
