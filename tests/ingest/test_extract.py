"""Metadata extractors on small hand-made pages: one behaviour per test."""

from __future__ import annotations

import json

import pytest

from kolom.ingest.classify import normalise
from kolom.ingest.clean import clean_units
from kolom.ingest.extract.byline import parse_byline
from kolom.ingest.extract.dates import published_date
from kolom.ingest.extract.names import is_name
from kolom.ingest.extract.publication import key
from kolom.ingest.overrides import apply_sidecar
from kolom.ingest.repair import repair
from kolom.ingest.segment import segment
from kolom.model import NO_SITE_LINES, Reason, SiteLines
from kolom.settings import DEFAULT
from kolom.site.pages import REASON_NL

P1 = "Klanten zijn de reden van ons werk en zonder hen is er geen bedrijf, dat weten we allemaal wel heel goed."
P2 = "Wie dat vergeet, merkt het snel genoeg aan de kassa: de mensen blijven weg en vertellen het aan de buren."


def clean(*lines: str, site: SiteLines = NO_SITE_LINES):
    return clean_units(segment("\n".join(lines)), "t.txt", site)


def test_publication_from_the_logo_line_and_copyright_without_legal_form():
    column = clean(
        "Winkelwijs.nl",
        "Home",
        "Nieuws",
        "Columns",
        "Het woord van de klant",
        "Door Jan de Vries | 3 maart 2020",
        P1,
        P2,
        "© 2024 Winkelwijs B.V.",
    )
    assert column.publication == "Winkelwijs.nl"


def test_publication_is_written_as_the_page_writes_it_not_in_capitals():
    column = clean(
        "TAFEL & TOOG",
        "Het woord van de klant",
        "Verschenen in Tafel & Toog nr. 9, november 2019",
        P1,
        P2,
        "Copyright Tafel & Toog bv. Alle rechten voorbehouden.",
    )
    assert column.publication == "Tafel & Toog" and column.date == "2019-11"


def test_a_column_first_published_elsewhere_names_this_page_not_the_original():
    column = clean(
        "Het woord van de klant",
        "Door Jan de Vries | 3 maart 2020",
        P1,
        P2,
        "Deze column verscheen eerder op Winkelwijs.nl (3 maart 2016).",
    )
    assert column.publication is None
    assert [d.field for d in column.review if d.field == "publication"] == ["publication"]


def test_the_site_the_page_stands_on_outweighs_where_its_bio_says_the_writer_writes():
    """The bio's 'schrijft voor X' counts once, though it stands in the page's tail, and on a tie the
    page's own name wins."""
    bio = "Karin Dijkgraaf is interim-manager. Ze schrijft regelmatig voor Klantcontact Vandaag."
    column = clean("Brandwijk Advies", "", "Weg met de stopwatch", "", P1, "", P2, "", "Over Karin", bio)
    assert column.bio == bio and column.publication == "Brandwijk Advies"


@pytest.mark.parametrize(
    "address",
    ["De Ondernemersbrief, Postbus 123, Utrecht", "De Ondernemersbrief | Kerkstraat 4, Gent"],
)
def test_an_organisation_heading_its_address_on_one_line_is_the_publication(address):
    column = clean("Bekijk deze e-mail in je browser", "Het woord van de klant", P1, P2, "Afmelden", address)
    assert column.publication == "De Ondernemersbrief"


def test_the_bios_employer_confirmed_by_a_link_under_the_column_is_the_publication():
    """A company blog names itself only as the writer's employer ('salestrainer bij Verkoopkracht') and in
    its own links: the two together are enough; either alone, or a link to another site, is not."""
    bio = "Mirjam van Dijk is salestrainer bij Verkoopkracht en werkte eerder als accountmanager."
    share = (
        "[Deel op LinkedIn](https://verkoopkracht.nl/share?u=even-checken) · [Mail dit artikel](mailto:?s=x)"
    )
    head = ("Stop met even checken bij je klant", "", P1, "", P2, "", P3, "", "Over de auteur", "", bio, "")
    assert clean(*head, share).publication == "Verkoopkracht"
    assert clean(*head, "Lees verder op LinkedIn en volg ons voor meer tips").publication is None
    other = (
        "[Lees ook](https://klantwijs.nl/blog/bellen) · [En dit](https://klantwijs.nl/blog/mailen) via ons"
    )
    assert clean(*head, other).publication is None
    unemployed = bio.replace("is salestrainer bij Verkoopkracht", "is salestrainer")
    assert clean(*head[:-2], unemployed, "", share).publication is None


def test_on_a_tie_the_pages_own_evidence_outweighs_where_the_bio_says_the_writer_writes():
    """The bio's 'schrijft op X.nl' counts once (its domain confirms nothing), and the site's logo or the
    organisation over its address wins a tie with it."""
    bio = "Hendrik Terpstra is HR-adviseur in Zwolle en schrijft op Werkvloer.nl over oudere werknemers."
    column = clean("Klantzaken", "", "Een blog over service", "", "De stagiair", "", P1, "", P2, "", bio)
    assert column.bio == bio and column.publication == "Klantzaken"
    address = "De Ondernemersbrief, Postbus 123, Utrecht"
    column = clean(
        "Bekijk deze e-mail", "De stagiair", "door Hendrik Terpstra", P1, P2, bio, "Afmelden", address
    )
    assert column.bio == bio and column.publication == "De Ondernemersbrief"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© Brandwijk Advies 2024", "Brandwijk Advies"),
        ("Ondernemerskrant © 2024", "Ondernemerskrant"),
        ("Copyright 2019-2024 De Winkelvloer B.V.", "De Winkelvloer"),
        ("© 2024", None),
    ],
)
def test_a_copyright_line_names_its_holder_without_the_year(line, holder):
    from kolom.ingest.extract.publication import _named

    assert _named(line).copyright == holder


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("ServiceWereld is een uitgave van Mediahuis Vakbladen B.V.", "ServiceWereld"),
        ("Buurtzaak.be is een initiatief van Buurtzaak vzw.", "Buurtzaak.be"),
        ("Het Parool is een uitgave van DPG Media.", "Het Parool"),
        ("Dit is een uitgave van DPG Media.", None),
        ("Het is een product van ons eigen team.", None),
    ],
)
def test_an_imprint_line_names_the_site_it_stands_on(line, site):
    from kolom.ingest.extract.publication import _named

    assert _named(line).imprint == site


def test_an_imprint_in_the_footer_names_the_publication_over_the_bio():
    bio = "Karin Dijkgraaf is interim-manager. Ze schrijft regelmatig voor Klantcontact Vandaag."
    footer = "ServiceWereld is een uitgave van Mediahuis Vakbladen B.V."
    column = clean("Weg met de stopwatch", "Door Karin Dijkgraaf", "", P1, "", P2, "", bio, "", footer)
    assert column.bio == bio
    assert column.publication == "ServiceWereld"


def test_a_logo_written_as_its_address_gives_way_to_the_name_the_footer_spells():
    column = clean(
        "horecavandaag.nl", "", "Weg met de stopwatch", "", P1, "", P2, "", "Copyright 2024 Horeca Vandaag"
    )
    assert column.publication == "Horeca Vandaag"


def test_a_logo_with_its_tagline_names_the_site_its_address_line_confirms_or_its_tagline_shows():
    column = clean(
        "Unizo Limburg - Voor ondernemers in Limburg",
        "",
        "Weg met de stopwatch",
        "",
        P1,
        "",
        P2,
        "",
        "Unizo Limburg vzw | Koningsstraat 20, 1000 Brussel | BTW BE 0123.456.789",
    )
    assert column.publication == "Unizo Limburg"
    alone = clean(
        "Klantwijs - Voor ondernemers in Limburg",
        "Home",
        "Columns",
        "",
        "Weg met de stopwatch",
        "",
        P1,
        "",
        P2,
    )
    assert alone.publication == "Klantwijs"  # the rest reads as a tagline


def test_the_writers_own_copyright_and_domain_name_no_publication():
    column = clean(
        "Weg met de stopwatch",
        "Door Wim Aalbers",
        "",
        P1,
        "",
        P2,
        "",
        "www.wimaalbers.nl",
        "© Wim Aalbers 2009",
    )
    assert column.authors == ["Wim Aalbers"] and column.publication is None


@pytest.mark.parametrize("details", ["5 minuten leestijd", "Leestijd: 4 min", "4 min. leestijd"])
def test_a_name_with_the_reading_time_is_the_byline_not_the_subtitle(details):
    column = clean(
        "Brandwijk Advies",
        "",
        "De groenteschotel is geen straf",
        "",
        f"Lieven De Smedt | {details}",
        "",
        P1,
        "",
        P2,
    )
    assert (column.title, column.subtitle, column.authors) == (
        "De groenteschotel is geen straf",
        None,
        ["Lieven De Smedt"],
    )


@pytest.mark.parametrize(
    "byline",
    [
        "Wout Claeys en Lien Vermeulen | 03-02-2021 | 5 minuten leestijd",
        "Wout Claeys en Lien Vermeulen | 5 minuten leestijd",
        "3 februari 2021 · Wout Claeys en Lien Vermeulen",
    ],
)
def test_two_names_with_a_date_or_the_reading_time_are_both_authors(byline):
    column = clean("Brandwijk Advies", "", "Een afhaalpunt in de winkelstraat", "", byline, "", P1, "", P2)
    assert column.authors == ["Wout Claeys", "Lien Vermeulen"] and column.subtitle is None


def test_a_writers_box_over_the_headline_gives_the_bio_and_leaves_the_body_whole():
    bio = "Lieven De Smedt was vijftien jaar restaurantrecensent. Hij adviseert restaurants over hun kaart."
    page = (
        "Klantbeleving",
        "Columns",
        "",
        "Lieven De Smedt",
        "",
        bio,
        "",
        "Twaalf gerechten",
        "maart 2018",
        "",
        P1,
        "",
        P2,
    )
    column = clean(
        *page, site=SiteLines(frozenset({"klantbeleving", "columns", "lieven de smedt", bio.lower()}))
    )
    assert (column.title, column.authors, column.bio) == ("Twaalf gerechten", ["Lieven De Smedt"], bio)
    assert [b.text for b in column.blocks] == [P1, P2]


@pytest.mark.parametrize("heading", ["Over de auteur", "Over Ilse", "Over Ilse Jansen"])
def test_a_bio_the_site_repeats_under_its_author_box_heading_names_an_unsigned_columns_writer(heading):
    bio = "Ilse Jansen helpt klantenserviceteams om minder te scripten. Daarvoor leidde ze een contactcenter."
    from kolom.ingest.classify import normalise

    site = SiteLines(frozenset({normalise(heading), normalise(bio)}))
    column = clean(
        "Het Klantenloket",
        "",
        "Rijles met mijn dochter",
        "08.05.2020",
        "",
        P1,
        "",
        P2,
        "",
        heading,
        bio,
        site=site,
    )
    assert (column.authors, column.bio) == (["Ilse Jansen"], bio)
    guest = clean(
        "Het Klantenloket", "", "Rijles", "Door Jan de Vries", "", P1, "", P2, "", heading, bio, site=site
    )
    assert (guest.authors, guest.bio) == (
        ["Jan de Vries"],
        None,
    )  # the site owner's box is not the guest's bio


