"""Build the built-in Word templates of coopdocs (templates/<name>.docx) with python-docx.

    python templates/build.py            # write every templates/<name>.docx
    python templates/build.py --check    # exit 1 when a .docx differs from what this builds

This script is the source of the templates: change the layout here, rebuild, commit both.
The output is reproducible (fixed document properties and zip dates: the same bytes on
every build). The tags are docxtpl's: ``{{ field|filter }}``, ``{%p for ... %}`` (a whole
paragraph), ``{%tr for ... %}`` (a whole table row); the filters and the context are in
coopdocs/render/.

Layouts. Vietnamese: Decree 30/2020/NĐ-CP, Appendix I and III. A4, margins 20/20/30/15
mm, Times New Roman 14 pt; a two-column header (agency, number | national title, motto,
place and date in italics); the document type and its summary line; page numbers centred
at the top from page 2; the signature block beside `Nơi nhận`. Minutes follow form 1.9,
the others form 1.4. Thai: the Regulation of the Prime Minister's Office on Official
Correspondence B.E. 2526: A4, left margin 3 cm, right 2 cm, TH Sarabun New 16 pt, dates
in the Buddhist era, page numbers `- 2 -` at the top from page 2; minutes follow form 11.
"""
from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from coopdocs.lang import profile

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0)
CENTER, LEFT, RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
DOTS = "……………"


@dataclass(frozen=True)
class House:
    """The house style of one language: its profile's ``[render]`` keys (font, sizes,
    margins ...), see coopdocs/lang/<code>/profile.toml."""
    lang: str
    font: str
    size: float            # body text, pt
    small: float           # header lines, table cells, pt
    margins: tuple         # top, bottom, left, right (cm)
    indent: float          # first-line indent of body paragraphs (cm)
    justify: int
    page_number: tuple     # text before and after the PAGE field
    lang_tag: str
    body_line: float       # line spacing of body paragraphs
    doctype: dict          # space before and size of the document type line
    recipients_head: dict  # run format of the recipients' heading
    recipients: dict       # run format of the recipients' lines


def house(code: str) -> House:
    r = profile(code).render
    before, _, after = r.page_number.partition("{page}")
    return House(
        lang=code, font=r.font, size=r.font_size, small=r.small_font_size,
        margins=tuple(r.margins_cm), indent=r.first_line_indent_cm,
        justify=WD_ALIGN_PARAGRAPH.from_xml(r.justify), page_number=(before, after),
        lang_tag=r.locale.replace("_", "-"), body_line=r.line_spacing,
        doctype={"before": r.doctype_space_before, "size": r.doctype_font_size},
        recipients_head={"bold": True, "italic": r.recipients_head_italic or None,
                         "size": r.recipients_head_font_size or None},
        recipients={"size": r.recipients_font_size or None},
    )


VI = house("vi")
TH = house("th")


# ---------------------------------------------------------------- low-level formatting

def run_format(rpr, *, bold=None, italic=None, underline=None, size=None):
    """Bold, italic and size on both the Latin and the complex-script (Thai) properties."""
    if bold is not None:
        rpr.get_or_add_b().val = bold
        rpr.get_or_add_bCs().val = bold
    if italic is not None:
        rpr.get_or_add_i().val = italic
        rpr.get_or_add_iCs().val = italic
    if size is not None:
        sz = rpr.get_or_add_sz()
        sz.val = Pt(size)
        cs = sz.getnext()
        if cs is None or cs.tag != qn("w:szCs"):
            cs = OxmlElement("w:szCs")
            sz.addnext(cs)
        cs.set(qn("w:val"), str(int(size * 2)))
    if underline:
        rpr.get_or_add_u().set(qn("w:val"), "single")


def set_fonts(rpr, font: str) -> None:
    fonts = rpr.get_or_add_rFonts()
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), font)


