"""Read a document file into the plain text that every offset indexes.

Each file type has a reader module (``read(data, path) -> (text, cells)``, or ``(text,
cells, about)`` where ``about`` holds what the reader tells of the file for the record's
``source``, such as ``{"encoding": "tcvn3"}``) registered in :data:`READERS` by suffix:
``.txt`` / ``.md`` (:mod:`.plain`), ``.docx`` (:mod:`.word`), ``.html`` / ``.htm``
(:mod:`.webpage`), ``.doc`` / ``.odt`` / ``.rtf`` (:mod:`.office`, through LibreOffice),
``.xlsx`` / ``.xls`` / ``.csv`` (:mod:`.sheets`), ``.pdf`` (:mod:`.pdf`), page images
``.png``, ``.jpg``, ``.tif`` ... (:mod:`.image`, with OCR). Text typed in the 8-bit codes
before Unicode is converted (:mod:`.legacy`). A reader whose ``read`` takes ``options`` gets
the :class:`Options` of the call (OCR, language, progress).

Only regular files are read (a FIFO, device or socket is refused before it is opened), at
most :data:`MAX_FILE_BYTES` of them (:mod:`.files`).
"""
from __future__ import annotations

import hashlib
import inspect
from importlib import import_module
from pathlib import Path

from ..errors import InputError
from .files import MAX_FILE_BYTES, file_kind, read_bytes
from .plain import decode
from .source import Cell, Options, Source

# Names of the reader modules offered here too, imported on first use (PEP 562): reading a
# .txt file imports neither the Word nor the web page reader.
_LAZY = {
    "MAX_HTML_NESTING": "webpage", "html_nesting": "webpage", "html_text": "webpage",
    "MAX_DOCX_ENTRIES": "word", "MAX_DOCX_XML": "word", "MAX_RATIO": "word",
    "RATIO_FROM": "word", "docx_lines": "word", "docx_package": "word",
}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

READERS = {
    ".txt": "plain", ".md": "plain",
    ".docx": "word",
    ".html": "webpage", ".htm": "webpage",
    ".doc": "office", ".odt": "office", ".rtf": "office",
    ".xlsx": "sheets", ".xls": "sheets", ".csv": "sheets",
    ".pdf": "pdf",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
}
"""Suffix -> the reader module (in this package) that reads it."""
SUFFIXES = tuple(READERS)

__all__ = [
    "MAX_DOCX_ENTRIES", "MAX_DOCX_XML", "MAX_FILE_BYTES", "MAX_HTML_NESTING", "MAX_RATIO",
    "RATIO_FROM", "READERS", "SUFFIXES", "Cell", "InputError", "Options", "Source", "decode",
    "docx_lines", "docx_package", "file_kind", "html_nesting", "html_text", "read_bytes",
    "read_document", "read_source", "read_text", "supported",
]


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_text(path: str | Path, options: Options | None = None) -> str:
    """The document's plain text; raises :class:`InputError` naming the file."""
    return read_source(path, options).text


def read_document(path: str | Path, options: Options | None = None) -> tuple[str, list[Cell]]:
    """(plain text, table cells): the cells of tables with their offsets in the text."""
    source = read_source(path, options)
    return source.text, source.cells


def read_source(path: str | Path, options: Options | None = None) -> Source:
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
    if "options" in inspect.signature(reader.read).parameters:
        text, cells, *more = reader.read(data, path, options=options or Options())
    else:
        text, cells, *more = reader.read(data, path)  # a reader may add what it tells of the file
    if not text.strip():
        raise InputError("the document has no text", str(path))
    about = more[0] if more else {}
    if about.get("encoding"):
        from .legacy import warn

        warn(path, about["encoding"])
    return Source(text, cells, hashlib.sha256(data).hexdigest(), about)