@pytest.mark.parametrize(
    "opening",
    ["Bram Hoekstra was vijftien jaar leidinggevende", "Bram Hoekstra. Vijftien jaar leidinggevende"],
)
def test_a_site_that_sets_its_writers_box_over_the_headline_keeps_each_columns_title_bio_and_body(
    tmp_path, opening
):
    """The box's bio is a long paragraph over the headline (in the third person, or a profile opening with
    the name): it neither opens the body nor hides the headlines that sibling pages list (the corpus'
    header lines end at the first long paragraph)."""
    from kolom import pipeline

    bio = f"{opening} in de detailhandel en begeleidt nu teams in winkels."
    bio += (
        " Hij schrijft elke maand over personeel, roosters en de vraag waarom goede mensen blijven of gaan."
    )
    titles = [
        "Je beste mensen vertrekken niet om het geld",
        "Het rooster is een belofte",
        "Wie luistert, houdt mensen",
    ]
    for n, title in enumerate(titles):
        siblings = [t for t in titles if t != title]
        body = [
            f"{P1} {P2}".replace("Klanten", f"{word} {n}") for word in ("Mensen", "Zij", "Wij", "Jullie")
        ][: n + 2]
        page = [
            "Klantbeleving",
            "Columns",
            "",
            "Bram Hoekstra",
            "",
            bio,
            "",
            title,
            f"{n + 3} maart 2021",
            "",
            *body,
        ]
        (tmp_path / f"{n}.txt").write_text(
            "\n".join([*page, "", "Meer columns", *siblings, "", "© Klantbeleving 2024"])
        )
    for column in pipeline.run(tmp_path, workers=1).columns:
        n = int(column.source[0])
        assert (column.title, column.authors, column.bio) == (titles[n], ["Bram Hoekstra"], bio)
        words = ("Mensen", "Zij", "Wij", "Jullie")[: n + 2]
        assert [b.text.split(" zijn ")[0] for b in column.blocks] == [f"{w} {n}" for w in words]
    # one such page alone: its box's bio opens the text, the headline and its subtitle under it
    body = [f"{P1} {P2}".replace("Klanten", word) for word in ("Mensen", "Zij")]
    sub = "Waarom medewerkers in winkels en horeca opstappen, en wat je als leidinggevende morgen al anders doet"
    alone = clean("Klantbeleving", "", "Bram Hoekstra", "", bio, "", titles[0], "", sub, "", *body)
    assert (alone.title, alone.subtitle, alone.authors, alone.bio) == (titles[0], sub, ["Bram Hoekstra"], bio)
    assert [b.text for b in alone.blocks] == body


def test_a_headline_under_the_writers_name_atop_the_page_is_the_title():
    """An author box on top ('Naam' over the headline): with nothing headline-shaped above the name, the
    line under it is the title, not a detail of the byline."""
    page = (
        "Klantbeleving",
        "Home",
        "Zoeken",
        "",
        "Karel Wouters",
        "",
        "De klant die alles al weet",
        "",
        P1,
        "",
        P2,
    )
    column = clean(*page)
    assert (column.title, column.authors, column.title_derived) == (
        "De klant die alles al weet",
        ["Karel Wouters"],
        False,
    )
    # a headline-shaped line above the name is passed by when other pages list the one under it
    headline = "De klant die alles al weet"
    site = SiteLines(frozenset({headline.lower()}), frozenset({headline.lower()}))
    listed = clean("Klantbeleving", "", "Karel Wouters", "", headline, "", P1, "", P2, site=site)
    assert listed.title == headline and not listed.title_derived


def test_a_headline_other_pages_list_is_the_title_past_a_long_row_of_controls_but_not_from_a_list():
    """Five control lines between headline and body hide it from the search above the body; other pages
    list it, and it stands alone: the title. Two listed lines in a row are a widget of sibling headlines,
    and a one-word listed line is a menu entry."""
    from kolom.ingest.classify import normalise

    headline = "Stop met korting geven aan klanten"
    other = "Waarom klanten nooit klagen"
    site = SiteLines(
        frozenset({normalise(x) for x in (headline, other, "Vacatures")}),
        frozenset({normalise(x) for x in (headline, other, "Vacatures")}),
    )
    controls = ["Saskia Lammers", "Volgen", "5 min lezen", "Luisteren", "Delen"]
    column = clean("Retail Insiders", "Open in app", "Inloggen", headline, *controls, P1, P2, P3, site=site)
    assert column.title == headline and not column.title_derived
    column = clean("Retail Insiders", "Inloggen", headline, other, *controls, P1, P2, P3, site=site)
    assert column.title_derived
    column = clean(
        "Retail Insiders", "Open in app", "Inloggen", "Vacatures", *controls, P1, P2, P3, site=site
    )
    assert column.title_derived


def test_the_writers_name_recurring_between_headline_and_body_is_passed_by_as_the_name_not_a_skipped_line():
    """A newsletter platform sets the headline, the writer's name (on all their pages) and a row of
    counters and buttons over the body: the search above the body reaches the name and the headline over it."""
    bio = "Karin Dijkgraaf is interim-manager klantenservice en schrijft over klachten."
    site = SiteLines(frozenset({"karin dijkgraaf", "de klantbrief"}))
    page = ["De Klantbrief", "Abonneren", "Inloggen", "Ook de bakker krijgt klachten", "Karin Dijkgraaf"]
    column = clean(*page, "12", "3", "Delen", P1, P2, P3, bio, site=site)
    assert (column.title, column.authors) == ("Ook de bakker krijgt klachten", ["Karin Dijkgraaf"])


def test_a_signature_the_site_repeats_on_other_pages_is_still_the_writers():
    """The writer's bare name under the column recurs wherever the site prints it: evidence, not furniture."""
    site = SiteLines(frozenset({"hilde wouters"}))
    column = clean(
        "Openingsuren zijn een belofte", "", P1, "", P2, "", "Hilde Wouters", "", "Reacties (0)", site=site
    )
    assert column.authors == ["Hilde Wouters"] and [b.text for b in column.blocks] == [P1, P2]


def test_two_names_signing_the_column_over_their_bio_are_both_its_authors():
    bio = "Thijs Mulder is eigenaar van een strandpaviljoen in Zoutelande. Esra Yilmaz runt een hotel in Domburg."
    column = clean("Wie werkt er nog aan de kust", "", P1, "", P2, "", "Thijs Mulder en Esra Yilmaz", "", bio)
    assert column.authors == ["Thijs Mulder", "Esra Yilmaz"] and column.bio == bio


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Door Ahmet Yılmaz", "Ahmet Yılmaz"),  # a Turkish dotless i
        ("Door Łukasz Nowak", "Łukasz Nowak"),
        ("Geschreven door: Sarah O'Brien", "Sarah O'Brien"),
        ("Door Luc D'Hondt", "Luc D'Hondt"),
        ("Door Willem-Alexander van Oranje", "Willem-Alexander van Oranje"),  # a long double first name
        ("Auteur: dr. Els Peeters", "Els Peeters"),  # titles are no part of the name
        ("Door prof. dr. ir. Jan Claes", "Jan Claes"),
    ],
)
def test_names_of_every_latin_script_with_apostrophes_double_first_names_and_titles_read_as_names(
    byline, name
):
    column = clean("Het woord van de klant", byline, "", P1, "", P2)
    assert column.authors == [name]


@pytest.mark.parametrize(
    "line", ["Anti-Greenwashing Guide", "Software-defined Data Center", "Winkeliersvereniging Binnenstad"]
)
def test_a_long_first_word_is_no_first_name_unless_it_joins_two_capitalised_ones(line):
    assert not is_name(line, DEFAULT.extract.names)


@pytest.mark.parametrize(
    "footer",
    [
        "© 2024 Horeca Vandaag",
        "www.horecavandaag.nl",
        "Horeca Vandaag is een uitgave van Mediahuis Vakbladen B.V.",
    ],
)
def test_the_sites_name_over_the_headline_is_not_the_title_when_its_footer_names_the_site(footer):
    headline = "Waarom klanten weglopen (en wat je eraan doet)"
    byline = "Door Jan de Vries | 3 maart 2021"
    column = clean("Horeca Vandaag", "", headline, byline, "", P1, "", P2, "", footer)
    assert (column.title, column.subtitle, column.publication) == (headline, None, "Horeca Vandaag")
    assert [b.text for b in column.blocks] == [P1, P2]  # the imprint is no closing line either
    # nothing below names the site: a short line over a longer one is a title and its subtitle
    alone = clean("Kleefkracht", "De denkfout die we maken", byline, "", P1, "", P2)
    assert (alone.title, alone.subtitle) == ("Kleefkracht", "De denkfout die we maken")


def test_the_page_address_pasted_above_dates_an_undated_column_to_check():
    address = "https://www.klantwijs.nl/2021/03/03/de-klant-van-morgen/"
    column = clean(
        address, "Klantwijs", "Home", "", "De klant van morgen", "Door Jan de Vries", "", P1, "", P2
    )
    assert column.date == "2021-03-03" and [d.field for d in column.review] == ["date"]
    dated = clean(
        address, "Klantwijs", "", "De klant van morgen", "Door Jan de Vries | 5 maart 2021", "", P1, "", P2
    )
    assert dated.date == "2021-03-05"  # the page's own date first
    month = clean(
        "klantwijs.nl/blog/2021/03/de-klant", "Klantwijs", "", "De klant", "Door Jan de Vries", "", P1, "", P2
    )
    assert month.date == "2021-03"
    numbered = clean(
        "https://site.nl/artikel/12345/titel", "", "De klant", "Door Jan de Vries", "", P1, "", P2
    )
    assert numbered.date is None


def test_a_menu_copied_as_one_line_is_no_title_but_a_title_case_headline_is():
    byline = "Ellen Brouwer"
    column = clean(
        "De Winkelvloer",
        "Nieuws Sport Cultuur Opinie Economie",
        "",
        byline,
        "za 12/10/2024 - 06:00",
        "",
        P1,
        "",
        P2,
    )
    assert column.title_derived and column.authors == ["Ellen Brouwer"]
    english = clean("Home", "", "Customer Service Is Not A Department", "By Ellen Brouwer", "", P1, "", P2)
    assert english.title == "Customer Service Is Not A Department"


def test_names_that_differ_in_case_suffix_and_legal_form_are_one_publication():
    assert key("Buurtzaak.be") == key("BUURTZAAK") == key("Buurtzaak vzw") == key("De Buurtzaak")


def test_author_box_name_over_a_recurring_bio_gives_author_and_bio():
    bio = "Lieven De Smedt was vijftien jaar restaurantrecensent voor een Vlaamse krant."
    site = SiteLines(frozenset({"lieven de smedt", bio.lower().rstrip(".")}))
    column = clean("Het woord van de klant", P1, P2, "Lieven De Smedt", bio, "Lees ook", site=site)
    assert column.authors == ["Lieven De Smedt"] and column.bio == bio
    assert any(r.text == "Lieven De Smedt" and r.reason is Reason.BYLINE for r in column.removed)


