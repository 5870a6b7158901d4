"""``coopdocs evaluate``: field comparisons, matching, P/R/F1, gold files, and the command."""
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest import SCORER, SHARED

from coopdocs.cli import main
from coopdocs.errors import InputError
from coopdocs.evaluate import evaluate, gold, score, score_document
from coopdocs.evaluate.gold import GoldError

VENV_BIN = Path(sys.executable).parent


# ----------------------------------------------------------------- field comparisons
@pytest.mark.parametrize("fn, gold_value, pred_value, same", [
    (score.num_eq, 9450000000, 9450000000.0, True),
    (score.num_eq, 34.3, 34.30000001, True),
    (score.num_eq, 34.3, 34.4, False),
    (score.num_eq, None, None, True),
    (score.num_eq, None, 0, False),
    (score.num_eq, 5, "5", True),
    (score.num_eq, 5, "năm", False),
    (score.date_eq, "2022-11-14", "2022-11-14", True),
    (score.date_eq, "--02-20", "2024-02-20", True),
    (score.date_eq, "--02-20", "2024-02", False),
    (score.date_eq, "2023", "2023-01", False),
    (score.date_eq, None, "2023", False),
    (score.year_eq, "2030", "2030-12-31", True),
    (score.year_eq, "2030", 2030, True),
    (score.year_eq, "2022-06-16", "2022", False),
    (score.year_eq, "2022-06-16", "2022-06-16", True),
    (score.year_eq, None, None, True),
    (score.number_eq, "09", "9", True),
    (score.number_eq, "20-NQ/TW", "20 - nq/tw", True),
    (score.number_eq, "0", "00", True),
    (score.number_eq, None, "43", False),
    (score.optional_eq, None, "", True),
    (score.optional_eq, "over", None, False),
])
def test_field_comparisons(fn, gold_value, pred_value, same):
    assert fn(gold_value, pred_value) is same


@pytest.mark.parametrize("fn, gold_value, pred_value, same", [
    (score.deadline_eq, "2025", "2025-03-31", True),
    (score.deadline_eq, "2025-03", "2025-03-31", True),
    (score.deadline_eq, "2025-03-31", "2025-03", False),
    (score.deadline_eq, None, None, True),
    (score.time_eq, "08:30", "08:30", True),
    (score.time_eq, "08:30", "08:30:00", True),
    (score.time_eq, "08:30", "8:30", False),
    (score.same_person, "Nguyễn Văn  Phương", {"name": "văn phương", "title": None}, True),
    (score.same_person, "Sở Tài chính", "Sở Tài chính tỉnh", True),
    (score.same_person, "Sở Tài chính", "Sở Xây dựng", False),
    (score.same_person, None, None, True),
    (score.same_person, None, "Sở Tài chính", False),
], ids=lambda v: v.__name__ if callable(v) else None)
def test_task_and_meeting_comparisons(fn, gold_value, pred_value, same):
    assert fn(gold_value, pred_value) is same


@pytest.mark.parametrize("phrase, units", [
    ("số hợp tác xã", {"số", "hợp", "tác", "xã"}),
    ("Số HTX, THT", {"số", "hợp", "tác", "xã", "tổ"}),  # abbreviations expanded, commas dropped
    ("doanh thu LH HTX", {"doanh", "thu", "liên", "hiệp", "hợp", "tác", "xã"}),
    ("รายได้ เฉลี่ย", {"รา", "าย", "ยไ", "ได", "ด้", "้เ", "เฉ", "ฉล", "ลี", "ี่", "่ย"}),
    ("", set()),
], ids=["vi-syllables", "vi-abbreviations", "vi-longer-abbreviation-first", "th-character-pairs",
        "empty"])
def test_phrase_units(phrase, units):
    assert score.words(phrase) == units


@pytest.mark.parametrize("gold_phrase, pred_phrase, same", [
    ("số hợp tác xã", "số HTX", True),
    ("doanh thu bình quân của hợp tác xã", "doanh thu bình quân", True),  # 4 of 8: half
    ("doanh thu bình quân của hợp tác xã", "doanh thu", False),  # 2 of 8
    ("doanh thu bình quân của hợp tác xã", "doanh thu bình quân hợp tác xã", True),
    ("số hợp tác xã", "duy trì", False),
    ("รายได้เฉลี่ยของสมาชิก", "รายได้เฉลี่ยของสมาชิกสหกรณ์", True),
    ("รายได้เฉลี่ยของสมาชิก", "เหลือ", False),
    (None, "số hợp tác xã", False),
])
def test_similar_phrases(gold_phrase, pred_phrase, same):
    assert score.similar(gold_phrase, pred_phrase) is same


