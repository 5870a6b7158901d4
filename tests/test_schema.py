"""The record contract as a JSON Schema: extract's records keep it, and each way a record
breaks it is one problem with its JSON path, in `validate`, in `render` (one line, nothing
written) and for records given from Python."""
import copy
import doctest
import json
import math
import re
from decimal import Decimal

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from test_render_data import record

from coopdocs import schema
from coopdocs.cli import main
from coopdocs.errors import InputError, UsageError
from coopdocs.render.inputs import check_context, parse_sets, validate

GOOD = json.dumps(record("vi", "report"), ensure_ascii=False)


def edited(change):
    rec = record("vi", "report")
    change(rec)
    return rec


def _set(path, value):
    """A change of one field: ``("figures", 0, "value")``."""
    def change(rec):
        target = rec
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def test_the_schema_is_a_valid_draft_2020_12_schema():
    Draft202012Validator.check_schema(schema.schema())


def test_the_doctest():
    result = doctest.testmod(schema)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("lang", ["vi", "th"])
@pytest.mark.parametrize("kind", ["minutes", "plan", "report"])
def test_hand_made_records_keep_the_schema(lang, kind):
    data = record(lang, kind)
    assert schema.problems(data) == []
    Draft202012Validator(schema.schema()).validate(data)


def test_extracted_records_keep_the_schema():
    from coopdocs import extract_text

    rec = extract_text("Năm 2025 phấn đấu thành lập mới ít nhất 20 hợp tác xã; bố trí 9.450 triệu "
                       "đồng vốn hỗ trợ theo Nghị quyết số 20-NQ/TW ngày 16/6/2022.", lang="vi")
    assert rec["figures"] and rec["references"]
    assert schema.problems(rec) == []
    assert schema.problems([rec, rec]) == []


@pytest.mark.parametrize("change, problem", [
    pytest.param(_set(("figures",), [1, 2, 3]), "figures[0]: 1 is not an object", id="figures-of-numbers"),
    pytest.param(_set(("figures", 0, "value"), "abc"), "figures[0].value: 'abc' is not a number",
                 id="value-abc"),
    pytest.param(_set(("figures", 0, "value"), "trên 460"), "figures[0].value: 'trên 460' is not a number",
                 id="value-edited-by-hand"),
    pytest.param(_set(("figures", 0, "value"), 10**18),
                 "figures[0].value: 1000000000000000000 is out of range (a number must be less than 10^18",
                 id="value-10-to-18"),
    pytest.param(_set(("figures", 0, "value"), -1e300), "figures[0].value: -1e+300 is out of range",
                 id="value-minus-1e300"),
    pytest.param(_set(("figures", 0, "value"), math.inf), "figures[0].value: inf is out of range",
                 id="value-infinite"),
    pytest.param(_set(("figures", 0, "value"), math.nan), "figures[0].value: NaN is not a number",
                 id="value-nan"),
    pytest.param(_set(("figures", 0, "value"), Decimal("NaN")), "figures[0].value: NaN is not a number",
                 id="value-decimal-nan"),
    pytest.param(_set(("figures", 0, "value"), True), "figures[0].value: true is not a number",
                 id="value-true"),
    pytest.param(_set(("figures", 0, "value"), 10**5000),
                 "figures[0].value: a number of about 5001 digits is out of range", id="value-5000-digits"),
    pytest.param(_set(("figures", 3, "unit"), "%\ud800"), "figures[3].unit: not valid Unicode (lone surrogate)",
                 id="lone-surrogate"),
    pytest.param(_set(("figures", 0, "subject"), "x" * 100_001),
                 "figures[0].subject: longer than 100000 characters (100001)", id="long-string"),
    pytest.param(_set(("figures", 0, "kind"), "monye"),
                 "figures[0].kind: 'monye' is not one of count, money, percent, measure, duration",
                 id="unknown-kind"),
    pytest.param(_set(("figures", 0, "year"), 20245), "figures[0].year: 20245 is out of range (must be from 1 to 9999)",
                 id="year-of-five-digits"),
    pytest.param(_set(("figures", 0, "start"), -1), "figures[0].start: -1 is out of range (must be 0 or more",
                 id="negative-offset"),
    pytest.param(lambda r: r["figures"][0].pop("value"), "figures[0]: missing field 'value'", id="missing-value"),
    pytest.param(_set(("targets", 0, "figure"), 99),
                 "targets[0].figure: points at figure 99, which does not exist (the record has 8 figures)",
                 id="target-to-nowhere"),
    pytest.param(_set(("meeting",), "hôm nay"), "meeting: 'hôm nay' is not an object or null", id="meeting-text"),
    pytest.param(_set(("source", "lang"), "Tiếng Việt"), "source.lang: 'Tiếng Việt' does not match",
                 id="lang-not-a-code"),
    pytest.param(_set(("figures", 0, "note"), {"x": ["\udcff"]}), "figures[0].note.x[0]: not valid Unicode",
                 id="unknown-field-bounded-too"),
    pytest.param(_set(("figures", 0, "note"), {1: "x"}), "figures[0].note: the key 1 is not a string",
                 id="key-not-a-string"),
    pytest.param(_set(("figures", 0, "note"), object()), "figures[0].note: a object is not a JSON value",
                 id="not-json"),
])
def test_each_problem_is_named_by_its_path(change, problem):
    found = [str(p) for p in schema.problems(edited(change))]
    assert found and found[0].startswith(problem)