def test_a_section_label_and_the_writer_over_the_headline_and_a_date_with_the_reading_time_under_it():
    """'COLUMN | A' is a byline (the label set apart from the name by a bar), never the headline; a date
    with the page's reading time after it is the dateline, and the dek between them the subtitle."""
    dek = "Het moment waarop een klant de voordeur opendoet, is belangrijker dan elke offerte."
    column = clean(
        "VAKBLAD SERVICE",
        "Home",
        "Nieuws",
        "Columns",
        "COLUMN | Marco Stegeman",
        "Mijn monteur is mijn beste verkoper",
        dek,
        "18.10.2023 | Leestijd 3 minuten",
        P1,
        P2,
        "© 2024 Vakblad Service | Disclaimer | Privacy",
    )
    assert (column.title, column.subtitle) == ("Mijn monteur is mijn beste verkoper", dek)
    assert (column.authors, column.date) == (["Marco Stegeman"], "2023-10-18")
    assert [b.text for b in column.blocks] == [P1, P2]
    assert parse_byline("Opinie | De klant is koning", DEFAULT.extract.names) is None


def test_a_post_line_of_date_writers_and_comment_count_gives_both_writers_and_no_subtitle():
    """'8 november 2021 | door A en B | 3 reacties': the date, both writers; the count is no subtitle."""
    line = "8 november 2021 | door Fatima El Idrissi en Daan Verbruggen | 3 reacties"
    column = clean(
        "Het Klantcafé", "Blog", "Boeken", "Contact", "Schaf het beoordelingsgesprek af", line, P1, P2
    )
    assert (column.authors, column.date) == (["Fatima El Idrissi", "Daan Verbruggen"], "2021-11-08")
    column = clean("Schaf het beoordelingsgesprek af", "Door Fatima El Idrissi | 3 reacties", P1, P2)
    assert (column.title, column.subtitle) == ("Schaf het beoordelingsgesprek af", None)


def test_a_closing_line_saying_when_the_column_appeared_gives_its_date_but_not_an_earlier_appearance():
    column = clean(
        "De klant", "Een column van Jan de Vries", P1, P2, "Deze column verscheen op 14 maart 2023."
    )
    assert column.date == "2023-03-14"
    assert "Deze column verscheen op 14 maart 2023." not in [b.text for b in column.blocks]
    earlier = "Deze column verscheen eerder op Winkelwijs.nl (14 maart 2023)."
    assert clean("De klant", "Een column van Jan de Vries", P1, P2, earlier).date is None


@pytest.mark.parametrize(
    ("logo", "site"),
    [
        ("Servicegids | Kwartaalblad voor service", "Servicegids"),
        ("Dagblad Oost - Het nieuws uit het oosten", "Dagblad Oost"),
        ("Klantgericht Ondernemen | De Winkelvloer", "Klantgericht Ondernemen | De Winkelvloer"),
    ],
)
def test_of_a_logo_with_its_tagline_the_name_is_the_publication(logo, site):
    column = clean(logo, "Jaargang 12 · Nummer 4", "De klant", "Door Jan de Vries", P1, P2)
    assert column.publication == site


def test_a_content_managers_fields_give_title_subtitle_and_bio_without_their_labels():
    """An intranet or CMS export labels its fields ('Titel: ', 'Ondertitel: ', 'Bio: '): the labels are no
    part of the values, and the bio leaves the body."""
    bio = "Ingrid Hazenberg is arbeidsmarktadviseur voor de technische branche en woont in Zwolle."
    column = clean(
        "Titel: Het schaap met vijf poten",
        "Ondertitel: Waarom de perfecte kandidaat niet bestaat",
        "Auteur: Ingrid Hazenberg",
        "Status: gepubliceerd",
        "---",
        P1,
        P2,
        "Bio: " + bio,
    )
    assert (column.title, column.subtitle) == (
        "Het schaap met vijf poten",
        "Waarom de perfecte kandidaat niet bestaat",
    )
    assert (column.authors, column.bio) == (["Ingrid Hazenberg"], bio)
    assert [b.text for b in column.blocks] == [P1, P2]


@pytest.mark.parametrize("label", ["Door", "Bericht door"])
def test_a_forum_posts_byline_with_a_separator_before_the_date_gives_writers_and_date(label):
    line = f"{label} Sofie Vermeulen en Pieter-Jan Claes » 22 nov 2023, 10:15"
    column = clean("Index › Ondernemen › Klantenservice", "Opvolging in de familiezaak", line, P1, P2)
    assert (column.authors, column.date) == (["Sofie Vermeulen", "Pieter-Jan Claes"], "2023-11-22")
    assert column.title == "Opvolging in de familiezaak"


def test_a_forwarded_e_mail_gives_its_sender_as_author_and_its_subject_as_title():
    column = clean(
        "---------- Doorgestuurd bericht ---------",
        "Van: Karin Dijkgraaf <redactie@klantnieuws.nl>",
        "Datum: 12 september 2019 om 10:15",
        "Onderwerp: De klant die alles al weet",
        "Aan: lezers@klantnieuws.nl",
        P1,
        P2,
    )
    assert (column.title, column.authors, column.date) == (
        "De klant die alles al weet",
        ["Karin Dijkgraaf"],
        "2019-09-12",
    )
    assert parse_byline("Van de redactie", DEFAULT.extract.names) is None


def test_a_closing_line_opening_with_the_wording_names_the_publication_and_a_bare_reading_time_a_byline():
    """'Geschreven voor X' opening a line counts as 'geschreven voor X' does; 'A • 4 min' is a byline."""
    column = clean(
        "De stagiair als mentor", "Hendrik Terpstra • 4 min", P1, P2, "Geschreven voor De Ondernemer"
    )
    assert (column.authors, column.subtitle, column.publication) == (
        ["Hendrik Terpstra"],
        None,
        "De Ondernemer",
    )


def test_a_writers_bare_name_right_under_a_standfirst_is_the_byline_that_ends_the_header():
    """Headline, a one-paragraph standfirst, the writer's bare name, the column: the standfirst is the
    subtitle and the body starts under the name. A line under a second paragraph is the column's."""
    dek = "Het moment waarop een klant de voordeur opendoet, is belangrijker dan elke offerte."
    title = "Mijn monteur is mijn beste verkoper"
    head = ["NU Ondernemen", "", "Column | 18 oktober 2023 06:00", "", title, "", dek, ""]
    column = clean(*head, "Marco Stegeman", "", P1, "", P2, "", P3)
    assert (column.title, column.subtitle, column.authors) == (title, dek, ["Marco Stegeman"])
    assert [b.text for b in column.blocks] == [P1, P2, P3]
    column = clean(*head, P2, "", "Marco Stegeman", "", P1, "", P3)
    assert "Marco Stegeman" in [b.text for b in column.blocks]


def test_a_post_line_of_date_labelled_writer_and_a_count_gives_the_writer():
    line = "9 februari 2016 · gepost door Griet Vanhoutte · 12 notities"
    column = clean("Samen sterker", P1, P2, P3, line, "#klantenservice #ondernemen")
    assert (column.authors, column.date) == (["Griet Vanhoutte"], "2016-02-09")


def test_a_bio_the_site_repeats_under_the_writers_name_in_capitals_names_an_unsigned_column():
    """A print layout sets the name in capitals over the bio, which recurs on the writer's pages."""
    bio = "Hendrik Terpstra is zelfstandig HR-adviseur in Zwolle en schrijft over oudere werknemers."
    site = SiteLines(frozenset({normalise(bio)}))
    column = clean(
        "Stop met ontzien", "", P1, "", P2, "", "HENDRIK TERPSTRA", "", bio, "", "Meer columns", site=site
    )
    assert (column.authors, column.bio) == (["Hendrik Terpstra"], bio)
    assert "HENDRIK TERPSTRA" not in [b.text for b in column.blocks]


def test_the_day_a_copy_was_printed_is_not_its_date():
    column = clean(
        "https://www.winkelnieuws.nl/columns/12", "Afgedrukt op 04-12-2026 09:12", "De klant", P1, P2
    )
    assert column.date is None
    column = clean("Geraadpleegd op 4 december 2026", "Gepubliceerd op 3 maart 2024", "De klant", P1, P2)
    assert column.date == "2024-03-03"
    assert clean("De klant", "Aangepast 4 december 2026 07:12", P1, P2).date is None  # an update


def test_a_recurring_name_beside_a_date_is_the_byline():
    site = SiteLines(frozenset({"karin dijkgraaf"}))
    column = clean(
        "Het woord van de klant", "Karin Dijkgraaf", "di 14 mrt. 2023 · 3 min leestijd", P1, P2, site=site
    )
    assert column.authors == ["Karin Dijkgraaf"] and column.date == "2023-03-14"


def test_a_recurring_bare_name_over_the_body_without_a_date_is_the_author_to_check_with_her_bio():
    bio = "Karin Dijkgraaf is teamleider in een contactcenter en schrijft over klantcontact."
    # the site's template sets her name over her every column, and her bio under it
    site = SiteLines(frozenset({"karin dijkgraaf", bio.lower().rstrip(".")}))
    column = clean("Het woord van de klant", "Karin Dijkgraaf", P1, P2, bio, site=site)
    assert column.authors == ["Karin Dijkgraaf"] and column.title == "Het woord van de klant"
    assert "authors" in [d.field for d in column.review]  # a lone name: listed 'te controleren'
    assert column.bio == bio and [b.text for b in column.blocks] == [P1, P2]


def test_the_body_opens_with_a_sentence_so_the_subtitle_stays_metadata():
    column = clean(
        "Weg met de twist", "Waarom uw menukaart beter af is zonder holle woorden en lege beloften", P1, P2
    )
    assert column.title == "Weg met de twist"
    assert column.subtitle == "Waarom uw menukaart beter af is zonder holle woorden en lege beloften"
    assert column.blocks[0].text == P1


def test_missing_and_weak_fields_are_listed_with_the_sidecar_line_that_fixes_them(tmp_path):
    column = clean(P1, P2)
    doubts = {d.field: d for d in column.review}
    assert set(doubts) == {"title", "authors", "date", "publication"}
    assert doubts["authors"].sidecar == "authors: [Voornaam Achternaam]"
    assert doubts["title"].why.startswith("geen titel gevonden")
    apply_sidecar(
        column, {"title": "Mijn titel", "authors": ["Jan de Vries"], "_lines": {}}, tmp_path / "t.yml"
    )
    assert {d.field for d in column.review} == {"date", "publication"}


def test_a_well_anchored_column_has_nothing_to_check():
    column = clean(
        "Winkelwijs.nl",
        "Het woord van de klant",
        "Door Jan de Vries | 3 maart 2020",
        P1,
        P2,
        "© 2024 Winkelwijs",
    )
    assert column.review == []


def test_every_removal_reason_has_a_dutch_label():
    assert set(REASON_NL) == set(Reason)


def test_a_one_sentence_standfirst_under_the_headline_is_the_subtitle():
    standfirst = "Een klant die klaagt, is lastig. Een klant die wegblijft, is gevaarlijk."
    column = clean(
        "Opinie",
        "Wie zaagt, geeft u gratis advies",
        standfirst,
        "Hilde Wouters",
        "Columniste",
        "14/03/2024 om 06:00",
        "Kopieer link",
        P1,
        P2,
    )
    assert (column.title, column.subtitle, column.authors) == (
        "Wie zaagt, geeft u gratis advies",
        standfirst,
        ["Hilde Wouters"],
    )
    assert column.date == "2024-03-14" and "Kopieer link" not in [b.text for b in column.blocks]


