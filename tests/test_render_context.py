"""Records -> template context: titles and dates the records can give, cited documents,
targets, --set parsing, and the blanks left for completion by hand."""
import re

import pytest
from test_render_data import record

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
    assert [t["value"] for t in values["targets"]] == ["ít nhất 20", "trên 40", "9.450", "5-6"]
    shown = [f["value"] for g in values["figures"] for f in g["figures"]]
    assert shown == ["187", "1.981", "1.300", "34,3"]


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
