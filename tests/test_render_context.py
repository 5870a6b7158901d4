"""Records -> template context: titles and dates the records can give, cited documents,
targets, --set parsing, and the blanks left for completion by hand."""
import re

import pytest
from test_render_data import full_record, record

from coopdocs.errors import InputError, UsageError
from coopdocs.render import context as ctx
from coopdocs.render.filters import Blank
from coopdocs.render.inputs import parse_sets, validate


def _with(rec, **source):
    rec["source"].update(source)
    return rec


@pytest.mark.parametrize("rec, kind, want", [
    pytest.param(_with(record("vi"), title="BIÊN BẢN Hội nghị Ban Chỉ đạo tổng kết năm 2024"), "minutes",
                 "Hội nghị Ban Chỉ đạo tổng kết năm 2024", id="vi-minutes-title-without-its-type"),
    pytest.param(_with(record("vi"), title="THÔNG BÁO Kết luận của đồng chí A tại hội nghị sơ kết quý I"),
                 "notice", "hội nghị sơ kết quý I", id="vi-notice-title-to-meeting-name"),
    pytest.param(_with(record("vi"), title="Tin: Ban Chỉ đạo họp"), "minutes",
                 "phiên họp thường kỳ quý I năm 2025 của Ban Chỉ đạo", id="vi-meeting-subject-that-names-the-meeting"),
    pytest.param(_with(record("vi", "plan"), title="KẾ HOẠCH Phát triển HTX năm 2025"), "plan",
                 "Phát triển HTX năm 2025", id="vi-plan-from-a-plan"),
    pytest.param(_with(record("vi", "report"), title="BÁO CÁO Tình hình năm 2024"), "plan", Blank(),
                 id="vi-plan-from-a-report-has-no-title"),
    pytest.param(_with(record("th"), title="รายงานการประชุมคณะกรรมการสหกรณ์จังหวัดเลย"), "minutes",
                 "คณะกรรมการสหกรณ์จังหวัดเลย", id="th-minutes"),
])
def test_title_from_the_records(rec, kind, want):
    assert ctx.build([rec], rec["source"]["lang"], kind).values["title"] == want


def test_a_meeting_subject_becomes_the_name_of_a_meeting():
    rec = _with(record("vi"), title="Tin tức")
    rec["meeting"]["subject"] = "đánh giá kết quả năm 2024"
    assert ctx.build([rec], "vi", "notice").values["title"] == "hội nghị đánh giá kết quả năm 2024"


@pytest.mark.parametrize("kind, want", [
    pytest.param("minutes", "2025-03-12", id="minutes-dated-by-the-meeting"),
    pytest.param("notice", "2025-03-12", id="notice-dated-by-the-meeting"),
    pytest.param("plan", Blank(), id="plan-not"),
])
def test_date_from_the_meeting(kind, want):
    assert ctx.build([record("vi")], "vi", kind).values["date"] == want


def test_references_once_with_date_and_issuer_and_never_the_document_itself():
    rec = record("vi", "plan")
    rec["references"] += [
        dict(rec["references"][0], date=None, issuer=None, text="Nghị quyết 20-NQ/TW"),
        {"start": 0, "end": 11, "text": "15/KH-BCĐ", "kind": "plan", "number": "15/KH-BCĐ", "date": None,
         "issuer": None},
        {"start": 0, "end": 11, "text": "2949/KH-UBND", "kind": "plan", "number": "2949/KH-UBND",
         "date": "2023-12-27", "issuer": "UBND tỉnh"},
        {"start": 0, "end": 9, "text": "05/BB-BCĐ", "kind": "other", "number": "05/BB-BCĐ", "date": None,
         "issuer": None},
    ]
    refs = ctx.build([rec], "vi", "plan", {"number": "15/KH-BCĐ"}).values["references"]
    assert [r["title"] for r in refs] == [
        "Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương",
        "Luật Hợp tác xã số 17/2023/QH15",
        "Kế hoạch số 2949/KH-UBND ngày 27/12/2023 của UBND tỉnh",
    ]


def test_thai_references_date_in_buddhist_era():
    refs = ctx.build([record("th", "plan")], "th", "plan").values["references"]
    assert [r["title"] for r in refs] == ["พระราชบัญญัติสหกรณ์ พ.ศ. 2542",
                                          "แผนปฏิบัติการหมายเลข 43 ลงวันที่ 14 พฤศจิกายน 2565"]


def test_targets_once_and_figures_without_the_targets():
    rec = record("vi", "plan")
    rec["targets"].append(dict(rec["targets"][0]))
    values = ctx.build([rec], "vi", "plan").values
    assert [t["amount"] for t in values["targets"]] == ["ít nhất 20", "trên 40", "9.450", "5-6"]
    assert [t["value"] for t in values["targets"]] == [20, 40, 9_450_000_000, 5]   # numbers stay numbers
    shown = [f["amount"] for g in values["figures"] for f in g["figures"]]
    assert shown == ["187", "1.981", "1.300", "34,3"]
    assert [f["value"] for g in values["figures"] for f in g["figures"]] == [187, 1981, 1_300_000_000, 34.3]


