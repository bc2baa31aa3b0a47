"""Classifier rules, each on hand-built input: one label or reason per test."""

from __future__ import annotations

import pytest

from kolom.ingest.classify import best_run, is_glued_double, label_unit, normalise
from kolom.ingest.clean import clean_units
from kolom.ingest.extract.byline import parse_byline
from kolom.ingest.extract.names import is_name
from kolom.ingest.page import Label
from kolom.ingest.segment import make_unit, segment
from kolom.model import BlockType, Reason, SiteLines
from kolom.settings import DEFAULT

P = "Klanten zijn de reden van ons werk en zonder hen is er geen bedrijf, dat weten we allemaal wel."


def judge(text: str, recurring: frozenset[str] = frozenset()):
    return label_unit(
        make_unit(text, 1), set(), SiteLines(recurring), DEFAULT.classify, DEFAULT.extract.names
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share on facebook", Reason.SHARE),
        ("Deel dit artikel", Reason.SHARE),
        ("Facebook0Tweet0Email0Print0", Reason.SHARE),
        ("Lees verder", Reason.RELATED),
        ("Home > Nieuws > Columns", Reason.NAVIGATION),
        ("Deze website gebruikt cookies om je ervaring te verbeteren.", Reason.COOKIE),
        ("Schrijf je in voor onze nieuwsbrief", Reason.CALL_TO_ACTION),
        ("Whitepaper: Hoe bedien ik mijn klanten online?", Reason.ADVERT),
        ("1823 CW Alkmaar", Reason.CONTACT),
        ("KvK 12345678", Reason.CONTACT),
        ("info@voorbeeld.nl", Reason.CONTACT),
        ("© 2019 Webbureau", Reason.COPYRIGHT),
        ("Website door Studio Pixel", Reason.COPYRIGHT),
        ("Geef een reactie", Reason.COMMENTS),
        ("Tags: klanten, service", Reason.TAGS),
        ("fbpx", Reason.TRACKER),
        ("Klik hier voor de PDF-versie", Reason.DOWNLOAD),
        ("Pagina 3 van 12", Reason.PAGE_FURNITURE),
        # the editors about the column, or a note to them left in the document
        ("Elke maand schrijft Els Kok een column voor ons blad. Lees hem hieronder.", Reason.EDITORIAL),
        ("Hieronder leest u de column van deze week.", Reason.EDITORIAL),
        ("Mijn column van deze week, voor wie hem nog niet las 👇", Reason.EDITORIAL),
        ("Noot voor de redactie: de foto volgt morgen.", Reason.EDITORIAL),
        ("NB aan de redactie: graag geen tussenkopjes.", Reason.EDITORIAL),
    ],
)
def test_boilerplate_patterns(line, reason):
    assert judge(line).reason is reason


@pytest.mark.parametrize(
    "line",
    [
        "Service",
        "Wat bepaalt eigenlijk ‘kleefkracht’?",
        "2015 en verder",
        P,
        "Hieronder zet ik de drie fouten op een rij die ik het vaakst zie.",  # no column spoken of
        "De redactie van een vakblad weet precies wat haar lezers willen.",  # no note to the editors
    ],
)
def test_body_lines_are_not_boilerplate(line):
    assert judge(line).label in (Label.PROSE, Label.SHORT)


def test_byline_and_date_lines_are_metadata():
    assert judge("Door Jan de Vries").byline.names == ["Jan de Vries"]
    assert judge("maandag 3 maart 2014").date == "2014-03-03"


def test_line_recurring_in_other_files_is_furniture():
    assert judge(
        "Volg ons ook op Mastodon en Bluesky", frozenset({"volg ons ook op mastodon en bluesky"})
    ).reason in (
        Reason.RECURRING,
        Reason.SHARE,
    )
    assert (
        judge("Onze vestiging in het zuiden", frozenset({"onze vestiging in het zuiden"})).reason
        is Reason.RECURRING
    )


def test_glued_teaser():
    shortest = DEFAULT.classify.glued_double_min_chars
    assert is_glued_double("Wie beslist er eigenlijk?Wie beslist er eigenlijk?", shortest)
    assert not is_glued_double("Wie beslist er eigenlijk?", shortest)


def test_best_run_is_the_maximum_sum_span():
    assert best_run([-5, 10, -2, 8, -30, 4]) == (1, 4)


