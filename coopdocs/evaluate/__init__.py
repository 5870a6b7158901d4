"""Measure extraction against hand-annotated gold files: ``evaluate(paths) -> dict``.

``evaluate`` finds the document + ``NAME.gold.json`` pairs under PATHS (:mod:`.gold`),
locates every gold file first (a bad one raises :class:`~.gold.GoldError` before anything is
extracted), extracts each document, matches and counts (:mod:`.score`), and returns::

    {"table": {LANG|"all": {CATEGORY: {"p", "r", "f1", "span_p", "span_r", "span_f1",
                                       "gold", "pred", "tp", "tp_span"}}},
     "documents": [{"doc", "gold", "lang", "counts": {CATEGORY: {...}}, "details": [...],
                    "error": str|None}],
     "failures": ["path: problem", ...]}

A document whose extraction fails scores as an empty prediction and is listed in
``failures``. spaCy loads only when a document is extracted.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..categories import SCORES
from ..errors import CoopdocsError
from ..readers import read_text
from . import gold as gold_files
from . import report, score

__all__ = ["evaluate", "score_document"]


def score_document(gold: gold_files.Gold, record: dict) -> dict[str, Any]:
    """Counts and details of one located gold file against one record, per table row
    (:data:`coopdocs.categories.SCORES`)."""
    counts: dict[str, dict[str, int]] = {}
    details: list[dict[str, Any]] = []
    for category, row in SCORES:
        if row.when_annotated and category.name not in gold.annotated:
            counts[row.name] = score.zero()
        elif row.facts:
            found = score.facts(row.name, gold.facts[category.name], record.get(category.name))
            counts[row.name] = score.fact_counts(found)
            details.extend(report.fact_details(row.name, found))
        else:
            scored = score.score_spans(row.name, gold.items[category.name], record)
            counts[row.name] = scored.match.counts
            details.extend(report.span_details(gold.text, scored))
    return {"counts": counts, "details": details}


def evaluate(paths, *, extract: Callable[[Any], dict] | None = None) -> dict[str, Any]:
    """Score extraction on the gold pairs under ``paths`` (see the module text).

    ``extract`` (path -> record) defaults to :func:`coopdocs.api.extract`.
    Raises :class:`~coopdocs.errors.CoopdocsError` for missing paths and bad gold files.
    """
    golds = [gold_files.load(pair, read_text(pair.doc)) for pair in gold_files.find_pairs(paths)]
    if extract is None:
        from ..api import extract
    totals: dict[str, dict[str, dict[str, int]]] = {}
    documents, failures = [], []
    for g in golds:
        error = None
        try:
            record = extract(g.pair.doc)
        except Exception as e:  # noqa: BLE001  a crash scores zero for the document
            error = str(e) if isinstance(e, CoopdocsError) else f"{g.pair.doc}: {type(e).__name__}: {e}"
            failures.append(error)
            record = {}
        lang = g.lang or (record.get("source") or {}).get("lang") or "?"
        doc = {"doc": str(g.pair.doc), "gold": str(g.pair.gold), "lang": lang, "error": error,
               **score_document(g, record)}
        documents.append(doc)
        for key in (lang, "all"):
            per_lang = totals.setdefault(key, {c: score.zero() for c in score.CATEGORIES})
            for c in score.CATEGORIES:
                score.add(per_lang[c], doc["counts"][c])
    order = sorted(k for k in totals if k != "all") + ["all"]
    table = {k: {c: score.summary(totals[k][c]) for c in score.CATEGORIES} for k in order}
    return {"table": table, "documents": documents, "failures": failures}
