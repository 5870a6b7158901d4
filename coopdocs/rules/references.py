"""Find citations of legal and policy documents (docs/annotation.md: references).

The grammar is the language's data: ``[[references.patterns]]`` in its ``profile.toml``, each
a ``shape`` and a ``re.VERBOSE`` pattern (and, for shape ``unnumbered``, the ``kind`` it
cites). The longest non-overlapping candidates win; the issue date and the issuer are read
from what follows the mention.

Shapes and the named groups they read:

============ ============================================================================
symbol       kind word ``kw``, its ``name`` (optional), number or symbol ``num``
             (``Nghị quyết số 20-NQ/TW``, ``แผนปฏิบัติการหมายเลข 43``)
number       kind word ``kw`` and a plain number ``num`` (``Kế hoạch số 15``)
bare         a symbol ``num`` alone: its abbreviation gives the kind (``2949/KH-UBND``)
header       a letter's own number ``num`` heading a line (``ที่ ชย 0010/1187``)
dated        kind word ``kw`` and ``name`` of a document cited by its date only
law          kind word ``kw``, ``name``, year ``y`` with its ``era`` (optional) and an
             amendment number ``amend`` (optional) (``Luật Hợp tác xã năm 2012``)
unnumbered   ``kw``: a document of the entry's ``kind`` cited without a number
             (``มติคณะรัฐมนตรี``)
============ ============================================================================

Placeholders in patterns: ``{D}`` a digit of the language, ``{SP}`` a space, ``{KIND}`` the
kind words of ``doc_kinds.tsv``, ``{CUE}`` the number cues of ``ref_number_cues.tsv``,
``{SYMBOL}`` a document symbol (``45/2021/NĐ-CP``, ``20 – NQ/TW``), ``{MONTHS}`` the
names in ``months.tsv``, ``{ERA}`` the era marks of ``[dates]``, ``{NOT_ORDINAL}`` a check
that the words of ``ordinal_counters.tsv`` do not end right before (``ครั้งที่ 5`` is an
ordinal, not a number cue), and the profile's own ``[references.pieces]``.

A span of years is never an issue date: a plan's period in brackets right after the mention
is part of its name (``แผนพัฒนาการสหกรณ์ ฉบับที่ 5 (พ.ศ. 2566-2570)``). A document cited by
its date alone (shape ``unnumbered``) is spanned with an adjacent date, or takes one later on
its line that an issue word introduces.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..errors import LanguageError
from ..lang import alternation, mapping, profile, words
from ..model import Date, Reference
from ..normalize.dates import ce_year, plausible_year
from ..normalize.numerals import ascii_digits, digit_class
from .common import SPACE, ByStart, case_flags, compile_data, select
from .dates_scan import Anchored, anchored
from .dates_trie import word_tree
from .references_scan import Shared, shared
from .scan import LONG
from .sentences import any_of, listed, marks_class, per_language, spacing, within

SEG = r"[A-ZĐ][A-Za-zĐđ&]*[0-9]*"
_LETTERS = re.compile(r"[A-Za-zĐđ]+")  # the abbreviations of a symbol
_LETTER_PART = re.compile(r"[/-][A-Za-zĐđ]")  # a symbol's part that is an abbreviation
_SPACED_DASH = re.compile(r"\s[-–]\s")
_OPEN = re.compile(r"[ \u00a0]*\([ \u00a0]*")
_CLOSE = re.compile(r"[ \u00a0]*\)")
_NEWLINE = re.compile(r"\n")
SHAPES = ("symbol", "number", "bare", "header", "dated", "law", "unnumbered")
YEAR_KINDS = ("law", "decree", "circular", "other", "notice")  # what a law shape may cite


# between the parts of a symbol: a slash or a dash, or a dash with spaces around it before an
# abbreviation (20 – NQ/TW, 125/KH - UBND)
SEP = r"(?:[/\-–]|[ \u00a0]+[-–][ \u00a0]+(?=[A-ZĐ]{2}))"


def _symbol(d: str) -> str:
    """A document symbol: number, year, kind and agency abbreviations (45/2021/NĐ-CP)."""
    return (rf"(?:{d}+(?:\.{d}+)?(?:/{d}{{4}})?{SEP}{SEG}(?:{SEP}{SEG})*"
            rf"|{d}+/{d}{{4}}/{SEG}(?:{SEP}{SEG})*)")


@dataclass(slots=True)  # thousands live until the selection: no dict each
class _Cand:
    start: int
    end: int
    kind: str
    number: str | None
    date: str | None = None
    shape: str = ""


@per_language
def _grammar(lang: str) -> list[tuple[Anchored, str, str | None]]:
    """The language's patterns as (compiled pattern, shape, kind of an unnumbered shape)."""
    prof = profile(lang)
    where = str(prof.folder / "profile.toml")
    d = digit_class(lang)
    values = {"D": d, "SP": SPACE, "SYMBOL": _symbol(d),
              "KIND": word_tree(mapping(lang, "doc_kinds", optional=True)),
              "CUE": word_tree(words(lang, "ref_number_cues", optional=True)),
              "NOT_ORDINAL": "".join(f"(?<!{re.escape(w)})"
                                     for w in words(lang, "ordinal_counters", optional=True)),
              "ERA": "|".join(m for m in (prof.dates.era_mark, prof.dates.common_era_mark) if m),
              **dict(prof.references.pieces)}
    out = []
    for i, entry in enumerate(prof.references.patterns):
        if not {"shape", "pattern"} <= set(entry) <= {"shape", "pattern", "kind"} \
                or entry["shape"] not in SHAPES:
            raise LanguageError(f"[[references.patterns]] {i + 1} needs a pattern and a shape of "
                                f"{', '.join(SHAPES)}", where)
        if "{MONTHS}" in entry["pattern"]:
            values["MONTHS"] = word_tree(words(lang, "months"))
        rx = compile_data(entry["pattern"], values, case_flags(lang) | re.MULTILINE, where)
        out.append((anchored(rx), entry["shape"], entry.get("kind")))  # over the whole text
    return out


