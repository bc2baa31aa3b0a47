"""'Te controleren': fields found on weak evidence, or not at all, each with the sidecar line that fixes it.

A labelling step: it reads how each extractor found its value and never changes the value.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from kolom.model import Column, Doubt
from kolom.settings import DEFAULT, ReviewSettings

WHY = {
    ("title", "body"): "titel gekozen zonder byline of datum ernaast",
    ("title", "derived"): "geen titel gevonden; afgeleid uit de eerste zin",
    ("authors", "bio"): "auteur alleen uit de bio afgeleid",
    ("authors", "header"): "auteur alleen als losse naam boven de tekst gevonden",
    ("authors", "given name"): "auteur alleen met een voornaam genoemd",
    ("authors", "none"): "geen auteur gevonden",
    ("date", "tail"): "datum alleen onder de tekst gevonden",
    ("date", "address"): "datum alleen uit het webadres van de pagina afgeleid",
    ("date", "copyright"): "alleen een ©-jaar gevonden",
    ("date", "none"): "geen datum gevonden",
    ("publication", "weak"): "publicatie op één aanwijzing gekozen",
    ("publication", "none"): "geen publicatie gevonden",
}
PLACEHOLDER = {
    "title": "Titel",
    "authors": ["Voornaam Achternaam"],
    "date": "JJJJ-MM-DD",
    "publication": "Naam",
}


SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # LibYAML's, where PyYAML was built with it


def sidecar_line(field: str, value: object) -> str:
    """The YAML line a user pastes into `<name>.yml` (the current value, or a placeholder to fill in)."""
    value = value if value not in (None, [], "") else PLACEHOLDER[field]
    return f"{field}: {_flow(tuple(value) if isinstance(value, list) else value)}"


@lru_cache(maxsize=1 << 12)  # placeholders, a site's name and its authors recur on many columns
def _flow(value: object) -> str:
    """A value as YAML on one line (a tuple as a list)."""
    value = list(value) if isinstance(value, tuple) else value
    dumped = yaml.dump(value, Dumper=SAFE_DUMPER, allow_unicode=True, default_flow_style=True, width=1_000)
    return dumped.removesuffix(chr(10)).removesuffix("...").strip()


def review(column: Column, found: dict[str, str | float], s: ReviewSettings = DEFAULT.review) -> list[Doubt]:
    """The doubtful fields of a column, given how each was found (`found['publication']` is its support)."""
    doubts = []
    for field in ("title", "authors", "date"):
        how = str(found[field])
        score = dict(getattr(s, field)).get(how, 1.0)
        if score < s.min_score:
            value = None if field == "title" and column.title_derived else getattr(column, field)
            doubts.append(Doubt(field, score, WHY[(field, how)], sidecar_line(field, value)))
    support = float(found["publication"])
    score = min(1.0, support / s.publication_sure_support)
    if score < s.min_score:
        how = "none" if not column.publication else "weak"
        doubts.append(
            Doubt(
                "publication",
                score,
                WHY[("publication", how)],
                sidecar_line("publication", column.publication),
            )
        )
    return doubts