def test_the_head_of_the_first_menu_is_the_site_name_when_nothing_else_names_it():
    column = clean(
        "Zaakvoerder",
        "Nieuws",
        "Ondernemen",
        "Geld",
        "Het woord van de klant",
        "Door Jan de Vries | 3 maart 2020",
        P1,
        P2,
    )
    assert column.publication == "Zaakvoerder"


def test_a_line_between_menu_entries_and_its_repeat_over_the_headline_are_navigation():
    column = clean(
        "Rijwielhandel Jansen",
        "Home",
        "Fietsen",
        "Verhuur",
        "Uit de werkplaats",
        "Contact",
        "Uit de werkplaats",
        "Waarom wij geen fietsen online verkopen",
        "04-09-2018",
        P1,
        P2,
    )
    assert column.title == "Waarom wij geen fietsen online verkopen"
    assert column.subtitle is None
    removed = {r.text: r.reason for r in column.removed}
    assert removed["Uit de werkplaats"] is Reason.NAVIGATION


def test_a_bare_name_between_a_section_label_and_a_reading_time_is_the_writer_not_a_menu_entry():
    column = clean(
        "De Winkelvloer",
        "Home › Opinie › Column",
        "OPINIE",
        "Marloes Kuipers",
        "Leestijd 4 min",
        P1,
        P2,
        "© 2024 De Winkelvloer. Alle rechten voorbehouden.",
    )
    assert column.authors == ["Marloes Kuipers"]
    removed = {r.text: r.reason for r in column.removed}
    assert removed["Marloes Kuipers"] is Reason.BYLINE and removed["OPINIE"] is Reason.NAVIGATION


def test_a_headline_over_a_dateline_glued_to_the_next_words_is_the_title():
    """The dateline is passed by as one ('Published October 17, 2025Admin Only:'), so the question opening
    the body is not taken for the headline."""
    column = clean(
        "Home",
        "Blog",
        "Contact",
        "Balance for Working Moms",
        "Published October 17, 2025Admin Only:",
        "How do you find balance as a working parent?",
        P1,
        P2,
    )
    assert (column.title, column.date) == ("Balance for Working Moms", "2025-10-17")
    assert column.blocks[0].text == "How do you find balance as a working parent?"


def test_a_breadcrumb_is_never_the_title():
    column = clean("Blog / Personeel & planning", "Een rooster is een belofte", "3 maart 2021", P1, P2)
    assert column.title == "Een rooster is een belofte"


def test_a_header_naming_the_writer_is_not_the_title_nor_the_publication():
    column = clean(
        "Ruud de Boer – column (aanlevering)",
        "Door Ruud de Boer",
        P1,
        P2,
    )
    assert column.authors == ["Ruud de Boer"]
    assert column.title_derived and column.publication is None


def test_the_title_stands_above_the_bare_byline_and_the_role_under_it():
    column = clean(
        "Blog",
        "›",
        "Verkoop",
        "Stop met korting geven aan klanten",
        "Saskia de Wit",
        "Retailadviseur",
        "Leestijd: 4 minuten",
        P1,
        P2,
        "Over Saskia",
        "Saskia de Wit was vijftien jaar filiaalmanager en helpt nu winkeliers met verkopen.",
    )
    assert column.title == "Stop met korting geven aan klanten"
    assert column.subtitle is None


def test_a_headline_opening_the_body_over_the_byline_is_the_title():
    column = clean(
        "Domburg, 18 januari 2023",
        "Wie werkt er volgend seizoen nog aan de kust?",
        "Thijs de Vries en Esra Yilmaz",
        P1,
        P2,
        "Thijs de Vries is ondernemer in Domburg. Esra Yilmaz is adviseur in Middelburg.",
    )
    assert column.title == "Wie werkt er volgend seizoen nog aan de kust?"
    assert not any("Thijs de Vries en Esra" in b.text for b in column.blocks)


def test_a_blog_signature_with_a_first_name_takes_the_surname_the_page_gives_it():
    lines = (
        "Bij Fenna",
        "Waarom ik een aanbetaling vraag",
        "Geplaatst op 15 augustus 2017 door Fenna — 14 reacties",
        P1,
        P2,
    )
    about = "Ik ben Fenna de Graaf, kok en eigenaar van een bistro in Groningen."
    assert clean(*lines, "Over mij", about).authors == ["Fenna de Graaf"]
    assert clean(*lines).authors == ["Fenna"]  # no surname on the page: the name the byline gives


BIO_FORMS = [
    ("Door Marleen Bosch", "Marleen Bosch (41) heeft sinds 2016 een vintagewinkel in Haarlem."),
    ("Door Marleen Bosch", "Ik ben Marleen Bosch, eigenaar van een vintagewinkel in Haarlem."),
    ("Door Marleen Bosch", "Marleen Bosch. Twintig jaar eigenaar van een vintagewinkel in Haarlem."),
    (
        "Door Wout Claeys en Lien Vermeulen",
        "Wout Claeys en Lien Vermeulen begeleiden met hun bureau handelaars in Vlaamse centrumsteden.",
    ),
]


@pytest.mark.parametrize(("byline", "bio"), BIO_FORMS)
def test_a_bio_with_an_age_in_the_first_person_as_a_profile_or_of_two_writers(byline, bio):
    column = clean("De winkel na sluitingstijd", byline, P1, P2, "Over de auteur", bio)
    assert column.bio == bio
    assert bio not in [b.text for b in column.blocks]


PROFILE = "Ineke Smulders. Zesendertig jaar caissière in Tilburg. Sinds 2021 met pensioen."
PROFILE_PLACES = [
    ("14.03.2023", "De rij voor de kassa", P1, P2, "Ineke Smulders", PROFILE, "Reacties (0)"),
    ("Horeca Vandaag", "Ineke Smulders", PROFILE, "De rij voor de kassa", "14.03.2023", P1, P2),
]


@pytest.mark.parametrize("page", PROFILE_PLACES, ids=["under the column", "over the headline"])
def test_a_profile_opening_with_the_bare_name_above_it_signs_an_unsigned_column_with_its_bio(page):
    """A writer's box and no byline anywhere: the name line over 'Naam. Profiel ...'."""
    column = clean(*page)
    assert (column.authors, column.bio, column.title) == (["Ineke Smulders"], PROFILE, "De rij voor de kassa")
    assert [b.text for b in column.blocks] == [P1, P2]
    removed = {r.text: r.reason for r in column.removed}
    assert removed["Ineke Smulders"] is Reason.BYLINE


def test_a_bare_name_over_a_paragraph_that_does_not_open_with_it_is_no_profile():
    column = clean("De rij voor de kassa", "14.03.2023", P1, P3, "Ineke Smulders", P2)
    assert (column.authors, column.bio) == ([], None)


INTRO = "Kees Verhoeven is ondernemersadviseur in Oss. Hij begeleidt starters en groeiende bedrijven."


@pytest.mark.parametrize("recurs", [False, True])
def test_an_unsigned_opinion_page_introducing_its_writer_between_dek_and_column_is_signed_by_the_intro(
    recurs,
):
    """An opinion page sets a few sentences about the writer between dek and dateline and signs nowhere
    else: they are the bio, and name the author (so too when the intro recurs on the writer's pages)."""
    headline, dek = (
        "Neem je eerste medewerker eerder aan",
        "Veel starters wachten te lang, vindt Kees Verhoeven.",
    )
    site = SiteLines(frozenset({normalise(INTRO)})) if recurs else NO_SITE_LINES
    column = clean(
        "Nieuws", "Opinie", "Cultuur", headline, dek, INTRO, "05/02/2024, 06:00", P1, P2, site=site
    )
    assert (column.title, column.subtitle) == (headline, dek)
    assert (column.authors, column.bio, column.date) == (["Kees Verhoeven"], INTRO, "2024-02-05")
    assert [b.text for b in column.blocks] == [P1, P2]
    shaped = "Kees Verhoeven is de beste adviseur van Oss."  # a headline, not an intro
    column = clean(shaped, "05/02/2024, 06:00", P1, P2)
    assert (column.bio, column.authors) == (None, [])


def test_a_bio_of_two_writers_signs_an_unsigned_column_with_both():
    bio = "Wout Claeys en Lien Vermeulen begeleiden met hun bureau handelaars in Vlaamse centrumsteden."
    column = clean("Een winkel is geen afhaalpunt", "05/02/2024", P1, P2, "", bio)
    assert (column.authors, column.bio) == (["Wout Claeys", "Lien Vermeulen"], bio)


def test_a_long_header_line_gives_the_date_it_introduces_as_published_not_the_update():
    column = clean(
        "De winkel na sluitingstijd",
        "Bram de Boer · Gepubliceerd op 19 mei 2022 · Bijgewerkt op 4 juli 2023 · 6 minuten lezen · 12 reacties",
        P1,
        P2,
    )
    assert column.date == "2022-05-19"


def test_in_hard_wrapped_text_a_line_far_short_of_the_width_ends_its_paragraph():
    """A printed page: a headline of half the width stays apart from the byline under it."""
    body = (
        "Zaterdagnamiddag, kwart voor vijf. Ik sta voor de deur van een kleine interieurzaak in\n"
        "Hasselt waar ik al weken een vaas wil gaan kopen. Op de deur hangen de openingsuren van\n"
        "de zaak en binnen brandt geen licht meer. Op een briefje met plakband staat dat de zaak\n"
        "vandaag uitzonderlijk vroeger gesloten is, met excuses voor het ongemak van de klanten.\n"
    )
    text = (
        "Openingsuren zijn een belofte, geen suggestie\nH. de Wit | 28/02/2025 | 4 min leestijd\n\n"
        + (body + "\n") * 3
    )
    units = segment(text)
    assert units[0].text == "Openingsuren zijn een belofte, geen suggestie"
    column = clean_units(units, "t.txt")
    assert column.title == "Openingsuren zijn een belofte, geen suggestie"
    assert column.date == "2025-02-28"


def test_bylines_after_a_signed_column_sign_the_articles_listed_there():
    column = clean(
        "De klant die alles al weet",
        "Door K. de Wit | 12 september 2019",
        P1,
        P2,
        "De wachtrij als visitekaartje",
        "Door Ellen Baeten | 5 september 2019",
    )
    assert column.authors == ["K. de Wit"]


def test_a_printed_page_title_names_the_site_beside_the_column_title():
    column = clean(
        "11-03-2025 09:41 Openingsuren zijn een belofte | Winkelhart",
        "Openingsuren zijn een belofte",
        "H. de Wit | 28/02/2025",
        P1,
        P2,
    )
    assert column.title == "Openingsuren zijn een belofte"
    assert column.publication == "Winkelhart"


def test_a_headline_and_standfirst_opening_the_body_over_the_byline_are_title_and_subtitle():
    column = clean(
        "Afgedrukt op: 11-02-2025 14:37",
        "De zelfscan is efficiënt. Maar wie kijkt de klant nog aan?",
        "Supermarkten schuiven hun klanten massaal richting de zelfscankassa. Een adviseur maakt zich zorgen.",
        "Door: Rob de Wit | 26 november 2024 | Leestijd 5 min.",
        P1,
        P2,
    )
    assert column.title == "De zelfscan is efficiënt. Maar wie kijkt de klant nog aan?"
    assert column.subtitle.startswith("Supermarkten schuiven")
    assert column.blocks[0].text == P1


