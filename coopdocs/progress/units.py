"""Whether a result can be set against a target, and the factor that brings the result to
the target's unit.

Records already expand every figure to its base (``2,3 tỷ đồng`` and ``2.300 triệu đồng`` are
both 2300000000 VND; ``3,2 พันล้านบาท`` and ``3,200 ล้านบาท`` both 3200000000 THB), so money
compares when the currency does. Measures compare when their units share a base unit
(``lang/<code>/progress_units.tsv``: ``tấn`` and ``kg``, ``ไร่`` and ``ตารางเมตร``); counts of the
same indicator compare whatever noun they count with; a percentage never compares with
anything but a percentage.

    >>> comparable({"kind": "percent", "unit": "%"}, "vi", {"kind": "count", "unit": "HTX"}, "vi")
    Comparison(factor=None, reason='kind')
    >>> comparable({"kind": "money", "unit": "VND"}, "vi", {"kind": "money", "unit": "VND"}, "vi")
    Comparison(factor=1.0, reason=None)
    >>> comparable({"kind": "measure", "unit": "tấn"}, "vi", {"kind": "measure", "unit": "kg"}, "vi")
    Comparison(factor=0.001, reason=None)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lang as languages

# Why a pair is not comparable: the reason's id -> the English line of the JSON output (the
# documents print the language's own words: progress_words.tsv, ``reason.<id>``).
REASONS = {
    "kind": "the target and the result are different kinds of figure (a percentage and a count)",
    "currency": "the target and the result are in different currencies",
    "unit": "the units cannot be converted into each other",
    "scope": "the results are for another place than the plan",
    "baseline": "no baseline: the straight-line path to the target cannot be drawn",
}


@dataclass(frozen=True)
class Comparison:
    """``factor`` turns the result into the target's unit; ``reason`` (a key of
    :data:`REASONS`) says why there is none."""

    factor: float | None
    reason: str | None = None


@cache
def _bases(code: str) -> dict[str, tuple[str, float]]:
    return {r[0].casefold(): (r[1], float(r[2])) for r in languages.rows(code, "progress_units")}


def _base(unit: str | None, code: str) -> tuple[str, float] | None:
    if not unit or code not in languages.known():
        return None
    return _bases(code).get(unit.casefold())


def _per(fig: dict) -> str | None:
    return fig.get("per") if fig.get("per") != "year" else None


def comparable(target: dict, target_lang: str, result: dict, result_lang: str) -> Comparison:
    """Can ``result`` (a figure of a report in ``result_lang``) be set against ``target``?"""
    kinds = target.get("kind"), result.get("kind")
    if kinds[0] != kinds[1]:
        return Comparison(None, "kind")
    if _per(target) != _per(result) and _per(target) and _per(result):
        return Comparison(None, "unit")
    if kinds[0] == "money":
        same = (target.get("unit") or "") == (result.get("unit") or "")
        return Comparison(1.0) if same else Comparison(None, "currency")
    if kinds[0] in ("measure", "duration"):
        a, b = _base(target.get("unit"), target_lang), _base(result.get("unit"), result_lang)
        if a and b and a[0] == b[0]:
            return Comparison(b[1] / a[1])
        same = (target.get("unit") or "").casefold() == (result.get("unit") or "").casefold()
        return Comparison(1.0) if same else Comparison(None, "unit")
    return Comparison(1.0)
