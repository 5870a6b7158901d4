"""The parts of a progress row as tables: whether a result meets a target as its qualifier
words it, the straight-line path, the status, which units compare, the years of periods and
the place a title names."""
import pytest

from coopdocs.progress import periods
from coopdocs.progress.status import Case, expected, judge, met
from coopdocs.progress.units import comparable


@pytest.mark.parametrize("result, target, qualifier, down, want", [
    pytest.param(461, 460, "over", False, True, id="over-461-460"),
    pytest.param(460, 460, "over", False, False, id="over-460-460"),
    pytest.param(460, 460, None, False, True, id="plain-460-460"),
    pytest.param(459, 460, None, False, False, id="plain-459-460"),
    pytest.param(135, 135, "at_least", False, True, id="at-least-135-135"),
    pytest.param(5, 5, "at_most", False, True, id="at-most-5-5"),
    pytest.param(5.1, 5, "at_most", False, False, id="at-most-5.1-5"),
    pytest.param(4.9, 5, "under", False, True, id="under-4.9-5"),
    pytest.param(5, 5, "under", False, False, id="under-5-5"),
    pytest.param(8, 10, None, True, True, id="down-to-10-reached-at-8"),
    pytest.param(11, 10, None, True, False, id="down-to-10-not-at-11"),
    pytest.param(69.5, 70, "approx", False, False, id="approx-is-no-discount"),
])
def test_met(result, target, qualifier, down, want):
    assert met(result, target, qualifier, down) is want


@pytest.mark.parametrize("base, base_year, target, deadline, year, want", [
    pytest.param(400, 2024, 460, 2030, 2026, 420, id="a-third-of-the-way"),
    pytest.param(400, 2024, 460, 2030, 2024, 400, id="the-baseline-year"),
    pytest.param(400, 2024, 460, 2030, 2031, 460, id="after-the-deadline"),
    pytest.param(400, 2024, 460, 2030, 2020, 400, id="before-the-baseline"),
    pytest.param(12, 2024, 5, 2030, 2027, 8.5, id="down"),
    pytest.param(12, 2030, 5, 2030, 2030, 5, id="baseline-in-the-deadline-year"),
])
def test_the_straight_line(base, base_year, target, deadline, year, want):
    assert expected(base, base_year, target, deadline, year) == pytest.approx(want)


@pytest.mark.parametrize("case, status, percent", [
    pytest.param(Case(460, "over", 2030, 461, 2026, 400, 2024), "achieved", 100.2, id="achieved"),
    pytest.param(Case(460, "over", 2030, 420, 2026, 400, 2024), "on_track", 91.3,
                 id="on-the-line-is-on-track"),
    pytest.param(Case(460, "over", 2030, 419, 2026, 400, 2024), "behind", 91.1,
                 id="below-the-line-is-behind"),
    pytest.param(Case(460, None, 2026, 459, 2026, 400, 2024), "behind", 99.8,
                 id="not-met-at-the-deadline"),
    pytest.param(Case(460, None, 2026, 459, 2027, 400, 2024), "behind", 99.8,
                 id="not-met-after-the-deadline"),
    pytest.param(Case(150, None, 2030, 35, 2026), "not_comparable", 23.3, id="no-baseline"),
    pytest.param(Case(150, None, 2030, 150, 2026), "achieved", 100.0,
                 id="no-baseline-needed-when-met"),
    pytest.param(Case(5, "at_most", 2030, 9, 2025, 12, 2024), "on_track", 180.0,
                 id="ceiling-on-the-way-down"),
    pytest.param(Case(5, "at_most", 2030, 11.5, 2026, 12, 2024), "behind", 230.0,
                 id="ceiling-above-the-way-down"),
    pytest.param(Case(20, None, 2030, 30, 2026, 40, 2024, "decrease"), "on_track", 150.0,
                 id="decrease-below-the-line"),
    pytest.param(Case(0, None, 2030, 3, 2026, 8, 2024, "decrease"), "on_track", None,
                 id="target-zero-has-no-percent"),
])
def test_status(case, status, percent):
    j = judge(case)
    assert (j.status, j.percent) == (status, percent)