def border(paragraph, side: str = "bottom", size: int = 6) -> None:
    """A single line along one side of a paragraph (between its indents)."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", "000000")):
        line.set(qn(f"w:{k}"), v)
    bdr.append(line)
    # pBdr comes before spacing, ind and jc in the schema.
    anchor = next((c for c in ppr if c.tag in (qn("w:shd"), qn("w:tabs"), qn("w:spacing"),
                                               qn("w:ind"), qn("w:jc"))), None)
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        ppr.append(bdr)


def no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


# ---------------------------------------------------------------- the document builder

class Doc:
    """A document in one house style; every paragraph method returns the paragraph."""

    def __init__(self, house: House, title: str):
        self.h = house
        self.doc = Document()
        self._page()
        self._styles()
        self._page_numbers()
        self._properties(title)
        body = self.doc.element.body
        for p in body.findall(qn("w:p")):
            body.remove(p)

    # setup
    def _page(self):
        s = self.doc.sections[0]
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Cm(v) for v in self.h.margins)
        s.header_distance, s.footer_distance = Cm(1.0), Cm(1.0)

    def _styles(self):
        h = self.h
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        set_fonts(rpr, h.font)
        run_format(rpr, size=h.size)
        lang = rpr.find(qn("w:lang"))
        lang.set(qn("w:val"), h.lang_tag)
        lang.set(qn("w:eastAsia"), h.lang_tag)
        lang.set(qn("w:bidi"), "th-TH")
        spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")

        normal = styles["Normal"]
        set_fonts(normal.element.get_or_add_rPr(), h.font)
        run_format(normal.element.get_or_add_rPr(), size=h.size)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.0

        def para_style(name, *, align=None, indent=None, before=0, after=0, bold=None,
                       italic=None, size=None, keep=False, line=None, left=None):
            st = styles.add_style(name, 1)
            st.base_style = normal
            st.quick_style = True
            pf = st.paragraph_format
            pf.alignment = align
            pf.first_line_indent = Cm(indent) if indent else None
            pf.left_indent = Cm(left) if left else None
            pf.space_before, pf.space_after = Pt(before), Pt(after)
            pf.keep_with_next = keep or None
            if line:
                pf.line_spacing = line
            run_format(st.element.get_or_add_rPr(), bold=bold, italic=italic, size=size)
            return st

        para_style("Body", align=h.justify, indent=h.indent, after=6, line=h.body_line)
        para_style("Heading", align=h.justify, indent=h.indent, before=6, after=6, bold=True, keep=True)
        para_style("DocType", align=CENTER, bold=True, keep=True, **h.doctype)
        para_style("Summary", align=CENTER, bold=True, keep=True)
        para_style("Center", align=CENTER)
        para_style("Cell", size=h.small)
        para_style("CellHead", align=CENTER, bold=True, size=h.small)
        para_style("CellCenter", align=CENTER, size=h.small)
        para_style("SignTitle", align=CENTER, bold=True, keep=True)
        para_style("SignName", align=CENTER, bold=True)
        para_style("Label", align=LEFT, before=6, after=3, bold=True, keep=True)
        para_style("Item", align=h.justify, left=1.6, indent=-0.6)
        para_style("Sub", align=h.justify, indent=h.indent, before=3, after=3, bold=True, keep=True,
                   line=h.body_line)
        para_style("Tag", size=1)
        para_style("RecipientsHead", **h.recipients_head)
        para_style("Recipients", **h.recipients)

    def _page_numbers(self):
        s = self.doc.sections[0]
        s.different_first_page_header_footer = True
        s.first_page_header.is_linked_to_previous = False
        p = s.header.paragraphs[0]
        p.alignment = CENTER
        before, after = self.h.page_number
        if before:
            p.add_run(before)
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), " PAGE ")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "2"
        r.append(t)
        field.append(r)
        p._p.append(field)
        if after:
            p.add_run(after)

    def _properties(self, title: str):
        cp = self.doc.core_properties
        cp.author = cp.last_modified_by = "coopdocs"
        cp.title = title
        cp.subject = cp.keywords = cp.category = ""
        cp.comments = "Built by templates/build.py"
        cp.created = cp.modified = FIXED_TIME
        cp.revision = 1
        pkg = self.doc.part.package
        for rid, rel in list(pkg.rels.items()):
            if rel.reltype.endswith("/thumbnail"):
                pkg.rels.pop(rid)

    # paragraphs
    def p(self, text: str = "", style: str = "Body", where=None, **fmt):
        """A paragraph of ``text`` (runs: a list of (text, format) pairs) in ``where`` (the
        document or a table cell)."""
        where = where if where is not None else self.doc
        para = where.add_paragraph(style=style)
        for chunk, f in ([(text, fmt)] if isinstance(text, str) else text):
            if chunk:
                run = para.add_run(chunk)
                if f:
                    run_format(run._r.get_or_add_rPr(), **f)
        return para

    def tag(self, text: str, where=None):
        """A paragraph that holds only a ``{%p ... %}`` tag (docxtpl removes it)."""
        return self.p(text, "Tag", where)

    def loop(self, head: str, lines, where=None, empty: str | None = DOTS, style: str = "Body"):
        """``{%p for head %}`` lines ``{%p else %}`` empty ``{%p endfor %}``."""
        self.tag(f"{{%p for {head} %}}", where)
        for line in lines:
            self.p(line, style, where)
        if empty is not None:
            self.tag("{%p else %}", where)
            self.p(empty, style, where)
        self.tag("{%p endfor %}", where)

    def line(self, width_cm: float, where=None, inside: float | None = None, before: float = 3):
        """A short centred rule, ``width_cm`` long (under an agency name, a summary line),
        ``before`` pt below the line above (Thai marks reach far below their line)."""
        full = inside if inside is not None else self._text_width()
        para = self.p("", "Tag", where)
        side = (full - width_cm) / 2
        pf = para.paragraph_format
        pf.left_indent, pf.right_indent = Cm(side), Cm(side)
        pf.space_before, pf.space_after = Pt(before), Pt(6)
        border(para, "bottom", 6)
        return para

    def _text_width(self) -> float:
        _, _, left, right = self.h.margins
        return 21.0 - left - right

    # tables
    def grid(self, widths, rows: int, borders: bool = False):
        t = self.doc.add_table(rows=rows, cols=len(widths))
        if borders:
            t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
            for cell in t.columns[i].cells:
                cell.width = Cm(w)
        for row in t.rows:
            for cell in row.cells:
                cell._tc.remove(cell.paragraphs[0]._p)
        return t

    def data_table(self, widths, heads, rows):
        """A bordered table: a header row (repeated on every page), then ``rows``: a string
        is a row holding one ``{%tr ... %}`` tag, a list is a row of (text, style) cells."""
        t = self.grid(widths, 1 + len(rows), borders=True)
        for cell, text in zip(t.rows[0].cells, heads):
            self.p(text, "CellHead", cell)
        repeat_header(t.rows[0])
        for row, spec in zip(t.rows[1:], rows):
            if isinstance(spec, str):
                self.p(spec, "Cell", row.cells[0])
            else:
                for cell, (text, style) in zip(row.cells, spec):
                    self.p(text, style, cell)
                no_split(row)
        self._fill_empty(t)
        return t

    def _fill_empty(self, t):
        for row in t.rows:
            for cell in row.cells:
                if not cell.paragraphs:
                    self.p("", "Cell", cell)


def trimmed(document) -> None:
    """Drop what a template never uses: styles no paragraph, run or table names (kept: the
    defaults and every basedOn/link/next a used style leads to), the latent-style list and
    the legacy stylesWithEffects part. python-docx's default carries ~800 KB of them, which
    every render would parse, write and compress again."""
    from docx.oxml.ns import qn

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    roots = [document.element] + [rel.target_part.element for rel in document.part.rels.values()
                                  if not rel.is_external and rel.reltype.endswith(("/header", "/footer"))]
    used = {el.get(qn("w:val")) for root in roots
            for el in root.iter(W + "pStyle", W + "rStyle", W + "tblStyle")}
    styles = document.styles.element
    by_id = {st.get(qn("w:styleId")): st for st in styles.iter(W + "style")}
    keep = {sid for sid, st in by_id.items() if st.get(qn("w:default")) in ("1", "true")} | used
    todo = list(keep)
    while todo:
        st = by_id.get(todo.pop())
        if st is None:
            continue
        for tag in ("basedOn", "link", "next"):
            ref = st.find(W + tag)
            if ref is not None and ref.get(qn("w:val")) not in keep:
                keep.add(ref.get(qn("w:val")))
                todo.append(ref.get(qn("w:val")))
    for sid, st in by_id.items():
        if sid not in keep:
            styles.remove(st)
    for latent in styles.findall(W + "latentStyles"):
        styles.remove(latent)
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rid)


def packaged(document) -> bytes:
    """The template's bytes: trimmed, saved, with reproducible zip entries."""
    trimmed(document)
    buf = io.BytesIO()
    document.save(buf)
    return reproducible(buf.getvalue())


