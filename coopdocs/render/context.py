"""Records (docs/records.md) -> the context a template renders from.

The records give the meeting, the figures (grouped by subject, with their year), the
targets (indicator, value, unit, deadline), the cited documents and the tasks. The header
of an official document (agency, number, place, date, signer, recipients ...) is not in
any record: it comes from ``--context`` / ``--set``; what nobody gives prints as dotted
blanks ``……………`` and is named in :attr:`Context.missing`.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import filters as f
from .filters import Blank
from .language import DEFAULT_LANG, languages, writing

# Header fields nobody can guess: blank (and reported) when not given.
REQUIRED = ("agency", "number", "place", "date", "title", "signer.title", "signer.name",
            "recipients", "secretary.name", "session", "end_time",
            "meeting.date", "meeting.time", "meeting.location", "meeting.chair.name",
            "meeting.chair.title", "meeting.attendees")
# Header fields a document may well lack: empty when not given.
OPTIONAL = {"parent_agency": "", "signer.authority": "", "secretary.title": "", "archive": "",
            "absent": [], "guests": [], "digits": "arabic", "meeting.subject": ""}
LIST_FIELDS = ("recipients", "absent", "guests", "meeting.attendees")

@dataclass
class Context:
    values: dict[str, Any]
    missing: list[str] = field(default_factory=list)


def build(records: list[dict], lang: str, kind: str | None = None,
          overrides: dict | None = None) -> Context:
    """The context of ``records`` for a template in ``lang`` of ``kind`` (minutes, plan,
    report, notice; None for a user's template), with ``overrides`` (--context / --set)
    applied last."""
    meeting = _meeting(records)
    values: dict[str, Any] = {
        "lang": lang,
        "kind": kind,
        "sources": [_source(r) for r in records],
        "source": _source(records[0]) if records else {},
        "meeting": meeting,
        "figures": figure_groups(records, lang),
        "targets": targets(records, lang),
        "references": references(records, lang),
        "tasks": tasks(records, lang),
    }
    values.update(_defaults(records, meeting, kind, lang))
    deep_merge(values, _lists(copy.deepcopy(overrides or {})))
    own = str(values.get("number") or "").strip()
    if own:   # the document's own number is no reference of it
        values["references"] = [r for r in values["references"] if r["number"] != own]
    missing = []
    for name in REQUIRED:
        current = get_path(values, name)
        if name in LIST_FIELDS:
            if not isinstance(current, list) or not [v for v in current if not f.is_blank(v)]:
                set_path(values, name, [Blank()])
                missing.append(name)
        elif f.is_blank(current):
            set_path(values, name, Blank())
            missing.append(name)
    for name, default in OPTIONAL.items():
        if get_path(values, name) is None:
            set_path(values, name, copy.copy(default))
    return Context(values, missing)


def sample(lang: str = DEFAULT_LANG) -> dict[str, Any]:
    """A context with one item in every list: the shape ``templates check`` checks against."""
    fig = {"start": 0, "end": 5, "text": "5 HTX", "value": 5, "value_max": None, "kind": "count",
           "unit": "HTX", "qualifier": None, "per": None, "subject": "HTX", "year": 2024}
    record = {
        "schema": "coopdocs.record/1",
        "source": {"path": "sample.txt", "sha256": "", "lang": lang, "kind": None, "title": "Sample"},
        "figures": [fig, dict(fig, year=None)],
        "dates": [],
        "targets": [{"start": 0, "end": 5, "text": "5 HTX", "figure": 1, "deadline": "2030",
                     "indicator": "số HTX", "direction": "reach"}],
        "references": [{"start": 0, "end": 5, "text": "Kế hoạch số 1/KH-UBND", "kind": "plan",
                        "number": "1/KH-UBND", "date": "2024-01-02", "issuer": "UBND tỉnh"}],
        "meeting": {"date": "2024-01-02", "time": "08:00", "location": "x",
                    "chair": {"name": "x", "title": "x"}, "attendees": ["x"], "subject": "x"},
        "tasks": [{"start": 0, "end": 1, "text": "x", "assignee": "x", "deadline": "2024-02-01"}],
    }
    values = build([record], lang).values
    for name in ("absent", "guests"):
        values[name] = ["x"]
    return values


# ---------------------------------------------------------------- from the records

def _source(record: dict) -> dict:
    s = record.get("source") or {}
    return {"path": s.get("path"), "title": s.get("title") or "", "kind": s.get("kind"),
            "lang": s.get("lang")}


def _meeting(records: list[dict]) -> dict:
    found = next((r["meeting"] for r in records if r.get("meeting")), None) or {}
    chair = found.get("chair") or {}
    return {
        "date": found.get("date"),
        "time": found.get("time"),
        "location": found.get("location"),
        "chair": {"name": chair.get("name"), "title": chair.get("title")},
        "attendees": list(found.get("attendees") or []),
        "subject": found.get("subject"),
    }


def _defaults(records: list[dict], meeting: dict, kind: str | None, lang: str) -> dict:
    """The header fields the records can give: the meeting's date; a title (the meeting's
    name for minutes and notices, the document's own title for a plan from a plan)."""
    out: dict[str, Any] = {}
    about_meeting = kind in (None, "minutes", "notice") and any(r.get("meeting") for r in records)
    if about_meeting and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meeting.get("date") or ""):
        out["date"] = meeting["date"]
    source = (records[0].get("source") or {}) if records else {}
    raw = (source.get("title") or "").strip()
    title = _strip_type(raw)
    named = writing(lang).text.meeting_title
    if about_meeting:
        if title != raw and title:            # the title of minutes or a notice: the meeting's name
            out["title"] = _meeting_name(title)
        elif named and meeting.get("subject"):
            subject = meeting["subject"].strip()
            out["title"] = subject if _meeting_nouns(lang).match(subject) else named.format(subject=subject)
    elif title and source.get("kind") == kind:
        out["title"] = title
    return out


