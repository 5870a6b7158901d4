"""A self-contained HTML page to review extraction: each document's text with the items of
every category that has a highlight in :mod:`coopdocs.categories` marked (figures, dates,
targets, references), each followed by its normalised value and role in small type (the full
reading also on hover), the document's own tables drawn as tables; above the text, as tables,
the meeting's facts, the targets, the tasks and what each figure measures."""
from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from . import ocr_marks
from .categories import CATEGORIES

HIGHLIGHTED = tuple(c for c in CATEGORIES if c.highlight)
MARKED = sorted((c for c in HIGHLIGHTED if not c.highlight.on),  # outermost first when spans nest
                key=lambda c: c.highlight.layer)
OVER = tuple(c for c in HIGHLIGHTED if c.highlight.on)  # mark the items they link to


def _mark_style(c) -> str:
    h = c.highlight
    outline = f";outline:1px solid {h.outline}" if h.outline else ""
    return f"mark.{h.css_class}{{background:{h.colour}{outline}}}"


STYLE = ("""
body{font-family:"Noto Sans","Noto Sans Thai",Tahoma,sans-serif;margin:2rem auto;max-width:60rem;
line-height:1.7;color:#1d1d1f;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}
.doc-text{white-space:pre-wrap;background:#fafafa;border:1px solid #e5e5e5;padding:1rem;border-radius:6px}
mark{border-radius:3px;padding:0 .1em;cursor:help}
.val{font-size:.72em;color:#444;background:#f0f0f0;border-radius:3px;padding:0 .25em;margin-left:.15em;
user-select:none;white-space:nowrap}
table.meeting th{width:12rem;background:#f6f6f6}table.meeting td{white-space:pre-line}
""" + "".join(_mark_style(c) for c in HIGHLIGHTED) + """
.legend span{margin-right:1rem}table{border-collapse:collapse;margin:.5rem 0 1rem}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
.summary{color:#555}caption{text-align:left;font-weight:600;padding:.3rem 0}
table.doc-table{white-space:normal;background:#fff}table.doc-table td{min-width:3rem}
details{margin:.5rem 0}summary{cursor:pointer;color:#333}
""" + ocr_marks.STYLE)


def page(docs: Iterable[tuple[dict[str, Any], str]], title: str = "coopdocs review") -> str:
    """The whole page for (record, text) pairs."""
    return (head(title) + "".join(section(n, record, text)
                                  for n, (record, text) in enumerate(docs)) + TAIL)


def head(title: str = "coopdocs review") -> str:
    """The page up to its first document: the title, the style and the legend."""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
            "<p class='legend'>" + "".join(
                f"<span><mark class='{c.highlight.css_class}'>{c.highlight.css_class}</mark></span>"
                for c in HIGHLIGHTED) + "</p>")


TAIL = "</body></html>"


def section(n: int, rec: dict[str, Any], text: str) -> str:
    """Document number ``n`` of the page (from 0): its path, its tables, its marked text."""
    src = rec["source"]
    counts = ", ".join(f"{len(rec[c.name])} {c.name}" for c in HIGHLIGHTED)
    top = (f"<section class='document' id='doc-{n}'><h2>{html.escape(str(src.get('path')))}</h2>"
           f"<p class='summary'>{html.escape(src.get('lang') or '')} · {html.escape(src.get('kind') or '')}"
           f"{' · ' + html.escape(src['title']) if src.get('title') else ''} · {counts}</p>")
    return (top + _meeting_table(rec) + _targets_table(rec) + _tasks_table(rec)
            + _figures_table(rec) + f"<div class='doc-text'>{_body(rec, text)}</div></section>")


def _cells(values) -> str:
    return "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in values) + "</tr>"


MEETING_FIELDS = ("title", "number", "date", "time", "end_time", "location", "chair",
                  "secretary", "subject", "attendees", "absentees", "agenda", "conclusions")


def _fact(value) -> str:
    """A meeting fact as text: a person's title and name, a list one item a line."""
    if isinstance(value, dict):
        return " ".join(x for x in (value.get("title"), value.get("name")) if x) \
            or str(value.get("text") or "")
    if isinstance(value, list):
        return "\n".join(_fact(v) for v in value)
    return "" if value is None else str(value)


def _meeting_table(rec: dict[str, Any]) -> str:
    """The meeting's facts, one row each (those the record has)."""
    meeting = rec.get("meeting")
    if not meeting:
        return ""
    rows = "".join(f"<tr><th>{name.replace('_', ' ')}</th>"
                   f"<td>{html.escape(_fact(meeting.get(name)))}</td></tr>"
                   for name in MEETING_FIELDS if meeting.get(name))
    return f"<table class='meeting'><caption>meeting</caption>{rows}</table>" if rows else ""


def _tasks_table(rec: dict[str, Any]) -> str:
    if not rec.get("tasks"):
        return ""
    rows = "".join(_cells((t.get("assignee") or "", ", ".join(t.get("collaborators") or []),
                           t.get("action") or "", t.get("deadline") or "", t["text"]))
                   for t in rec["tasks"])
    return ("<table class='tasks'><caption>tasks</caption><tr><th>assignee</th><th>with</th><th>action</th>"
            "<th>deadline</th><th>as written</th></tr>" + rows + "</table>")


def _targets_table(rec: dict[str, Any]) -> str:
    if not rec["targets"]:
        return ""
    rows = []
    for t in rec["targets"]:
        fig = rec["figures"][t["figure"]]
        rows.append(_cells((t.get("indicator") or "", fig.get("indicator_id") or "", t["text"],
                            _value(fig), t.get("deadline") or "", t.get("direction") or "",
                            fig.get("role") or "")))
    return ("<table class='targets'><caption>targets</caption><tr><th>indicator</th><th>indicator id</th><th>as written</th>"
            "<th>value</th><th>deadline</th><th>direction</th><th>role</th></tr>"
            + "".join(rows) + "</table>")


