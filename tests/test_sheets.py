"""Statistics workbooks and CSV tables: every sheet a table whose figures get their
indicator, unit, year and role from the row label and the column headers."""
import io
import subprocess

import openpyxl
import pytest
from click.testing import CliRunner

from coopdocs import extract
from coopdocs.cli import main
from coopdocs.errors import InputError
from coopdocs.readers import office, read_source, sheets

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2023", "Thực hiện 2024",
          "Kế hoạch 2025"]
ROWS = [[1, "Số hợp tác xã", "HTX", 203, 215, 230],
        [2, "Số thành viên hợp tác xã", "người", 15230, 16105, 17000],
        [3, "Doanh thu bình quân một hợp tác xã", "tỷ đồng", 1.35, 1.5, 1.8],
        [4, "Tỷ lệ hợp tác xã hoạt động hiệu quả", "%", 0.62, 0.665, 0.7]]

# (text, value, unit, year, indicator_id, role) of every figure of the first sheet
EXPECTED = [
    ("203", 203, "HTX", 2023, "coops.count", "result"),
    ("215", 215, "HTX", 2024, "coops.count", "result"),
    ("230", 230, "HTX", 2025, "coops.count", "target"),
    ("15.230", 15230, "người", 2023, "coops.members", "result"),
    ("16.105", 16105, "người", 2024, "coops.members", "result"),
    ("17.000", 17000, "người", 2025, "coops.members", "target"),
    ("1,35", 1350000000, "VND", 2023, "coops.revenue_avg", "result"),
    ("1,5", 1500000000, "VND", 2024, "coops.revenue_avg", "result"),
    ("1,8", 1800000000, "VND", 2025, "coops.revenue_avg", "target"),
    ("62%", 62, "%", 2023, "coops.effective_share", "result"),
    ("66,5%", 66.5, "%", 2024, "coops.effective_share", "result"),
    ("70%", 70, "%", 2025, "coops.effective_share", "target"),
]


