"""Figures in tables (docs/records.md Figure `indicator`, `role`, `year`, `cell`): a cell's
figure measures its row's label, belongs to its column header's year and takes the header's
role (`Hiện trạng` baseline, `Thực hiện` result, `Ước thực hiện` estimate, `Kế hoạch` /
`Đến năm` / `เป้าหมายปี` target); row numbers, `-` cells and year headers are no figures.
Tables come from .docx files and from rows laid out in plain text (tabs, `|`, aligned
spaces)."""
import re
from pathlib import Path

import pytest

from coopdocs import extract, extract_text
from coopdocs.readers import read_document
from coopdocs.rules.tables import text_cells

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# What a column header names, written for this test from the header words of docs/domain.md
# (independently of lang/*/table_headers.tsv): role, then a pattern of the header's start.
HEADER_ROLES = [
    ("estimate", r"Ước"),
    ("baseline", r"Hiện trạng|ค่าฐาน"),
    ("result", r"Thực hiện|Năm \d{4}$|ปี \d{4}$|ผลการดำเนินงาน"),
    ("target", r"Kế hoạch|Đến năm|Mục tiêu|เป้าหมาย"),
]


def expected_role(header):
    return next((role for role, rx in HEADER_ROLES if re.match(rx, header.strip())), None)


def _cells_by_place(path):
    text, cells = read_document(path)
    return text, {(c.table, c.row, c.col): text[c.start:c.end].strip() for c in cells}


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.docx")), ids=lambda p: p.name)
def test_corpus_table_figures_have_their_row_indicator_and_column_year_and_role(path):
    _, cells = _cells_by_place(path)
    record = extract(path)
    in_cells = [f for f in record["figures"] if f["cell"] and f["cell"]["row"] > 0]
    assert in_cells, "the document has a table with figures"
    for f in in_cells:
        t, r, c = f["cell"]["table"], f["cell"]["row"], f["cell"]["column"]
        label, header = cells[t, r, 0], cells[t, 0, c]
        part = re.match(r"(?i)trong đó:?\s*", label)
        if part:  # a part of the row above: the row above's label, then the part
            assert f["indicator"] == f"{cells[t, r - 1, 0]} {label[part.end():]}", f
        else:
            assert f["indicator"] == label, f
        year = re.search(r"\d{4}", header)
        assert f["year"] is not None and str(f["year"]) == str(
            int(year.group()) - (543 if int(year.group()) > 2400 else 0)), (header, f)
        assert f["role"] == expected_role(header), (header, f)


def _docx(path, title, rows, before=()):
    import docx

    d = docx.Document()
    d.add_paragraph(title)
    for line in before:
        d.add_paragraph(line)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(path)
    return path


VI_PLAN = [("STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2024", "Đến năm 2027",
            "Đến năm 2030"),
           ("1", "Số hợp tác xã nông nghiệp", "HTX", "210", "250", "300"),
           ("2", "Thu nhập bình quân của thành viên", "triệu đồng/năm", "48", "-", "70"),
           ("3", "Tỷ lệ hợp tác xã tham gia chuỗi giá trị", "%", "18", "30", "45")]
TH_PLAN = [("ลำดับ", "ตัวชี้วัด", "หน่วยนับ", "ค่าฐาน ปี 2567", "เป้าหมายปี 2570",
            "เป้าหมายปี 2573"),
           ("1", "จำนวนสมาชิกสหกรณ์", "คน", "41,200", "44,000", "-"),
           ("2", "รายได้เฉลี่ยของสมาชิก", "บาท", "152,000", "170,000", "190,000"),
           ("3", "สัดส่วนสหกรณ์ที่ผ่านเกณฑ์มาตรฐาน", "ร้อยละ", "72", "80", "90")]

# (row label, column, text, indicator id, kind, year, role)
VI_EXPECTED = [
    ("Số hợp tác xã nông nghiệp", 3, "210", "coops.agri_count", "count", 2024, "baseline"),
    ("Số hợp tác xã nông nghiệp", 4, "250", "coops.agri_count", "count", 2027, "target"),
    ("Số hợp tác xã nông nghiệp", 5, "300", "coops.agri_count", "count", 2030, "target"),
    ("Thu nhập bình quân của thành viên", 3, "48", "members.income_avg", "money", 2024,
     "baseline"),
    ("Thu nhập bình quân của thành viên", 5, "70", "members.income_avg", "money", 2030, "target"),
    ("Tỷ lệ hợp tác xã tham gia chuỗi giá trị", 4, "30", "coops.value_chain_share", "percent",
     2027, "target"),
]
TH_EXPECTED = [
    ("จำนวนสมาชิกสหกรณ์", 3, "41,200", "coops.members", "count", 2024, "baseline"),
    ("จำนวนสมาชิกสหกรณ์", 4, "44,000", "coops.members", "count", 2027, "target"),
    ("รายได้เฉลี่ยของสมาชิก", 5, "190,000", "members.income_avg", "money", 2030, "target"),
    ("สัดส่วนสหกรณ์ที่ผ่านเกณฑ์มาตรฐาน", 3, "72", "coops.standard_share", "percent", 2024,
     "baseline"),
]


