"""Every target of the plans paired with the latest result for its indicator in the reports.

A target is one item of a plan record's ``targets``; it pairs with the figures of the reports
(either language) that measure the same ``indicator_id``, hold a result (role ``result``, or
``estimate`` where no result is given for that year), apply to the same place (when both
documents name one: :func:`coopdocs.progress.periods.scope`) and can be compared
(:mod:`coopdocs.progress.units`). Of these, the result of the latest year up to the deadline
wins (a later one if none is that early); within a year a result beats an estimate and the
newer report the older. The baseline is the plan's own figure for the indicator before the
deadline: a ``baseline``, else a stated ``result`` or ``estimate`` (the state the plan starts
from).

A user fixes a wrong pair with overrides: ``{"pairs": [{"target": KEY, "result": KEY}]}``,
keys as the JSON output and the review page show them (``<file name>#<start>``); ``"result":
null`` leaves the target without a result, a ``"baseline"`` key sets the baseline the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from . import periods, status
from .units import REASONS, comparable

RESULT_ROLES = {"result": 0, "estimate": 1}          # preference within one year
BASELINE_ROLES = {"baseline": 0, "result": 1, "estimate": 2}


@dataclass
class Doc:
    """A record with what pairing needs of it."""

    record: dict
    name: str
    lang: str
    scope: periods.Scope | None
    issued: tuple[int, ...]

    def key(self, item: dict) -> str:
        return f"{self.name}#{item['start']}"


@dataclass
class Found:
    """One figure of a document, with its year."""

    doc: Doc
    figure: dict
    year: periods.Dated
    comparison: Any = None

    def evidence(self) -> dict:
        f = self.figure
        return {"key": self.doc.key(f), "document": self.doc.name,
                "path": self.doc.record["source"].get("path"),
                "title": self.doc.record["source"].get("title"),
                "start": f["start"], "end": f["end"], "text": f["text"],
                "value": f["value"], "value_max": f.get("value_max"), "unit": f.get("unit"),
                "kind": f.get("kind"), "qualifier": f.get("qualifier"), "role": f.get("role"),
                "year": self.year.year, "year_from": self.year.source}


@dataclass
class Row:
    """One target of a plan and how far it has come (see :meth:`as_record`)."""

    key: str
    plan: Doc
    target: dict
    figure: dict
    deadline: int | None
    baseline: Found | None = None
    result: Found | None = None
    status: str = "no_result"
    percent: float | None = None
    expected: float | None = None
    reason: str | None = None
    paired_by: str = "indicator"
    candidates: list[Found] = field(default_factory=list)

    def as_record(self) -> dict:
        f, t = self.figure, self.target
        result = self.result.evidence() if self.result else None
        baseline = self.baseline.evidence() if self.baseline else None
        for found, shown in ((self.result, result), (self.baseline, baseline)):
            if shown is not None:   # the value in the target's unit
                shown["compared_value"] = _converted(found)
        return {
            "key": self.key, "plan": self.plan.name, "lang": self.plan.lang,
            "indicator": f.get("indicator") or t.get("indicator"),
            "indicator_id": f.get("indicator_id"),
            "scope": self.plan.scope.as_record() if self.plan.scope else None,
            "target": {"start": t["start"], "end": t["end"], "text": t["text"],
                       "value": f["value"], "value_max": f.get("value_max"),
                       "unit": f.get("unit"), "kind": f.get("kind"),
                       "qualifier": f.get("qualifier"), "per": f.get("per"),
                       "deadline": t.get("deadline"), "deadline_year": self.deadline,
                       "direction": t.get("direction")},
            "baseline": baseline,
            "result": result,
            "percent": self.percent, "expected": self.expected,
            "status": self.status,
            "reason": self.reason, "reason_text": REASONS.get(self.reason or ""),
            "paired_by": self.paired_by,
            "candidates": [c.doc.key(c.figure) for c in self.candidates],
        }


def _converted(found: Found) -> float | None:
    c = found.comparison
    return None if c is None or c.factor is None else round(found.figure["value"] * c.factor, 10)


def _docs(records: list[dict], offset: int = 0) -> list[Doc]:
    return [Doc(r, periods.name_of(r, offset + i), r["source"].get("lang") or "",
                periods.scope(r), periods.issued(r)) for i, r in enumerate(records)]


def _identity(record: dict):
    """What tells one document from another: its file's digest, else its path."""
    source = record.get("source") or {}
    return source.get("sha256") or source.get("path") or id(record)