@pytest.mark.parametrize("category, g, p, fields", [
    ("figures", {"value": 30, "value_max": None, "qualifier": "over", "kind": "count"},
     {"value": 30.0, "qualifier": "over", "kind": "count"}, []),
    ("figures", {"value": 5, "value_max": 6, "qualifier": None, "kind": "percent"},
     {"value": 5, "value_max": None, "qualifier": "", "kind": "money"}, ["value_max", "kind"]),
    ("dates", {"value": "2019-01/2019-06"}, {"value": "2019"}, ["value"]),
    ("targets", {"deadline": "2030"}, {"deadline": "2030-06-30"}, []),
    ("references", {"number": "09", "kind": "plan", "date": "2003"},
     {"number": "9", "kind": "plan", "date": "2003-05-01"}, []),
    ("references", {"number": None, "kind": "law", "date": "2012"},
     {"number": "23/2012/QH13", "kind": "law", "date": "2012"}, ["number"]),
])
def test_differing_fields(category, g, p, fields):
    assert score.differing(category, g, p) == fields


# ----------------------------------------------------------------- matching
@pytest.mark.parametrize("gold_spans, pred_spans, same, pairs", [
    # one exact, one span-only, one missed, one spurious
    ([(0, 5), (10, 15), (20, 25)], [(0, 5), (12, 14), (40, 42)], {(0, 0)},
     [(0, 0, True), (1, 1, False)]),
    # an agreeing prediction wins over an earlier overlapping one that disagrees
    ([(0, 10)], [(0, 4), (5, 10)], {(0, 1)}, [(0, 1, True)]),
    # one-to-one: the second gold item cannot reuse the prediction
    ([(0, 10), (2, 8)], [(3, 5)], {(0, 0), (1, 0)}, [(0, 0, True)]),
    # touching spans do not overlap; predictions without spans never match
    ([(0, 5)], [(5, 9), None], set(), []),
    ([], [(0, 1)], set(), []),
])
def test_match(gold_spans, pred_spans, same, pairs):
    m = score.match(gold_spans, pred_spans, lambda g, p: (g, p) in same)
    assert m.pairs == pairs
    assert m.counts["tp_span"] == len(pairs)
    assert m.counts["tp"] == sum(exact for *_, exact in pairs)
    assert len(m.missed) == len(gold_spans) - len(pairs)
    assert len(m.spurious) == len(pred_spans) - len(pairs)


def test_target_without_offsets_takes_its_figures_span():
    record = {"figures": [{"start": 3, "end": 9}], "targets": [{"figure": 0}, {"figure": 7}]}
    assert score.predicted_spans(record, "targets") == [(3, 9), None]


@pytest.mark.parametrize("counts, expected", [
    ({"gold": 4, "pred": 5, "tp": 3, "tp_span": 4}, (0.6, 0.75, 2 / 3)),
    ({"gold": 0, "pred": 0, "tp": 0, "tp_span": 0}, (1.0, 1.0, 1.0)),
    ({"gold": 0, "pred": 2, "tp": 0, "tp_span": 0}, (0.0, 1.0, 0.0)),
    ({"gold": 3, "pred": 0, "tp": 0, "tp_span": 0}, (0.0, 0.0, 0.0)),
])
def test_prf(counts, expected):
    assert score.prf(counts) == pytest.approx(expected)


@pytest.mark.parametrize("g, p, counts", [
    ({"date": "2024-02-20", "chair": "Nguyễn Văn Phương"},
     {"date": "2024-02-20", "chair": {"name": "Văn Phương", "title": None}}, (2, 2, 2)),
    ({"date": "--02-20", "chair": None}, {"date": "2025-02-20", "chair": None}, (1, 1, 1)),
    ({"date": "2024-02-20", "chair": "A B"}, None, (2, 0, 0)),
    (None, {"date": "2024-02-20", "chair": {"name": "X"}}, (0, 2, 0)),
    ({"date": "2024-02-21", "chair": "นายสมชาย ใจดี"}, {"date": "2024-02-20", "chair": "นายสมชาย ใจดี"},
     (2, 2, 1)),
])
def test_meeting(g, p, counts):
    c = score.meeting_counts(score.meeting_facts(g, p))
    assert (c["gold"], c["pred"], c["tp"]) == counts
    assert c["tp_span"] == c["tp"]


