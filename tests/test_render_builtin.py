"""Every built-in template rendered from records and opened with python-docx: A4, margins,
fonts, the header (national title and motto, number, place and date), the date-line form,
page numbers from page 2, the signature block and `Nơi nhận`, and no tag left over."""
import re
from functools import cache

import docx
import pytest
from conftest import CORPUS
from docx.oxml.ns import qn
from docx.shared import Pt
from test_render_data import (
    TH_TEXT,
    VI_TEXT,
    emblem_png,
    full_record,
    header,
    meeting_header,
    record,
    with_source,
)

import coopdocs
from coopdocs.render.builtin import BUILTINS

NAMES = [b.name for b in BUILTINS]
KIND = {b.name: b.kind for b in BUILTINS}
LANG = {b.name: b.lang for b in BUILTINS}
FONT = {"vi": "Times New Roman", "th": "TH Sarabun New"}
BODY_PT = {"vi": (13, 14), "th": (16, 16)}
# (top, bottom, left, right) ranges in cm: Decree 30/2020; the Thai regulation.
MARGINS = {"vi": ((2.0, 2.5), (2.0, 2.5), (3.0, 3.5), (1.5, 2.0)),
           "th": ((2.0, 3.0), (2.0, 3.0), (3.0, 3.0), (2.0, 2.0))}
DOC_TYPE = {"minutes-vi": "BIÊN BẢN", "plan-vi": "KẾ HOẠCH", "report-vi": "BÁO CÁO",
            "notice-vi": "THÔNG BÁO", "plan-th": "แผนปฏิบัติการ", "report-th": "รายงาน",
            "progress-vi": "BÁO CÁO", "progress-th": "รายงาน"}
VI_DATE_LINE = re.compile(r"^.+, ngày (0[1-9]|[12]\d|3[01]) tháng ([3-9]|1[0-2]|0[12]) năm \d{4}$")
TH_MONTHS = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
TH_DATE = re.compile(rf"([1-9]|[12]\d|3[01]) ({TH_MONTHS}) 25\d\d")
TAGS = ("{{", "}}", "{%", "%}", "{#", "#}")


def render(tmp_path, name, rec, context):
    out = tmp_path / f"{name}.docx"
    warnings = coopdocs.render(name, rec, out, context)
    return docx.Document(str(out)), warnings


def paragraphs(doc):
    """Every paragraph in document order: body, table cells (nested too)."""
    def walk(container):
        for block in container.iter_inner_content():
            if isinstance(block, docx.text.paragraph.Paragraph):
                yield block
            else:
                for row in block.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            yield from walk(cell)
    return list(walk(doc))


def texts(doc):
    out = [p.text for p in paragraphs(doc)]
    for s in doc.sections:
        for part in (s.header, s.first_page_header, s.footer):
            out += [p.text for p in part.paragraphs]
    return out


def style_value(paragraph, run, attr):
    """The effective font attribute of a run: the run, then the paragraph style chain."""
    value = getattr(run.font, attr) if run is not None else None
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.font, attr)
        style = style.base_style
    return value


@pytest.fixture(scope="module")
def hand_made(tmp_path_factory):
    """name -> (document, warnings) of the built-in rendered from a hand-made record with
    every header field given (a meeting's documents: from the complete record of notes that
    are at hand); each rendered once."""
    done = {}

    def get(name):
        if name not in done:
            lang, folder = LANG[name], tmp_path_factory.mktemp(name)
            if KIND[name] in ("minutes", "notice"):   # the notes and their complete record
                rec, context = full_record(lang, KIND[name], folder), meeting_header(lang)
            else:
                rec, context = with_source(record(lang, KIND[name]), folder), header(lang)
            if lang == "th":
                context["emblem"] = str(emblem_png(folder / "emblem.png"))
            done[name] = render(folder, name, rec, context)
        return done[name]
    return get


# ---------------------------------------------------------------- page, fonts, tags

