"""`coopdocs extract --format xlsx -o FILE`: a workbook for analysts, opened with openpyxl.

Sheets Targets, Figures, References and Tasks (one row an item, the document first), a frozen
header row with filters over every row, columns as wide as their text, numbers as numbers."""
import openpyxl
import pytest
from click.testing import CliRunner

from coopdocs import extract
from coopdocs.cli import main

PLAN_VI = ("KẾ HOẠCH phát triển kinh tế tập thể năm 2026\n"
           "Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.\n"
           "Năm 2025, toàn tỉnh có 410 hợp tác xã với 21.300 thành viên.\n"
           "Mục tiêu đến năm 2030:\n"
           "- Số hợp tác xã: 520 hợp tác xã;\n"
           "- Doanh thu bình quân: 4 tỷ đồng/hợp tác xã;\n"
           "- Tỷ lệ hợp tác xã khá, tốt: trên 65%.\n"
           "Giao Sở Tài chính chủ trì, báo cáo trước ngày 31/3/2026.\n")
PLAN_TH = ("ภายในปี 2570 มีเป้าหมาย ดังนี้\n1. จำนวนสหกรณ์ 210 แห่ง\n"
           "2. รายได้เฉลี่ยของสมาชิก 185,000 บาทต่อปี\n")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx")
    (folder / "ke-hoach.txt").write_text(PLAN_VI, encoding="utf-8")
    (folder / "phaen.txt").write_text(PLAN_TH, encoding="utf-8")
    out = folder / "targets.xlsx"
    res = CliRunner().invoke(main, ["extract", str(folder), "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 0, res.output
    records = {p.name: extract(folder / p.name) for p in sorted(folder.glob("*.txt"))}
    return openpyxl.load_workbook(out), records


def rows(sheet):
    values = list(sheet.iter_rows(values_only=True))
    return values[0], [dict(zip(values[0], row)) for row in values[1:]]


def test_the_sheets_and_their_columns(workbook):
    book, _ = workbook
    assert book.sheetnames == ["Targets", "Figures", "References", "Tasks"]
    header, _ = rows(book["Targets"])
    assert header == ("document", "indicator", "indicator_id", "value", "unit", "qualifier",
                      "deadline", "role", "text")
    assert {"document", "indicator", "indicator_id", "role", "year", "value"} <= set(
        rows(book["Figures"])[0])


def test_every_target_is_a_row_with_its_figure_and_indicator(workbook):
    book, records = workbook
    _, targets = rows(book["Targets"])
    expected = sum(len(r["targets"]) for r in records.values())
    assert len(targets) == expected >= 5
    by_text = {t["text"]: t for t in targets}
    money = by_text["4 tỷ đồng"]
    assert (money["indicator"], money["indicator_id"], money["value"], money["unit"],
            money["deadline"], money["role"]) == ("Doanh thu bình quân", "coops.revenue_avg",
                                                 4000000000, "VND", "2030", "target")
    share = by_text["trên 65%"]
    assert (share["value"], share["qualifier"], share["indicator_id"]) == (
        65, "over", "coops.effective_share")
    assert by_text["210 แห่ง"]["indicator"] == "จำนวนสหกรณ์"


def test_numbers_are_numbers_and_figures_keep_their_roles(workbook):
    book, _ = workbook
    _, figures = rows(book["Figures"])
    assert figures and all(isinstance(f["value"], int | float) for f in figures)
    roles = {f["text"]: f["role"] for f in figures}
    assert roles["410 hợp tác xã"] == "result" and roles["520 hợp tác xã"] == "target"
    _, refs = rows(book["References"])
    assert [r["number"] for r in refs] == ["20-NQ/TW"]
    _, tasks = rows(book["Tasks"])
    assert tasks and tasks[0]["deadline"] == "2026-03-31"


@pytest.mark.parametrize("name", ["Targets", "Figures", "References", "Tasks"])
def test_header_frozen_filtered_and_columns_fit(workbook, name):
    book, _ = workbook
    sheet = book[name]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == sheet.dimensions
    assert [c.font.bold for c in sheet[1]] == [True] * sheet.max_column
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    for column in sheet.iter_cols():
        longest = max(len(str(c.value)) for c in column if c.value is not None)
        width = sheet.column_dimensions[column[0].column_letter].width
        assert min(longest, 58) + 2 <= width <= max(10, longest + 2), (column[0].value, width)


def test_xlsx_needs_an_output_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(PLAN_VI, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "--format", "xlsx"])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.splitlines() == [
        "coopdocs: --format xlsx writes a binary workbook: give -o FILE.xlsx"]


def test_xlsx_never_replaces_an_input(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(PLAN_VI, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "--format", "xlsx", "-o", str(src)])
    assert res.exit_code == 2
    assert src.read_text(encoding="utf-8") == PLAN_VI


def test_control_characters_do_not_stop_the_workbook(tmp_path):
    src = tmp_path / "bao-cao.txt"
    src.write_text("Năm 2025 có 410 hợp tác xã với 21.300 thành viên.\n"
                   "Giao Sở Tài chính chủ trì,\x0b báo cáo trước ngày 31/3/2026.\n", encoding="utf-8")
    out = tmp_path / "t.xlsx"
    res = CliRunner().invoke(main, ["extract", str(src), "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    book = openpyxl.load_workbook(out)
    assert [f["value"] for f in rows(book["Figures"])[1]] == [410, 21300]
    assert [t["text"] for t in rows(book["Tasks"])[1]] == [
        "Giao Sở Tài chính chủ trì,\ufffd báo cáo trước ngày 31/3/2026."]
