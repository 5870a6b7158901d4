"""The Thai official form and templates users own: the Garuda emblem from --emblem (3 cm on a
letter, 1.5 cm on a บันทึกข้อความ) with a warning when none is given; `ครั้งที่` once; Thai
digits on the whole document, page numbers too; titles (นาย) kept; `templates copy` and
`templates fields`; filters checked against the type of what they format; --pdf through
LibreOffice. The emblem in these tests is a small grey PNG the tests make themselves."""
import json
import re
import shutil

import docx
import pytest
from click.testing import CliRunner
from conftest import ROOT
from docx.oxml.ns import qn
from test_render_check import user_template
from test_render_data import emblem_png, full_record, header, meeting_header, record

import coopdocs
from coopdocs.cli import main
from coopdocs.render import pdf
from coopdocs.render.builtin import BUILTINS
from coopdocs.render.engine import NO_EMBLEM

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
ASCII_DIGIT = re.compile(r"[0-9]")


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args])
    return invoke


def _thai(kind, tmp_path):
    if kind in ("minutes", "notice"):
        return full_record("th", kind, tmp_path), meeting_header("th")
    return record("th", kind), header("th")


# ---------------------------------------------------------------- the Garuda emblem

@pytest.mark.parametrize("name, height_cm", [
    pytest.param("plan-th", 3.0, id="letter-3cm"),
    pytest.param("report-th", 3.0, id="report-letter-3cm"),
    pytest.param("notice-th", 1.5, id="memo-1.5cm"),
])
def test_the_emblem_is_placed_at_the_regulation_size(tmp_path, name, height_cm):
    rec, context = _thai(name.split("-")[0], tmp_path)
    context["emblem"] = str(emblem_png(tmp_path / "garuda.png"))
    out = tmp_path / f"{name}.docx"
    warnings = coopdocs.render(name, rec, out, context)
    assert NO_EMBLEM not in warnings
    shapes = docx.Document(str(out)).inline_shapes
    assert [round(s.height.cm, 2) for s in shapes] == [height_cm]


@pytest.mark.parametrize("name", ["plan-th", "report-th", "notice-th"])
def test_no_emblem_given_is_a_clear_warning(tmp_path, name):
    rec, context = _thai(name.split("-")[0], tmp_path)
    out = tmp_path / f"{name}.docx"
    warnings = coopdocs.render(name, rec, out, context)
    assert NO_EMBLEM in warnings
    assert len(docx.Document(str(out)).inline_shapes) == 0


@pytest.mark.parametrize("name", ["plan-vi", "minutes-th"])
def test_a_form_without_an_emblem_says_nothing_of_it(tmp_path, name):
    lang, kind = name[-2:], name.split("-")[0]
    rec = full_record(lang, kind, tmp_path) if kind == "minutes" else record(lang, kind)
    context = meeting_header(lang) if kind == "minutes" else header(lang)
    assert NO_EMBLEM not in coopdocs.render(name, rec, tmp_path / "o.docx", context)


@pytest.mark.parametrize("content, problem", [
    pytest.param(None, "no such file", id="missing"),
    pytest.param(b"GIF89a not a png", "not a PNG image", id="not-png"),
])
def test_a_bad_emblem_is_one_line_and_nothing_written(run, tmp_path, content, problem):
    image = tmp_path / "garuda.png"
    if content is not None:
        image.write_bytes(content)
    (tmp_path / "r.json").write_text(json.dumps(record("th", "plan"), ensure_ascii=False), encoding="utf-8")
    res = run("render", "plan-th", tmp_path / "r.json", "-o", tmp_path / "o.docx", "--emblem", image)
    assert res.exit_code == 1
    assert res.stderr.strip() == f"coopdocs: {image}: {problem} (the emblem is a PNG file)"
    assert not (tmp_path / "o.docx").exists()


