"""Locale formatting for the generated documents, on Babel: numbers, money, percentages,
dates and times the way Vietnamese (Decree 30/2020/NĐ-CP) and Thai official documents
write them.

    >>> number(1981, "vi"), number(1.3, "vi"), number(1981, "th")
    ('1.981', '1,3', '1,981')
    >>> money(9_450_000_000, "VND", "vi"), money(9_450_000_000, "VND", "th")
    ('9.450 triệu đồng', '9,450 ล้านดอง')
    >>> date("2022-09-07", "vi"), date("2023-02-28", "vi"), date("2022-11-14", "th")
    ('ngày 07 tháng 9 năm 2022', 'ngày 28 tháng 02 năm 2023', '14 พฤศจิกายน 2565')
    >>> thai_digits("ครั้งที่ 1/2567")
    'ครั้งที่ ๑/๒๕๖๗'
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache

from babel.dates import get_month_names
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

LOCALES = {"vi": "vi_VN", "th": "th_TH"}
BE_OFFSET = 543
DOTS = "……………"
SHORT_DOTS = "……"


class Blank(str):
    """A field nobody gave: it prints as dotted blanks for completion by hand."""

    def __new__(cls, text: str = DOTS):
        return super().__new__(cls, text)


def is_blank(value) -> bool:
    return isinstance(value, Blank) or value is None or value == ""


def _lang(lang: str) -> str:
    if lang not in LOCALES:
        raise ValueError(f"unsupported language {lang!r}: use 'vi' or 'th'")
    return lang


def _decimal(value) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a number is needed, not a truth value")
    if isinstance(value, str):
        value = value.strip().replace("\u00a0", "")
    d = Decimal(str(value))
    return d.to_integral_value() if d == d.to_integral_value() else d.normalize()


# ---------------------------------------------------------------- numbers

def number(value, lang: str = "vi", decimals: int | None = None) -> str:
    """``1981`` -> vi ``1.981``, th ``1,981``; ``1.3`` -> vi ``1,3``. ``decimals`` rounds."""
    if is_blank(value):
        return DOTS
    d = _decimal(value)
    if decimals is not None:
        d = round(d, decimals)
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(d, format=pattern, locale=LOCALES[_lang(lang)])
    return _grouped(d, LOCALES[_lang(lang)])


@cache
def _symbols(locale: str) -> tuple[str, str]:
    return get_group_symbol(locale), get_decimal_symbol(locale)


def _grouped(d: Decimal, locale: str) -> str:
    """Babel's ``#,##0.###`` with every decimal kept, without parsing the pattern per call
    (a report formats thousands of figures)."""
    group, mark = _symbols(locale)
    return format(d, ",f").replace(",", "\0").replace(".", mark).replace("\0", group)


def percent(value, lang: str = "vi") -> str:
    """Percentage points as running text: vi ``34,3%``, th ``ร้อยละ 34.3``."""
    if is_blank(value):
        return DOTS
    n = number(value, lang)
    return f"{n}%" if lang == "vi" else f"ร้อยละ {n}"


CURRENCY = {
    "vi": {"VND": "đồng", "THB": "baht", "USD": "USD"},
    "th": {"VND": "ดอง", "THB": "บาท", "USD": "ดอลลาร์สหรัฐ"},
}
SCALE_WORDS = {
    "vi": {3: "nghìn", 6: "triệu", 9: "tỷ"},
    "th": {3: "พัน", 6: "ล้าน", 9: "พันล้าน"},
}
SCALES = {"one": 0, "thousand": 3, "million": 6, "billion": 9}


def money_parts(value, currency: str = "VND", lang: str = "vi", scale: str = "auto",
                value_max=None) -> tuple[str, str]:
    """(number, unit) of an amount: ``9450000000`` -> (``9.450``, ``triệu đồng``). The
    ``auto`` scale counts in millions from one million up (the custom of provincial reports)."""
    lang = _lang(lang)
    if scale == "auto":
        exp = 6 if abs(_decimal(value)) >= 10**6 else 0
    elif scale in SCALES:
        exp = SCALES[scale]
    else:
        raise ValueError(f"unknown scale {scale!r}: use auto, one, thousand, million or billion")
    name = CURRENCY[lang].get(currency or "", currency or "")
    word = SCALE_WORDS[lang].get(exp, "")
    if lang == "vi":
        unit = f"{word} {name}".strip()
    else:
        unit = f"{word}{name}"
    amounts = [number(_decimal(v) / Decimal(10) ** exp, lang) for v in (value, value_max) if v is not None]
    return "-".join(amounts), unit


def money(value, currency: str = "VND", lang: str = "vi", scale: str = "auto") -> str:
    """vi ``9.450 triệu đồng``, th ``9,450 ล้านดอง``, ``500.000 đồng`` below a million."""
    if is_blank(value):
        return DOTS
    amount, unit = money_parts(value, currency, lang, scale)
    return f"{amount} {unit}".strip()


def thai_digits(value) -> str:
    """Arabic digits -> Thai digits (U+0E50-U+0E59)."""
    return str(value).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def year(value, lang: str = "vi") -> str:
    """A Common-Era year as the language writes it: th in the Buddhist era (2024 -> 2567)."""
    if is_blank(value):
        return DOTS
    y = int(value)
    return str(y + BE_OFFSET if _lang(lang) == "th" else y)


# ---------------------------------------------------------------- dates

ISO = re.compile(r"^(?:(?P<y>\d{4})|-)(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?$")


def _parts(value) -> tuple[int | None, int | None, int | None] | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    m = ISO.match(str(value).strip())
    if not m or (m["y"] is None and m["m"] is None):
        return None
    y, mo, d = (int(g) if g else None for g in (m["y"], m["m"], m["d"]))
    if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
        return None
    return y, mo, d


def _vi_day(d: int) -> str:
    return f"{d:02d}" if d < 10 else str(d)


def _vi_month(m: int) -> str:
    """Decree 30/2020: months 1 and 2 take a leading zero, the others none."""
    return f"{m:02d}" if m <= 2 else str(m)


def date(value, lang: str = "vi", style: str = "long") -> str:
    """An ISO date (``2022-09-07``, ``2023-10``, ``2023``, ``--02-20``, ``2021/2030``) or a
    ``datetime.date`` as the language writes it.

    vi long ``ngày 07 tháng 9 năm 2022`` (Decree 30's leading zeros: day < 10, months 1-2),
    short ``07/9/2022``; th long ``14 พฤศจิกายน 2565``, short ``14 พ.ย. 2565`` (Buddhist era).
    Text that is not an ISO date is returned unchanged; a blank prints as the blank form.
    """
    lang = _lang(lang)
    if style not in ("long", "short"):
        raise ValueError(f"unknown date style {style!r}: use long or short")
    if is_blank(value):
        if lang == "vi" and style == "long":
            return f"ngày {SHORT_DOTS} tháng {SHORT_DOTS} năm {SHORT_DOTS}"
        return DOTS
    if isinstance(value, str) and "/" in value and not value.startswith("/"):
        a, _, b = value.partition("/")
        if _parts(a) and _parts(b):
            return f"{date(a, lang, 'short')}-{date(b, lang, 'short')}"
    parts = _parts(value)
    if parts is None:
        return str(value)
    y, m, d = parts
    return (_date_vi if lang == "vi" else _date_th)(y, m, d, style)


def _date_vi(y, m, d, style):
    if style == "short":
        bits = [_vi_day(d) if d else None, _vi_month(m) if m else None, str(y) if y else None]
        return "/".join(b for b in bits if b)
    out = []
    if d:
        out.append(f"ngày {_vi_day(d)}")
    if m:
        out.append(f"tháng {_vi_month(m)}")
    if y:
        out.append(f"năm {y}")
    return " ".join(out)


def _date_th(y, m, d, style):
    width = "wide" if style == "long" else "abbreviated"
    months = get_month_names(width, locale=LOCALES["th"])
    out = []
    if d:
        out.append(str(d))
    if m:
        out.append(months[m])
    if y:
        be = str(y + BE_OFFSET)
        out.append(f"พ.ศ. {be}" if style == "long" and not m else be)
    return " ".join(out)


TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


def time(value, lang: str = "vi") -> str:
    """``08:30`` -> vi ``8 giờ 30 phút``, th ``08.30 น.``; other text unchanged."""
    lang = _lang(lang)
    if is_blank(value):
        return f"{SHORT_DOTS} giờ {SHORT_DOTS}" if lang == "vi" else f"{SHORT_DOTS} น."
    if isinstance(value, (dt.time, dt.datetime)):
        h, mi = value.hour, value.minute
    else:
        m = TIME.match(str(value).strip())
        if not m:
            return str(value)
        h, mi = int(m[1]), int(m[2])
    if lang == "vi":
        return f"{h} giờ {mi:02d} phút" if mi else f"{h} giờ"
    return f"{h:02d}.{mi:02d} น."


# ---------------------------------------------------------------- figures

QUALIFIERS = {
    "vi": {"approx": "khoảng", "over": "trên", "under": "dưới", "nearly": "gần",
           "at_least": "ít nhất", "at_most": "không quá"},
    "th": {"approx": "ประมาณ", "over": "มากกว่า", "under": "ต่ำกว่า", "nearly": "เกือบ",
           "at_least": "ไม่น้อยกว่า", "at_most": "ไม่เกิน"},
}
PER_YEAR = {"vi": "năm", "th": "ปี"}


def figure_parts(fig: dict, lang: str = "vi") -> tuple[str, str]:
    """(value, unit) of a record's figure, as a table writes them: (``trên 45``, ``%``),
    (``9.450``, ``triệu đồng``), (``5-6``, ``%/năm``); th (``ไม่น้อยกว่า 65``, ``ร้อยละ``)."""
    lang = _lang(lang)
    kind, unit = fig.get("kind"), fig.get("unit") or ""
    if kind == "money":
        amount, unit = money_parts(fig["value"], unit, lang, value_max=fig.get("value_max"))
    else:
        amount = "-".join(number(v, lang) for v in (fig.get("value"), fig.get("value_max")) if v is not None)
        if kind == "percent":
            unit = "%" if lang == "vi" else "ร้อยละ"
    q = QUALIFIERS[lang].get(fig.get("qualifier") or "")
    value = f"{q} {amount}" if q else amount
    per = fig.get("per")
    if per:
        per = PER_YEAR[lang] if per == "year" else per
        unit = f"{unit}/{per}" if lang == "vi" else f"{unit} ต่อ{per}".strip()
    return value, unit


def figure(fig: dict, lang: str = "vi") -> str:
    """A record's figure as running text: ``trên 45%``, ``9.450 triệu đồng``, ``ร้อยละ 5-6 ต่อปี``."""
    value, unit = figure_parts(fig, lang)
    if fig.get("kind") == "percent":
        if lang == "vi":
            return value + unit
        q = QUALIFIERS[lang].get(fig.get("qualifier") or "")
        bare = value[len(q) + 1:] if q else value
        text = f"ร้อยละ {bare}" + unit[len("ร้อยละ"):]
        return f"{q}{text}" if q else text
    return f"{value} {unit}".strip()


def ucfirst(value) -> str:
    """The first letter upper case, the rest untouched (``số HTX`` -> ``Số HTX``)."""
    s = str(value)
    return s[:1].upper() + s[1:]
