"""Read a document file into the plain text that every offset indexes.

- ``.txt`` / ``.md``: the decoded content, unchanged (UTF-8 with or without BOM, UTF-16
  with BOM). A BOM is not part of the text.
- ``.docx``: the body's paragraphs and table cells (nested tables included) in document
  order, joined with ``\\n``; a merged cell is read once.
- ``.html`` / ``.htm``: the visible text as an HTML5 browser builds it (lexbor, through
  selectolax); block elements end a line.

Only regular files are read (a FIFO, device or socket is refused before it is opened), at
most :data:`MAX_FILE_BYTES` of them; a .docx may inflate to at most :data:`MAX_DOCX_XML`
bytes of XML, no entry more than :data:`MAX_RATIO` times its compressed size; HTML may nest
its blocks :data:`MAX_HTML_NESTING` deep (the HTML5 algorithm is quadratic in that depth).
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")
MAX_FILE_BYTES = 100 * 2**20
"""The largest input file read, in bytes (any type)."""
MAX_DOCX_XML = 64 * 2**20
"""The most XML a .docx may inflate to (its images and other binary parts are not inflated)."""
MAX_RATIO = 100
"""The largest inflation ratio of one .docx entry bigger than :data:`RATIO_FROM` bytes."""
RATIO_FROM = 2**20
MAX_DOCX_ENTRIES = 10_000


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


@dataclass(frozen=True)
class Source:
    """A document read once: its plain text, its table cells and the sha256 of its bytes."""
    text: str
    cells: list[Cell]
    sha256: str


def read_text(path: str | Path) -> str:
    """The document's plain text; raises :class:`InputError` naming the file."""
    return read_source(path).text


def read_document(path: str | Path) -> tuple[str, list[Cell]]:
    """(plain text, table cells): the cells of .docx tables with their offsets in the text."""
    source = read_source(path)
    return source.text, source.cells


def read_source(path: str | Path) -> Source:
    """The document's text, cells and digest, from one read of the file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; coopdocs reads {', '.join(SUFFIXES)}",
            str(path),
        )
    data = read_bytes(path)
    if not data.strip():
        raise InputError("the file is empty", str(path))
    cells: list[Cell] = []
    if suffix == ".docx":
        text, cells = _docx_text(data, path)
    else:
        text = decode(data, path)
        if suffix in (".html", ".htm"):
            depth = html_nesting(text)
            if depth > MAX_HTML_NESTING:
                raise InputError(f"refused HTML: block elements nested {depth} deep "
                                 f"(at most {MAX_HTML_NESTING})", str(path))
            text = html_text(text)
    if not text.strip():
        raise InputError("the document has no text", str(path))
    return Source(text, cells, hashlib.sha256(data).hexdigest())


_KINDS = ((stat.S_ISDIR, "is a folder, not a file"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def file_kind(mode: int) -> str | None:
    """None for a regular file, else what the file is (``a named pipe (FIFO)`` ...)."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def _refuse_special(mode: int, path: Path) -> None:
    kind = file_kind(mode)
    if kind is not None:
        if not kind.startswith("is "):
            kind = f"not a regular file but {kind}; coopdocs reads files only"
        raise InputError(kind, str(path))


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; elsewhere the stat check alone


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default :data:`MAX_FILE_BYTES`;
    symbolic links followed).

    Anything else is refused before it is opened, so a FIFO does not block and a device is
    not read; the file is then opened without blocking and checked again, in case it was
    swapped in between."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        _refuse_special(os.stat(path).st_mode, path)
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", str(path)) from None
    with os.fdopen(fd, "rb") as f:
        try:
            info = os.fstat(fd)
            _refuse_special(info.st_mode, path)
            if info.st_size > limit:
                raise InputError(_too_large(info.st_size, limit), str(path))
            if _NONBLOCK:
                os.set_blocking(fd, True)
            data = f.read(limit + 1)
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}", str(path)) from None
    if len(data) > limit:  # it grew while being read
        raise InputError(_too_large(len(data), limit), str(path))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large ({_size(size)}; coopdocs reads files of at most {_size(limit)})"


