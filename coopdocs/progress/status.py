"""How far a target has come: met or not (its qualifier counts), the straight-line path from
the baseline to the target, the percent of the target reached, and the status.

Statuses: ``achieved`` (the result meets the target as its qualifier words it: ``trên 460``
is met by 461, not by 460; ``không quá 5%`` by 5 and less), ``on_track`` (not met, the
deadline not passed, and the result at least where the straight line from the baseline to
the target stands in the result's year; at most, for a target to come down), ``behind``,
``no_result`` (no report gives the indicator), ``not_comparable`` (with its reason).

    >>> met(461, 460, "over"), met(460, 460, "over"), met(460, 460, None)
    (True, False, True)
    >>> met(5, 5, "at_most"), met(5.1, 5, "at_most"), met(4.9, 5, "under"), met(5, 5, "under")
    (True, False, True, False)
    >>> expected(400, 2024, 460, 2030, 2026)
    420.0
    >>> judge(Case(460, "over", 2030, 461, 2026, 400, 2024)).status
    'achieved'
    >>> judge(Case(460, "over", 2030, 460, 2026, 400, 2024)).status
    'on_track'
    >>> judge(Case(3.5e9, None, 2030, 2.3e9, 2026, 2e9, 2024)).status
    'behind'
    >>> judge(Case(5, "at_most", 2030, 9, 2025, 12, 2024)).status   # 12 -> 5: 10.8 due in 2025
    'on_track'
    >>> judge(Case(460, "over", 2026, 450, 2026, 400, 2024)).status  # the deadline has come
    'behind'
"""
from __future__ import annotations

from dataclasses import dataclass

STATUSES = ("achieved", "on_track", "behind", "no_result", "not_comparable")
CEILINGS = ("at_most", "under")     # qualifiers that make a target a ceiling


def met(result: float, target: float, qualifier: str | None, down: bool = False) -> bool:
    """Does ``result`` meet ``target`` as ``qualifier`` words it? ``down``: a target to come
    down to (a ceiling, or below its baseline) with no qualifier saying how."""
    if qualifier == "over":
        return result > target
    if qualifier == "under":
        return result < target
    if qualifier == "at_most" or (down and qualifier not in ("at_least",)):
        return result <= target
    return result >= target


def expected(base: float, base_year: int, target: float, deadline: int, year: int) -> float:
    """Where the straight line from (base_year, base) to (deadline, target) stands in ``year``
    (the ends for years outside)."""
    if deadline <= base_year:
        return float(target)
    share = min(max((year - base_year) / (deadline - base_year), 0.0), 1.0)
    return round(base + (target - base) * share, 10)


def percent(result: float, target: float) -> float | None:
    """The result as a percent of the target, to one decimal (None for a target of 0)."""
    return round(result / target * 100, 1) if target else None


@dataclass(frozen=True)
class Case:
    """One target against one result (values in the target's unit)."""

    target: float
    qualifier: str | None
    deadline: int | None
    result: float
    year: int | None
    base: float | None = None
    base_year: int | None = None
    direction: str | None = None


@dataclass(frozen=True)
class Judgement:
    status: str
    percent: float | None
    expected: float | None = None
    reason: str | None = None


def going_down(case: Case) -> bool:
    """A target to come down to: a ceiling, a decrease, or below its baseline."""
    if case.qualifier in CEILINGS or case.direction == "decrease":
        return True
    return case.base is not None and case.target < case.base and case.qualifier != "at_least"


def judge(case: Case) -> Judgement:
    """The status of a comparable target and result."""
    down = going_down(case)
    share = percent(case.result, case.target)
    if met(case.result, case.target, case.qualifier, down):
        return Judgement("achieved", share)
    if case.deadline is not None and case.year is not None and case.year >= case.deadline:
        return Judgement("behind", share)
    if case.base is None or case.base_year is None or case.deadline is None or case.year is None:
        return Judgement("not_comparable", share, reason="baseline")
    line = expected(case.base, case.base_year, case.target, case.deadline, case.year)
    ahead = case.result <= line if down else case.result >= line
    return Judgement("on_track" if ahead else "behind", share, line)
