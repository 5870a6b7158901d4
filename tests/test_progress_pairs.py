"""Plans against results on our own plans and reports: every row's baseline, result, percent
of the target and status, in each language; the qualifier decides whether a target is met,
units of another scale compare, results of another place do not, a fix by hand wins."""
import pytest
from progress_data import (
    AN_LAC_2025,
    AN_LAC_2026,
    AN_LAC_PLAN,
    BINH_AN_2026,
    BINH_AN_PLAN,
    SUKHAPHIBAN_2568,
    SUKHAPHIBAN_PLAN,
    TAN_PHU_2026,
    record,
    records,
)

from coopdocs import extract_text
from coopdocs.errors import InputError
from coopdocs.progress import compute, pair

# indicator id -> (status, percent, baseline (value, year), result (value, year), reason)
AN_LAC_BOTH = {
    "coops.count": ("achieved", 100.2, (400, 2024), (461, 2026), None),
    "coops.members": ("on_track", 82.9, (52000, 2024), (58000, 2026), None),
    "coops.revenue_avg": ("behind", 65.7, (2e9, 2024), (2.3e9, 2026), None),
    "coops.effective_share": ("on_track", 77.5, (50, 2024), (62, 2026), None),
    "coops.weak_share": ("achieved", 90.0, (12, 2024), (4.5, 2026), None),
    "coops.hightech_count": ("not_comparable", 23.3, None, (35, 2026), "baseline"),
    "members.income_avg": ("no_result", None, None, None, None),
}
AN_LAC_FIRST_YEAR = {
    "coops.count": ("on_track", 90.2, (400, 2024), (415, 2025), None),       # path: 410
    "coops.members": ("on_track", 78.6, (52000, 2024), (55000, 2025), None),  # path: 55,000
    "coops.revenue_avg": ("behind", 62.9, (2e9, 2024), (2.2e9, 2025), None),  # path: 2.25 bn
    "coops.effective_share": ("behind", 67.5, (50, 2024), (54, 2025), None),  # path: 55
    "coops.weak_share": ("on_track", 180.0, (12, 2024), (9, 2025), None),     # path: 10.8, down
    "coops.hightech_count": ("no_result", None, None, None, None),
    "members.income_avg": ("no_result", None, None, None, None),
}
SUKHAPHIBAN = {   # fiscal years: ปีงบประมาณ 2566 is 2023, 2570 is 2027
    "coops.count": ("on_track", 94.8, (120, 2023), (128, 2025), None),        # path: 127.5
    "coops.members": ("behind", 91.1, (48000, 2023), (51000, 2025), None),    # path: 52,000
    "coops.business_volume": ("on_track", 90.6, (2.4e9, 2023), (2.9e9, 2025), None),
    "coops.effective_share": ("on_track", 86.7, (40, 2023), (52, 2025), None),
    "members.income_avg": ("no_result", None, (95000, 2023), None, None),
}
BINH_AN = {   # the report writes triệu đồng and plain hectares, the plan tỷ đồng and nghìn ha
    "coops.revenue_total": ("achieved", 101.2, (980e9, 2025), (1215e9, 2026), None),
    "area.production": ("behind", 98.3, (9500, 2025), (11800, 2026), None),
    "coops.members": ("behind", 98.2, (41200, 2025), (44200, 2026), None),
}
BINH_AN_FROM_A_DISTRICT = {
    "coops.revenue_total": ("not_comparable", None, (980e9, 2025), None, "scope"),
    "area.production": ("no_result", None, (9500, 2025), None, None),
    "coops.members": ("not_comparable", None, (41200, 2025), None, "scope"),
}
CASES = {
    "vi-2025-2030-plan-two-reports": ((AN_LAC_PLAN,), (AN_LAC_2025, AN_LAC_2026), AN_LAC_BOTH),
    "vi-2025-2030-plan-first-report": ((AN_LAC_PLAN,), (AN_LAC_2025,), AN_LAC_FIRST_YEAR),
    "vi-reports-in-any-order": ((AN_LAC_PLAN,), (AN_LAC_2026, AN_LAC_2025), AN_LAC_BOTH),
    "th-fiscal-years": ((SUKHAPHIBAN_PLAN,), (SUKHAPHIBAN_2568,), SUKHAPHIBAN),
    "vi-another-unit-scale": ((BINH_AN_PLAN,), (BINH_AN_2026,), BINH_AN),
    "vi-district-report-beside": ((BINH_AN_PLAN,), (BINH_AN_2026, TAN_PHU_2026), BINH_AN),
    "vi-district-report-only": ((BINH_AN_PLAN,), (TAN_PHU_2026,), BINH_AN_FROM_A_DISTRICT),
}


def summary(row):
    rec = row.as_record()
    b, r = rec["baseline"], rec["result"]
    return (rec["status"], rec["percent"],
            (b["compared_value"], b["year"]) if b else None,
            (r["compared_value"], r["year"]) if r else None, rec["reason"])


