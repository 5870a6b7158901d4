"""`coopdocs progress` end to end: the JSON's evidence spans index the documents, the workbook
and the Word report read back (openpyxl, python-docx), the review page shows the pairing and
its pairs file fixes a pair; bad input is one line and writes nothing."""
import json
import re
from html.parser import HTMLParser

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from progress_data import (
    AN_LAC_2025,
    AN_LAC_2026,
    AN_LAC_PLAN,
    DATA,
    SUKHAPHIBAN_2568,
    SUKHAPHIBAN_PLAN,
)

from coopdocs.cli import main
from coopdocs.progress.outputs import COLOURS
from coopdocs.readers import read_text

AN_LAC = [str(DATA / AN_LAC_PLAN), "--results", str(DATA / AN_LAC_2025), str(DATA / AN_LAC_2026)]
SUKHAPHIBAN = [str(DATA / SUKHAPHIBAN_PLAN), "-r", str(DATA / SUKHAPHIBAN_2568)]
HEADER = ["--set", "agency=Ủy ban nhân dân tỉnh An Lạc", "--set", "number=15/BC-UBND",
          "--set", "place=An Lạc", "--set", "date=2026-12-28", "--set", "signer.name=Trần Văn Bình",
          "--set", "signer.title=Chủ tịch", "--set", "recipients=Sở Tài chính"]
TH_HEADER = ["--set", "agency=สำนักงานสหกรณ์จังหวัดสุขภิบาล", "--set", "number=สภ 0010/123",
             "--set", "date=2025-10-20", "--set", "signer.name=นายสมชาย ใจดี",
             "--set", "signer.title=สหกรณ์จังหวัดสุขภิบาล", "--set", "recipients=ผู้ว่าราชการจังหวัด"]
# The Word table of the two-report case: indicator, unit, baseline, target, result, %, status.
AN_LAC_TABLE = [
    ["Số hợp tác xã", "hợp tác xã", "400 (2024)", "trên 460 (2030)", "461 (2026)", "100,2", "Đạt"],
    ["Số thành viên hợp tác xã", "thành viên", "52.000 (2024)", "70.000 (2030)", "58.000 (2026)",
     "82,9", "Đúng tiến độ"],
    ["Doanh thu bình quân của hợp tác xã", "tỷ đồng/năm", "2 (2024)", "3,5 (2030)", "2,3 (2026)",
     "65,7", "Chậm tiến độ"],
    ["Tỷ lệ hợp tác xã hoạt động hiệu quả", "%", "50 (2024)", "80 (2030)", "62 (2026)", "77,5",
     "Đúng tiến độ"],
    ["Tỷ lệ hợp tác xã yếu kém", "%", "12 (2024)", "không quá 5 (2030)", "4,5 (2026)", "90,0", "Đạt"],
    ["Số hợp tác xã ứng dụng công nghệ cao", "hợp tác xã", "", "150 (2030)", "35 (2026)", "23,3",
     "Không so sánh được"],
    ["Thu nhập bình quân của thành viên hợp tác xã", "triệu đồng/năm", "", "80 (2030)", "", "",
     "Chưa có kết quả"],
]
SUKHAPHIBAN_TABLE = [   # Buddhist-era years in the Thai report
    ["จำนวนสหกรณ์ภายใน", "แห่ง", "120 (2566)", "ไม่น้อยกว่า 135 (2570)", "128 (2568)", "94.8",
     "เป็นไปตามแผน"],
    ["จำนวนสมาชิกสหกรณ์", "คน", "48,000 (2566)", "56,000 (2570)", "51,000 (2568)", "91.1",
     "ต่ำกว่าแผน"],
    ["ปริมาณธุรกิจรวมของสหกรณ์", "ล้านบาท", "2,400 (2566)", "3,200 (2570)", "2,900 (2568)", "90.6",
     "เป็นไปตามแผน"],
    ["สหกรณ์ที่มีผลการดำเนินงานระดับดี", "ร้อยละ", "40 (2566)", "60 (2570)", "52 (2568)", "86.7",
     "เป็นไปตามแผน"],
    ["รายได้เฉลี่ยของสมาชิกสหกรณ์", "บาท ต่อปี", "95,000 (2566)", "120,000 (2570)", "", "",
     "ยังไม่มีผลการดำเนินงาน"],
]


def run(*args):
    return CliRunner().invoke(main, ["progress", *map(str, args)])


