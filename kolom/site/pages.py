"""Markdown for every generated page: home, columns, authors, archive, topics and the cleaning report.

Pages are plain data -> text functions; links are Markdown links between `.md` files, so MkDocs
checks them under `--strict` and rewrites them for both URL styles.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import groupby
from pathlib import Path

from kolom.knowledge import AuthorPage, ColumnPage, KnowledgeBase, dutch_date
from kolom.model import METADATA_REASONS, BlockType, Column, Reason, list_start
from kolom.site.text import html_text, markdown_text, web_url

COLUMNS_DIR = "kolommen"
AUTHORS_DIR = "auteurs"
PDF_DIR = "pdf"
NEWEST_ON_HOME = 10

# What YAML reads as a line break or refuses in a stream, written as JSON escapes instead.
_YAML_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _front_matter(data: dict) -> str:
    """Front matter as one JSON line: valid YAML, and far faster to write than a YAML dump.

    Material writes `page.meta` values into HTML unescaped, so every text value here is already HTML
    (see `_meta`); characters YAML would misread are JSON escapes.
    """
    line = json.dumps(data, ensure_ascii=False)
    return "---\n" + _YAML_UNSAFE_RE.sub(lambda m: f"\\u{ord(m[0]):04x}", line) + "\n---\n\n"


def _meta(text: str | None) -> str | None:
    return None if text is None else html_text(text)


def column_path(slug: str) -> str:
    return f"{COLUMNS_DIR}/{slug}.md"


def author_path(slug: str) -> str:
    return f"{AUTHORS_DIR}/{slug}.md"


def pdf_path(kind: str, slug: str) -> str:
    """Where a PDF lives below the site root; the PDF renderer writes to the same place."""
    return f"{PDF_DIR}/{kind}/{slug}.pdf"


def _link(text: str, target: str, here: str) -> str:
    depth = here.count("/")
    return f"[{markdown_text(text)}]({'../' * depth}{target})"


def body_markdown(column: Column) -> str:
    """The column's blocks: paragraphs (each with an id), `##` headings, `>` quotes, and lists: numbered
    when the column numbers its items, else `-`."""
    out: list[str] = []
    numbered = enumerate(column.blocks, start=1)
    for is_list, group in groupby(numbered, key=lambda nb: nb[1].type is BlockType.LIST_ITEM):
        if is_list:
            items = [b for _, b in group]
            ordered = list_start(items) is not None  # '1.', '2.': an ordered list
            marks = [f"{b.number}." if ordered else "-" for b in items]
            out.append(
                "\n".join(f"{mark} {markdown_text(b.content)}" for mark, b in zip(marks, items, strict=True))
            )
            continue
        for n, block in group:
            text = markdown_text(block.content)
            if block.type is BlockType.HEADING:
                out.append(f"## {text}")
            elif block.type is BlockType.QUOTE:
                out.append(f"> {text}")
            else:  # an id per paragraph, for links to a sentence's context (raw text holds no '{')
                out.append(f"{text}\n{{: #alinea-{n} }}")
    return "\n\n".join(out) + "\n"


def _also_in(page: ColumnPage) -> str:
    """'Ook verschenen in: Publicatie, 8 april 2016 (bronbestand x.txt)' for each republished copy."""
    if not page.copies:
        return ""
    where = [
        f"*{markdown_text(c.publication or 'onbekende publicatie')}*, {dutch_date(c.date)} "
        f"(bronbestand <code>{markdown_text(c.source)}</code>)"
        for c in page.copies
    ]
    return '<p class="kolom-also" markdown>Ook verschenen in: ' + "; ".join(where) + "</p>\n\n"


def _reading(page: ColumnPage, here: str, kb: KnowledgeBase) -> str:
    """'Verwante kolommen' and 'Meer van <auteur>' at the end of a column page."""
    parts = []
    if page.related:
        items = [
            f"- {_link(p.column.title or p.column.slug, column_path(p.column.slug), here)}"
            for p in map(kb.page, page.related)
        ]
        parts.append("## Verwante kolommen\n\n" + "\n".join(items) + "\n")
    if page.more_by_author and page.column.authors:
        items = [
            f"- {_link(p.column.title or p.column.slug, column_path(p.column.slug), here)} — {dutch_date(p.column.date)}"
            for p in map(kb.page, page.more_by_author)
        ]
        parts.append(f"## Meer van {markdown_text(page.column.authors[0])}\n\n" + "\n".join(items) + "\n")
    return ("\n" + "\n".join(parts)) if parts else ""


def column_page(page: ColumnPage, kb: KnowledgeBase) -> str:
    c = page.column
    here = column_path(c.slug)
    meta = {
        "template": "column.html",
        "title": _meta(c.title),
        "description": _meta(page.summary[:300]),
        "tags": page.topics,
        "kolom": {
            "derived": c.title_derived,
            "subtitle": _meta(c.subtitle),
            "pdf": pdf_path(COLUMNS_DIR, c.slug),
            "source": _meta(c.source),
        },
    }
    authors = ", ".join(
        _link(a, author_path(s), here) for a, s in zip(c.authors, page.author_slugs, strict=True)
    )
    facts = [authors or "auteur onbekend", dutch_date(c.date)]
    if c.publication:
        facts.append(markdown_text(c.publication))
    facts.append(f"{page.reading_minutes} min leestijd")
    parts = [
        _front_matter(meta),
        '<p class="kolom-facts" markdown>' + " · ".join(facts) + "</p>\n\n",
        _also_in(page),
        f'!!! abstract "De kern"\n\n    {markdown_text(page.summary)}\n\n' if page.summary else "",
        body_markdown(c),
        _reading(page, here, kb),
    ]
    return "".join(parts)


def author_page(author: AuthorPage, kb: KnowledgeBase) -> str:
    here = author_path(author.slug)
    meta = {
        "template": "author.html",
        "title": _meta(author.name),
        "description": _meta((author.bio or f"Kolommen van {author.name}")[:300]),
        "kolom": {"pdf": pdf_path(AUTHORS_DIR, author.slug)},
    }
    lines = [_front_matter(meta)]
    if author.bio:
        lines.append(f'<p class="kolom-bio">{markdown_text(author.bio)}</p>\n')
    facts = [
        f"**Kolommen:** {len(author.columns)}",
        f"**Periode:** {author.period}",
    ]
    if author.publications:
        facts.append("**Publicaties:** " + ", ".join(markdown_text(p) for p in author.publications))
    if author.website:
        url = web_url(author.website if "://" in author.website else f"https://{author.website}")
        shown = markdown_text(author.website)
        facts.append(
            f'**Website:** <a href="{html_text(url)}">{shown}</a>' if url else f"**Website:** {shown}"
        )
    lines.append(" · ".join(facts) + "\n")
    if lede := _lede(author):
        lines.append(f'<p class="kolom-lede">{lede}</p>\n')
    if author.terms:
        lines.append("## Kenmerkende thema's\n")
        lines.append(
            '<p class="kolom-terms">'
            + " ".join(f"<span>{markdown_text(t)}</span>" for t in author.terms)
            + "</p>\n"
        )
    if author.positions:
        lines.append("## Standpunten in eigen woorden\n")
        for sentence in author.positions:
            lines.append(f"> {markdown_text(sentence)}\n")
            if slug := author.position_pages.get(sentence):
                source = kb.page(slug)
                target = column_path(source.column.slug) + (f"#{a}" if (a := source.anchor(sentence)) else "")
                title = source.column.title or source.column.slug
                lines.append(f"— uit {_link(title, target, here)}\n")
    lines.append("## Kolommen\n")
    for page in author.columns:
        c = page.column
        lines.append(
            f"- {_link(c.title or c.slug, column_path(c.slug), here)} — {dutch_date(c.date)}  \n  {markdown_text(page.summary)}"
        )
    return "\n".join(lines) + "\n"


def _lede(author: AuthorPage) -> str:
    """One Dutch sentence that introduces the columnist: how much, where, and about what."""
    count = len(author.columns)
    parts = [f"{markdown_text(author.name)} schreef {count} {'kolom' if count == 1 else 'kolommen'}"]
    if author.publications:
        names = [f"<em>{markdown_text(p)}</em>" for p in author.publications]
        parts.append(" voor " + (", ".join(names[:-1]) + " en " + names[-1] if len(names) > 1 else names[0]))
    if author.terms:
        themes = [markdown_text(t) for t in author.terms[:3]]
        parts.append(
            (", vaak over " if count > 1 else ", over ")
            + (", ".join(themes[:-1]) + " en " + themes[-1] if len(themes) > 1 else themes[0])
        )
    return "".join(parts) + "."


def authors_index(kb: KnowledgeBase) -> str:
    here = f"{AUTHORS_DIR}/index.md"
    lines = [
        _front_matter({"title": "Auteurs"}),
        "# Auteurs\n",
        "| Auteur | Kolommen | Periode |",
        "|---|---:|---|",
    ]
    for a in kb.authors:
        lines.append(f"| {_link(a.name, author_path(a.slug), here)} | {len(a.columns)} | {a.period} |")
    return "\n".join(lines) + "\n"


def _column_item(page: ColumnPage, here: str) -> str:
    c = page.column
    who = ", ".join(markdown_text(a) for a in c.authors) or "auteur onbekend"
    return f"- {_link(c.title or c.slug, column_path(c.slug), here)} — {who}, {dutch_date(c.date)}"


def archive(kb: KnowledgeBase) -> str:
    here = "archief.md"
    lines = [_front_matter({"title": "Archief"}), "# Archief\n"]
    for year, pages in kb.by_year().items():
        lines.append(f"## {year or 'Datum onbekend'}\n")
        lines.extend(_column_item(p, here) for p in pages)
        lines.append("")
    return "\n".join(lines) + "\n"


def topics(kb: KnowledgeBase) -> str:
    return _front_matter({"title": "Onderwerpen"}) + "# Onderwerpen\n\n<!-- material/tags -->\n"


def home(kb: KnowledgeBase) -> str:
    here = "index.md"
    years = sorted({p.year for p in kb.columns if p.year})
    span = f"{years[0]}–{years[-1]}" if years else "onbekend"
    lines = [
        _front_matter({"title": "Kennisbank", "hide": ["navigation"]}),
        "# Kennisbank van kolommen\n",
        "Columns over klanten, service en ondernemerschap, opgeschoond en doorzoekbaar. "
        "Elke column staat hier zonder de rommel van de website waar ze vandaan kwam; "
        "wat is weggelaten en waarom staat op [Over deze kennisbank](over.md).\n",
        f"**{len(kb.columns)}** kolommen · **{len(kb.authors)}** auteurs · periode **{span}** · "
        f"**{len(kb.topics())}** onderwerpen\n",
        "## Nieuwste kolommen\n",
        *[_column_item(p, here) for p in kb.newest(NEWEST_ON_HOME)],
        "",
        "## Auteurs\n",
        " · ".join(_link(a.name, author_path(a.slug), here) + f" ({len(a.columns)})" for a in kb.authors)
        + "\n",
        "## Onderwerpen\n",
        " · ".join(f"{markdown_text(t)} ({len(p)})" for t, p in kb.topics().items()) + "\n",
        "Bladeren kan ook via het [archief](archief.md) en de [onderwerpen](onderwerpen.md).\n",
    ]
    return "\n".join(lines) + "\n"


# What a Dutch reader sees for each reason a line left the column (the contract keeps the English names).
REASON_NL: dict[Reason, str] = {
    Reason.TITLE: "titel",
    Reason.SUBTITLE: "ondertitel",
    Reason.BYLINE: "auteursregel",
    Reason.DATE: "datum",
    Reason.BIO: "bio van de auteur",
    Reason.ATTRIBUTION: "bronvermelding",
    Reason.PUBLICATION: "publicatie",
    Reason.SHARE: "deelknoppen",
    Reason.RELATED: "verwijzingen naar andere artikelen",
    Reason.NAVIGATION: "navigatie",
    Reason.COOKIE: "cookiemelding of juridische links",
    Reason.CALL_TO_ACTION: "nieuwsbrief, agenda of oproep tot aanmelden",
    Reason.ADVERT: "advertentie",
    Reason.CONTACT: "contactgegevens",
    Reason.COPYRIGHT: "copyright of makers van de website",
    Reason.COMMENTS: "reacties van lezers",
    Reason.TAGS: "tags of categorieën",
    Reason.TRACKER: "resten van trackers",
    Reason.DOWNLOAD: "download- of printlink",
    Reason.MEDIA: "plaatshouder voor beeld of media",
    Reason.PAGE_FURNITURE: "paginakop, -voet of paginanummer",
    Reason.EDITORIAL: "woorden over de kolom die ernaar verwijzen, of een notitie voor de redactie",
    Reason.RECURRING: "komt terug in andere bestanden van de verzameling",
    Reason.LISTED: "kop die andere pagina's als link tonen",
    Reason.REPEATED: "herhaalt een regel uit hetzelfde bestand",
    Reason.TEASER: "aankondiging van een ander artikel",
    Reason.HEADER: "paginakop boven de kolom",
    Reason.TAIL: "paginavoet onder de kolom",
    Reason.OUTSIDE: "buiten de eigenlijke tekst",
    Reason.NOT_PROSE: "korte regel zonder lopende tekst tussen alinea's",
    Reason.INTERRUPTION: "onderbreekt een zin van de kolom (paginakop, advertentie of streamer)",
    Reason.FORCED: "verwijderd via het correctiebestand",
}
FIELD_NL = {"title": "titel", "authors": "auteur", "date": "datum", "publication": "publicatie"}


def _code_block(text: str, indent: str = "") -> str:
    """A fenced code block whose fence no backtick run in the text can close (the content stays literal)."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return "\n".join(indent + line for line in [f"{fence}yaml", *text.splitlines(), fence])