def workbook() -> bytes:
    """A statistics workbook as a provincial office sends it: a title row, a blank row, the
    table (percentages formatted as such, one total a formula), and a second sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    ws.append(["Biểu 01: Kết quả phát triển kinh tế tập thể tỉnh Hà Nam"])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for col in "DEF":
        ws[f"{col}7"].number_format = "0.0%"
    other = wb.create_sheet("Tổ hợp tác")
    other.append(["Chỉ tiêu", "ĐVT", "Năm 2024"])
    other.append(["Số tổ hợp tác", "THT", 1981])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _figures(record, table=0):
    return [(f["text"], f["value"], f["unit"], f["year"], f["indicator_id"], f["role"])
            for f in record["figures"] if (f.get("cell") or {}).get("table") == table]


@pytest.fixture
def book(tmp_path):
    f = tmp_path / "bieu.xlsx"
    f.write_bytes(workbook())
    return f


def test_every_figure_of_the_workbook_gets_indicator_unit_year_and_role(book):
    record = extract(book)
    assert _figures(record) == EXPECTED
    assert [(f["indicator"], f["cell"]) for f in record["figures"][:1]] == [
        ("Số hợp tác xã", {"table": 0, "row": 1, "column": 3})]
    assert _figures(record, 1) == [("1.981", 1981, "THT", 2024, "groups.count", "result")]
    assert [t["text"] for t in record["targets"]] == ["230", "17.000", "1,8", "70%"]


def test_sheets_are_parted_and_title_lines_come_before_the_table(book):
    lines = read_source(book).text.split("\n")
    assert lines[:4] == ["=== Biểu 01 ===", ("Biểu 01: Kết quả phát triển kinh tế tập thể tỉnh "
                         "Hà Nam"), "STT", "Chỉ tiêu"]
    assert "=== Tổ hợp tác ===" in lines


def test_cells_are_where_the_text_is(book):
    source = read_source(book)
    assert source.cells[0].row == 0 and source.text[source.cells[1].start:source.cells[1].end] \
        == "Chỉ tiêu"
    assert all("\n" not in source.text[c.start:c.end] for c in source.cells)


def test_a_formula_gives_the_value_excel_saved(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Chỉ tiêu", "Đơn vị tính", "Thực hiện 2024"])
    wb.active.append(["Số hợp tác xã", "HTX", "=100+115"])
    f = tmp_path / "formula.xlsx"
    wb.save(f)  # openpyxl saves no computed value: the cell is empty, nothing is computed
    assert "215" not in read_source(f).text and "=100" not in read_source(f).text


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["utf8", "utf8-bom"])
def test_a_csv_table(tmp_path, delimiter, bom):
    rows = [HEADER, *ROWS[:2]]
    text = "\n".join(delimiter.join(f'"{v}"' if "," in str(v) else str(v) for v in r)
                     for r in rows)
    f = tmp_path / "bieu.csv"
    f.write_bytes(bom + text.encode("utf-8"))
    assert _figures(extract(f)) == EXPECTED[:6]


THAI_CSV = """ลำดับ,ตัวชี้วัด,หน่วย,ผลการดำเนินงานปี 2566,เป้าหมายปี 2567
1,จำนวนสหกรณ์,แห่ง,64,70
2,จำนวนสมาชิก,คน,78900,80000
3,ปริมาณธุรกิจ,ล้านบาท,1520.5,1600
"""


def test_a_thai_csv_writes_numbers_as_thai_does(tmp_path):
    f = tmp_path / "th.csv"
    f.write_text(THAI_CSV, encoding="utf-8")
    assert _figures(extract(f)) == [
        ("64", 64, "แห่ง", 2023, "coops.count", "result"),
        ("70", 70, "แห่ง", 2024, "coops.count", "target"),
        ("78,900", 78900, "คน", 2023, "coops.members", "result"),
        ("80,000", 80000, "คน", 2024, "coops.members", "target"),
        ("1,520.5", 1520500000, "THB", 2023, "coops.business_volume", "result"),
        ("1,600", 1600000000, "THB", 2024, "coops.business_volume", "target")]


@pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")
def test_an_xls_made_by_libreoffice_reads_as_the_xlsx(book, tmp_path):
    subprocess.run([office.soffice(), f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=300)
    assert read_source(tmp_path / "bieu.xls").text == read_source(book).text
    assert _figures(extract(tmp_path / "bieu.xls")) == EXPECTED


def test_too_many_cells_is_one_line(book, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_CELLS", 10)
    with pytest.raises(InputError, match="more than 10 filled cells"):
        read_source(book)


@pytest.mark.parametrize("name,data", [
    pytest.param("broken.xlsx", b"PK\x03\x04 not a workbook", id="xlsx"),
    pytest.param("broken.xls", b"\xd0\xcf\x11\xe0 not a workbook", id="xls"),
])
def test_a_broken_workbook_is_one_line(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    res = CliRunner().invoke(main, ["extract", str(f)])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1
    assert res.stderr.startswith(f"coopdocs: {f}: ") and "Traceback" not in res.stderr


def test_a_header_of_two_rows_under_merged_years(tmp_path):
    """`Năm 2024` merged over `Kế hoạch | Thực hiện`: each column gets the year and its role."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Bảng 2. Chỉ tiêu phát triển hợp tác xã"])
    ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", None, "Năm 2025"])
    ws.append([None, None, None, "Kế hoạch", "Thực hiện", "Kế hoạch"])
    ws.merge_cells("D2:E2")
    ws.append([1, "Số hợp tác xã", "HTX", 220, 215, 230])
    ws.append(["A", "Nông nghiệp", None, None, None, None])  # a section row stays a row
    ws.append([2, "Số thành viên hợp tác xã", "người", 16000, 16105, 17000])
    f = tmp_path / "bieu2.xlsx"
    wb.save(f)
    assert [(t, y, i, r) for t, _, _, y, i, r in _figures(extract(f))] == [
        ("220", 2024, "coops.count", "target"), ("215", 2024, "coops.count", "result"),
        ("230", 2025, "coops.count", "target"), ("16.000", 2024, "coops.members", "target"),
        ("16.105", 2024, "coops.members", "result"), ("17.000", 2025, "coops.members", "target")]


def test_a_compression_bomb_workbook_is_refused(tmp_path):
    import zipfile

    f = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * (8 * 2**20) + "</a>")
    with pytest.raises(InputError, match=r"refused \.xlsx: .*sheet1\.xml inflates .* bomb"):
        read_source(f)


def test_a_csv_in_an_old_code_is_converted(tmp_path):
    from coopdocs.readers import legacy

    text = "\n".join(",".join(str(v) for v in r) for r in [HEADER, *ROWS[:2]])
    f = tmp_path / "old.csv"
    f.write_bytes(legacy.code("tcvn3").encode(text))
    with pytest.warns(legacy.LegacyEncodingWarning):
        assert read_source(f).about == {"encoding": "tcvn3"}