def check_table(record, expected, rows):
    figures = [f for f in record["figures"] if f["cell"]]
    numbered = {row[0] for row in rows[1:]}
    assert not [f for f in figures if f["cell"]["column"] == 0 and f["text"] in numbered], \
        "row numbers are no figures"
    assert len(figures) == sum(1 for row in rows[1:] for v in row[3:] if v != "-"), figures
    for label, column, text, iid, kind, year, role in expected:
        row = next(r for r, cells in enumerate(rows) if cells[1] == label)
        f = next(f for f in figures if (f["cell"]["row"], f["cell"]["column"]) == (row, column))
        got = (f["text"], f["indicator"], f["indicator_id"], f["kind"], f["year"], f["role"])
        assert got == (text, label, iid, kind, year, role), f
    goals = {(t["start"], t["end"]) for t in record["targets"]}
    assert goals == {(f["start"], f["end"]) for f in record["figures"] if f["role"] == "target"}


@pytest.mark.parametrize("lang,title,rows,expected", [
    ("vi", "Biểu chỉ tiêu phát triển hợp tác xã giai đoạn 2025-2030", VI_PLAN, VI_EXPECTED),
    ("th", "ตารางตัวชี้วัดแผนพัฒนาสหกรณ์ พ.ศ. 2568-2573", TH_PLAN, TH_EXPECTED),
], ids=["vi", "th"])
def test_docx_table_with_baseline_and_two_target_columns(tmp_path, lang, title, rows, expected):
    record = extract(_docx(tmp_path / "plan.docx", title, rows), lang)
    check_table(record, expected, rows)


def _as_text(title, rows, how):
    if how == "tabs":
        lines = ["\t".join(row) for row in rows]
    elif how == "pipes":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
    else:  # aligned spaces
        widths = [max(len(row[c]) for row in rows) + 3 for c in range(len(rows[0]))]
        lines = ["".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return title + "\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("how", ["tabs", "pipes", "spaces"])
@pytest.mark.parametrize("lang,title,rows,expected", [
    ("vi", "Biểu chỉ tiêu phát triển hợp tác xã giai đoạn 2025-2030", VI_PLAN, VI_EXPECTED),
    ("th", "ตารางตัวชี้วัดแผนพัฒนาสหกรณ์ พ.ศ. 2568-2573", TH_PLAN, TH_EXPECTED),
], ids=["vi", "th"])
def test_text_rows_are_a_table(lang, title, rows, expected, how):
    check_table(extract_text(_as_text(title, rows, how), lang), expected, rows)


def test_a_unit_line_above_the_table_gives_the_unit(tmp_path):
    rows = [("Chỉ tiêu", "Thực hiện 2024", "Ước thực hiện 2025", "Kế hoạch 2026"),
            ("Tổng doanh thu của hợp tác xã", "1.250", "1.400", "1.600")]
    path = _docx(tmp_path / "t.docx", "Biểu 02", rows, before=["Đơn vị tính: tỷ đồng"])
    figures = [f for f in extract(path, "vi")["figures"] if f["cell"]]
    assert [(f["value"], f["kind"], f["unit"], f["role"], f["year"]) for f in figures] == [
        (1250000000000, "money", "VND", "result", 2024),
        (1400000000000, "money", "VND", "estimate", 2025),
        (1600000000000, "money", "VND", "target", 2026)]
    assert {f["indicator_id"] for f in figures} == {"coops.revenue_total"}


@pytest.mark.parametrize("text", [
    "Hội nghị  có  nhiều ý kiến.\nCác đại biểu  thống nhất  kết luận.\n",  # two lines of prose
    "ผู้มาประชุม  นายสมชาย  ใจดี\nประธานกรรมการ  สหกรณ์  บ้านนา\nเลขานุการ  นางสาวมาลี  สุขใจ\n",
    "Số hợp tác xã\t120\n",  # one line
    ("Số ký hiệu:\t15/KH-UBND\tNgày ban hành:\t12/01/2026\n"
     "Cơ quan ban hành:\tUBND tỉnh\tNgười ký:\tNguyễn Văn An\n"),  # label: value pairs
    ("1. Nguyễn Văn An\tPhó Chủ tịch UBND tỉnh\tTrưởng ban\n"
     "2. Trần Thị Bình\tGiám đốc Sở Tài chính\tThành viên\n"),  # a numbered list of people
], ids=["prose-vi", "names-th", "one-line", "label-value-pairs", "numbered-people"])
def test_text_that_is_no_table_has_no_cells(text):
    assert text_cells(text) == []
