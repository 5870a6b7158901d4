"""The progress table as a document writes it: every value formatted in the document's
language (its numbers, money scale, percent and era), statuses and reasons in its words
(``lang/<code>/progress_words.tsv``). The ``progress-vi`` / ``progress-th`` templates and the
workbook read this; ``coopdocs render progress-vi RECORDS.json`` computes it from records of
plans and reports together (the plans are the records of a plan's kind, or the first)."""
from __future__ import annotations

from functools import cache

from .. import lang as languages
from . import Progress, pair
from .pairing import Row
from .status import STATUSES

PLAN_KINDS = ("plan", "resolution")


@cache
def words(code: str) -> dict[str, str]:
    """The language's words of a progress table (progress_words.tsv)."""
    return languages.mapping(code, "progress_words")


def split(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(plans, reports) of records given together: the plans are those of a plan's kind
    (plan, resolution), else the first record; every other record is a report."""
    plans = [r for r in records if (r.get("source") or {}).get("kind") in PLAN_KINDS]
    if not plans and records:
        plans = records[:1]
    return plans, [r for r in records if not any(r is p for p in plans)] or plans


def scale(fig: dict, lang: str) -> str:
    """The scale an amount of money is written in (``billion`` for ``1.200 tỷ đồng``,
    ``million`` for ``3,200 ล้านบาท``): the largest of the language's money scales in which the
    target's number is the one its text writes; else millions from a million up."""
    from ..render import filters as f
    from ..render.language import writing

    names = {exp: name for name, exp in f.SCALES.items()}
    for exp in sorted({0, *writing(lang).scales} & set(names), reverse=True):
        written = f.number(fig["value"] / 10 ** exp, lang)
        if written in (fig.get("text") or "").split():
            return names[exp]
    return "million" if abs(fig["value"]) >= 10 ** 6 else "one"


def _value(fig: dict | None, value, lang: str, with_qualifier: bool = True) -> str:
    """An amount in the target's unit as the table writes it (money in the target's scale)."""
    from ..render import filters as f
    from ..render.language import writing

    if fig is None or value is None:
        return ""
    shown = dict(fig, value=value, value_max=None if value != fig["value"] else fig.get("value_max"))
    if not with_qualifier:
        shown["qualifier"] = None
    if fig.get("kind") != "money":
        return f.figure_parts(shown, lang)[0]
    amount, _ = f.money_parts(value, fig.get("unit"), lang, scale(fig, lang), shown["value_max"])
    word = writing(lang).qualifiers.get(shown.get("qualifier") or "", "")
    return f"{word} {amount}" if word else amount


def _unit(fig: dict, lang: str) -> str:
    """The target's unit as a table's unit column writes it (``tỷ đồng/năm``, ``ร้อยละ``)."""
    from ..render import filters as f

    unit = f.figure_parts(fig, lang)[1]
    if fig.get("kind") != "money":
        return unit
    _, money = f.money_parts(fig["value"], fig.get("unit"), lang, scale(fig, lang))
    _, auto = f.money_parts(fig["value"], fig.get("unit"), lang)
    return unit.replace(auto, money, 1) if auto in unit else money or unit


def _year(year: int | None, lang: str) -> str:
    from ..render import filters as f

    return f.year(year, lang) if year else ""


def _dated(text: str, year: int | None, lang: str) -> str:
    return f"{text} ({_year(year, lang)})" if text and year else text


def row_values(row: Row, n: int, lang: str) -> dict:
    """One row of the document's table, every cell a string."""
    from ..render import filters as f

    w, rec, fig = words(lang), row.as_record(), row.figure
    base, result = rec["baseline"], rec["result"]
    reason = w.get(f"reason.{row.reason}", "") if row.reason else ""
    return {
        "n": str(n), "key": row.key,
        "indicator": rec["indicator"] or "",
        "unit": _unit(fig, lang),
        "baseline": _dated(_value(fig, _base_value(row), lang, False),
                           base and base["year"], lang),
        "target": _dated(_value(fig, fig["value"], lang), row.deadline, lang),
        "result": _dated(_value(fig, result and result["compared_value"], lang, False),
                         result and result["year"], lang),
        "expected": _value(fig, row.expected, lang, False),
        "percent": f.number(row.percent, lang, 1) if row.percent is not None else "",
        "status": row.status,
        "status_label": w.get(row.status, row.status),
        "reason": reason,
        "source": result["document"] if result else "",
        "evidence": result["text"] if result else "",
    }


def _base_value(row: Row):
    from .pairing import _converted

    return _converted(row.baseline) if row.baseline else None


def values(records: list[dict], lang: str, overrides: dict | None = None) -> dict:
    """The ``progress`` of a template's context from records of plans and reports given
    together."""
    plans, reports = split(records)
    return document_values(pair(plans, reports, overrides), plans, reports, lang)


def fields(records: list[dict], lang: str) -> dict:
    """What the records give a progress template's context: ``progress``, and a ``title``
    (the language's words; ``--set title=...`` gives another)."""
    return {"progress": values(records, lang), "title": words(lang).get("title", "")}


def document_values(rows: list[Row], plans: list[dict], reports: list[dict], lang: str) -> dict:
    """The ``progress`` of a template's context from computed rows."""
    w = words(lang)
    summary = Progress(rows, plans, reports).summary()
    out_rows = [row_values(r, n, lang) for n, r in enumerate(rows, 1)]
    return {
        "rows": out_rows,
        "counts": [{"status": s, "label": w.get(s, s), "n": str(summary[s])} for s in STATUSES],
        "total": str(len(rows)),
        "plans": [{"title": _title(p)} for p in plans],
        "reports": [{"title": _title(r)} for r in reports],
        "notes": [r for r in out_rows if r["reason"]],
    }


def _title(record: dict) -> str:
    s = record.get("source") or {}
    return " ".join((s.get("title") or s.get("path") or "").split())
