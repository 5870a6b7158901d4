"""Only the categories asked for: ``coopdocs extract --only``, ``extract_text(only=...)`` and
``coopdocs.load(lang, disable=[...])`` run what those need and nothing else, and the items
they fill are those of a full extraction."""
import json
import os
import subprocess
import sys

import pytest

from coopdocs import api, categories, selection
from coopdocs.errors import PipelineError, UsageError

VI = ("Kế hoạch năm 2024 của Sở: đến năm 2030 phấn đấu có trên 5.400 tổ hợp tác, theo Nghị quyết "
      "số 20-NQ/TW ngày 16/6/2022; doanh thu bình quân đạt 2,1 tỷ đồng/năm.\n"
      "Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/6/2025.\n")
TH = ("แผนปี 2567 สหกรณ์จังหวัดมีสมาชิก 1,250 คน เพิ่มขึ้นร้อยละ 5 ตามมติคณะรัฐมนตรี "
      "วันที่ 14 พฤศจิกายน 2565 เป้าหมายภายในปี 2570 มีรายได้เฉลี่ย 9,450 บาทต่อเดือน\n")
FIGURE_STAGE_FIELDS = {"indicator", "indicator_id", "cell", "role"}


def _without(items: list[dict], fields: set[str]) -> list[dict]:
    return [{k: v for k, v in i.items() if k not in fields} for i in items]


@pytest.mark.parametrize("lang, text", [("vi", VI), ("th", TH)], ids=["vi", "th"])
@pytest.mark.parametrize("only, empty", [
    (("figures", "dates"), {"targets", "references", "meeting", "tasks"}),
    (("dates",), {"figures", "targets", "references", "meeting", "tasks"}),
    (("references",), {"figures", "dates", "targets", "meeting", "tasks"}),
    (("tasks",), {"figures", "dates", "targets", "references", "meeting"}),
    (("targets",), {"figures", "dates", "references", "meeting", "tasks"}),
], ids=["figures+dates", "dates", "references", "tasks", "targets"])
def test_only_fills_what_was_asked_as_a_full_run_does(lang, text, only, empty):
    full = api.extract_text(text, lang)
    part = api.extract_text(text, lang, only=only)
    assert set(part) == set(full)
    for name in empty:
        assert part[name] == ([] if categories.get(name).many else None)
    for name in only:
        fields = FIGURE_STAGE_FIELDS if name == "figures" else set()
        assert _without(part[name], fields) == _without(full[name], fields)


def test_only_a_filled_category_is_not_empty_in_these_texts():
    """The texts above have something of each asked category, so the comparison is not
    between two empty lists."""
    for lang, text in (("vi", VI), ("th", TH)):
        full = api.extract_text(text, lang)
        assert all(full[c] for c in ("figures", "dates", "targets", "references"))
    assert api.extract_text(VI, "vi")["tasks"]


@pytest.mark.parametrize("only, filled, left", [
    (("figures",), set(), FIGURE_STAGE_FIELDS),
    (("figures", "indicators"), {"indicator", "indicator_id"}, {"role"}),
    (("figures", "roles"), FIGURE_STAGE_FIELDS, set()),
], ids=["figures", "with-indicators", "with-roles"])
def test_stages_fill_the_fields_of_figures_when_asked(only, filled, left):
    full = api.extract_text(VI, "vi")["figures"]
    part = api.extract_text(VI, "vi", only=only)["figures"]
    assert any(f["indicator"] for f in full) and any(f["role"] for f in full)
    for f, g in zip(full, part):
        assert all(g[k] == f[k] for k in filled)
        assert all(g[k] is None for k in left)


@pytest.mark.parametrize("only, runs", [
    (("figures", "dates"), ["coopdocs_dates", "coopdocs_references", "coopdocs_figures"]),
    (("dates",), ["coopdocs_dates"]),
    (("tasks",), ["coopdocs_dates", "coopdocs_tasks"]),
    (("roles",), ["coopdocs_dates", "coopdocs_references", "coopdocs_figures",
                  "coopdocs_indicators", "coopdocs_targets", "coopdocs_roles"]),
], ids=["figures+dates", "dates", "tasks", "roles"])
def test_components_not_needed_do_not_run(only, runs):
    nlp = api.load("vi", disable=selection.disabled(only))
    assert nlp.pipe_names == runs
    assert len(nlp.components) == len(categories.pipeline_order())


