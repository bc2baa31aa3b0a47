"""One site, many columns, on templates kolom was not built on: the gold columns of `dev` and `series`
poured into eight site templates of other shapes, seven columns a site.

Each template sets the same metadata differently (a WordPress post line, a Flemish newspaper's numeric
dateline, a magazine's issue line, a company blog's 'Naam | datum | leestijd', a date over the headline
with the name under the column, 'Gepubliceerd:' and 'Auteur:' fields, 'Door A op 3 mrt 2021', the writer's
box over the headline) and carries its own furniture (menus, share bars, related headlines of its sibling
pages, imprint, address and copyright lines). A site holds three columns by one series columnist and
four dev columns, so names, bio boxes and headlines recur across its pages as on a real site. The gold is
the column's own, with the site's name as publication and the bio only where the template prints it;
every furniture line is a boilerplate example, so leaks are counted.

`templates2` pours them into eight more templates, written after the first eight were read right, to see
how the reader does on shapes it was not tuned on (a Blogger post, a Medium-like story, a LinkedIn
article, a kicker byline 'COLUMN | A', an e-mail newsletter, a printed copy, a regional paper signing at
the foot, a personal blog).

`families` (write_families) is the other way round: each dev page's own template, writer and bio carry
three more columns, so a real site's furniture, bio box and byline recur across its pages.

usage: python -m bench.templates [SEED] [--more]   (prints the table per template, of the second family
with --more; `make eval` scores seed 1 of both and the families)
"""

from __future__ import annotations

import datetime
import json
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.generate import MONTHS
from kolom.ingest.extract.dates import find_dates
from kolom.ingest.read import read_text
from kolom.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHORT_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
SITE_SIZE = 7  # columns per site: three by one series columnist, four from dev


@dataclass(frozen=True)
class Site:
    name: str
    tagline: str
    domain: str
    year: int = 2024


SITES = [
    Site("Klantgericht Ondernemen", "Over klanten en service", "klantgerichtondernemen.nl"),
    Site("De Winkelvloer", "Het vakblad voor de retail", "dewinkelvloer.nl"),
    Site("ServiceWereld", "Magazine voor klantcontact", "servicewereld.nl"),
    Site("Brandwijk Advies", "Advies voor het mkb", "brandwijkadvies.nl"),
    Site("Horeca Vandaag", "Nieuws voor de horeca", "horecavandaag.nl"),
    Site("Unizo Limburg", "Voor ondernemers in Limburg", "unizolimburg.be"),
    Site("Ondernemerskrant", "De krant van de ondernemer", "ondernemerskrant.nl"),
    Site("Klantbeleving", "Columns over klantbeleving", "klantbeleving.be"),
]


def written(date: str, style: str) -> str:
    """A gold date ('2021-03-04', '2021-03', '2021') as a template writes it."""
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    y, m, d = (int(p) for p in parts)
    return {
        "long": f"{d} {MONTHS[m - 1]} {y}",
        "short": f"{d} {SHORT_MONTHS[m - 1]} {y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "weekday": f"{WEEKDAYS[datetime.date(y, m, d).weekday()]} {d:02d}/{m:02d}/{y}",
    }[style]


def together(names: list[str]) -> str:
    return " en ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " en " + names[-1]


Blocks = list[list[str]]  # a page: blocks of lines, a blank line between blocks


def _headline(c: dict) -> Blocks:
    return [[line] for line in (c["title"], c["subtitle"]) if line]


