"""Find calendar expressions (docs/annotation.md: dates) in Thai and Vietnamese text.

Every grammar below yields candidates; the longest non-overlapping ones win. Thai
Buddhist-era years become Common-Era years; a date whose year is not written stays
``--MM-DD`` unless a full date elsewhere in the same document has that month and day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import alternation, mapping, words
from ..model import Date
from ..normalize import dates as nd
from ..normalize.numerals import ascii_digits, parse_words
from .common import DIG, select

D2 = rf"{DIG}{{1,2}}"
Y4 = rf"{DIG}{{4}}"
NOT_NUM_BEFORE = r"(?<![0-9๐-๙.,/])"
NOT_NUM_AFTER = r"(?![0-9๐-๙]|[.,/][0-9๐-๙])"


@dataclass
class _Cand:
    start: int
    end: int
    value: str
    calendar: str = "gregorian"


def _int(s: str) -> int:
    return int(ascii_digits(s))


@cache
def _grammar(lang: str) -> list[tuple[re.Pattern, str]]:
    units = alternation(w for w in words(lang, "units") if mapping(lang, "units")[w] != "duration")
    not_unit_after = rf"(?![ \u00a0]*(?:{units})(?![^\W\d_]))"
    unit_word = rf"(?:{units})(?![^\W\d_])"
    if lang == "vi":
        flags = re.IGNORECASE
        cue = r"(?:(?<=sáng )|(?<=chiều )|(?<=tối )|(?<=trưa )|(?<=đêm )|(?<=hôm )|(?<=từ )|(?<=đến )|(?<=tới )|(?<=vào )|(?<=và )|(?<=trước )|(?<=sau )|(?<=hết )|(?<=hạn )|(?<=\()|(?<=, ))"
        g = [
            (rf"(?:ngày\s+)?(?P<d>{D2})\s+tháng\s+(?P<m>{D2})\s*(?:,\s*)?năm\s+(?P<y>{Y4})", "dmy"),
            (rf"(?:ngày\s+)?{NOT_NUM_BEFORE}(?P<d>{D2})\s*(?P<sep>[/.-])\s*(?P<m>{D2})\s*(?P=sep)\s*(?P<y>{Y4})(?![0-9/])", "dmy"),
            (rf"ngày\s+(?P<d>{D2})\s+tháng\s+(?P<m>{D2})(?![0-9])", "dm"),
            (rf"(?:ngày\s+{NOT_NUM_BEFORE}(?P<d>{D2})|{cue}(?P<d2>{D2}))\s*/\s*(?P<m>{D2})(?![0-9/]|\s*(?:%|{unit_word}))", "dm"),
            (rf"tháng\s+(?P<m>{D2})\s*(?:/|-|,?\s*năm)\s*(?P<y>{Y4})(?![0-9/])", "my"),
            (rf"{NOT_NUM_BEFORE}(?<!số )(?<!Số )(?P<m>{D2})/(?P<y>{Y4})(?![0-9/-])", "my"),
            (rf"quý\s+(?:[IV]+|{DIG})\s*(?:/\s*|,?\s*)(?P<span>(?:năm\s+)?(?P<y>{Y4})){NOT_NUM_AFTER}", "y"),
            (rf"(?P<n>{D2}|sáu|chín|ba)\s+tháng\s+(?P<pos>đầu|cuối)\s+năm\s+(?P<y>{Y4})", "part"),
            (rf"(?:(?<![0-9][ \u00a0])năm\s+)?{NOT_NUM_BEFORE}(?P<y1>{Y4})\s*[-–—]\s*(?P<y2>{Y4}){NOT_NUM_AFTER}", "yy"),
            (rf"năm\s+{NOT_NUM_BEFORE}(?P<y>{Y4}){NOT_NUM_AFTER}(?!\s*%)", "y"),
            (rf"{NOT_NUM_BEFORE}(?P<y>{Y4}){NOT_NUM_AFTER}(?!\s*%){not_unit_after}", "y"),
        ]
    else:
        flags = 0
        months = alternation(words("th", "months"))
        weekday = alternation(words("th", "weekdays"))
        era = r"(?P<era>พ\.\s?ศ\.?|ค\.\s?ศ\.?)"
        day_prefix = rf"(?:(?<!ลง)วัน(?:{weekday})?(?:ที่)?\s*)?"
        g = [
            (rf"{day_prefix}{NOT_NUM_BEFORE}(?P<d>{D2})\s*(?P<mon>{months})\s*(?:{era}\s*)?(?P<y>{Y4}|{DIG}{{2}}){NOT_NUM_AFTER}", "dmy"),
            (rf"{day_prefix}{NOT_NUM_BEFORE}(?P<d>{D2})\s*[-–]\s*(?P<d2>{D2})\s*(?P<mon>{months})\s*(?:{era}\s*)?(?P<y>{Y4}|{DIG}{{2}}){NOT_NUM_AFTER}", "ddmy"),
            (rf"{day_prefix}{NOT_NUM_BEFORE}(?P<d>{D2})\s*/\s*(?P<m>{D2})\s*/\s*(?P<y>{Y4}){NOT_NUM_AFTER}", "dmy"),
            (rf"{day_prefix}{NOT_NUM_BEFORE}(?P<d>{D2})\s*(?P<mon>{months})", "dm"),
            (rf"(?:เดือน\s*)?(?P<mon>{months})\s*(?:{era}\s*)?(?P<y>{Y4}|{DIG}{{2}}){NOT_NUM_AFTER}", "my"),
            (rf"ปีงบประมาณ\s*(?:{era}\s*)?(?P<y>{Y4}|{DIG}{{2}}){NOT_NUM_AFTER}(?!\s*[-–/]\s*{DIG})", "fiscal"),
            (rf"(?P<n>{D2}|หก|สาม|เก้า)\s*เดือน(?P<pos>แรก|หลัง|สุดท้าย)(?:\s*ของ)?\s*ปี(?P<fiscal>งบประมาณ)?\s*(?:{era}\s*)?(?P<y>{Y4})", "part"),
            (rf"ไตรมาส(?:ที่)?\s*{DIG}\s*/\s*(?P<span>(?P<y>{Y4})){NOT_NUM_AFTER}", "y"),
            (rf"ครึ่งปี(?P<pos>แรก|หลัง)(?:\s*ของ)?\s*ปี\s*(?:{era}\s*)?(?P<y>{Y4})", "half"),
            (rf"(?:ปี(?:งบประมาณ|การผลิต|การศึกษา|บัญชี)?\s*)?(?:{era}\s*)?{NOT_NUM_BEFORE}(?P<y1>{Y4})\s*[-–/]\s*(?P<y2>{Y4}){NOT_NUM_AFTER}", "yy"),
            (rf"ปี(?:บัญชี|การผลิต|การศึกษา)?\s*(?:{era}\s*)?(?P<y>{Y4}|{DIG}{{2}}){NOT_NUM_AFTER}", "y"),
            (rf"{era}\s*(?P<y>{Y4}){NOT_NUM_AFTER}", "y"),
            (rf"{NOT_NUM_BEFORE}(?P<y>{Y4}){NOT_NUM_AFTER}(?!\s*%){not_unit_after}", "y"),
        ]
    return [(re.compile(p, flags), kind) for p, kind in g]


def _year(m: re.Match, name: str, lang: str) -> tuple[int, bool] | None:
    """(CE year, written in Buddhist era) of group ``name``, or None if implausible."""
    raw = m.group(name)
    y = _int(raw)
    era = (m.groupdict().get("era") or "").replace(" ", "")
    if len(raw) == 2:
        if lang != "th" or era.startswith("ค"):
            return None
        return nd.ce_year(y, buddhist=True), True
    if not nd.plausible_year(y):
        return None
    if era.startswith("ค"):
        return (y, False) if y < nd.BE_FROM else None
    if era.startswith("พ") and y < nd.BE_FROM:
        return None
    buddhist = lang == "th" and nd.is_buddhist(y)
    if lang == "vi" and y > 2100:
        return None
    return nd.ce_year(y), buddhist


def _month(m: re.Match, lang: str) -> int | None:
    if m.groupdict().get("mon"):
        return int(mapping("th", "months")[m.group("mon")])
    mm = _int(m.group("m"))
    return mm if 1 <= mm <= 12 else None


def _count(s: str, lang: str) -> int:
    s = ascii_digits(s)
    return int(s) if s.isdigit() else int(parse_words(s, lang))


def _candidate(m: re.Match, kind: str, lang: str) -> _Cand | None:
    c = _value(m, kind, lang)
    if c is not None and m.groupdict().get("span"):
        c.start, c.end = m.span("span")
    return c


def _value(m: re.Match, kind: str, lang: str) -> _Cand | None:
    cal = "gregorian"
    if kind == "ddmy":
        d1, d2, month, yb = _int(m.group("d")), _int(m.group("d2")), _month(m, lang), _year(m, "y", lang)
        if month is None or yb is None or not (d1 < d2 and nd.valid(yb[0], month, d2)):
            return None
        return _Cand(m.start(), m.end(), nd.interval(nd.iso(yb[0], month, d1), nd.iso(yb[0], month, d2)),
                     "buddhist" if yb[1] else cal)
    if kind in ("dmy", "dm"):
        day = _int(m.group("d") or m.group("d2")) if "d2" in m.groupdict() else _int(m.group("d"))
        month = _month(m, lang)
        if month is None:
            return None
        if kind == "dm":
            if not nd.valid(None, month, day):
                return None
            return _Cand(m.start(), m.end(), nd.iso(None, month, day))
        yb = _year(m, "y", lang)
        if yb is None or not nd.valid(yb[0], month, day):
            return None
        return _Cand(m.start(), m.end(), nd.iso(yb[0], month, day), "buddhist" if yb[1] else cal)
    if kind == "my":
        month, yb = _month(m, lang), _year(m, "y", lang)
        if month is None or yb is None:
            return None
        return _Cand(m.start(), m.end(), nd.iso(yb[0], month), "buddhist" if yb[1] else cal)
    if kind in ("y", "fiscal", "part", "half"):
        yb = _year(m, "y", lang)
        if yb is None:
            return None
        cal = "buddhist" if yb[1] else cal
        if kind == "y":
            return _Cand(m.start(), m.end(), nd.iso(yb[0]), cal)
        if kind == "fiscal":
            return _Cand(m.start(), m.end(), nd.thai_fiscal_year(yb[0]), cal)
        first = m.group("pos") in ("đầu", "แรก")
        months = 6 if kind == "half" else _count(m.group("n"), lang)
        if not 1 <= months <= 11:
            return None
        if m.groupdict().get("fiscal"):
            return _Cand(m.start(), m.end(), nd.part_of_fiscal_year(yb[0], months, first), cal)
        return _Cand(m.start(), m.end(), nd.part_of_year(yb[0], months, first), cal)
    if kind == "yy":
        a, b = _year(m, "y1", lang), _year(m, "y2", lang)
        if a is None or b is None or not 0 < b[0] - a[0] <= 50:
            return None
        return _Cand(m.start(), m.end(), nd.interval(nd.iso(a[0]), nd.iso(b[0])),
                     "buddhist" if a[1] else cal)
    raise AssertionError(kind)


def find_dates(text: str, lang: str) -> list[Date]:
    """All dates of ``text``, in order, as :class:`~coopdocs.model.Date` items."""
    cands = []
    for rx, kind in _grammar(lang):
        for m in rx.finditer(text):
            c = _candidate(m, kind, lang)
            if c is not None:
                cands.append(c)
    chosen = select(cands)
    _resolve_years(chosen)
    return [Date(c.start, c.end, text[c.start:c.end], c.value, c.calendar) for c in chosen]


def _resolve_years(dates: list[_Cand]) -> None:
    """Give a month-day the year of a full date with the same month and day, if exactly one."""
    full: dict[str, set[str]] = {}
    for d in dates:
        if len(d.value) == 10 and d.value[4] == "-":
            full.setdefault(d.value[4:], set()).add(d.value[:4])
    for d in dates:
        if d.value.startswith("--"):
            years = full.get(d.value[1:], set())
            if len(years) == 1:
                d.value = f"{years.pop()}{d.value[1:]}"