def test_emblem_option_on_the_command_line(run, tmp_path):
    (tmp_path / "r.json").write_text(json.dumps(record("th", "plan"), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "h.json").write_text(json.dumps(header("th"), ensure_ascii=False), encoding="utf-8")
    res = run("render", "plan-th", tmp_path / "r.json", "-o", tmp_path / "o.docx", "--context",
              tmp_path / "h.json", "--emblem", emblem_png(tmp_path / "g.png"))
    assert res.exit_code == 0, res.output
    assert res.stderr == ""
    assert len(docx.Document(str(tmp_path / "o.docx")).inline_shapes) == 1


# ---------------------------------------------------------------- Thai form details

@pytest.mark.parametrize("name", ["minutes-th", "notice-th"])
@pytest.mark.parametrize("session", ["2", "2/2568", "ครั้งที่ 2/2568"])
def test_the_meetings_number_prints_once(tmp_path, name, session):
    rec = full_record("th", name.split("-")[0], tmp_path)
    context = {**meeting_header("th"), "title": "การประชุมคณะกรรมการ ครั้งที่ 2/2568", "session": session}
    out = tmp_path / f"{name}.docx"
    coopdocs.render(name, rec, out, context)
    doc = docx.Document(str(out))
    for p in doc.paragraphs:
        assert p.text.count("ครั้งที่") <= 1, p.text
    assert any("ครั้งที่ 2/2568" in p.text for p in doc.paragraphs)


@pytest.mark.parametrize("name", ["plan-th", "report-th", "minutes-th", "notice-th"])
def test_thai_digits_on_the_whole_document(tmp_path, name):
    rec, context = _thai(name.split("-")[0], tmp_path)
    context.update(digits="thai", emblem=str(emblem_png(tmp_path / "g.png")))
    out = tmp_path / f"{name}.docx"
    coopdocs.render(name, rec, out, context)
    doc = docx.Document(str(out))
    parts = [doc.element.body] + [s.header._element for s in doc.sections]
    texts = [t.text or "" for part in parts for t in part.iter(qn("w:t"))]
    assert not [t for t in texts if ASCII_DIGIT.search(t)]
    assert any("๒" in t or "๑" in t for t in texts)
    page = doc.sections[0]._sectPr.find(qn("w:pgNumType"))
    assert page is not None and page.get(qn("w:fmt")) == "thaiNumbers"


@pytest.mark.parametrize("name", ["minutes-th", "notice-th"])
def test_titles_of_people_are_kept(tmp_path, name):
    rec = full_record("th", name.split("-")[0], tmp_path)
    out = tmp_path / f"{name}.docx"
    coopdocs.render(name, rec, out, {**meeting_header("th"), "emblem": ""})
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    chair = rec["meeting"]["chair"]["name"]
    assert re.search(rf"(?:นาย|นาง|นางสาว){re.escape(chair)}", text) or chair.startswith(("นาย", "นาง"))
    assert f"นาย{chair}" in text or f"นาง{chair}" in text or chair.startswith(("นาย", "นาง"))


# ---------------------------------------------------------------- the command line

def test_an_unknown_set_key_lists_the_known_ones(run, tmp_path):
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    res = run("render", "plan-vi", tmp_path / "r.json", "-o", tmp_path / "o.docx", "--set", "agnecy=Sở Tài chính")
    assert res.exit_code == 2
    line = res.stderr.strip()
    assert line.startswith("coopdocs: unknown field 'agnecy' (did you mean 'agency'?); the known fields are: ")
    assert "\n" not in line and "agency" in line.split("known fields are: ")[1]
    assert not (tmp_path / "o.docx").exists()


def test_mixed_languages_on_the_command_line(run, tmp_path):
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    res = run("render", "plan-th", tmp_path / "r.json", "-o", tmp_path / "o.docx")
    assert res.exit_code == 2
    assert "the records are in vi and the template plan-th writes th" in res.stderr
    assert not (tmp_path / "o.docx").exists()
    res = run("render", "plan-th", tmp_path / "r.json", "-o", tmp_path / "o.docx", "--allow-mixed")
    assert res.exit_code == 0, res.output


def test_templates_copy_gives_a_builtin_to_edit_and_never_overwrites(run, tmp_path):
    dest = tmp_path / "ke-hoach-cua-toi.docx"
    res = run("templates", "copy", "plan-vi", dest)
    assert res.exit_code == 0, res.output
    out = tmp_path / "o.docx"
    res = run("templates", "check", dest)
    assert res.exit_code == 0, res.output
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    assert run("render", dest, tmp_path / "r.json", "-o", out).exit_code == 0
    before = dest.read_bytes()
    res = run("templates", "copy", "report-vi", dest)
    assert res.exit_code == 2 and "exists" in res.stderr
    assert dest.read_bytes() == before
    res = run("templates", "copy", "plan-xx", tmp_path / "x.docx")
    assert res.exit_code == 1 and "not a built-in template" in res.stderr


def test_templates_fields_lists_each_variable_with_type_and_example(run):
    res = run("templates", "fields", "plan-vi", "--json")
    assert res.exit_code == 0, res.output
    rows = {r["field"]: (r["type"], r["example"]) for r in json.loads(res.stdout)}
    assert rows["date"][0] == "date"
    assert rows["plan.rows[].indicator"] == ("text", "Số hợp tác xã")
    assert rows["tasks[].n"][0] == "number"
    assert rows["bases[].title"][0] == "text"
    text = run("templates", "fields", "report-vi").stdout
    assert re.search(r"^results\[\]\.result\s+text\s+5$", text, re.MULTILINE)


@pytest.mark.parametrize("line, problem", [
    pytest.param("{{ targets[0].indicator|number }}",
                 "the filter 'number' writes a number, but 'targets[0].indicator' is text", id="text-as-number"),
    pytest.param("{% for t in targets %}{{ t.unit|percent }}{% endfor %}",
                 "the filter 'percent' writes a number, but 't.unit' is text", id="loop-item"),
    pytest.param("{{ agency|money }}", "the filter 'money' writes a number (an amount), but 'agency' is text",
                 id="header-field"),
    pytest.param("{{ tasks|date }}", "the filter 'date' writes a date (text such as 2025-03-05), but 'tasks' "
                 "is a list", id="list-as-date"),
])
def test_check_reports_a_filter_on_the_wrong_type(run, tmp_path, line, problem):
    tpl = user_template(tmp_path / "mau.docx", [line])
    res = run("templates", "check", tpl)
    assert res.exit_code == 1
    assert res.stdout.splitlines() == [f"{tpl}: paragraph 1: {problem}"]


@pytest.mark.parametrize("line", ["{{ targets[0].value|number }}",
                                  "{% for t in targets %}{{ t.value|percent }}{% endfor %}",
                                  "{{ figures[0].figures[0].record|figure }}"])
def test_numbers_are_numbers_in_templates(run, tmp_path, line):
    tpl = user_template(tmp_path / "mau.docx", [line])
    res = run("templates", "check", tpl)
    assert res.exit_code == 0, res.output
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    assert run("render", tpl, tmp_path / "r.json", "-o", tmp_path / "o.docx").exit_code == 0


def test_a_value_that_cannot_be_formatted_names_the_field_and_the_place(run, tmp_path):
    # the kind of the source may be none: the check cannot tell its type, rendering can
    tpl = user_template(tmp_path / "mau.docx", ["Loại", "{{ source.kind|number }}"])
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    assert run("templates", "check", tpl).exit_code == 0
    res = run("render", tpl, tmp_path / "r.json", "-o", tmp_path / "o.docx")
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"coopdocs: {tpl}: paragraph 2: a filter could not format a value: "
                                  "'plan' is not a number (field 'source.kind')")
    assert not (tmp_path / "o.docx").exists()


