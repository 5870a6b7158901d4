"""The locale filters of the Word documents: numbers, money, percentages, dates (Decree 30's
leading zeros; the Buddhist era), times, figures and Thai digits."""
import datetime as dt

import pytest

from coopdocs.errors import LanguageError
from coopdocs.render import filters as f
from coopdocs.render.env import make_env


@pytest.mark.parametrize("value, lang, want", [
    pytest.param(1981, "vi", "1.981", id="vi-thousands-dot"),
    pytest.param(82256, "vi", "82.256", id="vi-82256"),
    pytest.param(1.3, "vi", "1,3", id="vi-decimal-comma"),
    pytest.param(34.3, "vi", "34,3", id="vi-34,3"),
    pytest.param(1234567.5, "vi", "1.234.567,5", id="vi-millions"),
    pytest.param(9450.0, "vi", "9.450", id="vi-whole-float"),
    pytest.param("1981", "vi", "1.981", id="vi-from-string"),
    pytest.param(1981, "th", "1,981", id="th-thousands-comma"),
    pytest.param(1.3, "th", "1.3", id="th-decimal-point"),
    pytest.param(9450.5, "th", "9,450.5", id="th-9450.5"),
    pytest.param(0.125, "vi", "0,125", id="vi-three-decimals"),
])
def test_number(value, lang, want):
    assert f.number(value, lang) == want


@pytest.mark.parametrize("value, decimals, lang, want", [
    pytest.param(34.345, 1, "vi", "34,3", id="vi-round-1"),
    pytest.param(2, 2, "th", "2.00", id="th-fixed-2"),
    pytest.param(1981.6, 0, "vi", "1.982", id="vi-round-0"),
])
def test_number_rounded(value, decimals, lang, want):
    assert f.number(value, lang, decimals) == want


@pytest.mark.parametrize("value, currency, lang, scale, want", [
    pytest.param(9_450_000_000, "VND", "vi", "auto", "9.450 triệu đồng", id="vi-millions"),
    pytest.param(9_450_000_000, "VND", "th", "auto", "9,450 ล้านดอง", id="th-millions-dong"),
    pytest.param(1_300_000_000, "VND", "vi", "billion", "1,3 tỷ đồng", id="vi-billion"),
    pytest.param(1_300_000_000, "VND", "th", "billion", "1.3 พันล้านดอง", id="th-billion"),
    pytest.param(500_000, "VND", "vi", "auto", "500.000 đồng", id="vi-under-a-million"),
    pytest.param(24_600_000_000, "THB", "th", "auto", "24,600 ล้านบาท", id="th-baht"),
    pytest.param(1_250_000, "VND", "vi", "auto", "1,25 triệu đồng", id="vi-fraction-of-million"),
    pytest.param(2_000_000, "USD", "vi", "auto", "2 triệu USD", id="vi-usd"),
])
def test_money(value, currency, lang, scale, want):
    assert f.money(value, currency, lang, scale) == want


@pytest.mark.parametrize("value, lang, want", [
    pytest.param(34.3, "vi", "34,3%", id="vi"),
    pytest.param(100, "vi", "100%", id="vi-whole"),
    pytest.param(34.3, "th", "ร้อยละ 34.3", id="th-roi-la"),
])
def test_percent(value, lang, want):
    assert f.percent(value, lang) == want


@pytest.mark.parametrize("value, lang, style, want", [
    pytest.param("2022-09-07", "vi", "long", "ngày 07 tháng 9 năm 2022", id="vi-day-under-10"),
    pytest.param("2023-02-28", "vi", "long", "ngày 28 tháng 02 năm 2023", id="vi-february-zero"),
    pytest.param("2025-01-14", "vi", "long", "ngày 14 tháng 01 năm 2025", id="vi-january-zero"),
    pytest.param("2022-11-14", "vi", "long", "ngày 14 tháng 11 năm 2022", id="vi-no-zeros"),
    pytest.param("2022-10-05", "vi", "long", "ngày 05 tháng 10 năm 2022", id="vi-october"),
    pytest.param("2023-10", "vi", "long", "tháng 10 năm 2023", id="vi-month"),
    pytest.param("2023", "vi", "long", "năm 2023", id="vi-year"),
    pytest.param("--02-20", "vi", "long", "ngày 20 tháng 02", id="vi-no-year"),
    pytest.param("2022-09-07", "vi", "short", "07/9/2022", id="vi-short"),
    pytest.param("2025-01-25", "vi", "short", "25/01/2025", id="vi-short-january"),
    pytest.param("2030", "vi", "short", "2030", id="vi-short-year"),
    pytest.param("2021/2030", "vi", "long", "2021-2030", id="vi-interval"),
    pytest.param(dt.date(2022, 9, 7), "vi", "long", "ngày 07 tháng 9 năm 2022", id="vi-date-object"),
    pytest.param("2022-11-14", "th", "long", "14 พฤศจิกายน 2565", id="th-buddhist-era"),
    pytest.param("2024-01-05", "th", "long", "5 มกราคม 2567", id="th-no-leading-zero"),
    pytest.param("2022-11-14", "th", "short", "14 พ.ย. 2565", id="th-short"),
    pytest.param("2023-10", "th", "long", "ตุลาคม 2566", id="th-month"),
    pytest.param("2023", "th", "long", "พ.ศ. 2566", id="th-year-long"),
    pytest.param("2030", "th", "short", "2573", id="th-year-short"),
    pytest.param("2021/2030", "th", "long", "2564-2573", id="th-interval"),
    pytest.param("quý I/2024", "vi", "long", "quý I/2024", id="not-iso-unchanged"),
    pytest.param("2023-13-01", "vi", "long", "2023-13-01", id="bad-month-unchanged"),
])
def test_date(value, lang, style, want):
    assert f.date(value, lang, style) == want


