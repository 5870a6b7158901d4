"""Matching predictions to gold and precision / recall / F1 (pure functions, no I/O).

Per category, gold annotations and predicted items are paired one-to-one by overlapping
spans, greedily in gold order: a gold item takes the first unused overlapping prediction
whose normalised fields agree (an *exact* match), else the first unused overlapping one (a
*span-only* match). ``tp_span`` counts every pair, ``tp`` only the exact ones.

Fields compared per category (gold value first):

- figures: ``value`` and ``value_max`` (numerically, relative 1e-6), ``qualifier``, ``kind``;
- dates: ``value`` (a gold ``--MM-DD`` accepts any full date on that day);
- targets: ``deadline`` (the year; a gold full date must agree as a date);
- references: ``number`` (spaces, case and leading zeros ignored), ``kind``, ``date`` (as
  targets' deadline).

The meeting scores its two facts, ``date`` and ``chair`` (names agree when one contains the
other, case-insensitively); it has no spans, so exact and span-only are the same.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("figures", "dates", "targets", "references", "meeting")
SPAN_CATEGORIES = CATEGORIES[:4]
Span = tuple[int, int]


# ----------------------------------------------------------------- field comparisons
def num_eq(gold: Any, pred: Any) -> bool:
    """Numbers equal within a relative 1e-6; None equals only None."""
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        a, b = float(gold), float(pred)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def date_eq(gold: Any, pred: Any) -> bool:
    """ISO values equal; a gold month-day ``--MM-DD`` matches a full date of any year."""
    if gold is None or pred is None:
        return gold is None and pred is None
    gold, pred = str(gold), str(pred)
    if gold == pred:
        return True
    return gold.startswith("--") and len(pred) == 10 and pred.endswith(gold[1:])


def year_eq(gold: Any, pred: Any) -> bool:
    """Same year; when gold is more than a year, the dates must agree too."""
    if gold is None or pred is None:
        return gold is None and pred is None
    gold_s, pred_s = str(gold), str(pred)
    return gold_s[:4] == pred_s[:4] and (len(gold_s) == 4 or date_eq(gold, pred))


def norm_number(n: Any) -> str | None:
    """A document number without spaces, case or leading zeros (``09`` == ``9``)."""
    if n is None:
        return None
    return "".join(str(n).split()).casefold().lstrip("0") or "0"


def number_eq(gold: Any, pred: Any) -> bool:
    return norm_number(gold) == norm_number(pred)


def plain_eq(gold: Any, pred: Any) -> bool:
    return gold == pred


def optional_eq(gold: Any, pred: Any) -> bool:
    """Equal, with every empty value ("" / null) the same."""
    return (gold or None) == (pred or None)


FIELDS: dict[str, dict[str, Callable[[Any, Any], bool]]] = {
    "figures": {"value": num_eq, "value_max": num_eq, "qualifier": optional_eq, "kind": plain_eq},
    "dates": {"value": date_eq},
    "targets": {"deadline": year_eq},
    "references": {"number": number_eq, "kind": plain_eq, "date": year_eq},
}


def differing(category: str, gold: dict, pred: dict) -> list[str]:
    """The compared fields on which ``gold`` and ``pred`` disagree (empty: exact match)."""
    return [f for f, eq in FIELDS[category].items() if not eq(gold.get(f), pred.get(f))]


# ----------------------------------------------------------------- spans and matching
def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def item_span(item: dict) -> Span | None:
    """``(start, end)`` of a predicted item, None when it has no usable offsets."""
    try:
        return int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return None


def predicted_spans(record: dict, category: str) -> list[Span | None]:
    """Spans of a record's items; a target without offsets takes its figure's."""
    items = record.get(category) or []
    spans = [item_span(i) for i in items]
    if category == "targets":
        figures = record.get("figures") or []
        for k, (t, sp) in enumerate(zip(items, spans)):
            fi = t.get("figure")
            if sp is None and isinstance(fi, int) and 0 <= fi < len(figures):
                spans[k] = item_span(figures[fi])
    return spans


@dataclass
class Match:
    """The pairing of one category in one document (indices into gold and predicted lists)."""

    gold: int
    pred: int
    pairs: list[tuple[int, int, bool]] = field(default_factory=list)  # gold, pred, exact

    @property
    def counts(self) -> dict[str, int]:
        return {"gold": self.gold, "pred": self.pred, "tp_span": len(self.pairs),
                "tp": sum(exact for _, _, exact in self.pairs)}

    @property
    def missed(self) -> list[int]:
        taken = {g for g, _, _ in self.pairs}
        return [g for g in range(self.gold) if g not in taken]

    @property
    def spurious(self) -> list[int]:
        taken = {p for _, p, _ in self.pairs}
        return [p for p in range(self.pred) if p not in taken]

    @property
    def mismatched(self) -> list[tuple[int, int]]:
        return [(g, p) for g, p, exact in self.pairs if not exact]


def match(gold_spans: list[Span], pred_spans: list[Span | None],
          same: Callable[[int, int], bool]) -> Match:
    """Greedy one-to-one pairing (see the module text); ``same(g, p)`` says fields agree."""
    result = Match(len(gold_spans), len(pred_spans))
    used: set[int] = set()
    for g, gs in enumerate(gold_spans):
        best = None
        for p, ps in enumerate(pred_spans):
            if p in used or ps is None or not overlaps(gs, ps):
                continue
            if same(g, p):
                best = (p, True)
                break
            if best is None:
                best = (p, False)
        if best is not None:
            used.add(best[0])
            result.pairs.append((g, best[0], best[1]))
    return result


def match_category(category: str, gold_items: list[dict], record: dict) -> Match:
    """Match located gold items (with ``start``/``end``) to a record's items of a category."""
    preds = record.get(category) or []
    return match([(g["start"], g["end"]) for g in gold_items], predicted_spans(record, category),
                 lambda g, p: not differing(category, gold_items[g], preds[p]))