@pytest.mark.parametrize(
    "line",
    [
        "mvandam plaatste een bericht in Nieuws van het formulebureau",
        "De Gastheer · editie 47 · elke maandag",
    ],
)
def test_a_feed_line_or_an_issue_line_over_the_headline_is_neither_title_nor_subtitle(line):
    column = clean(line, "De eerste dertig seconden", "Door Yusuf de Wit | 2 november 2020", P1, P2)
    assert column.title == "De eerste dertig seconden"
    assert column.subtitle is None


def test_a_widget_heading_over_the_headline_is_not_the_title():
    column = clean("Nieuwste blog", "Excuses zijn geen excuus", "08.05.2021 · Klantcontact", P1, P2)
    assert column.title == "Excuses zijn geen excuus"
    assert column.subtitle is None


def test_a_markdown_export_takes_title_subtitle_and_publication_from_its_front_matter():
    """The heading and the dek that the front matter repeats are title (without Markdown's heading mark,
    which a reader must not see on the page) and subtitle; a field naming the newsletter is the
    publication."""
    column = clean(
        "---",
        'title: "Het woord van de klant"',
        'excerpt: "Waarom luisteren meer oplevert dan praten."',
        "newsletter: De Winkelbrief",
        "---",
        "[Bekijk deze editie in je browser](https://example.org/47)",
        "# Het woord van de klant",
        "*Waarom luisteren meer oplevert dan praten.*",
        P1,
        P2,
    )
    assert column.title == "Het woord van de klant" and not column.title_derived
    assert column.subtitle == "*Waarom luisteren meer oplevert dan praten.*"
    assert column.publication == "De Winkelbrief"


def test_a_quoted_line_rewording_a_paragraph_is_a_pull_quote_but_dialogue_stays():
    column = clean(
        "Het woord van de klant",
        "Door Jan de Vries | 3 maart 2020",
        P1,
        "Ouders die hun zaak overdragen, denken aan de machines. Dat de relatie met vijfhonderd klanten ook "
        "een bedrijfsmiddel is, staat nergens op de balans.",
        "‘De relatie met vijfhonderd klanten is ook een bedrijfsmiddel’",
        "‘Jammer van de vis. We komen niet meer terug.’",
        P2,
    )
    texts = [b.text for b in column.blocks]
    assert "‘De relatie met vijfhonderd klanten is ook een bedrijfsmiddel’" not in texts
    assert "‘Jammer van de vis. We komen niet meer terug.’" in texts


def test_a_pull_quote_set_over_two_lines_is_a_pull_quote():
    column = clean(
        "Het woord van de klant",
        "Door Jan de Vries | 3 maart 2020",
        P1,
        "Wie een monteur zoekt, let op wat hij kan. Techniek is te leren. Houding veel minder. Daar gaat het mis.",
        "‘Techniek is te leren.",
        "Houding veel minder.’",
        P2,
    )
    texts = [b.text for b in column.blocks]
    assert "‘Techniek is te leren." not in texts and "Houding veel minder.’" not in texts
    assert texts[-1] == P2


PRINTED = (
    "Klachten zijn cadeautjes\n\n"
    "Tekst Marloes Verhagen\n\n"
    "H\n"
    "et was een dinsdagavond in maart, zo’n avond waarop je\n"
    "de keuken eigenlijk om negen uur al wilt dichtgooien.\n"
    "Aan tafel zeven zat een echtpaar dat al lang wachtte.\n"
    "Toen het bord kwam, was de vis lauw.\n"
    "Dat laatste zinnetje heeft me weken beziggehouden, om-\n"
    "dat hij het pas zei toen het te laat was voor ons allen.\n"
    "Twee uur lang zat er een gast die zich ergerde, aan een\n"
    "tafel waar niemand van ons keek. Of erger nog: iemand had\n"
    "het wel gezien en vond het niet zijn probleem. De gasten\n"
    "vertellen het dan aan hun zwager en aan een paar onbe-\n"
    "34\n\n"
    "\fCOLUMN · MARLOES VERHAGEN\n\n"
    "kenden op internet. De gast die wel iets zegt, geeft je\n"
    "een tweede kans. Ik ben hem dankbaar.\n"
    "We hangen elke klacht op, zodat je de pa-\n\n"
    "ADVERTENTIE\n"
    "Nog altijd bonnetjes naar de bar brengen?\n"
    "Probeer 30 dagen gratis: https://tafelkassa.example\n\n"
    "tronen ziet als je ze opschrijft.\n"
    "Dat prikbord was in het begin confronterend voor iedereen.\n"
    "De lauwe vis bleek geen toeval: de pass stond te ver van de\n"
    "keukendeur, waardoor borden op drukke avonden te lang\n"
    "bleven staan. Binnen twee maanden hadden we vijf dingen\n"
    "veranderd waarvan ik nooit had geweten dat ze gasten\n"
    "dwarszaten.\n"
    "Het mooiste is wat het met het team deed. Mijn bediening\n"
    "is minder bang geworden voor boze gasten, juist omdat ze\n"
    "nu weten wat ze moeten doen.\n"
    "Daarom doen we vanaf nu drie dingen anders, en die zijn\n"
    "niet ingewikkeld. Vanaf maart:\n\n"
    "schrijven we elke klacht die een gast ons geeft op een prikbord in de keuken;\n\n"
    "bespreken we dat bord elke maandagochtend met het hele team in de zaak.\n"
)


def test_a_printed_page_keeps_its_paragraphs_and_mends_what_the_page_break_cut():
    """A drop cap joins its word; a line that fills the width runs on after a full stop, a short one ends
    the paragraph; a sentence cut by a page number and a running head is whole again, the head removed;
    list items after a colon stay apart."""
    column = clean_units(segment(repair(PRINTED)), "t.txt")
    texts = [b.text for b in column.blocks]
    assert texts[0].startswith("Het was een dinsdagavond") and texts[0].endswith("was de vis lauw.")
    assert texts[1].startswith("Dat laatste zinnetje") and "onbekenden op internet" in texts[1]
    assert texts[1].endswith("Ik ben hem dankbaar.")
    assert texts[2] == "We hangen elke klacht op, zodat je de patronen ziet als je ze opschrijft."
    assert texts[5].endswith("Vanaf maart:") and texts[6].startswith("schrijven we")
    assert len(texts) == 8
    head = [r for r in column.removed if "MARLOES VERHAGEN" in r.text]
    assert head and head[0].reason is Reason.INTERRUPTION


def test_a_standfirst_with_the_bare_name_and_date_under_it_belongs_to_the_header():
    column = clean(
        "Column",
        "Mijn monteur is mijn beste verkoper",
        "Het moment waarop een klant de voordeur opendoet, is belangrijker dan elke offerte.",
        "Marco Stegeman",
        "18 oktober 2023",
        P1,
        P2,
    )
    assert column.title == "Mijn monteur is mijn beste verkoper"
    assert (
        column.subtitle
        == "Het moment waarop een klant de voordeur opendoet, is belangrijker dan elke offerte."
    )
    assert column.authors == ["Marco Stegeman"] and column.date == "2023-10-18"
    assert [b.text for b in column.blocks] == [P1, P2]


def test_a_line_of_names_that_the_bio_names_too_is_the_byline_of_all_of_them():
    column = clean(
        "Wie werkt er volgend seizoen nog aan de kust?",
        "Thijs Mulder en Esra Yilmaz",
        P1,
        P2,
        "Thijs Mulder is eigenaar van strandpaviljoen De Zeekraal in Zoutelande. Esra Yilmaz runt "
        "hotel-restaurant Duinzicht in Domburg.",
    )
    assert column.authors == ["Thijs Mulder", "Esra Yilmaz"]
    assert column.title == "Wie werkt er volgend seizoen nog aan de kust?"


def test_an_unsigned_page_s_writer_signing_under_the_column_is_its_author_and_its_end():
    column = clean(
        "Koopzondag of niet? Laat de klant beslissen",
        P1,
        P2,
        "Harm-Jan Wessels",
        "voorzitter",
        "ZOMERBRADERIE 8 JULI: NOG PLEKKEN VRIJ",
        "Op zaterdag 8 juli verandert de binnenstad weer in één grote markt en leden kunnen een kraam huren.",
    )
    assert column.authors == ["Harm-Jan Wessels"]
    assert [b.text for b in column.blocks] == [P1, P2]


def test_a_name_shaped_heading_over_a_paragraph_is_no_signature():
    column = clean(
        "Het woord van de klant",
        P1,
        "Varianten van Klantenservice",
        "Analoge processen",
        P2,
        P2[:-1] + " ook.",
    )
    assert column.authors == []
    assert [b.text for b in column.blocks][-1].endswith("aan de buren ook.")  # the column did not end there
    names = DEFAULT.extract.names
    assert not is_name("Klantenservice Binnenstad Zutphen", names)
    assert not is_name("Pamela Wilsonbigbrandsystem", names)


def test_the_name_heading_a_signature_after_a_delimiter_is_the_author():
    column = clean(
        "No-shows: ik ga ze gewoon laten betalen",
        P1,
        P2,
        "________________",
        "Gerrit Lamkamp – Herberg Aan de Dinkel, Ootmarsum – gastvrij sinds 1994",
        "Gelogd",
    )
    assert column.authors == ["Gerrit Lamkamp"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Geplaatst door rveenstra op do 17 okt 2019, 22:41", "2019-10-17"),  # 'Geplaatst' is no 'laatst'
        ("Lid sinds: mrt 2011", None),  # a forum member's sign-up
        ("Laatst bijgewerkt op 3 maart 2020", None),
    ],
)
def test_a_date_introduced_as_an_update_or_a_sign_up_is_no_publication_date(line, iso):
    assert published_date(line) == iso


def test_a_section_in_the_breadcrumb_and_a_programme_info_line_are_no_title():
    column = clean(
        "Home / Programma's / De Zaak / Columns",
        "De Zaak",
        "Elke zaterdag van 10.00 tot 12.00 uur · Presentatie: Marieke Stam",
        "Uitzending zaterdag 12 oktober 2024",
        "Column Ellen Brouwer",
        P1,
        P2,
    )
    assert column.title_derived
    assert column.date == "2024-10-12"


def test_a_social_post_s_name_over_its_status_and_date_is_the_byline_and_login_fields_no_site():
    column = clean(
        "Facebook",
        "E-mailadres of telefoonnummer",
        "Wachtwoord",
        "Inloggen",
        "Mirjam Oosterhuis",
        " is bij Eetcafé De Zwaan.",
        "6 maart 2022  · Groningen  · ",
        P1,
        P2,
    )
    assert column.authors == ["Mirjam Oosterhuis"] and column.date == "2022-03-06"
    assert column.publication != "E-mailadres of telefoonnummer"


def test_a_newsletter_s_interface_lines_are_passed_by_to_its_name():
    column = clean(
        "Abonneren",
        "Vorige nummers",
        "Translate",
        "RSS",
        "Bekijk deze e-mail in je browser",
        "De Stadsbrief",
        "Nieuwsbrief #34 | juni 2023",
        "Winkeliersvereniging Binnenstad Zutphen",
        "In dit nummer",
        "Van de voorzitter: Koopzondag of niet? Laat de klant beslissen",
        "Zomerbraderie 8 juli: nog plekken vrij",
        "VAN DE VOORZITTER",
        "Koopzondag of niet? Laat de klant beslissen",
        P1,
        P2,
    )
    assert column.publication == "De Stadsbrief"