@pytest.mark.parametrize("name", NAMES)
def test_a4_portrait_with_the_regulation_margins(hand_made, name):
    doc, _ = hand_made(name)
    s = doc.sections[0]
    assert (round(s.page_width.cm, 2), round(s.page_height.cm, 2)) == (21.0, 29.7)
    ranges = MARGINS[LANG[name]]
    for got, (lo, hi), side in zip((s.top_margin, s.bottom_margin, s.left_margin, s.right_margin),
                                   ranges, ("top", "bottom", "left", "right")):
        assert lo - 0.01 <= got.cm <= hi + 0.01, (side, got.cm)


@pytest.mark.parametrize("name", NAMES)
def test_one_font_everywhere_and_body_size(hand_made, name):
    doc, _ = hand_made(name)
    lang = LANG[name]
    font = FONT[lang]
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {font}
    assert doc.styles["Normal"].font.name == font
    lo, hi = BODY_PT[lang]
    body = 0
    for p in paragraphs(doc):
        for run in p.runs:
            assert style_value(p, run, "name") == font, (p.text, run.text)
        if p.style.name == "Body" and p.text.strip():
            body += 1
            for run in p.runs:
                assert Pt(lo) <= style_value(p, run, "size") <= Pt(hi), p.text
    assert body >= 2


@pytest.mark.parametrize("name", NAMES)
def test_no_tag_left(hand_made, name):
    doc, _ = hand_made(name)
    leftovers = [t for t in texts(doc) if any(tag in t for tag in TAGS)]
    assert not leftovers


@pytest.mark.parametrize("name", NAMES)
def test_page_numbers_from_page_2(hand_made, name):
    doc, _ = hand_made(name)
    s = doc.sections[0]
    assert s.different_first_page_header_footer
    header_xml = s.header._element.xml
    assert "PAGE" in header_xml
    assert "PAGE" not in s.first_page_header._element.xml
    assert not "".join(p.text for p in s.first_page_header.paragraphs).strip()
    if LANG[name] == "th":
        assert s.header.paragraphs[0].text.startswith("- ")


@pytest.mark.parametrize("name", NAMES)
def test_every_header_field_given_means_no_warning(hand_made, name):
    _, warnings = hand_made(name)
    assert warnings == []


# ---------------------------------------------------------------- the header

