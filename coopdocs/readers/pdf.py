""".pdf files: the text layer, page by page, through pdfium (pypdfium2); pages without a
text layer (scans) recognised by Tesseract with ``--ocr`` (:mod:`.ocr`).

**Why pdfium.** Measured with ``bench/pdf_readers.py`` on PDFs made from the 26 corpus
texts (13 Thai, 13 Vietnamese) by LibreOffice and by reportlab with a Thai TLWG font: each
library's plain text extracted by coopdocs and scored against the corpus gold (mean F1; the
texts themselves score 0.988):

=============  ===================  ===================  ==================
producer       pypdfium2            pdfminer.six         coopdocs on pdfium
=============  ===================  ===================  ==================
LibreOffice    0.25 s, 22 MB, 0.85  3.83 s, 38 MB, 0.63  0.985
reportlab      0.12 s, 22 MB, 0.85  3.31 s, 37 MB, 0.77  0.986
=============  ===================  ===================  ==================

pdfium is 15-30 times faster in less memory, and keeps Thai intact where pdfminer.six does
not: its layout analysis cuts Thai lines at the zero-width marks and puts the pieces out of
order, and it decodes LibreOffice's positioned Thai tone marks as other characters
(``ใหญุ`` for ``ใหญ่``), which no repair can undo. pdfium gives every character with its box,
font size and whether it was in the file or made up, from which :mod:`.layout` builds the
reading order and the paragraphs (the last column). pypdfium2 ships pdfium as a wheel for
every platform coopdocs runs on.

**Bounded.** At most :data:`MAX_PAGES` pages; before pdfium sees the file, every
Flate-compressed stream is inflated once, counting only, and the file is refused when one
inflates more than :data:`MAX_RATIO` times its size (past :data:`RATIO_FROM` bytes) or all
together past :data:`MAX_INFLATED` bytes (a compression bomb). Pages are loaded one at a
time and closed, so memory follows the largest page, not the document. pdfium is used
without its form environment: no JavaScript runs, no link, launch action, remote go-to or
embedded file is followed, and nothing is fetched.
"""
from __future__ import annotations

import ctypes
import itertools
import re
import unicodedata
import zlib
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from . import ocr
from .layout import Line
from .pages import MAX_TEXT, document_text
from .source import DEFAULT, Cell, Options, needs

MAX_PAGES = 2_000
"""The most pages read from one PDF."""
MAX_INFLATED = 2 * 2**30
"""The most bytes all the compressed streams of one PDF may inflate to."""
MAX_RATIO = 200
RATIO_FROM = 16 * 2**20
"""A stream inflating to more than this many bytes may do so at most :data:`MAX_RATIO` times."""
SPACE = 0.2  # a gap of this many letter sizes between two letters is a space
GAP = 3.0  # a space of this many letter sizes between two characters of a line splits it
CHUNK = 1 << 16
PROGRESS_FROM = 5  # pages: a shorter document shows no progress bar

NO_TEXT = ("has no text layer (a scan?); coopdocs reads scans with OCR: add --ocr "
           "(Tesseract)")


def read(data: bytes, path: Path, options: Options = DEFAULT
         ) -> tuple[str, list[Cell], dict]:
    """The text of a PDF (see the module text), no table cells, and the ``source`` fields it
    adds: ``ocr`` when a page was recognised, ``pages_without_text`` when some pages (scans
    read without ``--ocr``, or blank) gave no text."""
    if not data.lstrip()[:1024].count(b"%PDF-"):
        raise InputError("not a PDF file (no %PDF- header)", str(path))
    needs("pypdfium2", path)
    check_streams(data, path)
    recognised: list[int] = []
    pages: list[list[Line]] = []
    with _document(data, path) as pdf, _bar(len(pdf), options) as tick:
        for number in range(len(pdf)):
            lines = _page(pdf, number, path, options, recognised)
            pages.append(lines)
            tick()
    if not any(x.text.strip() for p in pages for x in p):
        raise InputError(NO_TEXT, str(path))
    text, weak, _ = document_text(pages, options.lang)
    if len(text) > MAX_TEXT:
        raise InputError(f"too much text ({len(text):,} characters; at most {MAX_TEXT:,})",
                         str(path))
    info = {"ocr": ocr.info(text, weak, recognised, options.lang)} if recognised else {}
    blank = [n for n, p in enumerate(pages, 1) if not any(x.text.strip() for x in p)]
    if blank:  # scanned pages among pages of text, or empty ones: --ocr reads the scans
        info["pages_without_text"] = blank
    return text, [], info


def _page(pdf, number: int, path: Path, options: Options, recognised: list[int]) -> list[Line]:
    import pypdfium2 as pdfium

    try:
        page = pdf[number]
    except pdfium.PdfiumError as e:
        raise InputError(f"corrupt PDF: page {number + 1} cannot be read ({e})", str(path)) from None
    try:
        lines = page_lines(page)
        if not any(x.text.strip() for x in lines) and options.ocr:
            lines = ocr.recognise(ocr.render(page, path), options.lang, path)
            recognised.append(number + 1)
        return lines
    finally:
        page.close()


