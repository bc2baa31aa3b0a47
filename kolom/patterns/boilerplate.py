"""Boilerplate cues in Dutch, English and German, as named data: one list per reason.

Each pattern is matched against a whole stripped line, case-insensitively. A pattern list is data anyone
can extend; the rules that use them live in `kolom.ingest.classify`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from kolom.model import Reason
from kolom.patterns import AS_SPACE, IMPRINT, READING_TIME, SPACES_RE
from kolom.patterns.prefilter import opens_with_stretch, required

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|pinterest|instagram|youtube|e-?mail|mail|print|xing|reddit|telegram|tumblr|messenger|threads|bluesky|mastodon)"

# what a credit line credits, one or several joined ('Foto:', "Foto's en illustraties:", 'Fotos/Illustration:')
_CREDITED = r"(?:foto(?:'?s)?|photos?|beeld|images?|bild(?:er)?|fotografie|illustrati(?:e|es|on|onen|ons))"

# A line is entirely boilerplate of this kind.
LINE_PATTERNS: dict[Reason, list[str]] = {
    Reason.SHARE: [
        rf"(?:share|deel|delen|teilen|tweet|like)(?: (?:on|op|via|this|dit|deze|artikel|article|bericht|post|pagina|page))*(?: {_SOCIAL})?[:!]?",
        rf"{_SOCIAL}(?:\s*\d+)?",
        rf"(?:(?:{_SOCIAL}|tweet|share|like|pin|delen|teilen)\s*\d*\s*){{2,}}",
        r"(?:deel|share|delen)(?: dit| this)? (?:artikel|article|bericht|post|story|verhaal)?\s*:?",
        r"(?:link )?(?:copied|gekopieerd)(?: to clipboard)?!?",
        r".*(?:share to|delen via|deel via).*(?:share to|delen via|deel via).*",  # a share bar glued into one line
        r"(?:vond je|vindt u|was|did you find) (?:dit|deze|this) (?:artikel|bericht|pagina|article|page|post) (?:nuttig|handig|helpful|useful)\??",
        r"(?:kopieer|kopiëer|copy)(?: de| the)? link|link kopiëren|link kopieren|link kopieert",
        r"(?:volg|follow) (?:ons|us|me|mij)(?: (?:op|on) .*)?",
        r"connect with us.*",
        r"print(?:en)?(?: (?:dit|this) (?:artikel|article|pagina|page))?",
    ],
    Reason.RELATED: [
        r"(?:lees|bekijk) (?:ook|verder|meer|het hele artikel|het volledige artikel)\b.{0,80}",
        r"(?:ook )?interessant(?: om te lezen| voor jou)?\s*[:.…]*",
        r"(?:meer|andere|gerelateerde|recente|populaire|nieuwste|laatste|vergelijkbare) (?:artikel(?:en)?|bericht(?:en)?|blogs?|columns?|nieuws|posts?|verha(?:al|len)|video's)\b.{0,40}",
        r"(?:related|recent|popular|latest|more|similar|recommended|trending) (?:posts|articles|stories|news|reads|content|videos)\b.{0,40}",
        r"(?:read more|see more|see also|you may also like|you might also like|also read|keep reading|continue reading|read next|more from)\b.{0,60}",
        r"(?:weiterlesen|mehr (?:zum thema|lesen|artikel)|das könnte sie auch interessieren|auch interessant|ähnliche (?:artikel|beiträge)|neue beiträge|verwandte artikel)\b.{0,60}",
        r"(?:dit|deze) (?:artikel|column|blog|stuk|bijdrage) (?:(?:is|werd) )?(?:eerder )?(?:gepubliceerd|verschenen|verscheen)\b.*",
        r"(?:vorige|volgende|previous|next|older|newer|zurück|weiter)(?: (?:artikel|bericht|column|post|article|story|entry|beitrag|pagina|page|nummers?|edities|editie|afleveringen|issues?))?\s*(?:[:»«›‹<>→←].{0,100})?",
        # an arrow link ('« Vorige', 'Volgende »'); a quote in guillemets («…») is no link
        r"[‹←<]\s?.{1,100}|.{1,100}\s?[›→>]|«\s?[^»]{1,100}|[^«]{1,100}\s?»",
    ],
    Reason.NAVIGATION: [
        r"(?:column|kolom|opinie|blog|gastcolumn|gastblog|interview|essay|commentaar|analyse|rubriek|achtergrond|kolumne|kommentar|opinion)\s*[:|]?",
        r"(?:skip to (?:main )?content|(?:ga )?(?:direct )?naar (?:de )?(?:hoofd)?inhoud|spring naar.*|zum inhalt.*|menu|hoofdmenu|main menu|navigatie|navigation|zoeken|search|suche|sluiten|close|cancel|abbrechen|home|startseite|terug|back|back to top|naar boven|nach oben|top)\s*[:…]*",
        r"(?:[^\s>»|›]+(?: [^\s>»|›]+){0,5} [>»|›] ){2,}.+",
        r"(?:over (?:ons|mij|de auteur|het bedrijf|[A-Z][a-zà-ÿ]+)|about(?: us| me)?)",
        r"(?:inloggen|log ?in|sign ?in|sign ?up|registreren|anmelden|abonneren|subscribe|mijn account|my account|winkelwagen|cart|toggle navigation|translate|vertalen|übersetzen|rss|rss-feed)",
        # a login form's fields and a newsletter's view-in-browser link
        r"(?:e-?mailadres(?: of (?:telefoonnummer|gebruikersnaam))?|e-?mail or phone(?: number)?|wachtwoord(?: vergeten)?|(?:forgot )?password|gebruikersnaam|username|nieuw account maken|create (?:new )?account|nu niet|not now)\s*[?:]?",
        r"(?:bekijk|open|lees) (?:deze|dit) (?:e-?mail|nieuwsbrief|bericht) (?:in|op) (?:je|uw|de) browser.*|view (?:this email )?in (?:your )?browser.*",
        # a forwarded or quoted e-mail's marker
        r"-*\s*(?:doorgestuurd bericht|forwarded message|oorspronkelijk bericht|original message|weitergeleitete nachricht)\s*-*",
        READING_TIME,
    ],
    Reason.COOKIE: [
        r"(?:alles |alle cookies |cookies )?(?:accepteren|aanvaarden|toestaan|weigeren|afwijzen)|(?:cookie-?)?instellingen|(?:accept|reject) all|alle akzeptieren",
        r".*\b(?:cookies?|cookiebeleid|cookie-instellingen|privacyverklaring|privacy policy|privacy statement|datenschutz\w*|disclaimer|algemene voorwaarden|terms of (?:use|service)|gebruiksvoorwaarden|impressum)\b.{0,120}",
    ],
    Reason.CALL_TO_ACTION: [
        r".*\b(?:abonneer\w*|abonnier\w*|subscribe|aanmelden|anmelden|anfordern|meld je (?:nu )?aan|schrijf je in|inschrijven|sign[ -]?up|registreer)\b.{0,150}",
        # a newsletter offered ('onze wekelijkse nieuwsbrief'), or named by a short line that asks nothing:
        # a sentence or a question about newsletters is a column's own words
        r".*\b(?:onze|our|unsere?[nmr]?|ons|gratis|free|kostenlose?[nmr]?|wekelijkse|weekly|maandelijkse|monthly)\b.{0,30}\b(?:nieuwsbrief|newsletter)\b.{0,150}",
        r".*\b(?:ontvang|receive|erhalten|krijg|get|blijf op de hoogte|stay (?:up to date|informed))\b.{0,40}\b(?:nieuwsbrief|newsletter)\b.{0,150}",
        r"(?=(?:\S+\s+){0,5}\S+$)(?!.*\?$).*\b(?:nieuwsbrief|newsletter)\b.*",
        r"(?:agenda|evenementen|events|webinars?|trainingen|workshops)",
        r"(?:er zijn )?(?:slechts|nog maar) (?:een )?(?:gelimiteerd|beperkt) aantal plaatsen.*",
        r"(?:bestel|koop|download|probeer|try|buy|order|get|start|vraag)\b.{0,40}(?:nu|now|gratis|free|vandaag|today|aan)\s*[!.]?",
        r"(?:start|probeer|vraag|plan)\b.{0,30}\b(?:proefperiode|demo|trial|proefabonnement)\b.{0,30}",
        # ... or closing a product's pitch: 'Ontdek hoe ... met X. Vraag vandaag nog een gratis demo aan.'
        r".{0,200}[.!?]\s+(?:start|probeer|vraag|plan|boek)\b.{0,40}\b(?:proefperiode|demo|trial|proefabonnement)\b.{0,60}",
        # ... after a short question of its own ('Wil je meer weten? Neem contact met ons op.')
        r"(?:[^.!?]{0,40}\?\s+)?(?:(?:meer (?:info|informatie)|more info|contacteer ons|contact us|contact opnemen)\b.{0,60}"
        r"|neem (?:gerust |vrijblijvend |dan )?contact (?:met (?:ons|mij) )?op(?:\s+(?:via|met (?:ons|mij)|voor)\b.{0,60})?[.!]?)",
    ],
    Reason.ADVERT: [
        r"(?:whitepaper|e-?book|webinar|advertentie|advertorial|gesponsord|sponsored|anzeige|promotie|aanbieding|download|partnercontent|in samenwerking met)\s*[:|–-].{0,160}",
        r"(?:advertentie|advertisement|advertorial|anzeige|gesponsord|sponsored|reclame|promoted)",
    ],
    Reason.CONTACT: [
        r"\+?\(?\d[\d\s().-]{7,}\d",
        r"(?:tel|telefoon|phone|fax|mobiel|mob|t|f|m)\.?\s*:?\s*\+?\(?\d[\d\s().-]{6,}\d.*",
        r"\d{4}\s?(?-i:[A-Z]{2})\b.{0,40}",
        r"[a-zà-ÿ .'-]{2,40}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|park|hof|markt|baan)\s+\d+\s?[a-z]?(?:[-/ ]\d+)?,?.{0,40}",
        r"(?:postbus|p\.?o\.? box)\s+\d+.*",
        r".*\b(?:kvk|k\.v\.k\.|kamer van koophandel|btw|vat|iban|bic|ondernemingsnummer)(?:-?nummer|-?nr)?\.?\s*:?\s*[a-z]{0,4}\s?[\d .]{6,}.*",
        r"(?:e-?mail|mail|email)?\s*:?\s*[\w.+-]+@[\w-]+\.[\w.-]+",
        r".*(?:e-?mailadres|email address)\b.{0,30}(?:beveiligd|beschermd|protected|spambots?).*",
        r".*javascript (?:dient|moet|must|needs to|is required).*",
        r"(?:openingstijden|opening hours|öffnungszeiten)\b.*",
        r"(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:[-–t/m]+\s*\w+\.?\s*)?:?\s*\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}.*",
        r"(?:contact|adres|address|bezoekadres|postadres|kontakt)\s*:?",
        r"(?:https?://|www\.)\S+",
    ],
    Reason.COPYRIGHT: [
        r".*(?:©|\(c\)|copyright|&copy;).*",
        r".*\b(?:all rights reserved|alle rechten voorbehouden|alle rechte vorbehalten)\b.*",
        r"(?:website|webdesign|ontwerp|design|realisatie|gemaakt|powered|proudly powered|mit viel liebe)\b.{0,30}\b(?:door|by|von|with|mit|met)\b.{0,60}",
        r"(?:made|built|created|erstellt) with .{0,60}",
        # the site's imprint: 'Buurtzaak.be is een initiatief van Buurtzaak vzw.'
        rf"\S.{{0,60}}\b{IMPRINT}.{{0,120}}",
    ],
    Reason.COMMENTS: [
        r"(?:\d+\s+)?(?:reacties?|reageer|reageren|geef een reactie|laat een reactie achter|plaats een reactie|comments?|leave a (?:reply|comment)|post a comment|add a comment|kommentare?|schreibe einen kommentar|\d+ (?:responses|antworten))\b.{0,60}",
        r".*(?:je|uw|your|deine|ihre) e-?mail(?:-?adres(?:se)?| address)? (?:wordt|will|wird) (?:niet|not|nicht) (?:gepubliceerd|published|veröffentlicht).*",
        r".*(?:vereiste|verplichte|required) (?:velden|fields)\b.*|.*erforderliche felder.*",
        r"(?:naam|name|e-?mail|website|webseite|reactie|comment|kommentar|bericht|message)\s*\*?",
        r".*(?:mijn naam|my name|meinen namen).{0,40}(?:opslaan|save|speichern).*",
        r"(?:antwoord|antwoorden|reply|antworten|beantwoorden)",
    ],
    Reason.TAGS: [
        r"(?:tags?|trefwoorden|labels?|categorie(?:ën)?|categories|category|rubriek|onderwerpen|topics|themas|thema's|schlagwörter|kategorien?|filed under|posted in|geplaatst in|gepubliceerd in)\s*:.{0,200}",
        r"(?:tags?|trefwoorden|categorie(?:ën)?|categories|schlagwörter|thema's)",
        r".*(?:dieser eintrag wurde veröffentlicht in|this entry was posted in|dit bericht is geplaatst in)\b.*",
    ],
    Reason.TRACKER: [
        r"fbpx|gtm-[a-z0-9]+|ua-\d+-\d+|utm_\w+.*|pixel|noscript|\[?if [a-z]+ ie.*|<!--.*|.*-->|&nbsp;",
        r"[\W_]{1,12}",
    ],
    Reason.DOWNLOAD: [
        r".*\b(?:klik hier|click here|hier klicken)\b.{0,80}",
        r".*\b(?:pdf-versie|pdf version|printversie|print version|download (?:de |the )?pdf|als pdf)\b.{0,40}",
    ],
    Reason.MEDIA: [
        r"(?:\[?(?:image|afbeelding|foto|photo|bild|video|embed|iframe|img)\]?)(?:\s*:.{0,120})?",
        rf"{_CREDITED}(?:\s*(?:/|&|\ben\b|\bund\b|\band\b)\s*{_CREDITED})*\s*(?::|©|credit).{{0,80}}",
        r".{0,80}\b(?:headshot|thumbnail|avatar|profielfoto|profile picture)\b.{0,40}",
        r"(?:picture|photo|image|foto|afbeelding|bild) (?:of|van|von)\s.{1,80}",  # an image's alt text
    ],
    Reason.PAGE_FURNITURE: [
        r"(?:pagina|page|seite|p\.)\s*\d+(?:\s*(?:van|of|von|/)\s*\d+)?",
        r"[-–—\s]*\d{1,4}[-–—\s]*",
        # a document's path in its header or footer ('C:\\Users\\ruud\\column_v2.docx')
        r"(?:[a-z]:\\|~?/)?(?:[\w .-]{1,60}[\\/]){1,12}[\w .-]{1,120}\.(?:docx?|odt|rtf|pdf|pages|indd)",
    ],
    Reason.EDITORIAL: [
        # words about the column pointing down to it: the editors' ('Lees hem hieronder') or a repost's
        # ('Mijn column van deze week 👇')
        r".*\b(?:column|rubriek)\b.*(?:\bhieronder\b|👇|⬇️?|↓).*|.*\bhieronder\b.*\b(?:column|rubriek)\b.*",
        # a note to (or from) the editors left in the writer's document
        r"(?:notitie|noot|opmerking|nb|n\.b\.|ps|p\.s\.)\s*(?:voor|aan|van)\s+de\s+redactie\b.*",
    ],
}

# A line that announces the end of the article: what follows is tail (related lists, comments, footer).
END_MARKERS: dict[Reason, list[str]] = {
    Reason.RELATED: [
        r"(?:lees ook|lees meer|bekijk ook|ook interessant(?: om te lezen)?|meer lezen|gerelateerd|gerelateerde (?:artikelen|berichten)|meer over dit onderwerp|andere columns|meer columns|(?:meer|andere) (?:artikelen|blogs|berichten)(?: van| over)?.{0,30}|related|related (?:posts|articles|stories|content)|you may also like|you might also like|read more|more from.{0,30}|recommended(?: for you)?|weitere artikel|das könnte sie auch interessieren|ähnliche beiträge|neue beiträge|mehr zum thema)\s*[:.…!]*\s*(?:\(\d+\))?",
    ],
    Reason.COMMENTS: [
        r"(?:\d+\s+)?(?:reacties|reactie|geef een reactie|laat een reactie achter|plaats een reactie|comments|leave a reply|leave a comment|post a comment|kommentare|schreibe einen kommentar|\d+ responses|\d+ gedachten over.*|\d+ thoughts on.*|discussie|discussion)\s*[:(\d)]*",
    ],
    Reason.COPYRIGHT: [r"(?:©|\(c\)|copyright).*"],
    Reason.TAGS: [
        r"(?:tags|trefwoorden|categorie|categorieën|categories|schlagwörter)\s*:?.{0,200}",
        r".*(?:dieser eintrag wurde veröffentlicht in|this entry was posted in).*",
    ],
}


class _Table:
    """A pattern table whose first pattern that covers the whole line names its reason. A pattern that
    opens with a stretch of any length is costly to fail on every line, so it is tried only on lines that
    hold a string it needs (see `prefilter`; the strings are found in one pass, Aho-Corasick); the others
    are tried as one alternation. The answer is the same as when every pattern is tried in the table's
    order."""

    def __init__(self, table: dict[Reason, list[str]]) -> None:
        patterns = [(reason, p) for reason, pats in table.items() for p in pats]
        self.reasons = [reason for reason, _ in patterns]
        needing: dict[str, set[int]] = {}  # a needed string -> the patterns that need it
        self.gated: dict[int, re.Pattern[str]] = {}
        always = []
        for i, (_, pattern) in enumerate(patterns):
            need = required(pattern) if opens_with_stretch(pattern) else None
            if need is None:
                always.append(f"(?P<p{i}>{pattern})")
            else:
                for needed in need:
                    needing.setdefault(needed, set()).add(i)
                self.gated[i] = re.compile(pattern, re.IGNORECASE)
        self.regex = re.compile("|".join(always), re.IGNORECASE)
        self.needed = ahocorasick.Automaton()
        for needed, gated in needing.items():
            self.needed.add_word(needed, frozenset(gated))
        if needing:
            self.needed.make_automaton()

    def reason(self, text: str) -> Reason | None:
        m = self.regex.fullmatch(text)
        first = int(m.lastgroup[1:]) if m and m.lastgroup else len(self.reasons)
        woken: set[int] = set()
        if self.needed.kind == ahocorasick.AHOCORASICK:  # made: some pattern is gated
            for _, gated in self.needed.iter(text.casefold()):  # every needed string, overlaps included
                woken |= gated
        for i in sorted(i for i in woken if i < first):
            if self.gated[i].fullmatch(text):
                first = i
                break
        return self.reasons[first] if first < len(self.reasons) else None


COMPILED_LINE = _Table(LINE_PATTERNS)
COMPILED_END = _Table(END_MARKERS)


# Markdown's markup around a line's words: a quote mark, emphasis, a link's target ('> **Lees ook:** [X](/x)')
MARKDOWN_MARKUP_RE = re.compile(
    r"^>\s*|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|\]\([^)\s]*\)|\[(?=[^\]]*\]\()"
)


def plain(text: str) -> str:
    """The line's words without Markdown markup, each space a plain one, as the patterns read it."""
    text = text.translate(AS_SPACE) if SPACES_RE.search(text) else text
    return MARKDOWN_MARKUP_RE.sub("", text) if any(c in text for c in ">*_[") else text


@lru_cache(maxsize=1 << 16)  # a site's lines recur on all its pages: each is matched once per process
def match_line(text: str) -> Reason | None:
    """The boilerplate reason whose pattern covers the whole line (its Markdown markup aside), if any."""
    return COMPILED_LINE.reason(plain(text))


@lru_cache(maxsize=1 << 16)
def match_end_marker(text: str) -> Reason | None:
    """The reason if this line opens a tail section (related list, comments, share bar, copyright)."""
    return COMPILED_END.reason(plain(text))