@pytest.mark.parametrize("lang, want", [
    pytest.param("vi", "ngày …… tháng …… năm ……", id="vi-blank-form"),
    pytest.param("th", "……………", id="th-blank"),
])
def test_blank_date_prints_the_form_to_fill(lang, want):
    assert f.date(f.Blank(), lang) == want


@pytest.mark.parametrize("value, lang, want", [
    pytest.param("08:30", "vi", "8 giờ 30 phút", id="vi"),
    pytest.param("11:00", "vi", "11 giờ", id="vi-on-the-hour"),
    pytest.param("09:30", "th", "09.30 น.", id="th"),
    pytest.param("chiều", "vi", "chiều", id="not-a-time-unchanged"),
    pytest.param(f.Blank(), "vi", "…… giờ ……", id="vi-blank"),
])
def test_time(value, lang, want):
    assert f.time(value, lang) == want


@pytest.mark.parametrize("value, want", [
    pytest.param("1,981", "๑,๙๘๑", id="number"),
    pytest.param("ครั้งที่ 1/2567", "ครั้งที่ ๑/๒๕๖๗", id="session"),
    pytest.param(2565, "๒๕๖๕", id="int"),
])
def test_thai_digits(value, want):
    assert f.native_digits(value, "thai") == want
    assert all(not ("0" <= ch <= "9") for ch in f.native_digits(value, "thai"))


def test_digits_that_no_language_writes_are_an_error():
    with pytest.raises(LanguageError, match="no language writes the digits 'roman'"):
        f.native_digits(12, "roman")


def _fig(value, kind, unit, **kw):
    return {"value": value, "value_max": kw.get("vmax"), "kind": kind, "unit": unit,
            "qualifier": kw.get("q"), "per": kw.get("per")}


@pytest.mark.parametrize("fig, lang, parts, phrase", [
    pytest.param(_fig(40, "percent", "%", q="over"), "vi", ("trên 40", "%"), "trên 40%", id="vi-over-percent"),
    pytest.param(_fig(9_450_000_000, "money", "VND"), "vi", ("9.450", "triệu đồng"), "9.450 triệu đồng",
                 id="vi-money"),
    pytest.param(_fig(5, "percent", "%", vmax=6, per="year"), "vi", ("5-6", "%/năm"), "5-6%/năm",
                 id="vi-range-per-year"),
    pytest.param(_fig(1_300_000_000, "money", "VND", per="hợp tác xã"), "vi",
                 ("1.300", "triệu đồng/hợp tác xã"), "1.300 triệu đồng/hợp tác xã", id="vi-per-unit"),
    pytest.param(_fig(35, "count", "hợp tác xã", q="at_least"), "vi", ("ít nhất 35", "hợp tác xã"),
                 "ít nhất 35 hợp tác xã", id="vi-count"),
    pytest.param(_fig(80, "percent", "%", q="at_least"), "th", ("ไม่น้อยกว่า 80", "ร้อยละ"),
                 "ไม่น้อยกว่าร้อยละ 80", id="th-at-least-percent"),
    pytest.param(_fig(9_450_000_000, "money", "VND"), "th", ("9,450", "ล้านดอง"), "9,450 ล้านดอง",
                 id="th-dong"),
    pytest.param(_fig(3, "percent", "%", vmax=5, per="year"), "th", ("3-5", "ร้อยละ ต่อปี"),
                 "ร้อยละ 3-5 ต่อปี", id="th-range-per-year"),
    pytest.param(_fig(1981, "count", "แห่ง"), "th", ("1,981", "แห่ง"), "1,981 แห่ง", id="th-count"),
])
def test_figure(fig, lang, parts, phrase):
    assert f.figure_parts(fig, lang) == parts
    assert f.figure(fig, lang) == phrase


@pytest.mark.parametrize("source, lang, want", [
    pytest.param("{{ 1981|number }}", "vi", "1.981", id="number-vi"),
    pytest.param("{{ 1981|number }}", "th", "1,981", id="number-th"),
    pytest.param("{{ 1981|number(lang='th') }}", "vi", "1,981", id="lang-override"),
    pytest.param("{{ 9450000000|money }}", "th", "9,450 ล้านดอง", id="money-th"),
    pytest.param("{{ 1300000000|money(scale='billion') }}", "vi", "1,3 tỷ đồng", id="money-scale"),
    pytest.param("{{ 34.3|percent }}", "vi", "34,3%", id="percent"),
    pytest.param("{{ '2022-09-07'|date }}", "vi", "ngày 07 tháng 9 năm 2022", id="date-vi"),
    pytest.param("{{ '2022-11-14'|date|thai_digits }}", "th", "๑๔ พฤศจิกายน ๒๕๖๕", id="date-thai-digits"),
    pytest.param("{{ 2024|year }}", "th", "2567", id="year-be"),
    pytest.param("{{ 'số HTX'|ucfirst }}", "vi", "Số HTX", id="ucfirst-keeps-the-rest"),
])
def test_filters_in_the_environment(source, lang, want):
    assert make_env(lang).from_string(source).render() == want


@pytest.mark.parametrize("call", [
    pytest.param(lambda: f.number(1, "en"), id="number"),
    pytest.param(lambda: f.date("2024-01-02", "en"), id="date"),
    pytest.param(lambda: f.time("08:30", "xx"), id="time"),
    pytest.param(lambda: f.year(2024, ""), id="empty-code"),
])
def test_unknown_language_is_an_error(call):
    with pytest.raises(LanguageError, match="unknown language"):
        call()
