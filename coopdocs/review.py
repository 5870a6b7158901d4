"""A self-contained HTML page to review extraction: each document's text with figures,
dates, targets and references highlighted (normalised values on hover) and a table of its
targets."""
from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

CATEGORIES = ("references", "dates", "figures")  # outermost first when spans nest

STYLE = """
body{font-family:"Noto Sans","Noto Sans Thai",Tahoma,sans-serif;margin:2rem auto;max-width:60rem;
line-height:1.7;color:#1d1d1f;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}
.doc-text{white-space:pre-wrap;background:#fafafa;border:1px solid #e5e5e5;padding:1rem;border-radius:6px}
mark{border-radius:3px;padding:0 .1em;cursor:help}
mark.figure{background:#cfe8ff}mark.target{background:#ffd59e;outline:1px solid #e08a00}
mark.date{background:#d9f2d0}mark.reference{background:#ead7ff}
.legend span{margin-right:1rem}table{border-collapse:collapse;margin:.5rem 0 1rem}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
.summary{color:#555}
"""


def page(docs: Iterable[tuple[dict[str, Any], str]], title: str = "coopdocs review") -> str:
    """The whole page for (record, text) pairs."""
    parts = [(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
              f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>"),
             ("<p class='legend'><span><mark class='figure'>figure</mark></span>"
              "<span><mark class='target'>target</mark></span><span><mark class='date'>date</mark></span>"
              "<span><mark class='reference'>reference</mark></span></p>")]
    for n, (record, text) in enumerate(docs):
        parts.append(_document(n, record, text))
    parts.append("</body></html>")
    return "".join(parts)


def _document(n: int, rec: dict[str, Any], text: str) -> str:
    src = rec["source"]
    counts = ", ".join(f"{len(rec[c])} {c}" for c in ("figures", "dates", "targets", "references"))
    head = (f"<section class='document' id='doc-{n}'><h2>{html.escape(str(src.get('path')))}</h2>"
            f"<p class='summary'>{html.escape(src.get('lang') or '')} · {html.escape(src.get('kind') or '')}"
            f"{' · ' + html.escape(src['title']) if src.get('title') else ''} · {counts}</p>")
    return head + _targets_table(rec) + f"<div class='doc-text'>{_highlight(rec, text)}</div></section>"


def _targets_table(rec: dict[str, Any]) -> str:
    if not rec["targets"]:
        return ""
    rows = []
    for t in rec["targets"]:
        fig = rec["figures"][t["figure"]]
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
            t.get("indicator") or "", t["text"], _value(fig), t.get("deadline") or "", t.get("direction") or "")) + "</tr>")
    return ("<table class='targets'><tr><th>indicator</th><th>as written</th><th>value</th>"
            "<th>deadline</th><th>direction</th></tr>" + "".join(rows) + "</table>")


def _value(fig: dict[str, Any]) -> str:
    v = f"{fig['value']:,}"
    if fig.get("value_max") is not None:
        v += f"–{fig['value_max']:,}"
    unit = fig.get("unit") or ""
    extra = [x for x in (fig.get("qualifier"), f"per {fig['per']}" if fig.get("per") else None) if x]
    return " ".join(x for x in (v, unit, f"({', '.join(extra)})" if extra else "") if x)


def _hover(cat: str, item: dict[str, Any]) -> str:
    if cat == "figures":
        return f"{item['kind']}: {_value(item)}"
    if cat == "dates":
        return f"date {item['value']} ({item.get('calendar')})"
    bits = [item["kind"], item.get("number") or "", item.get("date") or "", item.get("issuer") or ""]
    return "reference: " + " · ".join(b for b in bits if b)


def _highlight(rec: dict[str, Any], text: str) -> str:
    """The text with <mark> elements; spans that cross another's edge are cut to nest."""
    targets = {rec["figures"][t["figure"]]["start"] for t in rec["targets"]}
    spans = []
    for rank, cat in enumerate(CATEGORIES):
        for item in rec[cat]:
            cls = {"figures": "figure", "dates": "date", "references": "reference"}[cat]
            if cat == "figures" and item["start"] in targets:
                cls = "target"
            spans.append((item["start"], -item["end"], rank, cls, _hover(cat, item)))
    spans.sort()
    out, pos, stack = [], 0, []
    for start, neg_end, _, cls, hover in spans:
        end = -neg_end
        while stack and stack[-1] <= start:
            close = stack.pop()
            out.append(html.escape(text[pos:close]) + "</mark>")
            pos = close
        if stack:
            end = min(end, stack[-1])
        if end <= start or start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark class='{cls}' title='{html.escape(hover, quote=True)}'>")
        pos = start
        stack.append(end)
    while stack:
        close = stack.pop()
        out.append(html.escape(text[pos:close]) + "</mark>")
        pos = close
    out.append(html.escape(text[pos:]))
    return "".join(out)
