""".docx files: the body's text in document order, and its table cells.

A .docx may inflate to at most :data:`MAX_DOCX_XML` bytes of XML, no entry more than
:data:`MAX_RATIO` times its compressed size."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import InputError
from .numbering import W
from .paragraphs import Reading, Story, docx_lines
from .source import Cell

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

MAX_DOCX_XML = 64 * 2**20
"""The most XML a .docx may inflate to (its images and other binary parts are not inflated)."""
MAX_RATIO = 100
"""The largest inflation ratio of one .docx entry bigger than :data:`RATIO_FROM` bytes."""
RATIO_FROM = 2**20
MAX_DOCX_ENTRIES = 10_000


def read(data: bytes, path: Path) -> tuple[str, list[Cell], dict]:
    """The document's lines in the order a reader meets them: the page headers (the agency
    and the document number), the body's paragraphs and table cells (nested tables
    included; a merged cell read once), the page footers, the footnotes and endnotes. A list
    item starts with its number as Word shows it (``1.``, ``a)``, ``-``); a text box's
    paragraphs follow the paragraph that holds it. Runs in fonts of text typed before
    Unicode (``.VnTime``: TCVN3, ``VNI-Times``: VNI) are converted, the code named as
    ``{"encoding": name}``."""
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
    reading = Reading.of(document)
    for part in _parts(document, "header"):
        _story_lines(part, lines, places, reading)
    docx_lines(Story(document.element.body, document._body), lines, places, reading)
    for part in [*_parts(document, "footer"), *_notes(document)]:
        _story_lines(part, lines, places, reading)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    text = "\n".join(lines)
    cells = [Cell(t, r, c, offsets[a], offsets[b - 1] + len(lines[b - 1]))
             for t, r, c, a, b in places if b > a]
    codes = sorted(reading.codes)
    return text, cells, ({"encoding": "+".join(codes)} if codes else {})


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def docx_package(data: bytes, path: Path | str = "<bytes>", kind: str = ".docx") -> io.BytesIO:
    """The .docx zip (or another Office Open XML zip: ``kind`` ``.xlsx``) with only its XML
    parts inflated, as a stored (uncompressed) zip.

    Refused, with the reason: duplicate entry names (readers disagree on which one counts),
    more than :data:`MAX_DOCX_ENTRIES` entries, an XML entry inflating more than
    :data:`MAX_RATIO` times, XML adding up to more than :data:`MAX_DOCX_XML` bytes. Images and
    other binary parts are kept as empty entries: no text is in them."""
    def refuse(problem: str):
        return InputError(f"refused {kind}: {problem}", str(path))

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as e:
        raise InputError(f"not a valid {kind} file ({type(e).__name__})", str(path)) from None
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
        raise InputError(f"corrupt {kind} file ({type(e).__name__}: {e})", str(path)) from None
    out.seek(0)
    return out


def _story_lines(story, lines: list[str], places: list, reading: Reading) -> None:
    """The lines of a header, footer or note; none if it has no text (an empty header)."""
    start, known = len(lines), len(places)
    docx_lines(story, lines, places, reading)
    if not any(line.strip() for line in lines[start:]):
        del lines[start:], places[known:]


def _parts(document, kind: str) -> list:
    """The headers (or footers) of every section, each part once: first page, default, even."""
    out, seen = [], set()
    order = {"first": 0, "default": 1, "even": 2}
    for section in document.sections:
        refs = section._sectPr.findall(f"{W}{kind}Reference")
        for ref in sorted(refs, key=lambda r: order.get(r.get(f"{W}type"), 3)):
            rid = ref.get(f"{R}id")
            part = document.part.related_parts.get(rid)
            if part is None or part in seen:
                continue
            seen.add(part)
            out.append(Story(part.element, document._body))
    return out


def _notes(document) -> list:
    """The footnotes and endnotes (not their separators), each a story of paragraphs."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    out = []
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in (RT.FOOTNOTES, RT.ENDNOTES):
            continue
        from docx.oxml import parse_xml

        root = parse_xml(rel.target_part.blob)
        for note in root:
            if note.get(f"{W}type") in (None, "normal"):
                out.append(Story(note, document._body))
    return out