def test_headings_quotes_lists_and_closing_question_are_kept():
    text = "\n\n".join(
        [
            "Mijn titel",
            P,
            "Een tussenkop",
            P.replace("Klanten", "Mensen"),
            "  • eerste punt van de lijst dat telt",
            "  • tweede punt van de lijst dat telt",
            P.replace("Klanten", "Zij"),
            "Wat vind jij daarvan?",
            "Share on twitter",
        ]
    )
    column = clean_units(segment(text), "t.txt")
    types = [(b.type, b.text) for b in column.blocks]
    assert (BlockType.HEADING, "Een tussenkop") in types
    assert (BlockType.LIST_ITEM, "• eerste punt van de lijst dat telt") in types
    assert types[-1] == (BlockType.PARAGRAPH, "Wat vind jij daarvan?")
    assert column.title == "Mijn titel"


@pytest.mark.parametrize(
    "closing",
    [
        "Stop dus met ontzien. Begin met investeren.",
        "Tot volgende week.",
        "Dat moeten we samen delen.",  # words a page also uses of itself, in the column's own sense
        "Ik heb het boek drie keer gelezen.",
    ],
)
def test_a_short_closing_statement_under_the_last_paragraph_is_kept(closing):
    text = "\n\n".join(
        ["Mijn titel", "Door Jan de Vries", P, P.replace("Klanten", "Zij"), closing, "Tags: cao, personeel"]
    )
    column = clean_units(segment(text), "t.txt")
    assert [b.text for b in column.blocks][-1] == closing


@pytest.mark.parametrize(
    "line", ["Er zijn nog geen reacties.", "Dit artikel is 1234 keer gelezen.", "Ingezonden door een lezer."]
)
def test_a_short_line_under_the_column_that_speaks_of_the_page_is_not_its_closing(line):
    text = "\n\n".join(["Mijn titel", "Door Jan de Vries", P, P.replace("Klanten", "Zij"), line])
    column = clean_units(segment(text), "t.txt")
    assert [b.text for b in column.blocks][-1] == P.replace("Klanten", "Zij")


def test_a_one_line_bio_under_the_last_paragraph_is_the_bio_not_a_closing_statement():
    bio = "Jan de Vries is eigenaar van een fietsenwinkel in Zwolle."
    text = "\n\n".join(["Mijn titel", "Door Jan de Vries", P, P.replace("Klanten", "Zij"), bio, "Tags: cao"])
    column = clean_units(segment(text), "t.txt")
    assert column.bio == bio and [b.text for b in column.blocks][-1] == P.replace("Klanten", "Zij")


QUOTED = "Gastvrijheid begint niet aan tafel, het begint al bij de deurklink van de zaak."


def test_markdown_headings_and_quotes_are_typed_by_their_marks_and_keep_them():
    text = "\n\n".join(
        ["Mijn titel", P, "## waarom het werkt", P.replace("Klanten", "Zij"), "> " + QUOTED, P]
    )
    blocks = clean_units(segment(text), "t.txt").blocks
    heading = next(b for b in blocks if b.type is BlockType.HEADING)
    quote = next(b for b in blocks if b.type is BlockType.QUOTE)
    assert (heading.text, heading.content) == ("## waarom het werkt", "waarom het werkt")
    assert (quote.text, quote.content) == ("> " + QUOTED, QUOTED)


def test_a_list_item_keeps_the_marker_it_was_written_with():
    """The column's text as written ('2. Dan de prijs', '• punt'); its content without the marker."""
    text = "\n\n".join(
        [
            "Mijn titel",
            P,
            "1. Eerst de klant die binnenkomt",
            "2. Dan de prijs die hij betaalt",
            P.replace("Klanten", "Zij"),
            "• een punt van de lijst dat telt",
            "• nog een punt van de lijst",
            P.replace("Klanten", "Mensen"),
            "3. Een regel die alleen staat is geen lijst maar een zin.",
            P.replace("Klanten", "Wij"),
        ]
    )
    blocks = clean_units(segment(text), "t.txt").blocks
    items = [b for b in blocks if b.type is BlockType.LIST_ITEM]
    assert [b.text for b in items] == [
        "1. Eerst de klant die binnenkomt",
        "2. Dan de prijs die hij betaalt",
        "• een punt van de lijst dat telt",
        "• nog een punt van de lijst",
    ]
    assert [b.content for b in items][1] == "Dan de prijs die hij betaalt"
    assert [b.number for b in items] == [1, 2, None, None]
    lone = next(b for b in blocks if b.text.startswith("3."))
    assert lone.type is BlockType.PARAGRAPH and lone.content == lone.text  # shown as written


