"""Find citations of legal and policy documents (docs/annotation.md: references).

Shapes: a kind word with a number or symbol (``Nghị quyết số 20-NQ/TW``,
``แผนปฏิบัติการหมายเลข 43``), a bare Vietnamese symbol (``2949/KH-UBND``: its kind comes
from the abbreviation), a law or regulation cited by year (``Luật Hợp tác xã năm 2012``,
``พระราชบัญญัติสหกรณ์ พ.ศ. 2546``) and a cabinet resolution cited by date. The issue date
and the issuer are read from what follows the mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import alternation, mapping, words
from ..model import Date, Reference
from ..normalize.dates import ce_year, plausible_year
from ..normalize.numerals import ascii_digits
from .common import DIG, ByStart, select

SP = r"[ \u00a0]"
SEG = r"[A-ZĐ][A-Za-zĐđ&]*[0-9]*"
SYMBOL = (rf"{DIG}+(?:\.{DIG}+)?(?:/{DIG}{{4}})?[/-]{SEG}(?:[/-]{SEG})*"
          rf"|{DIG}+/{DIG}{{4}}/{SEG}(?:[/-]{SEG})*")


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    number: str | None
    date: str | None = None


@cache
def _grammar(lang: str):
    kinds = mapping(lang, "doc_kinds")
    kind_alt = alternation(kinds)
    cues = alternation(words(lang, "ref_number_cues"))
    if lang == "vi":
        name_word = rf"{SP}+(?!(?:{kind_alt})(?!\w))[^\s,;.()\d:]+"
        pats = [
            (rf"(?<!\w)(?P<kw>{kind_alt})(?P<name>(?:{name_word}){{0,6}}?){SP}+(?:(?:{cues}){SP}*:?{SP}*)?(?P<num>{SYMBOL})(?![\w/])", "symbol"),
            (rf"(?<!\w)(?P<kw>{kind_alt}){SP}+(?:{cues}){SP}*:?{SP}*(?P<num>{DIG}+(?:/{DIG}+)?)(?![\w/-])", "number"),
            (rf"(?<![\w/-])(?P<num>{SYMBOL})(?![\w/])", "bare"),
            (rf"(?<!\w)(?P<kw>Bộ luật|Luật)(?P<name>(?:{SP}+[A-ZĐÂ][^\s,;.()\d]*)(?:{SP}+[^\s,;.()\d]+){{0,7}}?){SP}+(?:năm{SP}+)?(?P<y>(?:19|20)\d\d)(?![\d/])", "law"),
        ]
        flags = re.IGNORECASE
    else:
        laws = alternation(["พระราชบัญญัติ", "พ.ร.บ.", "กฎหมาย", "ระเบียบ", "ประกาศ", "กฎกระทรวง", "ข้อบังคับ", "พระราชกฤษฎีกา"])
        months = alternation(words("th", "months"))
        th_num = (rf"{SYMBOL}|[ก-ฮ]{{1,4}}\.?{SP}?{DIG}+(?:\.{DIG}+)*{SP}?/{SP}?ว?{SP}?{DIG}+"
                  rf"|{DIG}+(?:/{DIG}+)?(?![.,]?{DIG})")
        pats = [
            (rf"(?P<kw>{kind_alt})(?P<name>(?:(?!{kind_alt})[^\s\d()]){{0,40}}?){SP}*(?:{cues}){SP}*(?P<num>{th_num})(?!{SP}*(?:{months}))", "symbol"),
            (rf"(?<![\w/-])(?P<num>{SYMBOL})(?![\w/])", "bare"),
            (rf"^[ \t]*(?P<kw>ที่){SP}+(?P<num>[ก-ฮ]{{1,4}}\.?{SP}?{DIG}{{3,5}}(?:\.{DIG}+)*{SP}?/{SP}?(?:ว{SP}?)?{DIG}+)", "header"),
            (rf"(?P<kw>ประกาศ|ระเบียบ|คำสั่ง)(?P<name>(?:(?!{kind_alt}|ลงวันที่|(?:{cues}){SP}*{DIG})[^\n]){{4,160}}?){SP}*(?=ลงวันที่)", "dated"),
            (rf"(?P<kw>{laws})(?P<name>(?:(?!{kind_alt})[^\n\d()]|\(ฉบับที่{SP}*(?P<amend>{DIG}+)\)){{1,160}}?){SP}*(?P<era>พ\.{SP}?ศ\.|ค\.{SP}?ศ\.|ปี){SP}*(?P<y>{DIG}{{4}})(?!{DIG})", "law"),
            (r"(?P<kw>มติคณะรัฐมนตรี|คณะรัฐมนตรี(?:ได้)?มีมติ)", "cabinet"),
        ]
        flags = 0
    not_docs = re.compile(alternation(words(lang, "ref_not_documents")), flags)
    return [(re.compile(p, flags | re.MULTILINE), k) for p, k in pats], kinds, not_docs


def _kind_of_word(word: str, kinds: dict[str, str]) -> str:
    if word in kinds:
        return kinds[word]
    low = word.casefold()
    for k, v in kinds.items():
        if k.casefold() == low:
            return v
    return "other"


def symbol_kind(symbol: str) -> str:
    """The kind a Vietnamese symbol names by its abbreviation.

    >>> symbol_kind("20-NQ/TW"), symbol_kind("45/2021/NĐ-CP"), symbol_kind("17/2023/QH15")
    ('resolution', 'decree', 'law')
    >>> symbol_kind("5529/BKHĐT-HTX"), symbol_kind("2949/KH-UBND")
    ('official_letter', 'plan')
    """
    abbrev = mapping("vi", "doc_abbrev")
    for seg in re.findall(r"[A-Za-zĐđ]+", symbol):
        return abbrev.get(seg, abbrev.get(seg.upper(), "official_letter"))
    return "other"


def find_references(text: str, lang: str, dates: list[Date] = ()) -> list[Reference]:
    """All citations in ``text``; ``dates`` (from the dates grammar) give issue dates."""
    grammar, kinds, not_docs = _grammar(lang)
    cands = []
    for rx, shape in grammar:
        for m in rx.finditer(text):
            if not_docs.match(text, m.start()):
                continue
            c = _candidate(m, shape, lang, kinds)
            if c is not None:
                cands.append(c)
    refs = []
    starts = ByStart(dates)
    for c in select(cands):
        date = c.date or _issue_date(text, c.end, starts, lang) or _issue_date(text, _after_issuer(text, c.end, lang), starts, lang)
        if date is None and _is_own_number(text, c.start, lang):
            date = _own_date(text, c.end, starts)
        if c.number is None and date is None:
            continue  # a document without a number is cited by its date (or year)
        ref = Reference(c.start, c.end, text[c.start:c.end], c.kind, c.number, date)
        ref.issuer = _issuer(text, ref, starts, lang)
        refs.append(ref)
    return refs


def _candidate(m: re.Match, shape: str, lang: str, kinds) -> _Cand | None:
    if shape == "bare":
        num = m.group("num")
        return _Cand(m.start(), m.end(), symbol_kind(num), num)
    if shape == "cabinet":
        return _Cand(m.start(), m.end(), "resolution", None)
    if shape == "header":
        return _Cand(m.start(), m.end(), "official_letter", m.group("num"))
    if shape == "dated":
        return _Cand(m.start(), m.end(), _kind_of_word(m.group("kw"), kinds), None)
    kind = _kind_of_word(m.group("kw"), kinds)
    if shape == "law":
        y = int(ascii_digits(m.group("y")))
        if not plausible_year(y):
            return None
        era = (m.groupdict().get("era") or "").replace(" ", "")
        year = y if era.startswith("ค") else ce_year(y)
        if kind not in ("law", "decree", "circular", "other", "notice"):
            return None
        return _Cand(m.start(), m.end(), kind, m.groupdict().get("amend"), f"{year:04d}")
    num = m.group("num").strip()
    if shape == "symbol" and re.search(r"[A-Za-zĐđ]", num) and lang == "vi" or shape == "symbol" and re.search(r"[/-][A-ZĐ]", num):
        by_symbol = symbol_kind(num)
        if m.group("name") and by_symbol not in (kind, "official_letter"):
            return None  # the kind word belongs to another document than this symbol
    return _Cand(m.start(), m.end(), kind, num)


def _after_issuer(text: str, end: int, lang: str) -> int:
    """Where a mention's issuer phrase ends (`มติที่ 09 ของรัฐบาล ลงวันที่ ...`)."""
    rx = r"\s*ของ\s*\S+" if lang == "th" else r"[\s,]*của\s+[^,;.\n]{2,80}?(?=,?\s*ngày)"
    m = re.match(rx, text[end:end + 120])
    return end + m.end() if m else end


