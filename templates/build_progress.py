"""The built-in reports of results against a plan, ``progress-vi`` and ``progress-th``, built
with the blocks of templates/build.py (its national header, tables and signature; see there
for the formats). templates/build.py builds them with the others:

    python templates/build.py

The context is ``progress`` (coopdocs/progress/context.py): ``rows`` (n, indicator, unit,
baseline, target, result, percent, status_label, reason ...), ``counts`` (label, n), ``total``,
``plans`` and ``reports`` (title), ``notes`` (the rows with a reason).
"""
from __future__ import annotations

# (column head, width in cm, cell field, cell style) of the table of results against targets:
# the text width of each house style (16.5 cm Vietnamese, 16 cm Thai).
VI_COLUMNS = (("TT", 1.0, "n", "CellCenter"), ("Chỉ tiêu", 3.8, "indicator", "Cell"),
              ("Đơn vị tính", 1.8, "unit", "CellCenter"), ("Năm gốc", 2.0, "baseline", "CellCenter"),
              ("Mục tiêu", 2.2, "target", "CellCenter"), ("Kết quả", 2.0, "result", "CellCenter"),
              ("Tỷ lệ so với mục tiêu (%)", 1.6, "percent", "CellCenter"),
              ("Đánh giá", 2.1, "status_label", "CellCenter"))
TH_COLUMNS = (("ที่", 0.8, "n", "CellCenter"), ("ตัวชี้วัด", 3.5, "indicator", "Cell"),
              ("หน่วยนับ", 1.6, "unit", "CellCenter"), ("ค่าฐาน", 2.0, "baseline", "CellCenter"),
              ("ค่าเป้าหมาย", 2.3, "target", "CellCenter"),
              ("ผลการดำเนินงาน", 2.2, "result", "CellCenter"),
              ("ร้อยละของเป้าหมาย", 1.7, "percent", "CellCenter"),
              ("ผลการประเมิน", 1.9, "status_label", "CellCenter"))


def wide_styles(b, d) -> None:
    """Cell styles two points under the body size: an eight-column table in portrait."""
    size = d.h.size - 2
    for name, base in (("WideCell", "Cell"), ("WideCellCenter", "CellCenter"),
                       ("WideHead", "CellHead")):
        style = d.doc.styles.add_style(name, 1)
        style.base_style = d.doc.styles[base]
        style.quick_style = True
        b.run_format(style.element.get_or_add_rPr(), size=size)


def progress_table(b, d, columns) -> None:
    """One row per target (the header row repeated on every page); a dotted row when the
    plans have none."""
    wide_styles(b, d)
    t = d.grid([c[1] for c in columns], 5, borders=True)
    for cell, (head, *_) in zip(t.rows[0].cells, columns):
        d.p(head, "WideHead", cell)
    b.repeat_header(t.rows[0])
    d.p("{%tr for r in progress.rows %}", "WideCell", t.rows[1].cells[0])
    for cell, (_, _, field, style) in zip(t.rows[2].cells, columns):
        filters = "|ucfirst" if field == "indicator" else ""
        d.p(f"{{{{ r.{field}{filters} }}}}", "Wide" + style, cell)
    b.no_split(t.rows[2])
    d.p("{%tr else %}", "WideCell", t.rows[3].cells[0])
    for cell in t.rows[4].cells:
        d.p(b.DOTS, "WideCell", cell)
    t.add_row()
    last = t.rows[5].cells[0]
    last._tc.remove(last.paragraphs[0]._p)
    d.p("{%tr endfor %}", "WideCell", last)
    d._fill_empty(t)


def progress_vi(b):
    d = b.Doc(b.VI, "BÁO CÁO đánh giá kết quả thực hiện (Nghị định 30/2020/NĐ-CP, mẫu 1.4)")
    b.vi_header(d, "BÁO CÁO", "{{ title|ucfirst }}")
    d.p("Căn cứ các chỉ tiêu của:")
    d.loop("p in progress.plans", ["- {{ p.title }};"], style="Body")
    d.p("{{ agency }} đánh giá kết quả thực hiện các chỉ tiêu đến kỳ báo cáo như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "Heading")
    progress_table(b, d, VI_COLUMNS)
    d.p("II. TỔNG HỢP ĐÁNH GIÁ", "Heading")
    d.p("Tổng số chỉ tiêu: {{ progress.total }}, trong đó:")
    d.loop("c in progress.counts", ["- {{ c.label }}: {{ c.n }} chỉ tiêu;"], empty=None)
    d.tag("{%p if progress.notes %}")
    d.p("Ghi chú:")
    d.loop("r in progress.notes", ["- Chỉ tiêu {{ r.n }} ({{ r.indicator }}): {{ r.reason }}."],
           empty=None)
    d.tag("{%p endif %}")
    d.p("III. NGUỒN SỐ LIỆU", "Heading")
    d.loop("s in progress.reports", ["- {{ s.title }}."])
    d.p("Trên đây là báo cáo đánh giá kết quả thực hiện các chỉ tiêu của {{ agency }}./.")
    b.vi_signature(d)
    return d


def progress_th(b):
    d = b.Doc(b.TH, "รายงานผลการดำเนินงานเทียบเป้าหมาย")
    b.th_header(d, "รายงาน")
    d.p("1. ความเป็นมา", "Label")
    d.p("รายงานฉบับนี้เปรียบเทียบผลการดำเนินงานกับเป้าหมายและตัวชี้วัดของ")
    d.loop("p in progress.plans", ["- {{ p.title }}"], style="Item")
    d.p("2. ผลการดำเนินงานเทียบเป้าหมาย", "Label")
    progress_table(b, d, TH_COLUMNS)
    d.p("3. สรุปผลการประเมิน", "Label")
    d.p("ตัวชี้วัดทั้งหมด {{ progress.total }} ตัวชี้วัด ได้แก่")
    d.loop("c in progress.counts", ["- {{ c.label }} {{ c.n }} ตัวชี้วัด"], empty=None, style="Item")
    d.tag("{%p if progress.notes %}")
    d.p("หมายเหตุ")
    d.loop("r in progress.notes", ["- ตัวชี้วัดที่ {{ r.n }} ({{ r.indicator }}) {{ r.reason }}"],
           empty=None, style="Item")
    d.tag("{%p endif %}")
    d.p("4. แหล่งข้อมูล", "Label")
    d.loop("s in progress.reports", ["- {{ s.title }}"], style="Item")
    d.p("จึงเรียนมาเพื่อโปรดทราบ")
    b.th_signature(d)
    return d


def templates(b) -> dict:
    """name -> a function that builds the template, given templates/build.py's blocks ``b``."""
    return {"progress-vi": lambda: progress_vi(b), "progress-th": lambda: progress_th(b)}