def test_end_marker_stops_the_body_before_teasers():
    teaser = "Dat heb jij vast ook wel eens meegemaakt met een klant die maar vragen blijft stellen aan jou."
    text = "\n\n".join(
        [P, P.replace("Klanten", "Wij"), "Lees ook", teaser, "Lees verder", teaser.replace("Dat", "Dit")]
    )
    column = clean_units(segment(text), "t.txt")
    assert [b.text for b in column.blocks] == [P, P.replace("Klanten", "Wij")]


def test_pull_quote_repeating_the_body_is_removed():
    quote = "zonder hen is er geen bedrijf, dat weten we allemaal wel."
    column = clean_units(segment("\n\n".join([P, quote, P.replace("Klanten", "Wij")])), "t.txt")
    assert [b.text for b in column.blocks] == [P, P.replace("Klanten", "Wij")]
    assert {r.text: r.reason for r in column.removed}[quote] is Reason.REPEATED


@pytest.mark.parametrize(
    "again",
    [
        "ZO’N KLANT  komt terug, zegt de eigenaar van de zaak, als je hem werkelijk ziet staan.",  # case, spaces
        "Zo‘n klant komt terug, zegt de eigenaar van de zaak, als je hem werkelijk ziet staan.",  # 'zo‘n': 2 words
    ],
)
def test_a_paragraph_the_page_repeats_in_another_case_quote_or_spacing_is_kept_once(again):
    first = "Zo'n klant komt terug, zegt de eigenaar van de zaak, als je hem werkelijk ziet staan."
    column = clean_units(segment("\n\n".join([P, first, again, P.replace("Klanten", "Wij")])), "t.txt")
    assert [b.text for b in column.blocks] == [P, first, P.replace("Klanten", "Wij")]
    assert {r.text: r.reason for r in column.removed}[again] is Reason.REPEATED


def test_a_photo_caption_quoting_the_column_is_removed_and_a_quote_of_its_own_stays():
    said = "Sinds de webshop dicht is, heb ik tijd voor mijn klanten. Ik weet weer wie er binnenkomt."
    caption = "Marleen Bosch in haar winkel: „Ik weet weer wie er binnenkomt.”"
    own = "Een klant zei het vorige week zo: „Ik kom hier voor het gesprek, niet voor de jurk.”"
    column = clean_units(segment("\n\n".join([P, caption, said, own])), "t.txt")
    assert [b.text for b in column.blocks] == [P, said, own]
    assert {r.text: r.reason for r in column.removed}[caption] is Reason.REPEATED


def test_hard_wrapped_text_is_rejoined_with_hyphenation_and_page_numbers_dropped():
    para = (
        "De klant staat centraal in elk bedrijf dat wil groeien en bloeien in een\n"
        "markt die steeds sneller verandert. Wie niet luistert naar zijn klanten,\n"
        "verliest ze aan een concurrent die dat wel doet, en dat gebeurt vaak zon-\n"
        "der dat de ondernemer het zelf merkt of er iets aan kan doen achteraf.\n"
    )
    text = (
        "Kennisbank Klantgericht\n"
        + para
        + "\n3\n\nKennisbank Klantgericht\n"
        + para
        + "\n4\n\nKennisbank Klantgericht\n"
        + para
    )
    column = clean_units(segment(text), "t.txt")
    assert "zonder dat de ondernemer" in column.blocks[0].text
    reasons = {r.text: r.reason for r in column.removed}
    assert reasons["3"] is Reason.PAGE_FURNITURE
    assert reasons["Kennisbank Klantgericht"] in (Reason.PAGE_FURNITURE, Reason.TITLE)


def test_inline_lees_ook_block_does_not_end_the_column():
    intro = P + " " + P.replace("Klanten", "Collega's")
    later = [P.replace("Klanten", w) + " " + P for w in ("Wij", "Zij", "Jullie")]
    text = "\n\n".join([intro, "Lees ook:", "Zo houd je klanten tevreden", *later])
    column = clean_units(segment(text), "t.txt")
    assert [b.text for b in column.blocks] == [intro, *later]
    assert {r.text for r in column.removed} >= {"Lees ook:", "Zo houd je klanten tevreden"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Column van Jan Jansen", "Jan Jansen"),
        ("Jan Jansen | 3 maart 2014", "Jan Jansen"),
        ("3 maart 2014 - Jan de Vries", "Jan de Vries"),
        ("Geplaatst op 12 maart 2019 door Petra van der Linden", "Petra van der Linden"),
        ("Dit is een column van Sandra de Wit-Bakker", "Sandra de Wit-Bakker"),
    ],
)
def test_dutch_bylines(line, name):
    assert judge(line).byline.names == [name]