# ----------------------------------------------------------------- meeting
def chair_name(meeting: dict) -> Any:
    chair = meeting.get("chair")
    return chair.get("name") if isinstance(chair, dict) else chair


def meeting_facts(gold: dict | None, pred: dict | None) -> list[dict[str, Any]]:
    """One entry per meeting fact present in gold or prediction: field, gold, pred, ok."""
    gold, pred = gold or {}, pred or {}
    facts = []
    if gold.get("date") or pred.get("date"):
        ok = bool(gold.get("date")) and date_eq(gold["date"], pred.get("date"))
        facts.append({"field": "date", "gold": gold.get("date"), "pred": pred.get("date"), "ok": ok,
                      "in_gold": bool(gold.get("date")), "in_pred": bool(pred.get("date"))})
    g, p = gold.get("chair"), chair_name(pred)
    if g or pred.get("chair"):
        ok = bool(g) and bool(p) and (str(p).casefold() in str(g).casefold()
                                      or str(g).casefold() in str(p).casefold())
        facts.append({"field": "chair", "gold": g, "pred": p, "ok": ok,
                      "in_gold": bool(g), "in_pred": bool(pred.get("chair"))})
    return facts


def meeting_counts(facts: list[dict[str, Any]]) -> dict[str, int]:
    tp = sum(f["ok"] for f in facts)
    return {"gold": sum(f["in_gold"] for f in facts), "pred": sum(f["in_pred"] for f in facts),
            "tp_span": tp, "tp": tp}


# ----------------------------------------------------------------- totals and P/R/F1
def zero() -> dict[str, int]:
    return {"gold": 0, "pred": 0, "tp_span": 0, "tp": 0}


def add(total: dict[str, int], counts: dict[str, int]) -> None:
    for k in total:
        total[k] += counts[k]


def prf(counts: dict[str, int], key: str = "tp") -> tuple[float, float, float]:
    """Precision, recall, F1 of ``counts[key]`` true positives. Nothing predicted and
    nothing to find is perfect; nothing to find gives recall 1."""
    tp, gold, pred = counts[key], counts["gold"], counts["pred"]
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summary(counts: dict[str, int]) -> dict[str, Any]:
    """The table row of a category: exact and span-only P/R/F1 (3 decimals) and the counts."""
    p, r, f = prf(counts)
    sp, sr, sf = prf(counts, "tp_span")
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
            "span_p": round(sp, 3), "span_r": round(sr, 3), "span_f1": round(sf, 3), **counts}


def parse_floor(spec: str) -> tuple[str, float]:
    """``"figures=0.95"`` -> ``("figures", 0.95)``; ValueError says what is wrong."""
    cat, sep, value = spec.partition("=")
    cat = cat.strip()
    if not sep or cat not in CATEGORIES:
        raise ValueError(f"--min {spec!r}: write CATEGORY=F1 with CATEGORY one of {', '.join(CATEGORIES)}")
    try:
        floor = float(value)
    except ValueError:
        raise ValueError(f"--min {spec!r}: {value!r} is not a number") from None
    if not 0.0 <= floor <= 1.0:
        raise ValueError(f"--min {spec!r}: an F1 floor is between 0 and 1")
    return cat, floor


def below_floors(table: dict[str, dict], floors: list[tuple[str, float]]) -> list[str]:
    """The floors that the overall (all languages) exact F1 does not reach, as messages."""
    overall = table.get("all", {})
    short = []
    for cat, floor in floors:
        f1 = overall.get(cat, {}).get("f1", 0.0)
        if f1 < floor:
            short.append(f"{cat} F1 {f1:.3f} < {floor:g}")
    return short
