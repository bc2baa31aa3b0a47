"""Author names merged across the corpus."""

from __future__ import annotations

import pytest

from kolom.corpus.authors import Author, merge_authors
from kolom.model import Column


def columns(*authors: list[str]) -> list[Column]:
    return [Column(source=f"{i}.txt", slug=str(i), authors=list(a)) for i, a in enumerate(authors)]


def test_initials_merge_with_the_one_full_name_that_fits():
    cols = columns(["J. de Vries"], ["Jan de Vries"], ["Jan de vries"])
    merge_authors(cols, [])
    assert [c.authors for c in cols] == [["Jan de Vries"]] * 3


def test_initials_stay_apart_when_two_full_names_fit():
    cols = columns(["J. de Vries"], ["Jan de Vries"], ["Joke de Vries"])
    merge_authors(cols, [])
    assert cols[0].authors == ["J. de Vries"]


def test_registry_alias_wins():
    cols = columns(["Wim A."], ["W. Aalbers"])
    merge_authors(cols, [Author("Wim Aalbers", ["Wim A.", "W. Aalbers"])])
    assert [c.authors for c in cols] == [["Wim Aalbers"], ["Wim Aalbers"]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("J. Peeters", "Jan Peeters", True),
        ("J. P. de Vries", "Jan de Vries", True),  # the column's rule and the corpus' rule agreed only here
        ("Jan Peeters", "Piet Peeters", False),
        ("J. Peeters", "P. Peeters", False),
        ("K. de Wit", "Karel Wouters", False),
        ("Zoë Ünal", "Zoe Unal", True),  # sites copy names with and without their accents
        ("Ahmet Yılmaz", "Ahmet Yilmaz", True),
        ("Anne-Marie Smit", "Anne Marie Smit", True),
        ("Z. Ünal", "Zoe Unal", True),
        ("Jan Peeters", "Jan Peters", False),
    ],
)
def test_one_rule_decides_whether_two_names_are_one_person(a, b, same):
    from kolom.corpus.authors import canonical_names
    from kolom.ingest.extract.names import name_key, same_person
    from kolom.model import Column

    assert same_person(a, b) is same and same_person(b, a) is same
    columns = [Column(source=f"{n}.txt", slug=str(n), authors=[name]) for n, name in enumerate((a, b))]
    mapping = canonical_names(columns, [])
    assert (mapping[name_key(a)] == mapping[name_key(b)]) is same


def test_a_name_written_with_and_without_accents_is_merged_into_its_most_used_spelling():
    cols = columns(["Ahmet Yilmaz"], ["Ahmet Yılmaz"], ["Zoë Ünal"], ["Zoe Unal"])
    merge_authors(cols, [])
    assert [c.authors for c in cols] == [["Ahmet Yılmaz"]] * 2 + [["Zoë Ünal"]] * 2  # a tie: the accented one
    more = columns(["Ahmet Yılmaz"], ["Ahmet Yilmaz"], ["Ahmet Yilmaz"])
    merge_authors(more, [])
    assert [c.authors for c in more] == [["Ahmet Yilmaz"]] * 3