@pytest.mark.parametrize("line", ["Originally Posted", "Geplaatst door Redactie", "Posted in Nieuws"])
def test_publishing_words_are_not_names(line):
    names = DEFAULT.extract.names
    assert parse_byline(line, names, bare_name_ok=True) is None and not is_name(line, names)


def test_a_paragraph_set_in_quotes_after_a_colon_is_a_quote():
    quote = "“Wie zijn klanten niet kent, verkoopt alleen maar spullen en geen vertrouwen aan mensen.”"
    text = "\n\n".join([P, "Mijn vader zei het elke zaterdag tegen mij:", quote, P.replace("Klanten", "Wij")])
    column = clean_units(segment(text), "t.txt")
    assert [b.type for b in column.blocks if b.text == quote] == [BlockType.QUOTE]


def test_a_paragraph_with_guillemet_quotes_is_prose_not_a_teaser_link():
    text = "Mijn vader zei het elke zaterdag: «Wie wacht op klanten, verliest ze aan de buren.»"
    assert judge(text).label is Label.PROSE


def test_a_headline_other_pages_list_is_labelled_as_such_and_can_be_the_title():
    site = SiteLines(frozenset({"trouw begint bij een naam"}), frozenset({"trouw begint bij een naam"}))
    text = "\n".join(
        [
            "Home | Nieuws | Columns",
            "Trouw begint bij een naam",
            "Door Griet Vanhoutte | 9 februari 2016",
            P,
            P.replace("Klanten", "Wij"),
        ]
    )
    column = clean_units(segment(text), "t.txt", site)
    assert column.title == "Trouw begint bij een naam" and not column.title_derived
    as_furniture = clean_units(segment(text), "t.txt", SiteLines(site.furniture))
    assert as_furniture.title_derived


def test_a_headline_shaped_like_a_name_is_the_title_when_listed_or_read_as_x_in_y_but_a_name_is_not():
    """Capitalised words, with or without particles, read as a name ('Zomer Aan Zee'); other pages listing
    the line as a headline say it is one. A name standing alone has no 'in'/'op' after its first word
    ('Stilte in de Biesbosch' is a headline, as the byline reader holds too). The author's own name, listed
    as well, still names the author."""

    name = "Lieven De Smedt"

    def page(head: str) -> list:
        lines = ["Home | Nieuws | Columns", head, P, P.replace("Klanten", "Wij"), f"{name}, april 2019"]
        return segment("\n".join(lines))

    def listed(line: str) -> SiteLines:
        return SiteLines(frozenset({normalise(line)}), frozenset({normalise(line)}))

    for headline in ("Zomer Aan Zee", "Stilte in de Biesbosch"):
        column = clean_units(page(headline), "t.txt", listed(headline))
        assert column.title == headline and not column.title_derived and column.authors == [name]
    assert clean_units(page("Zomer Aan Zee"), "t.txt").title_derived
    assert clean_units(page("Stilte in de Biesbosch"), "t.txt").title == "Stilte in de Biesbosch"
    by_name = clean_units(page(name), "t.txt", listed(name))
    assert by_name.authors == [name] and by_name.title_derived