@pytest.mark.parametrize("g, p, counts", [
    # time and location count only where the gold meeting has the keys
    ({"date": "2024-02-20", "chair": "A", "time": "08:30", "location": "Hội trường tầng 3, UBND tỉnh"},
     {"date": "2024-02-20", "chair": {"name": "A"}, "time": "08:30",
      "location": "Hội trường tầng 3 trụ sở UBND tỉnh"}, (4, 4, 4)),
    ({"date": "2024-02-20", "chair": "A"}, {"date": "2024-02-20", "chair": {"name": "A"},
                                            "time": "08:30", "location": "Hội trường"}, (2, 2, 2)),
    ({"date": None, "chair": None, "time": None, "location": None},
     {"date": None, "chair": None, "time": "บ่าย", "location": None}, (0, 1, 0)),
    ({"date": None, "chair": None, "time": "14:00", "location": "ห้องประชุมศรีจันทร์ ชั้น 3"},
     {"time": "14:00", "location": "ศาลากลางจังหวัด"}, (2, 2, 1)),
])
def test_meeting_time_and_location(g, p, counts):
    c = score.fact_counts(score.facts("meeting", g, p))
    assert (c["gold"], c["pred"], c["tp"]) == counts


@pytest.mark.parametrize("spec, ok", [
    ("figures=0.95", ("figures", 0.95)), ("meeting=1", ("meeting", 1.0)),
    ("figure=0.9", None), ("figures", None), ("figures=high", None), ("dates=95", None),
])
def test_parse_floor(spec, ok):
    if ok is None:
        with pytest.raises(ValueError):
            score.parse_floor(spec)
    else:
        assert score.parse_floor(spec) == ok


# ----------------------------------------------------------------- gold files
VI = "Năm 2023, toàn tỉnh có 1.981 tổ hợp tác và 341 hợp tác xã, doanh thu đạt 1,3 tỷ đồng/HTX.\n"


def gold_doc(**over):
    doc = {"source": "test", "lang": "vi", "kind": "report",
           "figures": [
               {"text": "1.981 tổ hợp tác", "occurrence": 0, "value": 1980, "value_max": None,
                "kind": "count", "unit": "tổ hợp tác", "qualifier": None, "per": None},
               {"text": "1,3 tỷ đồng", "occurrence": 0, "value": 1300000000, "value_max": None,
                "kind": "money", "unit": "VND", "qualifier": None, "per": "HTX"},
               {"text": "toàn tỉnh", "occurrence": 0, "value": 1, "value_max": None,
                "kind": "count", "unit": "tỉnh", "qualifier": None, "per": None}],
           "dates": [], "targets": [], "references": [], "meeting": None}
    doc.update(over)
    return doc


def write_pair(folder: Path, name="doc", text=VI, gold_data=None, suffix=".txt"):
    folder.mkdir(parents=True, exist_ok=True)
    if suffix == ".txt":
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    else:
        d = docx.Document()
        for line in text.rstrip("\n").split("\n"):
            d.add_paragraph(line)
        d.save(folder / f"{name}.docx")
    (folder / f"{name}.gold.json").write_text(
        json.dumps(gold_data or gold_doc(), ensure_ascii=False), encoding="utf-8")
    return folder


def test_locate_counts_occurrences():
    assert gold.locate("a-a-a", "a", 2) == 4
    assert gold.locate("aaa", "aa", 1) == 1  # overlapping, as score.py
    assert gold.locate("a-a", "a", 2) is None


@pytest.mark.parametrize("entry, message", [
    ({"text": "2024", "occurrence": 0}, "dates[0] '2024' is not in the text of doc.txt"),
    ({"text": "Năm 2023", "occurrence": 1}, "dates[0] 'Năm 2023' occurrence 1 asked, the text has 1"),
    ({"text": "", "occurrence": 0}, 'dates[0] has no "text" string'),
    ({"text": "Năm 2023", "occurrence": -1}, "must be a whole number"),
])
def test_unlocatable_gold_names_file_and_annotation(tmp_path, entry, message):
    write_pair(tmp_path, gold_data=gold_doc(dates=[dict(entry, value="2023")]))
    pair = gold.find_pairs([tmp_path])[0]
    with pytest.raises(GoldError) as e:
        gold.load(pair, VI)
    assert message in str(e.value)
    assert str(e.value).startswith(str(tmp_path / "doc.gold.json") + ": ")


