"""The progress table written out: JSON (the pairs with their evidence spans), a workbook
(one row per target, coloured by status), a review page of the pairing (HTML) and plain text.
The Word report is the built-in ``progress-<lang>`` (:func:`docx`)."""
from __future__ import annotations

import html
import io
import json
from typing import Any

from . import Progress, Row
from .context import row_values, words
from .status import STATUSES

# The fill of each status in the workbook and on the review page.
COLOURS = {"achieved": "C6EFCE", "on_track": "DDEBF7", "behind": "FFC7CE",
           "no_result": "EDEDED", "not_comparable": "FFEB9C"}
SHEET_COLUMNS = ("key", "plan", "indicator", "indicator_id", "unit", "baseline", "baseline_year",
                 "qualifier", "target", "deadline", "result", "result_year", "expected", "percent",
                 "status", "status_label", "reason", "result_document", "result_text",
                 "result_start", "result_end")


def as_json(progress: Progress) -> str:
    return json.dumps(progress.as_record(), ensure_ascii=False, indent=2) + "\n"


def sheet_row(row: dict, lang: str) -> dict[str, Any]:
    """One row of the workbook: values in the target's unit (money in full, as records hold
    it), the status id and its label in the plan's language."""
    t, b, r = row["target"], row["baseline"] or {}, row["result"] or {}
    base = b.get("compared_value", b.get("value")) if b else None
    return {
        "key": row["key"], "plan": row["plan"], "indicator": row["indicator"],
        "indicator_id": row["indicator_id"], "unit": "%" if t["kind"] == "percent" else t["unit"],
        "baseline": base, "baseline_year": b.get("year"), "qualifier": t["qualifier"],
        "target": t["value"], "deadline": t["deadline_year"], "result": r.get("compared_value"),
        "result_year": r.get("year"), "expected": row["expected"], "percent": row["percent"],
        "status": row["status"], "status_label": words(lang).get(row["status"], row["status"]),
        "reason": words(lang).get(f"reason.{row['reason']}", "") if row["reason"] else "",
        "result_document": r.get("document"), "result_text": r.get("text"),
        "result_start": r.get("start"), "result_end": r.get("end"),
    }