def test_a_bio_set_in_markdown_italics_names_its_writer():
    from kolom.ingest.extract.bio import bio_subject

    bio = "*Yusuf Demir was twintig jaar maître in restaurants in Utrecht.*"
    assert bio_subject(bio, DEFAULT.extract.names) == "Yusuf Demir"
    column = clean(
        "# De eerste dertig seconden",
        P1,
        P2,
        "---",
        "*Yusuf Demir was twintig jaar maître in restaurants in Utrecht en Amsterdam.*",
    )
    assert column.bio and "twintig jaar maître" in column.bio


@pytest.mark.parametrize(
    ("glued", "apart"),
    [
        ("By Katy McInnesNovember 11, 2024Updated", "By Katy McInnes November 11, 2024 Updated"),
        ("Alissa McAloonOctober 24, 2024", "Alissa McAloon October 24, 2024"),  # a name's inner capital stays
    ],
)
def test_words_a_copied_page_glued_together_come_apart_but_names_stay_whole(glued, apart):
    from kolom.ingest.extract.dates import unglue

    assert unglue(glued) == apart


def test_a_lone_name_over_a_page_that_names_no_one_else_is_its_doubtful_author():
    """A book sample's header (title, author): the writer, listed 'te controleren'; the site's own name
    (its logo line, repeated in the footer) is no writer."""
    column = clean(
        "Achter de toonbank", "Karel Wouters", "Inhoudsopgave", "17", "De klant die alles weet", P1, P2
    )
    assert column.authors == ["Karel Wouters"]
    assert [d.field for d in column.review if d.why.startswith("auteur")] == ["authors"]
    shop = clean(
        "Rijwielhandel Boersma",
        "Home",
        "Contact",
        "Online of bij ons?",
        P1,
        P2,
        "Rijwielhandel Boersma · Leeuwarden",
    )
    assert shop.authors == [] and shop.publication == "Rijwielhandel Boersma"


def test_a_post_s_name_shown_twice_and_again_at_its_replies_is_its_doubtful_author_but_two_names_are_not():
    """A network post's header writes its author's name twice (link and label) over a relative age, and the
    name recurs at the author's reply under the post: one person, the doubtful writer. Two people over
    the body (a reposter's bare name and the writer's) name no one."""
    name = "Marit Hofstede"
    header = ["Startpagina", "Mijn netwerk", name, name, "Adviseur | Spreker", "5 mnd • Bewerkt •"]
    replies = ["Meest relevant", "Joris Smit", "Mooi stuk.", name, "Auteur", "Dank je, Joris."]
    post = clean_units(segment("\n\n".join([*header, P1, P2, *replies])), "t.txt")
    assert post.authors == [name] and any(d.field == "authors" for d in post.review)
    two = [
        "Werkplein",
        "Gedeeld op het netwerk van vandaag.",
        "Joris Smit",
        "Met een verhaal van een collega.",
        name,
        P1,
        P2,
    ]
    assert clean_units(segment("\n\n".join(two)), "t.txt").authors == []


def test_a_platform_name_alone_atop_the_page_is_its_publication_but_a_share_bar_is_not():
    post = clean("Facebook", "Wachtwoord", "Inloggen", "Lieve gasten,", P1, P2)
    assert post.publication == "Facebook"
    shared = clean("Facebook", "Twitter", "LinkedIn", "Lieve gasten,", P1, P2)
    assert shared.publication is None


def test_of_two_dates_over_the_column_the_one_nearest_the_column_is_its_date():
    """The site's header shows today's date above the headline; the column's own date stands under it."""
    column = clean(
        "Za, 19 oktober 2019",
        "De klant als gast",
        "Door Jan de Vries",
        "Vr, 18 oktober 2019",
        P1,
        P2,
    )
    assert column.date == "2019-10-18"


def test_a_printed_page_s_running_foot_gives_the_issue_s_month_when_no_other_date_stands():
    """A magazine page carries its issue's month only in the foot it repeats on every page; an advert's
    event date under the column is not the column's."""
    feet = ["VAKBLAD 7 | MEI 2023      12", "13      VAKBLAD 7 | MEI 2023"]
    lines = [
        "De klant als gast",
        "Door Jan de Vries",
        P1,
        P2,
        feet[0],
        P1.replace("Klanten", "Gasten"),
        P2.replace("Wie", "Een zaak die"),
        "ADVERTENTIE",
        "Horecadagen · 4 t/m 6 juni 2023 · Gent",
        feet[1],
    ]
    column = clean(*lines)
    assert column.date == "2023-05" and not any(d.field == "date" for d in column.review)
    assert {r.reason for r in column.removed if r.text in feet} == {Reason.PAGE_FURNITURE}
    unprinted = clean(*[line for line in lines if line not in feet])
    assert unprinted.date is None


def test_a_date_opening_the_first_paragraph_is_its_dateline_not_a_date_listed_under_the_column():
    column = clean(
        "De klant als gast",
        "Door Jan de Vries",
        f"31 oktober 2023. {P1}",
        P2,
        "Meer columns",
        "Een andere column",
        "24 oktober 2023",
    )
    assert column.date == "2023-10-31"
    assert column.blocks[0].text.startswith("31 oktober 2023. Klanten")  # the dateline stays in the text


def test_a_derived_title_skips_the_dateline_and_does_not_end_at_a_day_s_number():
    column = clean("31. Oktober 2023. Am 3. Mai kamen die Gäste nicht mehr, und niemand wusste warum.", P2)
    assert column.title_derived
    assert column.title == "Am 3. Mai kamen die Gäste nicht mehr"


def test_a_headline_over_a_standfirst_that_opens_with_its_dateline_is_the_title():
    column = clean(
        "De klant als gast",
        "31 oktober 2023. Waarom een restaurant meer van een goed hotel kan leren dan het zelf denkt, en"
        " waarom de gast dat eerder merkt dan de eigenaar.",
        "Door Jan de Vries",
        P1,
        P2,
    )
    assert (column.title, column.title_derived) == ("De klant als gast", False)


P3 = "Daarom schrijf ik elke week over wat ik in winkels zie, en over wat ondernemers daar zelf van kunnen leren."


@pytest.mark.parametrize(
    "line",
    [
        "Schrijf je in voor de nieuwsbrief",
        "Ontvang onze gratis nieuwsbrief elke maandag met tips voor je eigen winkel",
        "Blijf op de hoogte met de nieuwsbrief van Winkelwijs.",
        "Nieuwsbrief",
        "Newsletter Sign-Up",
        "SubscribeSign in",
    ],
)
def test_a_newsletter_offered_or_named_by_a_short_line_is_a_call_to_action(line):
    column = clean("De klant als gast", "Door Jan de Vries", P1, P2, line, P3)
    assert line not in [b.text for b in column.blocks]
    assert Reason.CALL_TO_ACTION in {r.reason for r in column.removed if r.text == line}


@pytest.mark.parametrize(
    "line",
    [
        "Wie leest jouw nieuwsbrief eigenlijk nog? Steeds vaker een computer.",
        "De nieuwsbrief van de bakker op de hoek is beter dan die van de grote ketens:",
        "Wie een nieuwsbrief stuurt, moet iets te zeggen hebben.",
    ],
)
def test_a_column_s_own_sentence_about_newsletters_stays(line):
    column = clean("De klant als gast", "Door Jan de Vries", P1, line, P2, P3)
    assert line in [b.text for b in column.blocks]


def test_a_name_the_page_lists_again_is_the_byline_when_a_date_stands_beside_it():
    """The page lists the author's other posts under the column: the name recurs in the file."""
    column = clean(
        "De klant als gast",
        "Anna de Wit",
        "3 maart 2024",
        P1,
        P2,
        P3,
        "Meer van deze auteur",
        "Anna de Wit",
        "De winkel na sluitingstijd",
        "Anna de Wit",
        "Wachten aan de kassa",
    )
    assert column.authors == ["Anna de Wit"]
    assert column.title == "De klant als gast"


def test_a_headline_in_title_case_is_a_title_even_with_a_full_stop():
    column = clean(
        "Go Ahead. Start Decluttering With the Easiest Step.",
        "Why the smallest drawer in the house is where a clutter-free home begins, and how to go on.",
        "By Anna de Wit",
        P1,
        P2,
    )
    assert (column.title, column.title_derived) == (
        "Go Ahead. Start Decluttering With the Easiest Step.",
        False,
    )


def test_a_source_between_the_column_s_paragraphs_credits_a_chart_not_the_author():
    column = clean("De klant als gast", "Door Anna de Wit", P1, "Bron: Centraal Planbureau", P2, P3)
    assert column.authors == ["Anna de Wit"]


def test_a_job_title_after_an_author_label_is_no_name():
    column = clean("De klant als gast", P1, P2, P3, "Author: Marketing and Event Coordinator")
    assert column.authors == []


def test_a_name_before_a_labelled_date_is_the_byline():
    column = clean("De klant als gast", "Anna de Wit Zuletzt geändert am 06.11.2023", P1, P2)
    assert column.authors == ["Anna de Wit"]


def test_an_image_s_alt_text_is_no_title():
    column = clean(
        "Picture of Anna de Wit",
        "Anna de Wit",
        "3 maart 2024",
        P1,
        P2,
    )
    assert column.title_derived
    assert Reason.MEDIA in {r.reason for r in column.removed if r.text == "Picture of Anna de Wit"}


def test_the_site_s_name_above_its_menu_is_no_title_over_the_headline():
    column = clean(
        "Winkelpraat",
        "Abonneer",
        "De klant als gast",
        "Anna de Wit",
        "3 maart 2024",
        P1,
        P2,
    )
    assert (column.title, column.subtitle) == ("De klant als gast", None)


def test_a_dated_byline_with_a_first_name_only_names_the_author_by_it_listed_to_check():
    column = clean("De klant als gast", "Door Marleen / 3 mei 2023 / Geen reacties", P1, P2)
    assert column.authors == ["Marleen"]
    assert "authors" in [d.field for d in column.review]


@pytest.mark.parametrize("byline", ["Door Marleen", "Geplaatst door Marleen"])
def test_an_undated_byline_with_a_first_name_only_names_no_author(byline):
    column = clean("De klant als gast", byline, P1, P2)
    assert column.authors == []


def test_a_byline_s_first_name_takes_the_surname_the_page_gives_it():
    about = "Ik ben Marleen de Wit, eigenaar van een cadeauwinkel in Utrecht."
    column = clean("De klant als gast", "Door Marleen", P1, P2, "Over mij", about)
    assert column.authors == ["Marleen de Wit"]


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("Jan Smit (redacteur)", "Jan Smit"),
        (
            "Jan Smit\u00a0(redacteur)",
            "Jan Smit",
        ),  # the blanks before the cut go too, a no-break space as well
        ("Jan Smit - columnist", "Jan Smit"),
        ("Jan Smit | De Krant", "Jan Smit"),
        ("Jan-Willem Smit", "Jan-Willem Smit"),  # a hyphen inside a name is no cut
        ("Vorige week stond ik in een winkel (in Lier) en keek.", None),
    ],
)
def test_a_name_is_cut_from_its_role_handle_or_site(fragment, name):
    from kolom.ingest.extract.names import clean_name

    assert clean_name(fragment, DEFAULT.extract.names) == name


