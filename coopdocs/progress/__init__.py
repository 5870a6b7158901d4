"""Plans against results: every target of the plans paired with the latest result for its
indicator in the reports, how far it has come and its status (docs/progress.md).

:func:`pair` takes records (what ``coopdocs extract`` writes) and the user's fixes of pairs
and gives one :class:`Row` per target; :func:`compute` wraps them with their documents
(:class:`Progress`), whose :meth:`Progress.as_record` is the JSON ``coopdocs progress``
writes. Outputs are in :mod:`coopdocs.progress.outputs` (JSON, workbook, review page, text)
and the Word report is the built-in ``progress-<lang>``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .pairing import Row, pair
from .status import STATUSES

SCHEMA = "coopdocs.progress/1"


@dataclass
class Progress:
    """The rows of the plans' targets and the documents they came from."""

    rows: list[Row]
    plans: list[dict]
    reports: list[dict]

    @property
    def lang(self) -> str | None:
        """The language of the first plan (the language the tables are written in)."""
        return next((p["source"].get("lang") for p in self.plans if p["source"].get("lang")), None)

    def summary(self) -> dict[str, int]:
        return {s: sum(r.status == s for r in self.rows) for s in STATUSES}

    def as_record(self) -> dict:
        """One JSON object: the documents, one row per target with its evidence spans, and
        the count of each status."""
        def docs(records):
            return [{"path": r["source"].get("path"), "title": r["source"].get("title"),
                     "lang": r["source"].get("lang")} for r in records]
        return {"schema": SCHEMA, "plans": docs(self.plans), "reports": docs(self.reports),
                "rows": [r.as_record() for r in self.rows], "summary": self.summary()}


def compute(plans: list[dict], reports: list[dict], overrides: dict | None = None) -> Progress:
    """The progress of ``plans`` (records) against ``reports`` (records), ``overrides`` fixing
    pairs (see :mod:`coopdocs.progress.pairing`)."""
    return Progress(pair(plans, reports, overrides), plans, reports)


def table(plans: list[dict], reports: list[dict], overrides: dict | None = None) -> dict:
    """:meth:`Progress.as_record` of :func:`compute`."""
    return compute(plans, reports, overrides).as_record()


__all__ = ["SCHEMA", "STATUSES", "Progress", "Row", "compute", "pair", "table"]
