"""Inputs the reader tests build themselves from a plain text: a .docx whose list numbers are
Word's automatic numbering, whose first lines are the page header, with a footer, a footnote
and a text box; the same text in the 8-bit codes of older files; a statistics workbook."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBERING = f"""
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>
    <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="92">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num xmlns:w="{W_NS}" w:numId="91"><w:abstractNumId w:val="91"/></w:num>
<w:num xmlns:w="{W_NS}" w:numId="92"><w:abstractNumId w:val="92"/></w:num>
"""
# a list item typed in the text -> (numbering id, level, the text after the number)
_ITEMS = ((re.compile(r"^(\d{1,2})\.(\d{1,2})\.\s+(.*)$"), "90", 2, 3),
          (re.compile(r"^(\d{1,2})\.\s+(.*)$"), "90", 0, 2),
          (re.compile(r"^([a-zđ])\)\s+(.*)$"), "90", 1, 2),
          (re.compile(r"^([IVX]{1,4})\.\s+(.*)$"), "92", 0, 2),
          (re.compile(r"^[-+•]\s+(.*)$"), "91", 0, 1))


def list_item(line: str):
    """(numbering id, level, text, the number typed) of a line typed as a list item, else
    None."""
    for rx, num, level, group in _ITEMS:
        m = rx.match(line)
        if m:
            return num, level, m.group(group), _value(m.group(group - 1)) if group > 1 else 0
    return None


def _value(typed: str) -> int:
    if typed.isdigit():
        return int(typed)
    if re.fullmatch(r"[IVX]+", typed):
        values = [{"I": 1, "V": 5, "X": 10}[c] for c in typed]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                   for i, v in enumerate(values))
    return ord(typed) - ord("a") + 1


class _Numbers:
    """The list instances a typist's numbers need: a new one, starting at the number typed,
    wherever Word would not count to it by itself."""

    def __init__(self, numbering):
        self.numbering, self.counters, self.current, self.next_id = numbering, {}, {}, 100

    def num_for(self, abstract: str, level: int, typed: int) -> str:
        from docx.oxml import parse_xml

        counts = self.counters.setdefault(abstract, {})
        num = self.current.setdefault(abstract, abstract)
        if typed and typed != counts.get(level, 0) + 1:
            num = str(self.next_id)
            self.next_id += 1
            self.numbering.append(parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{typed}"/>'
                f'</w:lvlOverride></w:num>'))
            self.current[abstract] = num
        counts[level] = typed or counts.get(level, 0) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        return num


def numbered_docx(text: str, header_lines: int = 0, *, footer: str = "", footnote: str = "",
                  box: str = "", font: str | None = None, encode=None) -> bytes:
    """``text`` as a .docx: its first ``header_lines`` lines the page header (in a table of
    two cells when there are four or more: the agency and number left, the motto right), the
    lines typed as list items (``1.``, ``a)``, ``1.2.``, ``II.``, ``-``) auto-numbered items
    without their numbers, ``footer`` the page footer with a page number field, ``footnote``
    a footnote of the first body paragraph, ``box`` a text box anchored in the last one
    (drawn as DrawingML with a VML copy). ``font``: every run in that font, its text ``encode``d (a legacy font)."""
    import docx
    from docx.oxml import parse_xml

    lines = text.split("\n")
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for el in parse_xml(f'<w:x xmlns:w="{W_NS}">{_NUMBERING}</w:x>'):
        numbering.append(el)
    shown = encode or (lambda s: s)
    head = document.sections[0].header
    if header_lines >= 4:
        half = (header_lines + 1) // 2 if header_lines % 2 else header_lines // 2
        table = head.add_table(rows=1, cols=2, width=docx.shared.Cm(16))
        for cell, part in zip(table.rows[0].cells, (lines[:half], lines[half:header_lines])):
            cell.paragraphs[0].add_run(shown(part[0]))
            for line in part[1:]:
                cell.add_paragraph().add_run(shown(line))
        head.paragraphs[0]._p.getparent().remove(head.paragraphs[0]._p)
    elif header_lines:
        head.paragraphs[0].add_run(shown("\n".join(lines[:header_lines])))
    last = None
    numbers = _Numbers(numbering)
    for line in lines[header_lines:]:
        item = list_item(line)
        p = document.add_paragraph()
        run = p.add_run(shown(item[2] if item else line))
        if item:
            num = numbers.num_for(item[0], item[1], item[3])
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{item[1]}"/>'
                                 f'<w:numId w:val="{num}"/></w:numPr>'))
        if line.strip():
            last = p
        if font:
            run.font.name = font
    if font:
        for p in head.paragraphs + [p for t in head.tables for c in t._cells for p in c.paragraphs]:
            for run in p.runs:
                run.font.name = font
    if footer:
        _footer(document, footer)
    if box:
        last._p.append(parse_xml(_box_run(box)))
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    return _with_footnote(data, footnote) if footnote else data


def _footer(document, text: str) -> None:
    from docx.oxml import parse_xml

    p = document.sections[0].footer.paragraphs[0]
    p.add_run(text + " - Trang ")
    for xml in ('<w:r xmlns:w="{w}"><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r xmlns:w="{w}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r xmlns:w="{w}"><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r xmlns:w="{w}"><w:t>7</w:t></w:r>',
                '<w:r xmlns:w="{w}"><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(w=W_NS)))


def _box_run(text: str) -> str:
    """A run holding a text box twice over: DrawingML (mc:Choice) and VML (mc:Fallback)."""
    content = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    return f"""<w:r xmlns:w="{W_NS}"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
 <mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>
   <wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>
  </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>
 </mc:AlternateContent>
</w:r>"""


def _with_footnote(data: bytes, text: str) -> bytes:
    """The .docx with a footnote referenced at the end of its first paragraph with text."""
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             f'<w:footnotes xmlns:w="{W_NS}">'
             f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
             f'</w:footnote></w:footnotes>')
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", (
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>"))
            elif item.filename == "word/document.xml":
                body = body.replace(b"</w:t></w:r></w:p>", (
                    b'</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'), 1)
            z.writestr(item, body)
        z.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
