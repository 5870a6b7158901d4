"""Find calendar expressions (docs/annotation.md: dates) in text of any language with a profile.

The grammar is the language's data: ``[[dates.patterns]]`` in its ``profile.toml``, each a
``kind`` and a ``re.VERBOSE`` pattern. Every pattern yields candidates; the longest
non-overlapping ones win. Years written in the language's era become Common-Era years; a
date whose year is not written stays ``--MM-DD`` unless a full date elsewhere in the same
document has that month and day.

Kinds and the named groups they read:

======== =================================================================================
dmy      ``d`` day (or ``d2``), ``m`` month number or ``mon`` month name, ``y`` year
ddmy     ``d``-``d2`` days of one month ``mon``/``m`` of year ``y``: an interval
dm       a day and a month without a year
my       a month and a year
y        a year; ``span`` (optional) is the part of the match that is the date
yy       years ``y1``-``y2``: an interval
fiscal   fiscal year ``y`` (``[dates] fiscal_year_start``)
part     the first/last ``n`` months (``pos`` in ``first_words`` or not) of year ``y``, of its
         fiscal year when the group ``fiscal`` matched
half     the first/last half (``pos``) of year ``y``
======== =================================================================================

Any year group may be preceded by an ``era`` group (``{ERA}``). Placeholders in patterns:
``{D}`` a digit of the language, ``{DIGITS}`` its digits for use inside a class, ``{D2}``
one or two digits, ``{Y4}`` four digits, ``{NOT_NUM_BEFORE}``/``{NOT_NUM_AFTER}`` no number
touching, ``{MONTHS}``/``{WEEKDAYS}`` the names in ``months.tsv``/``weekdays.tsv``,
``{ERA}`` the era marks, ``{UNIT}``/``{NOT_UNIT_AFTER}`` a (non-duration) unit of
``units.tsv`` after, and the profile's own ``[dates.pieces]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import LanguageError
from ..lang import alternation, mapping, profile, words
from ..model import Date
from ..normalize import dates as nd
from ..normalize.numerals import ascii_digits, digit_class, native_digits, parse_words
from .common import SPACE, case_flags, compile_data, select
from .dates_scan import Anchored, anchored
from .dates_trie import word_tree
from .references_scan import Shared, shared
from .scan import LONG

LETTER_AFTER = r"(?![^\W\d_])"
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)  # thousands live until the selection: no dict each
class _Cand:
    start: int
    end: int
    value: str
    calendar: str = "gregorian"


@dataclass(frozen=True)
class _Lang:
    """What the date grammar of one language needs: its patterns and its era marks."""

    code: str
    patterns: tuple[tuple[Anchored, str, frozenset[str]], ...]  # and each one's group names
    era_mark: re.Pattern | None
    common_era_mark: re.Pattern | None
    era: nd.Era | None
    short_year_base: int
    fiscal_year_start: int
    first_words: tuple[str, ...]


def _int(s: str, lang: str) -> int:
    return int(ascii_digits(s, lang))


def _placeholders(lang: str) -> dict[str, str]:
    """The generic pieces a date pattern may name, as lazily built regexes."""
    d = digit_class(lang)
    prof = profile(lang).dates
    values = {
        "D": d, "DIGITS": "0-9" + native_digits(lang), "D2": rf"{d}{{1,2}}", "Y4": rf"{d}{{4}}",
        "NOT_NUM_BEFORE": rf"(?<![0-9{native_digits(lang)}.,/])",
        "NOT_NUM_AFTER": rf"(?!{d}|[.,/]{d})",
        "ERA": rf"(?P<era>{'|'.join(m for m in (prof.era_mark, prof.common_era_mark) if m)})",
    }
    return {**values, **dict(prof.pieces)}


def _word_placeholders(lang: str, pattern: str, built: dict[str, str]) -> dict[str, str]:
    """The placeholders naming word lists, built only when the pattern uses them (a language
    without month names has no months.tsv), and once for all the patterns (``built``)."""
    if ("{UNIT}" in pattern or "{NOT_UNIT_AFTER}" in pattern) and "UNIT" not in built:
        kinds = mapping(lang, "units")
        units = alternation(w for w in words(lang, "units") if kinds[w] != "duration")
        built["UNIT"] = rf"(?:{units}){LETTER_AFTER}"
        built["NOT_UNIT_AFTER"] = rf"(?!{SPACE}*+(?:{units}){LETTER_AFTER})"
    for name, listed in (("MONTHS", "months"), ("WEEKDAYS", "weekdays")):
        if f"{{{name}}}" in pattern and name not in built:
            built[name] = word_tree(words(lang, listed))
    return built


@cache
def _grammar(lang: str) -> _Lang:
    prof = profile(lang)
    where = str(prof.folder / "profile.toml")
    base, built = _placeholders(lang), {}
    patterns = []
    for i, entry in enumerate(prof.dates.patterns):
        if set(entry) != {"kind", "pattern"} or entry["kind"] not in KINDS:
            raise LanguageError(f"[[dates.patterns]] {i + 1} needs a pattern and a kind of "
                                f"{', '.join(KINDS)}", where)
        values = {**base,
                  **_word_placeholders(lang, entry["pattern"] + " ".join(base.values()), built)}
        rx = compile_data(entry["pattern"], values, case_flags(lang), where)
        patterns.append((anchored(rx), entry["kind"], frozenset(rx.groupindex)))
    marks = [re.compile(m) if m else None
             for m in (prof.dates.era_mark, prof.dates.common_era_mark)]
    d = prof.dates
    return _Lang(lang, tuple(patterns), *marks, nd.era(lang), d.short_year_base,
                 d.fiscal_year_start, tuple(d.first_words))


@cache
def _shared(lang: str) -> list[Shared]:
    """The patterns, with the openings they share, for a long text (built on the first one)."""
    return shared([p[0] for p in _grammar(lang).patterns])


def _opt(m: re.Match, names: frozenset[str], name: str) -> str | None:
    """Group ``name`` of the match (of a pattern whose groups are ``names``), None if the
    pattern has no such group or it did not take part."""
    return m.group(name) if name in names else None


def _era_written(m: re.Match, g: _Lang, names: frozenset[str]) -> str:
    """'era', 'common' or '' for the era mark written before the match's year."""
    era = _opt(m, names, "era") or ""
    if era and g.era_mark and g.era_mark.fullmatch(era):
        return "era"
    if era and g.common_era_mark and g.common_era_mark.fullmatch(era):
        return "common"
    return ""


