"""The boilerplate tables skip the costly patterns a line cannot match, and still answer as if every pattern
had been tried in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kolom.model import Reason
from kolom.patterns.boilerplate import COMPILED_END, COMPILED_LINE, END_MARKERS, LINE_PATTERNS, _Table, plain
from kolom.patterns.prefilter import opens_with_stretch, required

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _every_pattern_in_order(table: dict[Reason, list[str]]):
    patterns = [(reason, p) for reason, pats in table.items() for p in pats]
    regex = re.compile("|".join(f"(?P<p{i}>{p})" for i, (_, p) in enumerate(patterns)), re.IGNORECASE)

    def reason(text: str) -> Reason | None:
        m = regex.fullmatch(text)
        return patterns[int(m.lastgroup[1:])][0] if m and m.lastgroup else None

    return reason


def _fixture_lines() -> list[str]:
    lines = {
        plain(line.strip())
        for path in sorted(FIXTURES.rglob("*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n")
        if line.strip()
    }
    return sorted(lines)


@pytest.mark.parametrize("name", ["line", "end"])
def test_a_table_answers_every_fixture_line_as_trying_every_pattern_in_order_would(name):
    table, compiled = (LINE_PATTERNS, COMPILED_LINE) if name == "line" else (END_MARKERS, COMPILED_END)
    reference = _every_pattern_in_order(table)
    lines = _fixture_lines()
    answers = [(line, reference(line)) for line in lines]
    assert sum(reason is not None for _, reason in answers) > (
        300 if name == "line" else 50
    )  # lines that match
    assert [(line, compiled.reason(line)) for line in lines] == answers


def test_without_python_s_regex_parser_every_pattern_is_tried_and_the_answers_stay(monkeypatch):
    """re._parser is private: on a Python that moves it, no pattern is gated, none is lost."""
    from kolom.patterns import prefilter

    monkeypatch.setattr(prefilter, "_parser", None)
    assert required(r".*\bnieuwsbrief\b.*") is None
    table = _Table(LINE_PATTERNS)
    assert table.gated == {}
    reference = _every_pattern_in_order(LINE_PATTERNS)
    assert [table.reason(line) for line in _fixture_lines()] == [reference(line) for line in _fixture_lines()]


def test_the_costly_patterns_are_tried_only_on_lines_that_hold_what_they_need():
    assert len(COMPILED_LINE.gated) >= 20  # the '.*'-led patterns of the line table
    table = _Table(
        {
            Reason.COOKIE: [r".*\b(?:cookies?|privacy policy)\b.{0,120}"],
            Reason.SHARE: [r"deel"],
            Reason.CALL_TO_ACTION: [r".*\bnieuwsbrief\b.*"],
        }
    )
    assert list(table.gated) == [0, 2]
    tried: list[str] = []

    class Spy:
        def fullmatch(self, text: str):
            tried.append(text)
            return re.fullmatch(r".*\b(?:cookies?|privacy policy)\b.{0,120}", text, re.IGNORECASE)

    table.gated[0] = Spy()
    assert table.reason("Wij en onze partners gebruiken COOKIES om je te volgen.") is Reason.COOKIE
    assert table.reason("Deel") is Reason.SHARE
    assert table.reason("Een zin over klanten, service en ondernemers zonder meer.") is None
    assert (
        table.reason("Schrijf je in voor onze nieuwsbrief") is Reason.CALL_TO_ACTION
    )  # another one's string
    assert tried == ["Wij en onze partners gebruiken COOKIES om je te volgen."]


def test_a_pattern_earlier_in_the_table_wins_over_an_always_tried_one_that_also_matches():
    table = _Table({Reason.COPYRIGHT: [r".*copyright.*"], Reason.SHARE: [r"copyright \d+"]})
    assert table.reason("Copyright 2024") is Reason.COPYRIGHT


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        (r".*\b(?:cookies?|privacy policy)\b.*", {"cookie", "privacy policy"}),
        (r".*(?:je|uw) e-?mail wordt niet gepubliceerd.*", {"mail wordt niet gepubliceerd"}),
        (r".{1,100}\s?[›→>]", {"›", "→", ">"}),
        (r".*\bPDF-versie\b.*", {"pdf-versie"}),  # case folded, as lines are compared
        (r"[\W_]{1,12}", None),  # nothing every match must hold
        (r".*(?:a|)", None),  # an empty alternative needs nothing
        (r"(?:[^\s>]+ [>|] ){2,}.+", {">", "|"}),  # a space is in every line: no need
    ],
)
def test_a_pattern_needs_the_strings_every_match_holds(pattern, need):
    assert required(pattern) == (frozenset(need) if need is not None else None)


def test_only_a_pattern_that_opens_with_a_stretch_of_any_length_is_gated():
    assert opens_with_stretch(r".*\bcookies?\b.*")
    assert opens_with_stretch(r"[a-z .'-]{2,40}(?:straat|laan)\s+\d+")
    assert not opens_with_stretch(r"(?:link )?(?:copied|gekopieerd)")  # at most one optional piece
    assert not opens_with_stretch(r"(?:deel|share) dit artikel")
    assert not opens_with_stretch("") and required("") is None  # an empty pattern added to a table