@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith("-vi")])
def test_vietnamese_header_two_columns_title_motto_number_date(hand_made, name):
    doc, _ = hand_made(name)
    table = doc.tables[0]
    left, right = table.rows[0].cells
    number, date = table.rows[1].cells
    assert "UBND TỈNH NINH THUẬN" in left.text
    agency = next(p for p in left.paragraphs if "BAN CHỈ ĐẠO" in p.text)
    assert all(style_value(agency, r, "bold") for r in agency.runs)
    title = next(p for p in right.paragraphs if p.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert all(r.font.bold for r in title.runs) and Pt(12) <= title.runs[0].font.size <= Pt(13)
    motto = next(p for p in right.paragraphs if p.text == "Độc lập - Tự do - Hạnh phúc")
    assert all(r.font.bold and r.font.underline for r in motto.runs)
    assert Pt(13) <= motto.runs[0].font.size <= Pt(14)
    assert number.text.strip() == "Số: 15/KH-BCĐ"
    line = date.text.strip()
    assert line == "Ninh Thuận, ngày 07 tháng 02 năm 2025"
    assert VI_DATE_LINE.match(line)
    p = date.paragraphs[0]
    assert all(style_value(p, r, "italic") for r in p.runs)
    doc_type = next(p for p in doc.paragraphs if p.text.strip())
    assert doc_type.text == DOC_TYPE[name]
    assert style_value(doc_type, doc_type.runs[0], "bold")


@pytest.mark.parametrize("day, line", [
    pytest.param("2022-09-07", "Bình Thuận, ngày 07 tháng 9 năm 2022", id="day-under-10"),
    pytest.param("2023-02-28", "Bình Thuận, ngày 28 tháng 02 năm 2023", id="february"),
    pytest.param("2023-11-14", "Bình Thuận, ngày 14 tháng 11 năm 2023", id="no-zeros"),
])
def test_vietnamese_date_line_follows_decree_30(tmp_path, day, line):
    context = dict(header("vi"), place="Bình Thuận", date=day)
    doc, _ = render(tmp_path, "plan-vi", record("vi", "plan"), context)
    assert doc.tables[0].rows[1].cells[1].text.strip() == line


@pytest.mark.parametrize("name", ["plan-th", "report-th"])
def test_thai_header_number_agency_and_buddhist_era_date(hand_made, name):
    doc, _ = hand_made(name)
    left, right = doc.tables[0].rows[0].cells
    assert left.text.strip() == "ที่ อด 0010/125"
    assert right.text.strip() == "สำนักงานสหกรณ์จังหวัดอุดรธานี"
    body = [p.text for p in doc.paragraphs if p.text.strip()]
    assert body[0] == "21 พฤศจิกายน 2565" and TH_DATE.fullmatch(body[0])
    assert body[1] == DOC_TYPE[name]
    assert body[2] == "การพัฒนาสหกรณ์จังหวัดอุดรธานี ปี 2566"


def test_thai_minutes_follow_form_11(hand_made):
    doc, _ = hand_made("minutes-th")
    body = [t for t in texts(doc) if t.strip()]
    assert body[0] == "รายงานการประชุมคณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดมหาสารคาม"
    assert body[1] == "ครั้งที่ 2/2568"
    assert body[2] == "เมื่อวันที่ 18 มีนาคม 2568 เวลา 09.30 น."
    assert TH_DATE.search(body[2])
    assert body[3] == "ณ ห้องประชุมพยัคฆภูมิ ชั้น 2 ศาลากลางจังหวัดมหาสารคาม"
    order = ["ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา 09.30 น.",
             "ระเบียบวาระที่ 1", "มติที่ประชุม", "เลิกประชุมเวลา 12.00 น.", "(นางสาวพิมพ์ชนก วงศ์ไทย)",
             "ผู้จดรายงานการประชุม"]
    at = [next(i for i, t in enumerate(body) if t.startswith(o)) for o in order]
    assert at == sorted(at)
    assert "1. นายวีระ ศรีสวัสดิ์ พาณิชย์จังหวัดมหาสารคาม ติดราชการ" in body


def test_vietnamese_minutes_follow_form_1_9(hand_made):
    doc, _ = hand_made("minutes-vi")
    body = [t for t in texts(doc) if t.strip()]
    order = ["Thời gian bắt đầu: 8 giờ 30 phút, ngày 15 tháng 4 năm 2025.",
             "Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh Ninh Thuận.",
             "Thành phần tham dự:", "- Đồng chí Phạm Văn Lộc", "Vắng mặt:", "- Đồng chí Lê Văn Hùng",
             "Chủ trì (chủ tọa): Đồng chí Trần Quốc Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo.",
             "Thư ký (người ghi biên bản): Đồng chí Nguyễn Thị Mai, Chuyên viên Liên minh Hợp tác xã tỉnh.",
             "Nội dung", "Cuộc họp kết thúc vào 11 giờ 15 phút, ngày 15 tháng 4 năm 2025./.",
             "THƯ KÝ", "Nguyễn Thị Mai", "CHỦ TỌA", "Trần Quốc Nam", "Nơi nhận:",
             "- Ban Chỉ đạo Trung ương;", "- Lưu: VT, LMHTX."]
    at = [next(i for i, t in enumerate(body) if t.startswith(o)) for o in order]
    assert at == sorted(at)


@pytest.mark.parametrize("name", ["plan-vi", "report-vi", "notice-vi"])
def test_vietnamese_signature_block_and_recipients(hand_made, name):
    doc, _ = hand_made(name)
    sign = doc.tables[-1]
    left, right = sign.rows[0].cells
    assert [p.text for p in left.paragraphs] == [
        "Nơi nhận:", "- Ban Chỉ đạo Trung ương;", "- Thường trực Tỉnh ủy;", "- Các sở, ban, ngành;",
        "- Lưu: VT, LMHTX."]
    head = left.paragraphs[0]
    assert style_value(head, head.runs[0], "bold") and style_value(head, head.runs[0], "italic")
    assert style_value(head, head.runs[0], "size") == Pt(12)
    assert style_value(left.paragraphs[1], left.paragraphs[1].runs[0], "size") == Pt(11)
    lines = [p for p in right.paragraphs if p.text.strip()]
    assert [p.text for p in lines] == ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Văn Hòa"]
    assert all(style_value(p, p.runs[0], "bold") for p in lines)


def test_notice_summary_names_the_chair(hand_made):
    doc, _ = hand_made("notice-vi")
    body = [p.text for p in doc.paragraphs if p.text.strip()]
    assert body[1] == ("Kết luận của đồng chí Trần Quốc Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo "
                       "tại cuộc họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh Ninh "
                       "Thuận lần thứ 2 năm 2025")


# ---------------------------------------------------------------- the record parts

def _table(doc, first_head):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == first_head)