@contextmanager
def _document(data: bytes, path: Path):
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        problem = str(e)
        if "password" in problem.lower():
            raise InputError("the PDF is encrypted with a password; give coopdocs the unlocked "
                             "file", str(path)) from None
        why = problem.split("PDFium: ")[-1].rstrip(".)").lower()
        raise InputError(f"not a valid PDF file, corrupt or truncated (pdfium: {why})",
                         str(path)) from None
    try:
        n = len(pdf)
        if n > MAX_PAGES:
            raise InputError(f"refused PDF: {n:,} pages (coopdocs reads at most {MAX_PAGES:,})",
                             str(path))
        if n == 0:
            raise InputError("the PDF has no pages", str(path))
        yield pdf
    finally:
        pdf.close()


@contextmanager
def _bar(pages: int, options: Options):
    if not options.progress or pages < PROGRESS_FROM:
        yield lambda: None
        return
    import sys

    import click

    with click.progressbar(length=pages, label="pages", file=sys.stderr, show_pos=True) as bar:
        yield lambda: bar.update(1)


_STREAM = re.compile(rb"stream\r?\n")


def check_streams(data: bytes, path: Path | str = "<bytes>") -> None:
    """Refuse a compression bomb: inflate every Flate stream, counting (see the module text).

    >>> small = b"%PDF-1.4 1 0 obj<<>>stream\\n" + zlib.compress(b"x" * 1000) + b"\\nendstream"
    >>> check_streams(small)
    >>> big = b"%PDF-1.4 stream\\n" + zlib.compress(b"\\0" * (RATIO_FROM + 1), 9) + b"endstream"
    >>> check_streams(big)
    Traceback (most recent call last):
    coopdocs.errors.InputError: <bytes>: refused PDF: a stream inflates ... a compression bomb
    """
    total = 0
    for m in _STREAM.finditer(data):
        inflated, used = _inflated(data, m.end(), MAX_INFLATED - total)
        if inflated > RATIO_FROM and inflated > MAX_RATIO * used:
            raise InputError(f"refused PDF: a stream inflates {inflated // max(used, 1):,} times "
                             f"(at most {MAX_RATIO}): a compression bomb", str(path))
        total += inflated
        if total > MAX_INFLATED:
            raise InputError(f"refused PDF: its streams inflate to more than "
                             f"{MAX_INFLATED // 2**30} GB", str(path))


def _inflated(data: bytes, start: int, budget: int) -> tuple[int, int]:
    """(bytes inflated, bytes read) of the zlib stream at ``start`` (0 inflated when there is
    none), stopping past ``budget`` bytes or :data:`MAX_RATIO` times what was read."""
    if start >= len(data) or data[start] & 0x0F != 8:  # not a deflate header
        return 0, 0
    d = zlib.decompressobj()
    inflated = fed = 0
    try:
        while not d.eof and start + fed < len(data):
            piece = data[start + fed:start + fed + CHUNK]
            fed += len(piece)
            while piece and not d.eof:
                inflated += len(d.decompress(piece, CHUNK * 16))
                piece = d.unconsumed_tail
                if inflated > budget or inflated > RATIO_FROM and inflated > MAX_RATIO * fed:
                    return inflated, fed
    except zlib.error:
        pass
    return inflated, max(fed - len(d.unused_data), 1)


def page_lines(page) -> list[Line]:
    """The lines of a page's text layer, with their boxes (top-down points)."""
    from pypdfium2 import raw

    textpage = page.get_textpage()
    try:
        height = page.get_height()
        n = raw.FPDFText_CountChars(textpage)
        chars = [_char(raw, textpage, i, height) for i in range(max(n, 0))]
    finally:
        textpage.close()
    return _lines(chars)


def _char(raw, textpage, i: int, height: float):
    """(character, its box by its advance and the font's height, or None; font size;
    whether pdfium made it up)."""
    code = raw.FPDFText_GetUnicode(textpage, i)
    generated = raw.FPDFText_IsGenerated(textpage, i) == 1
    ch = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""
    box = None
    rect = raw.FS_RECTF()
    if not generated and raw.FPDFText_GetLooseCharBox(textpage, i, ctypes.byref(rect)):
        box = (rect.left, height - rect.top, rect.right, height - rect.bottom)
    return ch, box, raw.FPDFText_GetFontSize(textpage, i), generated