def _size(n: int) -> str:
    """``100 MB``, ``1.5 MB``, ``1000 bytes``."""
    return f"{n / 2**20:.3g} MB" if n >= 2**20 else f"{n} bytes"


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
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    package = docx_package(data, path)
    try:
        document = docx.Document(package)
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


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def docx_package(data: bytes, path: Path | str = "<bytes>") -> io.BytesIO:
    """The .docx zip with only its XML parts inflated, as a stored (uncompressed) zip.

    Refused, with the reason: duplicate entry names (readers disagree on which one counts),
    more than :data:`MAX_DOCX_ENTRIES` entries, an XML entry inflating more than
    :data:`MAX_RATIO` times, XML adding up to more than :data:`MAX_DOCX_XML` bytes. Images and
    other binary parts are kept as empty entries: no text is in them."""
    def refuse(problem: str):
        return InputError(f"refused .docx: {problem}", str(path))

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as e:
        raise InputError(f"not a valid .docx file ({type(e).__name__})", str(path)) from None
    if len(entries) > MAX_DOCX_ENTRIES:
        raise refuse(f"{len(entries)} entries (at most {MAX_DOCX_ENTRIES})")
    names = [e.filename for e in entries]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise refuse(f"the entry {twice[0]!r} is in the file twice")
    xml = [e for e in entries if _is_xml(e.filename)]
    total = sum(e.file_size for e in xml)
    if total > MAX_DOCX_XML:
        raise refuse(f"its XML inflates to {total / 2**20:.0f} MB (at most {MAX_DOCX_XML // 2**20} MB)")
    for e in xml:
        ratio = e.file_size / max(e.compress_size, 1)
        if e.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise refuse(f"{e.filename} inflates {ratio:.0f} times (at most {MAX_RATIO}): "
                         "a compression bomb")
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stored:
            for e in entries:
                # the declared size bounds the read: zipfile stops there (and checks the CRC)
                stored.writestr(e.filename, archive.read(e) if _is_xml(e.filename) else b"")
    except Exception as e:  # noqa: BLE001  (zlib, CRC, encryption, unknown compression)
        raise InputError(f"corrupt .docx file ({type(e).__name__}: {e})", str(path)) from None
    out.seek(0)
    return out


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


_BLOCK = frozenset({
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "section", "article", "header", "footer", "blockquote", "pre", "title", "td", "th", "dd", "dt",
})
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg", "math"})


# Blocks whose start tag makes an HTML5 parser look down the stack of open elements (for a
# <p> to close): nested without end tags they cost it time in the square of their depth.
_NESTING = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "main",
    "menu", "nav", "ol", "section", "summary", "ul",
})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>])")
MAX_HTML_NESTING = 5_000
"""The deepest nesting of block elements read (real pages stay in the tens)."""


def html_nesting(markup: str) -> int:
    """How deep block elements nest, counted from the tags alone (one linear pass).

    >>> html_nesting("<div><div><p>a</div><ul><li>b</ul></div>")
    2
    """
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        if m.group(2).lower() in _NESTING:
            depth = max(depth - 1, 0) if m.group(1) else depth + 1
            deepest = max(deepest, depth)
    return deepest


def html_text(markup: str) -> str:
    """Visible text of an HTML page: one line per block, runs of spaces collapsed.

    The page is parsed as an HTML5 browser parses it (a missing ``</head>``, an unclosed
    comment, misnested tags), and the tree is walked without recursion, however deep.

    >>> html_text("<!doctype html><title>T</title><p>Có 12 HTX<!-- Có 99 HTX")
    'Có 12 HTX'
    """
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(markup).root
    parts: list[str] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # the end of a block
            parts.append(node)
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag in _HIDDEN or tag.startswith("-"):  # hidden, or a comment or doctype
            continue
        if tag in _BLOCK:
            parts.append("\n")
            stack.append("\n")
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