def reproducible(docx: bytes) -> bytes:
    """The same package with fixed zip entry dates and attributes."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 3
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- shared blocks

def vi_header(d: Doc, doctype: str, summary: str) -> None:
    """Decree 30: agency and number left, national title, motto, place and date right;
    then the document type and its summary line."""
    t = d.grid([6.3, 10.2], 2)
    left, right = t.rows[0].cells
    d.tag("{%p if parent_agency %}", left)
    d.p([("{{ parent_agency|upper }}", {"size": 13})], "Center", left)
    d.tag("{%p endif %}", left)
    d.p([("{{ agency|upper }}", {"size": 13, "bold": True})], "Center", left)
    d.line(2.4, left, inside=5.9)
    d.p([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"size": 12.5, "bold": True})], "Center", right)
    d.p([("Độc lập - Tự do - Hạnh phúc", {"size": 13, "bold": True, "underline": True})], "Center", right)
    number, date = t.rows[1].cells
    d.p([("Số: {{ number }}", {"size": 13})], "Center", number).paragraph_format.space_before = Pt(6)
    d.p([("{{ place }}, {{ date|date }}", {"italic": True})], "Center", date).paragraph_format.space_before = Pt(6)
    d.p(doctype, "DocType")
    d.p(summary, "Summary")
    d.line(3.5)


def vi_signature(d: Doc) -> None:
    """`Nơi nhận` left; authority, position, signature space and name right."""
    d.p("", "Center")
    t = d.grid([7.5, 9.0], 1)
    no_split(t.rows[0])
    left, right = t.rows[0].cells
    d.p("Nơi nhận:", "RecipientsHead", left)
    d.loop("r in recipients", ["- {{ r }};"], left, empty=None, style="Recipients")
    d.p("- Lưu: VT{% if archive %}, {{ archive }}{% endif %}.", "Recipients", left)
    d.tag("{%p if signer.authority %}", right)
    d.p("{{ signer.authority|upper }}", "SignTitle", right)
    d.tag("{%p endif %}", right)
    d.p("{{ signer.title|upper }}", "SignTitle", right)
    for _ in range(4):
        d.p("", "Center", right)
    d.p("{{ signer.name }}", "SignName", right)


def th_header(d: Doc, doctype: str, emblem: bool = False) -> None:
    """The number left, the agency right, the date from the middle of the line; then the
    document type and its title. ``emblem``: the Garuda emblem (context ``emblem``, 3 cm)
    centred above them, as a letter has it."""
    if emblem:
        d.tag("{%p if emblem %}")
        d.p("{{ emblem }}", "Center")
        d.tag("{%p endif %}")
    t = d.grid([8.0, 8.0], 1)
    left, right = t.rows[0].cells
    d.p("ที่ {{ number }}", "Normal", left)
    d.p("{{ agency }}", "Normal", right)
    date = d.p("{{ date|date }}", "Normal")
    date.paragraph_format.left_indent = Cm(8.0)
    date.paragraph_format.space_before = Pt(6)
    d.p(doctype, "DocType")
    d.p("{{ title }}", "Summary")
    d.line(4.0)


def th_signature(d: Doc) -> None:
    """Signature space, (name), position right; the copies (สำเนาส่ง) left."""
    d.p("", "Center")
    t = d.grid([8.0, 8.0], 1)
    no_split(t.rows[0])
    left, right = t.rows[0].cells
    for _ in range(3):
        d.p("", "Center", right)
    d.p("({{ signer.name }})", "Center", right)
    d.p("{{ signer.title }}", "Center", right)
    d.tag("{%p if signer.authority %}", right)
    d.p("{{ signer.authority }}", "Center", right)
    d.tag("{%p endif %}", right)
    d.p("สำเนาส่ง", "RecipientsHead", left)
    d.loop("r in recipients", ["- {{ r }}"], left, empty=None, style="Recipients")


# (column head, width in cm) of the fixed columns of the targets table (indicator, unit,
# baseline); the deadline years share the rest of the width, one column each.
VI_PLAN = (("Chỉ tiêu", 5.0), ("Đơn vị tính", 2.4), ("{{ plan.baseline_head }}", 2.1))
TH_PLAN = (("ตัวชี้วัด", 4.3), ("หน่วยนับ", 2.0), ("{{ plan.baseline_head }}", 2.7))
# (column head, width in cm) of the table of results.
VI_RESULTS = (("Chỉ tiêu", 5.3), ("Đơn vị tính", 2.5), ("Năm", 1.5), ("Kế hoạch", 2.4),
              ("Thực hiện", 2.4), ("Tỷ lệ so với kế hoạch", 2.4))
TH_RESULTS = (("ตัวชี้วัด", 4.6), ("หน่วยนับ", 2.0), ("ปี", 1.8), ("เป้าหมาย", 2.4),
              ("ผลการดำเนินงาน", 2.8), ("ร้อยละของเป้าหมาย", 2.4))
SPREAD = "coopdocs:spread"   # a table whose loop columns share what the fixed ones leave


def spread(table, fixed_cm, total_cm: float) -> None:
    """Mark ``table`` for the renderer: its first columns keep ``fixed_cm``, the columns a
    ``{%tc for %}`` loop makes share the rest of ``total_cm`` (coopdocs/render/engine.py)."""
    twips = [str(round(w * 567)) for w in fixed_cm]
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), f"{SPREAD} {','.join(twips)} {round(total_cm * 567)}")
    tblpr = table._tbl.tblPr
    anchor = tblpr.find(qn("w:tblLook"))
    if anchor is not None:
        anchor.addprevious(caption)
    else:
        tblpr.append(caption)


def plan_table(d: Doc, columns, total: float = 16.5) -> None:
    """The targets grouped by indicator: indicator, unit, baseline (with its year), one
    column per deadline year (a ``{%tc %}`` loop); a dotted row when there are none."""
    heads, widths = zip(*columns)
    year = total - sum(widths)
    t = d.data_table([*widths, 0.2, year, 0.2], [*heads, "{%tc for c in plan.years %}",
                                                 "{{ c.label }}", "{%tc endfor %}"], [
        "{%tr for r in plan.rows %}",
        [("{{ r.indicator }}", "Cell"), ("{{ r.unit }}", "CellCenter"),
         ("{{ r.baseline }}{% if r.baseline_year %} {{ r.baseline_year }}{% endif %}", "CellCenter"),
         ("{%tc for v in r.cells %}", "Cell"), ("{{ v }}", "CellCenter"), ("{%tc endfor %}", "Cell")],
        "{%tr else %}",
        [(DOTS, "Cell")] * 3 + [("{%tc for c in plan.years %}", "Cell"), (DOTS, "Cell"),
                                ("{%tc endfor %}", "Cell")],
        "{%tr endfor %}",
    ])
    spread(t, widths, total)


def results_table(d: Doc, columns) -> None:
    """A report's results: indicator, unit, year, plan target, result, share of the target."""
    heads, widths = zip(*columns)
    d.data_table(list(widths), list(heads), [
        "{%tr for r in results %}",
        [("{{ r.indicator }}", "Cell"), ("{{ r.unit }}", "CellCenter"), ("{{ r.year }}", "CellCenter"),
         ("{{ r.target }}", "CellCenter"), ("{{ r.result }}", "CellCenter"),
         ("{{ r.percent }}", "CellCenter")],
        "{%tr else %}",
        [(DOTS, "Cell")] * len(widths),
        "{%tr endfor %}",
    ])