@pytest.mark.parametrize("name, rows", [
    pytest.param("plan-vi", [
        ["Chỉ tiêu", "Đơn vị tính", "Hiện trạng", "Đến năm 2025", "Đến năm 2030"],
        ["Số hợp tác xã thành lập mới", "hợp tác xã", "", "ít nhất 20", ""],
        ["Tỷ lệ hợp tác xã hoạt động hiệu quả", "%", "", "trên 40", ""],
        ["Vốn hỗ trợ phát triển hợp tác xã", "triệu đồng", "", "9.450", ""],
        ["Tốc độ tăng doanh thu bình quân của hợp tác xã", "%/năm", "", "", "5-6"]], id="plan-vi"),
    pytest.param("plan-th", [
        ["ตัวชี้วัด", "หน่วยนับ", "ค่าฐาน", "เป้าหมายปี 2567"],
        ["สัดส่วนสหกรณ์ที่ผ่านเกณฑ์มาตรฐาน", "ร้อยละ", "", "ไม่น้อยกว่า 80"],
        ["ปริมาณธุรกิจของสหกรณ์", "ล้านบาท", "", "10,500"],
        ["จำนวนสมาชิกใหม่", "คน", "", "2,500"]], id="plan-th-buddhist-years"),
])
def test_targets_table_one_row_per_indicator_one_column_per_year(hand_made, name, rows):
    doc, _ = hand_made(name)
    table = _table(doc, rows[0][0])
    assert [[c.text for c in r.cells] for r in table.rows] == rows


