"""`templates check` and the safety of rendering: every syntax error and every variable the
records cannot fill is reported with its place; a template with errors never renders (no
blank output); record text with `<`, `&`, `{{` renders as text; the sandbox holds."""
import docx
import pytest
from test_render_data import header, record

import coopdocs
from coopdocs.errors import CoopdocsError
from coopdocs.render import check as checking
from coopdocs.render.engine import TemplateProblems, load_template, shapes
from coopdocs.render.env import make_env


def user_template(path, paragraphs=(), table=None):
    """A .docx with one paragraph per string and, after them, a table of rows of strings."""
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for row, texts in zip(t.rows, table):
            for cell, text in zip(row.cells, texts):
                cell.paragraphs[0].text = text
    d.save(str(path))
    return path


def problems(path, lang="vi", values=None):
    tpl, _, _ = load_template(path)
    report = checking.check(tpl.docx, shapes(values or {}, lang), make_env(lang))
    return [str(p) for p in report.problems]


@pytest.mark.parametrize("paragraphs, table, want", [
    pytest.param(["Kính gửi: {{ agency }}", "Chủ trì: {{ meeting.chiar.name }}"], None,
                 ["paragraph 2: undefined variable 'meeting.chiar' (did you mean 'meeting.chair'?)"],
                 id="misspelt-field"),
    pytest.param(["{{ agnecy|upper }}"], None,
                 ["paragraph 1: undefined variable 'agnecy' (did you mean 'agency'?)"], id="misspelt-name"),
    pytest.param(["Chỉ tiêu:"], [["Chỉ tiêu", "Giá trị"], ["{%tr for t in targets %}", ""],
                                 ["{{ t.indicatr }}", "{{ t.value }}"], ["{%tr endfor %}", ""]],
                 ["table 1 row 3 cell 1: undefined variable 't.indicatr' (did you mean 't.indicator'?)"],
                 id="loop-variable-in-a-table-cell"),
    pytest.param(["{%p for g in figures %}", "{{ g.subject }}: {% for f in g.figures %}{{ f.vlaue }}{% endfor %}",
                  "{%p endfor %}"], None,
                 ["paragraph 2: undefined variable 'f.vlaue' (did you mean 'f.value'?)"], id="nested-loops"),
    pytest.param(["{{ 1981|numbr }}"], None,
                 ["paragraph 1: unknown filter 'numbr' (did you mean 'number'?)"], id="unknown-filter"),
    pytest.param(["{% if foo is defined %}{{ foo }}{% endif %}", "{{ bar|default('') }}"], None, [],
                 id="guarded-names-are-fine"),
    pytest.param(["{% set n = targets|length %}{{ n }} chỉ tiêu", "{% for k, v in meeting.items() %}{{ k }}{% endfor %}"],
                 None, [], id="set-and-dict-methods-are-fine"),
    pytest.param(["{{ ''.__class__ }}"], None,
                 [("paragraph 1: '''.__class__' is not allowed in a template (the sandbox refuses "
                   "names that start with '_')")], id="sandbox"),
])
def test_check_reports_undefined_variables_with_their_place(tmp_path, paragraphs, table, want):
    path = user_template(tmp_path / "mau.docx", paragraphs, table)
    assert problems(path) == want


def test_check_reports_every_syntax_error_not_only_the_first(tmp_path):
    path = user_template(tmp_path / "loi.docx", [
        "Kính gửi {{ agency }",                      # 1: not closed
        "{% for x in %}",                             # 2: bad for
        "{{ x }}",
        "{% endfor %}",
        "{% endif %}",                                # 5: no if
        "{% if meeting %}",                           # 6: never closed
        "{% fro t in targets %}",                     # 7: unknown tag
        "{{ meeting.chiar }}",                        # 8: still found despite the syntax errors
    ])
    got = problems(path)
    assert [p.split(":")[0] for p in got] == ["paragraph 1", "paragraph 2", "paragraph 5", "paragraph 7",
                                              "paragraph 6", "paragraph 8"]
    assert "'{{' is not closed by '}}'" in got[0]
    assert "syntax error in '{% for x in %}'" in got[1]
    assert "'endif' has no 'if' before it" in got[2]
    assert "unknown tag 'fro' (did you mean 'for'?)" in got[3]
    assert "'if' is never closed" in got[4]
    assert "undefined variable 'meeting.chiar'" in got[5]


def test_check_reads_headers_too(tmp_path):
    d = docx.Document()
    d.add_paragraph("{{ agency }}")
    d.sections[0].header.paragraphs[0].text = "{{ numbr }}"
    d.save(str(tmp_path / "h.docx"))
    assert problems(tmp_path / "h.docx") == ["header 1, paragraph 1: undefined variable 'numbr' (did you mean 'number'?)"]


@pytest.mark.parametrize("name", ["minutes-vi", "plan-vi", "report-vi", "notice-vi",
                                  "minutes-th", "plan-th", "report-th"])
def test_every_builtin_passes_the_check(name):
    assert problems(name, name[-2:]) == []


def test_render_refuses_a_misspelt_template_and_writes_nothing(tmp_path):
    path = user_template(tmp_path / "mau.docx", ["{{ agency }}", "Thư ký: {{ secretary.nmae }}"])
    out = tmp_path / "out.docx"
    with pytest.raises(TemplateProblems) as err:
        coopdocs.render(path, record("vi"), out, header("vi"))
    assert err.value.lines() == [(f"{path}: paragraph 2: undefined variable 'secretary.nmae' "
                                  "(did you mean 'secretary.name'?)")]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [path]


def test_a_user_template_renders_records_and_header(tmp_path):
    path = user_template(tmp_path / "mau.docx", [
        "{{ agency|upper }} - Số: {{ number }}",
        "{%p for t in targets %}",
        "{{ t.indicator }}: {{ t.phrase }}",
        "{%p endfor %}",
    ])
    out = tmp_path / "out.docx"
    warnings = coopdocs.render(path, [record("vi", "plan")], out, {"agency": "Sở Tài chính"})
    got = [p.text for p in docx.Document(str(out)).paragraphs]
    assert got[0] == "SỞ TÀI CHÍNH - Số: ……………"
    assert got[1:] == ["Số hợp tác xã thành lập mới: ít nhất 20 hợp tác xã",
                       "Tỷ lệ hợp tác xã xếp loại tốt: trên 40%",
                       "Vốn hỗ trợ phát triển hợp tác xã: 9.450 triệu đồng",
                       "Tốc độ tăng doanh thu: 5-6%/năm"]
    assert warnings == [("left blank (……………) for completion by hand: number "
                         "(give them with --context FILE or --set key=value)")]


@pytest.mark.parametrize("text", [
    pytest.param("Giao Sở <Tài chính> & Sở Nội vụ thực hiện", id="angle-brackets-ampersand"),
    pytest.param("Ghi chú {{ agency }} và {% if x %} giữ nguyên", id="jinja-tags-in-a-record"),
    pytest.param("Trích dẫn \"Nghị quyết\" 'số 20' &amp; <w:t>", id="quotes-and-xml"),
])
def test_record_text_renders_as_text(tmp_path, text):
    rec = record("vi", "plan")
    rec["tasks"][0]["text"] = text
    out = tmp_path / "out.docx"
    coopdocs.render("plan-vi", rec, out, header("vi"))
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert text in cells     # the task, in the table of who does what


def test_sandbox_refuses_python_internals_at_render(tmp_path):
    path = user_template(tmp_path / "x.docx", ["{{ cycler.__init__.__globals__ }}"])
    with pytest.raises(CoopdocsError, match="not allowed"):
        coopdocs.render(path, record("vi"), tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()
