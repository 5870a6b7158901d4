"""The body of a plan and of a report, from records (docs/records.md).

- :func:`plan_table`: the targets grouped by indicator, one row each: the indicator, its
  unit, its baseline with the baseline's year, and one column per deadline year. A figure
  whose role is ``baseline`` is never a target; a row needs an indicator.
- :func:`results`: a report's results, one row per indicator and year: the plan's target
  for that year when the records give it, the result and the share of the target reached;
  a prose figure that measures something narrower than its indicator stays in the narrative.
- :func:`narrative`: the source's own sentences that carry results, under the source's
  section headings (the sentences, not a list of figures).
- :func:`bases`: the documents a plan or report rests on (``Căn cứ``): cited laws,
  resolutions, decisions and plans, each once, never the document itself, and of a law the
  newest version only.

An indicator's name is the document's own when the figure stands in a table row (the row's
head), else the name of its indicator id (``render_indicators.tsv``); a figure with
neither is in no table. Prose figures get a row only when what the document says they
measure is their indicator itself (``số hợp tác xã``, not ``số hợp tác xã du lịch``).
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..lang import profile
from ..lang import rows as lang_rows
from ..rules.sentences import Sentences, any_of
from . import filters as f
from .language import writing

BASIS_KINDS = ("law", "resolution", "decision", "plan")
ROLE_TARGET, ROLE_BASELINE, ROLE_RESULT = "target", "baseline", "result"
CEILINGS = ("at_most", "under")      # qualifiers of a target that is a limit not to pass
PLAUSIBLE = (1, 1000)                # % of a target: outside, the result and target are no pair
MAX_HEADING = 120      # characters: a longer numbered line is a list item, not a heading


# ---------------------------------------------------------------- indicators

@cache
def _names(lang: str) -> dict[str, str]:
    return {r[0]: r[1] for r in lang_rows(lang, "render_indicators", optional=True) if len(r) > 1}


@cache
def _phrases(lang: str) -> dict[str, re.Pattern]:
    """Indicator id -> one pattern of its phrases (indicators.tsv; ``…`` a gap of a few
    words), to match a whole indicator written in lower case."""
    gap = r"(?:\s+\S+){0,4}\s+" if profile(lang).text.spaced else r".{0,30}?"
    out: dict[str, list[str]] = {}
    for r in lang_rows(lang, "indicators", optional=True):
        if len(r) > 2:
            parts = [re.escape(" ".join(p.casefold().split())) for p in r[2].split("…")]
            out.setdefault(r[0], []).append(gap.join(p for p in parts if p))
    return {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in out.items()}


@cache
def _measure_words(lang: str) -> re.Pattern:
    words = writing(lang).text.measure_words
    return re.compile(rf"^(?:{any_of(words)})\s*" if words else r"(?!)", re.IGNORECASE)


def _plain(text: str, lang: str) -> str:
    return _measure_words(lang).sub("", " ".join(text.casefold().split())).strip(" :,.")


def indicator(fig: dict, lang: str, narrower: bool = True) -> str | None:
    """The name of what ``fig`` measures in a table, or None when it has no indicator that
    a table can name: in a table, the row's head; in prose, the name of its indicator id
    when the document names just that, else the document's own words when they begin with
    the indicator (``số hợp tác xã du lịch``: not cut, not widened) unless ``narrower`` is
    false; else None."""
    own = " ".join((fig.get("indicator") or "").split())
    if fig.get("cell") and own:
        return f.ucfirst(own)
    iid = fig.get("indicator_id")
    if not iid:
        return None
    name = _names(lang).get(iid)
    if not own:
        return name
    plain = _plain(own, lang)
    phrases = _phrases(lang).get(iid)
    if plain == _plain(name or "", lang) or (phrases and phrases.fullmatch(plain)):
        return name or f.ucfirst(own)
    if narrower and phrases and phrases.match(plain):
        return f.ucfirst(own)
    return None


def _year(value) -> int | None:
    m = re.match(r"\d{4}", str(value or ""))
    return int(m.group()) if m else None


# ---------------------------------------------------------------- the plan's targets

def plan_table(records: list[dict], lang: str) -> dict:
    """``{years: [{year, label}], rows: [{indicator, unit, baseline, baseline_year, cells:
    [value per year column]}], baseline_head}``; targets without a year get a last column of
    their own; when every baseline is of one year, the year is in the column's head."""
    rows: dict[str, dict] = {}
    baselines: list[tuple[str, dict]] = []
    for r in records:
        figures = r.get("figures") or []
        listed = {t["figure"]: t for t in r.get("targets") or [] if isinstance(t.get("figure"), int)}
        deadlines = {i: t.get("deadline") for i, t in listed.items()}
        for i, fig in enumerate(figures):
            role = fig.get("role")
            name = _target_name(listed.get(i), fig, lang)
            if name is None or fig.get("value") is None:
                continue
            if role == ROLE_BASELINE:
                baselines.append((name, fig))
            elif role == ROLE_TARGET or (role is None and i in deadlines):
                year = _year(deadlines.get(i)) or _year(fig.get("year"))
                row = rows.setdefault(name.casefold(), _row(name, fig, lang))
                row["by_year"].setdefault(year, fig)
    for name, fig in baselines:
        row = rows.get(name.casefold())
        if row is not None and (row["base"] is None or (fig.get("year") or 0) > (row["base"].get("year") or 0)):
            row["base"] = fig
    return _layout(list(rows.values()), lang)


