"""Calendar values -> ISO 8601 strings (pure functions, no spaCy).

A year is never invented: a date without a written year is ``--MM-DD``. Years written in a
language's own era (the Buddhist era in Thai) become Common-Era years; the era's facts are the
language profile's ``[dates]`` keys, read here and nowhere else.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import cache

from ..lang import known, profile


@dataclass(frozen=True)
class Era:
    """A calendar era a language writes years in (profile ``[dates]``): era year = CE year +
    ``offset``; four-digit years from ``first`` up are era years; a two-digit era year N is
    ``short_base`` + N (0: not a year)."""

    name: str
    offset: int
    first: int
    short_base: int


@cache
def era(lang: str) -> Era | None:
    """The era of ``lang``'s years (the one definition of the Buddhist era: the Thai profile),
    None when it writes Common-Era years only.

    >>> era("th"), era("vi")
    (Era(name='buddhist', offset=543, first=2400, short_base=2500), None)
    """
    d = profile(lang).dates
    return Era(d.era, d.era_offset, d.era_from, d.short_year_base) if d.era else None


@cache
def _eras(lang: str | None) -> tuple[Era, ...]:
    """The era of ``lang``; without a language, the eras of every known language."""
    found = (era(code) for code in ((lang,) if lang else known()))
    return tuple(sorted({e for e in found if e is not None}, key=lambda e: e.first))


def era_offset(lang: str) -> int:
    """Years to add to a Common-Era year to write it as ``lang`` does (0: no era).

    >>> era_offset("th"), era_offset("vi")
    (543, 0)
    """
    e = era(lang)
    return e.offset if e else 0


def written_year(year_ce: int, lang: str) -> int:
    """A Common-Era year as ``lang`` writes it.

    >>> written_year(2024, "th"), written_year(2024, "vi")
    (2567, 2024)
    """
    return year_ce + era_offset(lang)


def in_era(year: int, lang: str | None = None) -> bool:
    """A four-digit written year that is an era year (by its size).

    >>> in_era(2566, "th"), in_era(2023, "th"), in_era(2566, "vi")
    (True, False, False)
    """
    for e in _eras(lang):  # a loop, not any(): called for every year a text writes
        if year >= e.first:
            return True
    return False


def ce_year(year: int, lang: str | None = None, *, buddhist: bool | None = None) -> int:
    """A written year -> Common-Era year. Without ``buddhist`` (written in the era) the size
    decides; without ``lang`` the eras of every known language are tried.

    >>> ce_year(2565, "th"), ce_year(2012, "th"), ce_year(65, "th", buddhist=True)
    (2022, 2012, 2022)
    >>> ce_year(2030, "th", buddhist=False), ce_year(2565), ce_year(2565, "vi")
    (2030, 2022, 2565)
    """
    if buddhist is False:
        return year
    for e in _eras(lang):
        if year < 100 and buddhist and e.short_base:
            year += e.short_base
        if year >= e.first:
            return year - e.offset
    return year


def plausible_year(year: int, lang: str | None = None) -> bool:
    """A year a cooperative document plausibly names: CE 1900-2100, or the same years in the
    era of ``lang`` (of any known language without it).

    >>> plausible_year(2566, "th"), plausible_year(2030, "th"), plausible_year(1981, "vi")
    (True, True, True)
    >>> plausible_year(9101, "th"), plausible_year(2566, "vi"), plausible_year(2566)
    (False, False, True)
    """
    if 1900 <= year <= 2100:
        return True
    for e in _eras(lang):
        if 1900 + e.offset <= year <= 2100 + e.offset:
            return True
    return False


def valid(year: int | None, month: int, day: int | None = None) -> bool:
    """
    >>> valid(2023, 2, 29), valid(2024, 2, 29), valid(None, 2, 29), valid(2024, 13)
    (False, True, True, False)
    """
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """
    >>> iso(2022, 11, 14), iso(2023, 10), iso(2023), iso(None, 2, 20)
    ('2022-11-14', '2023-10', '2023', '--02-20')
    """
    if year is None:
        return f"--{month:02d}-{day:02d}"
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def interval(a: str, b: str) -> str:
    """
    >>> interval("2021", "2030")
    '2021/2030'
    """
    return f"{a}/{b}"


def part_of_year(year: int, months: int, first: bool) -> str:
    """The first or last N months of a year as an ISO interval.

    >>> part_of_year(2019, 6, True), part_of_year(2019, 6, False), part_of_year(2024, 9, True)
    ('2019-01/2019-06', '2019-07/2019-12', '2024-01/2024-09')
    """
    if first:
        return interval(iso(year, 1), iso(year, months))
    return interval(iso(year, 13 - months), iso(year, 12))


def _fiscal_start(year_ce: int, first_month: int) -> int:
    """The first month of fiscal year N counted in months from year 0, month 0."""
    if first_month == 1:
        return year_ce * 12
    return (year_ce - 1) * 12 + first_month - 1  # the month of the year before


def part_of_fiscal_year(year_ce: int, months: int, first: bool, first_month: int = 10) -> str:
    """The first or last N months of fiscal year N, which starts in month ``first_month`` of
    N-1 (Thai fiscal year N: October of N-1 to September of N).

    >>> part_of_fiscal_year(2024, 6, True), part_of_fiscal_year(2024, 3, False)
    ('2023-10/2024-03', '2024-07/2024-09')
    >>> part_of_fiscal_year(2024, 6, True, 1)
    '2024-01/2024-06'
    """
    start = _fiscal_start(year_ce, first_month)
    a = start if first else start + 12 - months
    b = a + months - 1
    return interval(iso(a // 12, a % 12 + 1), iso(b // 12, b % 12 + 1))


def fiscal_year(year_ce: int, first_month: int = 10) -> str:
    """Fiscal year N, which starts in month ``first_month`` of N-1 (1: the calendar year N).

    >>> fiscal_year(2024), fiscal_year(2024, 1)
    ('2023-10-01/2024-09-30', '2024-01-01/2024-12-31')
    """
    a = _fiscal_start(year_ce, first_month)
    b = a + 11
    last = calendar.monthrange(b // 12, b % 12 + 1)[1]
    return interval(iso(a // 12, a % 12 + 1, 1), iso(b // 12, b % 12 + 1, last))


def year_of(value: str | None) -> int | None:
    """The (first) CE year of an ISO value, or None for a month-day.

    >>> year_of("2022-11-14"), year_of("2021/2030"), year_of("--02-20")
    (2022, 2021, None)
    """
    if not value or value.startswith("--"):
        return None
    return int(value[:4])
