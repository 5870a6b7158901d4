"""Locale formatting for the generated documents, on Babel: numbers, money, percentages,
dates and times the way Vietnamese (Decree 30/2020/NĐ-CP) and Thai official documents
write them. Every fact of a language (its Babel locale, date and time forms, words, era and
digits) is data: the ``[render]`` section of its profile and its ``render_*.tsv`` lists, read
through :func:`coopdocs.render.language.writing`.

    >>> number(1981, "vi"), number(1.3, "vi"), number(1981, "th")
    ('1.981', '1,3', '1,981')
    >>> money(9_450_000_000, "VND", "vi"), money(9_450_000_000, "VND", "th")
    ('9.450 triệu đồng', '9,450 ล้านดอง')
    >>> date("2022-09-07", "vi"), date("2023-02-28", "vi"), date("2022-11-14", "th")
    ('ngày 07 tháng 9 năm 2022', 'ngày 28 tháng 02 năm 2023', '14 พฤศจิกายน 2565')
    >>> native_digits("ครั้งที่ 1/2567", "thai")
    'ครั้งที่ ๑/๒๕๖๗'
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache

from babel.dates import get_month_names
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from ..errors import LanguageError
from .language import DEFAULT_LANG, Writing, digit_styles, writing

DOTS = "……………"
SHORT_DOTS = "……"


class Blank(str):
    """A field nobody gave: it prints as dotted blanks for completion by hand."""

    def __new__(cls, text: str = DOTS):
        return super().__new__(cls, text)


def is_blank(value) -> bool:
    return isinstance(value, Blank) or value is None or value == ""


class FormatError(ValueError):
    """A value a filter cannot write: not a number, or out of the range of a record's."""


MAGNITUDE = 18          # |x| < 10^18, as in a record (coopdocs.schema)
SMALLEST = -330         # |x| >= 10^-330, or zero (every float a record can hold)
MAX_DIGITS = 40         # significant digits
MAX_DECIMALS = 18


def _decimal(value) -> Decimal:
    """A number to write, bounded like a record's (so that no exponent is ever expanded:
    ``1E+999999999`` is an error, not a billion digits)."""
    if isinstance(value, bool):
        raise TypeError("a number is needed, not a truth value")
    if isinstance(value, int) and value.bit_length() > 64:
        raise FormatError(f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits "
                          f"is out of range (a number must be less than 10^{MAGNITUDE} in size)")
    if isinstance(value, str):
        value = value.strip().replace("\u00a0", "")
        if len(value) > 64:
            raise FormatError(f"{value[:20]!r}… ({len(value):,} characters) is not a number")
    try:
        d = Decimal(value if isinstance(value, (str, Decimal)) else str(value))
    except ArithmeticError:
        raise FormatError(f"{value!r} is not a number") from None
    if not d.is_finite():
        raise FormatError(f"{value!r} is not a finite number")
    if d and not SMALLEST <= d.adjusted() < MAGNITUDE or len(d.as_tuple().digits) > MAX_DIGITS:
        raise FormatError(f"{value!r} is out of range (a number must be less than "
                          f"10^{MAGNITUDE} in size, and written with at most {MAX_DIGITS} digits)")
    return d.to_integral_value() if d == d.to_integral_value() else d.normalize()


# ---------------------------------------------------------------- numbers

def number(value, lang: str = DEFAULT_LANG, decimals: int | None = None) -> str:
    """``1981`` -> vi ``1.981``, th ``1,981``; ``1.3`` -> vi ``1,3``. ``decimals`` rounds."""
    if is_blank(value):
        return DOTS
    locale = writing(lang).text.locale
    d = _decimal(value)
    if decimals is not None:
        if not isinstance(decimals, int) or isinstance(decimals, bool) \
                or not 0 <= decimals <= MAX_DECIMALS:
            raise FormatError(f"decimals={decimals!r}: give a whole number from 0 to {MAX_DECIMALS}")
        d = round(d, decimals)
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(d, format=pattern, locale=locale)
    return _grouped(d, locale)


@cache
def _symbols(locale: str) -> tuple[str, str]:
    return get_group_symbol(locale), get_decimal_symbol(locale)