def narrative(d: Doc, head: str = "Heading", sub: str = "Sub") -> None:
    """The source's own sentences that carry results, under its section headings (styles
    ``head`` and ``sub``); a dotted paragraph when the source is not at hand."""
    d.tag("{%p for s in narrative %}")
    d.tag("{%p if s.heading and s.level == 1 %}")
    d.p("{{ s.heading }}", head)
    d.tag("{%p elif s.heading %}")
    d.p("{{ s.heading }}", sub)
    d.tag("{%p endif %}")
    d.loop("x in s.sentences", ["{{ x }}"], empty=None)
    d.tag("{%p else %}")
    d.p(DOTS)
    d.tag("{%p endfor %}")


# ---------------------------------------------------------------- a meeting's proceedings

def proceedings(d: Doc, heading: str, conclusion: str, heading_style: str = "Heading") -> None:
    """The notes' own content by agenda item (coopdocs/render/proceedings.py): the item's
    heading, then its paragraphs, headings inside it and conclusions, a labelled conclusion
    after ``conclusion`` in bold."""
    d.tag("{%p for s in proceedings %}")
    d.tag("{%p if s.heading %}")
    d.p(heading, heading_style)
    d.tag("{%p endif %}")
    d.tag("{%p for b in s.blocks %}")
    d.tag("{%p if b.kind == 'conclusion' %}")
    d.p([("{% if b.labelled %}" + conclusion + " {% endif %}", {"bold": True}), ("{{ b.text }}", {})])
    d.tag("{%p elif b.kind == 'sub' %}")
    d.p("{{ b.text }}", "Sub")
    d.tag("{%p else %}")
    d.p("{{ b.text }}")
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")
    d.tag("{%p endfor %}")


