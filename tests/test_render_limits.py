"""Hostile templates end as one line naming the template and the place, never a hang, a
machine's memory or a traceback: powers, repeats, loops, ranges, widths, recursion, output,
nesting. And the worker a command renders in stops what nothing inside can count."""
import os
import signal
import time

import docx
import pytest
from click.testing import CliRunner
from test_render_check import user_template
from test_render_data import record

from coopdocs.cli import main
from coopdocs.errors import CoopdocsError, UsageError
from coopdocs.render.engine import render
from coopdocs.render.sandbox import Limits
from coopdocs.render.worker import WorkerError, run

SMALL = Limits(steps=20_000, output=2_000_000)
DEEP = 3000


def _render(tmp_path, paragraphs, limits=SMALL, rec=None):
    path = user_template(tmp_path / "mau.docx", ["Kính gửi: {{ agency }}", *paragraphs])
    out = tmp_path / "out.docx"
    render(path, rec or record("vi", "report"), out, {"agency": "Sở Tài chính"}, limits=limits)
    return docx.Document(str(out))


@pytest.mark.parametrize("tag, message", [
    pytest.param("{{ 10**(10**10) }}", "10 ** 10000000000 is a number of more than 1,233 digits",
                 id="power"),
    pytest.param("{% set n = 10**9 %}{{ 7**n }}", "7 ** 1000000000 is a number of more than",
                 id="power-of-a-variable"),
    pytest.param("{% set ns = namespace(x=2**4000) %}{{ ns.x * ns.x }}", "is a number of more than",
                 id="product-of-big-numbers"),
    pytest.param("{{ 'x' * 10**10 }}", "'x' * 10000000000 makes more than 10,000,000 characters",
                 id="string-repeat"),
    pytest.param("{{ [1, 2] * 10**8 }}", "makes more than 10,000,000 characters or items",
                 id="list-repeat"),
    pytest.param("{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
                 "{% endfor %}{{ ns.s|length }}", "makes more than 10,000,000", id="plus-doubling"),
    pytest.param("{% set x = 'abcdefgh' %}" + "{% set x = x ~ x %}" * 40 + "{{ x|length }}",
                 "'~' makes a string of 16,777,216 characters", id="concat-doubling"),
    pytest.param("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
                 "more than 20,000 loop iterations, calls and filters", id="nested-loops"),
    pytest.param("{% for i in range(10**9) %}x{% endfor %}", "range(1000000000) has more than 100,000",
                 id="huge-range"),
    pytest.param("{{ range(10**30)|length }}", "has more than 100,000 numbers", id="range-beyond-ssize"),
    pytest.param("{{ lipsum(n=10**6) }}", "lipsum takes at most 100 paragraphs", id="lipsum"),
    pytest.param("{{ 'x'.ljust(3 * 10**9) }}", "'x'.ljust(): 3000000000 is more than 1,000",
                 id="str-method-width"),
    pytest.param("{{ 'x'|center(10**9) }}", "the filter 'center': 1000000000 is more than 1,000",
                 id="filter-width"),
    pytest.param("{{ 'a'|indent(width=10**9) }}", "the filter 'indent'", id="filter-keyword-width"),
    pytest.param("{{ '%999999999d' % 1 }}", "asks for a width of 999999999", id="printf-width"),
    pytest.param("{{ '%*d'|format(10**9, 1) }}", "a '*' width in a % format: 1000000000",
                 id="printf-star-width"),
    pytest.param("{{ '{:>999999999}'.format(1) }}", "asks for a width of 999999999",
                 id="str-format-width"),
    pytest.param("{{ ('{0:>{1}' ~ '}').format(1, 10**9) }}", "a width given to str.format",
                 id="nested-format-width"),
    pytest.param("{{ ('x' * 1000)|replace('x', 'y' * 100000) }}", "replacing 'x' by a string",
                 id="replace-growth"),
    pytest.param("{{ range(100000)|join('x' * 1000) }}", "joining", id="join-growth"),
    pytest.param("{{ ('-' * 1000).join(range(100000)|list) }}", "joining", id="str-join-growth"),
    pytest.param("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "calls nested more than 50 deep",
                 id="macro-recursion"),
    pytest.param("{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", "calls nested more than 50",
                 id="recursive-loop"),
    pytest.param("{% for i in range(10000) %}{{ 'x' * 1000 }}{% endfor %}",
                 "the document would be longer than 2,000,000 characters", id="output"),
    pytest.param("{{ 10.0 ** 400 }}", "10.0 ** 400 is too large", id="float-overflow"),
])
def test_a_limit_passed_is_one_line_with_its_place(tmp_path, tag, message):
    with pytest.raises(CoopdocsError) as e:
        _render(tmp_path, [tag])
    assert "\n" not in str(e.value)
    assert str(e.value).startswith(f"{tmp_path / 'mau.docx'}: paragraph 2: ")
    assert message in str(e.value)


@pytest.mark.parametrize("tag", [
    pytest.param("{{ " + "(" * DEEP + "1" + ")" * DEEP + " }}", id="brackets"),
    pytest.param("{{ " + "[" * DEEP + "]" * DEEP + " }}", id="lists"),
    pytest.param("{% if 1 %}" * 200 + "x" + "{% endif %}" * 200, id="blocks"),
    pytest.param("{{ " + "+".join(["1"] * DEEP) + " }}", id="operator-chain"),
    pytest.param("{{ " + "not " * DEEP + "x }}", id="not-chain"),
    pytest.param("{{ " + "- " * DEEP + "1 }}", id="minus-chain"),
    pytest.param("{{ agency" + "|upper" * DEEP + " }}", id="filter-chain"),
    pytest.param("{{ agency" + ".x" * DEEP + " }}", id="attribute-chain"),
    pytest.param("{{ " + "1 if x else " * DEEP + "1 }}", id="conditional-chain"),
])
def test_deep_nesting_is_a_problem_of_its_place_not_a_recursion_error(tmp_path, tag):
    with pytest.raises(CoopdocsError) as e:
        _render(tmp_path, ["Một đoạn văn.", tag])
    assert "\n" not in str(e.value)
    assert "paragraph 3: template too deeply nested" in str(e.value)


