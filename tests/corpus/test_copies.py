"""Republished columns: every gold copy is found with its original, and no other pair is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kolom import pipeline
from kolom.cache import Cache
from kolom.corpus.copies import CopyGroup, find_copies
from kolom.ingest.clean import clean_units
from kolom.ingest.segment import segment
from tests.conftest import FIXTURES

PARAGRAPHS = [
    "Vorige week stond er een vrouw aan mijn toonbank die ik in geen drie jaar had gezien, en ik wist haar naam nog.",
    "Dat is geen goocheltruc. Dat is gewoon mijn vak, en het is het enige echte geheim van klantentrouw in de handel.",
    "Klantentrouw bouw je niet met een spaarprogramma, maar door mensen te herkennen en hun verhaal te onthouden.",
    "De supermarkt aan de ring weet via zijn klantenkaart perfect wat ik koop, maar niemand mist mij als ik wegblijf.",
    "Mijn raad aan collega’s is dus eenvoudig: investeer in de tijd van de mensen achter je toonbank, niet in punten.",
]


def column(source: str, *lines: str):
    return clean_units(segment("\n".join(lines)), source)


@pytest.mark.parametrize("name", ["dev", "series"])
def test_every_gold_copy_points_to_its_original_and_no_other_pair_is_merged(name):
    corpus = pipeline.run(FIXTURES / name / "raw", workers=1)
    got = {Path(c.source).stem: Path(c.duplicate_of).stem for c in corpus.columns if c.duplicate_of}
    want = {}
    for gold in (FIXTURES / name / "gold").glob("*.json"):
        if original := json.loads(gold.read_text(encoding="utf-8")).get("duplicate_of"):
            want[gold.stem] = original
    assert got == want and want


def test_copies_are_found_from_signatures_read_back_from_the_cache(tmp_path):
    store = Cache(tmp_path / "cache")
    first = pipeline.run(FIXTURES / "dev" / "raw", workers=1, store=store)
    store.put = None  # the second run must be served whole from the cache: no entry may be written
    again = pipeline.run(FIXTURES / "dev" / "raw", workers=1, store=store)
    copies = {c.source: c.duplicate_of for c in again.columns if c.duplicate_of}
    assert copies and copies == {c.source: c.duplicate_of for c in first.columns if c.duplicate_of}


def test_a_copy_with_other_quotes_bio_date_and_a_paragraph_cut_is_found():
    original = column(
        "a.txt", "Trouw begint bij een naam", "Door Griet Vanhoutte | 9 februari 2016", *PARAGRAPHS
    )
    copy = column(
        "b.txt",
        "Trouw begint bij een naam",
        "Door Griet Vanhoutte | 3 maart 2021",
        *[p.replace("’", "'") for p in PARAGRAPHS[:-1]],
        "Griet Vanhoutte is bakker in Tielt en schrijft ook voor andere bladen over lokale handel.",
    )
    (group,) = find_copies([copy, original])
    assert group.original == "a.txt" and group.copies == ("b.txt",)


def test_distinct_columns_of_one_author_on_one_theme_are_never_merged():
    one = column("a.txt", "Trouw begint bij een naam", *PARAGRAPHS)
    other = column(
        "b.txt",
        "Klanten onthouden",
        "Een klant die ik bij naam groet, komt terug; dat weet iedereen die ooit achter een toonbank stond.",
        "Klantentrouw is geen kwestie van punten sparen, maar van aandacht geven aan de mensen in je winkel.",
        "Wie zijn klanten kent, hoeft geen spaarprogramma te kopen: die heeft al wat een keten niet kan leveren.",
        "Mijn raad is dus eenvoudig: leer de namen van je klanten en vraag hoe het met de kleinkinderen gaat.",
    )
    assert find_copies([one, other]) == []


def test_a_chain_of_near_pairs_never_joins_columns_that_do_not_share_the_originals_text():
    more = [
        "Op maandag gaat de bakkerij pas om tien uur open, omdat we dan het deeg voor de hele week klaarzetten.",
        "Mijn zoon wil een webshop beginnen, maar ik weet niet of mensen hun brood wel online willen bestellen.",
        "De gemeente plant een nieuw circulatieplan, en niemand heeft de winkeliers van de straat iets gevraagd.",
        "Vorig jaar hebben we de oven vervangen, een investering die we pas over tien jaar hebben terugverdiend.",
    ]
    first = column("a.txt", "Eén", "Door Griet Vanhoutte | 9 februari 2016", *PARAGRAPHS)
    middle = column("b.txt", "Twee", "Door Griet Vanhoutte | 9 maart 2017", *PARAGRAPHS[1:], *more[:1])
    last = column("c.txt", "Drie", "Door Griet Vanhoutte | 9 april 2018", *PARAGRAPHS[3:], *more[:2])
    # a~b and b~c are copies, but c shares less than half of a's text: it is no copy of the original a
    assert find_copies([first, middle, last]) == [CopyGroup("a.txt", ("b.txt",))]


def test_words_are_hashed_alike_whatever_their_accents_case_and_punctuation_and_apart_otherwise():
    from kolom.corpus.copies import word_hashes

    folded = word_hashes("Café, cafe CAFÉ! ‘café’")
    assert len(folded) == 4 and len(set(folded.tolist())) == 1
    hashes = word_hashes("klant klanten tnalk knalt de het een een").tolist()
    assert len(hashes) == 8 and hashes[-1] == hashes[-2] and len(set(hashes)) == 7
    long = " ".join(f"woord{n}" for n in range(5000))  # longer than any text before: the powers grow
    assert len(set(word_hashes(long).tolist())) == 5000
    assert word_hashes(long)[17] == word_hashes("woord17")[0]  # a word's hash is the same wherever it stands


def test_copies_do_not_depend_on_the_order_columns_come_in_and_only_kept_columns_are_grouped():
    """The pipeline adds columns as workers finish them; a column left out (its sidecar refused) joins
    no group, nor links two others."""
    from kolom.corpus.copies import CopyFinder, signature

    columns = [
        column("a.txt", "Eén", "Door Griet Vanhoutte | 9 februari 2016", *PARAGRAPHS),
        column("b.txt", "Twee", "Door Griet Vanhoutte | 9 maart 2017", *PARAGRAPHS[:4]),
        column("c.txt", "Drie", "Door Griet Vanhoutte | 9 april 2018", *PARAGRAPHS[1:]),
    ]
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        finder = CopyFinder()
        for i in order:
            finder.add(columns[i].source, signature(columns[i]))
        assert finder.groups(columns) == [CopyGroup("a.txt", ("b.txt", "c.txt"))]
        assert finder.groups([columns[1], columns[2]]) == [CopyGroup("b.txt", ("c.txt",))]
        assert finder.groups([columns[0]]) == []