def as_xlsx(progress: Progress, lang: str) -> bytes:
    """A workbook of one sheet, Progress: a frozen header row with filters, one row per target,
    each row filled with its status's colour by a conditional format on the status column
    (so that a status edited by hand recolours its row)."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ..output import _fit_widths, _printable, _sheet_value

    book = Workbook()
    sheet = book.active
    sheet.title = "Progress"
    sheet.append(list(SHEET_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in progress.rows:
        values = sheet_row(row.as_record(), lang)
        sheet.append([_sheet_value(values[c]) for c in SHEET_COLUMNS])
    last = get_column_letter(len(SHEET_COLUMNS))
    status = get_column_letter(SHEET_COLUMNS.index("status") + 1)
    area = f"A2:{last}{max(2, sheet.max_row)}"
    for s in STATUSES:
        fill = PatternFill(start_color=COLOURS[s], end_color=COLOURS[s], fill_type="solid")
        sheet.conditional_formatting.add(area, FormulaRule(formula=[f'${status}2="{s}"'],
                                                           fill=fill, stopIfTrue=True))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _fit_widths(sheet)
    _printable(sheet)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def as_text(progress: Progress, lang: str) -> str:
    """The table as aligned plain text (for a note or a terminal)."""
    heads = ("#", "indicator", "unit", "baseline", "target", "result", "%", "status")
    rows = [heads]
    for n, row in enumerate(progress.rows, 1):
        v = row_values(row, n, lang)
        rows.append((v["n"], v["indicator"], v["unit"], v["baseline"], v["target"], v["result"],
                     v["percent"], v["status_label"] + (f" ({v['reason']})" if v["reason"] else "")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(heads))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the review page

STYLE = """
body{font-family:"Noto Sans","Noto Sans Thai",Tahoma,sans-serif;margin:2rem auto;max-width:80rem;
line-height:1.5;color:#1d1d1f;padding:0 1rem}h1{font-size:1.5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;
padding:.25rem .5rem;text-align:left;vertical-align:top}code{font-size:.85em;color:#444}
.legend span{margin-right:.5rem;padding:0 .4rem;border-radius:3px}
pre{background:#fafafa;border:1px solid #e5e5e5;padding:1rem;overflow:auto}
""" + "".join(f"tr.{s} td.status,span.{s}{{background:#{c}}}" for s, c in COLOURS.items())


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _evidence(found: dict | None) -> str:
    if not found:
        return ""
    return f"<q>{_e(found['text'])}</q> ({_e(found['year'])})<br><code>{_e(found['key'])}</code>"


def _candidates(row: Row) -> str:
    chosen = row.result.doc.key(row.result.figure) if row.result else None
    items = [f"<li><code>{_e(c.doc.key(c.figure))}</code> <q>{_e(c.figure['text'])}</q> "
             f"({_e(c.year.year)})</li>" for c in row.candidates
             if c.doc.key(c.figure) != chosen]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def page(progress: Progress, lang: str, title: str = "coopdocs progress") -> str:
    """A self-contained page of the pairing: every target with its baseline, result and the
    other results it could pair with (their keys), coloured by status, and the pairs file
    that fixes a pair (``coopdocs progress ... --pairs FILE``)."""
    w = words(lang)
    legend = "".join(f"<span class='{s}'>{_e(w.get(s, s))} ({s})</span>" for s in STATUSES)
    heads = ("#", "target", "indicator", "baseline", "result", "%", "expected", "status",
             "other results")
    rows = []
    for n, row in enumerate(progress.rows, 1):
        rec, shown = row.as_record(), row_values(row, n, lang)
        reason = shown["reason"]
        rows.append(
            f"<tr class='{row.status}' data-key='{_e(row.key)}' data-status='{row.status}'>"
            f"<td>{n}</td><td><q>{_e(rec['target']['text'])}</q> ({_e(row.deadline)})<br>"
            f"<code>{_e(row.key)}</code></td>"
            f"<td>{_e(rec['indicator'])}<br><code>{_e(rec['indicator_id'])}</code></td>"
            f"<td>{_evidence(rec['baseline'])}</td><td>{_evidence(rec['result'])}</td>"
            f"<td>{_e(shown['percent'])}</td>"
            f"<td>{_e(shown['expected'] and shown['expected'] + ' ' + shown['unit'])}</td>"
            f"<td class='status'>{_e(w.get(row.status, row.status))}"
            f"{'<br>' + _e(reason) if reason else ''}"
            f"{'<br><small>fixed by hand</small>' if row.paired_by == 'override' else ''}</td>"
            f"<td>{_candidates(row)}</td></tr>")
    fixes = {"pairs": [{"target": r.key, "result": r.result.doc.key(r.result.figure)
                        if r.result else None} for r in progress.rows]}
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_e(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{_e(title)}</h1>"
            f"<p class='legend'>{legend}</p>"
            "<table class='progress'><thead><tr>" + "".join(f"<th>{h}</th>" for h in heads)
            + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            "<h2>Fix a pair</h2><p>Copy the pairs below into a file, change the <code>result</code>"
            " of a wrong pair to the key of the right figure (<code>null</code>: no result) or "
            "add a <code>baseline</code> the same way, keep only the pairs you change, and run "
            "<code>coopdocs progress PLANS --results REPORTS --pairs FILE</code>.</p>"
            f"<pre class='pairs'>{_e(json.dumps(fixes, ensure_ascii=False, indent=2))}</pre>"
            "</body></html>")


def docx(progress: Progress, out, lang: str, context: dict | None = None,
         template: str | None = None, isolated: bool = False) -> list[str]:
    """The Word report (the built-in ``progress-<lang>``, or ``template``) into ``out``;
    returns the render's warnings."""
    from ..render.engine import render
    from .context import document_values

    given = dict(context or {})
    given["progress"] = document_values(progress.rows, progress.plans, progress.reports, lang)
    given.setdefault("lang", lang)
    name = template or f"progress-{lang}"
    return render(name, progress.plans + progress.reports, out, given, isolated=isolated)
