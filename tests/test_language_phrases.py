"""Sentences, tasks, meetings, targets, references, document kinds and language detection come
from a language's data: a folder with profile.toml and word lists is a language for them,
with no code naming it; a language without a feature's data has no such items; a bad value
is one error naming the profile."""
import re
import shutil
from pathlib import Path

import pytest

from coopdocs import extract_text, lang
from coopdocs.errors import LanguageError
from coopdocs.langdetect import detect
from coopdocs.rules.dates import find_dates
from coopdocs.rules.doctype import kind_and_title
from coopdocs.rules.figures import find_figures
from coopdocs.rules.meeting import find_meeting
from coopdocs.rules.references import find_references
from coopdocs.rules.sentences import clauses, sentences
from coopdocs.rules.targets import find_targets
from coopdocs.rules.tasks import find_tasks

HERE = Path(lang.__file__).parent
MY_SECTIONS = ("sentences", "phrases", "doctype", "targets", "references", "meeting", "tasks",
               "detect")


def _sentence(text, pos_of, lang, level=sentences):
    a, b = level(text, lang).around(text.index(pos_of))
    return text[a:b]


@pytest.mark.parametrize("lang,text,at,sentence", [
    pytest.param("vi", "Năm 2023 đạt 5 tỷ. Phấn đấu đạt 10 tỷ!", "10 tỷ", " Phấn đấu đạt 10 tỷ!",
                 id="vi-mark-then-space"),
    pytest.param("vi", "Toàn tỉnh có 1.981 tổ hợp tác.", "tổ", "Toàn tỉnh có 1.981 tổ hợp tác.",
                 id="vi-number-dot-no-end"),
    pytest.param("vi", "TP.HCM có 12 HTX; Hà Nội có 9 HTX.", "9 HTX",
                 "TP.HCM có 12 HTX; Hà Nội có 9 HTX.", id="vi-semicolon-no-sentence-end"),
    pytest.param("vi", "Dòng một.\nDòng hai có 3 HTX", "3 HTX", "Dòng hai có 3 HTX",
                 id="vi-line-break"),
    pytest.param("vi", "Dòng một.\r\nDòng hai", "hai", "Dòng hai", id="vi-crlf"),
    pytest.param("th", "สหกรณ์ 12 แห่ง. สมาชิก 500 คน", "500", "สหกรณ์ 12 แห่ง. สมาชิก 500 คน",
                 id="th-no-marks-one-sentence-a-line"),
    pytest.param("th", "สหกรณ์ 12 แห่ง\nสมาชิก 500 คน", "500", "สมาชิก 500 คน", id="th-line"),
])
def test_sentence_around_a_position(lang, text, at, sentence):
    assert _sentence(text, at, lang) == sentence


@pytest.mark.parametrize("lang,text,at,clause", [
    pytest.param("vi", "Năm 2022 đạt 5 tỷ; năm 2023 đạt 6 tỷ.", "6 tỷ", " năm 2023 đạt 6 tỷ.",
                 id="vi-semicolon"),
    pytest.param("th", "ปี 2565 มี 5 แห่ง; ปี 2566 มี 6 แห่ง", "6 แห่ง",
                 "ปี 2565 มี 5 แห่ง; ปี 2566 มี 6 แห่ง", id="th-no-clause-marks"),
])
def test_clause_around_a_position(lang, text, at, clause):
    assert _sentence(text, at, lang, clauses) == clause


def test_a_long_paragraph_is_split_once_and_looked_up_anywhere():
    text = "Đạt 5 tỷ. " * 50_000 + "Cuối cùng"
    s = sentences(text, "vi")
    assert sentences(text, "vi") is s  # one index a text
    assert len(s.starts) == 50_000
    assert text[slice(*s.around(len(text) - 3))] == " Cuối cùng"
    assert text[slice(*s.around(5))] == "Đạt 5 tỷ."


def _profile_text(folder: Path) -> str:
    return (folder / "profile.toml").read_text(encoding="utf-8")


def _without(toml: str, sections) -> str:
    """The profile without the given sections (and their sub-tables)."""
    out, keep = [], True
    for line in toml.splitlines(keepends=True):
        head = re.match(r"\[\[?([a-z_]+)", line)
        if head:
            keep = head.group(1) not in sections
        if keep:
            out.append(line)
    return "".join(out)


@pytest.fixture
def language_path(tmp_path, monkeypatch):
    """A folder of extra languages; the languages made in it are gone after the test."""
    monkeypatch.setenv("COOPDOCS_LANG_PATH", str(tmp_path))
    lang._clear()
    yield tmp_path
    monkeypatch.delenv("COOPDOCS_LANG_PATH")
    lang._clear()


def _thai_copy(base: Path, code: str, **sections: str) -> str:
    """A copy of the Thai data as language ``code``, with some of its sections replaced."""
    folder = base / code
    shutil.copytree(HERE / "th", folder)
    toml = _without(_profile_text(folder), sections) + "".join(
        f"\n[{name}]\n{body}\n" for name, body in sections.items())
    (folder / "profile.toml").write_text(toml, encoding="utf-8")
    return code


TASK = "มอบหมายให้สำนักงานสหกรณ์จังหวัดจัดทำรายงาน ไม่เกินวันที่ 15 มีนาคม 2567. ขอบคุณ"