@cache
def _meeting_nouns(lang: str) -> re.Pattern:
    """The words that open the name of a meeting (``hội nghị``, ``phiên họp`` ...)."""
    words = "|".join(re.escape(w) for w in sorted(writing(lang).text.meeting_nouns, key=len, reverse=True))
    return re.compile(rf"({words})\b" if words else r"(?!)", re.IGNORECASE)


# A record's title may be in any language coopdocs knows, whatever the document's language.

@cache
def _title_types(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The document-type words that open a title, longest first."""
    words = {w for c in codes for w in writing(c).text.title_types}
    return tuple(sorted(words, key=len, reverse=True))


def _meeting_name(title: str) -> str:
    """``Kết luận của đồng chí ... tại hội nghị X`` -> ``hội nghị X``."""
    for code in languages():
        t = writing(code).text
        start, venue = t.conclusion_start, t.conclusion_venue
        if start and venue and title.startswith(start) and venue in title:
            return title.rsplit(venue, 1)[1].strip()
    return title


def _strip_type(title: str) -> str:
    for prefix in _title_types(languages()):
        if title.startswith(prefix):
            return title[len(prefix):].strip(" :-")
    return title.strip()


def _target_figures(record: dict) -> set[int]:
    return {t["figure"] for t in record.get("targets") or [] if isinstance(t.get("figure"), int)}


def figure_groups(records: list[dict], lang: str) -> list[dict]:
    """The figures that are not targets, grouped by subject in order of first mention:
    ``[{subject, figures: [{value, unit, year, phrase, text, record}]}]``."""
    groups: dict[str, dict] = {}
    for r in records:
        skip = _target_figures(r)
        for i, fig in enumerate(r.get("figures") or []):
            if i in skip or fig.get("value") is None:
                continue
            subject = (fig.get("subject") or "").strip() or writing(lang).text.other_subject
            group = groups.setdefault(subject.casefold(), {"subject": f.ucfirst(subject), "figures": []})
            value, unit = f.figure_parts(fig, lang)
            group["figures"].append({
                "value": value, "unit": unit, "phrase": f.figure(fig, lang),
                "year": f.year(fig["year"], lang) if fig.get("year") else "",
                "text": fig.get("text") or "", "record": fig,
            })
    return list(groups.values())


def targets(records: list[dict], lang: str) -> list[dict]:
    """``[{indicator, value, unit, deadline, direction, phrase, text, record}]``, duplicates
    (same indicator, value, unit and deadline) once."""
    out, seen = [], set()
    for r in records:
        figures = r.get("figures") or []
        for t in r.get("targets") or []:
            i = t.get("figure")
            if not isinstance(i, int) or not 0 <= i < len(figures):
                continue
            fig = figures[i]
            value, unit = f.figure_parts(fig, lang)
            indicator = (t.get("indicator") or fig.get("subject") or "").strip()
            deadline = f.date(str(t["deadline"]), lang, "short") if t.get("deadline") else ""
            key = (indicator.casefold(), value, unit, deadline)
            if key in seen:
                continue
            seen.add(key)
            out.append({
                "indicator": f.ucfirst(indicator) if indicator else Blank(),
                "value": value, "unit": unit, "deadline": deadline,
                "direction": t.get("direction"), "phrase": f.figure(fig, lang),
                "text": t.get("text") or "", "record": fig,
            })
    return out


def references(records: list[dict], lang: str) -> list[dict]:
    """Cited documents (kind ``other``, mostly a document's own number, left out), each once:
    ``[{kind, kind_name, number, date, issuer, text, title}]``; ``title`` reads
    ``Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương``."""
    best: dict[tuple, dict] = {}
    for r in records:
        for ref in r.get("references") or []:
            if ref.get("kind") == "other":
                continue
            key = (ref.get("kind"), (ref.get("number") or ref.get("text") or "").casefold())
            score = bool(ref.get("date")) + bool(ref.get("issuer"))
            if key not in best or score > best[key][0]:
                best[key] = (score, ref)
    return [_reference(ref, lang) for _, ref in best.values()]


def _reference(ref: dict, lang: str) -> dict:
    w = writing(lang)
    t = w.text
    text = (ref.get("text") or "").strip()
    day = ref.get("date") or ""
    kind_name = w.kinds.get(ref.get("kind"), "")
    title = text
    if text and text == ref.get("number") and kind_name:   # a bare symbol: name its kind
        title = t.numbered_document.format(kind=kind_name, number=text)
    if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", day):
        title += " " + t.reference_date.format(date=f.date(day, lang, t.reference_date_style))
    if ref.get("issuer") and ref["issuer"] not in text:
        title += " " + t.reference_issuer.format(issuer=ref["issuer"])
    return {
        "kind": ref.get("kind"), "kind_name": kind_name,
        "number": ref.get("number") or "", "date": f.date(day, lang, "short") if day else "",
        "issuer": ref.get("issuer") or "", "text": text, "title": title,
    }


def tasks(records: list[dict], lang: str) -> list[dict]:
    """``[{text, assignee, deadline}]``, each text once."""
    out, seen = [], set()
    for r in records:
        for t in r.get("tasks") or []:
            text = " ".join((t.get("text") or "").split())
            if not text or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            out.append({"text": text, "assignee": t.get("assignee") or "",
                        "deadline": f.date(t["deadline"], lang, "short") if t.get("deadline") else ""})
    return out


# ---------------------------------------------------------------- dotted paths

def get_path(values: dict, name: str):
    cur: Any = values
    for part in name.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def set_path(values: dict, name: str, value) -> None:
    *parents, last = name.split(".")
    cur = values
    for part in parents:
        if not isinstance(cur.get(part), dict):
            cur[part] = {}
        cur = cur[part]
    cur[last] = value


def deep_merge(base: dict, extra: dict) -> dict:
    """``extra`` into ``base``: dictionaries merge key by key, anything else replaces."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base


def _lists(overrides: dict) -> dict:
    """A list field given as one string (``--set recipients="Sở Tài chính; Sở Nội vụ"``)
    becomes the list of its ``;``- or line-separated parts."""
    for name in LIST_FIELDS:
        value = get_path(overrides, name)
        if isinstance(value, str):
            set_path(overrides, name, [p.strip() for p in re.split(r"[;\n]", value) if p.strip()])
    return overrides