def _is_own_number(text: str, start: int, lang: str) -> bool:
    """The document's own number: `Số: 15/KH-UBND` / `ที่ ชย 0010/1187` heading a line."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return re.fullmatch(r"[ \t]*(?:Số|SỐ|số)?[ \t]*:?[ \t]*", line) is not None if lang == "vi" else \
        re.fullmatch(r"[ \t]*", line) is not None


def _own_date(text: str, end: int, dates: list[Date]) -> str | None:
    """The date line that follows a document's own number in its header."""
    for d in dates.between(end, end + 601):
        if len(d.value) == 10 and d.value[4] == "-":
            return d.value
    return None


def _issue_date(text: str, end: int, dates: list[Date], lang: str) -> str | None:
    """The date right after a mention (``ngày 16/6/2022``, ``ลงวันที่ 14 พฤศจิกายน 2565``)."""
    between = {"vi": r"[\s,(]*(?:(?:được{SP}+)?(?:ban hành|ký)\s*)?(?:ngày\s*)?",
               "th": r"\s*\(?\s*(?:ลง|เมื่อ|ประกาศ(?:{SP}*ณ)?|ณ)?\s*(?:วันที่\s*)?"}[lang].replace("{SP}", SP)
    for d in dates.between(end, end + 41):
        if re.fullmatch(between, text[end:d.start], re.IGNORECASE) and len(d.value) >= 4:
            return d.value
        break
    return None


def _issuer(text: str, ref: Reference, dates: list[Date], lang: str) -> str | None:
    """``của Ban Chấp hành Trung ương`` / ``ของคณะกรรมการพรรคจังหวัด`` after the mention (and date)."""
    pos = ref.end
    for d in dates.between(pos, pos + 41):
        if d.value == ref.date:
            pos = d.end
            break
    stops = alternation(words(lang, "issuer_stops"))
    kinds = alternation(mapping(lang, "doc_kinds"))
    if lang == "vi":
        m = re.match(rf"[\s,]*của{SP}+((?:(?!(?:{stops})(?!\w)|và{SP}+(?i:{kinds}))[^\s,;.()\n:]+{SP}*){{1,10}})", text[pos:pos + 160])
        return m.group(1).strip() if m else None
    m = re.match(rf"\s*ของ{SP}*((?:(?!{stops})[^\s,;()\n])+(?:(?<=ที่){SP}*{DIG}+)?)", text[pos:pos + 160])
    return m.group(1).strip() if m else None
