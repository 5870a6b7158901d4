"""Matching predictions to gold and precision / recall / F1 (pure functions, no I/O).

The rows of the table and the fields each compares are declared in
:mod:`coopdocs.categories` (``Score``); the comparisons are :data:`COMPARISONS`. The
definitions are those of docs/annotation.md ("How extraction is scored").

Span rows: gold annotations and predicted items are paired one-to-one by overlapping spans,
greedily in gold order: a gold item takes the first unused overlapping prediction whose
fields agree (an *exact* match), else the first unused overlapping one (a *span-only*
match). ``tp_span`` counts every pair, ``tp`` only the exact ones.

- figures: ``value`` and ``value_max`` (numerically, relative 1e-6), ``qualifier``, ``kind``;
- dates: ``value`` (a gold ``--MM-DD`` accepts any full date on that day);
- targets: ``deadline`` (the year; a gold full date must agree as a date);
- indicators: the targets whose indicator is filled, on both sides; the indicator phrases
  share at least half their words (:func:`similar`);
- references: ``number`` (spaces, case and leading zeros ignored), ``kind``, ``date`` (as
  targets' deadline);
- tasks (only documents whose gold file has ``tasks``): the same ``assignee`` (one name
  contains the other, case and spacing ignored) and ``deadline`` (a gold year or month
  accepts any date inside it).

The meeting scores its facts: ``date`` and ``chair`` always, ``time`` (``HH:MM``) and
``location`` (similar phrases) where the gold meeting has those keys; it has no spans, so
exact and span-only are the same.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..categories import SCORES, Score, get

CATEGORIES = tuple(s.name for _, s in SCORES)  # the table's rows, in order
SPAN_CATEGORIES = tuple(s.name for _, s in SCORES if not s.facts)
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


def deadline_eq(gold: Any, pred: Any) -> bool:
    """Dates equal, or a gold year or month (``2025``, ``2025-03``) contains the prediction."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return date_eq(gold, pred) or (len(str(gold)) < 10 and str(pred).startswith(str(gold)))


def time_eq(gold: Any, pred: Any) -> bool:
    """A clock time ``HH:MM`` (a predicted ``HH:MM:SS`` agrees on its first five characters)."""
    return str(pred)[:5] == gold


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


def same_person(gold: Any, pred: Any) -> bool:
    """Names agree when one contains the other, case and runs of spaces ignored; a predicted
    ``{"name", "title"}`` is compared by its name; two empty names agree."""
    if isinstance(pred, dict):
        pred = pred.get("name")
    if not gold or not pred:
        return not gold and not pred
    gold, pred = (" ".join(str(x).casefold().split()) for x in (gold, pred))
    return pred in gold or gold in pred


@cache
def _phrase_rules() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """(abbreviation, full form) pairs, and the letter ranges of the scripts written without
    spaces between words (compared by character pairs), from every language's data."""
    from .. import lang

    expand: list[tuple[str, str]] = []
    unspaced: list[str] = []
    for code in lang.known():
        if (lang.folder(code) / "abbreviations.tsv").is_file():
            expand.extend(lang.mapping(code, "abbreviations").items())
        text = lang.profile(code).text
        if not text.spaced and text.letters:
            unspaced.append(text.letters)
    return tuple(expand), tuple(unspaced)


def words(phrase: str | None) -> set[str]:
    """The units two phrases share: words (syllables in Vietnamese), or character pairs in a
    script written without spaces (Thai); case folded, commas dropped, abbreviations
    (``HTX``) expanded."""
    expand, paired = _phrase_rules()
    phrase = " ".join((phrase or "").casefold().replace(",", " ").split())
    for short, full in expand:
        phrase = re.sub(rf"\b{re.escape(short)}\b", full, phrase)
    if any(re.search(f"[{letters}]", phrase) for letters in paired):
        s = "".join(phrase.split())
        return {s[i:i + 2] for i in range(len(s) - 1)}
    return set(phrase.split())


def similar(gold: Any, pred: Any) -> bool:
    """At least half the words shared, counted against the longer of the two phrases."""
    g, p = words(gold), words(pred)
    return bool(g and p) and len(g & p) >= 0.5 * max(len(g), len(p))


COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "number": num_eq, "date": date_eq, "year": year_eq, "deadline": deadline_eq,
    "time": time_eq, "doc_number": number_eq, "plain": plain_eq, "optional": optional_eq,
    "person": same_person, "phrase": similar,
}


def _fields(score: Score) -> dict[str, Callable[[Any, Any], bool]]:
    return {f: COMPARISONS[c] for f, c in score.fields}


FIELDS: dict[str, dict[str, Callable[[Any, Any], bool]]] = {s.name: _fields(s) for _, s in SCORES}
_BY_NAME: dict[str, tuple] = {s.name: (c, s) for c, s in SCORES}


def differing(category: str, gold: dict, pred: dict) -> list[str]:
    """The compared fields of row ``category`` on which ``gold`` and ``pred`` disagree
    (empty: exact match)."""
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
    """Spans of a record's items; an item without offsets takes the span of the item it
    links to (a target its figure's)."""
    items = record.get(category) or []
    spans = [item_span(i) for i in items]
    for link, other in get(category).links:
        linked = record.get(other) or []
        for k, (item, sp) in enumerate(zip(items, spans)):
            i = item.get(link)
            if sp is None and isinstance(i, int) and 0 <= i < len(linked):
                spans[k] = item_span(linked[i])
    return spans


@dataclass
class Match:
    """The pairing of one row in one document (indices into gold and predicted lists)."""

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


@dataclass
class Scored:
    """One span row of one document: the gold and predicted items it compared (after
    ``only_filled``), the predicted spans, and their pairing."""

    name: str
    gold: list[dict]
    pred: list[dict]
    spans: list[Span | None]
    match: Match


def score_spans(name: str, gold_items: list[dict], record: dict) -> Scored:
    """Match located gold items (with ``start``/``end``) to a record's items, for row ``name``."""
    category, score = _BY_NAME[name]
    preds = record.get(category.name) or []
    spans = predicted_spans(record, category.name)
    if score.only_filled:
        keep = [k for k, p in enumerate(preds) if p.get(score.only_filled)]
        preds, spans = [preds[k] for k in keep], [spans[k] for k in keep]
        gold_items = [g for g in gold_items if g.get(score.only_filled)]
    m = match([(g["start"], g["end"]) for g in gold_items], spans,
              lambda g, p: not differing(name, gold_items[g], preds[p]))
    return Scored(name, gold_items, preds, spans, m)


def match_category(category: str, gold_items: list[dict], record: dict) -> Match:
    """The pairing of row ``category`` (see :func:`score_spans`)."""
    return score_spans(category, gold_items, record).match


# ----------------------------------------------------------------- facts (the meeting)
def facts(name: str, gold: dict | None, pred: dict | None) -> list[dict[str, Any]]:
    """One entry per fact of row ``name`` present in gold or prediction: field, gold, pred,
    ok, in_gold, in_pred. Fields in the row's ``if_in_gold`` count only where the gold
    object has them."""
    _, score = _BY_NAME[name]
    gold, pred = gold or {}, pred or {}
    out = []
    for f, eq in FIELDS[name].items():
        if f in score.if_in_gold and f not in gold:
            continue
        g, p = gold.get(f), pred.get(f)
        if not g and not p:
            continue
        shown = p.get("name") if isinstance(p, dict) else p
        out.append({"field": f, "gold": g, "pred": shown, "ok": bool(g) and bool(p) and eq(g, p),
                    "in_gold": bool(g), "in_pred": bool(p)})
    return out


def meeting_facts(gold: dict | None, pred: dict | None) -> list[dict[str, Any]]:
    return facts("meeting", gold, pred)


def fact_counts(found: list[dict[str, Any]]) -> dict[str, int]:
    tp = sum(f["ok"] for f in found)
    return {"gold": sum(f["in_gold"] for f in found), "pred": sum(f["in_pred"] for f in found),
            "tp_span": tp, "tp": tp}


meeting_counts = fact_counts


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
