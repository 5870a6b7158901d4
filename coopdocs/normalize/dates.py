"""Calendar values -> ISO 8601 strings (pure functions, no spaCy).

A year is never invented: a date without a written year is ``--MM-DD``.
"""
from __future__ import annotations

import calendar

BE_OFFSET = 543
BE_FROM = 2400  # in Thai text a four-digit year from 2400 up is Buddhist-era


def ce_year(year: int, *, buddhist: bool | None = None) -> int:
    """A written year -> Common-Era year. Without ``buddhist`` the size decides.

    >>> ce_year(2565), ce_year(2012), ce_year(65, buddhist=True), ce_year(2030, buddhist=False)
    (2022, 2012, 2022, 2030)
    """
    if year < 100 and buddhist:
        year += 2500
    if buddhist is False:
        return year
    return year - BE_OFFSET if year >= BE_FROM else year


def is_buddhist(year: int) -> bool:
    """
    >>> is_buddhist(2566), is_buddhist(2023)
    (True, False)
    """
    return year >= BE_FROM


def plausible_year(year: int) -> bool:
    """A year a cooperative document plausibly names (CE 1900-2100 or BE 2443-2643).

    >>> plausible_year(2566), plausible_year(2030), plausible_year(1981), plausible_year(9101)
    (True, True, True, False)
    """
    return 1900 <= year <= 2100 or 2443 <= year <= 2643


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


def part_of_fiscal_year(year_ce: int, months: int, first: bool) -> str:
    """The first or last N months of Thai fiscal year N (October of N-1 to September of N).

    >>> part_of_fiscal_year(2024, 6, True), part_of_fiscal_year(2024, 3, False)
    ('2023-10/2024-03', '2024-07/2024-09')
    """
    start = (year_ce - 1) * 12 + 9  # October of the year before, counted in months from 0
    a = start if first else start + 12 - months
    b = a + months - 1
    return interval(iso(a // 12, a % 12 + 1), iso(b // 12, b % 12 + 1))


def thai_fiscal_year(year_ce: int) -> str:
    """Thai fiscal year N runs from 1 October of N-1 to 30 September of N.

    >>> thai_fiscal_year(2024)
    '2023-10-01/2024-09-30'
    """
    return interval(iso(year_ce - 1, 10, 1), iso(year_ce, 9, 30))


def year_of(value: str | None) -> int | None:
    """The (first) CE year of an ISO value, or None for a month-day.

    >>> year_of("2022-11-14"), year_of("2021/2030"), year_of("--02-20")
    (2022, 2021, None)
    """
    if not value or value.startswith("--"):
        return None
    return int(value[:4])