def test_records_of_several_documents_merge():
    values = ctx.build([record("vi", "plan"), record("vi", "report")], "vi", "report").values
    assert len(values["sources"]) == 2
    assert len(values["targets"]) == 4          # the same targets twice: once
    assert [g["subject"] for g in values["figures"]][:2] == ["Hợp tác xã", "Tổ hợp tác"]


@pytest.mark.parametrize("pairs, want", [
    pytest.param(["signer.name=Lê Văn Hòa"], {"signer": {"name": "Lê Văn Hòa"}}, id="dotted"),
    pytest.param(["number=15/KH-UBND", "place=Ninh Thuận"], {"number": "15/KH-UBND", "place": "Ninh Thuận"},
                 id="two"),
    pytest.param(['recipients=["Sở Tài chính", "Sở Nội vụ"]'], {"recipients": ["Sở Tài chính", "Sở Nội vụ"]},
                 id="json-list"),
    pytest.param(["title=a=b"], {"title": "a=b"}, id="equals-in-value"),
])
def test_parse_sets(pairs, want):
    assert parse_sets(pairs) == want


@pytest.mark.parametrize("pairs", [["agency"], ["=x"], ["a..b=1"], ["recipients=[oops"]])
def test_bad_sets_are_usage_errors(pairs):
    with pytest.raises(UsageError):
        parse_sets(pairs)


def test_a_list_field_given_as_one_string_is_split():
    values = ctx.build([record("vi")], "vi", "minutes", {"recipients": "Sở Tài chính; Sở Nội vụ\nLưu trữ"}).values
    assert values["recipients"] == ["Sở Tài chính", "Sở Nội vụ", "Lưu trữ"]


def test_missing_fields_are_blank_and_listed():
    c = ctx.build([record("vi", "plan")], "vi", "plan", {"agency": "Sở Tài chính"})
    assert c.values["number"] == "……………" and isinstance(c.values["number"], Blank)
    assert c.values["recipients"] == ["……………"]
    assert "agency" not in c.missing and {"number", "recipients", "signer.name"} <= set(c.missing)
    assert c.values["parent_agency"] == "" and c.values["signer"]["authority"] == ""


@pytest.mark.parametrize("data, message", [
    pytest.param([], "not coopdocs records", id="empty-list"),
    pytest.param({"figures": []}, "not a coopdocs record", id="no-schema"),
    pytest.param([record("vi"), "x"], "record 2: not a coopdocs record", id="one-bad-of-two"),
    pytest.param(dict(record("vi"), figures={}), "figures: an object is not a list", id="figures-not-a-list"),
    pytest.param(dict(record("vi"), targets=[dict(record("vi")["targets"][0], figure=99)]),
                 "targets[0].figure: points at figure 99, which does not exist", id="target-to-nowhere"),
])
def test_records_are_checked(data, message):
    with pytest.raises(InputError, match=re.escape(message)):
        validate(data, "r.json")


# ---------------------------------------------------------------- a meeting's documents

def _meeting(lang, **fields):
    rec = record(lang)
    rec["meeting"].update(fields)
    return rec


@pytest.mark.parametrize("lang, fields, overrides, title, session", [
    pytest.param("th", {"title": "คณะกรรมการสหกรณ์จังหวัดเลย ครั้งที่ 2/2568", "number": None}, {},
                 "คณะกรรมการสหกรณ์จังหวัดเลย", "2/2568", id="th-number-out-of-the-name-once"),
    pytest.param("th", {"title": "คณะกรรมการสหกรณ์จังหวัดเลย", "number": "ครั้งที่ 2/2568"}, {},
                 "คณะกรรมการสหกรณ์จังหวัดเลย", "2/2568", id="th-number-without-its-word"),
    pytest.param("th", {"title": "คณะกรรมการสหกรณ์จังหวัดเลย", "number": "2/2568"},
                 {"title": "คณะกรรมการสหกรณ์จังหวัดเลย ครั้งที่ 2/2568"},
                 "คณะกรรมการสหกรณ์จังหวัดเลย", "2/2568", id="th-a-given-name-too"),
    pytest.param("vi", {"title": "Cuộc họp Ban Chỉ đạo tỉnh", "number": "lần thứ 3"}, {},
                 "Cuộc họp Ban Chỉ đạo tỉnh lần thứ 3", "3", id="vi-number-into-the-name"),
    pytest.param("vi", {"title": "Cuộc họp Ban Chỉ đạo tỉnh lần thứ 3 năm 2025", "number": "lần thứ 3"}, {},
                 "Cuộc họp Ban Chỉ đạo tỉnh lần thứ 3 năm 2025", "3", id="vi-number-in-the-name-once"),
    pytest.param("vi", {"title": "BIÊN BẢN Cuộc họp Ban Chỉ đạo tỉnh"}, {},
                 "Cuộc họp Ban Chỉ đạo tỉnh", Blank(), id="vi-name-without-its-type-no-number"),
])
def test_a_meetings_name_and_number(lang, fields, overrides, title, session):
    values = ctx.build([_meeting(lang, **fields)], lang, "minutes", overrides).values
    assert (values["title"], values["session"]) == (title, session)