def wordpress(c: dict, site: Site, siblings: list[str]) -> Blocks:
    meta = "Geplaatst op " + written(c["date"], "long") if c["date"] else "Geplaatst"
    if c["author"]:
        meta += " door " + together(c["author"])
    return [
        [site.name],
        [site.tagline],
        ["Home", "Over ons", "Blog", "Contact"],
        *_headline(c),
        [meta],
        ["Categorie: Klantenservice"],
        *[[b] for b in c["body"]],
        ["Tags: klantenservice, ondernemen"],
        [
            "Deel dit:",
            "Klik om te delen op Facebook (Opent in een nieuw venster)",
            "Klik om te delen op LinkedIn (Opent in een nieuw venster)",
        ],
        ["Vind ik leuk:", "Vind-ik-leuk Laden..."],
        ["Gerelateerd", *siblings[:3]],
        [
            "Geef een reactie Reactie annuleren",
            "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        ],
        [f"© {site.year} {site.name} | Mogelijk gemaakt door WordPress"],
    ]


def newspaper(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [
        [site.name, "Nieuws Sport Cultuur Opinie Economie"],
        ["Home › Opinie › Column"],
        ["OPINIE"],
    ]
    page += _headline(c)
    page += [[together(c["author"])]] if c["author"] else []
    page += [[written(c["date"], "weekday") + " - 06:00"]] if c["date"] else []
    page += [["Leestijd 4 min"], *[[b] for b in c["body"]]]
    page += [[c["bio"]]] if c["bio"] else []
    return [
        *page,
        ["Lees ook", *siblings[:2]],
        ["Meest gelezen", *[f"{k + 1}. {t}" for k, t in enumerate(siblings[2:5])]],
        [f"© {site.year} {site.name}. Alle rechten voorbehouden."],
    ]


def magazine(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [
        [site.name],
        [f"Nummer {len(c['body']) % 12 + 1} | {site.year}"],
        ["COLUMN"],
        *_headline(c),
    ]
    page += [["Tekst: " + together(c["author"]) + " | Beeld: Shutterstock"]] if c["author"] else []
    page += [[written(c["date"], "long")]] if c["date"] else []
    page += [[b] for b in c["body"]]
    page += [[c["bio"]]] if c["bio"] else []
    return [
        *page,
        [
            f"Abonneer je op {site.name}",
            "Word abonnee en lees elke maand de beste verhalen voor ondernemers.",
        ],
        [f"{site.name} is een uitgave van Mediahuis Vakbladen B.V."],
    ]


def company_blog(c: dict, site: Site, siblings: list[str]) -> Blocks:
    meta = [together(c["author"])] if c["author"] else []
    meta += [written(c["date"], "dash")] if c["date"] else []
    page: Blocks = [
        [site.name],
        ["Diensten", "Cases", "Blog", "Over ons", "Contact"],
        ["Blog"],
        *_headline(c),
    ]
    page += [[" | ".join([*meta, "5 minuten leestijd"])], *[[b] for b in c["body"]]]
    page += [["Wil je meer weten? Neem contact met ons op."]]
    if c["author"] and c["bio"]:
        page += [["Over " + c["author"][0].split()[0], c["bio"]]]
    return [
        *page,
        ["Andere blogs", *siblings[:3]],
        [
            site.name,
            "Stationsweg 12",
            "3811 MH Amersfoort",
            "T 033 123 45 67",
            f"info@{site.domain}",
            "KvK 12345678",
        ],
        [f"© {site.name} {site.year}", "Privacyverklaring | Algemene voorwaarden"],
    ]


def date_first(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.domain], ["Menu", "Zoeken"]]
    page += [[written(c["date"], "dot")]] if c["date"] else []
    page += [["Column"], *_headline(c), *[[b] for b in c["body"]]]
    page += [[together(c["author"])]] if c["author"] else []
    page += [[c["bio"]]] if c["bio"] else []
    return [
        *page,
        ["Reacties (0)", "Er zijn nog geen reacties. Wees de eerste!"],
        ["Volg ons op Facebook, Instagram en LinkedIn"],
        [f"Copyright {site.year} {site.name}"],
    ]


def flemish_fields(c: dict, site: Site, siblings: list[str]) -> Blocks:
    fields = ["Gepubliceerd: " + written(c["date"], "slash")] if c["date"] else []
    fields += ["Auteur: " + together(c["author"])] if c["author"] else []
    page: Blocks = [
        [f"{site.name} - {site.tagline}"],
        ["Aanmelden", "Word lid"],
        ["Je bent hier: Home / Columns"],
    ]
    page += [*_headline(c), *([fields] if fields else []), *[[b] for b in c["body"]], ["Print", "E-mail"]]
    page += [["Over de columnist", c["bio"]]] if c["bio"] else []
    return [
        *page,
        ["Recente columns", *siblings[:4]],
        [f"{site.name} vzw | Koningsstraat 20, 1000 Brussel | BTW BE 0123.456.789"],
    ]


def news_site(c: dict, site: Site, siblings: list[str]) -> Blocks:
    meta = ["Door " + together(c["author"])] if c["author"] else []
    meta += ["op " + written(c["date"], "short")] if c["date"] else []
    page: Blocks = [[site.name], ["Home", "Artikelen", "Columns", "Podcast", "Nieuwsbrief"], *_headline(c)]
    page += [[" ".join(meta)]] if meta else []
    page += [*[[b] for b in c["body"]], ["Deel dit artikel", "Facebook", "X", "LinkedIn", "WhatsApp"]]
    if c["author"] and c["bio"]:
        page += [[c["author"][0], c["bio"], "Bekijk alle artikelen van " + c["author"][0]]]
    return [
        *page,
        ["Ook interessant", *siblings[:3]],
        ["Ontvang onze nieuwsbrief", "Je e-mailadres", "Aanmelden"],
        [f"{site.name} © {site.year}", "Cookies | Privacy"],
    ]


def author_on_top(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name], ["Columns"]]
    page += [[together(c["author"])]] if c["author"] else []
    page += [[c["bio"]]] if c["author"] and c["bio"] else []
    page += [*_headline(c), *([[written(c["date"], "long")]] if c["date"] else []), *[[b] for b in c["body"]]]
    return [*page, ["Meer columns", *siblings[:3]], [f"© {site.name} {site.year}"]]


# A second family, written after the first was read right, to see how the reader does on shapes it was not
# tuned on: a Blogger post, a Medium-like story, a LinkedIn article, a trade magazine's kicker byline, an
# e-mail newsletter, a printed copy, a regional paper signing at the foot, a personal blog.
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _day(date: str, style: str) -> str:
    """A full day's date as a blog heads its post ('maandag 3 maart 2024') or LinkedIn writes it ('3 mrt.
    2024'); a month or a year as `written` gives it."""
    parts = date.split("-")
    if len(parts) < 3:
        return written(date, "long")
    y, m, d = (int(p) for p in parts)
    if style == "weekday":
        return f"{DAYS[datetime.date(y, m, d).weekday()]} {d} {MONTHS[m - 1]} {y}"
    return f"{d} {SHORT_MONTHS[m - 1]}. {y}"


def blogger(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name], [site.tagline]]
    page += [[_day(c["date"], "weekday")]] if c["date"] else []
    page += [*_headline(c), *[[b] for b in c["body"]]]
    page += [["Geplaatst door " + together(c["author"]) + " om 10:15"]] if c["author"] else []
    page += [["Geen opmerkingen:"], ["Een reactie posten"], ["Nieuwere post", "Oudere post", "Homepage"]]
    page += [["Abonneren op: Reacties posten (Atom)"]]
    if c["author"] and c["bio"]:
        page += [["Over mij", c["author"][0], c["bio"], "Mijn volledige profiel bekijken"]]
    return [*page, ["Blogarchief", "► 2024 (12)", "► 2023 (31)"]]