def review_section(kb: KnowledgeBase) -> list[str]:
    """'Te controleren': per column the doubtful fields, and the sidecar that settles them."""
    pages = [p for p in sorted(kb.columns, key=lambda p: p.column.source) if p.column.review]
    if not pages:
        return []
    lines = [
        "## Te controleren\n",
        f"Bij {len(pages)} kolommen is een gegeven op zwak bewijs gekozen of niet gevonden. Zet de regels "
        "hieronder, aangevuld of verbeterd, in een bestand met dezelfde naam als de bron maar met `.yml`, "
        "naast het bronbestand; bij de volgende bouw gelden ze.\n",
    ]
    here = "over.md"
    for page in pages:
        c = page.column
        fields = ", ".join(f"{FIELD_NL[d.field]}: {markdown_text(d.why)}" for d in c.review)
        sidecar = str(Path(c.source).with_suffix(".yml"))
        lines.append(f"- {_link(c.title or c.slug, column_path(c.slug), here)} — {fields}\n")
        yaml_text = f"# {sidecar}\n" + "\n".join(d.sidecar for d in c.review)
        lines.append(_code_block(yaml_text, "    ") + "\n")
    return lines


def report(kb: KnowledgeBase) -> str:
    """'Over deze kennisbank': how cleaning works, totals per reason, and per column what went and why."""
    here = "over.md"
    totals: Counter[Reason] = Counter(r.reason for p in kb.columns for r in p.column.removed)
    lines = [
        _front_matter({"title": "Over deze kennisbank"}),
        "# Over deze kennisbank\n",
        "De kolommen zijn van webpagina's gekopieerd. Bij het opschonen is van elke regel vastgelegd waar "
        "hij bleef: in de tekst, in de gegevens (titel, auteur, datum, bio) of weggelaten, met de reden. "
        "Niets is verzonnen: wat de tekst niet zegt, blijft leeg.\n",
        "## Regels buiten de tekst, per reden\n",
        "| Reden | Regels | Waarheen |",
        "|---|---:|---|",
        *[
            f"| {markdown_text(REASON_NL[reason])} | {n} | {'gegevens' if reason in METADATA_REASONS else 'weggelaten'} |"
            for reason, n in totals.most_common()
        ],
        "",
    ]
    if kb.problems:
        lines += ["## Niet verwerkte bestanden\n", *[f"- {markdown_text(p)}" for p in kb.problems], ""]
    lines += review_section(kb)
    republished = [p for p in sorted(kb.columns, key=lambda p: p.column.source) if p.copies]
    if republished:
        lines += [
            "## Kopieën\n",
            "Deze bestanden bevatten een kolom die elders al staat; ze hebben geen eigen pagina en tellen "
            "nergens dubbel mee.\n",
            "| Kopie | Origineel |",
            "|---|---|",
            *[
                f"| <code>{markdown_text(c.source)}</code> | {_link(p.column.title or p.column.slug, column_path(p.column.slug), here)} |"
                for p in republished
                for c in p.copies
            ],
            "",
        ]
    lines.append("## Per kolom\n")
    for page in sorted(kb.columns, key=lambda p: p.column.source):
        c = page.column
        lines.append(f'??? note "{markdown_text(c.title or c.slug)} — {len(c.removed)} regels weggelaten"\n')
        lines.append(
            f"    Bron: <code>{markdown_text(c.source)}</code> · {_link('lees de kolom', column_path(c.slug), here)}\n"
        )
        lines.append("    | Regel | Tekst | Reden |\n    |---:|---|---|")
        for r in c.removed:
            lines.append(
                f"    | {r.line} | {markdown_text(r.text[:160])} | {markdown_text(REASON_NL[r.reason])} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def all_pages(kb: KnowledgeBase) -> dict[str, str]:
    """Every generated page by its path below docs/."""
    pages = {
        "index.md": home(kb),
        f"{AUTHORS_DIR}/index.md": authors_index(kb),
        "archief.md": archive(kb),
        "onderwerpen.md": topics(kb),
        "over.md": report(kb),
    }
    for page in kb.columns:
        pages[column_path(page.column.slug)] = column_page(page, kb)
    for author in kb.authors:
        pages[author_path(author.slug)] = author_page(author, kb)
    return pages
