"""A .docx read as Word shows it: automatic list numbers, page headers and footers,
footnotes, text boxes; numbered task lines give their tasks, and scores match the .txt."""
import pytest
from docx.oxml import parse_xml
from office_inputs import W_NS, numbered_docx
from scoring import compare, corpus_texts, place, text_of

from coopdocs import extract
from coopdocs.readers import read_source
from coopdocs.readers.numbering import Lists


def _numbering(levels: str, nums: str = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'):
    return parse_xml(f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
                     f'{levels}</w:abstractNum>{nums}</w:numbering>')


def _level(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def _ppr(ilvl, num="1"):
    return parse_xml(f'<w:pPr xmlns:w="{W_NS}"><w:numPr><w:ilvl w:val="{ilvl}"/>'
                     f'<w:numId w:val="{num}"/></w:numPr></w:pPr>')


THREE_LEVELS = (_level(0, "upperRoman", "%1.") + _level(1, "decimal", "%2.")
                + _level(2, "lowerLetter", "%3)"))


@pytest.mark.parametrize("levels,paragraphs,labels", [
    pytest.param(_level(0, "decimal", "%1."), [0, 0, 0], ["1.", "2.", "3."], id="decimal"),
    pytest.param(_level(0, "decimal", "%1.", start=5), [0, 0], ["5.", "6."], id="start"),
    pytest.param(_level(0, "lowerLetter", "%1)"), [0, 0], ["a)", "b)"], id="letters"),
    pytest.param(_level(0, "upperLetter", "%1."), [0, 0], ["A.", "B."], id="capital-letters"),
    pytest.param(_level(0, "upperRoman", "%1."), [0, 0, 0, 0], ["I.", "II.", "III.", "IV."],
                 id="roman"),
    pytest.param(_level(0, "lowerRoman", "(%1)"), [0, 0], ["(i)", "(ii)"], id="small-roman"),
    pytest.param(_level(0, "bullet", "\uf0b7"), [0, 0], ["-", "-"], id="symbol-bullet"),
    pytest.param(_level(0, "bullet", "+"), [0], ["+"], id="text-bullet"),
    pytest.param(_level(0, "decimal", "%1.") + _level(1, "decimal", "%1.%2."),
                 [0, 1, 1, 0, 1], ["1.", "1.1.", "1.2.", "2.", "2.1."], id="outline"),
    pytest.param(THREE_LEVELS, [0, 1, 2, 2, 1, 2, 0, 1],
                 ["I.", "1.", "a)", "b)", "2.", "a)", "II.", "1."], id="levels-restart"),
    pytest.param(_level(0, "decimal", "%1.") + _level(1, "lowerLetter", "%2)",
                                                      extra='<w:lvlRestart w:val="0"/>'),
                 [0, 1, 0, 1], ["1.", "a)", "2.", "b)"], id="no-restart"),
    pytest.param(_level(0, "decimal", "Điều %1."), [0, 0], ["Điều 1.", "Điều 2."], id="words"),
    pytest.param(_level(0, "thaiNumbers", "%1."), [0, 0], ["๑.", "๒."], id="thai-digits"),
])
def test_list_labels(levels, paragraphs, labels):
    lists = Lists.of(_numbering(levels))
    assert [lists.label(_ppr(k)) for k in paragraphs] == labels


def test_a_list_that_restarts_and_one_that_goes_on():
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    lists = Lists.of(_numbering(_level(0, "decimal", "%1."), nums))
    assert [lists.label(_ppr(0, n)) for n in "11223"] == ["1.", "2.", "3.", "4.", "1."]


def test_no_list_no_label():
    lists = Lists.of(_numbering(_level(0, "decimal", "%1.")))
    assert lists.label(None) == "" and lists.label(_ppr(0, "0")) == ""
    assert lists.label(_ppr(0, "9")) == ""  # a list numbering.xml does not define


NOTICE = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 58/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 12 tháng 3 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo phát triển kinh tế tập thể
Ngày 10/3/2025, đồng chí Nguyễn Văn Bình, Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo. \
Sau khi nghe báo cáo, đồng chí Chủ tịch kết luận:
1. Năm 2024 toàn tỉnh có 215 hợp tác xã, tăng 12 hợp tác xã so với năm 2023.
2. Nhiệm vụ thời gian tới:
a) Giao Sở Tài chính chủ trì rà soát nguồn vốn hỗ trợ hợp tác xã, báo cáo UBND tỉnh \
trước ngày 31/3/2025.
b) Giao Liên minh Hợp tác xã tỉnh hướng dẫn 40 hợp tác xã sửa đổi điều lệ trước ngày 30/6/2025.
3. Giao UBND các huyện rà soát các hợp tác xã ngừng hoạt động, hoàn thành trước ngày 15/5/2025.
Nơi nhận:
- Các sở, ngành;
- Lưu: VT."""
FOOTER = "Văn phòng UBND tỉnh"
FOOTNOTE = "Theo Kế hoạch số 61/KH-UBND ngày 05/3/2024."
BOX = "Đã ký"


@pytest.fixture
def notice_docx(tmp_path):
    f = tmp_path / "thong-bao.docx"
    f.write_bytes(numbered_docx(NOTICE, 5, footer=FOOTER, footnote=FOOTNOTE, box=BOX))
    return f


def test_the_docx_reads_as_word_shows_it(notice_docx):
    """Header (agency, number, motto, dateline) first, numbers as Word draws them, the text
    box once after the paragraph that holds it, the footer without its page number, then the
    footnote."""
    assert read_source(notice_docx).text == f"{NOTICE}\n{BOX}\n{FOOTER} - Trang \n{FOOTNOTE}"


def test_numbered_task_lines_give_their_tasks_and_no_deadline_is_the_meeting_date(notice_docx):
    record = extract(notice_docx)
    assert [(t["assignee"], t["deadline"]) for t in record["tasks"]] == [
        ("Sở Tài chính", "2025-03-31"), ("Liên minh Hợp tác xã tỉnh", "2025-06-30"),
        ("UBND các huyện", "2025-05-15")]
    assert record["meeting"]["date"] == "2025-03-10"
    assert {r["text"] for r in record["references"]} >= {"58/TB-UBND"}


def test_the_docx_gives_what_the_same_text_gives(notice_docx, tmp_path):
    txt = tmp_path / "thong-bao.txt"
    txt.write_text(NOTICE, encoding="utf-8")
    a, b = extract(notice_docx), extract(txt)
    for key in ("tasks", "figures", "dates"):  # those of the body (the footnote has a date)
        assert [i["text"] for i in a[key] if i["start"] < len(NOTICE)] == [
            i["text"] for i in b[key]], key
    assert a["meeting"]["date"] == b["meeting"]["date"]
    assert a["source"]["kind"] == b["source"]["kind"]


def test_a_text_box_in_drawing_and_vml_is_read_once(notice_docx):
    assert read_source(notice_docx).text.count(BOX) == 1


def _header_lines(lines: list[str]) -> int:
    """The lines a Vietnamese document's page header holds: up to its dateline."""
    for k, line in enumerate(lines[:8]):
        if "ngày" in line and "tháng" in line and "năm" in line:
            return k + 1
    return 0