@pytest.mark.parametrize("disable, message", [
    (["dates"], "cannot disable 'coopdocs_dates': 'coopdocs_references' requires it"),
    (["coopdocs_figures"], "cannot disable 'coopdocs_figures': 'coopdocs_indicators' requires it"),
    (["targets", "tasks"], "cannot disable 'coopdocs_targets': 'coopdocs_roles' requires it"),
    (["ner"], "no coopdocs component 'ner' to disable"),
], ids=["dates", "figures", "targets", "unknown"])
def test_disabling_what_another_requires_fails_clearly(disable, message):
    with pytest.raises(PipelineError, match=message):
        api.load("vi", disable=disable)


@pytest.mark.parametrize("disable, without", [
    (["tasks"], ["coopdocs_tasks"]),
    (["coopdocs_meeting", "tasks"], ["coopdocs_meeting", "coopdocs_tasks"]),
    (["roles", "targets"], ["coopdocs_targets", "coopdocs_roles"]),
], ids=["tasks", "meeting+tasks", "roles+targets"])
def test_load_disable_the_spacy_way(disable, without):
    nlp = api.load("vi", disable=disable)
    assert [n for n in api.load("vi").pipe_names if n not in nlp.pipe_names] == without
    assert set(nlp.disabled) == set(without)


@pytest.mark.parametrize("spec, message", [
    ("figure", "no category 'figure'"),
    (",", "name at least one category"),
    ("dates,nope", "no category 'nope'"),
], ids=["misspelt", "empty", "one-unknown"])
def test_only_bad_names_are_usage_errors(spec, message):
    with pytest.raises(UsageError, match=message):
        selection.parse(spec)


def test_only_on_the_command_line(tmp_path):
    doc = tmp_path / "ke-hoach.txt"
    doc.write_text(VI, encoding="utf-8")
    run = [sys.executable, "-c", "import sys; from coopdocs.cli import main; sys.exit(main())",
           "extract", "--lang", "vi"]
    out = subprocess.run([*run, "--only", "figures,dates", str(doc)], capture_output=True,
                         text=True, check=True)
    record = json.loads(out.stdout)
    assert record["figures"] and record["dates"]
    assert record["targets"] == record["references"] == record["tasks"] == []
    bad = subprocess.run([*run, "--only", "figure", str(doc)], capture_output=True, text=True,
                         check=False)
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.splitlines() == [(
        "coopdocs: --only: no category 'figure' (known: figures, dates, targets, references, "
        "meeting, tasks, indicators, roles)")]


@pytest.mark.parametrize("env, filled, error", [
    ("dates", {"dates"}, None),
    ("figures,dates", {"figures", "dates"}, None),
    ("figure", set(), "COOPDOCS_ONLY='figure': no category 'figure'"),
], ids=["dates", "figures+dates", "unknown"])
def test_a_process_started_with_coopdocs_only_extracts_that(env, filled, error):
    """What worker processes get from the command line's --only, however they are started."""
    code = ("import json, sys, coopdocs\n"
            "try:\n"
            "    r = coopdocs.extract_text(sys.argv[1], 'vi')\n"
            "except Exception as e:\n"
            "    print(json.dumps({'error': str(e)})); sys.exit()\n"
            "print(json.dumps({k: bool(v) for k, v in r.items() if k in sys.argv[2:]}))\n")
    names = ["figures", "dates", "targets", "references", "tasks"]
    out = subprocess.run([sys.executable, "-c", code, VI, *names], capture_output=True, text=True,
                         check=True, env={**os.environ, selection.ENV: env})
    got = json.loads(out.stdout)
    if error:
        assert error in got["error"]
    else:
        assert {k for k, v in got.items() if v} == filled


def test_only_on_the_command_line_lasts_as_long_as_the_command(tmp_path):
    from click.testing import CliRunner

    from coopdocs.cli import main

    doc = tmp_path / "ke-hoach.txt"
    doc.write_text(VI, encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", "--lang", "vi", "--only", "dates", str(doc)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["figures"] == []
    assert selection.asked() is None and selection.ENV not in os.environ
    assert api.extract_text(VI, "vi")["figures"]