@pytest.fixture(scope="module")
def an_lac_json():
    res = run(*AN_LAC)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_json_evidence_spans_index_the_documents(an_lac_json):
    texts = {}
    for row in an_lac_json["rows"]:
        plan = texts.setdefault(AN_LAC_PLAN, read_text(DATA / AN_LAC_PLAN))
        t = row["target"]
        assert plan[t["start"]:t["end"]] == t["text"]
        for part in ("baseline", "result"):
            found = row[part]
            if found:
                text = texts.setdefault(found["document"], read_text(DATA / found["document"]))
                assert text[found["start"]:found["end"]] == found["text"]
                assert found["key"] == f"{found['document']}#{found['start']}"
    assert [r["status"] for r in an_lac_json["rows"]] == [
        "achieved", "on_track", "behind", "on_track", "achieved", "not_comparable", "no_result"]
    assert an_lac_json["schema"] == "coopdocs.progress/1"


def word_table(path):
    doc = docx.Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text in ("Đánh giá", "ผลการประเมิน"))
    return doc, [[c.text for c in row.cells[1:]] for row in table.rows[1:]]


def all_text(doc):
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        out += [c.text for row in t.rows for c in row.cells]
    return "\n".join(out)


def test_the_vietnamese_word_report_reads_back(tmp_path):
    out = tmp_path / "danh-gia.docx"
    res = run(*AN_LAC, "-o", out, *HEADER)
    assert res.exit_code == 0, res.output
    assert res.stderr == ""   # every header field given
    doc, rows = word_table(out)
    assert rows == AN_LAC_TABLE
    text = all_text(doc)
    assert "Đánh giá kết quả thực hiện các chỉ tiêu so với kế hoạch" in text
    assert "An Lạc, ngày 28 tháng 12 năm 2026" in text
    for line in ("- Đạt: 2 chỉ tiêu;", "- Chưa có kết quả: 1 chỉ tiêu;",
                 ("- Chỉ tiêu 6 (số hợp tác xã ứng dụng công nghệ cao): chưa có số liệu năm gốc "
                  "để tính tiến độ.")):
        assert line in text
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_the_thai_word_report_reads_back(tmp_path):
    out = tmp_path / "rai-ngan.docx"
    res = run(*SUKHAPHIBAN, "-o", out, *TH_HEADER)
    assert res.exit_code == 0, res.output
    doc, rows = word_table(out)
    assert rows == SUKHAPHIBAN_TABLE
    text = all_text(doc)
    assert "20 ตุลาคม 2568" in text and "- บรรลุเป้าหมาย 0 ตัวชี้วัด" in text
    assert doc.styles["Normal"].font.name == "TH Sarabun New"


def test_render_computes_the_table_from_records_of_plans_and_reports(tmp_path):
    records = tmp_path / "records.json"
    res = CliRunner().invoke(main, ["extract", str(DATA / AN_LAC_2025), str(DATA / AN_LAC_PLAN),
                                    str(DATA / AN_LAC_2026), "-o", str(records)])
    assert res.exit_code == 0, res.output
    out = tmp_path / "from-render.docx"
    res = CliRunner().invoke(main, ["render", "progress-vi", str(records), "-o", str(out), *HEADER])
    assert res.exit_code == 0, res.output
    assert word_table(out)[1] == AN_LAC_TABLE


def test_the_workbook_reads_back_coloured_by_status(tmp_path):
    out = tmp_path / "progress.xlsx"
    res = run(*AN_LAC, "-o", out)
    assert res.exit_code == 0, res.output
    sheet = openpyxl.load_workbook(out)["Progress"]
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    got = [dict(zip(head, r)) for r in rows[1:]]
    assert [(r["indicator_id"], r["status"], r["percent"]) for r in got] == [
        ("coops.count", "achieved", 100.2), ("coops.members", "on_track", 82.9),
        ("coops.revenue_avg", "behind", 65.7), ("coops.effective_share", "on_track", 77.5),
        ("coops.weak_share", "achieved", 90), ("coops.hightech_count", "not_comparable", 23.3),
        ("members.income_avg", "no_result", None)]
    revenue = got[2]
    assert (revenue["baseline"], revenue["target"], revenue["result"]) == (2e9, 3.5e9, 2.3e9)
    assert revenue["status_label"] == "Chậm tiến độ" and revenue["result_text"] == "2,3 tỷ đồng"
    status = openpyxl.utils.get_column_letter(head.index("status") + 1)
    rules = {}
    for area in sheet.conditional_formatting:
        assert str(area.sqref) == f"A2:U{len(rows)}"
        for rule in area.rules:
            found = re.fullmatch(rf'\${status}2="(\w+)"', rule.formula[0])
            rules[found[1]] = rule.dxf.fill.fgColor.rgb[-6:]
    assert rules == COLOURS
    assert sheet.freeze_panes == "A2"


class Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.pairs, self._pre = [], "", False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "data-key" in a:
            self.rows.append((a["data-key"], a["data-status"]))
        self._pre = tag == "pre" and a.get("class") == "pairs"

    def handle_data(self, data):
        if self._pre:
            self.pairs += data

    def handle_endtag(self, tag):
        self._pre = self._pre and tag != "pre"


