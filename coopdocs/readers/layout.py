"""Lines placed on pages to running text: reading order, paragraphs, page margins.

A page gives :class:`Line` objects (a PDF's text layer, or the words Tesseract recognised),
each with its box in points, top-down. The text is built from them in three steps, pure
functions each:

1. :func:`reading_order`: columns and side-by-side blocks (the agency and the national motto
   of a Vietnamese document's head) read left to right, each top to bottom: a recursive
   XY-cut that cuts at the widest empty band, across or down the page.
2. :func:`drop_margins`: lines at the top or bottom of pages that repeat on most pages
   (running headers and footers, page numbers: digits do not count) are not text.
3. :func:`page_text`: lines of one paragraph are joined (a line that reaches the right edge
   of its column goes on in the next one, unless that one is indented, starts a list item
   or lies too far below); a line cut at a hyphen is joined without a space; lines of
   scripts written without spaces between words (``letters``) are joined without one.
   Paragraphs end with a line break; pages are apart by a blank line, unless a paragraph
   goes on over the page (:func:`document_text`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

Span = tuple  # (start, end, ...): a low-confidence span and what is known of it


@dataclass
class Line:
    """One line of text and its box (points; ``top`` < ``bottom``), the size of its letters
    and its low-confidence spans ((start, end, confidence): offsets into ``text``)."""
    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float
    weak: list[Span] = field(default_factory=list)
    first: float = 0.0  # the width of its first word (up to a space), 0 when not known
    ends: tuple[float, ...] = ()  # where each character of ``text`` ends across, if known
    estimated: bool = False  # its size is guessed from its box (OCR), not the font's


MAX_ORDERED = 600  # lines of one page put in reading order; more stay in content order
LIST_ITEM = re.compile(r"""
    (?: [-–—•+*▪●◦]                   # a bullet or dash
      | \(?(?:\d{1,3}|[a-zđ]|[ivxlc]{1,5}|[IVXLC]{1,6})[.)]   # 1.  a)  (iv)  IV.
    ) \s""", re.VERBOSE)
WRAP_SLACK = 0.18  # a line ending this far (share of its column's width) from the right edge
                   # still reaches it: the next word did not fit
WRAP_SLACK_KNOWN = 0.4  # the same when the next line's first word is measured
WIDE = 0.3         # a line of a column of text is at least this share of the width
PITCH = 1.8        # lines of one paragraph are at most this many letter sizes apart, top to top
HEIGHTS = 1.6      # or this many times the height of their boxes
SIZE_CHANGE = 0.15  # lines whose letters differ in size more than this share: not one paragraph
INDENT = 1.5       # letter sizes a first line is indented by
APART = 1.5        # times the narrowest gap between lines that sets a margin line apart
MARGIN_LINES = 2   # lines at the top and at the bottom of a page looked at for repeats
REPEATED = 0.6     # on this share of the pages (and two at least) a margin line is repeated


def reading_order(lines: list[Line]) -> list[Line]:
    """``lines`` in reading order: cut at the widest empty band (across the page: the part
    above first; down the page: the left part first), again in each part; a part that
    cannot be cut keeps its content order.

    >>> cols = [Line("right", 300, 0, 500, 10, 10), Line("left", 0, 0, 200, 10, 10),
    ...         Line("left 2", 0, 12, 200, 22, 10), Line("right 2", 300, 12, 500, 22, 10)]
    >>> [x.text for x in reading_order(cols)]
    ['left', 'left 2', 'right', 'right 2']
    """
    if len(lines) > MAX_ORDERED:
        return list(lines)
    out: list[Line] = []
    stack = [list(lines)]
    while stack:
        part = stack.pop()
        cut = _cut(part)
        if cut is None:
            out.extend(part)
        else:
            stack.extend(reversed(cut))
    return out


def _cut(part: list[Line]):
    """The two parts of ``part`` split at its widest empty band, or None. A cut down the
    page is taken only between columns of text (each side has a line at least
    :data:`WIDE` of the part's width) or when nothing can be cut across: the cells of a
    table are read row by row."""
    if len(part) < 2:
        return None
    y_gap, y_at = _widest_gap([(x.top, x.bottom) for x in part])
    x_gap, x_at = _widest_gap([(x.left, x.right) for x in part])
    if x_gap > y_gap and (y_gap <= 0 or _columns(part, x_at)):
        return [x for x in part if x.left < x_at], [x for x in part if x.left >= x_at]
    if y_gap > 0:
        return [x for x in part if x.top < y_at], [x for x in part if x.top >= y_at]
    return None


def _columns(part: list[Line], at: float) -> bool:
    width = max(x.right for x in part) - min(x.left for x in part)
    wide = [x for x in part if x.right - x.left >= WIDE * width]
    return any(x.left < at for x in wide) and any(x.left >= at for x in wide)


def _widest_gap(ranges: list[tuple[float, float]]) -> tuple[float, float]:
    """(width, position) of the widest band between the ranges that none covers.

    >>> _widest_gap([(0, 10), (5, 12), (20, 30), (31, 40)])
    (8, 20)
    """
    ranges = sorted(ranges)
    best, at, reach = 0.0, 0.0, ranges[0][1]
    for lo, hi in ranges[1:]:
        if lo - reach > best:
            best, at = lo - reach, lo
        reach = max(reach, hi)
    return best, at


def _key(text: str) -> str:
    """A margin line's identity: its text without digits and spaces (page numbers vary)."""
    return re.sub(r"[\d\s]+", "#", text.strip())


def drop_margins(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without the lines in their top or bottom margin (set apart from the body)
    that repeat, digits aside, on :data:`REPEATED` of the pages (running headers and
    footers, page numbers).

    >>> page = lambda n: [Line("Báo cáo số 12", 0, 0, 90, 10, 10), Line(f"Nội dung {n}",
    ...                   0, 30, 90, 40, 10), Line("Kết quả", 0, 41, 90, 51, 10),
    ...                   Line(f"- {n} -", 40, 800, 50, 810, 10)]
    >>> [[x.text for x in p] for p in drop_margins([page(1), page(2)])]
    [['Nội dung 1', 'Kết quả'], ['Nội dung 2', 'Kết quả']]
    """
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(x.text) for x in _margins(lines)})
    need = max(2, REPEATED * len(pages))
    repeated = {k for k, n in counts.items() if n >= need}
    out = []
    for lines in pages:
        drop = {id(x) for x in _margins(lines) if _key(x.text) in repeated}
        out.append([x for x in lines if id(x) not in drop])
    return out


def _margins(lines: list[Line]) -> list[Line]:
    """The lines in a page's top and bottom margins: at most :data:`MARGIN_LINES` at either
    end, set apart from the body by a gap wider than a letter and half again as wide as the
    page's narrowest gap between two lines."""
    by_height = sorted((x for x in lines if x.text.strip()), key=lambda x: x.top)
    gaps = [b.top - a.bottom for a, b in pairwise(by_height)]
    if not gaps:
        return []
    usual = max(min(gaps), 0.0)
    out = []
    for ends in (range(len(gaps)), range(len(gaps) - 1, -1, -1)):
        for n, i in enumerate(ends):
            if n >= MARGIN_LINES:
                break
            if gaps[i] > max(by_height[i].size, 1.0, APART * usual):
                out.extend(by_height[:i + 1] if ends.step == 1 else by_height[i + 1:])
                break
    return out


def _column_edges(lines: list[Line]) -> list[tuple[float, float]]:
    """For each line, (left, right) of the lines of its column (those overlapping it across)."""
    if len(lines) > MAX_ORDERED:
        return [(min(b.left for b in lines), max(b.right for b in lines))] * len(lines)
    edges = []
    for a in lines:
        mates = [b for b in lines if b.left < a.right and a.left < b.right]
        edges.append((min(b.left for b in mates), max(b.right for b in mates)))
    return edges


def _goes_on(a: Line, b: Line, edge: tuple[float, float]) -> bool:
    """Whether line ``b`` continues the paragraph of line ``a`` (the one before it)."""
    size = max(a.size, b.size, 1.0)
    left, right = edge
    room = right - a.right  # the next line's first word would have fitted in it: not wrapped
    height = max(a.bottom - a.top, b.bottom - b.top)  # tall fonts have wide line spacing
    slack = (WRAP_SLACK_KNOWN if b.first else WRAP_SLACK) * (right - left)
    return (0 < b.top - a.top <= max(PITCH * size, HEIGHTS * height)
            and (a.estimated or b.estimated or abs(a.size - b.size) <= SIZE_CHANGE * size)
            and room <= slack
            and (not b.first or room < b.first + size)
            and b.left <= a.left + INDENT * size
            and b.left < a.right
            and not LIST_ITEM.match(b.text))


SENTENCE_ENDS = (".", ":", ";", "!", "?")
SOFT_HYPHEN = "\u00ad"
PDFIUM_HYPHEN = "\u0002"  # pdfium's mark of a hyphen it takes for a word's hyphenation


def glue(a: str, b: str, letters: re.Pattern | None) -> tuple[str, str]:
    """(``a`` as it ends the joint, what goes between) for a paragraph going on from a line
    ending ``a`` to one starting ``b``.

    >>> glue("phát triển kinh tế-", "xã hội", None)
    ('phát triển kinh tế-', '')
    >>> glue("Kế hoạch số 61/KH\\u0002", "UBND", None)
    ('Kế hoạch số 61/KH-', '')
    >>> glue("hiệu quả", "kinh tế", None)
    ('hiệu quả', ' ')
    >>> glue("สหกรณ์การเกษตรในจังหวัด", "ร้อยเอ็ด", re.compile("[\\u0e00-\\u0e7f]"))
    ('สหกรณ์การเกษตรในจังหวัด', '')
    """
    if a.endswith(SOFT_HYPHEN):
        return a[:-1], ""
    if a.endswith(PDFIUM_HYPHEN):  # the hyphen is written: a compound (kinh tế-xã hội, KH-UBND)
        a = a[:-1] + "-"
    if a.endswith(("-", "/")) and len(a) > 1 and a[-2].isalnum():
        return a, ""
    if a[-1:].isspace():
        return a.rstrip(), " "
    if letters is not None and all(letters.match(c) and not c.isdigit() for c in (a[-1:], b[:1])):
        return a, ""
    return a, " "


def page_text(lines: list[Line], letters: re.Pattern | None) -> tuple[str, list[Span]]:
    """The text of one page's lines (in reading order) and their low-confidence spans:
    a paragraph per line of text.

    >>> a = Line("Toàn tỉnh có 236 hợp tác xã và", 0, 0, 300, 11, 11)
    >>> b = Line("1.482 tổ hợp tác.", 0, 14, 100, 25, 11)
    >>> c = Line("- Giao Sở Tài chính", 0, 28, 100, 39, 11)
    >>> page_text([a, b, c], None)[0]
    'Toàn tỉnh có 236 hợp tác xã và 1.482 tổ hợp tác.\\n- Giao Sở Tài chính'
    """
    return document_text([lines], letters)


def document_text(pages: list[list[Line]], letters: re.Pattern | None
                  ) -> tuple[str, list[Span]]:
    """The text of the pages' lines (each page in reading order) and their low-confidence
    spans. Pages are apart by a blank line, unless a paragraph goes on over the page: its
    last line reaches the right edge and the next page's first line is not a new paragraph
    (indented, a list item) and the line does not end a sentence.

    >>> a = Line("Toàn tỉnh có 236 hợp tác xã và", 0, 700, 300, 711, 11)
    >>> b = Line("1.482 tổ hợp tác.", 0, 60, 100, 71, 11)
    >>> c = Line("Giao Sở Tài chính chủ trì.", 0, 60, 100, 71, 11)
    >>> document_text([[a], [b], [c]], None)[0]
    'Toàn tỉnh có 236 hợp tác xã và 1.482 tổ hợp tác.\\n\\nGiao Sở Tài chính chủ trì.'
    """
    out: list[str] = []
    weak: list[Span] = []
    pos, before = 0, None  # before: (line, its column's edges, page)
    for n, page in enumerate(pages):
        lines = [x for x in page if x.text.strip()]
        for x, edge in zip(lines, _column_edges(lines)):
            text, lead = x.text.rstrip(), len(x.text) - len(x.text.lstrip())
            text = text[lead:]
            if before is not None:
                last, last_edge, last_page = before
                if last_page == n:
                    goes, apart = _goes_on(last, x, last_edge), "\n"
                else:
                    goes, apart = _goes_over(last, x, last_edge), "\n\n"
                spaced = " " if last.text[-1:].isspace() else ""  # a word ended there
                end, between = (glue(out[-1] + spaced, text, letters) if goes
                                else (out[-1].rstrip(), apart))
                pos += len(end) - len(out[-1]) + len(between)
                out[-1] = end
                out.append(between)
            weak.extend((pos + a - lead, pos + b - lead, *rest) for a, b, *rest in x.weak
                        if a >= lead and b - lead <= len(text))
            out.append(text)
            pos += len(text)
            before = (x, edge, n)
    return "".join(out), weak


def _goes_over(a: Line, b: Line, edge: tuple[float, float]) -> bool:
    """Whether ``b``, first on its page, continues the paragraph of ``a``, last on the page
    before."""
    moved = Line(b.text, b.left, a.top + a.size, b.right, a.bottom + a.size, b.size,
                 first=b.first)
    return not a.text.rstrip().endswith(SENTENCE_ENDS) and _goes_on(a, moved, edge)
