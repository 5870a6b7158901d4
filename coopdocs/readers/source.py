"""What a reader gives: the document's text and the places of its table cells."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A document read once: its plain text, its table cells, the sha256 of its bytes, and
    what its reader tells of it for the record's ``source`` (``{"encoding": "tcvn3"}``;
    ``ocr``: how the text was recognised and its low-confidence words)."""
    text: str
    cells: list[Cell]
    sha256: str
    about: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    """How to read a document, for the readers that have choices (PDF, images).

    ``ocr``: recognise the text of scanned pages and images with Tesseract (off: such a file
    is refused with a line saying how to enable it). ``lang``: the document's language when
    known (OCR languages, repairs); None tells it from the text (OCR: every language).
    ``progress``: a progress bar of pages on stderr."""
    ocr: bool = False
    lang: str | None = None
    progress: bool = False


@dataclass(frozen=True)
class Cell:
    """A table cell's place: table number, row, column, and its span in the text."""
    table: int
    row: int
    col: int
    start: int
    end: int


DEFAULT = Options()


def needs(module: str, path) -> None:
    """Refuse, in one line, to read a file whose reader needs a module of the ``pdf`` extra
    that is not installed."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        from ..errors import InputError

        raise InputError(f"reading this file needs the Python package {module!r}: "
                         "pip install 'coopdocs[pdf]'", str(path))
