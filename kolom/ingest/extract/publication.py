"""Publication: the site, paper or company the page itself names, chosen from scored candidates.

Each piece of evidence proposes a name with a weight: the page's logo line (its first short line; of
'Site - tagline' the first part when the page names it elsewhere too), a metadata field ('newsletter: X',
'og:site_name: X'), an issue line ('Tafel & Toog nr. 9'), wording such as 'column voor X' or 'schrijft op
X' in the bio or tail (the bio's once), the bio's employer ('salestrainer bij X', weakly: a link under the
column to X's domain confirms it), a 'Bron:' attribution, an imprint ('X is een uitgave van Y'), the
organisation heading a contact block or an address line, a copyright line, and a domain name on a short
line. Names that differ only in case, spacing, a leading article, a web suffix or a legal form are one
candidate; the best-supported one wins when its support reaches a threshold (on a tie, the page's own
evidence before the bio's), written as the page writes it most (not in capitals, nor as a bare
address, when another form exists), without its legal form. 'Verscheen eerder in X' names where a copy
first appeared, and the writer's own name (their copyright, their domain) names no publication: neither
is evidence for this page.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kolom.ingest.extract.dates import find_dates
from kolom.ingest.extract.names import names_author
from kolom.ingest.page import SITE_REASONS, Found, Label, Page
from kolom.model import Reason
from kolom.patterns import AS_SPACE, IMPRINT
from kolom.patterns.boilerplate import match_line
from kolom.settings import DEFAULT, ExtractSettings

WEB_SUFFIXES = "nl|be|com|org|eu|net|io"  # the domains a Dutch or Flemish site ends in
_PROPER = r"[A-Z][\w'’&.-]*(?:\s(?:[A-Z&][\w'’&.-]*|van|voor|en|der|de|het|&)){0,5}"
IN_TEXT_RE = re.compile(  # (the wording in any case, 'Geschreven voor X' opening a line too; the name capitalised)
    rf"\b(?i:(?:column|blog|rubriek|bijdrage|artikel|stuk)s?\s+(?:voor|in|op|bij)|(?<!eerder )verscheen\s+(?:in|op|bij)|"
    rf"gepubliceerd\s+(?:in|op|bij)|geschreven\s+voor|schrijft(?:\s+\w+){{0,2}}?\s+(?:voor|op|in)|"
    rf"columnist\s+(?:van|bij|voor))\s+(?P<pub>(?:[Dd]e |[Hh]et )?{_PROPER})",
)
# the employer a bio names ('is salestrainer bij Verkoopkracht'): a company blog's own name, or not
EMPLOYER_RE = re.compile(rf"\b(?:is|was|werkt|werkte)\b(?:\s+[a-zà-ÿ-]+){{0,3}}\s+bij\s+(?P<pub>{_PROPER})")
# a metadata field naming the publication (front matter of a Markdown export, a page's meta tags)
FIELD_RE = re.compile(
    r"^(?:og:)?(?:site[_ ]?name|publication|publicatie|newsletter|nieuwsbrief|magazine|tijdschrift|blog)"
    r"\s*:\s*[\"']?(?P<pub>[^\"']+?)[\"']?\s*$",
    re.I,
)
EARLIER_RE = re.compile(r"\beerder\b|\boorspronkelijk\b|\boriginally\b", re.I)
# 'Vakblad Ondernemen nr. 4, april 2016': a magazine's name before its issue number.
ISSUE_RE = re.compile(
    r"^(?:(?:verschenen|gepubliceerd)\s+)?(?:(?:in|uit)\s+)?(?P<pub>[A-Z][\w&'’.]*(?: [A-Z\w&'’.]+){0,5}?)\s+"
    r"(?:nr|no|nummer|editie|jaargang|issue|uitgave)\.?\s*\d+",
    re.I,
)
COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<pub>[^·|•,–—]+)"
    r"|^(?P<before>[^©·|•,–—]+?)\s*(?:©|\(c\))\s*\d{4}\b",  # 'Site © 2024'
    re.I,
)
YEAR_END_RE = re.compile(r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$")  # '© Site 2024': the year is no part of the name
# 'Site is een uitgave van Uitgever B.V.': the page names its own site in its imprint
IMPRINT_RE = re.compile(
    rf"^(?P<pub>(?:(?:De|Het)\s)?(?!(?:Dit|Dat|Deze|Die|Het|Hij|Zij|Ze|Wij|We|Ik|Zo|Er)\s){_PROPER}(?:\.(?:{WEB_SUFFIXES}))?) {IMPRINT}"
)
RIGHTS_RE = re.compile(r"\s*(?:alle rechten voorbehouden|all rights reserved)\.?.*$", re.I)
DOMAIN_RE = re.compile(rf"\b(?:https?://)?(?:www\.)?(?P<name>[a-z0-9][\w-]*)\.(?:{WEB_SUFFIXES})\b", re.I)
LEGAL_RE = re.compile(
    r"[\s,]+(?:b\.?v\.?|n\.?v\.?|v\.?z\.?w\.?|bvba|cvba|gmbh|ltd\.?|inc\.?|sa|srl|holding)\.?$", re.I
)
STREET_RE = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\b|(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|postbus)\s+\d+", re.I
)
# the organisation before its address: 'Site vzw | Straat 20, 1000 Brussel', 'Site, Postbus 123, 3500 AA Utrecht'
CONTACT_SPLIT_RE = re.compile(r"\s+[|–—·-]\s+|,\s+")
WEB_SUFFIX_RE = re.compile(rf"\.(?:{WEB_SUFFIXES})$", re.I)
FILLER = {"de", "het", "van", "voor", "en", "in", "der", "op", "bij", "the"}


@dataclass(frozen=True)
class Candidate:
    """A name the page offers for its publication, the evidence, and how much that evidence weighs."""

    name: str
    evidence: str
    weight: float
    unit: int | None = None  # a line that holds nothing but this name becomes metadata


def _trim(pub: str) -> str:
    pub = LEGAL_RE.sub("", RIGHTS_RE.sub("", pub.strip())).strip(" .,;:-–—|")
    words = pub.split()
    while words and (words[-1].lower() in FILLER or not words[-1][0].isalnum()):
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 14)  # a site's names recur on all its pages
def key(name: str) -> str:
    """The form in which two spellings of one publication are the same."""
    name = WEB_SUFFIX_RE.sub("", LEGAL_RE.sub("", name.strip()))
    name = re.sub(r"^(?:de|het|the)\s+", "", name.casefold())
    return re.sub(r"[^\w]", "", name)


def from_text(text: str) -> str | None:
    """'column voor De Zaak', 'schrijft op Klantwijs' -> the named publication."""
    if EARLIER_RE.search(text):
        return None
    m = IN_TEXT_RE.search(text)
    return (_trim(m.group("pub")) or None) if m else None


KEY_VALUE_RE = re.compile(r"^[\w ]{1,30}:\s")  # 'Ingelogd als: X', 'updated_at: 2020-…'
ADDRESS_RE = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.\w{2,}/\S*$", re.I)  # a page's address, not its logo
FILE_NAME_RE = re.compile(r"\.(?:docx?|odt|rtf|pdf|txt|pages)$", re.I)  # a document's header, not a site


def _logo(page: Page, authors: list[str], s: ExtractSettings) -> tuple[int, str] | None:
    """The page's logo or site name: its first short line, or the first item of its first menu.

    Cookie buttons, skip links and other pattern boilerplate come first on many pages and are passed by;
    a platform's name alone atop the page is its logo ('Facebook'), since a share bar has several buttons.
    """
    units = page.units
    # the address a user pasted over the page is no line of it (its domain counts as a domain)
    lines = ((i, j) for i, j in enumerate(units[: page.start]) if not ADDRESS_RE.match(j.text.strip()))
    for k, (i, j) in enumerate(itertools.islice(lines, s.publication_logo_units)):
        text = j.text.strip()
        menu_head = j.reason is Reason.NAVIGATION and not match_line(text)
        platform = (
            k == 0
            and j.reason is Reason.SHARE
            and i + 1 < len(units)
            and units[i + 1].reason is not Reason.SHARE
        )
        if not (j.reason in (None, *SITE_REASONS) or menu_head or platform) or j.label is Label.PROSE:
            continue
        name = _named_part(text)
        if (
            (j.unit.words if name == text else len(name.split())) <= s.publication_max_words
            and text[-1:] not in ".:!?,"
            and any(ch.isalpha() for ch in text)
            and not KEY_VALUE_RE.match(text)
            and not FILE_NAME_RE.search(text)
            and not find_dates(text)
            and text not in authors
            and not names_author(text, authors)  # a manuscript's header names its writer, not a site
        ):
            return i, text
        if menu_head:
            return None  # a menu that starts with something else has no site name on top
    return None


PAGE_TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—·-]\s+")


def _beside_title(page: Page, title: str, s: ExtractSettings) -> str | None:
    """The name beside the column's title in a header line shaped like a page title ('Titel | Site'), as a
    browser prints it atop a page."""
    lines = [line.translate(AS_SPACE).strip() for j in page.units[: page.start] for line in j.unit.raw_lines]
    for line in lines:
        parts = PAGE_TITLE_SEPARATOR_RE.split(line)
        if len(parts) == 2 and parts[0].endswith(title) and len(parts[1].split()) <= s.publication_max_words:
            name = parts[1].strip()
            if name[:1].isupper() and not find_dates(name):
                return _trim(name)
    return None


@dataclass(frozen=True)
class Named:
    """What one line names as a publication by its shape alone: a metadata field's value, an issue line's
    magazine ('' when the issue line names nothing usable; None when it is no issue line), wording such as
    'column voor X', a copyright holder, domain names. Where on the page the line stands decides which
    of them count."""

    field: str | None
    issue: str | None
    wording: str | None
    copyright: str | None
    imprint: str | None
    domains: tuple[str, ...]


@lru_cache(maxsize=1 << 14)  # a site's header and footer lines recur on all its pages
def _named(text: str) -> Named:
    field = FIELD_RE.match(text)
    issue = ISSUE_RE.match(text)
    copyright = COPYRIGHT_RE.match(text)
    holder = (
        _trim(YEAR_END_RE.sub("", copyright.group("pub") or copyright.group("before"))) if copyright else ""
    )
    imprint = IMPRINT_RE.match(text)
    return Named(
        field=_trim(field.group("pub")) if field else None,
        issue=_trim(issue.group("pub")) if issue else None,
        wording=from_text(text),
        copyright=holder if holder[:1].isupper() and not find_dates(holder) else None,
        imprint=_trim(imprint.group("pub")) if imprint else None,
        domains=()
        if EARLIER_RE.search(text)
        else tuple(m.group(0).split("//")[-1].removeprefix("www.") for m in DOMAIN_RE.finditer(text)),
    )


def named_below(page: Page, text: str) -> bool:
    """Whether the page's footer names `text` as its own: a copyright holder, an imprint or a domain."""
    wanted = key(text)
    for j in page.units[page.end :] if wanted else ():
        named = _named(j.text)
        names = (named.copyright, named.imprint, *named.domains)
        if any(name and key(name) == wanted for name in names):
            return True
    return False