@pytest.mark.parametrize("tag, text", [
    pytest.param("{{ " + "(" * 20 + "7" + ")" * 20 + " }}", "7", id="brackets-20-deep"),
    pytest.param("{% if 1 %}" * 20 + "x" + "{% endif %}" * 20, "x", id="blocks-20-deep"),
    pytest.param("{{ " + "+".join(["1"] * 20) + " }}", "20", id="sum-of-20"),
    pytest.param("{{ 2 ** 64 }}", str(2**64), id="power-in-bounds"),
    pytest.param("{{ 'ab' * 3 }}", "ababab", id="repeat-in-bounds"),
    pytest.param("{{ 'x'|center(9) }}", "    x    ", id="width-in-bounds"),
    pytest.param("{{ '%05d' % 42 }}", "00042", id="printf-in-bounds"),
    pytest.param("{{ (lipsum(1, false, 5, 6)|wordcount) in [5, 6] }}", "True", id="lipsum-in-bounds"),
    pytest.param("{% set ns = namespace(n=0) %}{% for i in range(1000) %}{% set ns.n = ns.n + i %}"
                 "{% endfor %}{{ ns.n }}", "499500", id="loop-in-bounds"),
    pytest.param("{{ '\\ud800|\\x01|\\x0b|\\uffff' }}", "\ufffd||\n|\ufffd", id="no-xml-char-written"),
])
def test_what_stays_within_the_limits_renders(tmp_path, tag, text):
    d = _render(tmp_path, [tag])
    assert d.paragraphs[1].text == text
    assert d.element.body.sectPr is not None


def test_a_deadline_passed_is_one_line(tmp_path):
    with pytest.raises(CoopdocsError, match="paragraph 2: rendering took longer than -1 s"):
        _render(tmp_path, ["{% for i in range(10) %}x{% endfor %}"], Limits(seconds=-1.0))


@pytest.mark.parametrize("subject, written", [
    pytest.param("a\x01b", "Ab", id="control-dropped"),
    pytest.param("tab\tand\x0bvertical tab", "Tab\tand\nvertical tab", id="vertical-tab-a-line-break"),
    pytest.param("x\x0cform feed", "X\nform feed", id="form-feed-a-line-break"),
    pytest.param("x\ufffe", "X\ufffd", id="non-character-replaced"),
])
def test_control_characters_of_a_record_make_a_whole_document(tmp_path, subject, written):
    rec = record("vi", "report")
    rec["figures"][0]["subject"] = subject
    d = _render(tmp_path, ["{% for g in figures %}{{ g.subject }};{% endfor %}"], rec=rec)
    assert d.element.body.sectPr is not None
    assert d.paragraphs[1].text.startswith(written + ";")


# ---------------------------------------------------------------- the command line's worker

@pytest.fixture
def records_file(tmp_path):
    import json

    path = tmp_path / "records.json"
    path.write_text(json.dumps(record("vi", "report"), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("tag, message", [
    pytest.param("{{ 10**(10**10) }}", "paragraph 1: 10 ** 10000000000 is a number of more than",
                 id="power"),
    pytest.param("{{ " + "(" * DEEP + "1" + ")" * DEEP + " }}", "paragraph 1: template too deeply nested",
                 id="brackets"),
    pytest.param("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "paragraph 1: calls nested",
                 id="recursion"),
])
def test_render_command_reports_a_limit_in_one_line_and_writes_nothing(tmp_path, records_file, tag,
                                                                        message):
    path = user_template(tmp_path / "mau.docx", [tag])
    out = tmp_path / "out.docx"
    res = CliRunner().invoke(main, ["render", str(path), str(records_file), "-o", str(out)])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"coopdocs: {path}: {message}")
    assert res.stderr.count("\n") == 1
    assert not out.exists()


def _allocate():
    return bytearray(1 << 30)


def _sleep():
    time.sleep(60)


def _crash():
    os.kill(os.getpid(), signal.SIGSEGV)


def _usage():
    raise UsageError("lang='xx': no such language")


@pytest.mark.parametrize("job, limits, grace, error, message", [
    pytest.param(_allocate, Limits(memory=64 << 20), 10.0, WorkerError,
                 "t.docx: rendering needs more than the 64 MiB it may use", id="memory"),
    pytest.param(_sleep, Limits(seconds=0.2), 0.0, WorkerError,
                 "t.docx: rendering took longer than 0.2 s and was stopped", id="wall-time"),
    pytest.param(_crash, Limits(), 10.0, WorkerError,
                 "t.docx: rendering stopped: the worker was ended by SIGSEGV", id="crash"),
    pytest.param(_usage, Limits(), 10.0, UsageError, "lang='xx': no such language", id="usage"),
])
def test_the_worker_turns_what_nothing_counts_into_one_line(job, limits, grace, error, message):
    with pytest.raises(error) as e:
        run(job, limits, "t.docx", grace)
    assert str(e.value).startswith(message)
    assert len(e.value.lines()) == 1


def test_the_worker_returns_the_result():
    assert run(lambda: (b"PK", ["a warning"]), Limits(), "t.docx") == (b"PK", ["a warning"])
