"""Author names merged across the corpus."""

from __future__ import annotations

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