def _year(m: re.Match, name: str, g: _Lang, names: frozenset[str]) -> tuple[int, bool] | None:
    """(CE year, written in the language's era) of group ``name``, or None if implausible."""
    raw = m.group(name)
    y = _int(raw, g.code)
    written = _era_written(m, g, names)
    era = g.era
    if len(raw) == 2:
        if era is None:  # a Common-Era language with a base for two-digit years (3/3/17)
            base = g.short_year_base
            return (base + y, False) if base else None
        if not era.short_base or written == "common":
            return None
        return nd.ce_year(y, g.code, buddhist=True), True
    if not nd.plausible_year(y, g.code):
        return None
    if written == "common":
        return (y, False) if not nd.in_era(y, g.code) else None
    if written == "era" and not nd.in_era(y, g.code):
        return None
    return nd.ce_year(y, g.code), nd.in_era(y, g.code)


def _calendar(g: _Lang, in_era: bool) -> str:
    return g.era.name if in_era and g.era else "gregorian"


def _month(m: re.Match, lang: str, names: frozenset[str]) -> int | None:
    if _opt(m, names, "mon"):
        table, mon = mapping(lang, "months"), _SPACES.sub(" ", m.group("mon"))
        return int(table.get(mon) or table[mon.casefold()])
    mm = _int(m.group("m"), lang)
    return mm if 1 <= mm <= 12 else None


def _count(s: str, lang: str) -> int:
    s = ascii_digits(s, lang)
    return int(s) if s.isdigit() else int(parse_words(s, lang))


def _candidate(m: re.Match, kind: str, g: _Lang, names: frozenset[str]) -> _Cand | None:
    c = KINDS[kind](m, g, names)
    if c is not None and _opt(m, names, "span"):
        c.start, c.end = m.span("span")
    return c


