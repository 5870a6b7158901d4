"""Find figures (docs/annotation.md: every quantity) in Thai and Vietnamese text.

A figure is parsed outward from a numeral or a run of number words:

    [qualifier | ร้อยละ | Xละ] NUMBER [range] [scale] [กว่า] [% | currency | unit] [trở lên] [per]

Numbers that identify or order things (document numbers, ``lần thứ 5``, ``ครั้งที่ 2``),
clock times, phone numbers, section numbers, years and dates are not figures.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..lang import alternation, mapping, rows, words
from ..model import Figure
from ..normalize.numerals import parse_number, parse_words, plain, scale_factor, words_pattern
from .common import DIG, LATIN, NUMERAL, Mask

LETTER = r"[^\W\d_]"
DEFAULT_CURRENCY = {"vi": "VND", "th": "THB"}
NOT_FIGURE_WORD_STARTS = {"vi": {"không", "tư", "mốt", "lăm", "nhăm", "linh", "lẻ", "mươi", "rưỡi",
                                 "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"},
                          "th": {"ศูนย์", "เอ็ด", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"}}


@dataclass
class Grammar:
    lang: str
    number: re.Pattern
    range_: re.Pattern
    scale: re.Pattern
    after_qual: re.Pattern
    percent: re.Pattern
    currency: re.Pattern
    unit: re.Pattern
    after_qual2: re.Pattern
    per: re.Pattern
    per_year: re.Pattern
    qual_before: re.Pattern
    percent_before: re.Pattern | None
    per_before: re.Pattern | None
    cue_before: re.Pattern
    masks: list[re.Pattern]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    units: dict[str, str]
    currencies: dict[str, str]
    cue_cancel: dict[str, str]
    strict_cue: re.Pattern
    year_words: set[str]
    averaging: re.Pattern | None


def _b(lang: str) -> str:
    """Left word boundary where the script has spaces between words."""
    return rf"(?<!{LETTER})" if lang == "vi" else ""


def _e(lang: str) -> str:
    """Right word boundary where the script has spaces between words."""
    return rf"(?!{LETTER})" if lang == "vi" else ""


@cache
def grammar(lang: str) -> Grammar:
    b, e = _b(lang), _e(lang)
    flags = re.IGNORECASE if lang == "vi" else 0
    quals = rows(lang, "qualifiers")
    q_before = {r[0]: r[1] for r in quals if r[2] == "before"}
    q_after = {r[0]: r[1] for r in quals if r[2] == "after"}
    units = mapping(lang, "units")
    currencies = mapping(lang, "currencies")
    numword = words_pattern(lang)
    sp = r"[ \u00a0]*" if lang == "th" else r"[ \u00a0]+"
    if lang == "vi":
        number = rf"(?<![{LATIN}0-9.,])(?P<num>{NUMERAL})|{b}(?P<words>(?:{numword})(?:[ \u00a0]+(?:{numword}))*){e}"
        range_ = rf"[ \u00a0]*(?:[-–—]|{sp}(?:đến|tới){sp})[ \u00a0]*(?P<num2>{NUMERAL})(?![0-9]|[.,][0-9]|/[0-9])"
        percent = r"[ \u00a0]*(?:%|phần trăm(?!" + LETTER + "))"
        cur_words = alternation(currencies)
        currency = rf"[ \u00a0]*(?P<cur>{cur_words})(?!{LETTER})(?![ \u00a0]+(?:chí|bào|thời|bộ|ý|ruộng|tình|loạt|nghiệp|hành|minh|đều|nhất)(?!{LETTER}))"
        per_word = rf"(?:(?:{alternation(units)})(?!{LETTER})|{LETTER}[\w\-]*(?:[ \u00a0]{LETTER}[\w\-]*)?)"
        per = rf"[ \u00a0]*/[ \u00a0]*(?P<per>{per_word}(?:[ \u00a0]*/[ \u00a0]*{per_word})?)"
        percent_before = None
        per_before = None
    else:
        number = rf"(?<![{LATIN}0-9๐-๙.,])(?P<num>{NUMERAL})|(?P<words>(?:{numword})+)"
        range_ = rf"[ \u00a0]*(?:[-–—]|{sp}ถึง{sp})[ \u00a0]*(?P<num2>{NUMERAL})(?![0-9๐-๙]|[.,][0-9๐-๙]|/[0-9๐-๙])"
        percent = r"[ \u00a0]*(?:%|เปอร์เซ็นต์|เปอร์เซนต์)"
        currency = rf"[ \u00a0]*(?P<cur>{alternation(currencies)})"
        per_nouns = alternation(set(units) | {"หัว", "ตัว", "ราย", "สหกรณ์", "กลุ่ม", "ครัวเรือน"})
        per = rf"[ \u00a0]*(?:ต่อ|/)[ \u00a0]*(?P<per>{per_nouns})"
        percent_before = rf"(?P<pq>(?:{alternation(q_before)})[ \u00a0]*)?ร้อยละ[ \u00a0]*$"
        per_before = rf"(?P<perb>{per_nouns})ละ[ \u00a0]*$"
    g = Grammar(
        lang=lang,
        number=re.compile(number, flags),
        range_=re.compile(range_, flags),
        scale=re.compile(rf"[ \u00a0]*(?P<scale>(?:{alternation(mapping(lang, 'scales'))})(?:[ \u00a0]*(?:{alternation(mapping(lang, 'scales'))}))*){e}", flags),
        after_qual=re.compile(rf"[ \u00a0]*(?P<aq>{alternation(q_after)}){e}" if lang == "th" else r"(?!x)x"),
        percent=re.compile(percent, flags),
        currency=re.compile(currency),
        unit=re.compile(rf"{sp}(?P<unit>{alternation(units)}){e}" if lang == "vi" else
                        rf"[ \u00a0]*(?!{alternation(words(lang, 'unit_exceptions'))})(?P<unit>{alternation(units)})"),
        after_qual2=re.compile(rf"{sp}(?P<aq2>{alternation(q_after)}){e}" if lang == "vi" else r"[ \u00a0]*(?P<aq2>ขึ้นไป)"),
        per=re.compile(per, flags),
        per_year=re.compile(rf"{sp}(?P<py>{alternation(words(lang, 'per_year'))}){e}" if lang == "vi" else rf"[ \u00a0]*(?P<py>{alternation(words(lang, 'per_year'))})", flags),
        qual_before=re.compile(rf"{b}(?P<q>{alternation(q_before)})[ \u00a0]*:?[ \u00a0]*$" if lang == "th" else rf"{b}(?P<q>{alternation(q_before)})[ \u00a0]+$", flags),
        percent_before=re.compile(percent_before) if percent_before else None,
        per_before=re.compile(per_before) if per_before else None,
        cue_before=re.compile(rf"{b}(?P<cue>{alternation(words(lang, 'id_cues'))})[ \u00a0]*:?[ \u00a0]*$", flags),
        masks=[re.compile(p, re.MULTILINE) for p in _mask_patterns(lang)],
        qualifiers_before=q_before,
        qualifiers_after=q_after,
        units=units,
        currencies=currencies,
        cue_cancel={k: v for k, v in mapping(lang, "id_cues").items() if v},
        strict_cue=re.compile(rf"{b}(?:{alternation(words(lang, 'id_cues_strict'))})[ \u00a0]*:?[ \u00a0]*$"),
        year_words=set(words(lang, "years")),
        averaging=re.compile(rf"(?i)(?<!{LETTER})(?:bình quân|trung bình)(?:[ \u00a0]+(?:của|trên|mỗi|cho))?[ \u00a0]+(?:0?1|một)[ \u00a0]+(?P<unit>{alternation(units)})(?!{LETTER})") if lang == "vi" else None,
    )
    return g


def _mask_patterns(lang: str) -> list[str]:
    """Regexes whose matches hold no figure: identifiers, times, phones, section numbers."""
    common = [
        r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+",
        # document symbols: 20-NQ/TW, 2949/KH-UBND, 45/2021/NĐ-CP, 17/2023/QH15
        rf"{DIG}+(?:[/-]{DIG}+)*[/-][A-ZĐ][\w/.\-]*",
        # codes glued to letters: COVID-19, H5N1, QH15
        rf"(?<![\w])[A-Za-zĐđ]+-{DIG}+|[A-Z]+{DIG}+[A-Z{DIG[1:-1]}]*",
        # phone numbers
        r"(?<![\d.,])(?:\+84|\+66|0)\d{1,3}(?:[ .-]?\d{2,4}){2,3}(?![\d,])",
        # compound numbers: 1/2567, 3/5 (dates have been taken already)
        rf"{DIG}+(?:/{DIG}+)+",
        # section numbers at the start of a line and list markers (1) 2)
        rf"^[ \t]*(?:[-–•+*][ \t]*)?(?:{DIG}{{1,2}}(?:\.{DIG}{{1,2}})*[.)](?=[ \t])|{DIG}{{1,2}}\.(?={LETTER}))",
        rf"\({DIG}{{1,2}}\)",
    ]
    if lang == "vi":
        return common + [
            r"(?i)\d{1,2}[ \u00a0]*(?:giờ|h)[ \u00a0]*\d{1,2}(?:[ \u00a0]*phút)?(?!\w)",
            r"(?i)\d{1,2}h(?!\w)|\d{1,2}:\d{2}",
            r"(?i)(?<!\w)(?:lúc|vào|từ|đến|tới)[ \u00a0]+\d{1,2}[ \u00a0]*giờ(?!\w)",
            r"(?i)\d{1,2}[ \u00a0]+tháng[ \u00a0]+(?:đầu|cuối)[ \u00a0]+năm",
            r"(?i)(?:bình quân|trung bình)(?:[ \u00a0]+(?:của|trên|mỗi|cho))?[ \u00a0]+(?:0?1|một)[ \u00a0]+(?=\w)",
        ]
    return common + [
        rf"{DIG}{{1,2}}[.:]{DIG}{{2}}(?:[ \u00a0]*[-–][ \u00a0]*{DIG}{{1,2}}[.:]{DIG}{{2}})?[ \u00a0]*(?:น\.|นาฬิกา)",
        rf"เวลา[ \u00a0]*{DIG}{{1,2}}[.:]{DIG}{{2}}",
        rf"{DIG}{{1,2}}[ \u00a0]*นาฬิกา",
        rf"{DIG}+[ \u00a0]*เดือน(?:แรก|หลัง|สุดท้าย)",
        rf"[ก-ฮ]{{1,4}}\.?[ \u00a0]?{DIG}{{3,5}}(?:\.{DIG}+)*[ \u00a0]?/[ \u00a0]?ว?[ \u00a0]?{DIG}+",
        rf"(?:โทร(?:ศัพท์|สาร)?|แฟกซ์)\.?[ \u00a0:]*{DIG}[{DIG[1:-1]} \u00a0-]{{6,}}(?:[ \u00a0]*ต่อ[ \u00a0]*{DIG}+)?",
    ]


def masks(text: str, lang: str) -> Mask:
    mask = Mask()
    for rx in grammar(lang).masks:
        for m in rx.finditer(text):
            mask.add(*m.span())
    return mask


def default_currency(text: str, lang: str) -> str:
    """The currency a bare scale-word amount is in: the document's most written one."""
    g = grammar(lang)
    counts = Counter(g.currencies[m.group("cur")] for m in g.currency.finditer(text)
                     if m.group("cur") in g.currencies and len(m.group("cur")) > 1)
    return counts.most_common(1)[0][0] if counts else DEFAULT_CURRENCY[lang]