def test_corpus_texts_as_numbered_docx_score_as_the_txt(tmp_path):
    """Every annotated corpus text as a .docx: list items auto-numbered, the header lines in
    the page header: the scores are those of the .txt."""
    for source in corpus_texts():
        text = text_of(source).rstrip("\n")
        place(tmp_path / "txt", source, ".txt", text.encode("utf-8"))
        place(tmp_path / "docx", source, ".docx",
              numbered_docx(text, _header_lines(text.split("\n"))))
    assert compare(tmp_path / "txt", tmp_path / "docx") == {}


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_with_no_meeting_date_in_the_body_no_deadline_is_taken(tmp_path, suffix):
    """A notice whose body names no date for the meeting: the task deadlines (`trước ngày
    31/3/2025`) are no meeting date; the dateline of the header is the one left."""
    text = NOTICE.replace("Ngày 10/3/2025, đồng chí", "Đồng chí")
    f = tmp_path / f"thong-bao{suffix}"
    f.write_bytes(numbered_docx(text, 5) if suffix == ".docx" else text.encode("utf-8"))
    record = extract(f)
    assert [t["deadline"] for t in record["tasks"]] == ["2025-03-31", "2025-06-30", "2025-05-15"]
    assert record["meeting"]["date"] == "2025-03-12"


def test_a_style_numbers_its_paragraphs():
    """Word's list styles (List Number) carry the numbering in the style, not the paragraph."""
    styles = parse_xml(f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" '
                       'w:styleId="ListNumber"><w:pPr><w:numPr><w:ilvl w:val="0"/>'
                       '<w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    lists = Lists.of(_numbering(_level(0, "decimal", "%1)")), styles)
    ppr = parse_xml(f'<w:pPr xmlns:w="{W_NS}"><w:pStyle w:val="ListNumber"/></w:pPr>')
    assert [lists.label(ppr), lists.label(ppr)] == ["1)", "2)"]


def test_content_controls_of_the_body_are_read(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Trước")
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Có 12 hợp tác xã'
        '</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    d.save(tmp_path / "sdt.docx")
    assert read_source(tmp_path / "sdt.docx").text == "Trước\nCó 12 hợp tác xã"
