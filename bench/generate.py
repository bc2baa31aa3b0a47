"""Generate a corpus of raw columns at run time (never committed): real Dutch sentences, web debris.

Sentences come from the seed corpus's own columns, shuffled per column; each file gets a site's header
and footer (share buttons, related lists, contact and copyright lines), a byline and, mostly, a date.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from sentencex import segment

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
GOLD_SETS = [FIXTURES / name / "gold" for name in ("seeds", "dev", "series")]  # some 1,500 Dutch sentences
FIRST = [
    "Anna",
    "Bram",
    "Carla",
    "Daan",
    "Eva",
    "Floor",
    "Gijs",
    "Hanna",
    "Ivo",
    "Joke",
    "Kees",
    "Lotte",
    "Maarten",
    "Nina",
]
LAST = [
    "de Vries",
    "Jansen",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "van den Berg",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
SITES = [
    (["Home", "Columns", "Over ons", "Contact"], ["Share on facebook", "Share on linkedin", "Lees ook…"]),
    (
        ["fbpx", "Menu"],
        ["Ook interessant om te lezen:", "Lees verder", "© 2020 Webbureau Zuid", "ALL RIGHTS RESERVED"],
    ),
    (["Klik hier voor de PDF-versie"], ["Deel dit artikel", "Reacties", "Geef een reactie"]),
    ([], ["Tags: klanten, service", "Postbus 123", "1234 AB Utrecht", "info@voorbeeld.nl"]),
]


def sentences() -> list[str]:
    texts = [
        line
        for gold in GOLD_SETS
        for p in sorted(gold.glob("*.json"))
        for line in json.loads(p.read_text("utf-8"))["body_lines"]
    ]
    return [s.strip() for t in texts for s in segment("nl", t) if len(s.split()) >= 4]


def column(rng: random.Random, pool: list[str], authors: list[str], n: int) -> str:
    header, footer = rng.choice(SITES)
    author = rng.choice(authors)
    title = " ".join(rng.choice(pool).split()[: rng.randint(3, 7)]).rstrip(",.;:")
    paragraphs = [" ".join(rng.sample(pool, rng.randint(2, 5))) for _ in range(rng.randint(5, 12))]
    lines = [*header, title, f"Door {author}"]
    if n % 7:
        lines.append(f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2005, 2024)}")
    for i, p in enumerate(paragraphs):
        lines.append(p)
        if i == 2 and rng.random() < 0.3:
            lines.append(f"Tussenkop {i}")
    lines.append(f"{author} is ondernemer en schrijft columns over klanten en service.")
    lines += footer
    return "\n\n".join(lines) + "\n"


def write_corpus(out: Path, count: int, seed: int = 7) -> Path:
    """Write `count` raw columns under out/ and return out."""
    rng = random.Random(seed)
    pool = sentences()
    authors = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(authors)
    authors = authors[: max(5, count // 20)]
    out.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    for n in range(count):
        if n % REPUBLISH_EVERY == REPUBLISH_EVERY - 1 and texts:
            text = republish(rng, texts[rng.randrange(len(texts))])
        else:
            text = column(rng, pool, authors, n)
        texts.append(text)
        (out / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return out


REPUBLISH_EVERY = 50  # every 50th file republishes an earlier column


def republish(rng: random.Random, text: str) -> str:
    """An earlier column on another site: other header and footer, straight quotes, a new date, a paragraph cut."""
    header, footer = rng.choice(SITES)
    blocks = [b for b in text.strip().split("\n\n") if len(b.split()) >= 8 or b.startswith("Door ")]
    body = [b.replace("’", "'").replace("“", '"').replace("”", '"') for b in blocks]
    if len(body) > 4:
        body.pop(rng.randrange(2, len(body) - 1))
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2005, 2024)}"
    title = text.split("\n\n")[len(header)] if len(text.split("\n\n")) > len(header) else "Herplaatst"
    return "\n\n".join([*header, title, date, *body, *footer]) + "\n"