def _unique(docs: list[Doc]) -> None:
    """Documents whose file names are the same (two folders' bao-cao.txt) are named by their
    paths as given, then by their place in the list, so that every key names one figure."""
    for name in {d.name for d in docs if sum(e.name == d.name for e in docs) > 1}:
        for n, d in enumerate(e for e in docs if e.name == name):
            d.name = d.record["source"].get("path") or f"{name}({n + 1})"
    for name in {d.name for d in docs if sum(e.name == d.name for e in docs) > 1}:
        for n, d in enumerate(e for e in docs if e.name == name):
            d.name = f"{name}({n + 1})"


def _figures(docs: list[Doc], roles: dict[str, int]) -> dict[str, list[Found]]:
    by_id: dict[str, list[Found]] = {}
    for d in docs:
        for f in d.record.get("figures") or ():
            if f.get("indicator_id") and f.get("role") in roles:
                by_id.setdefault(f["indicator_id"], []).append(
                    Found(d, f, periods.figure_year(f, d.record)))
    return by_id


def _same_place(a: Doc, b: Doc) -> bool:
    """Documents that name no place fit any; across languages (a name written in two
    scripts) the level alone must agree."""
    if a.scope is None or b.scope is None:
        return True
    return a.scope == b.scope if a.lang == b.lang else a.scope.level == b.scope.level


def _latest(found: list[Found], deadline: int | None, roles: dict[str, int]) -> Found:
    """The latest year up to the deadline (the latest of all if none is that early); then
    the preferred role, the newer document, the first in it."""
    early = [f for f in found if deadline is None or (f.year.year or 0) <= deadline] or found
    return max(early, key=lambda f: ((f.year.year or 0), -roles[f.figure["role"]],
                                     f.doc.issued, -f.figure["start"]))


def _compare(row: Row, found: Found) -> Found:
    found.comparison = comparable(row.figure, row.plan.lang, found.figure, found.doc.lang)
    return found


def _floor(row: Row) -> int | None:
    """Results of this year or before say nothing of the plan's progress: the baseline's year,
    else the year before the plan's own."""
    if row.baseline is not None and row.baseline.year.year:
        return row.baseline.year.year
    start = periods.plan_start(row.plan.record)
    return start - 1 if start else None


def _choose(row: Row, results: list[Found]) -> None:
    """Set the row's result from its candidates (same indicator, newer than the plan's
    start), or the reason none fits."""
    placed = [f for f in results if _same_place(row.plan, f.doc)]
    row.candidates = placed
    floor = _floor(row)
    here = [f for f in placed if floor is None or (f.year.year or 0) > floor]
    fits = [f for f in (_compare(row, f) for f in here) if f.comparison.factor is not None]
    if fits:
        row.result = _latest(fits, row.deadline, RESULT_ROLES)
    elif here:
        row.result = _latest(here, row.deadline, RESULT_ROLES)
        row.reason = row.result.comparison.reason
    elif results and not placed:
        row.reason = "scope"


def _baseline(row: Row, plan_figures: list[Found]) -> Found | None:
    """The plan's own figure of the indicator before the deadline that compares."""
    mine = [f for f in plan_figures if f.doc is row.plan and f.figure is not row.figure
            and (row.deadline is None or (f.year.year or 0) < row.deadline)]
    fits = [f for f in (_compare(row, f) for f in mine) if f.comparison.factor is not None]
    if not fits:
        return None
    return min(fits, key=lambda f: (BASELINE_ROLES[f.figure["role"]], -(f.year.year or 0),
                                    f.figure["start"]))