@per_language
def _shared(lang: str) -> list[Shared]:
    """The patterns, with the openings they share, for a long text (built on the first one)."""
    return shared([rx for rx, _, _ in _grammar(lang)])


@per_language
def _not_documents(lang: str) -> re.Pattern:
    return re.compile(listed(lang, "ref_not_documents"), case_flags(lang))


def _kind_of_word(word: str, kinds: dict[str, str]) -> str:
    if word in kinds:
        return kinds[word]
    low = word.casefold()
    for k, v in kinds.items():
        if k.casefold() == low:
            return v
    return "other"


def symbol_kind(symbol: str, lang: str) -> str:
    """The kind a document symbol names by its abbreviation (``doc_abbrev.tsv`` of the
    language, or of the one ``[references] symbols_of`` names).

    >>> symbol_kind("20-NQ/TW", "vi"), symbol_kind("45/2021/NĐ-CP", "vi")
    ('resolution', 'decree')
    >>> symbol_kind("17/2023/QH15", "th"), symbol_kind("5529/BKHĐT-HTX", "vi")
    ('law', 'official_letter')
    >>> symbol_kind("2949/KH-UBND", "vi")
    'plan'
    """
    abbrev = mapping(profile(lang).references.symbols_of or lang, "doc_abbrev", optional=True)
    for seg in _LETTERS.findall(symbol):
        return abbrev.get(seg, abbrev.get(seg.upper(), "official_letter"))
    return "other"


def find_references(text: str, lang: str, dates: list[Date] = ()) -> list[Reference]:
    """All citations in ``text``; ``dates`` (from the dates grammar) give issue dates."""
    kinds = mapping(lang, "doc_kinds", optional=True)
    not_docs = _not_documents(lang)
    cands, found = [], {}
    shared_openings = _shared(lang) if len(text) >= LONG else None
    for i, (rx, shape, kind) in enumerate(_grammar(lang)):
        for m in shared_openings[i].finditer(text, found) if shared_openings else rx.finditer(text):
            if not_docs.match(text, m.start()):
                continue
            c = _candidate(m, shape, kind, lang, kinds)
            if c is not None:
                cands.append(c)
    refs = []
    starts, lines = ByStart(dates), _Lines(text)
    chosen = select(cands)
    for n, c in enumerate(chosen):
        limit = chosen[n + 1].start if n + 1 < len(chosen) else len(text)
        end = _period_end(text, c.end, limit, starts)
        named_by_period, c.end = end > c.end, end
        date = c.date or (None if named_by_period else _dated(text, c, limit, starts, lang))
        if date is None and c.number and not named_by_period \
                and _is_own_number(text, lines.start(c.start), c.start, lang):
            date = _own_date(c.end, starts)
        if c.number is None and date is None:
            continue  # a document without a number is cited by its date (or year)
        ref = Reference(c.start, c.end, text[c.start:c.end], c.kind, c.number, date)
        ref.issuer = _issuer(text, ref, starts, lang)
        refs.append(ref)
    return refs