def test_the_review_page_shows_the_pairing_and_its_pairs_file_fixes_a_pair(tmp_path, an_lac_json):
    page = tmp_path / "progress.html"
    res = run(*AN_LAC, "-o", page)
    assert res.exit_code == 0, res.output
    found = Rows()
    found.feed(page.read_text(encoding="utf-8"))
    assert found.rows == [(r["key"], r["status"]) for r in an_lac_json["rows"]]
    pairs = json.loads(found.pairs)
    revenue = next(r for r in an_lac_json["rows"] if r["indicator_id"] == "coops.revenue_avg")
    assert {"target": revenue["key"], "result": revenue["result"]["key"]} in pairs["pairs"]
    # the 2025 report's figure, which the page lists among the other results
    other = next(k for k in revenue["candidates"] if k.startswith(AN_LAC_2025))
    assert other in page.read_text(encoding="utf-8")
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps({"pairs": [{"target": revenue["key"], "result": other}]}),
                     encoding="utf-8")
    res = run(*AN_LAC, "--pairs", fixes)
    assert res.exit_code == 0, res.output
    row = next(r for r in json.loads(res.stdout)["rows"] if r["key"] == revenue["key"])
    assert (row["result"]["year"], row["percent"], row["paired_by"]) == (2025, 62.9, "override")


def test_the_text_table(an_lac_json):
    res = run(*AN_LAC, "--format", "text")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == 2 + len(an_lac_json["rows"])
    assert re.search(r"số hợp tác xã +\| hợp tác xã +\| 400 \(2024\) +\| trên 460 \(2030\) +\| "
                     r"461 \(2026\) +\| 100,2 +\| Đạt", lines[2])


@pytest.mark.parametrize("args, status, message", [
    pytest.param(["-o", "{plan}"], 2, "one of the input files", id="output-is-an-input"),
    pytest.param(["-o", "{tmp}/out.pdf"], 2, "extensions", id="unknown-extension"),
    pytest.param(["--pairs", "{tmp}/missing.json"], 1, "missing.json: no such file",
                 id="no-pairs-file"),
    pytest.param(["--pairs", "{tmp}/bad.json"], 1, "bad.json: ", id="pairs-not-json"),
    pytest.param(["--pairs", "{tmp}/unknown.json"], 1, "unknown.json: pairs[0]: no target",
                 id="pairs-unknown-target"),
    pytest.param(["--format", "text", "-o", "{tmp}/x.json"], 2, "--format", id="format-and-o"),
])
def test_bad_input_is_one_line_and_nothing_written(tmp_path, args, status, message):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "unknown.json").write_text('{"pairs": [{"target": "x.txt#1", "result": null}]}',
                                           encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_bytes((DATA / AN_LAC_PLAN).read_bytes())
    before = sorted(p.name for p in tmp_path.iterdir())
    args = [a.format(tmp=tmp_path, plan=plan) for a in args]
    res = run(plan, "--results", DATA / AN_LAC_2026, *args)
    assert res.exit_code == status
    assert len(res.stderr.strip().splitlines()) == 1 and message in res.stderr, res.stderr
    assert "Traceback" not in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert plan.read_bytes() == (DATA / AN_LAC_PLAN).read_bytes()


def test_a_plan_without_targets_is_one_line(tmp_path):
    res = run(DATA / AN_LAC_2026, "--results", DATA / AN_LAC_2025)
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"coopdocs: {DATA / AN_LAC_2026}: the plans hold no targets: "
                                  "nothing to set results against")


def test_a_missing_report_is_one_line():
    res = run(DATA / AN_LAC_PLAN, "--results", DATA / "nowhere.txt")
    assert res.exit_code == 1
    assert res.stderr.strip() == f"coopdocs: {DATA / 'nowhere.txt'}: no such file or folder"


def test_records_files_are_read_as_they_are(tmp_path, an_lac_json):
    records = tmp_path / "plan.json"
    res = CliRunner().invoke(main, ["extract", str(DATA / AN_LAC_PLAN), "-o", str(records)])
    assert res.exit_code == 0
    res = run(records, "--results", DATA / AN_LAC_2025, DATA / AN_LAC_2026)
    assert res.exit_code == 0, res.output
    got = json.loads(res.stdout)["rows"]
    assert [r["status"] for r in got] == [r["status"] for r in an_lac_json["rows"]]


def test_every_field_of_a_row_is_documented(an_lac_json):
    from conftest import ROOT

    doc = (ROOT / "docs" / "progress.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(\w+)`", doc))
    row = next(r for r in an_lac_json["rows"] if r["baseline"] and r["result"])
    fields = set(row) | set(row["target"]) | set(row["result"]) | set(row["baseline"])
    assert fields - named == set()
    assert set(an_lac_json) - named == set()