def test_blank_separated_pdf_text_runs_on_after_a_full_stop_and_keeps_compound_hyphens():
    lines = [
        "Vorige maand zat ik aan tafel bij een installatie-",
        "bedrijf in de Achterhoek met twaalf man personeel.",
        "‘Waarom reageert er niemand?’ vroeg de eigenaar.",
        "",
        "Ik ken inmiddels tientallen van zulke bedrijven",
        "in het oosten van het land, vooral in Oost-",
        "Nederland, en ze hebben allemaal te weinig mensen.",
        "",
        "Dat vraagt wel iets van de werkgever, want je moet",
        "tijd vrijmaken om mensen zelf op te leiden en dat",
        "kost in het begin meer dan het oplevert voor de zaak.",
        "",
        "Een vaste klant heet in dit vak een A-",
        "klant, en wie zijn e-",
        "mail niet leest, verliest hem aan de concurrent.",
    ]
    units = segment("\n".join(lines))
    assert (
        units[-1].text
        == "Een vaste klant heet in dit vak een A-klant, en wie zijn e-mail niet leest, verliest hem aan de concurrent."
    )
    assert [u.text for u in units][:2] == [
        "Vorige maand zat ik aan tafel bij een installatiebedrijf in de Achterhoek met twaalf man personeel. "
        "‘Waarom reageert er niemand?’ vroeg de eigenaar.",
        "Ik ken inmiddels tientallen van zulke bedrijven in het oosten van het land, vooral in Oost-Nederland, "
        "en ze hebben allemaal te weinig mensen.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "> **Lees ook:** [De vijf vragen die elke discovery call moet bevatten](/blog/vijf-vragen)",  # Markdown
        "Vond je dit artikel nuttig?",
        "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
        "Deze column verscheen eerder in vakblad Leidingwerk (nr. 9, 2023).",
    ],
)
def test_boilerplate_is_recognised_through_markdown_markup_and_in_its_other_forms(line):
    from kolom.patterns.boilerplate import match_line

    assert match_line(line) is not None


def test_a_sentence_with_markdown_emphasis_and_a_link_is_no_boilerplate():
    from kolom.patterns.boilerplate import match_line

    assert match_line("Dit is een **gewone** zin met [een link](https://example.org) erin.") is None


def test_a_running_head_with_its_page_number_set_apart_is_page_furniture_even_once():
    """A book's running heads alternate (book title, chapter title): each may stand only once in a sample."""
    from kolom.ingest.segment import running_furniture

    units = segment("\n\n".join([P, "De klant die alles al weet        87", P.replace("Klanten", "Zij")]))
    assert running_furniture(units) == {"De klant die alles al weet        87"}
    assert running_furniture(segment("\n\n".join([P, "Prijs 87", "Een kop van 1998"]))) == set()
    heads = ["12   ACHTER DE TOONBANK", P, "ACHTER DE TOONBANK   14", P.replace("Klanten", "Zij")]
    assert running_furniture(segment("\n\n".join(heads))) == {heads[0], heads[2]}  # a gap of three spaces
    feet = ["Klantenservice   3", P, "Klantenservice   4", P.replace("Klanten", "Zij")]  # its number changing
    assert running_furniture(segment("\n\n".join(feet))) == {feet[0], feet[2]}


def test_a_repost_carrying_comments_is_a_copy_and_the_lines_they_share_stay_in_both():
    """A column reposted elsewhere, each copy with its own readers' comments, shares most of either page's
    paragraphs:
    its short lines (a subheading, the closing question) are the column's own, not furniture."""
    from kolom.corpus.recurring import LineHolders, furniture, line_keys

    column = [f"{P} {P} {P} Alinea {n} van de column zelf." for n in range(6)]
    comments = [f"{P} {P} {P} Reactie {n} van een lezer." for n in range(8)]  # each page its own four
    own = ["Wat meet jij eigenlijk?"]
    holders = LineHolders()
    holders.add("origineel.txt", line_keys(segment("\n\n".join([*column, *own, *comments[:4]]))))
    holders.add("repost.txt", line_keys(segment("\n\n".join([*column, *own, *comments[4:]]))))
    assert furniture(holders)["origineel.txt"].furniture == frozenset()


def test_furniture_is_what_other_pages_carry_and_a_headline_they_list_below_their_body_is_listed():
    """A site's menu line on three pages recurs on each; a page's headline that only the others carry,
    under their body ('Lees ook'), recurs there and is listed here; a line of one page alone recurs nowhere."""
    from kolom.corpus.recurring import LineHolders, furniture, line_keys

    def page(n: int, header: list[str], footer: list[str]) -> str:
        body = [f"{P} {P} {P} Alinea {n}.{k} van deze column." for k in range(3)]
        return "\n\n".join([*header, *body, *footer])

    holders = LineHolders()
    holders.add("a.txt", line_keys(segment(page(1, ["Home Columns Contact", "De klant wacht niet"], []))))
    holders.add(
        "b.txt",
        line_keys(segment(page(2, ["Home Columns Contact", "Een ander verhaal"], ["De klant wacht niet"]))),
    )
    holders.add(
        "c.txt",
        line_keys(segment(page(3, ["Home Columns Contact", "Het derde stuk"], ["De klant wacht niet"]))),
    )
    lines = furniture(holders)
    assert lines["a.txt"].furniture == {"home columns contact", "de klant wacht niet"}
    assert lines["a.txt"].listed == {"de klant wacht niet"}
    assert lines["b.txt"].furniture == {"home columns contact", "de klant wacht niet"}
    assert lines["b.txt"].listed == frozenset()  # under its body: a list, not its headline
    assert "een ander verhaal" not in lines["b.txt"].furniture


