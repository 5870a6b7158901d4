"""Corrections make the corrected record: fields set where they belong, rejected items gone
with what hangs on them, added items in, indices renumbered, and every result a valid record.
Typed values are read the way the document's language writes them."""
import pytest

from coopdocs import extract_text
from coopdocs.schema import problems
from coopdocs.serve import corrections as corr

TEXT = ("Đến năm 2030 phấn đấu có trên 460 hợp tác xã, thu nhập bình quân của thành viên đạt "
        "60 triệu đồng/người/năm. Năm 2025 có 350 hợp tác xã đang hoạt động. "
        "Giao Sở Tài chính chủ trì thẩm định trước ngày 30/6/2026.")


@pytest.fixture(scope="module")
def record():
    rec = extract_text(TEXT, "vi")
    assert [t["text"] for t in rec["targets"]] == ["trên 460 hợp tác xã", "60 triệu đồng"]
    assert [f["text"] for f in rec["figures"]] == ["trên 460 hợp tác xã", "60 triệu đồng",
                                                   "350 hợp tác xã"]
    assert len(rec["tasks"]) == 1
    return rec


def at(text, words):
    start = text.index(words)
    return start, start + len(words)


def targets(rec):
    return [(t["text"], rec["figures"][t["figure"]]["text"], rec["figures"][t["figure"]]["value"],
             t["indicator"]) for t in rec["targets"]]


def test_a_target_value_is_its_figures_and_an_indicator_is_both(record):
    c = corr.empty()
    corr.set_field(c, "targets:0", "value", "480", "vi")
    corr.set_field(c, "targets:0", "indicator", "số hợp tác xã kiểu mới", "vi")
    out = corr.apply(record, c)
    assert out["figures"][0]["value"] == 480
    assert out["figures"][0]["indicator"] == out["targets"][0]["indicator"] == "số hợp tác xã kiểu mới"
    assert record["figures"][0]["value"] == 460          # the record itself is unchanged


def test_a_rejected_figure_takes_its_target_and_the_others_follow(record):
    c = corr.set_status(corr.empty(), "figures:0", "rejected")
    out = corr.apply(record, c)
    assert [f["text"] for f in out["figures"]] == ["60 triệu đồng", "350 hợp tác xã"]
    assert targets(out) == [("60 triệu đồng", "60 triệu đồng", 60000000,
                             record["targets"][1]["indicator"])]
    assert problems(out) == []


def test_a_rejected_target_leaves_its_figure_no_longer_a_target(record):
    out = corr.apply(record, corr.set_status(corr.empty(), "targets:0", "rejected"))
    assert [t["text"] for t in out["targets"]] == ["60 triệu đồng"]
    assert out["figures"][0]["text"] == "trên 460 hợp tác xã" and out["figures"][0]["role"] is None


def test_undoing_a_rejection(record):
    c = corr.set_status(corr.empty(), "targets:0", "rejected")
    corr.set_status(c, "targets:0", None)
    assert corr.apply(record, c) == record


@pytest.mark.parametrize("category, words, fields, want_figures, want_targets", [
    pytest.param("targets", "350 hợp tác xã", {"value": 350, "deadline": "2025"}, 3,
                 ["trên 460 hợp tác xã", "60 triệu đồng", "350 hợp tác xã"], id="target-on-a-figure"),
    pytest.param("targets", "thành viên", {"value": 12000}, 4,
                 ["trên 460 hợp tác xã", "thành viên", "60 triệu đồng"], id="target-and-new-figure"),
    pytest.param("figures", "thành viên", {"value": 7}, 4,
                 ["trên 460 hợp tác xã", "60 triệu đồng"], id="figure"),
])
def test_a_missed_item_is_added(record, category, words, fields, want_figures, want_targets):
    start, end = at(TEXT, words)
    c = corr.empty()
    corr.add(c, category, start, end, words, fields)
    out = corr.apply(record, c)
    assert len(out["figures"]) == want_figures
    assert [t["text"] for t in out["targets"]] == want_targets
    assert problems(out) == []


def test_an_added_task_and_its_rejection(record):
    start, end = at(TEXT, "Năm 2025 có 350 hợp tác xã đang hoạt động.")
    c = corr.empty()
    key = corr.add(c, "tasks", start, end, TEXT[start:end], {"assignee": "Sở Nội vụ"})
    assert [t["assignee"] for t in corr.apply(record, c)["tasks"]] == ["Sở Nội vụ", "Sở Tài chính"]
    corr.set_status(c, key, "rejected")
    assert corr.apply(record, c)["tasks"] == record["tasks"]


@pytest.mark.parametrize("kind, raw, lang, want", [
    ("number", "1.981", "vi", 1981),
    ("number", "1,981", "th", 1981),
    ("number", "12,5", "vi", 12.5),
    ("number", "๑๕๐", "th", 150),
    ("number", 480, "vi", 480),
    ("number?", "", "vi", None),
    ("date?", "2030", "vi", "2030"),
    ("date?", "2573", "th", "2030"),
    ("date?", "2030-06-30", "vi", "2030-06-30"),
    ("date?", "30/6/2030", "vi", "2030-06-30"),
    ("date?", "2569-09-30", "th", "2026-09-30"),
    ("date?", "2570/2573", "th", "2027/2030"),
    ("date?", "2030", "th", "2030"),
    ("date?", "30 กันยายน 2569", "th", "2026-09-30"),
    ("text?", "  Sở Tài chính ", "vi", "Sở Tài chính"),
    ("text?", "", "vi", None),
    ("person?", "Nguyễn Văn A", "vi", {"name": "Nguyễn Văn A", "title": None}),
])
def test_typed_values(kind, raw, lang, want):
    assert corr.typed(kind, raw, lang) == want


@pytest.mark.parametrize("kind, raw, message", [
    ("number", "trên 460", ("'trên 460' is not a number (write the digits only, for example "
                            "1981 or 12,5)")),
    ("number", "", "a value is needed"),
    ("date?", "sớm nhất có thể", ("'sớm nhất có thể' is not a date (for example 2030, "
                                  "2030-06 or 2030-06-30)")),
])
def test_typed_values_that_cannot_be_read(kind, raw, message):
    with pytest.raises(corr.CorrectionError) as e:
        corr.typed(kind, raw, "vi")
    assert e.value.message == message


@pytest.mark.parametrize("key, field, message", [
    ("targets:0", "figure", "'figure' cannot be edited in targets"),
    ("figures:x", "value", "no item 'figures:x'"),
    ("added:0", "value", "no added item 'added:0'"),
    ("source", "path", "no item 'source'"),
])
def test_only_listed_fields_of_real_items(key, field, message):
    with pytest.raises(corr.CorrectionError) as e:
        corr.set_field(corr.empty(), key, field, "1", "vi")
    assert e.value.message == message


def test_a_meeting_fact(tmp_path):
    rec = extract_text("BIÊN BẢN HỌP\nThời gian: 8 giờ 00 ngày 14/01/2025\nChủ trì: ông Phan Văn A",
                       "vi")
    assert rec["meeting"] is not None
    c = corr.set_field(corr.empty(), "meeting", "chair", "Trần Thị B", "vi")
    corr.set_field(c, "meeting", "date", "15/01/2025", "vi")
    out = corr.apply(rec, c)
    assert out["meeting"]["chair"]["name"] == "Trần Thị B"
    assert out["meeting"]["date"] == "2025-01-15"