def _grouped(d: Decimal, locale: str) -> str:
    """Babel's ``#,##0.###`` with every decimal kept, without parsing the pattern per call
    (a report formats thousands of figures)."""
    group, mark = _symbols(locale)
    return format(d, ",f").replace(",", "\0").replace(".", mark).replace("\0", group)


def percent(value, lang: str = DEFAULT_LANG) -> str:
    """Percentage points as running text: vi ``34,3%``, th ``ร้อยละ 34.3``."""
    if is_blank(value):
        return DOTS
    return writing(lang).text.percent.format(n=number(value, lang))


SCALES = {"one": 0, "thousand": 3, "million": 6, "billion": 9}


def money_parts(value, currency: str = "VND", lang: str = DEFAULT_LANG, scale: str = "auto",
                value_max=None) -> tuple[str, str]:
    """(number, unit) of an amount: ``9450000000`` -> (``9.450``, ``triệu đồng``). The
    ``auto`` scale counts in millions from one million up (the custom of provincial reports)."""
    w = writing(lang)
    if scale == "auto":
        exp = 6 if abs(_decimal(value)) >= 10**6 else 0
    elif scale in SCALES:
        exp = SCALES[scale]
    else:
        raise ValueError(f"unknown scale {scale!r}: use auto, one, thousand, million or billion")
    name = w.currencies.get(currency or "", currency or "")
    unit = w.text.money_unit.format(scale=w.scales.get(exp, ""), currency=name).strip()
    amounts = [number(_decimal(v) / Decimal(10) ** exp, lang) for v in (value, value_max) if v is not None]
    return "-".join(amounts), unit


def money(value, currency: str = "VND", lang: str = DEFAULT_LANG, scale: str = "auto") -> str:
    """vi ``9.450 triệu đồng``, th ``9,450 ล้านดอง``, ``500.000 đồng`` below a million."""
    if is_blank(value):
        return DOTS
    amount, unit = money_parts(value, currency, lang, scale)
    return f"{amount} {unit}".strip()


def native_digits(value, style: str) -> str:
    """ASCII digits -> the own digits of the language ``style`` names (``thai``: U+0E50-U+0E59,
    from its ``digits.tsv``)."""
    return str(value).translate(digits_table(style))


def digits_table(style: str) -> dict[int, str]:
    """The ``str.translate`` table of :func:`native_digits`."""
    styles = digit_styles()
    if style not in styles:
        raise LanguageError(f"no language writes the digits {style!r} "
                            f"(known: {', '.join(sorted(styles)) or 'none'})")
    return writing(styles[style]).digits


def year(value, lang: str = DEFAULT_LANG) -> str:
    """A Common-Era year as the language writes it, in its era (th: 2024 -> 2567)."""
    if is_blank(value):
        return DOTS
    return str(int(_decimal(value)) + writing(lang).era)


# ---------------------------------------------------------------- dates

ISO = re.compile(r"^(?:(?P<y>\d{4})|-)(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?$")
FIELD = re.compile(r"\{(\w+)\}")


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


def date(value, lang: str = DEFAULT_LANG, style: str = "long") -> str:
    """An ISO date (``2022-09-07``, ``2023-10``, ``2023``, ``--02-20``, ``2021/2030``) or a
    ``datetime.date`` as the language writes it.

    vi long ``ngày 07 tháng 9 năm 2022`` (Decree 30's leading zeros: day < 10, months 1-2),
    short ``07/9/2022``; th long ``14 พฤศจิกายน 2565``, short ``14 พ.ย. 2565`` (Buddhist era).
    Text that is not an ISO date is returned unchanged; a blank prints as the blank form.
    """
    w = writing(lang)
    if style not in ("long", "short"):
        raise ValueError(f"unknown date style {style!r}: use long or short")
    if is_blank(value):
        if style == "long":
            return w.text.blank_date.format(dots=DOTS, short_dots=SHORT_DOTS)
        return DOTS
    if isinstance(value, str) and "/" in value and not value.startswith("/"):
        a, _, b = value.partition("/")
        if _parts(a) and _parts(b):
            return f"{date(a, lang, 'short')}-{date(b, lang, 'short')}"
    parts = _parts(value)
    if parts is None:
        return str(value)
    return _written_date(w, *parts, style)


