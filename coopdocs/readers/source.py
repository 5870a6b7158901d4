"""What a reader gives: the document's text and the places of its table cells."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """A document read once: its plain text, its table cells and the sha256 of its bytes."""
    text: str
    cells: list[Cell]
    sha256: str


@dataclass(frozen=True)
class Cell:
    """A table cell's place: table number, row, column, and its span in the text."""
    table: int
    row: int
    col: int
    start: int
    end: int
