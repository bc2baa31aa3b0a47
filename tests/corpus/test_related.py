"""Related reading is keyed on lemmas, and never proposes a column itself or one that shares nothing."""

from __future__ import annotations

from kolom.corpus.lemmas import lemma_weights
from kolom.corpus.related import SharedWeight, nearest


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


def test_shared_weight_is_the_smaller_weight_of_each_shared_term_and_ties_go_to_the_earlier_column():
    terms = [
        {"klant": 3.0, "winkel": 1.0},
        {"klant": 2.0, "kassa": 5.0},  # shares 2.0 (klant)
        {"winkel": 5.0},  # shares 1.0: the smaller weight counts, not the larger
        {"menu": 3.0},  # shares nothing
        {"klant": 2.0},  # shares 2.0, a tie with column 1
    ]
    shared = SharedWeight(terms)
    assert shared.best(0, {0, 1, 2, 3, 4}, 5) == [1, 4, 2]
    assert shared.best(0, {4, 1}, 1) == [1]
    assert shared.best(3, {0, 1, 2}, 5) == []


def test_a_corpus_of_one_column_never_loads_the_library_that_ranks_related_reading(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    seed = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / "raw").glob("*.txt"))[0]
    shutil.copy(seed, tmp_path / seed.name)
    code = (
        "import sys; from pathlib import Path; from kolom import knowledge, pipeline; "
        "knowledge.build(pipeline.run(Path(sys.argv[1]), workers=1)); print('datasketch' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"  # ~0.6 s of import for nothing to rank