def _lines(chars) -> list[Line]:
    """Characters to lines: a line ends at a line break, or where the next character is far
    to the right of it or back to the left (another column)."""
    groups, current = [], []
    for k, (ch, box, size, generated) in enumerate(chars):
        if ch in ("\r", "\n", "", "\ufffe", "\uffff"):
            if ch == "\n":
                groups.append(current)
                current = []
            continue
        if ch == " " and (_glued(chars, k) if generated else _behind(current, box)):
            continue
        if current and box and _jump(current, box, size):
            groups.append(current)
            current = []
        if current and box and ch.strip() and _spaced(current, box, size):
            current.append((" ", None, size))
        current.append((ch, box, size))
    groups.append(current)
    lines: list[Line] = []
    for group in _rehomed(groups):
        _close(group, lines)
    return lines


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _rehomed(groups: list[list]) -> list[list]:
    """The groups of characters with every group of marks alone (drawn after the line's
    letters, and cut from it) given to the line above or below whose height it is in."""
    out = [g for g in groups if any(ch.strip() for ch, _, _ in g)]
    for i in range(len(out) - 1, -1, -1):
        marks = [c for c in out[i] if c[0].strip()]
        if len(out) < 2 or not all(_is_mark(ch) and box for ch, box, _ in marks):
            continue
        middle = sum((b[1] + b[3]) / 2 for _, b, _ in marks) / len(marks)
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(out)]
        home = min(near, key=lambda j: _distance(out[j], middle))
        out[home] = out[home] + marks
        del out[i]
    return out


def _distance(group: list, y: float) -> float:
    boxes = [b for _, b, _ in group if b]
    if not boxes:
        return float("inf")
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))


def _glued(chars, k: int) -> bool:
    """Whether a space pdfium added at ``k`` is inside a word: before a combining mark or
    punctuation (a mark placed apart from its letter)."""
    before = chars[k - 1][0] if k else ""
    after = chars[k + 1][0] if k + 1 < len(chars) else ""
    mark = unicodedata.category(after or " ").startswith("M") or after in ".,;:)"
    return mark and bool(before.strip())


def _behind(current, box) -> bool:
    """Whether a space drawn at ``box`` lies behind the line's last letter: drawn after the
    words it separates (LibreOffice does so in Thai), where pdfium already put one."""
    last = next((b for ch, b, _ in reversed(current) if b and ch.strip()), None)
    return box is not None and last is not None and box[2] <= last[0] + 0.5


def _spaced(current, box, size: float) -> bool:
    """Whether a character at ``box`` stands a space apart from the word before it, with no
    space character between (pdfium's, or LibreOffice's drawn elsewhere)."""
    reach = None
    for ch, b, _ in reversed(current):
        if not ch.strip():
            return False
        if b:
            reach = b[2] if reach is None else max(reach, b[2])
            if unicodedata.category(ch)[0] != "M":
                break
    return reach is not None and box[0] - reach > SPACE * max(size, 1.0)


def _jump(current, box, size: float) -> bool:
    last = next((b for _, b, _ in reversed(current) if b), None)
    if last is None:
        return False
    gap = box[0] - last[2]
    return gap > GAP * max(size, 1.0) or box[2] < last[0] - max(size, 1.0) and box[1] > last[3]


def _placed(current: list) -> list:
    """The characters with every combining mark drawn apart from its letter (before it, or
    after other letters: a mark in another font, drawn later) put right after the letter it
    sits on: the one its box centres on."""
    out: list = []
    early: list = []  # marks drawn before the letter they sit on
    for item in current:
        ch, box, _ = item
        if box and _is_mark(ch):
            centre = (box[0] + box[2]) / 2
            bases = [j for j, (c, b, _) in enumerate(out) if b and c.strip() and not _is_mark(c)]
            if not bases or not _under(out[bases[-1]][1], centre):
                home = next((j for j in reversed(bases) if _under(out[j][1], centre)), None)
                if home is None:
                    early.append(item)
                    continue
                at = home + 1
                while at < len(out) and _is_mark(out[at][0]):
                    at += 1
                out.insert(at, item)
                continue
        out.append(item)
        if box and ch.strip() and not _is_mark(ch):
            mine = [m for m in early if _under(box, (m[1][0] + m[1][2]) / 2)]
            out.extend(mine)
            early = [m for m in early if m not in mine]
    return out + early


def _under(box, x: float) -> bool:
    return box[0] - 0.5 <= x <= box[2] + 0.5


def _close(current, lines: list[Line]) -> None:
    current = _placed(current)
    boxes = [b for ch, b, _ in current if b and ch.strip()]
    if not boxes:
        return
    sizes = sorted(s for ch, b, s in current if b and ch.strip())
    # pdfium's hyphen mark counts at a line end only
    current = [c for i, c in enumerate(current) if c[0] != "\x02" or i == len(current) - 1]
    text = "".join(ch for ch, _, _ in current)
    ends, reach = [], boxes[0][0]
    for _, b, _ in current:
        reach = max(reach, b[2]) if b else reach
        ends.append(reach)
    lead = next((i for i, (ch, _, _) in enumerate(current) if ch.strip()), 0)
    word = [b for ch, b, _ in itertools.takewhile(lambda c: c[0].strip(), current[lead:]) if b]
    lines.append(Line(text,
                      min(b[0] for b in boxes), min(b[1] for b in boxes),
                      max(b[2] for b in boxes), max(b[3] for b in boxes),
                      sizes[len(sizes) // 2],
                      first=max(b[2] for b in word) - word[0][0] if word else 0.0,
                      ends=tuple(ends)))