def test_a_headline_the_others_list_in_a_sidebar_over_their_posts_is_listed_where_it_stands_over_the_byline():
    """A blog sets its recent posts in a sidebar above each post: the others carry this page's headline in
    their headers too, but only this page sets it right over its byline. A category line that every page
    sets over its headline is furniture, not listed."""
    from kolom.corpus.recurring import LineHolders, furniture, line_keys

    titles = ["De klant wacht niet", "Een ander verhaal", "Het derde stuk"]

    def page(n: int) -> str:
        sidebar = [
            "Recente berichten",
            *[t for t in titles if t != titles[n]],
            "Categorieën",
            "Klantenservice nu",
        ]
        body = [f"{P} {P} {P} Alinea {n}.{k} van deze column." for k in range(3)]
        return "\n\n".join([*sidebar, titles[n], f"3 maart 202{n} — Auteur: Jan de Vries", *body])

    holders = LineHolders()
    for n in range(3):
        holders.add(f"{n}.txt", line_keys(segment(page(n))))
    lines = furniture(holders)
    for n in range(3):
        assert normalise(titles[n]) in lines[f"{n}.txt"].furniture
        assert lines[f"{n}.txt"].listed == {normalise(titles[n])}
    # a menu's last entry right over the byline of the one untitled page: the others carry it beside their
    # own headline and the menu, never beside another page's headline
    holders = LineHolders()
    for n in range(4):
        body = [f"{P} {P} {P} Alinea {n}.{k} van deze column." for k in range(3)]
        headline = [titles[n]] if n < 3 else []
        text = "\n\n".join(["Home", "Blog", "Demo aanvragen", *headline, "Door Jan de Vries", *body])
        holders.add(f"{n}.txt", line_keys(segment(text)))
    assert not furniture(holders)["3.txt"].listed
    # a label every page sets over its byline is the site's, listed nowhere
    holders = LineHolders()
    for n in range(3):
        body = [f"{P} {P} {P} Alinea {n}.{k} van deze column." for k in range(3)]
        text = "\n\n".join([titles[n], "Onze vaste column", "Door Jan de Vries", *body])
        holders.add(f"{n}.txt", line_keys(segment(text)))
    lines = furniture(holders)
    assert "onze vaste column" in lines["0.txt"].furniture and not lines["0.txt"].listed


def test_a_product_pitch_closing_with_a_demo_call_is_a_call_to_action():
    from kolom.patterns.boilerplate import match_line

    pitch = "Wil je zien hoe je met Planrijk een rooster maakt? Plan een vrijblijvende demo met een van onze experts."
    assert match_line(pitch) is Reason.CALL_TO_ACTION
    assert (
        match_line("Ontdek hoe kmo's het doen met Loket. Vraag vandaag nog een gratis demo aan.")
        is Reason.CALL_TO_ACTION
    )
    assert match_line("De verkoper gaf ons een demo. Het werkte niet.") is None


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        ("Wil je meer weten? Neem contact met ons op.", True),
        ("Neem gerust contact op.", True),
        ("Meer weten? Neem contact op via info@brandwijkadvies.nl", True),
        ("Neem contact op met de klant die klaagde, en luister.", False),
        ("Wat doe je dan? Neem contact op met de klant.", False),
    ],
)
def test_an_invitation_to_contact_the_site_is_a_call_to_action_not_a_closing_line(line, pitch):
    from kolom.patterns.boilerplate import match_line

    assert (match_line(line) is Reason.CALL_TO_ACTION) is pitch
    column = clean_units(
        segment("\n\n".join(["Mijn titel", "Door Jan de Vries", P, P.replace("Klanten", "Zij"), line])),
        "t.txt",
    )
    assert (column.blocks[-1].text == line) is not pitch


