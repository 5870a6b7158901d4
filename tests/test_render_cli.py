"""End to end: `coopdocs templates`, `templates check`, `render` and `minutes` with click's
CliRunner; bad input is one line `coopdocs: FILE: problem` and exit 1 (2 for usage errors),
with nothing written and no input overwritten."""
import json
import subprocess
import sys
import zipfile

import docx
import pytest
from click.testing import CliRunner
from test_render_check import user_template
from test_render_data import VI_TEXT, header, record

from coopdocs.cli import main


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args])
    return invoke


@pytest.fixture
def files(tmp_path):
    (tmp_path / "records.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([record("vi", "plan"), record("vi", "report")],
                                                   ensure_ascii=False), encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        "".join(json.dumps(record("th", k), ensure_ascii=False) + "\n" for k in ("plan", "report")),
        encoding="utf-8")
    (tmp_path / "context.json").write_text(json.dumps(header("vi"), ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _texts(path):
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out += [c.text for c in row.cells]
    return out


def test_templates_lists_every_builtin(run):
    res = run("templates")
    assert res.exit_code == 0, res.output
    names = [line.split()[0] for line in res.stdout.splitlines() if not line.startswith(" ")]
    assert names == ["minutes-vi", "minutes-th", "plan-vi", "plan-th", "report-vi", "report-th", "notice-vi",
                     "notice-th", "progress-vi", "progress-th"]


def test_templates_json(run):
    res = run("templates", "--json")
    rows = json.loads(res.stdout)
    assert {r["name"]: (r["lang"], r["kind"]) for r in rows}["plan-th"] == ("th", "plan")
    plan_vi = next(r for r in rows if r["name"] == "plan-vi")
    assert {"agency", "number", "place", "date", "signer", "recipients", "plan", "bases", "tasks"} <= set(plan_vi["fields"])
    assert set(rows[0]) == {"name", "lang", "kind", "description", "fields"}


def test_templates_check_a_builtin(run):
    res = run("templates", "check", "notice-vi")
    assert res.exit_code == 0
    assert res.stdout.startswith("notice-vi: ok (reads ")


def test_templates_check_reports_each_problem_with_its_place(run, tmp_path):
    path = user_template(tmp_path / "mau.docx", ["{{ agency }}", "{{ signer.nmae }}", "{% if x %}"],
                         [["{{ t.indicator }}", "{{ numbr }}"]])
    res = run("templates", "check", path)
    assert res.exit_code == 1
    assert res.stdout.splitlines() == [
        f"{path}: paragraph 3: syntax error: 'if' is never closed (no 'endif')",
        f"{path}: paragraph 2: undefined variable 'signer.nmae' (did you mean 'signer.name'?)",
        f"{path}: paragraph 3: undefined variable 'x'",
        f"{path}: table 1 row 1 cell 1: undefined variable 't'",
        f"{path}: table 1 row 1 cell 2: undefined variable 'numbr' (did you mean 'number'?)",
    ]
    assert res.stderr == f"{path}: 5 problems\n"


def test_templates_check_knows_extra_context_fields(run, tmp_path):
    path = user_template(tmp_path / "mau.docx", ["{{ hotline }}"])
    assert run("templates", "check", path).exit_code == 1
    assert run("templates", "check", path, "--set", "hotline=0232.3866.145").exit_code == 0


def test_render_builtin_with_context_and_set(run, files):
    out = files / "ke-hoach.docx"
    res = run("render", "plan-vi", files / "records.json", "-o", out, "--context", files / "context.json",
              "--set", "number=20/KH-BCĐ", "--set", "signer.name=Phạm Thị Hương")
    assert res.exit_code == 0, res.output
    assert res.stderr == ""
    texts = _texts(out)
    assert "Số: 20/KH-BCĐ" in texts and "KẾ HOẠCH" in texts
    assert any("Phạm Thị Hương" in t for t in texts)


def test_render_names_the_blank_fields_in_one_warning(run, files):
    out = files / "bao-cao.docx"
    res = run("render", "report-vi", files / "many.json", "-o", out, "--set", "agency=Liên minh HTX tỉnh",
              "--set", "recipients=Sở Tài chính; Sở Nội vụ")
    assert res.exit_code == 0, res.output
    assert res.stderr.splitlines() == [
        ("coopdocs: warning: left blank (……………) for completion by hand: number, place, date, title, "
         "signer.title, signer.name, narrative (give them with --context FILE or --set key=value)")]
    texts = _texts(out)
    assert "Nơi nhận:\n- Sở Tài chính;\n- Sở Nội vụ;\n- Lưu: VT." in texts


def test_render_json_lines_records_in_thai(run, files):
    out = files / "rai-ngan.docx"
    res = run("render", "report-th", files / "lines.jsonl", "-o", out, "--set", "digits=thai")
    assert res.exit_code == 0, res.output
    assert "รายงาน" in _texts(out)


@pytest.mark.parametrize("args, code, message", [
    pytest.param(["render", "plan-vi", "{tmp}/nope.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/nope.json: no such file", id="missing-records"),
    pytest.param(["render", "plan-vi", "{tmp}/not-records.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/not-records.json: not a coopdocs record", id="not-records"),
    pytest.param(["render", "plan-vi", "{tmp}/broken.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/broken.json: not JSON", id="broken-json"),
    pytest.param(["render", "{tmp}/corrupt.docx", "{tmp}/records.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/corrupt.docx: not a Word document", id="corrupt-template"),
    pytest.param(["render", "{tmp}/zip.docx", "{tmp}/records.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/zip.docx: not a Word document", id="zip-but-not-docx"),
    pytest.param(["templates", "check", "{tmp}/corrupt.docx"], 1,
                 "coopdocs: {tmp}/corrupt.docx: not a Word document", id="check-corrupt-template"),
    pytest.param(["render", "plan-xx", "{tmp}/records.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: plan-xx: no such file, and not a built-in template", id="unknown-builtin"),
    pytest.param(["render", "{tmp}/bad.docx", "{tmp}/records.json", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/bad.docx: paragraph 1: undefined variable 'agnecy'", id="template-errors"),
    pytest.param(["render", "plan-vi", "{tmp}/records.json", "-o", "{tmp}/o.pdf"], 2,
                 "coopdocs: -o {tmp}/o.pdf: the output is a Word file", id="not-docx-output"),
    pytest.param(["render", "plan-vi", "{tmp}/records.json", "-o", "{tmp}/no/such/o.docx"], 2,
                 "coopdocs: {tmp}/no/such/o.docx: the folder", id="missing-folder"),
    pytest.param(["render", "plan-vi", "{tmp}/records.json", "-o", "{tmp}/o.docx", "--set", "agency"], 2,
                 "coopdocs: --set 'agency': expected key=value", id="bad-set"),
    pytest.param(["render", "plan-vi", "{tmp}/records.json", "-o", "{tmp}/o.docx", "--context",
                  "{tmp}/records.json", "--set", "lang=en"], 2, "coopdocs: lang='en'", id="bad-lang"),
    pytest.param(["minutes", "{tmp}/nope.txt", "-o", "{tmp}/o.docx"], 1,
                 "coopdocs: {tmp}/nope.txt: no such file", id="minutes-missing-notes"),
])
def test_bad_input_is_one_line_and_writes_nothing(run, files, args, code, message):
    (files / "not-records.json").write_text('{"figures": []}', encoding="utf-8")
    (files / "broken.json").write_text('{"schema": ', encoding="utf-8")
    (files / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    with zipfile.ZipFile(files / "zip.docx", "w") as z:
        z.writestr("notes.txt", "not a Word package")
    user_template(files / "bad.docx", ["{{ agnecy }}"])
    before = sorted(p.name for p in files.iterdir())
    res = run(*[a.format(tmp=files) for a in args])
    assert res.exit_code == code, res.output
    assert res.stderr.startswith(message.format(tmp=files)), res.stderr
    assert "Traceback" not in res.output
    assert sorted(p.name for p in files.iterdir()) == before


def test_render_never_overwrites_an_input(run, files):
    template = user_template(files / "mau.docx", ["{{ agency }}"])
    data = template.read_bytes()
    res = run("render", template, files / "records.json", "-o", template)
    assert res.exit_code == 2
    assert res.stderr.startswith(f"coopdocs: -o {template} is one of the input files")
    assert template.read_bytes() == data


def test_missing_output_option_is_a_usage_error(run, files):
    assert run("render", "plan-vi", files / "records.json").exit_code == 2


@pytest.mark.parametrize("lang, text, title", [
    pytest.param("vi", VI_TEXT, "BIÊN BẢN", id="vi"),
    pytest.param("th", "รายงานการประชุมคณะกรรมการดำเนินการสหกรณ์การเกษตรเมืองเลย จำกัด\n"
                       "ครั้งที่ 2/2567\nเมื่อวันที่ 20 กุมภาพันธ์ 2567 เวลา 13.30 น.\n"
                       "ณ ห้องประชุมสหกรณ์การเกษตรเมืองเลย จำกัด\n"
                       "ในปี 2566 สหกรณ์มีสมาชิก 4,215 ราย ปริมาณธุรกิจรวม 312 ล้านบาท\n"
                       "โดยมีนายสมบัติ ทองคำ ประธานกรรมการ เป็นประธานการประชุม\n"
                       "ที่ประชุมมีมติให้ฝ่ายจัดการจัดทำแผนธุรกิจ ภายในวันที่ 31 มีนาคม 2567\n",
                 "รายงานการประชุม", id="th"),
])
def test_minutes_from_notes_in_their_language(run, tmp_path, lang, text, title):
    notes = tmp_path / "notes.txt"
    notes.write_text(text, encoding="utf-8")
    out = tmp_path / "bien-ban.docx"
    res = run("minutes", notes, "-o", out, "--set", "agency=Liên minh Hợp tác xã tỉnh")
    assert res.exit_code == 0, res.output
    texts = [t for t in _texts(out) if t.strip()]
    assert any(t.startswith(title) for t in texts)
    assert not any("{{" in t or "{%" in t for t in texts)


def test_minutes_never_overwrites_the_notes(run, tmp_path):
    notes = tmp_path / "notes.docx"
    user_template(notes, ["Chiều 20/2, Ban Chỉ đạo họp."])
    data = notes.read_bytes()
    res = run("minutes", notes, "-o", notes)
    assert res.exit_code == 2
    assert notes.read_bytes() == data


def test_help_stays_light():
    code = ("import sys; from coopdocs.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('docx', 'docxtpl', 'jinja2', 'babel') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert "render" in out and "minutes" in out and "templates" in out
