"""The proceedings of minutes are the notes' own content, in order: between the facts the
form prints itself (title, time, place, people, agenda list) and the notes' closing line;
agenda items as headings, the discussion as paragraphs, conclusions marked (the record's spans
or the notes' own labels), a list of assignments left to the tasks table; an item without a
conclusion gets a dotted one. Table-driven over short notes in each language."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.render.filters import Blank
from coopdocs.render.proceedings import from_notes, from_record, lines, resolutions


def span(text, s):
    at = text.index(s)
    return {"start": at, "end": at + len(s), "text": s}


def rec(title=None, agenda=(), conclusions=(), tasks=(), text="", **meeting):
    return {"source": {"title": title}, "tasks": [span(text, t) for t in tasks],
            "meeting": {"agenda": list(agenda), "conclusions": [span(text, c) for c in conclusions],
                        **meeting}}


def outline(sections):
    """[(heading, [(kind, text, labelled)])], blanks as '…'."""
    return [(s["heading"], [(b["kind"], "…" if isinstance(b["text"], Blank) else b["text"], b["labelled"])
                            for b in s["blocks"]]) for s in sections]


VI_NOTES = (
    "BIÊN BẢN\n"
    "Cuộc họp giao ban Liên minh Hợp tác xã tỉnh tháng 5\n"
    "Thời gian: 14 giờ 00, ngày 06/5/2025\n"
    "Địa điểm: Phòng họp tầng 3\n"
    "Chủ trì: Ông Lê Minh Quân, Chủ tịch\n"
    "Thư ký: Bà Phan Thu Trang\n"
    "Thành phần tham dự:\n"
    "- Các Phó Chủ tịch;\n"
    "- Trưởng các phòng, ban.\n"
    "\n"
    "NỘI DUNG\n"
    "1. Tình hình tháng 4\n"
    "Phòng Tổng hợp báo cáo tình hình hoạt động của các hợp tác xã trong tháng.\n"
    "Kết luận: Các phòng bám sát cơ sở.\n"
    "2. Nhiệm vụ tháng 5\n"
    "Các đại biểu thống nhất chương trình công tác.\n"
    "PHÂN CÔNG\n"
    "- Giao Phòng Tổng hợp xây dựng báo cáo quý II trước ngày 20/6/2025.\n"
    "- Giao Văn phòng chuẩn bị hội nghị sơ kết trước ngày 30/6/2025.\n"
    "Cuộc họp kết thúc lúc 16 giờ 00.\n"
    "THƯ KÝ\n"
    "Phan Thu Trang\n"
)
VI_TASKS = ["Giao Phòng Tổng hợp xây dựng báo cáo quý II trước ngày 20/6/2025.",
            "Giao Văn phòng chuẩn bị hội nghị sơ kết trước ngày 30/6/2025."]
VI_TITLE = "BIÊN BẢN Cuộc họp giao ban Liên minh Hợp tác xã tỉnh tháng 5"

TH_NOTES = (
    "รายงานการประชุมคณะกรรมการดำเนินการสหกรณ์การเกษตรหนองบัว จำกัด\n"
    "ครั้งที่ 5/2568\n"
    "เมื่อวันที่ 9 พฤษภาคม 2568\n"
    "ณ ห้องประชุมสหกรณ์\n"
    "ผู้มาประชุม\n"
    "1. นายบุญมี ทองสุข ประธานกรรมการ\n"
    "2. นางสาววรรณา ศรีดี กรรมการและเลขานุการ\n"
    "ผู้ไม่มาประชุม\n"
    "1. นายเอก ใจงาม ติดธุระ\n"
    "ผู้เข้าร่วมประชุม\n"
    "1. นางดาว แสงใส ผู้ตรวจสอบกิจการ\n"
    "เริ่มประชุมเวลา ๑๓.๓๐ น.\n"
    "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
    "ประธานแจ้งกำหนดการประชุมใหญ่\n"
    "มติที่ประชุม รับทราบ\n"
    "ระเบียบวาระที่ 2 เรื่องเพื่อพิจารณา\n"
    "ผู้จัดการเสนอแผนการจำหน่ายปุ๋ย\n"
    "ระเบียบวาระที่ 3 เรื่องอื่น ๆ\n"
    "ไม่มี\n"
    "เลิกประชุมเวลา ๑๕.๐๐ น.\n"
    "(นางสาววรรณา ศรีดี)\n"
    "ผู้จดรายงานการประชุม\n"
)
TH_TITLE = "รายงานการประชุมคณะกรรมการดำเนินการสหกรณ์การเกษตรหนองบัว จำกัด"

CASES = [
    pytest.param(
        "vi", VI_NOTES, rec(VI_TITLE),
        [("", [("sub", "1. Tình hình tháng 4", False),
               ("text", "Phòng Tổng hợp báo cáo tình hình hoạt động của các hợp tác xã trong tháng.", False),
               ("conclusion", "Các phòng bám sát cơ sở.", True),
               ("sub", "2. Nhiệm vụ tháng 5", False),
               ("text", "Các đại biểu thống nhất chương trình công tác.", False),
               ("sub", "PHÂN CÔNG", False),
               ("text", "- Giao Phòng Tổng hợp xây dựng báo cáo quý II trước ngày 20/6/2025.", False),
               ("text", "- Giao Văn phòng chuẩn bị hội nghị sơ kết trước ngày 30/6/2025.", False)])],
        id="vi-labels-alone-numbered-lines-are-headings-inside"),
    pytest.param(
        "vi", VI_NOTES,
        rec(VI_TITLE, agenda=["Tình hình tháng 4", "Nhiệm vụ tháng 5"], tasks=VI_TASKS, text=VI_NOTES),
        [("Tình hình tháng 4", [
            ("text", "Phòng Tổng hợp báo cáo tình hình hoạt động của các hợp tác xã trong tháng.", False),
            ("conclusion", "Các phòng bám sát cơ sở.", True)]),
         ("Nhiệm vụ tháng 5", [("text", "Các đại biểu thống nhất chương trình công tác.", False),
                               ("conclusion", "…", True)])],
        id="vi-agenda-headings-list-of-tasks-left-to-the-table-dotted-conclusion"),
    pytest.param(
        "vi", VI_NOTES,
        rec(VI_TITLE, agenda=["1. Tình hình tháng 4", "2. Nhiệm vụ tháng 5"], text=VI_NOTES,
            conclusions=["Các đại biểu thống nhất chương trình công tác."]),
        [("Tình hình tháng 4", [
            ("text", "Phòng Tổng hợp báo cáo tình hình hoạt động của các hợp tác xã trong tháng.", False),
            ("conclusion", "Các phòng bám sát cơ sở.", True)]),
         ("Nhiệm vụ tháng 5", [("conclusion", "Các đại biểu thống nhất chương trình công tác.", True),
                               ("sub", "PHÂN CÔNG", False),
                               ("text", "- Giao Phòng Tổng hợp xây dựng báo cáo quý II trước ngày 20/6/2025.",
                                False),
                               ("text", "- Giao Văn phòng chuẩn bị hội nghị sơ kết trước ngày 30/6/2025.",
                                False)])],
        id="vi-record-conclusion-numbered-agenda-items-tasks-not-found-stay"),
    pytest.param(
        "th", TH_NOTES, rec(TH_TITLE),
        [("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", [("text", "ประธานแจ้งกำหนดการประชุมใหญ่", False),
                                               ("conclusion", "รับทราบ", True)]),
         ("เรื่องเพื่อพิจารณา", [("text", "ผู้จัดการเสนอแผนการจำหน่ายปุ๋ย", False), ("conclusion", "…", True)]),
         ("เรื่องอื่น ๆ", [("text", "ไม่มี", False)])],
        id="th-agenda-words-resolution-label-nothing-needs-no-resolution"),
    pytest.param(
        "vi",
        "BIÊN BẢN HỌP\nThời gian: 8 giờ\nNội dung:\n1. Báo cáo quý I;\n2. Kế hoạch quý II.\n"
        "Kết luận của chủ trì:\nGiao Văn phòng hoàn thiện kế hoạch quý II.\n"
        "Cuộc họp kết thúc lúc 10 giờ.",
        rec("BIÊN BẢN HỌP", agenda=["Báo cáo quý I", "Kế hoạch quý II"]),
        [("", [("text", "1. Báo cáo quý I;", False), ("text", "2. Kế hoạch quý II.", False),
               ("sub", "Kết luận của chủ trì:", False),
               ("conclusion", "Giao Văn phòng hoàn thiện kế hoạch quý II.", False)])],
        id="vi-agenda-list-under-noi-dung-is-no-heading-a-label-heads-the-conclusion"),
    pytest.param(
        "th", "รายงานการประชุมกลุ่มเกษตรกร\nเริ่มประชุมเวลา 10.00 น.\nมติที่ประชุม\nเห็นชอบให้จัดอบรมสมาชิก\n"
        "เลิกประชุมเวลา 11.00 น.", rec("รายงานการประชุมกลุ่มเกษตรกร"),
        [("", [("sub", "มติที่ประชุม", False), ("conclusion", "เห็นชอบให้จัดอบรมสมาชิก", False)])],
        id="th-resolution-label-on-its-own-line"),
]


@pytest.mark.parametrize("lang, text, record, expected", CASES)
def test_proceedings_from_notes(lang, text, record, expected):
    layout, _ = from_notes(text, record, lang)
    assert outline(layout.sections) == expected


@pytest.mark.parametrize("lang, text, record, extras, guests", [
    pytest.param("th", TH_NOTES, rec(TH_TITLE), [], ["นางดาว แสงใส ผู้ตรวจสอบกิจการ"], id="th-guests"),
    pytest.param("vi", "BIÊN BẢN\nHội nghị sơ kết\ntổng kết quý I\n\n1. Thời gian: 8 giờ\n"
                 "2. Dự và chỉ đạo: Đồng chí Mai Văn Tư, Phó Bí thư Tỉnh ủy.\n3. Chủ trì: Ông Lê An\n"
                 "II. NỘI DUNG\nBáo cáo quý I.", rec("BIÊN BẢN Hội nghị sơ kết"),
                 ["2. Dự và chỉ đạo: Đồng chí Mai Văn Tư, Phó Bí thư Tỉnh ủy."], [],
                 id="vi-a-fact-the-form-has-no-place-for-title-read-short"),
])
def test_header_lines_the_form_has_no_place_for(lang, text, record, extras, guests):
    layout, _ = from_notes(text, record, lang)
    assert layout.extras == extras
    assert layout.guests == guests
    said = [b[1] for _, blocks in outline(layout.sections) for b in blocks]
    assert "tổng kết quý I" not in said and said


@pytest.mark.parametrize("lang, text, record, missing", [
    pytest.param("vi", VI_NOTES, rec(VI_TITLE, agenda=["Nhiệm vụ tháng 5"]), ["proceedings.conclusions"],
                 id="vi-an-item-without-conclusion"),
    pytest.param("vi", "BIÊN BẢN\nCuộc họp\nThời gian: 8 giờ\nCuộc họp kết thúc lúc 9 giờ.",
                 rec("BIÊN BẢN Cuộc họp"), ["proceedings", "proceedings.conclusions"],
                 id="vi-notes-with-nothing-said"),
    pytest.param("th", "รายงานการประชุม\nเริ่มประชุมเวลา 10.00 น.\nมติที่ประชุม รับทราบ\n", rec(), [],
                 id="th-all-there"),
])
def test_what_the_notes_leave_blank(lang, text, record, missing):
    assert from_notes(text, record, lang)[1] == missing


def test_without_the_notes_the_record_lays_out_its_items_and_conclusions():
    record = {"meeting": {"agenda": ["ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ", "เรื่องเพื่อพิจารณา"],
                          "conclusions": [{"start": 0, "end": 9, "text": "มติที่ประชุม รับทราบ"}]}}
    layout, missing = from_record(record, "th")
    assert outline(layout.sections) == [
        ("เรื่องแจ้งเพื่อทราบ", [("text", "…", False)]), ("เรื่องเพื่อพิจารณา", [("text", "…", False)]),
        ("", [("conclusion", "รับทราบ", True)])]
    assert missing == ["proceedings"]


def test_resolutions_by_topic_for_the_notice():
    layout, _ = from_notes(VI_NOTES, rec(VI_TITLE), "vi")
    assert resolutions("vi", layout.sections) == [
        {"number": "1", "heading": "Tình hình tháng 4", "texts": ["Các phòng bám sát cơ sở."]}]


@pytest.mark.parametrize("text", ["a\r\nb", "a\nb", "  a  \n\tb"], ids=["crlf", "lf", "indented"])
def test_lines_keep_offsets(text):
    for ln in lines(text):
        assert text[ln.start:ln.end] == ln.text


def test_crlf_notes_lay_out_as_lf_notes():
    crlf = VI_NOTES.replace("\n", "\r\n")
    record = rec(VI_TITLE, agenda=["Tình hình tháng 4"], tasks=VI_TASKS, text=crlf)
    want = rec(VI_TITLE, agenda=["Tình hình tháng 4"], tasks=VI_TASKS, text=VI_NOTES)
    assert outline(from_notes(crlf, record, "vi")[0].sections) == outline(from_notes(VI_NOTES, want, "vi")[0].sections)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab Kết luận:-1.\nมติที่ประชุม ระเบียบวาระที่ ;")), max_size=300),
       lang=st.sampled_from(["vi", "th"]))
def test_any_notes_lay_out_without_error(text, lang):
    layout, missing = from_notes(text, rec(text[:20]), lang)
    assert layout.sections and set(missing) <= {"proceedings", "proceedings.conclusions"}
    shown = [b["text"] for s in layout.sections for b in s["blocks"] if not isinstance(b["text"], Blank)]
    assert all(t.strip() and t.strip() in " ".join(text.split()) or t in text for t in shown)