def _fig(kind, unit, per=None):
    return {"kind": kind, "unit": unit, "per": per}


@pytest.mark.parametrize("target, tlang, result, rlang, factor, reason", [
    pytest.param(_fig("percent", "%"), "vi", _fig("count", "hợp tác xã"), "vi", None, "kind",
                 id="percent-and-count"),
    pytest.param(_fig("count", "hợp tác xã"), "vi", _fig("percent", "%"), "vi", None, "kind",
                 id="count-and-percent"),
    pytest.param(_fig("money", "VND"), "vi", _fig("money", "VND"), "vi", 1.0, None,
                 id="ty-and-trieu-dong-are-both-dong"),
    pytest.param(_fig("money", "VND"), "vi", _fig("money", "THB"), "th", None, "currency",
                 id="dong-and-baht"),
    pytest.param(_fig("count", "hợp tác xã"), "vi", _fig("count", "HTX"), "vi", 1.0, None,
                 id="counts-of-one-indicator"),
    pytest.param(_fig("count", "HTX"), "vi", _fig("count", "แห่ง"), "th", 1.0, None,
                 id="counts-across-languages"),
    pytest.param(_fig("measure", "tấn"), "vi", _fig("measure", "kg"), "vi", 0.001, None,
                 id="kg-to-tonnes"),
    pytest.param(_fig("measure", "ha"), "vi", _fig("measure", "héc-ta"), "vi", 1.0, None,
                 id="ha-written-out"),
    pytest.param(_fig("measure", "ไร่"), "th", _fig("measure", "ตารางวา"), "th", 0.0025, None,
                 id="square-wa-to-rai"),
    pytest.param(_fig("measure", "ha"), "vi", _fig("measure", "tấn"), "vi", None, "unit",
                 id="area-and-weight"),
    pytest.param(_fig("money", "VND", "người"), "vi", _fig("money", "VND", "HTX"), "vi", None,
                 "unit", id="per-person-and-per-coop"),
    pytest.param(_fig("money", "VND", "year"), "vi", _fig("money", "VND"), "vi", 1.0, None,
                 id="a-year-said-or-not"),
])
def test_comparable(target, tlang, result, rlang, factor, reason):
    c = comparable(target, tlang, result, rlang)
    assert (c.factor if c.factor is None else pytest.approx(factor), c.reason) == (factor, reason)


@pytest.mark.parametrize("value, year", [
    ("2025", 2025), ("2025-12-20", 2025), ("2025-06", 2025),
    ("2022-10-01/2023-09-30", 2023), ("2024-01/2024-06", 2024),
    ("2021/2025", None), ("2024-01/2025-12", None), ("--03-05", None), (None, None),
])
def test_period_year(value, year):
    assert periods.period_year(value) == year