def _target_name(target: dict | None, fig: dict, lang: str) -> str | None:
    """A target's row name: the target's own indicator (a reviewer may have corrected it)
    when it names the figure's indicator as :func:`indicator` accepts one, else the
    figure's; a record of before indicator ids: the target's words."""
    said = " ".join(((target or {}).get("indicator") or "").split())
    if said and fig.get("indicator_id"):
        name = indicator({**fig, "indicator": said}, lang)
        if name is not None:
            return name
    name = indicator(fig, lang)
    if name is None and said and not fig.get("indicator_id") and fig.get("role") is None:
        return f.ucfirst(said)
    return name


def _row(name: str, fig: dict, lang: str) -> dict:
    return {"indicator": name, "unit": f.figure_parts(fig, lang)[1], "by_year": {}, "base": None}


def _value(fig: dict | None, unit: str, lang: str) -> str:
    """A figure in a row whose unit is ``unit``: the amount alone, or with its own unit."""
    if fig is None:
        return ""
    value, own = f.figure_parts(fig, lang)
    return value if own == unit else f"{value} {own}".strip()


def _layout(rows: list[dict], lang: str) -> dict:
    t = writing(lang).text
    years = sorted({y for r in rows for y in r["by_year"] if y is not None})
    undated = any(None in r["by_year"] for r in rows)
    columns = [{"year": y, "label": t.year_column.format(year=f.year(y, lang))} for y in years]
    if undated:
        columns.append({"year": None, "label": t.no_deadline})
    base_years = {r["base"].get("year") for r in rows if r["base"]}
    shared = base_years.pop() if len(base_years) == 1 else None
    head = t.baseline_head_year.format(year=f.year(shared, lang)) if shared else t.baseline_head
    out = []
    for r in rows:
        base = r["base"]
        out.append({
            "indicator": r["indicator"], "unit": r["unit"],
            "baseline": _value(base, r["unit"], lang),
            "baseline_year": (t.baseline_year.format(year=f.year(base["year"], lang))
                              if base and base.get("year") and not shared else ""),
            "cells": [_value(r["by_year"].get(c["year"]), r["unit"], lang) for c in columns],
            "values": {c["year"]: r["by_year"].get(c["year"]) for c in columns},
        })
    return {"years": columns, "rows": out, "baseline_head": head}


# ---------------------------------------------------------------- a report's results

def results(records: list[dict], lang: str) -> list[dict]:
    """``[{indicator, unit, year, target, result, percent, value, target_value}]``, one row
    per indicator and year, in the order of the records; of a table's row of several years,
    the latest year's result (the earlier ones are the years compared with). The target is
    the plan's for the result's year, else its next deadline's (with that year); results come
    from the reports when plans are given with them."""
    targets = _targets_by_indicator(records, lang)
    kinds = {(r.get("source") or {}).get("kind") for r in records}
    latest: dict[str, int] = {}
    for r in records:
        for fig in r.get("figures") or []:
            name = indicator(fig, lang, narrower=False)
            if fig.get("role") == ROLE_RESULT and name and fig.get("cell") and fig.get("year"):
                latest[name.casefold()] = max(latest.get(name.casefold(), 0), fig["year"])
    out, seen = [], set()
    for r in records:
        if kinds - {"plan"} and (r.get("source") or {}).get("kind") == "plan":
            continue
        for fig in r.get("figures") or []:
            name = indicator(fig, lang, narrower=False)
            if fig.get("role") != ROLE_RESULT or name is None or fig.get("value") is None:
                continue
            key = (name.casefold(), fig.get("year"))
            if key in seen or fig.get("cell") and fig.get("year") != latest.get(key[0]):
                continue
            seen.add(key)
            out.append(_result_row(name, fig, _target_for(targets, key[0], fig), lang))
    return out