def candidates(
    page: Page, bio: str | None, title_units: list[int], authors: list[str], s: ExtractSettings
) -> list[Candidate]:
    found: list[Candidate] = []
    if title_units and (site := _beside_title(page, page.units[title_units[0]].text, s)):
        found.append(Candidate(site, "page title", 2.0))
    for j in page.units:
        if j.reason is Reason.ATTRIBUTION and j.byline is None and ":" in j.text:
            found.append(Candidate(_trim(j.text.split(":", 1)[1]), "attribution", 3.0))
    logo_at = len(found)
    by_bio: list[Candidate] = []  # where the writer writes: last, so on a tie the page's own evidence wins
    if bio and (pub := from_text(bio)):
        by_bio.append(Candidate(pub, "bio", 2.0))
    if bio and (employer := EMPLOYER_RE.search(bio)) and (pub := _trim(employer.group("pub"))):
        by_bio.append(Candidate(pub, "bio employer", 1.0))
    logo = _logo(page, authors, s)
    if logo and logo[0] in title_units:
        logo = None
    linked: list[str] = []
    for i, j in enumerate(page.units):
        if j.label is Label.PROSE and page.start <= i < page.end:
            continue  # the column's own text names other businesses
        named = _named(j.text)
        outside = i < page.start or i >= page.end
        if outside and named.field:
            found.append(Candidate(named.field, "metadata field", 2.0))
        if j.unit.words <= s.publication_issue_line_max_words and named.issue is not None:
            if named.issue:
                found.append(Candidate(named.issue, "issue line", 2.0))
        elif named.wording and i >= page.end and j.reason is not Reason.BIO:  # the bio's counts once
            found.append(Candidate(named.wording, "tail wording", 2.0))
        if named.copyright and i >= page.end:
            found.append(Candidate(named.copyright, "copyright", 1.0))
        if named.imprint and outside:
            found.append(Candidate(named.imprint, "imprint", 3.0))  # the page says what it is
        if outside and j.unit.words <= s.publication_max_words:
            found.extend(Candidate(domain, "domain", 1.0) for domain in named.domains)
        elif i >= page.end and j.reason is not Reason.BIO and not named.wording:
            linked.extend(named.domains)  # a link under the column confirms a name the page gives elsewhere
    given = {key(c.name) for c in [*found, *by_bio]}
    found.extend(Candidate(domain, "link", 1.0) for domain in linked if key(domain) in given)
    tail = page.tail()
    for j in tail:  # the organisation heads its address on one line
        parts = CONTACT_SPLIT_RE.split(j.text, maxsplit=1)
        if (
            len(parts) > 1
            and STREET_RE.search(parts[1])
            and not STREET_RE.search(parts[0])
            and len(parts[0].split()) <= s.contact_name_max_words
        ):
            found.append(Candidate(_trim(parts[0]), "contact line", 2.0))
    for k, j in enumerate(tail[1:], start=1):
        prev = tail[k - 1]
        if j.reason is Reason.CONTACT and STREET_RE.search(j.text):
            words = prev.text.split()
            if (
                1 <= len(words) <= s.contact_name_max_words
                and prev.label is Label.SHORT
                and not match_line(prev.text)
            ):
                found.append(Candidate(prev.text, "contact block", 2.0, page.end + k - 1))
    if logo:  # 'Site - tagline' counts for its first part when the page names that part elsewhere too, or
        first = _trim(PAGE_TITLE_SEPARATOR_RE.split(logo[1])[0])  # when the rest reads as a tagline
        named_elsewhere = {key(c.name) for c in [*found, *by_bio]}
        cut = key(first) in named_elsewhere or _named_part(logo[1]) != logo[1]
        found.insert(logo_at, Candidate(first if cut else _trim(logo[1]), "logo", 2.0))
    # the writer's own site ('© Jan Peeters', janpeeters.nl) names no publication
    own = {key(a) for a in authors}
    return [c for c in [*found, *by_bio] if c.name and key(c.name) and key(c.name) not in own]


