"""Plans against results: every target of the plans paired with the latest result for its
indicator in the reports, how far it has come and its status (docs/progress.md).

    >>> from coopdocs.progress import pair          # doctest: +SKIP
    >>> rows = pair([plan_record], [report_record])  # doctest: +SKIP
    >>> rows[0].status, rows[0].percent              # doctest: +SKIP
    ('on_track', 82.9)

:func:`pair` takes records (what ``coopdocs extract`` writes) and the user's fixes of pairs;
:func:`table` is the whole answer as one JSON object, as ``coopdocs progress`` writes it.
"""
from __future__ import annotations

from .pairing import Row, pair
from .status import STATUSES

SCHEMA = "coopdocs.progress/1"


def table(plans: list[dict], reports: list[dict], overrides: dict | None = None) -> dict:
    """The progress of ``plans`` against ``reports`` as one JSON object: the documents, one
    row per target (with its evidence spans) and the count of each status."""
    rows = pair(plans, reports, overrides)
    return as_table(rows, plans, reports)


def as_table(rows: list[Row], plans: list[dict], reports: list[dict]) -> dict:
    counts = {s: sum(r.status == s for r in rows) for s in STATUSES}
    def docs(records):
        return [{"path": r["source"].get("path"), "title": r["source"].get("title"),
                 "lang": r["source"].get("lang")} for r in records]
    return {"schema": SCHEMA, "plans": docs(plans), "reports": docs(reports),
            "rows": [r.as_record() for r in rows], "summary": counts}


__all__ = ["SCHEMA", "STATUSES", "Row", "as_table", "pair", "table"]
