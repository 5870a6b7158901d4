""".docx files: the body's text in document order, and its table cells.

A .docx may inflate to at most :data:`MAX_DOCX_XML` bytes of XML, no entry more than
:data:`MAX_RATIO` times its compressed size."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import InputError
from .source import Cell

MAX_DOCX_XML = 64 * 2**20
"""The most XML a .docx may inflate to (its images and other binary parts are not inflated)."""
MAX_RATIO = 100
"""The largest inflation ratio of one .docx entry bigger than :data:`RATIO_FROM` bytes."""
RATIO_FROM = 2**20
MAX_DOCX_ENTRIES = 10_000


def read(data: bytes, path: Path) -> tuple[str, list[Cell]]:
    """The body's paragraphs and table cells (nested tables included) in document order,
    joined with ``\\n``; a merged cell is read once."""
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