def _named_part(text: str) -> str:
    """Of a logo line 'Name | tagline' the name; any other line whole."""
    parts = PAGE_TITLE_SEPARATOR_RE.split(text)
    return parts[0] if len(parts) == 2 and _tagline(parts[1]) else text


def _tagline(text: str) -> bool:
    """A site's tagline after its name: a phrase in sentence case ('Kwartaalblad voor service', 'Het
    nieuws uit het oosten'), not a second name ('De Winkelvloer')."""
    rest = text.split()[1:]
    return bool(rest) and sum(word[:1].islower() for word in rest) * 2 >= len(rest) + 1


def _surface(group: list[Candidate]) -> Candidate:
    """The spelling the page uses most, not in capitals or as a domain name (or a logo written as its
    address, 'site.nl') when another spelling exists."""
    weights: dict[str, float] = defaultdict(float)
    for c in group:
        weights[c.name] += c.weight
    named = {c.name for c in group if c.evidence != "domain"}
    forms = sorted(
        weights,
        key=lambda n: (
            n not in named,
            n.islower() and bool(WEB_SUFFIX_RE.search(n)),
            n.isupper() and not n.isdigit(),
            -weights[n],
            -len(n),
        ),
    )
    best = forms[0]
    return next(c for c in group if c.name == best)


def find_publication(
    page: Page,
    bio: str | None,
    title_units: Sequence[int] = (),
    authors: Sequence[str] = (),
    s: ExtractSettings = DEFAULT.extract,
) -> tuple[str | None, int | None, float]:
    """The best-supported publication, the unit that held only its name, and its support (0 when none)."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates(page, bio, list(title_units), list(authors), s):
        groups[key(c.name)].append(c)
    if not groups:
        return None, None, 0.0
    support = {k: sum(c.weight for c in g) for k, g in groups.items()}
    best = max(groups, key=lambda k: support[k])  # ties: the first evidence found
    if support[best] < s.publication_min_support:
        return None, None, 0.0
    chosen = _surface(groups[best])
    return chosen.name, chosen.unit, support[best]


def extract_publication(
    page: Page, bio: str | None, title_units: Sequence[int], authors: Sequence[str], s: ExtractSettings
) -> Found[str | None]:
    """The publication, with the line that held only its name (which leaves the body) and its support."""
    name, unit, support = find_publication(page, bio, title_units, authors, s)
    lines = ((unit, Reason.PUBLICATION),) if unit is not None else ()
    return Found(name, lines, "support" if name else "none", support)