@pytest.mark.parametrize("plans, reports, expected", CASES.values(), ids=CASES.keys())
def test_every_row_as_expected(plans, reports, expected):
    rows = pair(records(*plans), records(*reports))
    assert {r.figure["indicator_id"]: summary(r) for r in rows} == expected


def _report(text, lang):
    return extract_text(text, lang, path="own-report.txt")


@pytest.mark.parametrize("result, status", [
    pytest.param("461", "achieved", id="461-is-over-460"),
    pytest.param("460", "on_track", id="460-is-not-over-460"),
    pytest.param("405", "behind", id="405-is-below-the-path"),
])
def test_over_is_strictly_more(result, status):
    report = _report(f"BÁO CÁO\nKết quả năm 2026\nNăm 2026, toàn tỉnh có {result} hợp tác xã.", "vi")
    row = next(r for r in pair([record(AN_LAC_PLAN)], [report])
               if r.figure["indicator_id"] == "coops.count")
    assert row.status == status


@pytest.mark.parametrize("result, status", [
    pytest.param("5%", "achieved", id="5-meets-no-more-than-5"),
    pytest.param("4,9%", "achieved", id="4.9-meets-it"),
    pytest.param("5,1%", "on_track", id="5.1-is-over-the-ceiling-but-on-the-path-down"),
    pytest.param("11,5%", "behind", id="11.5-is-above-the-path-down"),
])
def test_no_more_than_is_a_ceiling(result, status):
    report = _report(f"BÁO CÁO\nKết quả năm 2026\nNăm 2026, tỷ lệ hợp tác xã yếu kém là {result}.",
                     "vi")
    row = next(r for r in pair([record(AN_LAC_PLAN)], [report])
               if r.figure["indicator_id"] == "coops.weak_share")
    assert row.status == status


def test_a_thai_report_meets_a_vietnamese_plans_count():
    """Indicator ids are the same in both languages: a result in Thai pairs with a target in
    Vietnamese."""
    report = _report("รายงานผลการดำเนินงาน\nในปี 2569 มีสหกรณ์ 470 แห่ง", "th")
    row = next(r for r in pair([record(AN_LAC_PLAN)], [report])
               if r.figure["indicator_id"] == "coops.count")
    assert (row.status, row.result.year.year) == ("achieved", 2026)


def _key(rows, indicator):
    return next(r.key for r in rows if r.figure["indicator_id"] == indicator)


def _figure_key(record_, text):
    f = next(f for f in record_["figures"] if f["text"] == text)
    return f"{record_['source']['path'].rsplit('/', 1)[-1]}#{f['start']}"


def test_a_pair_fixed_by_hand_wins():
    plan, first, second = records(AN_LAC_PLAN, AN_LAC_2025, AN_LAC_2026)
    older = _report("BÁO CÁO\nKết quả năm 2024\nNăm 2024, có 20 hợp tác xã ứng dụng công nghệ cao.",
                    "vi")
    rows = pair([plan], [first, second, older])
    fixes = {"pairs": [
        {"target": _key(rows, "coops.revenue_avg"), "result": _figure_key(first, "2,2 tỷ đồng")},
        {"target": _key(rows, "coops.members"), "result": None},
        {"target": _key(rows, "coops.hightech_count"),
         "baseline": _figure_key(older, "20 hợp tác xã")},
    ]}
    fixed = {r.figure["indicator_id"]: r for r in pair([plan], [first, second, older], fixes)}
    assert summary(fixed["coops.revenue_avg"]) == AN_LAC_FIRST_YEAR["coops.revenue_avg"]
    assert fixed["coops.revenue_avg"].paired_by == "override"
    assert fixed["coops.members"].status == "no_result"
    # 20 (2024) -> 150 (2030): 63.3 due in 2026
    assert summary(fixed["coops.hightech_count"]) == ("behind", 23.3, (20, 2024), (35, 2026), None)


@pytest.mark.parametrize("fixes, message", [
    pytest.param({"pairs": [{"target": "nowhere.txt#1", "result": None}]}, "no target",
                 id="unknown-target"),
    pytest.param({"pairs": [{"target": "TARGET", "result": "nowhere.txt#1"}]}, "no figure",
                 id="unknown-result"),
    pytest.param({"pairs": [{"target": "TARGET", "figure": "x"}]}, "unknown field",
                 id="unknown-field"),
    pytest.param({"pairs": [{"target": "TARGET", "result": 3}]}, "a key", id="result-not-a-key"),
    pytest.param({"pairs": {"target": "TARGET"}}, '{"pairs"', id="pairs-not-a-list"),
    pytest.param([], '{"pairs"', id="not-an-object"),
])
def test_bad_fixes_are_one_clear_error(fixes, message):
    plan, report = records(AN_LAC_PLAN, AN_LAC_2026)
    target = pair([plan], [report])[0].key
    if isinstance(fixes, dict) and isinstance(fixes["pairs"], list):
        fixes["pairs"][0]["target"] = fixes["pairs"][0]["target"].replace("TARGET", target)
    with pytest.raises(InputError, match=message):
        pair([plan], [report], fixes)


