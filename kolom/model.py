"""The data that flows through kolom: blocks, removals and columns. Dataclasses only."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class BlockType(StrEnum):
    """What a kept piece of the column is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


class Reason(StrEnum):
    """Why a line is not in the body. Metadata reasons say which field took the line."""

    # metadata: the line's content lives on in a field
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATE = "date"
    BIO = "bio"
    ATTRIBUTION = "attribution"
    PUBLICATION = "publication"
    # boilerplate patterns
    SHARE = "share buttons"
    RELATED = "related articles"
    NAVIGATION = "navigation"
    COOKIE = "cookie banner"
    CALL_TO_ACTION = "newsletter, agenda or sign-up call to action"
    ADVERT = "advert"
    CONTACT = "contact details"
    COPYRIGHT = "copyright or designer credit"
    COMMENTS = "comment section"
    TAGS = "tags or categories"
    TRACKER = "tracker debris"
    DOWNLOAD = "download or print link"
    MEDIA = "image or media caption placeholder"
    PAGE_FURNITURE = "page header, footer or number"
    EDITORIAL = "words about the column pointing to it, or a note to the editors"
    # structure and statistics
    RECURRING = "recurs in other files of the corpus"
    LISTED = "headline listed on other pages of the corpus"
    REPEATED = "repeats a line of the same file"
    TEASER = "teaser of another article"
    HEADER = "page header before the column"
    TAIL = "page footer after the column"
    OUTSIDE = "outside the column's main text"
    NOT_PROSE = "short line without prose between paragraphs"
    INTERRUPTION = "interrupts a sentence of the column (page head, advert, pull quote)"
    FORCED = "removed by the sidecar file"


METADATA_REASONS = frozenset(
    {
        Reason.TITLE,
        Reason.SUBTITLE,
        Reason.BYLINE,
        Reason.DATE,
        Reason.BIO,
        Reason.ATTRIBUTION,
        Reason.PUBLICATION,
    }
)


@dataclass(frozen=True)
class SiteLines:
    """One file's short lines (normalised) that recur in other files of the corpus, and of those the ones
    that stand before this file's body but only after the body of the others (headlines they list)."""

    furniture: frozenset[str] = frozenset()
    listed: frozenset[str] = frozenset()


NO_SITE_LINES = SiteLines()


@dataclass(frozen=True)
class Block:
    """A kept piece of the column's text with the input lines it came from (1-based, inclusive)."""

    type: BlockType
    text: str  # as written, its marker included ('1. Eerst de klant', '## Tussenkop')
    lines: tuple[int, int]
    marker: str = ""  # a list item's or Markdown line's marker ('1.', '•', '##', '>'), or ''

    @property
    def content(self) -> str:
        """The text as the site and the PDFs show it: a list item, heading or quote without the marker its
        structure replaces; a paragraph as written ('1. Dit is een zin die met een cijfer begint.')."""
        if self.marker and self.type is not BlockType.PARAGRAPH:
            return self.text[len(self.marker) :].lstrip()
        return self.text

    @property
    def number(self) -> int | None:
        """The item's number when its marker numbers it ('3.' or '3)')."""
        return int(self.marker[:-1]) if self.marker[:-1].isdigit() and self.marker[-1:] in ".)" else None


def list_start(items: list[Block]) -> int | None:
    """The first number of a list whose every item the column numbers (an ordered list), else None."""
    numbers = [b.number for b in items]
    return numbers[0] if numbers and None not in numbers else None


@dataclass(frozen=True)
class Removal:
    """An input line that is not in the body, and why."""

    line: int
    text: str
    reason: Reason


@dataclass(frozen=True)
class Doubt:
    """A metadata field chosen on weak evidence (or not found), with the sidecar line that would settle it."""

    field: str
    score: float
    why: str
    sidecar: str


@dataclass
class Column:
    """One cleaned column: metadata, body blocks and the removal report."""

    source: str
    slug: str
    title: str | None = None
    title_derived: bool = False
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    publication: str | None = None
    bio: str | None = None
    website: str | None = None
    duplicate_of: str | None = None  # the source file of the original when this is a republished copy
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    review: list[Doubt] = field(default_factory=list)

    def to_json(self) -> dict:
        """The `kolom clean --json` contract."""
        data = asdict(self)
        data["blocks"] = [{"type": str(b.type), "text": b.text, "lines": list(b.lines)} for b in self.blocks]
        data["removed"] = [{"line": r.line, "text": r.text, "reason": str(r.reason)} for r in self.removed]
        data["review"] = [asdict(d) for d in self.review]
        return data


@dataclass(frozen=True)
class Problem:
    """An input file that could not be cleaned, with a message a user can act on."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