def test_a_documents_header_repeated_after_a_page_number_and_its_path_are_page_furniture():
    """A Word document printed to text: its header line and file path return on every page."""
    header = "Jan de Vries – column (aanlevering)"
    page = [
        f"{P} {P}".replace("Klanten", word, 1) for word in ("Zij", "Mensen", "Wij", "Ze", "Jullie", "Allen")
    ]
    text = "\n\n".join(
        [header, "Mijn titel", *page[:3], "Pagina 1 van 2", r"C:\Users\jan\column.docx", header, *page[3:]]
    )
    column = clean_units(segment(text), "t.txt")
    assert [b.text for b in column.blocks] == page
    removed = {r.text: r.reason for r in column.removed}
    assert removed[r"C:\Users\jan\column.docx"] is Reason.PAGE_FURNITURE
    assert [r.reason for r in column.removed if r.text == header] == [Reason.BYLINE, Reason.PAGE_FURNITURE]


def test_a_salutation_over_the_first_paragraph_opens_the_body():
    text = "\n\n".join(
        ["Mirjam Oosterhuis", "6 maart 2022", "Lieve gasten van De Zwaan,", P, P.replace("Klanten", "Zij")]
    )
    assert clean_units(segment(text), "t.txt").blocks[0].text == "Lieve gasten van De Zwaan,"


def test_a_headline_the_page_lists_again_is_no_running_head():
    from kolom.ingest.segment import running_furniture

    title = "Munten vallen niet eerlijk"
    units = segment("\n\n".join([title, P, f"• {title}", "• Een ander stuk", f"• {title}", "• Nog een stuk"]))
    assert title not in running_furniture(units)
    assert title in running_furniture(segment("\n\n".join([title, P, title, P, title])))


def test_a_day_and_month_opening_a_line_is_a_date_not_a_numbered_item():
    units = segment(
        "31. Oktober 2023. Woher kommt eigentlich der Hass?\n\n12. maart: de eerste dag\n\n1. Jan Jansen"
    )
    assert [(u.marker, u.text[:12]) for u in units] == [
        ("", "31. Oktober "),
        ("", "12. maart: d"),
        ("1.", "Jan Jansen"),
    ]


def test_a_unit_counts_words_joined_by_apostrophes_and_hyphens_as_one_and_its_function_words():
    unit = make_unit("Zo'n e-mail-actie van 3 klanten, ’t werkt- niet -- of wel?", 1)
    # zo'n | e-mail-actie | van | klanten | t | werkt | niet | of | wel: digits, lone dashes and a
    # hyphen that ends a word join nothing
    assert (unit.words, unit.stopwords) == (9, 4)  # function words: van, niet, of, wel


def test_a_running_head_is_as_long_as_the_settings_given_to_the_cleaner_allow():
    from dataclasses import replace

    head = "Kolom over klanten en service"  # five words, on every page
    text = "\n\n".join([head, P, P.replace("Klanten", "Gasten"), head, P.replace("Klanten", "Zij"), head])
    reasons = {r.reason for r in clean_units(segment(text), "t.txt").removed if r.text == head}
    assert reasons == {Reason.PAGE_FURNITURE}
    shorter = replace(DEFAULT, segment=replace(DEFAULT.segment, running_head_max_words=4))
    reasons = {
        r.reason for r in clean_units(segment(text), "t.txt", settings=shorter).removed if r.text == head
    }
    assert Reason.PAGE_FURNITURE not in reasons


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])  # no-break, narrow no-break, thin
def test_a_boilerplate_line_written_with_other_spaces_is_read_as_with_plain_ones(space):
    from kolom.patterns.boilerplate import match_end_marker, match_line

    for line in ["Ga naar de inhoud", "Wachtwoord vergeten?", "Deel dit artikel", "Lees ook:"]:
        written = line.replace(" ", space)
        assert match_line(written) is match_line(line) is not None
        assert match_end_marker(written) is match_end_marker(line)
    assert judge("Lees\u00a0ook:").label is Label.END


def test_three_one_word_lines_in_a_row_are_a_menu_and_two_are_not():
    """A run of menu_min_items short lines without punctuation is navigation; a shorter run stays."""
    from kolom.ingest.classify import classify

    def reasons(header: list[str]) -> list[Reason | None]:
        page = classify(segment("\n\n".join([*header, "Een kop boven de column", P, P, P])))
        return [j.reason for j in page.units[: len(header)]]

    assert DEFAULT.classify.menu_min_items == 3
    assert reasons(["Ondernemen", "Marketing", "Klantenservice"]) == [Reason.NAVIGATION] * 3
    assert Reason.NAVIGATION not in reasons(["Ondernemen", "Marketing"])
