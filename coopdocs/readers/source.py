"""What a reader gives: the document's text and the places of its table cells."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A document read once: its plain text, its table cells, the sha256 of its bytes, and
    what its reader tells of it for the record's ``source`` (``{"encoding": "tcvn3"}``)."""
    text: str
    cells: list[Cell]
    sha256: str
    about: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Cell:
    """A table cell's place: table number, row, column, and its span in the text."""
    table: int
    row: int
    col: int
    start: int
    end: int