def test_a_value_that_holds_itself_is_a_problem_not_a_recursion_error():
    rec = record("vi", "report")
    rec["figures"][0]["note"] = rec
    assert [str(p) for p in schema.problems(rec)] == ["figures[0].note: holds itself (a loop of references)"]


def test_problems_of_several_records_name_the_record():
    bad = edited(_set(("figures", 1, "value"), "x"))
    found = [str(p) for p in schema.problems([record("vi", "plan"), bad, "x"])]
    assert found == ["record 2: figures[1].value: 'x' is not a number",
                     'record 3: not a coopdocs record (no "schema": "coopdocs.record/1")']


# ---------------------------------------------------------------- JSON text

def _deep(n):
    return "[" * n + "]" * n


@pytest.mark.parametrize("text, problem", [
    pytest.param(GOOD.replace('"value": 187', '"value": 1E+999999999', 1),
                 "figures[0].value: 1E+999999999 is out of range", id="huge-exponent"),
    pytest.param(GOOD.replace('"value": 187', '"value": ' + "9" * 5000, 1),
                 "figures[0].value: 999999999999… (a number of 5000 characters) is out of range",
                 id="5000-digit-integer"),
    pytest.param(GOOD.replace('"value": 187', '"value": -1e-999999', 1), "", id="tiny-is-zero"),
    pytest.param(GOOD.replace('"unit": "hợp tác xã"', '"unit": "\\ud800"', 1),
                 "figures[0].unit: not valid Unicode (lone surrogate)", id="escaped-surrogate"),
])
def test_json_numbers_and_escapes_are_read_without_expanding_them(text, problem):
    found = [str(p) for p in schema.problems(schema.loads(text))]
    assert (found[0] if found else "").startswith(problem)


@pytest.mark.parametrize("text, message", [
    pytest.param(_deep(100_000), "nested more than 64 levels deep", id="100k-deep"),
    pytest.param(_deep(65), "nested more than 64 levels deep", id="65-deep"),
    pytest.param('{"a": NaN}', "NaN is not a JSON number", id="nan-literal"),
    pytest.param('{"a": -Infinity}', "-Infinity is not a JSON number", id="infinity-literal"),
    pytest.param('{"a": ', "not JSON (line 1: Expecting value)", id="cut-short"),
])
def test_json_beyond_a_record_is_one_error(text, message):
    with pytest.raises(schema.JSONError, match=re.escape(message)):
        schema.loads(text)


def test_64_levels_are_read():
    assert schema.loads(_deep(64)) == json.loads(_deep(64))


# ---------------------------------------------------------------- the commands

@pytest.mark.parametrize("content, line", [
    pytest.param(GOOD.replace('"value": 187', '"value": "trên 460"', 1),
                 "figures[0].value: 'trên 460' is not a number", id="edited-value"),
    pytest.param(GOOD.replace('"value": 187', '"value": 1E+999999999', 1),
                 "figures[0].value: 1E+999999999 is out of range (a number must be less than 10^18 in size)",
                 id="huge-exponent"),
    pytest.param(GOOD.replace('"value": 187', '"value": ' + "9" * 5000, 1),
                 "figures[0].value: 999999999999… (a number of 5000 characters) is out of range "
                 "(a number must be less than 10^18 in size)", id="5000-digits"),
    pytest.param(GOOD.replace('"unit": "hợp tác xã"', '"unit": "\\udc80"', 1),
                 "figures[0].unit: not valid Unicode (lone surrogate)", id="lone-surrogate"),
    pytest.param(json.dumps(dict(record("vi", "report"), figures=[1, 2, 3], targets=[])),
                 "figures[0]: 1 is not an object (and 2 more problems: `coopdocs validate` lists them)",
                 id="figures-of-numbers"),
    pytest.param(_deep(100_000), "not JSON a record can hold: nested more than 64 levels deep",
                 id="100k-deep"),
    pytest.param(GOOD + "\n" + GOOD.replace('"value": 187', '"value": "x"', 1),
                 "record 2: figures[0].value: 'x' is not a number", id="json-lines"),
])
def test_render_reports_a_bad_record_in_one_line_and_writes_nothing(tmp_path, content, line):
    path = tmp_path / "records.json"
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.docx"
    res = CliRunner().invoke(main, ["render", "report-vi", str(path), "-o", str(out)])
    assert res.exit_code == 1
    assert res.stderr == f"coopdocs: {path}: {line}\n"
    assert not out.exists()