@pytest.mark.parametrize("title, lang, scope", [
    pytest.param("KẾ HOẠCH Phát triển hợp tác xã tỉnh An Lạc giai đoạn 2025-2030", "vi",
                 ("province", "an lạc"), id="vi-province-before-a-period"),
    pytest.param("BÁO CÁO Kết quả phát triển hợp tác xã huyện Tân Phú năm 2026", "vi",
                 ("district", "tân phú"), id="vi-district"),
    pytest.param("BÁO CÁO TÌNH HÌNH HỢP TÁC XÃ TỈNH AN LẠC NĂM 2026", "vi",
                 ("province", "an lạc"), id="vi-capitals"),
    pytest.param("BÁO CÁO Kết quả phát triển kinh tế tập thể, hợp tác xã năm 2026", "vi", None,
                 id="vi-hop-tac-xa-is-no-commune"),
    pytest.param("BÁO CÁO Năm 2026, toàn tỉnh có 461 hợp tác xã.", "vi", None,
                 id="vi-no-name-after-the-level"),
    pytest.param("แผนปฏิบัติการพัฒนาสหกรณ์จังหวัดสุขภิบาล ประจำปีงบประมาณ พ.ศ. 2567 - 2570", "th",
                 ("province", "สุขภิบาล"), id="th-province"),
    pytest.param("รายงานผลการดำเนินงานสหกรณ์อำเภอเมือง ปี 2568", "th", ("district", "เมือง"),
                 id="th-district"),
    pytest.param("Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì hội nghị", "vi", None,
                 id="vi-a-person-after-the-chairs-title"),
    pytest.param("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "vi", None, id="vi-xa-hoi-is-no-commune"),
    pytest.param("Hội nghị của Ban chỉ đạo kinh tế tập thể tỉnh.", "vi", None,
                 id="vi-the-level-word-ends-a-sentence"),
    pytest.param("จังหวัดสุขภิบาลจัดการประชุมใหญ่สามัญประจำปี", "th", ("province", "สุขภิบาล"),
                 id="th-a-verb-ends-the-name"),
    pytest.param("ภายในปี 2568 ทั้งจังหวัดจะมีสหกรณ์ 130 แห่ง", "th", None,
                 id="th-the-whole-province-is-no-name"),
])
def test_scope(title, lang, scope):
    found = periods.scope({"source": {"title": title, "lang": lang}})
    assert (found and (found.level, found.name)) == scope


@pytest.mark.parametrize("head, title, lang, scope", [
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nSố: 27/KH-UBND\n", "KẾ HOẠCH Phát triển HTX", "vi",
                 ("province", "an lạc"), id="vi-the-issuing-body"),
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH PHÚ LỢI\n", "THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh "
                 "Lê Văn A", "vi", ("province", "phú lợi"), id="vi-the-head-before-a-person"),
    pytest.param("ĐẢNG BỘ TỈNH AN LẠC\nTỈNH ỦY\n", "NGHỊ QUYẾT HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH "
                 "LẦN THỨ 9", "vi", ("province", "an lạc"), id="vi-party-committee"),
    pytest.param("Tỉnh ủy An Lạc\n", "", "vi", ("province", "an lạc"), id="vi-tinh-uy"),
    pytest.param("UBND HUYE\u0302\u0323N TA\u0302N PHU\u0301\n", "", "vi",
                 ("district", "tân phú"), id="vi-decomposed"),
    pytest.param("สหภาพสหกรณ์\nสหภาพสหกรณ์จังหวัดสุขภิบาล\nเลขที่ 12\n", "รายงานการประชุม "
                 "คณะกรรมการจังหวัด ครั้งที่ 6", "th", ("province", "สุขภิบาล"),
                 id="th-the-issuing-body"),
    pytest.param("", "รายงานการประชุม คณะกรรมการจังหวัด ครั้งที่ 6", "th", None,
                 id="th-no-name-after-a-space"),
])
def test_scope_from_the_head(tmp_path, head, title, lang, scope):
    path = tmp_path / "doc.txt"
    path.write_text(head + "\n" + title + "\n", encoding="utf-8")
    found = periods.scope({"source": {"title": title, "lang": lang, "path": str(path)}})
    assert (found and (found.level, found.name)) == scope


def test_a_fiscal_year_header_gives_the_year_the_period_is_named_after():
    record = {"dates": [{"start": 0, "end": 20, "text": "ปีงบประมาณ 2566",
                         "value": "2022-10-01/2023-09-30"}], "references": []}
    fig = {"start": 40, "end": 45, "text": "120", "year": 2022}
    assert periods.figure_year(fig, record) == periods.Dated(2023, "figure")


def test_a_plain_year_stays_when_the_text_names_it():
    record = {"dates": [{"start": 0, "end": 20, "text": "ปีงบประมาณ 2566",
                         "value": "2022-10-01/2023-09-30"},
                        {"start": 25, "end": 33, "text": "ปี 2022", "value": "2022"}],
              "references": []}
    assert periods.figure_year({"start": 40, "end": 45, "year": 2022}, record).year == 2022


@pytest.mark.parametrize("name", ["coopdocs.progress.status", "coopdocs.progress.units",
                                  "coopdocs.progress.periods"])
def test_doctests(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