Boundary = Callable[[int], bool]


def _always(_: int) -> bool:
    return True


def find_figures(text: str, lang: str, avoid: Mask | None = None,
                 token_start: Boundary = _always, token_end: Boundary = _always) -> list[Figure]:
    """All figures of ``text`` in order. ``avoid`` holds ranges already taken (dates,
    references); ``token_start``/``token_end`` tell where the tokenizer puts word boundaries
    (for Thai, which writes no spaces between words)."""
    g = grammar(lang)
    blocked = masks(text, lang)
    avoid = avoid or Mask()
    currency = default_currency(text, lang)
    out: list[Figure] = []
    taken_until = 0
    for m in g.number.finditer(text):
        if m.start() < taken_until:
            continue
        a, b = m.span()
        if avoid.hits(a, b) or blocked.hits(a, b):
            continue
        fig = _parse(text, Num(m.start(), m.end(), m.group("num"), m.group("words")), g, avoid,
                     blocked, currency, token_start, token_end)
        if fig is None and m.group("words") is not None and g.lang == "vi":
            fig = _shorter(text, m, g, avoid, blocked, currency, token_start, token_end)
        if fig is not None:
            out.append(fig)
            taken_until = fig.end
    _averaging_units(text, g, out)
    return out


def _averaging_units(text: str, g: Grammar, figures: list[Figure]) -> None:
    """`doanh thu bình quân của 01 HTX đạt 2,1 tỷ đồng`: per = HTX for the next figure."""
    if g.averaging is None:
        return
    for m in g.averaging.finditer(text):
        nxt = next((f for f in figures if f.start >= m.end()), None)
        if nxt is not None and nxt.per is None and nxt.start - m.end() <= 40 and "\n" not in text[m.end():nxt.start]:
            nxt.per = m.group("unit")