def _targets_by_indicator(records: list[dict], lang: str) -> dict[str, dict[int, dict]]:
    """Indicator name (lower case) and indicator id -> deadline year -> target figure."""
    out: dict[str, dict[int, dict]] = {}
    for r in records:
        for fig in r.get("figures") or []:
            name = indicator(fig, lang, narrower=False)
            if fig.get("role") == ROLE_TARGET and name and fig.get("year"):
                out.setdefault(name.casefold(), {}).setdefault(fig["year"], fig)
                if fig.get("indicator_id"):     # a plan and a report may word it apart
                    out.setdefault(fig["indicator_id"], {}).setdefault(fig["year"], fig)
    return out


def _target_for(targets: dict, name: str, fig: dict) -> dict | None:
    """The target of the result's year, else of the first deadline after it."""
    by_year = targets.get(name) or targets.get(fig.get("indicator_id")) or {}
    year = fig.get("year") or 0
    if year in by_year:
        return by_year[year]
    later = sorted(y for y in by_year if y > year)
    return by_year[later[0]] if later else None


def _result_row(name: str, fig: dict, target: dict | None, lang: str) -> dict:
    value, unit = f.figure_parts(fig, lang)
    shown = _value(target, unit, lang)
    if target and target.get("year") != fig.get("year"):
        shown = f"{shown} {writing(lang).text.baseline_year.format(year=f.year(target['year'], lang))}"
    return {"indicator": name, "unit": unit,
            "year": f.year(fig["year"], lang) if fig.get("year") else "",
            "result": value, "target": shown, "percent": _share(fig, target, lang),
            "value": fig.get("value"), "target_value": target.get("value") if target else None}


def _share(result: dict, target: dict | None, lang: str) -> str:
    """The result as a share of the target (``96,5%``), when both are single amounts of
    the same kind and unit."""
    if not target or result.get("value_max") is not None or target.get("value_max") is not None:
        return ""
    if target.get("qualifier") in CEILINGS:     # không quá 5%: a share of a ceiling says nothing
        return ""
    same = (result.get("kind"), result.get("unit"), result.get("per")) == \
           (target.get("kind"), target.get("unit"), target.get("per"))
    if not same or not target.get("value"):
        return ""
    share = round(result["value"] / target["value"] * 100, 1)
    if not PLAUSIBLE[0] <= share <= PLAUSIBLE[1]:   # a misread pair, not a share to print
        return ""
    return f.percent(share, lang)


# ---------------------------------------------------------------- the narrative

def heading(line: str, lang: str) -> bool:
    """A numbered section heading (``II. KẾT QUẢ``, ``1. Số lượng``, ``ส่วนที่ 1 บทนำ``): a
    short line that ends no sentence."""
    if not line or len(line) > MAX_HEADING or line[-1] in ".;:,!?":
        return False
    return _heading_rx(lang).match(line) is not None


@cache
def _heading_rx(lang: str) -> re.Pattern:
    words = writing(lang).text.heading_words
    lead = rf"(?:{any_of(words)})\s+\w{{1,6}}\.?" if words else r"(?!)"
    return re.compile(rf"^(?:{lead}|[IVXLC]{{1,6}}\.|\d{{1,2}}\.|\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}\.?|"
                      rf"[^\W\d_]\))\s+\S")


def narrative(record: dict, text: str | None, lang: str) -> list[dict]:
    """``[{heading, sentences}]``: each sentence of the source that carries a result (a
    figure of role ``result``), under the section heading it stands in; headings of
    sections without one are left out."""
    if not text:
        return []
    starts = sorted(fig["start"] for fig in record.get("figures") or []     # tables' cells: no
                    if fig.get("role") == ROLE_RESULT and isinstance(fig.get("start"), int)
                    and not fig.get("cell"))
    if not starts:
        return []
    sentences = Sentences(text, end_marks=tuple(profile(lang).sentences.end_marks))
    sections: list[dict] = []
    path: list[str] = []
    done: set[tuple[int, int]] = set()
    lines = _heading_lines(text, lang)
    for at in starts:
        span = sentences.around(at)
        if span in done:
            continue
        done.add(span)
        heads = _headings_before(lines, span[0]) if lines else [""]
        sentence = " ".join(text[span[0]:span[1]].split())
        if not heads or heading(sentence, lang):
            continue
        if heads != path:
            same = 0
            while same < min(len(heads), len(path)) and heads[same] == path[same]:
                same += 1
            for level, head in enumerate(heads[same:], same):
                sections.append({"heading": head, "level": level + 1, "sentences": []})
            path = heads
        sections[-1]["sentences"].append(sentence)
    return sections


