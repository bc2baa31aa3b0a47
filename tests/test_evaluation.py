"""Evaluation gate: each gold set's scores must not fall below floors pinned just under the measured figures.

`make eval` prints the figures; when a change raises them, raise the floors with it.
"""

from __future__ import annotations

import pytest

from bench.evaluate import FIXTURES, score_set, set_scores, summary
from bench.webtext import DEFAULT_DIR, score

# measured: see `make eval` (seeds exact; dev 0.97/1.00/1.00/1.00/1.00/1.00, F1 0.995, 1 leak;
# series 1.00/1.00/1.00/1.00/1.00/1.00, F1 1.000, 0 leaks)
FLOORS = {
    "seeds": {
        "title": 1.0,
        "subtitle": 1.0,
        "author": 1.0,
        "date": 1.0,
        "publication": 1.0,
        "bio": 1.0,
        "line_f1": 1.0,
        "max_leaks": 0,
    },
    "dev": {
        "title": 0.95,
        "subtitle": 0.97,
        "author": 0.99,
        "date": 0.97,
        "publication": 0.98,
        "bio": 0.98,
        "line_f1": 0.99,
        "max_leaks": 1,
    },
    "series": {
        "title": 0.99,
        "subtitle": 0.95,
        "author": 0.95,
        "date": 0.95,
        "publication": 0.95,
        "bio": 0.95,
        "line_f1": 0.995,
        "max_leaks": 1,
    },
}
# the dev and series columns on eight other site templates, three draws of which column goes where
# (bench/templates.py); measured over seeds 1-3: title 0.98, subtitle, author, date and publication 1.00,
# bio 0.98-1.00, line F1 1.000, no leak in 56 files
TEMPLATE_FLOORS = {
    "title": 0.95,
    "subtitle": 0.96,
    "author": 0.98,
    "date": 0.98,
    "publication": 0.98,
    "bio": 0.96,
    "line_f1": 0.995,
    "max_leaks": 2,
}
BODY_MICRO_F1_FLOOR = 0.95  # measured 0.957; keeping everything scores 0.772
DATE_FLOOR, AUTHOR_FLOOR, TITLE_FLOOR = 0.86, 0.74, 0.68  # measured 0.88, 0.76, 0.70 (29, 25, 23 of 33)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_scores_stay_above_their_floors(name):
    row = summary(score_set(FIXTURES / name))
    floors = FLOORS[name]
    below = {f: round(row[f], 3) for f, floor in floors.items() if f != "max_leaks" and row[f] < floor}
    assert below == {}, f"{name}: below the floor: {below}"
    assert row["leaks"] <= floors["max_leaks"]


# the dev pages with three more columns each on their own site's template (bench/templates.py); measured:
# title 0.99, subtitle, author, date, publication and bio 1.00, line F1 0.998, 2 leaks in 108 files
FAMILY_FLOORS = {
    "title": 0.97,
    "subtitle": 0.98,
    "author": 0.98,
    "date": 0.98,
    "publication": 0.98,
    "bio": 0.99,
    "line_f1": 0.995,
    "max_leaks": 3,
}


def test_dev_pages_with_more_columns_on_their_own_template_score_above_their_floors():
    row = summary(set_scores("families"))
    below = {f: round(row[f], 3) for f, floor in FAMILY_FLOORS.items() if f != "max_leaks" and row[f] < floor}
    assert below == {}, f"families: below the floor: {below}"
    assert row["leaks"] <= FAMILY_FLOORS["max_leaks"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_columns_on_other_site_templates_score_above_their_floors(seed):
    row = summary(set_scores("templates", seed))
    below = {
        f: round(row[f], 3) for f, floor in TEMPLATE_FLOORS.items() if f != "max_leaks" and row[f] < floor
    }
    assert below == {}, f"templates (seed {seed}): below the floor: {below}"
    assert row["leaks"] <= TEMPLATE_FLOORS["max_leaks"]


# the second family of eight templates (bench/templates.py, `more`); measured over seeds 1-3: title 0.98,
# subtitle, author, date and publication 1.00, bio 0.98-1.00, line F1 1.000, no leak in 56 files
MORE_TEMPLATE_FLOORS = {
    "title": 0.96,
    "subtitle": 0.98,
    "author": 0.98,
    "date": 0.98,
    "publication": 0.98,
    "bio": 0.96,
    "line_f1": 0.995,
    "max_leaks": 1,
}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_columns_on_a_second_family_of_site_templates_score_above_their_floors(seed):
    row = summary(set_scores("templates2", seed))
    floors = MORE_TEMPLATE_FLOORS
    below = {f: round(row[f], 3) for f, floor in floors.items() if f != "max_leaks" and row[f] < floor}
    assert below == {}, f"templates2 (seed {seed}): below the floor: {below}"
    assert row["leaks"] <= floors["max_leaks"]


def test_webtext_scores_stay_above_their_floors():
    result = score(DEFAULT_DIR)["summary"]
    assert result["all"]["micro_f1"] >= BODY_MICRO_F1_FLOOR
    rate = {k: v["correct"] / v["evaluated"] for k, v in result.items() if k.startswith("meta_")}
    assert rate["meta_date"] >= DATE_FLOOR
    assert rate["meta_author"] >= AUTHOR_FLOOR
    assert rate["meta_title"] >= TITLE_FLOOR