def tasks_table(d: Doc, columns, together: str) -> None:
    """The assignments: number, what, who (and who works with them: ``together`` before the
    collaborators), by when; a dotted row when there are none."""
    heads, widths = zip(*columns)
    t = d.grid(list(widths), 4, borders=True)
    for cell, text in zip(t.rows[0].cells, heads):
        d.p(text, "CellHead", cell)
    repeat_header(t.rows[0])
    d.p("{%tr for t in tasks %}", "Cell", t.rows[1].cells[0])
    number, what, who, when = t.rows[2].cells
    d.p("{{ t.n }}", "CellCenter", number)
    d.p("{{ t.what }}", "Cell", what)
    d.p("{{ t.assignee }}", "Cell", who)
    d.tag("{%p if t.collaborators %}", who)
    d.p(together + " {{ t.collaborators|join(', ') }}", "Cell", who)
    d.tag("{%p endif %}", who)
    d.p("{{ t.deadline }}", "CellCenter", when)
    no_split(t.rows[2])
    d.p("{%tr else %}", "Cell", t.rows[3].cells[0])
    t.add_row()
    for cell in t.rows[4].cells:
        cell._tc.remove(cell.paragraphs[0]._p)
        d.p(DOTS, "Cell", cell)
    t.add_row()
    t.rows[5].cells[0]._tc.remove(t.rows[5].cells[0].paragraphs[0]._p)
    d.p("{%tr endfor %}", "Cell", t.rows[5].cells[0])
    d._fill_empty(t)


def people(d: Doc, head: str, style: str, line: str, empty: str | None = DOTS) -> None:
    """A list of people under its label, one a line."""
    d.loop(head, [line], empty=empty, style=style)


# ---------------------------------------------------------------- the templates

VI_TASKS = (("TT", 1.2), ("Nội dung công việc", 7.6), ("Đơn vị chủ trì", 4.8), ("Thời hạn", 2.9))
TH_TASKS = (("ลำดับ", 1.6), ("งานที่มอบหมาย", 6.8), ("ผู้รับผิดชอบ", 4.3), ("กำหนดเสร็จ", 3.3))