def _figures_table(rec: dict[str, Any]) -> str:
    """What each figure measures and its role (open; its summary line folds it away)."""
    if not rec["figures"]:
        return ""
    rows = "".join(_cells((f["text"], _value(f), f.get("indicator") or "",
                           f.get("indicator_id") or "", f.get("role") or "", f.get("year") or ""))
                   for f in rec["figures"])
    return (f"<details open><summary>what the {len(rec['figures'])} figures measure</summary>"
            "<table class='figures'><tr><th>as written</th><th>value</th><th>indicator</th>"
            "<th>indicator id</th><th>role</th><th>year</th></tr>" + rows + "</table></details>")


def _value(fig: dict[str, Any]) -> str:
    v = f"{fig['value']:,}"
    if fig.get("value_max") is not None:
        v += f"–{fig['value_max']:,}"
    unit = fig.get("unit") or ""
    extra = [x for x in (fig.get("qualifier"), f"per {fig['per']}" if fig.get("per") else None) if x]
    return " ".join(x for x in (v, unit, f"({', '.join(extra)})" if extra else "") if x)


def _hover(cat: str, item: dict[str, Any]) -> str:
    """The normalised values shown when the pointer rests on an item."""
    if cat == "figures":
        what = [x for x in (item.get("indicator"),
                            f"[{item['indicator_id']}]" if item.get("indicator_id") else None,
                            item.get("role")) if x]
        return f"{item['kind']}: {_value(item)}" + (" · " + " ".join(what) if what else "")
    if cat == "dates":
        return f"date {item['value']} ({item.get('calendar')})"
    if cat == "references":
        bits = [item["kind"], item.get("number") or "", item.get("date") or "", item.get("issuer") or ""]
        return "reference: " + " · ".join(b for b in bits if b)
    shown = (f"{k} {v}" for k, v in item.items() if k not in ("start", "end", "text") and v)
    return f"{cat}: " + " · ".join(shown)


def _over(rec: dict[str, Any]) -> dict[tuple[str, int], str]:
    """(category, start) of the items that a linking category marks (a target's figure) ->
    that category's class."""
    out = {}
    for c in OVER:
        for item in rec[c.name]:
            for field, other in c.links:
                if other == c.highlight.on:
                    out[(other, rec[other][item[field]]["start"])] = c.highlight.css_class
    return out


def _body(rec: dict[str, Any], text: str) -> str:
    """The highlighted text, each table of the document drawn as a table of its cells."""
    from .errors import CoopdocsError
    from .readers import read_document
    from .rules.tables import grids, text_cells

    path = str(rec["source"].get("path") or "")
    try:
        cells = (read_document(path)[1] if path else []) or text_cells(text)  # as the pipeline
    except CoopdocsError:  # the file went away since: the text without its tables
        cells = []
    out, pos = [], 0
    for grid in grids(cells):
        lo, hi = min(c.start for c in grid.values()), max(c.end for c in grid.values())
        if lo < pos:
            continue
        out.append(_highlight(rec, text, pos, lo))
        rows = sorted({r for r, _ in grid})
        cols = sorted({c for _, c in grid})
        out.append("<table class='doc-table'>" + "".join(
            "<tr>" + "".join(f"<td>{_highlight(rec, text, g.start, g.end) if g else ''}</td>"
                             for g in (grid.get((r, c)) for c in cols)) + "</tr>"
            for r in rows) + "</table>")
        pos = hi
    out.append(_highlight(rec, text, pos, len(text)))
    return "".join(out)


def _label(cat: str, item: dict[str, Any]) -> str:
    """The short reading shown after an item in the text: a figure's value and role, a date's
    ISO value, a reference's number and date."""
    if cat == "figures":
        return " · ".join(x for x in (_value(item), item.get("role")) if x)
    if cat == "dates":
        return str(item["value"])
    if cat == "references":
        return " · ".join(str(x) for x in (item.get("number"), item.get("date")) if x)
    return ""


def _highlight(rec: dict[str, Any], text: str, lo: int = 0, hi: int | None = None) -> str:
    """The text of [lo, hi) with <mark> elements, each followed by its short reading; spans
    that cross another's edge are cut to nest, and to the range."""
    hi = len(text) if hi is None else hi
    over = _over(rec)
    spans = []
    for rank, c in enumerate(MARKED):
        for item in rec[c.name]:
            if item["end"] <= lo or item["start"] >= hi:
                continue
            cls = over.get((c.name, item["start"]), c.highlight.css_class)
            label = _label(c.name, item)
            tag = f"<span class='val'>{html.escape(label)}</span>" if label else ""
            spans.append((max(lo, item["start"]), -min(hi, item["end"]), rank, cls,
                          _hover(c.name, item), tag))
    spans.extend(ocr_marks.spans(rec, lo, hi, len(MARKED)))  # words OCR was unsure of
    spans.sort()
    out, pos, stack = [], lo, []
    for start, neg_end, _, cls, hover, tag in spans:
        end = -neg_end
        while stack and stack[-1][0] <= start:
            close, after = stack.pop()
            out.append(html.escape(text[pos:close]) + "</mark>" + after)
            pos = close
        if stack:
            end = min(end, stack[-1][0])
        if end <= start or start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark class='{cls}' title='{html.escape(hover, quote=True)}'>")
        pos = start
        stack.append((end, tag))
    while stack:
        close, after = stack.pop()
        out.append(html.escape(text[pos:close]) + "</mark>" + after)
        pos = close
    out.append(html.escape(text[pos:hi]))
    return "".join(out)
