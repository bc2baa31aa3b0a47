"""Property-based: no crash on any text, nothing invented, every input line accounted for."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kolom.ingest.clean import clean_units
from kolom.ingest.read import InputError
from kolom.ingest.repair import repair, strip_line
from kolom.ingest.segment import segment

WORDS = [
    "klant",
    "de",
    "het",
    "en",
    "is",
    "van",
    "Share",
    "Lees",
    "ook",
    "©",
    "2019",
    "Door",
    "Jan",
    "de Vries",
    "14 november 2014",
    "•",
    "fbpx",
    "www.x.nl",
    "?",
    ".",
    "een",
    "bedrijf",
    "niet",
    "wij",
    "zijn",
    "Auteur",
]
line = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
lines = st.lists(st.one_of(line, st.text(max_size=60)), max_size=40).map("\n".join)


def _clean(text: str):
    try:
        return clean_units(segment(repair(text)), "p.txt")
    except InputError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_never_crashes_and_accounts_for_every_line(text):
    column = _clean(text)
    if column is None:
        return
    repaired = repair(text).split("\n")
    covered: set[int] = {r.line for r in column.removed}
    for block in column.blocks:
        covered.update(range(block.lines[0], block.lines[1] + 1))
    for number, raw in enumerate(repaired, start=1):
        if strip_line(raw):
            assert number in covered, f"line {number} {raw!r} is neither kept nor reported"


@settings(max_examples=300, deadline=None)
@given(lines)
# a name and a date on one line: the name stands on one side, never joined across the date
@example("klant klant\nde\nklant klant de\n14 november 2014\nklant\nJan 14 november 2014\nAa\x0c\nklant")
# a Markdown heading never joins a wrapped paragraph (its mark would be lost from the text)
@example("klant\nde Vries\nklant klant\nklant de\n# :\nklant\n0\nklant")
def test_output_text_comes_from_the_input(text):
    column = _clean(text)
    if column is None:
        return

    def norm(s: str) -> str:  # a mended drop cap ('H' + 'et') or wrapped word ('vaca-' + 'tures') joins
        return re.sub(r"[\s-]+", "", s)

    repaired = repair(text).split("\n")
    source = norm("\n".join(repaired))
    removed = {r.line for r in column.removed}
    for block in column.blocks:
        # a paragraph is whole again across a line removed from its middle (a page number, an advert)
        first, last = block.lines
        kept = (repaired[n - 1] for n in range(first, last + 1) if n not in removed)
        assert norm(block.text) in norm("".join(kept))
    for value in (None if column.title_derived else column.title, column.subtitle, *column.authors):
        if value:
            assert norm(value) in source


@given(st.text(alphabet="aB1_'’-‘‚ .éİǅ²٣\u0307", max_size=12))
@example("‘‚")  # quotes in a row between two letters join them too
@example("a ‘b")  # an opening quote after a blank joins nothing
@settings(max_examples=500)
def test_the_words_a_unit_has_once_normalised_are_counted_as_normalising_would(text):
    """Only an opening quote between two characters a word is made of joins words when it is normalised to
    an apostrophe; every other unit keeps its own count, without being read again."""
    from kolom.ingest.classify import UNIT_WORD_RE, _normalised_words
    from kolom.ingest.page import Judged, Label

    unit = segment(f"x{text}x")[0] if strip_line(f"x{text}x") else None
    if unit is None:
        return
    normalised = unit.text.lower().replace("‘", "'").replace("‚", "'")
    assert _normalised_words(Judged(unit, Label.SHORT)) == len(UNIT_WORD_RE.findall(normalised))
