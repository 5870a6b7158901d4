"""End-to-end tests of the command line on real files: formats, exit codes, bad input."""
import csv
import io
import json
import zipfile

import docx
import pytest
from click.testing import CliRunner

from coopdocs.cli import main
from coopdocs.readers import SUFFIXES

VI = "Năm 2023, toàn tỉnh có 1.981 tổ hợp tác và 341 hợp tác xã, doanh thu đạt 1,3 tỷ đồng/HTX.\n"
TH = "ในปี 2566 จังหวัดมีสหกรณ์ 1,981 แห่ง มีสมาชิก 82,256 ราย\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def docs(tmp_path):
    (tmp_path / "vi.txt").write_text(VI, encoding="utf-8")
    (tmp_path / "th.txt").write_text(TH, encoding="utf-8")
    return tmp_path


def test_json_single_file_is_one_object(runner, docs):
    res = runner.invoke(main, ["extract", str(docs / "vi.txt")])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)
    assert rec["schema"] == "coopdocs.record/1"
    assert rec["source"]["lang"] == "vi"
    assert [f["value"] for f in rec["figures"]] == [1981, 341, 1300000000]
    assert rec["figures"][2]["per"] == "HTX"


def test_folder_gives_array_in_path_order_and_jsonl(runner, docs):
    res = runner.invoke(main, ["extract", str(docs)])
    assert res.exit_code == 0
    recs = json.loads(res.output)
    assert [r["source"]["lang"] for r in recs] == ["th", "vi"]
    res = runner.invoke(main, ["extract", "--format", "jsonl", str(docs)])
    assert [json.loads(line)["source"]["lang"] for line in res.output.splitlines()] == ["th", "vi"]


def test_csv_has_bom_and_one_row_per_figure(runner, docs, tmp_path):
    out = tmp_path / "out.csv"
    res = runner.invoke(main, ["extract", "--format", "csv", "-o", str(out), str(docs / "th.txt")])
    assert res.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["text"], r["value"], r["unit"]) for r in rows] == [("1,981 แห่ง", "1981", "แห่ง"), ("82,256 ราย", "82256", "ราย")]
    assert list(rows[0]) == ["document", "start", "end", "text", "value", "value_max", "kind", "unit",
                             "qualifier", "per", "subject", "year", "indicator", "indicator_id",
                             "role", "sha256"]
    assert [(r["indicator"], r["indicator_id"], r["role"]) for r in rows][1] == (
        "จำนวนสมาชิกสหกรณ์", "coops.members", "result")


def test_every_span_indexes_the_text(runner, docs):
    for name, text in (("vi.txt", VI), ("th.txt", TH)):
        rec = json.loads(runner.invoke(main, ["extract", str(docs / name)]).output)
        for cat in ("figures", "dates", "targets", "references"):
            for item in rec[cat]:
                assert text[item["start"]:item["end"]] == item["text"]


def test_lang_override(runner, tmp_path):
    f = tmp_path / "short.txt"
    f.write_text("12 HTX\n", encoding="utf-8")
    res = runner.invoke(main, ["extract", str(f)])
    assert res.exit_code == 1 and "--lang" in res.output
    res = runner.invoke(main, ["extract", "--lang", "vi", str(f)])
    assert res.exit_code == 0 and json.loads(res.output)["figures"][0]["value"] == 12


def _corrupt_docx(p):
    p.write_bytes(b"PK\x03\x04 not really a zip")


def _binary(p):
    p.write_bytes(bytes(range(256)) * 4)


def _undecodable(p):
    p.write_bytes("Toàn tỉnh có ".encode() + b"\xff\xfe\xfa 12 HTX")


def _empty(p):
    p.write_bytes(b"")


def _docx_without_document(p):
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "x")


@pytest.mark.parametrize("name, make, message", [
    pytest.param("empty.txt", _empty, "empty", id="empty-file"),
    pytest.param("blob.txt", _binary, "binary", id="binary-file"),
    pytest.param("bad.txt", _undecodable, "not UTF-8", id="undecodable-bytes"),
    pytest.param("bad.docx", _corrupt_docx, ".docx", id="corrupt-docx"),
    pytest.param("nodoc.docx", _docx_without_document, ".docx", id="zip-without-document"),
    pytest.param("data.epub", lambda p: p.write_bytes(b"PK\x03\x04"), "unsupported file type",
                 id="unknown-extension"),
    pytest.param("data.pdf", lambda p: p.write_bytes(b"%PDF-1.4"), "not a valid PDF", id="truncated-pdf"),
])
def test_bad_input_is_one_line_and_the_rest_is_processed(runner, docs, tmp_path, name, make, message):
    bad = tmp_path / name
    make(bad)
    res = runner.invoke(main, ["extract", str(bad), str(docs / "vi.txt")])
    assert res.exit_code == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and errors[0].startswith(f"coopdocs: {bad}: ") and message in errors[0]
    assert "Traceback" not in res.output
    assert json.loads(res.stdout)[0]["source"]["lang"] == "vi"