def _written_date(w: Writing, y: int | None, m: int | None, d: int | None, style: str) -> str:
    """The parts of the profile's ``date_long`` / ``date_short`` whose fields are known."""
    t = w.text
    known = {
        "day": f"{d:0{t.day_digits}d}" if d else None,
        "month": _month(w, m, t.month_long if style == "long" else t.month_short) if m else None,
        "year": str(y + w.era) if y else None,
    }
    if style == "long" and y and not m and not d:
        return t.date_year_alone.format(year=known["year"])
    parts, sep = (t.date_long, t.date_long_separator) if style == "long" else \
        (t.date_short, t.date_short_separator)
    return sep.join(part.format(**known) for part in parts
                    if all(known.get(name) for name in _fields(part)))


@cache
def _fields(part: str) -> tuple[str, ...]:
    return tuple(FIELD.findall(part))


def _month(w: Writing, m: int, style: str) -> str:
    """A month as a number (with Decree 30's leading zero where the profile asks for one) or
    as its name in Babel's locale data."""
    if style == "number":
        return f"{m:02d}" if m in w.text.months_with_zero else str(m)
    return get_month_names(style, locale=w.text.locale)[m]


TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


def time(value, lang: str = DEFAULT_LANG) -> str:
    """``08:30`` -> vi ``8 giờ 30 phút``, th ``08.30 น.``; other text unchanged."""
    t = writing(lang).text
    if is_blank(value):
        return t.blank_time.format(dots=DOTS, short_dots=SHORT_DOTS)
    if isinstance(value, (dt.time, dt.datetime)):
        h, mi = value.hour, value.minute
    else:
        m = TIME.match(str(value).strip())
        if not m:
            return str(value)
        h, mi = int(m[1]), int(m[2])
    form = t.time if mi else t.time_on_the_hour
    return form.format(h=h, hh=f"{h:02d}", mm=f"{mi:02d}")


# ---------------------------------------------------------------- figures

def _figure(fig: dict, lang: str) -> tuple[str, str, str, str]:
    """(qualifier word, amount, unit, per word) of a record's figure, each '' if none."""
    if not isinstance(fig, dict):
        raise FormatError(f"{str(fig)[:40]!r} is not a figure of a record")
    w = writing(lang)
    kind, unit = fig.get("kind"), fig.get("unit") or ""
    if kind == "money":
        amount, unit = money_parts(fig["value"], unit, lang, value_max=fig.get("value_max"))
    else:
        amount = "-".join(number(v, lang) for v in (fig.get("value"), fig.get("value_max")) if v is not None)
        if kind == "percent":
            unit = w.text.percent_unit
    per = fig.get("per") or ""
    if per == "year":
        per = w.text.per_year
    return w.qualifiers.get(fig.get("qualifier") or "", ""), amount, unit, per


def figure_parts(fig: dict, lang: str = DEFAULT_LANG) -> tuple[str, str]:
    """(value, unit) of a record's figure, as a table writes them: (``trên 45``, ``%``),
    (``9.450``, ``triệu đồng``), (``5-6``, ``%/năm``); th (``ไม่น้อยกว่า 65``, ``ร้อยละ``)."""
    q, amount, unit, per = _figure(fig, lang)
    if per:
        unit = writing(lang).text.per_unit.format(unit=unit, per=per).strip()
    return (f"{q} {amount}" if q else amount), unit


def figure(fig: dict, lang: str = DEFAULT_LANG) -> str:
    """A record's figure as running text: ``trên 45%``, ``9.450 triệu đồng``, ``ร้อยละ 5-6 ต่อปี``."""
    if fig.get("kind") != "percent":
        value, unit = figure_parts(fig, lang)
        return f"{value} {unit}".strip()
    t = writing(lang).text
    q, amount, _, per = _figure(fig, lang)
    text = t.percent.format(n=amount)
    if q:
        text = t.qualified_percent.format(qualifier=q, percent=text)
    return text + (t.per_unit.format(unit="", per=per) if per else "")


def ucfirst(value) -> str:
    """The first letter upper case, the rest untouched (``số HTX`` -> ``Số HTX``)."""
    s = str(value)
    return s[:1].upper() + s[1:]
