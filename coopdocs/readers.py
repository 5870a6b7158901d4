"""Read a document file into the plain text that every offset indexes.

- ``.txt`` / ``.md``: the decoded content, unchanged (UTF-8 with or without BOM, UTF-16
  with BOM). A BOM is not part of the text.
- ``.docx``: the body's paragraphs and table cells (nested tables included) in document
  order, joined with ``\\n``; a merged cell is read once.
- ``.html`` / ``.htm``: the visible text; block elements end a line.
"""
from __future__ import annotations

import codecs
import html.parser
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_text(path: str | Path) -> str:
    """The document's plain text; raises :class:`InputError` naming the file."""
    return read_document(path)[0]


def read_document(path: str | Path) -> tuple[str, list[Cell]]:
    """(plain text, table cells): the cells of .docx tables with their offsets in the text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; coopdocs reads {', '.join(SUFFIXES)}",
            str(path),
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", str(path)) from None
    if not data.strip():
        raise InputError("the file is empty", str(path))
    cells: list[Cell] = []
    if suffix == ".docx":
        text, cells = _docx_text(data, path)
    else:
        text = decode(data, path)
        if suffix in (".html", ".htm"):
            text = html_text(text)
    if not text.strip():
        raise InputError("the document has no text", str(path))
    return text, cells


def decode(data: bytes, path: Path | str = "<bytes>") -> str:
    """Bytes to text: UTF-16 with BOM, else UTF-8 (BOM dropped); binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 text", str(path)) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text (save it as UTF-8 text, .docx or .html)", str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"not UTF-8 text (undecodable byte 0x{data[e.start]:02x} at offset {e.start}); "
            "save it as UTF-8",
            str(path),
        ) from None


@dataclass(frozen=True)
class Cell:
    """A table cell's place: table number, row, column, and its span in the text."""
    table: int
    row: int
    col: int
    start: int
    end: int


def _docx_text(data: bytes, path: Path) -> tuple[str, list[Cell]]:
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(f"not a valid .docx file ({type(e).__name__})", str(path)) from None
    except Exception as e:  # noqa: BLE001  (lxml and zip errors come in many types)
        raise InputError(f"corrupt .docx file ({type(e).__name__}: {e})", str(path)) from None
    lines: list[str] = []
    places: list[tuple[int, int, int, int, int]] = []  # table, row, col, first line, end line
    docx_lines(document, lines, places)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    text = "\n".join(lines)
    cells = [Cell(t, r, c, offsets[a], offsets[b - 1] + len(lines[b - 1]))
             for t, r, c, a, b in places if b > a]
    return text, cells


def docx_lines(container, lines: list[str] | None = None, places: list | None = None) -> list[str]:
    """Paragraph and cell texts of a python-docx document (or cell), in document order;
    ``places`` collects (table, row, column, first line, end line) for every cell."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines = [] if lines is None else lines
    places = [] if places is None else places
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            table = max((p[0] for p in places), default=-1) + 1
            seen = set()  # the cell elements themselves: merged cells repeat the same element
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row.cells):
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    first = len(lines)
                    docx_lines(cell, lines, places)
                    places.append((table, r, c, first, len(lines)))
    return lines


_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "section", "article", "header", "footer", "blockquote", "pre", "title", "td", "th", "dd", "dt",
}
_HIDDEN = {"script", "style", "head", "noscript", "template", "svg"}


class _Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """Visible text of an HTML page: one line per block, runs of spaces collapsed."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