def story(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name], ["Open in app", "Aanmelden", "Inloggen"], *_headline(c)]
    page += [[together(c["author"])]] if c["author"] else []
    details = ["5 min lezen"] + ([written(c["date"], "short")] if c["date"] else [])
    page += [["Volgen"], [" · ".join(details)], ["Luisteren", "Delen"], *[[b] for b in c["body"]]]
    page += [["Klantenservice", "Ondernemen", "Service"]]
    page += [["Geschreven door " + together(c["author"]), "123 volgers"]] if c["author"] else []
    page += [[c["bio"]]] if c["bio"] else []
    return [*page, ["Meer van " + site.name, *siblings[:3]], ["Hulp", "Status", "Over", "Vacatures"]]


def linkedin_article(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name], ["Artikelen", "Personen", "Leren", "Vacatures"], *_headline(c)]
    page += [[together(c["author"])]] if c["author"] else []
    page += [[c["bio"]]] if c["bio"] else []
    page += [["Gepubliceerd op " + _day(c["date"], "short")]] if c["date"] else []
    page += [["+ Volgen"], *[[b] for b in c["body"]], ["Vind ik leuk", "Reageren", "Delen"]]
    return [
        *page,
        ["Meer artikelen", *siblings[:3]],
        [f"© {site.year}", "Gebruikersovereenkomst", "Privacybeleid"],
    ]


def kicker(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name.upper()], ["Home", "Nieuws", "Columns", "Events", "Abonneren"]]
    page += [["COLUMN | " + together(c["author"])]] if c["author"] else [["COLUMN"]]
    page += _headline(c)
    page += [[(written(c["date"], "dot") + " | " if c["date"] else "") + "Leestijd 3 minuten"]]
    page += [[b] for b in c["body"]]
    page += [[c["bio"]]] if c["bio"] else []
    return [
        *page,
        ["Tags: klantenservice, ondernemen"],
        ["Gerelateerde artikelen", *siblings[:3]],
        [
            "Over " + site.name,
            f"{site.name} is hét platform voor ondernemers die hun klanten centraal zetten.",
        ],
        [f"© {site.year} {site.name} | Disclaimer | Privacy"],
    ]


