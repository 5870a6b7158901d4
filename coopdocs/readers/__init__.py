"""Read a document file into the plain text that every offset indexes.

Each file type has a reader module (``read(data, path) -> (text, cells)``) registered in
:data:`READERS` by suffix: ``.txt`` / ``.md`` (:mod:`.plain`), ``.docx`` (:mod:`.word`),
``.html`` / ``.htm`` (:mod:`.webpage`).

Only regular files are read (a FIFO, device or socket is refused before it is opened), at
most :data:`MAX_FILE_BYTES` of them (:mod:`.files`).
"""
from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path

from ..errors import InputError
from .files import MAX_FILE_BYTES, file_kind, read_bytes
from .plain import decode
from .source import Cell, Source
from .webpage import MAX_HTML_NESTING, html_nesting, html_text
from .word import MAX_DOCX_ENTRIES, MAX_DOCX_XML, MAX_RATIO, RATIO_FROM, docx_lines, docx_package

READERS = {
    ".txt": "plain", ".md": "plain",
    ".docx": "word",
    ".html": "webpage", ".htm": "webpage",
}
"""Suffix -> the reader module (in this package) that reads it."""
SUFFIXES = tuple(READERS)

__all__ = [
    "MAX_DOCX_ENTRIES", "MAX_DOCX_XML", "MAX_FILE_BYTES", "MAX_HTML_NESTING", "MAX_RATIO",
    "RATIO_FROM", "READERS", "SUFFIXES", "Cell", "InputError", "Source", "decode",
    "docx_lines", "docx_package", "file_kind", "html_nesting", "html_text", "read_bytes",
    "read_document", "read_source", "read_text", "supported",
]


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_text(path: str | Path) -> str:
    """The document's plain text; raises :class:`InputError` naming the file."""
    return read_source(path).text


def read_document(path: str | Path) -> tuple[str, list[Cell]]:
    """(plain text, table cells): the cells of tables with their offsets in the text."""
    source = read_source(path)
    return source.text, source.cells


def read_source(path: str | Path) -> Source:
    """The document's text, cells and digest, from one read of the file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; coopdocs reads {', '.join(SUFFIXES)}",
            str(path),
        )
    data = read_bytes(path)
    if not data.strip():
        raise InputError("the file is empty", str(path))
    reader = import_module(f".{READERS[suffix]}", __name__)
    text, cells = reader.read(data, path)
    if not text.strip():
        raise InputError("the document has no text", str(path))
    return Source(text, cells, hashlib.sha256(data).hexdigest())