@pytest.mark.parametrize("title, inline", [
    pytest.param("Cuộc họp Ban Chỉ đạo tỉnh", "cuộc họp Ban Chỉ đạo tỉnh", id="meeting-noun"),
    pytest.param("Ban Chỉ đạo tỉnh họp phiên thường kỳ", "Ban Chỉ đạo tỉnh họp phiên thường kỳ",
                 id="a-name-keeps-its-capital"),
])
def test_a_meetings_name_inside_a_sentence(title, inline):
    assert ctx.build([_meeting("vi", title=title)], "vi", "notice").values["title_inline"] == inline


def test_the_records_meeting_fields_fill_the_minutes(tmp_path):
    values = ctx.build([full_record("th", "minutes", tmp_path)], "th", "minutes").values
    assert values["secretary"] == {"name": "นางสาวพิมพ์ชนก วงศ์ไทย", "title": "นักวิชาการสหกรณ์ชำนาญการ",
                                   "full_name": "นางสาวพิมพ์ชนก วงศ์ไทย"}
    assert values["meeting"]["chair"]["name"] == "นายสมชาย ใจดี"   # the notes' honorific kept
    assert values["end_time"] == "12:00" and values["session"] == "2/2568"
    assert values["absent"][0] == "นายวีระ ศรีสวัสดิ์ พาณิชย์จังหวัดมหาสารคาม ติดราชการ"
    assert values["guests"] == ["นายอนุชา พลเยี่ยม ผู้จัดการสหกรณ์การเกษตรเมืองมหาสารคาม จำกัด"]
    assert [s["heading"] for s in values["proceedings"]][1:] == [
        "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุมครั้งที่ 1/2568",
        "เรื่องเพื่อพิจารณา ร่างแผนพัฒนาสหกรณ์จังหวัดมหาสารคาม ปี 2568", "เรื่องอื่น ๆ"]


def test_vietnamese_names_keep_the_honorific_only_where_the_line_asks(tmp_path):
    values = ctx.build([full_record("vi", "minutes", tmp_path)], "vi", "minutes").values
    chair = values["meeting"]["chair"]
    assert (chair["name"], chair["full_name"]) == ("Trần Quốc Nam", "Đồng chí Trần Quốc Nam")


def test_tasks_say_who_what_by_when():
    rec = full_record("vi")
    rec["tasks"][1].update(action=None, deadline=None, assignee=None)
    tasks = ctx.build([rec], "vi", "minutes").values["tasks"]
    assert [(t["n"], t["what"], t["assignee"], t["collaborators"], t["deadline"]) for t in tasks] == [
        (1, "Hoàn chỉnh Kế hoạch hỗ trợ hợp tác xã chuyển đổi số, trình UBND tỉnh",
         "Liên minh Hợp tác xã tỉnh", ["Sở Tài chính"], "30/4/2025"),
        (2, ("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện rà soát quỹ đất công "
            "cho hợp tác xã thuê, báo cáo trước ngày 31/5/2025."), "……………", ["UBND các huyện"], "……………"),
        (3, "Hỗ trợ các hợp tác xã mới thành lập đi vào hoạt động ổn định", "UBND các huyện, thành phố", [],
         "6/2025"),
    ]
    assert ctx.build([rec], "vi", "minutes").missing[-2:] == ["tasks.assignee", "tasks.deadline"]


@pytest.mark.parametrize("times, digits", [
    pytest.param(("๐๙.๓๐", "๑๒.๐๐"), "thai", id="thai-digits-notes-thai-digits-minutes"),
    pytest.param(("09.30", "12.00"), "arabic", id="arabic"),
])
def test_the_notes_digits_are_the_documents(tmp_path, times, digits):
    notes = tmp_path / "notes.txt"
    notes.write_text(f"รายงานการประชุมกลุ่มเกษตรกร ครั้งที่ ๓\nเริ่มประชุมเวลา {times[0]} น.\n"
                     f"มติที่ประชุม รับทราบ\nเลิกประชุมเวลา {times[1]} น.\n", encoding="utf-8")
    import coopdocs
    values = ctx.build([coopdocs.extract(notes, "th")], "th", "minutes").values
    assert values["digits"] == digits
