"""The text of one Word paragraph as Word shows it: its list number (:mod:`.numbering`), its
runs (text typed in a legacy font converted, :mod:`.legacy`), without the page numbers of
fields, and the paragraphs of the text boxes it holds (each box read once: the drawing, not
the copy kept for older Word versions in ``mc:Fallback``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbering import Lists, W

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RUN_TEXT = {f"{W}{t}" for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab")}
_INSIDE = {f"{W}{t}" for t in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "sdt",
                                "sdtContent", "moveTo", "dir", "bdo")}
_PAGE_FIELDS = re.compile(r"^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)


@dataclass
class Reading:
    """What reading a document needs across its paragraphs: its lists and their counters,
    the fonts of its styles, and the legacy codes it converted."""

    lists: Lists = field(default_factory=Lists)
    style_fonts: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    default_font: str | None = None
    default_style: str | None = None
    codes: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document) -> Reading:
        part = document.part
        numbering = _element(part, "numbering_part")
        styles = _element(part, "_styles_part")
        out = cls(lists=Lists.of(numbering, styles))
        if styles is not None:
            for st in styles.iter(f"{W}style"):
                based = st.find(f"{W}basedOn")
                out.style_fonts[st.get(f"{W}styleId")] = (
                    _font(st.find(f"{W}rPr")), based.get(f"{W}val") if based is not None else None)
                if st.get(f"{W}default") in ("1", "true") and st.get(f"{W}type") == "paragraph":
                    out.default_style = st.get(f"{W}styleId")
            defaults = styles.find(f"{W}docDefaults")
            if defaults is not None:
                out.default_font = _font(defaults.find(f"{W}rPrDefault/{W}rPr"))
        return out

    def paragraph(self, p, lines: list[str], places: list) -> None:
        """Add the paragraph's line (an empty paragraph an empty line, a list item without
        text its number) and then its text boxes' lines."""
        ppr = p.find(f"{W}pPr")
        label = self.lists.label(ppr)
        style = _val(ppr, "pStyle") or self.default_style
        pieces: list[tuple[str, str | None]] = []  # (text, legacy font name or None)
        boxes: list = []
        self._walk(p, style, pieces, boxes, [])
        text = self._convert(pieces)
        lines.append(f"{label} {text.lstrip()}" if label and text.strip() else text or label)
        for box in boxes:
            docx_lines(_Box(box), lines, places, self)

    def _walk(self, el, style, pieces, boxes, fields) -> None:
        """Runs and their text in order; ``fields``: the stack of open complex fields, each
        [instruction, whether its result is shown]."""
        for child in el:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, style, pieces, boxes, fields)
            elif tag == f"{W}fldSimple":
                if not _PAGE_FIELDS.match(child.get(f"{W}instr") or ""):
                    self._walk(child, style, pieces, boxes, fields)
            elif tag in _INSIDE:
                self._walk(child, style, pieces, boxes, fields)
            elif tag == f"{MC}AlternateContent":
                self._walk(_choice(child), style, pieces, boxes, fields)

    def _run(self, r, style, pieces, boxes, fields) -> None:
        font = None
        rpr = r.find(f"{W}rPr")
        for child in r:
            tag = child.tag
            if tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType")
                if kind == "begin":
                    fields.append(["", True])
                elif kind == "separate" and fields:
                    fields[-1][1] = not _PAGE_FIELDS.match(fields[-1][0])
                elif kind == "end" and fields:
                    fields.pop()
            elif tag == f"{W}instrText" and fields:
                fields[-1][0] += child.text or ""
            elif tag in _RUN_TEXT:
                if fields and not all(shown for _, shown in fields):
                    continue
                if font is None:
                    font = self._font_of(rpr, style) or ""
                pieces.append((str(child), font or None))
            elif tag == f"{MC}AlternateContent":
                boxes.extend(_boxes(_choice(child)))
            elif tag in (f"{W}drawing", f"{W}pict", f"{W}object"):
                boxes.extend(_boxes(child))

    def _font_of(self, rpr, style) -> str | None:
        font = _font(rpr)
        if font:
            return font
        run_style = _val(rpr, "rStyle")
        for start in (run_style, style):
            seen = set()
            while start and start not in seen:
                seen.add(start)
                font, start = self.style_fonts.get(start, (None, None))
                if font:
                    return font
        return self.default_font

    def _convert(self, pieces: list[tuple[str, str | None]]) -> str:
        """The runs' text, the runs in a legacy font converted from its code."""
        from .legacy import font_code, from_chars

        out, k = [], 0
        while k < len(pieces):
            found = font_code(pieces[k][1]) if pieces[k][1] else None
            j = k + 1
            while j < len(pieces) and pieces[j][1] == pieces[k][1]:
                j += 1
            text = "".join(t for t, _ in pieces[k:j])
            if found:
                name, upper = found
                converted = from_chars(text, name)
                if converted != text:
                    self.codes.add(name)
                text = converted.upper() if upper else converted
            out.append(text)
            k = j
        return "".join(out)


class _Box:
    """A text box's content (``w:txbxContent``) read as a story of paragraphs and tables."""

    def __init__(self, element):
        self.element = element

    def iter_inner_content(self):
        yield from Story(self.element, None).iter_inner_content()


def _boxes(el):
    """The text boxes inside a drawing, once each (the first choice of an alternative)."""
    for child in el:
        if child.tag == f"{W}txbxContent":
            yield child
        elif child.tag == f"{MC}AlternateContent":
            yield from _boxes(_choice(child))
        else:
            yield from _boxes(child)


def _choice(alternate):
    """The content Word itself reads of an ``mc:AlternateContent``: its first choice."""
    for child in alternate:
        if child.tag in (f"{MC}Choice", f"{MC}Fallback"):
            return child
    return alternate


def _element(part, name: str):
    try:
        return getattr(part, name).element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _val(parent, tag: str) -> str | None:
    if parent is None:
        return None
    el = parent.find(f"{W}{tag}")
    return None if el is None else el.get(f"{W}val")


def _font(rpr) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{W}rFonts")
    if fonts is None:
        return None
    theme = fonts.get(f"{W}asciiTheme") or fonts.get(f"{W}hAnsiTheme")
    return (fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi")
            or (f"theme:{theme}" if theme else None))  # a theme's font: no legacy one


def docx_lines(container, lines: list[str] | None = None, places: list | None = None,
               reading: Reading | None = None) -> list[str]:
    """Paragraph and cell texts of a python-docx document, header, footer, cell or notes, in
    document order; ``places`` collects (table, row, column, first line, end line) for every
    cell. ``reading``: the document's lists, fonts and what was converted."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines = [] if lines is None else lines
    places = [] if places is None else places
    reading = reading or Reading()
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            reading.paragraph(block._p, lines, places)
        elif isinstance(block, Table):
            table = max((p[0] for p in places), default=-1) + 1
            seen = set()  # the cell elements themselves: merged cells repeat the same element
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row.cells):
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    first = len(lines)
                    docx_lines(cell, lines, places, reading)
                    places.append((table, r, c, first, len(lines)))
    return lines


class Story:
    """Paragraphs and tables under one element (a header, a note), read as python-docx reads
    a document body."""

    def __init__(self, element, parent):
        self.element, self.parent = element, parent

    def iter_inner_content(self):
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in self.element:
            if child.tag == f"{W}p":
                yield Paragraph(child, self.parent)
            elif child.tag == f"{W}tbl":
                yield Table(child, self.parent)
            elif child.tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from Story(content, self.parent).iter_inner_content()