def test_sentence_marks_and_deadline_cues_come_from_the_profile(language_path):
    code = _thai_copy(language_path, "zq", sentences='end_marks = ["."]',
                      tasks='deadline_cues = ["ไม่เกิน"]\nnot_assignees = ["ทุก"]')
    th = find_tasks(TASK, "th", find_dates(TASK, "th"))
    zq = find_tasks(TASK, code, find_dates(TASK, code))
    assert [(t.assignee, t.text, t.deadline) for t in th] == [
        ("สำนักงานสหกรณ์จังหวัด", TASK, None)]
    assert [(t.assignee, t.text, t.deadline) for t in zq] == [
        ("สำนักงานสหกรณ์จังหวัด", TASK[:TASK.index(".") + 1], "2024-03-15")]


def test_a_script_of_its_own_is_detected(language_path):
    _thai_copy(language_path, "zl", detect='script = ["0E80-0EFF"]')
    assert detect("ສະຫະກອນກະສິກຳໃນແຂວງມີທັງໝົດ 25 ແຫ່ງ ແລະ ສະມາຊິກ 900 ຄົນ") == "zl"
    assert detect("ปัจจุบันจังหวัดมีสหกรณ์ 1,981 แห่ง") == "th"
    assert detect("Toàn tỉnh có 1.981 tổ hợp tác") == "vi"


def test_the_chair_forms_and_their_order_come_from_the_profile(language_path):
    text = "รายงานการประชุม\nประธาน : นายสมชาย ใจดี ผู้อำนวยการ\nนายสมศักดิ์ รักดี เป็นประธาน"
    code = _thai_copy(language_path, "zc", meeting='person_names = "prefixed"\n'
                                                 'chair_forms = ["label"]\n'
                                                 'chair_label_mid_line = true')
    assert find_meeting(text, "th", [], minutes=True).chair["name"] == "สมศักดิ์ รักดี"
    chair = find_meeting(text, code, [], minutes=True).chair
    assert chair == {"name": "สมชาย ใจดี", "title": "ผู้อำนวยการ"}


MINIMAL = """
[phrases]
max_subject_words = 5

[meeting]
person_names = "prefixed"
"""

TEXT = ("รายงานการประชุม\nเมื่อวันที่ 14 พฤศจิกายน 2565 นายสมชาย ใจดี เป็นประธาน\n"
        "มอบหมายให้สำนักงานจัดทำรายงาน ภายในวันที่ 30 ธันวาคม 2565\n"
        "เป้าหมายภายในปี 2570 มีสหกรณ์ 1,500 แห่ง ตามแผนปฏิบัติการหมายเลข 43\n")


def test_a_language_without_phrase_data_has_no_phrase_items(language_path):
    """Only the keys without a natural default: no word lists, no patterns, no marks."""
    folder = language_path / "zm"
    shutil.copytree(HERE / "th", folder)
    ours = {"doc_types", "meeting", "titles", "task_cues", "task_verbs", "org_heads",
            "task_modals", "task_not_cues", "task_collaborators", "task_reports", "assignee_ends",
            "target_cues", "result_cues", "directions", "indicator_prefix", "leadin_endings",
            "budget_words", "subject_stops", "subject_joiners", "table_headers", "doc_kinds",
            "ref_number_cues", "ref_not_documents", "issuer_stops"}
    for name in ours:
        (folder / f"{name}.tsv").unlink()
    (folder / "profile.toml").write_text(_without(_profile_text(folder), MY_SECTIONS) + MINIMAL,
                                         encoding="utf-8")
    dates = find_dates(TEXT, "zm")
    figures = find_figures(TEXT, "zm")
    assert dates and figures  # the other layers still read the language
    assert find_tasks(TEXT, "zm", dates) == []
    assert find_meeting(TEXT, "zm", dates, minutes=True) is None
    assert find_targets(TEXT, "zm", figures, dates) == []
    assert find_references(TEXT, "zm", dates) == []
    assert kind_and_title(TEXT, "zm") == ("news", "รายงานการประชุม")
    assert _sentence(TEXT, "1,500", "zm") == TEXT.splitlines()[3]
    record = extract_text(TEXT, "zm")  # the whole pipeline, as for any language
    assert record["dates"] and record["figures"]
    assert (record["tasks"], record["targets"], record["references"], record["meeting"]) == (
        [], [], [], None)
    # ... where Thai, with its data, finds each of them
    th_dates = find_dates(TEXT, "th")
    assert find_tasks(TEXT, "th", th_dates) and find_references(TEXT, "th", th_dates)
    assert find_meeting(TEXT, "th", th_dates, minutes=True).chair["name"] == "สมชาย ใจดี"
    assert find_targets(TEXT, "th", find_figures(TEXT, "th"), th_dates)


BAD = [
    pytest.param('person_names = "capitalised"', 'person_names = "initials"',
                 "person_names: 'initials' is none of", id="unknown-name-form"),
    pytest.param('chair_forms = ["label", "named_after", "named_before"]',
                 'chair_forms = ["label", "after"]', "chair_forms: 'after' is none of",
                 id="unknown-chair-form"),
    pytest.param('letters = "đĐ"', "letters = 1", r"\[detect\] letters must be str",
                 id="wrong-type"),
    pytest.param('shape = "law"', 'shape = "statute"', "needs a pattern and a shape of",
                 id="unknown-reference-shape"),
    pytest.param("{SYMBOL}) (?![\\w/])", "{SYMBOL} (?![\\w/])", "bad pattern",
                 id="bad-reference-pattern"),
]


@pytest.mark.parametrize("old,new,message", BAD)
def test_a_bad_phrase_profile_is_one_error_naming_the_file(language_path, old, new, message):
    folder = language_path / "zb"
    shutil.copytree(HERE / "vi", folder)
    toml = _profile_text(folder)
    assert old in toml
    (folder / "profile.toml").write_text(toml.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LanguageError, match=message) as err:
        lang.profile("zb")
        find_references("Luật Hợp tác xã năm 2012", "zb")
    assert "profile.toml" in str(err.value)