def test_folder_with_nothing_supported(runner, docs, tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "notes.epub").write_bytes(b"PK")
    res = runner.invoke(main, ["extract", str(empty), str(docs / "th.txt")])
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"coopdocs: {empty}: no supported documents in this folder "
                                  f"({', '.join(SUFFIXES)})")
    assert json.loads(res.stdout)[0]["source"]["lang"] == "th"


def test_output_never_overwrites_an_input(runner, docs):
    src = docs / "vi.txt"
    res = runner.invoke(main, ["extract", "-o", str(src), str(src)])
    assert res.exit_code == 2
    assert src.read_text(encoding="utf-8") == VI


def test_failed_run_leaves_no_output_file(runner, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.json"
    res = runner.invoke(main, ["extract", "-o", str(out), str(bad)])
    assert res.exit_code == 1 and not out.exists()
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("args, culprit, code", [
    (["text", "{tmp}/missing.txt"], "{tmp}/missing.txt", 1),
    (["extract", "{tmp}/missing.txt"], "{tmp}/missing.txt", 1),
    (["extract", "-o", "{tmp}/vi.txt", "{tmp}/vi.txt"], "-o {tmp}/vi.txt", 2),
    (["extract", "-o", "{tmp}/nowhere/out.json", "{tmp}/vi.txt"], "{tmp}/nowhere/out.json", 2),
    (["evaluate", "{tmp}/missing"], "{tmp}/missing", 1),
    (["evaluate", "{tmp}/vi.txt"], "{tmp}/vi.txt", 1),
    (["render", "plan-vi", "{tmp}/missing.json", "-o", "{tmp}/out.docx"], "{tmp}/missing.json", 1),
    (["render", "plan-vi", "{tmp}/vi.txt", "-o", "{tmp}/out.txt"], "-o {tmp}/out.txt", 2),
    (["minutes", "{tmp}/missing.txt", "-o", "{tmp}/out.docx"], "{tmp}/missing.txt", 1),
], ids=["text-missing", "extract-missing", "extract-output-is-input", "extract-output-folder",
        "evaluate-missing", "evaluate-no-gold", "render-missing-records", "render-not-docx",
        "minutes-missing"])
def test_every_command_reports_an_error_the_same_way(runner, docs, args, culprit, code):
    res = runner.invoke(main, [a.format(tmp=docs) for a in args])
    assert res.exit_code == code, res.output
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert res.stderr.startswith(f"coopdocs: {culprit.format(tmp=docs)}"), res.stderr
    assert res.stdout == ""


def test_usage_error_exit_2(runner):
    assert runner.invoke(main, ["extract", "--format", "xml", "x.txt"]).exit_code == 2
    assert runner.invoke(main, ["extract"]).exit_code == 2


@pytest.mark.parametrize("encoding, bom", [
    pytest.param("utf-8", b"", id="utf8"),
    pytest.param("utf-8", b"\xef\xbb\xbf", id="utf8-bom"),
    pytest.param("utf-16-le", b"\xff\xfe", id="utf16le-bom"),
    pytest.param("utf-16-be", b"\xfe\xff", id="utf16be-bom"),
])
def test_text_encodings(runner, tmp_path, encoding, bom):
    f = tmp_path / "doc.txt"
    f.write_bytes(bom + TH.encode(encoding))
    res = runner.invoke(main, ["text", str(f)])
    assert res.exit_code == 0 and res.output == TH
    rec = json.loads(runner.invoke(main, ["extract", str(f)]).output)
    assert rec["figures"][0]["text"] == "1,981 แห่ง"


def test_docx_paragraphs_and_table_cells_in_order(runner, tmp_path):
    d = docx.Document()
    d.add_paragraph("BÁO CÁO kết quả năm 2024")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Số hợp tác xã"
    t.cell(0, 1).text = "341 hợp tác xã"
    inner = t.cell(1, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "1.981 tổ hợp tác"
    t.cell(1, 1).text = "82.256 thành viên"
    d.add_paragraph("Hết.")
    f = tmp_path / "bang.docx"
    d.save(f)
    res = runner.invoke(main, ["text", str(f)])
    # python-docx ends a cell that holds a table with an empty paragraph, as Word requires
    assert res.output == "BÁO CÁO kết quả năm 2024\nSố hợp tác xã\n341 hợp tác xã\n\n1.981 tổ hợp tác\n\n82.256 thành viên\nHết."
    rec = json.loads(runner.invoke(main, ["extract", str(f)]).output)
    assert [x["value"] for x in rec["figures"]] == [341, 1981, 82256]
    for x in rec["figures"]:
        assert res.output[x["start"]:x["end"]] == x["text"]


def test_html_visible_text(runner, tmp_path):
    f = tmp_path / "tin.html"
    f.write_text("<html><head><style>p{}</style><script>var x=5;</script></head><body>"
                 "<h1>Hội nghị</h1><p>Toàn tỉnh có 1.981 tổ hợp tác &amp; 341 hợp tác xã.</p></body></html>",
                 encoding="utf-8")
    out = runner.invoke(main, ["text", str(f)]).output
    assert out == "Hội nghị\nToàn tỉnh có 1.981 tổ hợp tác & 341 hợp tác xã."


def test_help_does_not_import_spacy():
    import subprocess
    import sys
    code = "import sys; from coopdocs.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\nprint('spacy' in sys.modules, 'docx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False False")