def _days(m: re.Match, g: _Lang, names: frozenset[str]) -> _Cand | None:
    """ddmy: two days of one month, an interval."""
    d1, d2 = _int(m.group("d"), g.code), _int(m.group("d2"), g.code)
    month, yb = _month(m, g.code, names), _year(m, "y", g, names)
    if month is None or yb is None or not (d1 < d2 and nd.valid(yb[0], month, d2)):
        return None
    value = nd.interval(nd.iso(yb[0], month, d1), nd.iso(yb[0], month, d2))
    return _Cand(m.start(), m.end(), value, _calendar(g, yb[1]))


def _day(m: re.Match, g: _Lang, names: frozenset[str], with_year: bool) -> _Cand | None:
    """dmy and dm: a day of a month, of a year or not."""
    day = _int(m.group("d") or m.group("d2"), g.code) if "d2" in names \
        else _int(m.group("d"), g.code)
    month = _month(m, g.code, names)
    if month is None:
        return None
    if not with_year:
        return _Cand(m.start(), m.end(), nd.iso(None, month, day)) \
            if nd.valid(None, month, day) else None
    yb = _year(m, "y", g, names)
    if yb is None or not nd.valid(yb[0], month, day):
        return None
    return _Cand(m.start(), m.end(), nd.iso(yb[0], month, day), _calendar(g, yb[1]))


def _month_of_year(m: re.Match, g: _Lang, names: frozenset[str]) -> _Cand | None:
    month, yb = _month(m, g.code, names), _year(m, "y", g, names)
    if month is None or yb is None:
        return None
    return _Cand(m.start(), m.end(), nd.iso(yb[0], month), _calendar(g, yb[1]))


def _of_year(m: re.Match, g: _Lang, names: frozenset[str], kind: str) -> _Cand | None:
    """y, fiscal, part and half: a year or a part of it."""
    yb = _year(m, "y", g, names)
    if yb is None:
        return None
    cal = _calendar(g, yb[1])
    if kind == "y":
        return _Cand(m.start(), m.end(), nd.iso(yb[0]), cal)
    if kind == "fiscal":
        return _Cand(m.start(), m.end(), nd.fiscal_year(yb[0], g.fiscal_year_start), cal)
    first = m.group("pos") in g.first_words
    months = 6 if kind == "half" else _count(m.group("n"), g.code)
    if not 1 <= months <= 11:
        return None
    if _opt(m, names, "fiscal"):
        value = nd.part_of_fiscal_year(yb[0], months, first, g.fiscal_year_start)
    else:
        value = nd.part_of_year(yb[0], months, first)
    return _Cand(m.start(), m.end(), value, cal)


def _years(m: re.Match, g: _Lang, names: frozenset[str]) -> _Cand | None:
    """yy: an interval of years, at most 50 long."""
    a, b = _year(m, "y1", g, names), _year(m, "y2", g, names)
    if a is None or b is None or not 0 < b[0] - a[0] <= 50:
        return None
    return _Cand(m.start(), m.end(), nd.interval(nd.iso(a[0]), nd.iso(b[0])),
                 _calendar(g, a[1]))


KINDS = {
    "dmy": lambda m, g, names: _day(m, g, names, True),
    "ddmy": _days,
    "dm": lambda m, g, names: _day(m, g, names, False),
    "my": _month_of_year,
    "y": lambda m, g, names: _of_year(m, g, names, "y"),
    "yy": _years,
    "fiscal": lambda m, g, names: _of_year(m, g, names, "fiscal"),
    "part": lambda m, g, names: _of_year(m, g, names, "part"),
    "half": lambda m, g, names: _of_year(m, g, names, "half"),
}


def find_dates(text: str, lang: str) -> list[Date]:
    """All dates of ``text``, in order, as :class:`~coopdocs.model.Date` items."""
    g = _grammar(lang)
    cands, found = [], {}
    openings = _shared(lang) if len(text) >= LONG else None
    for i, (rx, kind, names) in enumerate(g.patterns):
        for m in openings[i].finditer(text, found) if openings else rx.finditer(text):
            c = _candidate(m, kind, g, names)
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
