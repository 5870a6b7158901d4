"""Shared finders for the table-driven figure and date tests.

A case names the expected item by the exact substring of the input it should cover (`span`);
the finder locates that substring in the text and picks the extracted item that overlaps it
most, so a wrong span shows up as a text mismatch rather than as "not found".
"""
import math

import pytest

from coopdocs import extract_text

_UNSET = object()


def extract(text, lang):
    rec = extract_text(text, lang)
    for key in ("figures", "dates"):
        for item in rec[key]:
            assert text[item["start"]:item["end"]] == item["text"], (key, item)
    return rec


def locate(text, span, occurrence=0):
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(span, pos + 1)
        assert pos >= 0, f"test bug: {span!r} (occurrence {occurrence}) not in {text!r}"
    return pos, pos + len(span)


def _overlap(item, lo, hi):
    return min(item["end"], hi) - max(item["start"], lo)


def overlapping(items, lo, hi):
    return [it for it in items if _overlap(it, lo, hi) > 0]


def find(items, text, span, occurrence=0, what="item"):
    lo, hi = locate(text, span, occurrence)
    hits = overlapping(items, lo, hi)
    if not hits:
        pytest.fail(f"no {what} covers {span!r}; got {[it['text'] for it in items]}")
    return max(hits, key=lambda it: (_overlap(it, lo, hi), -(it["end"] - it["start"])))


def same_number(got, want):
    if want is None or got is None:
        return got is want
    return not isinstance(got, bool) and math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-9)


# ---------------------------------------------------------------- case builders

def fig(id, text, span, value, kind, unit, *, vmax=None, q=None, per=None,
        subject=_UNSET, year=_UNSET, alt=(), occ=0, xfail=None):
    """A positive figure case. `alt` lists other accepted texts (documented ambiguities only)."""
    exp = {"span": span, "value": value, "value_max": vmax, "kind": kind, "unit": unit,
           "qualifier": q, "per": per, "texts": (span, *alt), "occ": occ}
    if subject is not _UNSET:
        exp["subject"] = subject
    if year is not _UNSET:
        exp["year"] = year
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, exp, id=id, marks=marks)


def nofig(id, text, span, *, keep=None, occ=0, xfail=None):
    """No figure may overlap `span`; `keep` (optional) is a figure text that must be found."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, {"span": span, "keep": keep, "occ": occ}, id=id, marks=marks)


def date(id, text, span, value, *, calendar=None, occ=0, alt=(), xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    exp = {"span": span, "value": value, "calendar": calendar, "occ": occ, "texts": (span, *alt)}
    return pytest.param(text, exp, id=id, marks=marks)


def nodate(id, text, span, *, keep=None, occ=0, xfail=None):
    """No date may overlap `span`; `keep` (optional) is a date text that must be found."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, {"span": span, "keep": keep, "occ": occ}, id=id, marks=marks)


# ---------------------------------------------------------------- checks

def check_figure(text, lang, exp):
    rec = extract(text, lang)
    f = find(rec["figures"], text, exp["span"], exp["occ"], "figure")
    assert f["text"] in exp["texts"], f
    assert same_number(f["value"], exp["value"]), f
    assert same_number(f["value_max"], exp["value_max"]), f
    for key in ("kind", "unit", "qualifier", "per"):
        assert f[key] == exp[key], (key, f)
    for key in ("subject", "year"):
        if key in exp:
            assert f[key] == exp[key], (key, f)


def check_no_figure(text, lang, exp):
    rec = extract(text, lang)
    lo, hi = locate(text, exp["span"], exp["occ"])
    bad = overlapping(rec["figures"], lo, hi)
    assert not bad, f"{exp['span']!r} must not be a figure: {bad}"
    if exp["keep"]:
        assert exp["keep"] in [f["text"] for f in rec["figures"]], rec["figures"]


def check_date(text, lang, exp):
    rec = extract(text, lang)
    d = find(rec["dates"], text, exp["span"], exp["occ"], "date")
    assert d["text"] in exp["texts"], d
    assert d["value"] == exp["value"], d
    if exp["calendar"]:
        assert d["calendar"] == exp["calendar"], d


def check_no_date(text, lang, exp):
    rec = extract(text, lang)
    lo, hi = locate(text, exp["span"], exp["occ"])
    bad = overlapping(rec["dates"], lo, hi)
    assert not bad, f"{exp['span']!r} must not be a date: {bad}"
    if exp["keep"]:
        assert exp["keep"] in [d["text"] for d in rec["dates"]], rec["dates"]


# ---------------------------------------------------------------- references and targets

def ref(id, text, span, kind, number, date, *, alt=(), xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    exp = {"span": span, "texts": (span, *alt), "kind": kind, "number": number, "date": date}
    return pytest.param(text, exp, id=id, marks=marks)


def noref(id, text, span, *, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, {"span": span}, id=id, marks=marks)


def tgt(id, text, span, deadline, *, alt=(), xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    exp = {"span": span, "texts": (span, *alt), "deadline": deadline}
    return pytest.param(text, exp, id=id, marks=marks)


def notgt(id, text, span, *, keep=None, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, {"span": span, "keep": keep}, id=id, marks=marks)


def references_of(text, lang):
    """The references of ``text``, each span checked against the text."""
    rec = extract(text, lang)
    for r in rec["references"]:
        assert text[r["start"]:r["end"]] == r["text"], r
    return rec["references"]


def targets_of(text, lang):
    """The targets of ``text``, each span checked against its figure's."""
    rec = extract(text, lang)
    for t in rec["targets"]:
        f = rec["figures"][t["figure"]]
        assert (f["start"], f["end"]) == (t["start"], t["end"]), (t, f)
    return rec["targets"]