def test_validate_lists_every_problem_of_every_file(tmp_path):
    good, bad = tmp_path / "good.json", tmp_path / "bad.jsonl"
    good.write_text(GOOD, encoding="utf-8")
    rec = record("vi", "report")
    rec["figures"][0]["value"] = "trên 460"
    rec["figures"][3]["unit"] = "\ud800"
    bad.write_text(GOOD + "\n" + json.dumps(rec) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(good), str(bad), str(tmp_path / "nope.json")])
    assert res.exit_code == 1
    assert res.stdout.splitlines() == [
        f"{good}: ok",
        f"{bad}: record 2: figures[0].value: 'trên 460' is not a number",
        f"{bad}: record 2: figures[3].unit: not valid Unicode (lone surrogate)",
    ]
    assert res.stderr.splitlines() == [f"{bad}: 2 problems", f"coopdocs: {tmp_path / 'nope.json'}: no such file"]


def test_validate_a_good_file_exits_0(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(GOOD, encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(good)])
    assert (res.exit_code, res.stdout) == (0, f"{good}: ok\n")


def test_schema_prints_the_schema():
    res = CliRunner().invoke(main, ["schema"])
    assert res.exit_code == 0
    assert json.loads(res.stdout) == schema.schema()


# ---------------------------------------------------------------- header fields

@pytest.mark.parametrize("context, message", [
    pytest.param({"agency": "\ud800"}, "context field agency: not valid Unicode", id="surrogate"),
    pytest.param({"signer": {"name": "x" * 100_001}}, "context field signer.name: longer than", id="long"),
    pytest.param({"number": math.nan}, "context field number: NaN is not a number", id="nan"),
    pytest.param(["agency"], "a dict of field: value", id="not-a-dict"),
])
def test_header_fields_from_python_are_bounded_too(context, message):
    with pytest.raises(UsageError, match=message):
        check_context(context)


@pytest.mark.parametrize("pairs, message", [
    pytest.param(["agency=\udcff"], "--set agency: not valid Unicode", id="undecodable-argument"),
    pytest.param(['recipients=["a", "\\ud800"]'], r"--set recipients\[1\]: not valid Unicode", id="json-list"),
    pytest.param(["x=" + "[" * 100 + "]" * 100], "--set x: not JSON a record can hold: nested more than 64",
                 id="deep-json"),
])
def test_set_values_are_bounded(pairs, message):
    with pytest.raises(UsageError, match=message):
        parse_sets(pairs)


def test_a_context_file_with_nan_is_one_error(tmp_path):
    path = tmp_path / "header.json"
    path.write_text('{"agency": NaN}', encoding="utf-8")
    res = CliRunner().invoke(main, ["render", "plan-vi", str(tmp_path / "r.json"), "-o",
                                    str(tmp_path / "o.docx"), "--context", str(path)])
    (tmp_path / "r.json").write_text(GOOD, encoding="utf-8")
    res = CliRunner().invoke(main, ["render", "plan-vi", str(tmp_path / "r.json"), "-o",
                                    str(tmp_path / "o.docx"), "--context", str(path)])
    assert res.exit_code == 1
    assert res.stderr == f"coopdocs: {path}: NaN is not a JSON number\n"


def test_records_from_python_are_checked(tmp_path):
    rec = copy.deepcopy(record("vi", "report"))
    rec["figures"][0]["value"] = float("nan")
    with pytest.raises(InputError, match=r"figures\[0\].value: NaN is not a number"):
        validate(rec)


@pytest.mark.parametrize("args", [
    pytest.param(["render", "plan-vi", "9" * 5000, "-o", "{tmp}/o.docx"], id="records"),
    pytest.param(["render", "9" * 5000 + ".docx", "{tmp}/r.json", "-o", "{tmp}/o.docx"], id="template"),
    pytest.param(["render", "plan-vi", "{tmp}/r.json", "-o", "{tmp}/" + "9" * 5000 + ".docx"], id="output"),
    pytest.param(["validate", "9" * 5000], id="validate"),
])
def test_a_name_the_file_system_refuses_is_one_line(tmp_path, args):
    (tmp_path / "r.json").write_text(GOOD, encoding="utf-8")
    res = CliRunner().invoke(main, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert res.exit_code in (1, 2)
    assert res.stderr.count("\n") == 1 and "File name too long" in res.stderr


def test_every_category_of_the_registry_has_its_item_schema():
    from coopdocs import categories

    assert [c.name for c in schema.CATEGORIES] == [c.name for c in categories.CATEGORIES]
    assert all(c.name in schema.ITEMS for c in categories.CATEGORIES)
    defs = schema.schema()["$defs"]
    assert all(name in defs for name in schema.ITEMS)
