"""Related reading is keyed on lemmas, and never proposes a column itself or one that shares nothing."""

from __future__ import annotations

from kolom.corpus.lemmas import lemma_weights
from kolom.corpus.related import nearest


def test_stems_of_one_lemma_are_one_subject_term():
    weights = {"klant": 2.0, "winkel": 1.0}
    forms = {"klant": {"klanten": 5, "klant": 2}, "winkel": {"winkels": 3}}
    assert lemma_weights(weights, forms) == {"klant": 2.0, "winkel": 1.0}
    assert lemma_weights({"gezien": 1.0, "zien": 0.5}, {"gezien": {"gezien": 1}, "zien": {"zien": 1}}) == {
        "zien": 1.5
    }


def test_nearest_columns_share_subject_terms_and_same_author_ones_are_the_authors():
    terms = [
        {"klant": 3.0, "winkel": 2.0, "service": 1.0},
        {"klant": 2.0, "winkel": 1.0, "kassa": 1.0},
        {"menu": 3.0, "kaart": 2.0},
        {"menu": 1.0, "gerecht": 2.0, "kaart": 1.0},
    ]
    authors = [["Griet"], ["Karin"], ["Lieven"], ["Griet"]]
    related, same_author = nearest(terms, authors)
    assert related[0] == [1] and related[2] == [3]
    assert same_author[0] == [] and same_author[3] == []  # Griet's two columns share no term
    assert all(i not in near for i, near in enumerate(related))