@pytest.mark.parametrize(
    "role", ["Kolumnist*in", "Kolumnistin", "Autor:in", "Autor_in", "Autorin", "Kolumnist"]
)
def test_a_german_role_in_any_gender_form_labels_the_byline(role):
    """German writes the feminine or every gender after the role ('Kolumnist*in: Evan Tepest')."""
    column = clean("Ein Abend ohne Gäste", f"{role}: Evan Tepest", "30.10.2023", P1, P2)
    assert column.authors == ["Evan Tepest"]


@pytest.mark.parametrize(
    "credit",
    ["Fotos/Illustration: Bär Kittelmann", "Foto's en illustraties: Anne Ros", "Beeld & foto: Anne Ros"],
)
def test_a_credit_line_for_several_kinds_of_image_is_a_media_credit_not_a_headline(credit):
    column = clean("Home", "Columns", credit, "Door Jan de Vries | 3 maart 2020", P1, P2)
    assert [r.reason for r in column.removed if r.text == credit] == [Reason.MEDIA]
    assert column.title != credit


def test_the_steps_of_a_numbered_breadcrumb_with_empty_items_between_are_no_bylines():
    """' 5. Evan Tepest', ' 6.', ' 7. Stille Nächte Drinnen': a path, each step in a list of its own steps."""
    crumbs = [" 1. Home", " 2.", " 3. Kolumnen", " 4.", " 5. Evan Tepest", " 6.", " 7. Stille Nächte Drinnen"]
    column = clean(*crumbs, "", "Kolumnist*in: Evan Tepest", "30.10.2023", "", P1, "", P2)
    assert column.authors == ["Evan Tepest"]


def test_the_title_and_bio_searches_go_as_far_as_the_settings_given_to_the_cleaner_allow():
    from dataclasses import replace

    from kolom.ingest.clean import clean_units
    from kolom.ingest.segment import segment

    p = "Klanten zijn de reden van ons werk en zonder hen is er geen bedrijf, dat weten we allemaal wel."
    body = [p, p.replace("Klanten", "Gasten"), p.replace("Klanten", "Zij")]
    bio = ["Jan Smit is adviseur en schrijft elke maand over service en", "klantcontact voor ondernemers."]
    buttons = ["Facebook", "Twitter", "LinkedIn", "WhatsApp"]  # four lines between headline and byline
    text = "\n\n".join(["Service is een werkwoord", *buttons, "Door Jan Smit", *body, *bio])

    def cleaned(**extract):
        settings = replace(DEFAULT, extract=replace(DEFAULT.extract, **extract))
        return clean_units(segment(text), "t.txt", settings=settings)

    assert cleaned().title_derived and cleaned().bio == " ".join(bio)
    assert cleaned(title_skipped_lines_max=4).title == "Service is een werkwoord"
    assert cleaned(bio_tail_max_words=2).bio == bio[0]  # the finishing line is longer than that


@pytest.mark.parametrize(
    "lines",
    [
        ["Service is een werkwoord", "Door Jan van der Berg", P1, P2],  # a byline over the body
        ["Service is een werkwoord", P1, P2, "Jan van der Berg"],  # the writer's signature under it
        ["Service is een werkwoord", P1, P2, "Jan van der Berg is adviseur en schrijft over klantcontact."],
    ],
    ids=["byline", "signature", "bio"],
)
def test_what_a_name_looks_like_follows_the_settings_given_to_the_cleaner(lines):
    from dataclasses import replace

    def cleaned(**names):
        extract = replace(DEFAULT.extract, names=replace(DEFAULT.extract.names, **names))
        return clean_units(segment("\n\n".join(lines)), "t.txt", settings=replace(DEFAULT, extract=extract))

    assert cleaned().authors == ["Jan van der Berg"]
    limited = cleaned(max_tokens=3)  # four words are more than a name may have here
    assert limited.authors == [] and limited.bio is None  # and a bio speaks of no one


def test_how_long_a_standfirst_under_a_headline_may_be_follows_the_settings_given_to_the_cleaner():
    from dataclasses import replace

    standfirst = "Een klant die klaagt, helpt je."  # six words: too few to be a paragraph of the body
    lines = ["Wie zaagt, geeft u gratis advies", standfirst, "Hilde Wouters", "14/03/2024 om 06:00", P1, P2]

    def cleaned(words: int):
        settings = replace(DEFAULT, classify=replace(DEFAULT.classify, standfirst_max_words=words))
        return clean_units(segment("\n\n".join(lines)), "t.txt", settings=settings)

    assert (cleaned(6).title, cleaned(6).subtitle) == ("Wie zaagt, geeft u gratis advies", standfirst)
    assert cleaned(5).title_derived  # a line under the headline that is no standfirst hides the headline
    assert [b.text for b in cleaned(5).blocks] == [P1, P2]  # the body is the same either way


@pytest.mark.parametrize(
    ("lines", "settings", "changed"),
    [
        (  # a closing question of three words is the column's, not with four asked for
            ["Service is een werkwoord", "Door Jan Smit", P1, P2, "Is dat zo?"],
            {"classify": {"closing_min_words": 4}},
            lambda c: c.blocks[-1].text == P2,
        ),
        (  # a signature under a delimiter right after the column is read, not when none may stand there
            ["Service is een werkwoord", P1, P2, "--", "Jan Smit | Smit Advies, Zwolle"],
            {"extract": {"signature_delimiter_window": 0}},
            lambda c: c.authors == [],
        ),
    ],
    ids=["closing question", "delimited signature"],
)
def test_thresholds_of_the_body_s_end_and_its_signature_follow_the_settings_given_to_the_cleaner(
    lines, settings, changed
):
    from dataclasses import replace

    given = replace(
        DEFAULT, **{group: replace(getattr(DEFAULT, group), **v) for group, v in settings.items()}
    )
    text = "\n\n".join(lines)
    assert not changed(clean_units(segment(text), "t.txt"))
    assert changed(clean_units(segment(text), "t.txt", settings=given))


def test_the_extractors_read_the_page_without_changing_it_and_say_which_lines_they_read():
    from kolom.ingest.classify import classify, signature, type_body
    from kolom.ingest.extract.bio import extract_bio
    from kolom.ingest.extract.publication import extract_publication
    from kolom.ingest.extract.published import extract_date
    from kolom.ingest.extract.title import extract_title

    s = DEFAULT.extract
    bio = "Jan Smit is adviseur en schrijft elke maand over klantcontact."
    lines = [
        "Het Klantenblad",
        "Home",
        "Columns",
        "Contact",
        "Service is een werkwoord",
        "Door Jan Smit",
        "3 maart 2024",
        P1,
        P2,
        bio,
        "© 2024 Het Klantenblad",
    ]
    page = classify(segment("\n\n".join(lines)))
    type_body(page)

    def state():
        return [(j.label, j.reason, j.byline, j.block) for j in page.units], page.start, page.end

    before = state()
    found = [
        extract_title(page, s, ["Jan Smit"], DEFAULT.classify.standfirst_max_words),
        extract_bio(page, ["Jan Smit"], s),
        extract_date(page, ["Jan Smit"], s),
        extract_publication(page, bio, [4], ["Jan Smit"], s),
    ]
    assert state() == before
    assert [f.value for f in found] == [
        ("Service is een werkwoord", None),
        (bio, None),
        "2024-03-03",
        "Het Klantenblad",
    ]
    # headline, the byline under it, bio (the classifier labelled the date's line, the logo stays a menu's)
    read = [lines[4], lines[5], bio]
    assert [page.units[i].text for f in found for i, _ in f.lines] == read

    signed = classify(segment("\n\n".join([P1, P2, "Jan Smit"])))
    labels = [(j.label, j.reason) for j in signed.units]
    i, byline = signature(signed.units, signed.start, signed.end, DEFAULT.classify, s.names)
    assert (signed.units[i].text, byline.names) == ("Jan Smit", ["Jan Smit"])
    assert [(j.label, j.reason) for j in signed.units] == labels


def test_special_spaces_are_read_as_plain_ones_and_the_column_keeps_them_as_written():
    written = P1.replace("reden van", "reden\u00a0van")  # '&nbsp;' in the page
    column = clean("Service\u00a0is\u00a0een werkwoord", "Door\u00a0Jan Smit", written, P2)
    assert (column.title, column.authors) == ("Service is een werkwoord", ["Jan Smit"])
    assert [b.text for b in column.blocks] == [written, P2]


@pytest.mark.parametrize("quotes", ["‘’", "''"])
def test_an_opening_paragraph_ending_in_a_quotation_is_the_column_s_whether_its_quotes_are_curly_or_straight(
    quotes,
):
    opening = f"Ria werkt al zesendertig jaar bij dezelfde bakker en zegt elke ochtend tegen de klanten: {quotes[0]}Wat mag het zijn?{quotes[1]}"
    column = clean("Service is een werkwoord", "Door Jan Smit", opening, P2)
    assert [b.text for b in column.blocks] == [opening, P2]


@pytest.mark.parametrize("address", ["https://www.zaakvoerder.be/columns/het-woord-van-de-klant", ""])
def test_the_page_s_address_pasted_over_it_is_no_logo_and_its_domain_never_spells_the_name(address):
    buttons = ["Abonneren", "Vorige nummers", "Translate", "RSS", "Inloggen"]  # five lines before the logo
    byline = "Door Jan de Vries | 3 maart 2020"
    menu = ["Nieuws", "Ondernemen", "Geld"]
    column = clean(address, *buttons, "ZAAKVOERDER", *menu, "Het woord van de klant", byline, P1, P2)
    assert column.publication == "ZAAKVOERDER"  # the site's own spelling, not 'zaakvoerder.be'
    post = clean(address, "Facebook", "Wachtwoord", "Inloggen", "Lieve gasten,", P1, P2)
    assert post.publication == "Facebook"


CRUMBS = ["Home", ">", "Personeel", ">", "Het woord van de klant", "Column"]


@pytest.mark.parametrize(
    "head",
    [
        [
            "Het woord van de klant | Zaakvoerder",
            "Zaakvoerder",
            "Nieuws",
            "Ondernemen",
        ],  # a browser's page title
        ["Zaakvoerder", *CRUMBS],  # a breadcrumb ending in the headline
        ["Het woord van de klant | Zaakvoerder", *CRUMBS],
    ],
    ids=["page title", "breadcrumb", "both"],
)
def test_a_headline_the_page_repeats_keeps_the_subtitle_under_it_which_it_does_not(head):
    dek = "Wie klaagt, geeft u gratis advies. Wie wegblijft, vertelt het aan de buren, zegt Jan de Vries."
    column = clean(*head, "Het woord van de klant", dek, "Door Jan de Vries | 3 maart 2020", P1, P2)
    assert (column.title, column.subtitle) == ("Het woord van de klant", dek)


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        ("De zelfscan is efficiënt. Maar wie kijkt de klant nog aan?", ["Rob Vermaat"]),  # reads as prose
        ("Een winkel is geen afhaalpunt", ["Wout Claeys", "Lien Vermeulen"]),
    ],
)
def test_a_bare_name_and_date_under_a_standfirst_are_the_byline_not_a_signature_that_ends_the_column(
    headline, names
):
    standfirst = "Supermarkten schuiven hun klanten massaal richting de zelfscankassa, en dat kost ze meer dan ze denken."
    column = clean(headline, standfirst, " en ".join(names), "26 november 2024", P1, P2)
    assert [b.text for b in column.blocks] == [P1, P2]
    assert (column.title, column.subtitle, column.authors, column.date) == (
        headline,
        standfirst,
        names,
        "2024-11-26",
    )