class Num:
    """A numeral or a run of number words found in the text (the part of a match _parse uses)."""

    def __init__(self, start: int, end: int, num: str | None, words: str | None):
        self._span, self._groups = (start, end), {"num": num, "words": words}

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def span(self) -> tuple[int, int]:
        return self._span

    def group(self, name: str) -> str | None:
        return self._groups[name]


def _shorter(text, m, g, *args) -> Figure | None:
    """`năm năm` (five years): a run of number words whose last word is the unit."""
    parts = list(re.finditer(r"\S+", m.group("words")))
    if len(parts) < 2:
        return None
    cut = m.start() + parts[-1].start()
    head = text[m.start():cut].rstrip()
    return _parse(text, Num(m.start(), m.start() + len(head), None, head), g, *args)


def _parse(text, m: Num, g: Grammar, avoid: Mask, blocked: Mask, currency: str,
           token_start: Boundary, token_end: Boundary) -> Figure | None:
    lang = g.lang
    start, pos = m.span()
    words_text = m.group("words")
    if words_text is not None:
        first = re.match(words_pattern(lang), words_text.casefold() if lang == "vi" else words_text).group(0)
        if first in NOT_FIGURE_WORD_STARTS[lang] or words_text.casefold() in ("một", "หนึ่ง"):
            return None
        if lang == "th" and not token_start(start) and len(re.findall(words_pattern(lang), words_text)) < 2:
            return None
    # after the number: range, scale, qualifier, percent / currency / unit, per
    num2 = None
    r = g.range_.match(text, pos)
    if r and words_text is None and not avoid.hits(*r.span("num2")):
        num2, pos = r.group("num2"), r.end()
    scale = None
    s = g.scale.match(text, pos)
    if s and (lang == "vi" or (token_start(s.start("scale")) and token_end(s.end()))):
        scale, pos = s.group("scale"), s.end()
    qualifier = None
    aq = g.after_qual.match(text, pos)
    if aq:
        qualifier, pos = g.qualifiers_after[aq.group("aq")], aq.end()
    kind, unit = None, None
    window = text[max(0, start - 40):start]
    pb = g.percent_before.search(window) if g.percent_before else None
    pm = g.percent.match(text, pos)
    cm = g.currency.match(text, pos)
    um = g.unit.match(text, pos)
    if pb:
        kind, unit = "percent", "%"
        if pm:
            pos = pm.end()
    elif pm:
        kind, unit, pos = "percent", "%", pm.end()
    elif cm and _ends_word(cm.end(), text, lang, token_end) and not avoid.hits(*cm.span("cur")):
        kind, unit, pos = "money", g.currencies[cm.group("cur")], cm.end()
    elif um and _ends_word(um.end(), text, lang, token_end) and not avoid.hits(*um.span("unit")):
        unit = um.group("unit")
        kind = g.units.get(unit) or g.units.get(unit.casefold()) or "count"
        pos = um.end()
    # Thai ร้อยละ N (percent written before the number), qualifier before it
    if pb:
        start -= len(window) - pb.start()
        if pb.group("pq"):
            qualifier = qualifier or g.qualifiers_before[pb.group("pq").strip()]
            window = ""
        else:
            window = text[max(0, start - 40):start]
    if words_text is not None and kind is None:
        return None  # number words count only with a unit or classifier after them
    if kind is None and scale:
        unit_scale = scale_factor(scale, lang)
        if lang == "th" or unit_scale >= 1_000_000:
            kind, unit = "money", currency
    aq2 = g.after_qual2.match(text, pos)
    if aq2:
        qualifier, pos = g.qualifiers_after[aq2.group("aq2")], aq2.end()
    end = pos
    # per: /năm, mỗi năm, ต่อปี, /HTX, ต่อสหกรณ์
    per = None
    py = g.per_year.match(text, pos)
    pr = g.per.match(text, pos)
    tail = end
    if py:
        per, tail = "year", py.end()
    elif pr and not avoid.hits(*pr.span("per")):
        per = "year" if pr.group("per") in g.year_words else pr.group("per")
        tail = pr.end()
    # qualifier and per written before the number
    if g.per_before is not None:
        pbm = g.per_before.search(window)
        if pbm:
            per = "year" if pbm.group("perb") in g.year_words else pbm.group("perb")
    qb = g.qual_before.search(window)
    while qb and (lang == "vi" or token_start(start - (len(window) - qb.start()))):
        qualifier = qualifier or g.qualifiers_before[_key(qb.group("q"), g.qualifiers_before)]
        start -= len(window) - qb.start()
        window = text[max(0, start - 40):start]
        qb = g.qual_before.search(window)
    if qualifier == "at_least" and num2 is not None and re.match(r"(?i)(?:từ|ตั้งแต่)", text[start:m.start()]):
        qualifier = None
    # numbers that identify or order things
    has_measure = kind is not None or scale is not None
    cue = g.cue_before.search(text, max(0, m.start() - 30), m.start())
    if cue and not has_measure and not _cue_cancelled(text, cue, g):
        return None
    if g.strict_cue.search(text, max(0, m.start() - 30), m.start()):
        return None
    raw = m.group("num")
    if raw is not None and not has_measure and qualifier is None:
        digits = re.sub(r"\D", "", raw)
        if len(raw) == len(digits) and len(digits) >= 4:
            return None  # a year or a code, not a quantity
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[line_start:m.start()]
        after = text[m.end():len(text) if line_end < 0 else line_end]
        if not before.strip() and re.fullmatch(r"[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+", raw) and after.strip():
            return None  # a section number: 2.1 Heading
        if lang == "th" and before.strip() and not after.strip() and before.endswith(" "):
            return None  # a number naming a unit: กลุ่มส่งเสริมสหกรณ์ 1
    if blocked.hits(start, end) and not blocked.hits(m.start(), m.end()):
        start = m.start()
    # the value
    whole = kind in (None, "count") and scale is None
    try:
        value = parse_words(words_text, lang) if words_text is not None else parse_number(raw, lang, whole=whole)
        vmax = parse_number(num2, lang, whole=whole) if num2 else None
    except ValueError:
        return None
    factor = scale_factor(scale, lang) if scale else Decimal(1)
    if kind is None:
        kind = "count"
    return Figure(
        start=start, end=end, text=text[start:end],
        value=plain(value * factor), value_max=plain(vmax * factor) if vmax is not None else None,
        kind=kind, unit=unit, qualifier=qualifier, per=per, _tail=tail,
    )


def _ends_word(i: int, text: str, lang: str, token_end: Boundary) -> bool:
    return lang == "vi" or token_end(i) or i >= len(text)


def _key(found: str, table: dict[str, str]) -> str:
    norm = re.sub(r"[ \u00a0]+", " ", found)
    if norm in table:
        return norm
    low = norm.casefold()
    for k in table:
        if k.casefold() == low:
            return k
    raise KeyError(found)


def _cue_cancelled(text: str, cue: re.Match, g: Grammar) -> bool:
    """`tổng số 1.981`: a word before the cue can make the number a quantity again."""
    cancel = g.cue_cancel.get(cue.group("cue"))
    if not cancel:
        return False
    before = text[max(0, cue.start() - len(cancel) - 2):cue.start()].rstrip()
    return before.endswith(cancel)