def minutes_vi() -> Doc:
    d = Doc(VI, "BIÊN BẢN (Nghị định 30/2020/NĐ-CP, mẫu 1.9)")
    vi_header(d, "BIÊN BẢN", "{{ title|ucfirst }}")
    d.p("Thời gian bắt đầu: {{ meeting.time|time }}, {{ meeting.date|date }}.")
    d.p("Địa điểm: {{ meeting.location }}.")
    d.p("Thành phần tham dự:")
    people(d, "a in meeting.attendees", "Body", "- {{ a }}{{ '.' if loop.last else ';' }}")
    d.p("Vắng mặt:")
    people(d, "a in absent", "Body", "- {{ a }}{{ '.' if loop.last else ';' }}")
    d.p("Chủ trì (chủ tọa): {{ meeting.chair.full_name }}, {{ meeting.chair.title }}.")
    d.p("Thư ký (người ghi biên bản): {{ secretary.full_name }}{% if secretary.title %}, {{ secretary.title }}{% endif %}.")
    d.loop("x in other_facts", ["{{ x }}"], empty=None)
    d.p("Nội dung (theo diễn biến cuộc họp):")
    proceedings(d, "{{ s.number }}. {{ s.heading }}", "Kết luận:")
    d.p("Phân công thực hiện:", "Sub")
    tasks_table(d, VI_TASKS, "Phối hợp:")
    d.p("Cuộc họp kết thúc vào {{ end_time|time }}, {{ meeting.date|date }}./.").paragraph_format.space_before = Pt(6)
    d.p("", "Center")
    t = d.grid([8.25, 8.25], 1)
    no_split(t.rows[0])
    for cell, title, name in zip(t.rows[0].cells, ("THƯ KÝ", "CHỦ TỌA"),
                                 ("{{ secretary.name }}", "{{ meeting.chair.name }}")):
        d.p(title, "SignTitle", cell)
        for _ in range(4):
            d.p("", "Center", cell)
        d.p(name, "SignName", cell)
    d.p("Nơi nhận:", "RecipientsHead").paragraph_format.space_before = Pt(12)
    d.loop("r in recipients", ["- {{ r }};"], empty=None, style="Recipients")
    d.p("- Lưu: VT{% if archive %}, {{ archive }}{% endif %}.", "Recipients")
    return d


def plan_vi() -> Doc:
    d = Doc(VI, "KẾ HOẠCH (Nghị định 30/2020/NĐ-CP, mẫu 1.4)")
    vi_header(d, "KẾ HOẠCH", "{{ title|ucfirst }}")
    d.loop("r in bases", ["Căn cứ {{ r.title }};"], empty=None)
    d.p("{{ agency }} ban hành Kế hoạch với các mục tiêu, chỉ tiêu và tổ chức thực hiện như sau:")
    d.p("I. MỤC TIÊU, CHỈ TIÊU", "Heading")
    d.p("Phấn đấu đạt các chỉ tiêu chủ yếu sau:")
    plan_table(d, VI_PLAN)
    d.p("II. TỔ CHỨC THỰC HIỆN", "Heading")
    tasks_table(d, VI_TASKS, "Phối hợp:")
    d.p("Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này chủ động triển khai thực hiện; "
        "định kỳ báo cáo kết quả về {{ agency }} để tổng hợp, báo cáo cấp có thẩm quyền./."
        ).paragraph_format.space_before = Pt(6)
    vi_signature(d)
    return d


def report_vi() -> Doc:
    d = Doc(VI, "BÁO CÁO (Nghị định 30/2020/NĐ-CP, mẫu 1.4)")
    vi_header(d, "BÁO CÁO", "{{ title|ucfirst }}")
    d.loop("r in bases", ["Thực hiện {{ r.title }};"], empty=None)
    d.p("{{ agency }} báo cáo như sau:")
    d.p("Kết quả thực hiện các chỉ tiêu chủ yếu", "Heading")
    results_table(d, VI_RESULTS)
    narrative(d)
    d.tag("{%p if plan.rows %}")
    d.p("Các chỉ tiêu thời gian tới", "Heading")
    plan_table(d, VI_PLAN)
    d.tag("{%p endif %}")
    d.tag("{%p if tasks %}")
    d.p("Nhiệm vụ trọng tâm", "Heading")
    tasks_table(d, VI_TASKS, "Phối hợp:")
    d.tag("{%p endif %}")
    d.p("Trên đây là báo cáo của {{ agency }}./.").paragraph_format.space_before = Pt(6)
    vi_signature(d)
    return d