@pytest.mark.parametrize(
    "byline", ["Sofie Vermeulen en Pieter-Jan Claes | Columnisten", "Sofie Vermeulen en Pieter-Jan Claes"]
)
@pytest.mark.parametrize("date", [["3 maart 2024"], []], ids=["dated", "undated"])
def test_bare_names_with_or_without_their_role_after_a_bar_are_the_byline_not_the_subtitle(byline, date):
    column = clean("Service is een werkwoord", byline, *date, P1, P2)
    assert (column.authors, column.subtitle) == (["Sofie Vermeulen", "Pieter-Jan Claes"], None)
    assert [b.text for b in column.blocks] == [P1, P2]


def test_a_byline_read_again_is_read_afresh_whatever_was_done_with_the_first():
    """Bylines are read once per text (a site's lines recur); each reader gets its own names."""
    first = parse_byline("Door Jan de Vries en Piet Bakker", DEFAULT.extract.names)
    first.names.append("Iemand Anders")
    again = parse_byline("Door Jan de Vries en Piet Bakker", DEFAULT.extract.names)
    assert again.names == ["Jan de Vries", "Piet Bakker"]


def test_a_long_question_over_the_body_with_no_headline_above_is_the_title_and_doubted():
    """A one-sentence question long enough to read as prose, heading the first paragraph, is the headline
    when nothing above it is one; it is listed 'te controleren' (no byline or date beside it). Two
    sentences, a sentence ended by a full stop or one trailing off, or one longer than a headline with
    nothing beside it, open the column instead."""
    question = "Waarom bellen klanten nog steeds als ze ook kunnen mailen?"
    column = clean("Home | Columns | Contact", "", question, "", P1, "", P2, "", P3)
    assert column.title == question and not column.title_derived
    assert question not in [b.text for b in column.blocks]
    assert "title" in [d.field for d in column.review]
    for opening in (
        "Kent u dat gevoel? Ik ken het maar al te goed van de mensen in mijn eigen winkel!",
        "Klanten bellen nog steeds, ook als ze net zo goed zouden kunnen mailen.",
        "En dan bellen ze toch weer, ook als ze net zo goed zouden kunnen mailen…",
        "Niemand blijft voor een baas die nooit op de vloer staat want wat heb je van zo iemand nodig?",
    ):
        column = clean("Home | Columns | Contact", "", opening, "", P1, "", P2, "", P3)
        assert column.title_derived and column.blocks[0].text == opening


def test_a_headline_opening_the_body_over_a_dek_gives_title_and_subtitle_two_sentences_only_apart():
    """A headline of one sentence, or of two when no byline just above it has closed the header, over a
    dek: the title and the subtitle. Two sentences under the byline, or with no dek under them, open the
    column."""
    dek = "Wie een mopperende gast wegzet als zeurpiet, gooit gratis advies in de container."
    body = ["", P1 + " " + P2, "", P3]
    for headline in (
        "De zelfscan is efficiënt. Maar wie kijkt de klant nog aan?",
        "Wie kijkt de klant nog aan?",
    ):
        for label in ("Column", "maandag 25 november 2024"):  # (a blog's date over the headline)
            column = clean("horecavandaag.nl", "", "26.11.2024", "", label, "", headline, "", dek, *body)
            assert (column.title, column.subtitle) == (headline, dek)
            assert [b.text for b in column.blocks] == [P1 + " " + P2, P3]
    two = "De zelfscan is efficiënt. Maar wie kijkt de klant nog aan?"
    column = clean("horecavandaag.nl", "", "Door Rob Vermaat", "", "26.11.2024", "", two, "", dek, *body)
    assert column.title_derived and column.blocks[0].text == two
    column = clean("horecavandaag.nl", "", "26.11.2024", "", "Column", "", two, *body)
    assert column.title_derived and column.blocks[0].text == two


@pytest.mark.parametrize("heading", ["Over de auteur", "Over Marloes", "Over Marloes Kuipers"])
def test_a_line_under_a_heading_about_the_writer_is_the_bio_even_without_the_name(heading):
    """A profile under 'Over <name>' or 'Over de auteur' need not name its writer ('Retailadviseur |
    Schrijft wekelijks De Toonbank'); under a bare 'Auteur' badge a line is the writer's reply to a reader."""
    role = "Retailadviseur | Schrijft wekelijks De Toonbank | Spreker over klantgedrag in winkels"
    byline = "Marloes Kuipers | 5 minuten leestijd"
    column = clean(
        "De tablet bij de deur", "", byline, "", P1, "", P2, "", P3, "", heading, "", role, "", "Andere blogs"
    )
    assert column.authors == ["Marloes Kuipers"] and column.bio == role
    assert role not in [b.text for b in column.blocks]
    reply = "Doe dat! En laat me weten wat erop komt te staan, ik ben benieuwd."
    column = clean(
        "De tablet bij de deur", "", byline, "", P1, "", P2, "", P3, "", "Reacties", "", "Auteur", "", reply
    )
    assert column.bio is None


def test_a_box_of_two_writers_over_the_headline_gives_both_authors_their_bio_and_the_listed_headline(
    tmp_path,
):
    """'A en B' over 'A en B zijn ...' heads the page: both are the authors, the paragraph their bio, and the
    headline under it (which sibling pages list) the title, its dek the subtitle."""
    from kolom import pipeline

    writers = "Fatima El Idrissi en Daan Verbruggen"
    bio = f"{writers} zijn partners bij een adviesbureau in Utrecht. Zij begeleiden bedrijven in retail en horeca."
    titles = ["Schaf het jaarlijkse gesprek af", "Het rooster is een belofte", "Wie luistert, houdt mensen"]
    subs = [
        f"{k} redenen om het gesprek met je medewerkers niet in één uur te proppen"
        for k in ("Vijf", "Zes", "Tien")
    ]
    for n, title in enumerate(titles):
        body = [f"{P1} {P2}".replace("Klanten", f"{word} {n}") for word in ("Mensen", "Zij", "Wij")]
        page = [
            "Klantbeleving",
            "",
            "Columns",
            "",
            writers,
            "",
            bio,
            "",
            title,
            "",
            subs[n],
            "",
            f"{n + 3} maart 2021",
        ]
        siblings = [t for t in titles if t != title]
        text = "\n\n".join([*page, *body, "Meer columns", *siblings, "© Klantbeleving 2024"])
        (tmp_path / f"{n}.txt").write_text(text)
    for column in pipeline.run(tmp_path, workers=1).columns:
        n = int(column.source[0])
        assert (column.title, column.subtitle) == (titles[n], subs[n])
        assert (column.authors, column.bio) == (["Fatima El Idrissi", "Daan Verbruggen"], bio)
        assert column.blocks[0].text.startswith(f"Mensen {n}")


def test_two_writers_box_over_a_listed_headline_on_a_generated_site(tmp_path):
    """The same on a site of seven gold columns (bench/templates.py, draw 8), where the box's paragraph is
    where the body would start: the box names both writers over it."""
    from bench.templates import write_sites
    from kolom import pipeline

    folder = write_sites(tmp_path / "sites", 8)
    stem = "author_on_top_dev_211_ondernemerszaken_beoordelingsgesprek"
    (column,) = [c for c in pipeline.run(folder / "raw").columns if c.source == f"{stem}.txt"]
    gold = json.loads((folder / "gold" / f"{stem}.json").read_text("utf-8"))
    assert (column.title, column.subtitle, column.bio) == (gold["title"], gold["subtitle"], gold["bio"])
    assert column.authors == gold["author"]


ROLE = "Retailadviseur | Schrijft wekelijks De Toonbank | Spreker over klantgedrag in winkels"


def test_a_profile_of_parts_under_the_writers_bare_name_is_the_bio_and_ends_there():
    """An author box of the name over a profile line ('A | B | C'), under the column or over the headline
    past a stray mark ('• 2e'): the bio, whole without a full stop (the link under it is no part of it), and
    the box is no anchor for the headline above it."""
    foot = ["", "Marloes Kuipers", "", ROLE, "", "Bekijk alle artikelen van Marloes Kuipers"]
    column = clean("De tablet bij de deur", "", "Door Marloes Kuipers", "", P1, "", P2, "", P3, *foot)
    assert (column.authors, column.bio) == (["Marloes Kuipers"], ROLE)
    removed = {r.text: r.reason for r in column.removed}
    assert removed["Marloes Kuipers"] is Reason.BYLINE and removed[ROLE] is Reason.BIO
    head = ["Werkkring", "Zoeken", "Mijn netwerk", "", "Probeer Premium voor € 0", ""]
    column = clean(
        *head, "Marloes Kuipers", " • 2e", ROLE, "5 mnd •  Bewerkt • ", "+ Volgen", "", P1, "", P2, "", P3
    )
    assert (column.authors, column.bio) == (["Marloes Kuipers"], ROLE)
    assert column.title_derived and [b.text for b in column.blocks] == [P1, P2, P3]


def test_a_line_under_someone_elses_name_or_a_sentence_under_the_writers_is_no_profile():
    """A reader's profile under the reader's name, or the writer's reply under the writer's name."""
    byline = "Door Marloes Kuipers"
    other = ["", "Joost Hermans", "", "Eigenaar bij Hermans Schoenen | Oosterhout | Schoenen en sokken"]
    column = clean("De tablet bij de deur", "", byline, "", P1, "", P2, "", P3, *other)
    assert column.bio is None
    reply = ["", "Marloes Kuipers", "", "Dank je, Joost | probeer het eens en laat weten hoe het ging!"]
    column = clean("De tablet bij de deur", "", byline, "", P1, "", P2, "", P3, *reply)
    assert column.bio is None


def test_a_dek_right_under_the_headline_with_the_byline_at_the_foot_is_the_subtitle():
    """A magazine sets its standfirst under the headline and signs the column at its foot: a sentence or
    two of a dek's length over a longer paragraph is the subtitle; a paragraph of running length, or one
    over a shorter paragraph, opens the column."""
    dek = "Wie een mopperende gast wegzet als zeurpiet, gooit gratis advies in de container."
    page = ["horecavandaag.nl", "", "Menu", "", "juni 2023", "", "Klachten zijn cadeautjes", ""]
    foot = ["", "Marloes Verhagen", "", "Copyright 2024 Horeca Vandaag"]
    column = clean(*page, dek, "", P1 + " " + P2, "", P2, "", P3, *foot)
    assert (column.title, column.subtitle) == ("Klachten zijn cadeautjes", dek)
    assert dek not in [b.text for b in column.blocks]
    opening = P1 + " " + P3
    column = clean(*page, opening, "", P1 + " " + P2 + " " + P3, "", P2, "", P3, *foot)
    assert column.subtitle is None and column.blocks[0].text == opening
    column = clean(*page, P2, "", dek, "", P1 + " " + P3, "", P3, *foot)  # short paragraphs all along
    assert column.subtitle is None and column.blocks[0].text == P2