def judge(row: Row) -> Row:
    """The row's percent, expected value and status from its target, baseline and result."""
    if row.result is None:
        row.status = "not_comparable" if row.reason else "no_result"
        return row
    if row.reason:
        row.status = "not_comparable"
        return row
    base = _converted(row.baseline) if row.baseline else None
    case = status.Case(row.figure["value"], row.figure.get("qualifier"), row.deadline,
                       _converted(row.result), row.result.year.year, base,
                       row.baseline.year.year if row.baseline else None,
                       row.target.get("direction"))
    j = status.judge(case)
    row.status, row.percent, row.expected, row.reason = j.status, j.percent, j.expected, j.reason
    return row


REASONS["indicator"] = "the target names no indicator of the list: pair it by hand (--pairs)"


def pair(plans: list[dict], reports: list[dict], overrides: dict | None = None) -> list[Row]:
    """Every target of ``plans`` (records) with its baseline, latest result in ``reports``
    (records), percent and status, in plan and text order; ``overrides`` fix pairs (see the
    module text)."""
    plan_docs = _docs(plans)
    mine = {_identity(p) for p in plans}
    report_docs = [d for d in _docs(reports, len(plans)) if _identity(d.record) not in mine]
    _unique(plan_docs + report_docs)
    results = _figures(report_docs, RESULT_ROLES)
    bases = _figures(plan_docs, BASELINE_ROLES)
    rows = []
    for d in plan_docs:
        figs = d.record.get("figures") or []
        for t in d.record.get("targets") or ():
            f = figs[t["figure"]]
            row = Row(d.key(t), d, t, f, periods.deadline_year(t.get("deadline")) or
                      periods.figure_year(f, d.record).year)
            ind = f.get("indicator_id")
            if ind:
                row.baseline = _baseline(row, bases.get(ind, []))
                _choose(row, results.get(ind, []))
            else:
                row.reason = "indicator"
            rows.append(row)
    if overrides is not None:
        _override(rows, plan_docs + report_docs, overrides)
    for row in rows:
        judge(row)
        if row.reason == "indicator" and row.result is None:
            row.status = "no_result"
    return rows


def _override(rows: list[Row], docs: list[Doc], overrides: dict) -> None:
    by_key = {r.key: r for r in rows}
    figures = {d.key(f): (d, f) for d in docs for f in d.record.get("figures") or ()}
    for n, fix in enumerate(_fixes(overrides)):
        row = by_key.get(fix["target"])
        if row is None:
            raise InputError(f"pairs[{n}]: no target {fix['target']!r} in the plans "
                             f"(keys are <file name>#<start>, as the output shows them)")
        for part in ("result", "baseline"):
            if part not in fix:
                continue
            found = None
            if fix[part] is not None:
                if fix[part] not in figures:
                    raise InputError(f"pairs[{n}]: no figure {fix[part]!r} in the documents")
                d, f = figures[fix[part]]
                found = _compare(row, Found(d, f, periods.figure_year(f, d.record)))
            setattr(row, part, found)
            if part == "result":
                row.reason = found.comparison.reason if found else None
                row.paired_by = "override"


def _fixes(overrides: dict) -> list[dict]:
    """The ``pairs`` of an overrides object, each checked: a ``target`` key, and ``result`` /
    ``baseline`` keys or null."""
    pairs = overrides.get("pairs") if isinstance(overrides, dict) else None
    if not isinstance(pairs, list):
        raise InputError('the pairs file holds {"pairs": [{"target": KEY, "result": KEY}, ...]}')
    for n, fix in enumerate(pairs):
        if not isinstance(fix, dict) or not isinstance(fix.get("target"), str):
            raise InputError(f"pairs[{n}]: give the target's key as \"target\": \"<file>#<start>\"")
        extra = set(fix) - {"target", "result", "baseline", "note"}
        if extra:
            raise InputError(f"pairs[{n}]: unknown field {min(extra)!r} (target, result, "
                             "baseline, note)")
        for part in ("result", "baseline"):
            if part in fix and fix[part] is not None and not isinstance(fix[part], str):
                raise InputError(f"pairs[{n}].{part}: a key \"<file>#<start>\" or null")
    return pairs