def notice_vi() -> Doc:
    d = Doc(VI, "THÔNG BÁO KẾT LUẬN (Nghị định 30/2020/NĐ-CP, mẫu 1.4)")
    vi_header(d, "THÔNG BÁO",
              "Kết luận của đồng chí {{ meeting.chair.name }}, {{ meeting.chair.title }} tại {{ title_inline }}")
    d.p("{{ meeting.date|date|ucfirst }}, tại {{ meeting.location }}, đồng chí {{ meeting.chair.name }}, "
        "{{ meeting.chair.title }} đã chủ trì {{ title_inline }}. Tham dự có: {{ meeting.attendees|join('; ') }}.")
    d.p("Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, đồng chí {{ meeting.chair.name }} "
        "kết luận như sau:")
    conclusions(d, "{{ c.number }}. {{ c.heading }}", "Heading")
    d.p("Tổ chức thực hiện", "Heading")
    tasks_table(d, VI_TASKS, "Phối hợp:")
    d.p("{{ agency }} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.").paragraph_format.space_before = Pt(6)
    vi_signature(d)
    return d


def conclusions(d: Doc, heading: str, style: str) -> None:
    """The conclusions of each agenda item under its heading; a dotted line when the record
    has none."""
    d.tag("{%p for c in conclusions %}")
    d.tag("{%p if c.heading %}")
    d.p(heading, style)
    d.tag("{%p endif %}")
    d.loop("x in c.texts", ["{{ x }}"], empty=None)
    d.tag("{%p else %}")
    d.p(DOTS)
    d.tag("{%p endfor %}")


def minutes_th() -> Doc:
    d = Doc(TH, "รายงานการประชุม (ระเบียบงานสารบรรณ แบบที่ 11)")
    d.p("รายงานการประชุม{{ title }}", "Summary")
    d.p("ครั้งที่ {{ session }}", "Summary")
    d.p("เมื่อวันที่ {{ meeting.date|date }} เวลา {{ meeting.time|time }}", "Center")
    d.p("ณ {{ meeting.location }}", "Center")
    d.line(4.0, before=9)
    d.p("ผู้มาประชุม", "Label")
    people(d, "a in meeting.attendees", "Item", "{{ loop.index }}. {{ a }}")
    d.p("ผู้ไม่มาประชุม", "Label")
    people(d, "a in absent", "Item", "{{ loop.index }}. {{ a }}")
    d.tag("{%p if guests %}")
    d.p("ผู้เข้าร่วมประชุม", "Label")
    people(d, "a in guests", "Item", "{{ loop.index }}. {{ a }}", empty=None)
    d.tag("{%p endif %}")
    d.loop("x in other_facts", ["{{ x }}"], empty=None, style="Label")
    d.p("เริ่มประชุมเวลา {{ meeting.time|time }}", "Label")
    d.tag("{%p if not proceedings or proceedings[0].heading %}")
    d.p("{{ meeting.chair.name }} {{ meeting.chair.title }} ประธานในที่ประชุม กล่าวเปิดการประชุม"
        "และดำเนินการประชุมตามระเบียบวาระ ดังนี้")
    d.tag("{%p endif %}")
    proceedings(d, "ระเบียบวาระที่ {{ s.number }} {{ s.heading }}", "มติที่ประชุม", "Label")
    d.p("การมอบหมายงาน", "Label")
    tasks_table(d, TH_TASKS, "ร่วมกับ")
    d.p("เลิกประชุมเวลา {{ end_time|time }}", "Label")
    d.p("", "Center")
    t = d.grid([8.0, 8.0], 1)
    no_split(t.rows[0])
    right = t.rows[0].cells[1]
    d.p("", "Center", t.rows[0].cells[0])
    for _ in range(2):
        d.p("", "Center", right)
    d.p("({{ secretary.name }})", "Center", right)
    d.tag("{%p if secretary.title %}", right)
    d.p("{{ secretary.title }}", "Center", right)
    d.tag("{%p endif %}", right)
    d.p("ผู้จดรายงานการประชุม", "Center", right)
    return d


