"""What ``coopdocs evaluate`` shows: the table, the JSON, and the per-document details of -v.

Details are plain dicts (they go into the JSON as they are): ``status`` is ``missed`` (gold
item with no overlapping prediction), ``spurious`` (prediction overlapping no gold item) or
``mismatch`` (spans overlap, compared fields differ: ``fields`` names them), with the item's
``start``/``end``/``text``, the ``context`` around it, and the ``gold``/``pred`` values of
the compared fields.
"""
from __future__ import annotations

import json
import re
from typing import Any

from .score import CATEGORIES, FIELDS, Scored, differing, prf

CONTEXT = 40  # characters shown on each side of an item


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """The item in ⟦ ⟧ with ``width`` characters around it, whitespace runs made one space."""
    def flat(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    lo, hi = max(0, start - width), min(len(text), end + width)
    return (("…" if lo else "") + flat(text[lo:start]) + "⟦" + flat(text[start:end]) + "⟧"
            + flat(text[end:hi]) + ("…" if hi < len(text) else ""))


def _values(category: str, item: dict) -> dict[str, Any]:
    return {f: item.get(f) for f in FIELDS[category]}


def _entry(status: str, category: str, text: str, span, shown: dict, *, gold=None, pred=None,
           fields=None) -> dict[str, Any]:
    start, end = span if span else (None, None)
    return {"status": status, "category": category, "start": start, "end": end,
            "text": shown.get("text") if span is None else text[start:end],
            "context": context(text, start, end) if span else None,
            "gold": gold, "pred": pred, "fields": fields or []}


def span_details(text: str, scored: Scored) -> list[dict[str, Any]]:
    """Missed, spurious and mismatched items of one span row of one document, in text order."""
    cat, golds, preds, m = scored.name, scored.gold, scored.pred, scored.match
    rows = []
    for g in m.missed:
        rows.append(_entry("missed", cat, text, (golds[g]["start"], golds[g]["end"]), golds[g],
                           gold=_values(cat, golds[g])))
    for p in m.spurious:
        rows.append(_entry("spurious", cat, text, scored.spans[p], preds[p],
                           pred=_values(cat, preds[p])))
    for g, p in m.mismatched:
        fields = differing(cat, golds[g], preds[p])
        rows.append(_entry("mismatch", cat, text, (golds[g]["start"], golds[g]["end"]), golds[g],
                           gold={f: golds[g].get(f) for f in fields},
                           pred={f: preds[p].get(f) for f in fields}, fields=fields))
    rows.sort(key=lambda r: (r["start"] is None, r["start"] or 0))
    return rows


def fact_details(category: str, facts: list[dict]) -> list[dict[str, Any]]:
    """The facts of one document (its meeting) that are missed, spurious or mismatched."""
    out = []
    for f in facts:
        if not f["ok"]:
            status = "mismatch" if f["in_gold"] and f["in_pred"] else "missed" if f["in_gold"] else "spurious"
            out.append({"status": status, "category": category, "start": None, "end": None,
                        "text": None, "context": None, "gold": {f["field"]: f["gold"]},
                        "pred": {f["field"]: f["pred"]}, "fields": [f["field"]]})
    return out


# ----------------------------------------------------------------- text output
HEADER = (f"{'lang':5} {'category':11} {'gold':>5} {'pred':>5}  {'P':>6} {'R':>6} {'F1':>6}"
          f"  {'spanP':>6} {'spanR':>6} {'spanF1':>6}")


def table_text(table: dict[str, dict[str, dict]]) -> str:
    """The P/R/F1 table: exact, then span-only, per language and for all languages."""
    lines = [HEADER]
    for lang, cats in table.items():
        for cat in CATEGORIES:
            r = cats[cat]
            lines.append(f"{lang:5} {cat:11} {r['gold']:5} {r['pred']:5}  {r['p']:6.3f} {r['r']:6.3f} "
                         f"{r['f1']:6.3f}  {r['span_p']:6.3f} {r['span_r']:6.3f} {r['span_f1']:6.3f}")
    return "\n".join(lines) + "\n"


def _show(values: dict | None) -> str:
    return " ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in (values or {}).items())


def details_text(documents: list[dict[str, Any]]) -> str:
    """The -v listing: per document its exact F1 per category, then each error with context."""
    lines = []
    for d in documents:
        f1s = "  ".join(f"{c} {prf(d['counts'][c])[2]:.2f}" for c in CATEGORIES)
        lines.append(f"{d['doc']} [{d['lang']}]  {f1s}")
        if d.get("error"):
            lines.append(f"  FAILED     {d['error']}")
        for e in d["details"]:
            head = f"  {e['status']:10} {e['category']:10}"
            if e["text"] is not None:
                head += f" {e['text']!r}"
            if e["status"] == "mismatch":
                head += f"  gold {_show(e['gold'])}  |  predicted {_show(e['pred'])}"
            else:
                head += f"  {_show(e['gold'] if e['status'] == 'missed' else e['pred'])}"
            lines.append(head)
            if e["context"]:
                lines.append(f"  {'':10} {'':10} {e['context']}")
        lines.append("")
    return "\n".join(lines)


def as_json(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1) + "\n"