def _dated(text: str, c: _Cand, limit: int, dates: ByStart, lang: str) -> str | None:
    """The issue date after a mention (or after its issuer). A document cited by its date
    alone (a decision by a named body) is spanned with an adjacent date
    (``คณะรัฐมนตรีมีมติเมื่อวันที่ 4 ธันวาคม 2560``, ``ที่ประชุม ครม. (9 ม.ค. 67)``) and takes
    a date later on its line that an issue word introduces (``... แล้ว เมื่อวันที่ ...``)."""
    d = _issue(text, c.end, dates, lang)
    if d is not None and c.shape == "unnumbered":
        close = _CLOSE.match(text[d.end:d.end + 4]) \
            if "(" in text[c.end:d.start] else None
        end = d.end + (close.end() if close else 0)
        if end <= limit:
            c.end = end
    d = d or _issue(text, _after_issuer(text, c.end, lang), dates, lang)
    if d is not None:
        return d.value
    return _later_date(text, c.end, limit, dates, lang) if c.shape == "unnumbered" else None


def _later_date(text: str, end: int, limit: int, dates: ByStart, lang: str) -> str | None:
    """A date later on the mention's line, before the next mention, right after an issue
    word (``เมื่อวันที่ 15 กรกฎาคม 2568``)."""
    reach = min(limit, end + profile(lang).references.date_reach)
    for d in within(dates, end, reach):
        if "\n" in text[end:d.start]:
            break
        if "/" not in d.value and _issue_word_before(lang).search(text, max(end, d.start - 20),
                                                                   d.start):
            return d.value
    return None


@per_language
def _issue_word_before(lang: str) -> re.Pattern:
    r, days = profile(lang).references, any_of(profile(lang).phrases.day_words)
    return re.compile(rf"(?:{any_of(r.issue_words)})\s*(?:(?:{days})\s*)?$", re.IGNORECASE)


def _period_end(text: str, end: int, limit: int, dates: ByStart) -> int:
    """Where a mention ends when a span of years in brackets follows it: a plan's period is
    part of its name (``แผนพัฒนาการสหกรณ์ ฉบับที่ 5 (พ.ศ. 2566-2570)``), not its issue date."""
    m = _OPEN.match(text[end:end + 12])
    if m:
        for d in within(dates, end + m.end(), end + m.end() + 1):
            close = _CLOSE.match(text[d.end:d.end + 4])
            if "/" in d.value and close and d.end + close.end() <= limit:
                return d.end + close.end()
    return end


def _candidate(m: re.Match, shape: str, kind: str | None, lang: str, kinds) -> _Cand | None:
    c = _read_candidate(m, shape, kind, lang, kinds)
    if c is not None:
        c.shape = shape
        if c.number and _SPACED_DASH.search(c.number) and "/" not in c.number:
            return None  # a spaced dash joins a symbol's parts only in a symbol (20 – NQ/TW)
    return c


def _read_candidate(m: re.Match, shape: str, kind: str | None, lang: str, kinds) -> _Cand | None:
    if shape == "bare":
        num = m.group("num")
        return _Cand(m.start(), m.end(), symbol_kind(num, lang), num)
    if shape == "unnumbered":
        return _Cand(m.start(), m.end(), kind or _kind_of_word(m.group("kw"), kinds), None)
    if shape == "header":
        return _Cand(m.start(), m.end(), "official_letter", m.group("num"))
    if shape == "dated":
        return _Cand(m.start(), m.end(), _kind_of_word(m.group("kw"), kinds), None)
    kind = _kind_of_word(m.group("kw"), kinds)
    if shape == "law":
        return _law(m, kind, lang)
    num = m.group("num").strip()
    if shape == "symbol" and _LETTER_PART.search(num):
        by_symbol = symbol_kind(num, lang)
        if m.group("name") and by_symbol not in (kind, "official_letter"):
            return None  # the kind word belongs to another document than this symbol
        if profile(lang).references.symbols_of and by_symbol != "official_letter":
            kind = by_symbol  # a translated kind word: the symbol says what the document is
    return _Cand(m.start(), m.end(), kind, num)


def _law(m: re.Match, kind: str, lang: str) -> _Cand | None:
    """A law cited by its year (Common-Era unless its era mark says otherwise)."""
    y = int(ascii_digits(m.group("y"), lang))  # digits of other languages: int() reads them
    if not plausible_year(y) or kind not in YEAR_KINDS:
        return None
    era = (m.groupdict().get("era") or "").replace(" ", "")
    common = profile(lang).dates.common_era_mark
    year = y if common and re.fullmatch(common, era) else ce_year(y)
    return _Cand(m.start(), m.end(), kind, m.groupdict().get("amend"), f"{year:04d}")


class _Lines:
    """Where the line around an offset starts (as a sentence split at line breaks only says),
    its line breaks indexed on the first question."""

    def __init__(self, text: str):
        self.text, self.ends = text, None

    def start(self, pos: int) -> int:
        if self.ends is None:
            self.ends = [m.end() for m in _NEWLINE.finditer(self.text)]
        i = bisect.bisect_right(self.ends, pos)
        return self.ends[i - 1] if i else 0


