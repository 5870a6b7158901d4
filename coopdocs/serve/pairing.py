"""The progress of the uploaded plans against the uploaded reports, and the pairs the reviewer
fixed. The table is :func:`coopdocs.progress.compute` of the corrected records; a fix is kept
in ``FOLDER/pairs.json`` in the format ``coopdocs progress --pairs`` reads, so that it survives
a restart and the same file works on the command line.

Documents are named in keys by the name they were uploaded with (``plan.docx#120``), as
``coopdocs progress`` names them by their file's name. A fix the reviewer sends names a target
of the table and one of that target's candidates (or none); a fix kept for a document since
removed or changed is left out of the table, not an error.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..errors import CoopdocsError
from .store import Store, _write

PAIRS = "pairs.json"


class PairError(CoopdocsError):
    """A fix that names no target of the table, or a result that is not one of its
    candidates."""


@dataclass
class Inputs:
    """The read documents as progress takes them: plans and reports, each record with the
    name it was uploaded with as its path (for keys), and the records as stored (for the Word
    report, which reads a source still at hand)."""

    plans: list[dict]
    reports: list[dict]
    stored_plans: list[dict]
    stored_reports: list[dict]


def inputs(store: Store) -> Inputs | None:
    """The plans (documents with targets; those of a plan's kind when there are some) and the
    reports (every other read document), or None without both."""
    from ..progress.context import PLAN_KINDS

    read = [(i, store.corrected(i)) for i in store.ids() if store.record(i) is not None]
    with_targets = [(i, r) for i, r in read if r.get("targets")]
    plans = [(i, r) for i, r in with_targets if r["source"].get("kind") in PLAN_KINDS]
    plans = plans or with_targets
    reports = [(i, r) for i, r in read if all(r is not p for _, p in plans)]
    if not plans or not reports:
        return None

    def named(i: str, r: dict) -> dict:
        name = store.meta(i).get("name") or Path(r["source"].get("path") or "").name
        return {**r, "source": {**r["source"], "path": name}}

    return Inputs([named(i, r) for i, r in plans], [named(i, r) for i, r in reports],
                  [r for _, r in plans], [r for _, r in reports])


def saved(store: Store) -> dict:
    """The pairs file as kept (``{"pairs": []}`` when none)."""
    p = store.folder / PAIRS
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {"pairs": []}


def _valid(fixes: list[dict], rows) -> list[dict]:
    """The fixes that still name a target of the table and one of its candidates (or none)."""
    by_key = {r.key: r for r in rows}
    out = []
    for fix in fixes:
        row = by_key.get(fix.get("target"))
        if row is not None and (fix.get("result") is None
                                or fix["result"] in _candidate_keys(row)):
            out.append(fix)
    return out


def _candidate_keys(row) -> list[str]:
    return [c.doc.key(c.figure) for c in row.candidates]


def compute(store: Store):
    """(the progress with the kept fixes applied, the inputs), or (None, None)."""
    from .. import progress

    given = inputs(store)
    if given is None:
        return None, None
    plain = progress.compute(given.plans, given.reports)
    fixes = _valid(saved(store).get("pairs") or [], plain.rows)
    if not fixes:
        return plain, given
    return progress.compute(given.plans, given.reports, {"pairs": fixes}), given


def fix(store: Store, body: dict) -> None:
    """Keep the reviewer's fix: ``{"target": KEY, "result": KEY or null}`` pairs the target
    with one of its candidates (null: with no result); ``{"target": KEY, "automatic": true}``
    drops the fix. Refused (:class:`PairError`) unless the keys are the table's."""
    found, _ = compute(store)
    if found is None:
        raise PairError("no plan with targets and report with results are read yet")
    target = body.get("target")
    row = next((r for r in found.rows if r.key == target), None) if isinstance(target, str) else None
    if row is None:
        raise PairError(f"no target {str(target)[:80]!r} in the progress table")
    kept = [f for f in saved(store).get("pairs") or [] if f.get("target") != target]
    if body.get("automatic") is not True:
        if "result" not in body:
            raise PairError('a fix is {"target": KEY, "result": KEY or null}')
        result = body["result"]
        if result is not None and result not in _candidate_keys(row):
            raise PairError(f"{str(result)[:80]!r} is not a result the target can pair with")
        kept.append({"target": target, "result": result})
    _write(store.folder / PAIRS,
           json.dumps({"pairs": kept}, ensure_ascii=False, indent=1).encode("utf-8"))


def table(store: Store, ui_lang: str) -> dict:
    """What the page shows: every row's cells as the plan's language writes them, its status,
    its result's key and the candidates to choose from; the status colours."""
    from ..progress.context import row_values
    from ..progress.outputs import COLOURS

    found, _ = compute(store)
    if found is None:
        return {"available": False}
    lang = found.lang or ui_lang
    rows = []
    for n, row in enumerate(found.rows, 1):
        v = row_values(row, n, lang)
        rows.append({
            **{k: v[k] for k in ("n", "key", "indicator", "unit", "baseline", "target",
                                 "result", "percent", "status", "reason")},
            "result_key": row.result.doc.key(row.result.figure) if row.result else None,
            "fixed": row.paired_by == "override",
            "candidates": [{"key": c.doc.key(c.figure), "text": c.figure["text"],
                            "document": c.doc.name, "year": c.year.year} for c in row.candidates],
        })
    return {"available": True, "lang": lang, "rows": rows, "summary": found.summary(),
            "colours": {s: f"#{c}" for s, c in COLOURS.items()}}


DOWNLOADS = ("progress.docx", "progress.xlsx", "progress.json", "pairs.json")


def download(store: Store, what: str):
    """The progress report as Word (the built-in ``progress-<lang>`` with the header fields
    typed on the page), the workbook, the JSON, or the pairs file (for ``--pairs``)."""
    from ..lang import DEFAULT
    from ..progress import Progress, outputs
    from . import downloads as d

    if what not in DOWNLOADS:
        raise KeyError(what)
    found, given = compute(store)
    if found is None:
        raise PairError("no plan with targets and report with results are read yet")
    lang = found.lang or DEFAULT
    if what == "pairs.json":
        body = json.dumps(saved(store), ensure_ascii=False, indent=1) + "\n"
        return d._file(body.encode("utf-8"), PAIRS, "application/json")
    if what == "progress.json":
        return d._file(outputs.as_json(found).encode("utf-8"), what, "application/json")
    if what == "progress.xlsx":
        return d._file(outputs.as_xlsx(found, lang), what, d.XLSX)
    report = Progress(found.rows, given.stored_plans, given.stored_reports)
    work = store.folder / "tmp"
    work.mkdir(exist_ok=True)
    out = work / f"{secrets.token_hex(8)}.docx"
    try:
        warnings = outputs.docx(report, out, lang, d.context(store.header()), isolated=True)
        response = d._file(out.read_bytes(), f"progress-{lang}.docx", d.DOCX)
    finally:
        out.unlink(missing_ok=True)
    return d.with_warnings(response, warnings)
