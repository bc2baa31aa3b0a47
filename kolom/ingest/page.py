"""The model the cleaner's steps share: a file's units, each judged (label, reason, the metadata it carries,
its block type), and the body region among them. Classification makes it; the extractors and the assembly
read it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

from kolom.ingest.segment import Unit
from kolom.model import BlockType, Reason

if TYPE_CHECKING:
    from kolom.ingest.extract.byline import Byline


class Label(StrEnum):
    PROSE = "prose"
    SHORT = "short"
    BOILERPLATE = "boilerplate"
    END = "end marker"
    META = "metadata"


SITE_REASONS = (Reason.RECURRING, Reason.LISTED)  # lines that recur in other files of the corpus


@dataclass(slots=True)
class Judged:
    """A unit with its label, the reason when it is not body, and what metadata it carries."""

    unit: Unit
    label: Label
    reason: Reason | None = None
    byline: Byline | None = None
    date: str | None = None
    block: BlockType | None = None

    @property
    def text(self) -> str:
        return self.unit.text


@dataclass(slots=True)
class Page:
    """A file's judged units and the body region [start, end) among them."""

    units: list[Judged]
    start: int = 0
    end: int = 0

    def header(self) -> list[Judged]:
        return self.units[: self.start]

    def tail(self) -> list[Judged]:
        return self.units[self.end :]


T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """What an extractor read off a page, leaving the page as it was: the value, the lines it was read from
    with the reason each leaves the body for (the assembly labels them), how it was found (the evidence the
    review weighs) and, where candidates are weighed, the winner's support."""

    value: T
    lines: tuple[tuple[int, Reason], ...] = ()
    how: str = ""
    score: float = 0.0