def _heading_lines(text: str, lang: str) -> list[tuple[int, str]]:
    """(end of the line, heading) of every section heading of ``text``, in order."""
    out, at = [], 0
    for line in text.split("\n"):
        at += len(line)
        if heading(line.strip(), lang):
            out.append((at, line.strip()))
        at += 1
    return out


def _headings_before(lines: list[tuple[int, str]], at: int) -> list[str]:
    """The section headings ``at`` stands under, outermost first: the last heading on a line
    before it, and before that the last heading of a higher rank (``II.`` over ``1.``), at
    most two; [] when ``at`` is in the document's head (before its first heading)."""
    found: list[str] = []
    i = bisect.bisect_right(lines, (at, "")) - 1
    while i >= 0 and len(found) < 2:
        line = lines[i][1]
        if lines[i][0] < at and (not found or _rank(line) < _rank(found[0])):
            found.insert(0, line)
        i -= 1
    return found


def _rank(line: str) -> int:
    """0 for a part (``Phần I``, ``I.``), 1 for ``1.``, 2 for ``1.1``, 3 for ``a)``."""
    if re.match(r"^[IVXLC]{1,6}\.\s", line):
        return 0
    m = re.match(r"^\d{1,2}((?:\.\d{1,2})*)", line)
    if m:
        return 1 + m.group(1).count(".")
    return 3 if re.match(r"^[^\W\d]\)", line) else 0


# ---------------------------------------------------------------- the bases

def bases(records: list[dict], own_numbers: set[str], lang: str) -> list[dict]:
    """The cited laws, resolutions, decisions and plans, each once (by number, else by its
    text), without the document's own numbers and without a law a newer law of the same
    name replaced; in order of first mention."""
    found: dict[str, dict] = {}
    order: dict[str, int] = {}
    own = {_key(n) for n in own_numbers if n}
    for r in records:
        for ref in r.get("references") or []:
            if ref.get("kind") not in BASIS_KINDS:
                continue
            key = _key(ref.get("number") or ref.get("text") or "")
            if not key or key in own:
                continue
            best = found.get(key)
            if best is None:
                order[key] = len(order)
            if best is None or bool(ref.get("date")) + bool(ref.get("issuer")) > \
                    bool(best.get("date")) + bool(best.get("issuer")):
                found[key] = ref
    refs = [found[k] for k in sorted(found, key=order.get)]
    return [x for x in refs if not _replaced(x, refs, lang)]


def _key(number: str) -> str:
    return re.sub(r"\s+", "", number).casefold().lstrip("0")


LAW_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[0-6]\d\d)(?!\d)")


def _law_name_year(ref: dict, lang: str) -> tuple[str, int | None]:
    """A law's name without its number and year (``Luật Hợp tác xã``), and its year."""
    text = " ".join((ref.get("text") or "").split())
    years = [int(y) for y in LAW_YEAR.findall(f"{ref.get('number') or ''} {text}")]
    if ref.get("date"):
        years.append(int(ref["date"][:4]))
    ends = writing(lang).text.law_name_ends
    cut = rf"\s*(?:{any_of(ends)})\s*\d|\s+\(|\s+\d" if ends else r"\s+\(|\s+\d"
    name = re.split(cut, text, maxsplit=1)[0]
    era = writing(lang).era
    years = [y - era if era and y > era + 1800 else y for y in years]
    year = max(years) if years else None
    return name.casefold().strip(), year


def _replaced(ref: dict, refs: list[dict], lang: str) -> bool:
    if ref.get("kind") != "law":
        return False
    name, year = _law_name_year(ref, lang)
    for other in refs:
        if other is ref or other.get("kind") != "law":
            continue
        other_name, other_year = _law_name_year(other, lang)
        if other_name == name and other_year and (year is None or other_year > year):
            return True
    return False