def notice_th() -> Doc:
    d = Doc(TH, "บันทึกข้อความ แจ้งมติที่ประชุม (ระเบียบงานสารบรรณ)")
    head = d.grid([2.0, 12.0, 2.0], 1)
    d.p("{{ emblem_small }}", "Normal", head.rows[0].cells[0])
    d.p([("บันทึกข้อความ", {"size": 29})], "DocType", head.rows[0].cells[1]).paragraph_format.space_before = Pt(0)
    d._fill_empty(head)
    d.p([("ส่วนราชการ", {"bold": True, "size": 20}), ("  {{ agency }}", {})], "Normal")
    dated = d.p([("ที่", {"bold": True, "size": 20}), ("  {{ number }}\t", {}),
                 ("วันที่", {"bold": True, "size": 20}), ("  {{ date|date }}", {})], "Normal")
    dated.paragraph_format.tab_stops.add_tab_stop(Cm(8.0))
    d.p([("เรื่อง", {"bold": True, "size": 20}),
         ("  แจ้งมติที่ประชุม{{ title }} ครั้งที่ {{ session }}", {})], "Normal")
    d.line(16.0, before=9)
    d.p("เรียน  {{ recipients|join(', ') }}", "Normal").paragraph_format.space_after = Pt(6)
    d.p("ตามที่ได้มีการประชุม{{ title }} ครั้งที่ {{ session }} เมื่อวันที่ {{ meeting.date|date }} "
        "ณ {{ meeting.location }} โดยมี{{ meeting.chair.name }} {{ meeting.chair.title }} "
        "เป็นประธานการประชุม นั้น")
    d.p("ที่ประชุมได้พิจารณาและมีมติ ดังนี้")
    conclusions(d, "{{ c.number }}. {{ c.heading }}", "Label")
    d.p("การมอบหมายงาน", "Label")
    tasks_table(d, TH_TASKS, "ร่วมกับ")
    d.p("จึงเรียนมาเพื่อโปรดทราบ และดำเนินการในส่วนที่เกี่ยวข้องต่อไป").paragraph_format.space_before = Pt(6)
    d.p("", "Center")
    t = d.grid([8.0, 8.0], 1)
    no_split(t.rows[0])
    right = t.rows[0].cells[1]
    d.p("", "Center", t.rows[0].cells[0])
    for _ in range(3):
        d.p("", "Center", right)
    d.p("({{ signer.name }})", "Center", right)
    d.p("{{ signer.title }}", "Center", right)
    d.tag("{%p if signer.authority %}", right)
    d.p("{{ signer.authority }}", "Center", right)
    d.tag("{%p endif %}", right)
    return d


def plan_th() -> Doc:
    d = Doc(TH, "แผนปฏิบัติการ")
    th_header(d, "แผนปฏิบัติการ", emblem=True)
    d.p("1. หลักการและเหตุผล", "Label")
    d.p("แผนปฏิบัติการฉบับนี้จัดทำขึ้นเพื่อขับเคลื่อนการดำเนินงานตามเอกสารต่อไปนี้")
    d.loop("r in bases", ["- {{ r.title }}"], style="Item")
    d.p("2. เป้าหมายและตัวชี้วัด", "Label")
    plan_table(d, TH_PLAN, 16.0)
    d.p("3. หน่วยงานรับผิดชอบ", "Label")
    tasks_table(d, TH_TASKS, "ร่วมกับ")
    d.p("4. การติดตามและประเมินผล", "Label")
    d.p("หน่วยงานที่ได้รับมอบหมายรายงานผลการดำเนินงานต่อ{{ agency }} เป็นประจำทุกไตรมาส")
    th_signature(d)
    return d


def report_th() -> Doc:
    d = Doc(TH, "รายงานผลการดำเนินงาน")
    th_header(d, "รายงาน", emblem=True)
    d.tag("{%p if bases %}")
    d.p("ความเป็นมา", "Label")
    d.loop("r in bases", ["- {{ r.title }}"], style="Item", empty=None)
    d.tag("{%p endif %}")
    d.p("ผลการดำเนินงานตามตัวชี้วัด", "Label")
    results_table(d, TH_RESULTS)
    narrative(d, "Label", "Label")
    d.tag("{%p if plan.rows %}")
    d.p("เป้าหมายการดำเนินงาน", "Label")
    plan_table(d, TH_PLAN, 16.0)
    d.tag("{%p endif %}")
    d.tag("{%p if tasks %}")
    d.p("หน่วยงานรับผิดชอบ", "Label")
    tasks_table(d, TH_TASKS, "ร่วมกับ")
    d.tag("{%p endif %}")
    d.p("จึงเรียนมาเพื่อโปรดทราบ").paragraph_format.space_before = Pt(6)
    th_signature(d)
    return d


TEMPLATES = {"minutes-vi": minutes_vi, "plan-vi": plan_vi, "report-vi": report_vi,
             "notice-vi": notice_vi, "minutes-th": minutes_th, "plan-th": plan_th,
             "report-th": report_th, "notice-th": notice_th}



def _built_elsewhere() -> dict:
    """The templates built in files of their own from this file's blocks (build_progress.py:
    the reports of results against a plan)."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("build_progress", HERE / "build_progress.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.templates(SimpleNamespace(**globals()))


TEMPLATES.update(_built_elsewhere())


def build_all(folder: Path = HERE) -> dict[str, bytes]:
    out = {}
    for name, make in TEMPLATES.items():
        out[name] = packaged(make().doc)
    for name, data in out.items():
        (folder / f"{name}.docx").write_bytes(data)
    return out


def main(argv: list[str]) -> int:
    if argv[1:] == ["--check"]:
        stale = []
        for name, make in TEMPLATES.items():
            path = HERE / f"{name}.docx"
            if not path.exists() or path.read_bytes() != packaged(make().doc):
                stale.append(path.name)
        for name in stale:
            print(f"templates/{name} differs from what templates/build.py builds: rebuild it")
        return 1 if stale else 0
    if argv[1:]:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    for name in build_all():
        print(f"templates/{name}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