# ---------------------------------------------------------------- PDF

def test_pdf_without_libreoffice_is_a_clear_error_and_nothing_written(run, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "soffice", lambda: None)
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    res = run("render", "plan-vi", tmp_path / "r.json", "-o", tmp_path / "o.docx", "--pdf")
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"coopdocs: {tmp_path / 'o.pdf'}: --pdf needs LibreOffice (soffice), which is "
                                  "not installed (apt-get install libreoffice-writer); nothing written")
    assert not (tmp_path / "o.docx").exists() and not (tmp_path / "o.pdf").exists()


def test_to_pdf_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(pdf.PdfError, match="LibreOffice"):
        pdf.to_pdf(tmp_path / "a.docx", tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (CI installs it)")
def test_pdf_through_libreoffice(run, tmp_path):
    (tmp_path / "r.json").write_text(json.dumps(record("vi", "plan"), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "h.json").write_text(json.dumps(header("vi"), ensure_ascii=False), encoding="utf-8")
    res = run("render", "plan-vi", tmp_path / "r.json", "-o", tmp_path / "ke-hoach.docx", "--context",
              tmp_path / "h.json", "--pdf")
    assert res.exit_code == 0, res.output
    data = (tmp_path / "ke-hoach.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 10_000 and b"/Type /Page" in data.replace(b"/Type/Page", b"/Type /Page")


@pytest.mark.parametrize("name", [b.name for b in BUILTINS])
def test_every_builtin_has_its_previews_in_docs(name):
    pdf_file, png = ROOT / "docs" / f"{name}.pdf", ROOT / "docs" / f"{name}.png"
    assert pdf_file.read_bytes().startswith(b"%PDF-"), "python templates/preview.py makes it"
    assert png.read_bytes().startswith(b"\x89PNG")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"(docs/{name}.pdf)" in readme and f"(docs/{name}.png)" in readme