def test_the_table_counts_every_status_and_keeps_the_documents():
    progress = compute(records(AN_LAC_PLAN), records(AN_LAC_2025, AN_LAC_2026))
    table = progress.as_record()
    assert table["summary"] == {"achieved": 2, "on_track": 2, "behind": 1, "no_result": 1,
                                "not_comparable": 1}
    assert [p["title"] for p in table["plans"]] == [
        "KẾ HOẠCH Phát triển kinh tế tập thể, hợp tác xã tỉnh An Lạc giai đoạn 2025-2030"]
    assert len(table["reports"]) == 2 and progress.lang == "vi"


def test_two_reports_of_one_file_name_keep_apart_keys(tmp_path):
    first, second = records(AN_LAC_2025, AN_LAC_2026)
    first["source"]["path"], second["source"]["path"] = "2025/bao-cao.txt", "2026/bao-cao.txt"
    rows = pair(records(AN_LAC_PLAN), [first, second])
    keys = {k for r in rows for k in r.as_record()["candidates"]}
    assert {k.split("#")[0] for k in keys} == {"2025/bao-cao.txt", "2026/bao-cao.txt"}


def test_a_plan_among_the_reports_is_no_report():
    plan, report = records(AN_LAC_PLAN, AN_LAC_2026)
    alone = [summary(r) for r in pair([plan], [report])]
    assert [summary(r) for r in pair([plan], [record(AN_LAC_PLAN), report])] == alone


def test_a_result_no_newer_than_the_baseline_says_nothing():
    report = _report("BÁO CÁO\nKết quả năm 2024\nNăm 2024, toàn tỉnh có 405 hợp tác xã.", "vi")
    row = next(r for r in pair([record(AN_LAC_PLAN)], [report])
               if r.figure["indicator_id"] == "coops.count")
    assert (row.status, row.result) == ("no_result", None)
    assert row.as_record()["candidates"] == ["own-report.txt#48"]   # still offered for a fix


@pytest.mark.parametrize("text, result, status", [
    pytest.param("Năm 2026, toàn tỉnh có 440 hợp tác xã; số hợp tác xã ước đạt 465 hợp tác xã.",
                 440, "on_track", id="a-result-beats-an-estimate-of-its-year"),
    pytest.param("Năm 2026, toàn tỉnh ước có 465 hợp tác xã.", 465, "achieved",
                 id="an-estimate-when-no-result"),
])
def test_results_and_estimates(text, result, status):
    report = _report("BÁO CÁO\nKết quả năm 2026\n" + text, "vi")
    row = next(r for r in pair([record(AN_LAC_PLAN)], [report])
               if r.figure["indicator_id"] == "coops.count")
    assert (row.result.figure["value"], row.status) == (result, status)


def test_each_deadline_takes_the_latest_result_up_to_it():
    plan = _report("KẾ HOẠCH\nPhát triển hợp tác xã tỉnh An Lạc giai đoạn 2025-2030\n"
                   "Năm 2024, toàn tỉnh có 400 hợp tác xã.\nĐến năm 2027, toàn tỉnh có 430 hợp tác "
                   "xã; đến năm 2030, toàn tỉnh có 460 hợp tác xã.", "vi")
    reports = [_report(f"BÁO CÁO\nKết quả năm {y}\nNăm {y}, toàn tỉnh có {n} hợp tác xã.", "vi")
               for y, n in ((2026, 425), (2028, 440))]
    for n, r in enumerate(reports):
        r["source"]["path"] = f"bao-cao-{n}.txt"
    rows = pair([plan], reports)
    # 400 (2024) -> 430 (2027): 420 due in 2026; 400 (2024) -> 460 (2030): 440 due in 2028
    assert [(r.deadline, r.result.year.year, r.status) for r in rows] == [
        (2027, 2026, "on_track"), (2030, 2028, "on_track")]


def test_a_thai_prose_goal_of_money_is_a_row():
    plan = _report("แผนปฏิบัติการพัฒนาสหกรณ์จังหวัดสุขภิบาล\nภายในปีงบประมาณ พ.ศ. 2570 "
                   "ปริมาณธุรกิจรวมของสหกรณ์เพิ่มขึ้นเป็น 3,200 ล้านบาท", "th")
    rows = pair([plan], [record(SUKHAPHIBAN_2568)])
    # 2,900 ล้านบาท in 2568, and no baseline to draw the line from
    assert [(r.figure["indicator_id"], r.status, r.percent) for r in rows] == [
        ("coops.business_volume", "not_comparable", 90.6)]