def newsletter(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [["Bekijk deze e-mail in je browser"], [f"{site.name} | Nieuwsbrief 12"], *_headline(c)]
    meta = (["door " + together(c["author"])] if c["author"] else []) + (
        [written(c["date"], "long")] if c["date"] else []
    )
    page += [[", ".join(meta)]] if meta else []
    page += [[b] for b in c["body"]]
    page += [[c["bio"]]] if c["bio"] else []
    return [
        *page,
        ["Doorsturen naar een collega"],
        [
            "Je ontvangt deze e-mail omdat je je hebt aangemeld op onze website.",
            "Afmelden | Voorkeuren bijwerken",
        ],
        [f"{site.name}, Postbus 123, 3500 AA Utrecht"],
    ]


def printed(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [
        [f"https://www.{site.domain}/columns/{len(c['body'])}"],
        ["Afgedrukt op 04-12-2026 09:12"],
        *_headline(c),
    ]
    meta = ([together(c["author"])] if c["author"] else []) + (
        [written(c["date"], "long")] if c["date"] else []
    )
    page += [[", ".join(meta)]] if meta else []
    page += [[b] for b in c["body"]]
    page += [[c["bio"]]] if c["bio"] else []
    return [*page, [f"Bron: {site.name}"], ["Pagina 1 van 1"]]


def regional(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name], ["Menu", "Zoeken", "Inloggen"], ["Column"], *_headline(c)]
    page += [[written(c["date"], "dash") + " om 07:00 uur"]] if c["date"] else []
    page += [[b] for b in c["body"]]
    page += [["Door: " + together(c["author"])]] if c["author"] else []
    page += [[c["bio"]]] if c["bio"] else []
    most_read = [f"{k + 1}. {t}" for k, t in enumerate(siblings[:4])]
    return [*page, ["Reageer op dit artikel"], ["Meest gelezen", *most_read]]


def personal_blog(c: dict, site: Site, siblings: list[str]) -> Blocks:
    page: Blocks = [[site.name], ["Blog", "Boeken", "Spreker", "Contact"], *_headline(c)]
    meta = ([written(c["date"], "long")] if c["date"] else []) + (
        ["door " + together(c["author"])] if c["author"] else []
    )
    page += [[" | ".join([*meta, "3 reacties"])], *[[b] for b in c["body"]]]
    page += [["Deel dit bericht:", "Facebook", "LinkedIn", "E-mail"]]
    page += [["3 reacties op “" + (c["title"] or "dit bericht") + "”"]]
    page += [["Piet de Boer schreef:", "Mooi stuk! Herkenbaar."]]
    if c["author"] and c["bio"]:
        page += [["Over " + c["author"][0].split()[0]], [c["bio"]]]
    return [*page, [f"© {site.year} {site.name}"]]


TEMPLATES: list[Callable[[dict, Site, list[str]], Blocks]] = [
    wordpress,
    newspaper,
    magazine,
    company_blog,
    date_first,
    flemish_fields,
    news_site,
    author_on_top,
]


MORE_TEMPLATES: list[Callable[[dict, Site, list[str]], Blocks]] = [
    blogger,
    story,
    linkedin_article,
    kicker,
    newsletter,
    printed,
    regional,
    personal_blog,
]
MORE_SITES = [
    Site("Klantzaken", "Een blog over service", "klantzaken.nl"),
    Site("Retail Insiders", "Voor winkeliers", "retailinsiders.nl"),
    Site("CX Vlaanderen", "Klantbeleving in Vlaanderen", "cxvlaanderen.be"),
    Site("Vakblad Service", "Magazine voor service", "vakbladservice.nl"),
    Site("De Ondernemersbrief", "Nieuwsbrief voor ondernemers", "ondernemersbrief.nl"),
    Site("Winkelnieuws", "Nieuws voor de winkel", "winkelnieuws.nl"),
    Site("Dagblad Oost", "Het nieuws uit het oosten", "dagbladoost.nl"),
    Site("Het Klantcafé", "Over klanten en koffie", "hetklantcafe.nl"),
]


def _columns(set_name: str) -> list[dict]:
    found = []
    for path in sorted((FIXTURES / set_name / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found.append(
            {
                "key": f"{set_name}_{path.stem}",
                "title": gold.get("title"),
                "subtitle": gold.get("subtitle"),
                "author": gold.get("author") or [],
                "date": gold.get("date"),
                "bio": gold.get("bio"),
                "body": gold["body_lines"],
                "gold": gold,
            }
        )
    return found


def write_sites(out: Path, seed: int = 1, more: bool = False) -> Path:
    """Write raw/ and gold/ for the eight sites under out (`more`: the second family's); returns out."""
    templates, sites = (MORE_TEMPLATES, MORE_SITES) if more else (TEMPLATES, SITES)
    rng = random.Random(seed)
    series, dev = _columns("series"), _columns("dev")
    by_writer: dict[str, list[dict]] = {}
    for column in series:
        by_writer.setdefault(column["author"][0], []).append(column)
    halves = [w[:3] for w in by_writer.values()] + [w[3:] for w in by_writer.values()]
    rng.shuffle(halves)
    rng.shuffle(dev)
    (out / "raw").mkdir(parents=True)
    (out / "gold").mkdir()
    for k, (template, site) in enumerate(zip(templates, sites, strict=True)):
        members = halves[k] + dev[4 * k : 4 * k + SITE_SIZE - 3]
        titles = [m["title"] for m in members if m["title"]]
        for m in members:
            siblings = [t for t in titles if t != m["title"]]
            rng.shuffle(siblings)
            blocks = template(m, site, siblings)
            name = f"{template.__name__}_{m['key']}"
            (out / "raw" / f"{name}.txt").write_text(
                "\n\n".join("\n".join(b) for b in blocks) + "\n", encoding="utf-8"
            )
            lines = [line for block in blocks for line in block]
            own = {*m["body"], m["title"], m["subtitle"], m["bio"]}
            gold = {
                **m["gold"],
                "publication": site.name,
                "bio": m["bio"] if m["bio"] in lines else None,
                "boilerplate_examples": [line for line in lines if line not in own],
            }
            (out / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return out


FAMILY_COPIES = 3  # other columns set into each dev page's own template


def write_families(out: Path) -> Path:
    """The dev set, and for each dev page whose body stands in it line by line (and which is dated to the
    day, and no copy), three more pages of its site: the page's own template, writer, bio and furniture
    carrying another column's title, subtitle and body (series columns with a title), dated a year earlier
    each. Writes raw/ and gold/ under out; returns out."""
    (out / "raw").mkdir(parents=True)
    (out / "gold").mkdir()
    donors = [c for c in _columns("series") if c["title"]]
    for k, column in enumerate(_columns("dev")):
        gold, stem = column["gold"], column["key"].removeprefix("dev_")
        raw = next((FIXTURES / "dev" / "raw").glob(stem + ".*"))
        (out / "raw" / f"{stem}.txt").write_bytes(raw.read_bytes())
        (out / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        lines = read_text(raw, DEFAULT.read).replace("\r\n", "\n").split("\n")
        at = [
            next((i for i, line in enumerate(lines) if line.strip() == b.strip()), None)
            for b in column["body"]
        ]
        if None in at or gold.get("duplicate_of") or len(gold.get("date") or "") != len("2021-03-04"):
            continue
        year = gold["date"][:4]
        for n in range(1, FAMILY_COPIES + 1):
            donor = donors[(FAMILY_COPIES * k + n) % len(donors)]
            page = []
            for i, line in enumerate(lines):
                if i in at:
                    if i == at[0]:
                        page.append("\n\n".join(donor["body"]))
                    continue
                if gold["title"]:
                    line = line.replace(gold["title"], donor["title"])
                if gold.get("subtitle") and line.strip() == gold["subtitle"].strip():
                    if not donor["subtitle"]:
                        continue
                    line = donor["subtitle"]
                if year in line and (find_dates(line) or gold["date"] in line):
                    line = line.replace(year, str(int(year) - n))
                page.append(line)
            copy = {
                **gold,
                "title": donor["title"] if gold["title"] else None,
                "subtitle": donor["subtitle"] if gold.get("subtitle") else None,
                "date": str(int(year) - n) + gold["date"][4:],
                "body_lines": donor["body"],
            }
            (out / "raw" / f"{stem}_copy{n}.txt").write_text("\n".join(page), encoding="utf-8")
            (out / "gold" / f"{stem}_copy{n}.json").write_text(
                json.dumps(copy, ensure_ascii=False), encoding="utf-8"
            )
    return out


def main(argv: list[str]) -> int:
    from bench.evaluate import score_set, summary, table

    more = "--more" in argv
    numbers = [a for a in argv if not a.startswith("--")]
    seed = int(numbers[0]) if numbers else 1
    with tempfile.TemporaryDirectory() as tmp:
        scores = score_set(write_sites(Path(tmp) / "templates", seed, more))
    rows = {"all": summary(scores)}
    for template in MORE_TEMPLATES if more else TEMPLATES:
        mine = [s for s in scores if s.name.startswith(template.__name__ + "_")]
        rows[template.__name__] = summary(mine)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