def test_malformed_gold_json(tmp_path):
    write_pair(tmp_path)
    (tmp_path / "doc.gold.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        gold.load(gold.find_pairs([tmp_path])[0], VI)


def test_find_pairs_from_folder_document_and_gold_file(tmp_path):
    write_pair(tmp_path / "a" / "vi", "x")
    write_pair(tmp_path / "b", "y", suffix=".docx")
    (tmp_path / "b" / "unannotated.txt").write_text(VI, encoding="utf-8")
    pairs = gold.find_pairs([tmp_path])
    assert [(p.doc.name, p.gold.name) for p in pairs] == [("x.txt", "x.gold.json"),
                                                          ("y.docx", "y.gold.json")]
    assert gold.find_pairs([tmp_path / "b" / "y.docx"]) == [pairs[1]]
    assert gold.find_pairs([tmp_path / "a" / "vi" / "x.gold.json", tmp_path / "a"]) == [pairs[0]]


@pytest.mark.parametrize("lone, target, message", [
    ("lone.gold.json", ".", "no document beside this gold file"),
    ("lone.txt", "lone.txt", "no gold file lone.gold.json beside this document"),
])
def test_find_pairs_errors(tmp_path, lone, target, message):
    (tmp_path / lone).write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        gold.find_pairs([tmp_path / target])


def test_find_pairs_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        gold.find_pairs([tmp_path / "nope"])
    with pytest.raises(InputError, match="no NAME.gold.json"):
        gold.find_pairs([tmp_path])


# ----------------------------------------------------------------- scoring documents
def at(sub):
    """start/end of ``sub`` in VI."""
    return {"start": VI.index(sub), "end": VI.index(sub) + len(sub)}


PRED = {"figures": [dict(at("1.981 tổ hợp tác"), value=1981, value_max=None, kind="count", qualifier=None),
                    dict(at("341 hợp tác xã"), value=341, kind="count"),
                    dict(at("1,3 tỷ đồng"), value=1300000000, kind="money")],
        "dates": [dict(at("Năm 2023"), value="2023")],
        "targets": [], "references": [], "meeting": None}


def test_score_document_counts_and_details(tmp_path):
    write_pair(tmp_path)
    g = gold.load(gold.find_pairs([tmp_path])[0], VI)
    doc = score_document(g, PRED)
    assert doc["counts"]["figures"] == {"gold": 3, "pred": 3, "tp_span": 2, "tp": 1}
    assert doc["counts"]["dates"] == {"gold": 0, "pred": 1, "tp_span": 0, "tp": 0}
    kinds = {(d["status"], d["category"], d["text"]) for d in doc["details"]}
    assert kinds == {("mismatch", "figures", "1.981 tổ hợp tác"), ("missed", "figures", "toàn tỉnh"),
                     ("spurious", "figures", "341 hợp tác xã"), ("spurious", "dates", "Năm 2023")}
    mismatch = next(d for d in doc["details"] if d["status"] == "mismatch")
    assert mismatch["gold"] == {"value": 1980} and mismatch["pred"] == {"value": 1981}
    assert "⟦1.981 tổ hợp tác⟧" in mismatch["context"]


TASK_TEXT = "Giao Sở Tài chính chủ trì, hoàn thành trước ngày 31/3/2025.\n"
TASKS_PRED = {"tasks": [{"start": 0, "end": len(TASK_TEXT) - 1, "text": TASK_TEXT[:-1],
                         "assignee": "Sở Tài chính", "deadline": "2025-03-31"}]}


@pytest.mark.parametrize("annotated, counts", [
    ({"tasks": [{"text": "Giao Sở Tài chính chủ trì", "assignee": "sở tài chính", "deadline": "2025-03"}]},
     {"gold": 1, "pred": 1, "tp_span": 1, "tp": 1}),
    ({"tasks": [{"text": "Giao Sở Tài chính chủ trì", "assignee": "Sở Tài chính", "deadline": "2025-04"}]},
     {"gold": 1, "pred": 1, "tp_span": 1, "tp": 0}),
    ({"tasks": []}, {"gold": 0, "pred": 1, "tp_span": 0, "tp": 0}),
    ({}, {"gold": 0, "pred": 0, "tp_span": 0, "tp": 0}),  # not annotated for tasks: not scored
], ids=["same-assignee-deadline-in-month", "other-deadline", "none-annotated", "no-tasks-key"])
def test_tasks_are_scored_where_annotated(tmp_path, annotated, counts):
    data = {"lang": "vi", "figures": [], "dates": [], "targets": [], "references": [],
            "meeting": None, **annotated}
    write_pair(tmp_path, text=TASK_TEXT, gold_data=data)
    g = gold.load(gold.find_pairs([tmp_path])[0], TASK_TEXT)
    assert score_document(g, TASKS_PRED)["counts"]["tasks"] == counts


def test_indicators_score_targets_with_an_indicator_on_both_sides(tmp_path):
    text = "Đến năm 2030 có 5.400 tổ hợp tác và 45.000 hợp tác xã; doanh thu 3 tỷ đồng.\n"
    targets = [{"figure_text": t, "deadline": "2030", "indicator": i} for t, i in
               [("5.400 tổ hợp tác", "số tổ hợp tác"), ("45.000 hợp tác xã", "số hợp tác xã"),
                ("3 tỷ đồng", None)]]
    write_pair(tmp_path, text=text, gold_data={"lang": "vi", "targets": targets})
    g = gold.load(gold.find_pairs([tmp_path])[0], text)

    def target(sub, indicator):
        return {"start": text.index(sub), "end": text.index(sub) + len(sub), "deadline": "2030",
                "indicator": indicator}

    pred = {"targets": [target("5.400 tổ hợp tác", "số THT"), target("45.000 hợp tác xã", "có"),
                        target("3 tỷ đồng", "doanh thu")]}
    doc = score_document(g, pred)
    assert doc["counts"]["targets"] == {"gold": 3, "pred": 3, "tp_span": 3, "tp": 3}
    assert doc["counts"]["indicators"] == {"gold": 2, "pred": 3, "tp_span": 2, "tp": 1}
    wrong = [d for d in doc["details"] if d["category"] == "indicators"]
    assert [(d["status"], d["text"]) for d in wrong] == [("mismatch", "45.000 hợp tác xã"),
                                                         ("spurious", "3 tỷ đồng")]


def test_evaluate_function_totals_and_failures(tmp_path):
    write_pair(tmp_path / "vi", "one")
    write_pair(tmp_path / "vi", "two")

    def fake_extract(path):
        if path.stem == "two":
            raise InputError("broken", str(path))
        return PRED

    result = evaluate([tmp_path], extract=fake_extract)
    assert list(result["table"]) == ["vi", "all"]
    fig = result["table"]["all"]["figures"]
    assert (fig["gold"], fig["pred"], fig["tp"], fig["tp_span"]) == (6, 3, 1, 2)
    assert (fig["p"], fig["r"], fig["span_p"], fig["span_r"]) == (0.333, 0.167, 0.667, 0.333)
    assert result["failures"] == [f"{tmp_path / 'vi' / 'two.txt'}: broken"]


# ----------------------------------------------------------------- the command
@pytest.fixture
def runner():
    return CliRunner()


def test_cli_table_json_and_verbose(runner, tmp_path):
    write_pair(tmp_path)
    res = runner.invoke(main, ["evaluate", str(tmp_path)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["lang", "category", "gold", "pred", "P", "R", "F1",
                                "spanP", "spanR", "spanF1"]
    assert any(line.split()[:2] == ["all", "figures"] for line in lines)

    res = runner.invoke(main, ["evaluate", "--json", str(tmp_path / "doc.txt")])
    data = json.loads(res.output)
    fig = data["table"]["vi"]["figures"]
    assert fig["gold"] == 3 and fig["tp_span"] >= 1  # "toàn tỉnh" is never a figure
    assert data["documents"][0]["doc"] == str(tmp_path / "doc.txt")

    res = runner.invoke(main, ["evaluate", "-v", str(tmp_path / "doc.gold.json")])
    assert "missed     figures    'toàn tỉnh'" in res.output
    assert "⟦toàn tỉnh⟧" in res.output
    assert "gold value=1980" in res.output  # the mismatch, gold against predicted


def test_cli_docx_gold(runner, tmp_path):
    write_pair(tmp_path, suffix=".docx", text=VI + "Dòng hai.\n")
    res = runner.invoke(main, ["evaluate", "--json", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["documents"][0]["doc"].endswith("doc.docx")


def test_cli_floors(runner, tmp_path):
    write_pair(tmp_path)
    res = runner.invoke(main, ["evaluate", "--min", "figures=0.99", "--min", "references=0.5",
                               str(tmp_path)])
    assert res.exit_code == 1
    assert "below the floor: figures F1" in res.stderr
    assert "references" not in res.stderr  # nothing annotated, nothing predicted: F1 1.0
    res = runner.invoke(main, ["evaluate", "--min", "figures=0", str(tmp_path)])
    assert res.exit_code == 0
    res = runner.invoke(main, ["evaluate", "--min", "figure=0.9", str(tmp_path)])
    assert res.exit_code == 2


def test_cli_unlocatable_gold_is_one_line_exit_1(runner, tmp_path):
    bad = gold_doc(references=[{"text": "Nghị quyết số 20-NQ/TW", "occurrence": 0,
                                "kind": "resolution", "number": "20-NQ/TW", "date": None}])
    write_pair(tmp_path, gold_data=bad)
    res = runner.invoke(main, ["evaluate", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert "doc.gold.json" in res.stderr and "references[0] 'Nghị quyết số 20-NQ/TW'" in res.stderr


def test_cli_missing_path(runner, tmp_path):
    res = runner.invoke(main, ["evaluate", str(tmp_path / "nope")])
    assert res.exit_code == 1 and "no such file or folder" in res.stderr


def test_command_module_does_not_load_spacy():
    code = "import sys, coopdocs.evaluate.commands; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def needs_shared(folder):
    return pytest.mark.skipif(not (SHARED / folder).is_dir() or not SCORER.is_file(),
                              reason=f"needs the independent scorer and {folder}/ beside the checkout")


def agree(theirs: dict, mine: dict) -> None:
    """Every number the independent scorer prints, the same in coopdocs evaluate's table."""
    assert set(mine) == set(theirs)
    for lang, cats in theirs.items():
        for cat, row in cats.items():
            assert {k: mine[lang][cat][k] for k in row} == row, (lang, cat)


@needs_shared("seeds")
def test_seeds_agree_with_independent_scorer(runner):
    cmd = f"{VENV_BIN / 'coopdocs'} extract --format json"
    ref = subprocess.run([sys.executable, str(SCORER), "--dir", str(SHARED / "seeds"), "--json",
                          "--cmd", cmd], check=False, capture_output=True, text=True, timeout=600)
    assert ref.returncode == 0, ref.stdout + ref.stderr
    res = runner.invoke(main, ["evaluate", "--json", str(SHARED / "seeds")])
    assert res.exit_code == 0, res.output
    agree(json.loads(ref.stdout)["table"], json.loads(res.stdout)["table"])


REPLAY = """import hashlib, pathlib, sys
key = hashlib.sha256(str(pathlib.Path(sys.argv[2]).resolve()).encode()).hexdigest()
sys.stdout.write((pathlib.Path(sys.argv[1]) / (key + ".json")).read_text(encoding="utf-8"))
"""


@needs_shared("real")
def test_real_documents_agree_with_independent_scorer(tmp_path):
    """Both scorers score the same records (extracted once, replayed to the other scorer)."""
    import hashlib

    from coopdocs import extract

    records = {}
    for pair in gold.find_pairs([SHARED / "real"]):
        records[pair.doc.resolve()] = record = extract(pair.doc)
        key = hashlib.sha256(str(pair.doc.resolve()).encode()).hexdigest()
        (tmp_path / f"{key}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "replay.py").write_text(REPLAY, encoding="utf-8")
    cmd = f"{sys.executable} {tmp_path / 'replay.py'} {tmp_path}"
    ref = subprocess.run([sys.executable, str(SCORER), "--dir", str(SHARED / "real"), "--json",
                          "--cmd", cmd], check=False, capture_output=True, text=True, timeout=600)
    assert ref.returncode == 0, ref.stdout + ref.stderr
    mine = evaluate([SHARED / "real"], extract=lambda path: records[Path(path).resolve()])
    assert mine["failures"] == []
    agree(json.loads(ref.stdout)["table"], mine["table"])