def _after_issuer(text: str, end: int, lang: str) -> int:
    """Where a mention's issuer phrase ends (`มติที่ 09 ของรัฐบาล ลงวันที่ ...`)."""
    rx = _issuer_phrase(lang)
    m = rx.match(text[end:end + 120]) if rx is not None else None
    return end + m.end() if m else end


@per_language
def _issuer_phrase(lang: str) -> re.Pattern | None:
    of = profile(lang).references.issuer_words
    if not of:
        return None
    if spacing(lang).spaced:  # words up to the date: `của Ban Thường vụ, ngày ...`
        days = any_of(profile(lang).phrases.day_words)
        rx = rf"""[\s,]* (?:{any_of(of)}) \s+ (?P<issuer> [^,\n{marks_class(lang)}]{{2,80}}? )
                   (?= ,?\s* (?:{days}) )"""
    else:  # one phrase
        rx = rf"\s* (?:{any_of(of)}) \s* (?P<issuer> \S+ )"
    return re.compile(rx, re.VERBOSE)


def _is_own_number(text: str, line: int, start: int, lang: str) -> bool:
    """The document's own number: `Số: 15/KH-UBND` / `ที่ ชย 0010/1187` heading its line
    (which starts at ``line``)."""
    return _own_number_label(lang).fullmatch(text, line, start) is not None


@per_language
def _own_number_label(lang: str) -> re.Pattern:
    labels = profile(lang).references.own_number_labels
    label = rf"(?:{any_of(labels)})?[ \t]*:?[ \t]*" if labels else ""
    return re.compile(rf"[ \t]*{label}")


def _own_date(end: int, dates: ByStart) -> str | None:
    """The date line that follows a document's own number in its header."""
    for d in within(dates, end, end + 601):
        if len(d.value) == 10 and d.value[4] == "-":
            return d.value
    return None


@per_language
def _issue_gap(lang: str) -> re.Pattern:
    """What may stand between a mention and its issue date (``, ban hành ngày``, ``ลงวันที่``)."""
    r, days = profile(lang).references, any_of(profile(lang).phrases.day_words)
    by = rf"(?:(?:{any_of(r.issue_by)})\s+(?:[^\s,;.()]+\s+){{0,6}}?(?=(?:{any_of(r.issue_words)})))?"
    return re.compile(rf"[\s,(]*{by}(?:(?:{any_of(r.issue_words)})\s*)?(?:(?:{days})\s*)?",
                      re.IGNORECASE)


def _issue(text: str, end: int, dates: ByStart, lang: str) -> Date | None:
    """The date right after a mention (``ngày 16/6/2022``, ``ลงวันที่ 14 พฤศจิกายน 2565``); a
    span (a plan's period ``giai đoạn 2021-2025``) is never an issue date."""
    for d in within(dates, end, end + 41):
        if _issue_gap(lang).fullmatch(text[end:d.start]) and len(d.value) >= 4 \
                and "/" not in d.value:
            return d
        break
    return None


def _issuer(text: str, ref: Reference, dates: ByStart, lang: str) -> str | None:
    """``của Ban Chấp hành Trung ương`` / ``ของคณะกรรมการพรรคจังหวัด`` after the mention (and
    its date)."""
    pos = ref.end
    for d in within(dates, pos, pos + 41):
        if d.value == ref.date:
            pos = d.end
            break
    m = _issuer_pattern(lang).match(text[pos:pos + 160])
    return m.group("issuer").strip() if m else None


@per_language
def _issuer_pattern(lang: str) -> re.Pattern:
    """The issuer after ``issuer_words``: up to ten words (up to a stop word, or a
    conjunction and another document) where words are spaced; else one phrase, with the
    number of an ordinal (``ชุดที่ 5``)."""
    r = profile(lang).references
    of, stops = any_of(r.issuer_words), listed(lang, "issuer_stops")
    if spacing(lang).spaced:
        kinds = alternation(mapping(lang, "doc_kinds", optional=True))
        another = rf"(?:{any_of(r.conjunctions)}){SPACE}+(?i:{kinds})" if kinds else ""
        word = rf"[^\s,()\n:{marks_class(lang)}]+"
        return re.compile(rf"""
            [\s,]* (?:{of}) {SPACE}+
            (?P<issuer> (?: (?! (?:{stops})(?!\w) {'|' + another if another else ''} )
                            {word} {SPACE}* ){{1,10}} )""", re.VERBOSE)
    ordinal = "|".join(f"(?<={re.escape(w)})" for w in r.ordinal_words)
    number = rf"(?: (?:{ordinal}) {SPACE}* {digit_class(lang)}+ )?" if ordinal else ""
    return re.compile(rf"""
        \s* (?:{of}) {SPACE}*
        (?P<issuer> (?: (?!{stops}) [^\s,;()\n] )+ {number} )""", re.VERBOSE)