@pytest.mark.parametrize("name, rows", [
    pytest.param("report-vi", [
        ["Chỉ tiêu", "Đơn vị tính", "Năm", "Kế hoạch", "Thực hiện", "Tỷ lệ so với kế hoạch"],
        ["Số hợp tác xã", "hợp tác xã", "2024", "", "187", ""],
        ["Số tổ hợp tác", "tổ hợp tác", "2024", "", "1.981", ""],
        ["Doanh thu bình quân của hợp tác xã", "triệu đồng/hợp tác xã", "2024", "", "1.300", ""],
        ["Tỷ lệ hợp tác xã hoạt động hiệu quả", "%", "2024", "trên 40 (năm 2025)", "34,3", "85,8%"]],
                 id="report-vi-next-deadlines-target"),
    pytest.param("report-th", [
        ["ตัวชี้วัด", "หน่วยนับ", "ปี", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละของเป้าหมาย"],
        ["จำนวนสหกรณ์", "แห่ง", "2565", "", "1,981", ""],
        ["จำนวนสมาชิกสหกรณ์", "คน", "2565", "", "82,256", ""],
        ["ปริมาณธุรกิจรวมของสหกรณ์", "ล้านบาท", "2565", "10,500 (ปี 2567)", "9,450", "ร้อยละ 90"],
        ["สัดส่วนสหกรณ์ที่ผ่านเกณฑ์มาตรฐาน", "ร้อยละ", "2565", "ไม่น้อยกว่า 80 (ปี 2567)", "34.3",
         "ร้อยละ 42.9"]],
                 id="report-th-buddhist-years"),
])
def test_results_table_by_indicator_and_year(hand_made, name, rows):
    doc, _ = hand_made(name)
    table = _table(doc, rows[0][0])
    assert [[c.text for c in r.cells] for r in table.rows] == rows


@pytest.mark.parametrize("name", ["report-vi", "report-th"])
def test_report_narrative_is_the_sources_result_sentences(hand_made, name):
    doc, _ = hand_made(name)
    body = [p.text for p in doc.paragraphs]
    rec = record(LANG[name], "report")
    text = VI_TEXT if LANG[name] == "vi" else TH_TEXT
    results = [f for f in rec["figures"] if f["role"] == "result"]
    line = text[:results[0]["start"]].rsplit("\n", 1)[-1] + text[results[0]["start"]:].split("\n", 1)[0]
    assert any(line.startswith(p) and p for p in body) or line in body


def test_empty_record_parts_leave_dotted_rows(tmp_path):
    rec = record("vi", "plan")
    rec["targets"], rec["tasks"] = [], []
    for fig in rec["figures"]:
        fig["role"] = "result"
    doc, _ = render(tmp_path, "plan-vi", rec, header("vi"))
    table = _table(doc, "Chỉ tiêu")
    assert [c.text for c in table.rows[0].cells] == ["Chỉ tiêu", "Đơn vị tính", "Hiện trạng"]
    assert [c.text for c in table.rows[1].cells] == ["……………"] * 3


def test_plan_cites_its_references_with_date_and_issuer(hand_made):
    doc, _ = hand_made("plan-vi")
    body = [p.text for p in doc.paragraphs]
    assert "Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương;" in body
    assert "Căn cứ Luật Hợp tác xã số 17/2023/QH15;" in body


# ---------------------------------------------------------------- blanks

@pytest.mark.parametrize("name, expected", [
    pytest.param("plan-vi", ["agency", "number", "place", "date", "signer.title", "signer.name",
                             "recipients"], id="plan-vi-title-from-the-plan"),
    pytest.param("minutes-vi", ["agency", "number", "place", "recipients", "secretary.name", "end_time",
                                "absent", "proceedings", "proceedings.conclusions"],
                 id="minutes-vi-date-and-title-from-the-meeting"),
    pytest.param("minutes-th", ["secretary.name", "session", "end_time", "absent", "proceedings",
                                "proceedings.conclusions"], id="minutes-th"),
    pytest.param("notice-th", ["agency", "number", "date", "signer.title", "signer.name", "recipients",
                               "session", "meeting.date", "meeting.location", "meeting.chair.name",
                               "meeting.chair.title", "conclusions"],
                 id="notice-th-without-a-meeting"),
])
def test_missing_header_fields_print_dotted_and_are_named_in_one_warning(tmp_path, name, expected):
    lang = LANG[name]
    doc, warnings = render(tmp_path, name, record(lang, KIND[name]), None)
    blank = [w for w in warnings if w.startswith("left blank")]
    assert len(blank) == 1
    assert len(warnings) == 1 + (name in ("notice-th", "plan-th", "report-th"))   # and the emblem
    named = blank[0].split(": ", 1)[1].split(" (give")[0].split(", ")
    assert named == expected
    assert any("……………" in t for t in texts(doc))
    if lang == "vi":
        assert doc.tables[0].rows[1].cells[0].text.strip() == "Số: ……………"


def test_a_blank_date_prints_the_vietnamese_form_to_fill(tmp_path):
    doc, _ = render(tmp_path, "plan-vi", record("vi", "plan"), {"place": "Ninh Thuận"})
    assert doc.tables[0].rows[1].cells[1].text.strip() == "Ninh Thuận, ngày …… tháng …… năm ……"


def test_thai_digits_on_request(tmp_path):
    doc, _ = render(tmp_path, "plan-th", record("th", "plan"), dict(header("th"), digits="thai"))
    body = [p.text for p in doc.paragraphs if p.text.strip()]
    assert body[0] == "๒๑ พฤศจิกายน ๒๕๖๕"
    assert not any(ch.isascii() and ch.isdigit() for t in texts(doc) for ch in t)


# ---------------------------------------------------------------- corpus records

def date_line(doc, name):
    """The place-and-date line in its official form (None if it is not there)."""
    if LANG[name] == "vi":
        return VI_DATE_LINE.match(doc.tables[0].rows[1].cells[1].text.strip())
    if name == "minutes-th":
        line = next(p.text for p in doc.paragraphs if p.text.startswith("เมื่อวันที่"))
        return TH_DATE.search(line) or line == "เมื่อวันที่ …………… เวลา …… น."
    if name == "notice-th":
        line = next(p.text for p in doc.paragraphs if p.text.startswith("ที่"))
        return TH_DATE.fullmatch(line.split("วันที่  ", 1)[1])
    return TH_DATE.fullmatch(next(p.text for p in doc.paragraphs if p.text.strip()))


CORPUS_DOCS = {
    "vi": ["vi/bien-ban-hop-bcd-kttt-quang-binh-2025.txt", "vi/ke-hoach-kttt-hoa-binh-2025-2030-bang-muc-tieu.docx",
           "vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt", "vi/thong-bao-ket-luan-bcd-kttt-ha-tinh-2025.txt"],
    "th": ["th/rai-ngan-prachum-kammakan-sahakon-khonkaen-1-2567.txt",
           "th/rai-ngan-phon-kan-damnoen-ngan-sahakon-ubon-2566.docx"],
}


@cache
def corpus_record(rel):
    return coopdocs.extract(CORPUS / rel)


@pytest.mark.parametrize("name, source", [
    pytest.param(name, rel, id=f"{name}-{rel.split('/')[1].rsplit('.', 1)[0]}")
    for name in NAMES for rel in CORPUS_DOCS[LANG[name]]
])
def test_every_builtin_renders_from_corpus_records(tmp_path, name, source):
    rec = corpus_record(source)
    doc, warnings = render(tmp_path, name, rec, header(LANG[name]))
    blanks = [w.split(": ", 1)[1].split(" (give")[0].split(", ") for w in warnings if "left blank" in w]
    # every header field was given: only what the records lack (a plan has no meeting, a
    # report's tasks no deadline) is blank
    parts = ("meeting.", "proceedings", "conclusions", "tasks", "narrative")
    assert all(b.startswith(parts) for names in blanks for b in names), warnings
    s = doc.sections[0]
    assert (round(s.page_width.cm, 2), round(s.page_height.cm, 2)) == (21.0, 29.7)
    for got, (lo, hi) in zip((s.top_margin, s.bottom_margin, s.left_margin, s.right_margin),
                             MARGINS[LANG[name]]):
        assert lo - 0.01 <= got.cm <= hi + 0.01
    assert doc.styles["Normal"].font.name == FONT[LANG[name]]
    all_text = texts(doc)
    assert not [t for t in all_text if any(tag in t for tag in TAGS)]
    assert date_line(doc, name)
    if KIND[name] in ("plan", "report"):    # every row of the body's tables names its indicator
        for table in doc.tables[1:]:
            rows = [[c.text for c in r.cells] for r in table.rows[1:]]
            assert all(r[0].strip() for r in rows), rows
