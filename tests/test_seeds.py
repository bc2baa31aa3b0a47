"""Every seed column held to its hand-made gold: body lines, boilerplate, and every metadata field."""

from __future__ import annotations

import pytest

from tests.conftest import load_gold

GOLD = load_gold()
IDS = sorted(GOLD)


@pytest.mark.parametrize("stem", IDS)
def test_body_lines_kept_each_as_its_own_block(stem, seed_columns):
    column = seed_columns[stem]
    assert [b.text for b in column.blocks] == GOLD[stem]["body_lines"]


@pytest.mark.parametrize("stem", IDS)
def test_boilerplate_does_not_survive(stem, seed_columns):
    body = "\n".join(b.text for b in seed_columns[stem].blocks)
    for line in GOLD[stem]["boilerplate_examples"]:
        assert line not in body


@pytest.mark.parametrize("stem", IDS)
def test_title(stem, seed_columns):
    column, expected = seed_columns[stem], GOLD[stem]["title"]
    if expected is None:
        assert column.title_derived is True
        assert column.title and len(column.title.split()) <= 12
    else:
        assert (column.title, column.title_derived) == (expected, False)


@pytest.mark.parametrize("field", ["subtitle", "date", "publication", "bio"])
@pytest.mark.parametrize("stem", IDS)
def test_metadata_field(stem, field, seed_columns):
    assert getattr(seed_columns[stem], field) == GOLD[stem][field]


@pytest.mark.parametrize("stem", IDS)
def test_authors(stem, seed_columns):
    assert seed_columns[stem].authors == GOLD[stem]["author"]


def test_derived_titles_come_from_the_column_itself(seed_columns):
    for column in seed_columns.values():
        if column.title_derived:
            assert column.title.rstrip("…") in column.blocks[0].text
