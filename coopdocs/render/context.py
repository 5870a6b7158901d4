"""Records (docs/records.md) -> the context a template renders from.

The records give the meeting, the figures (grouped by subject, with their year), the
targets (indicator, value, unit, deadline), the cited documents and the tasks. Minutes and
notices of conclusions also get the proceedings (:mod:`coopdocs.render.proceedings`: the
notes' own content by agenda item, with its conclusions) and the conclusions by item. The header
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

from ..lang import rows as lang_rows
from ..rules.sentences import any_of
from . import filters as f
from .filters import Blank
from .language import DEFAULT_LANG, languages, writing

# Header fields nobody can guess: blank (and reported) when not given.
REQUIRED = ("agency", "number", "place", "date", "title", "signer.title", "signer.name",
            "recipients", "secretary.name", "session", "end_time", "absent",
            "meeting.date", "meeting.time", "meeting.location", "meeting.chair.name",
            "meeting.chair.title", "meeting.attendees")
# Header fields a document may well lack: empty when not given.
OPTIONAL = {"parent_agency": "", "signer.authority": "", "secretary.title": "", "archive": "",
            "guests": [], "digits": "arabic", "meeting.subject": "", "emblem": "",
            "emblem_small": ""}
LIST_FIELDS = ("recipients", "absent", "guests", "meeting.attendees")
# Kinds of document about a meeting: they read its proceedings, conclusions and assignments.
MEETING_KINDS = (None, "minutes", "notice")
# Kinds of document whose body is a plan's targets or a report's results (content.py).
DOCUMENT_KINDS = (None, "plan", "report")
# Header fields a clerk may give as a date (05/03/2025, 5/3/2025 or ISO).
DATE_FIELDS = ("date", "meeting.date")


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
    later: list[str] = []                     # what the record parts leave blank
    notes = None
    if kind in MEETING_KINDS:
        notes, blank = _proceedings(values, records, lang)
        later += blank
    if kind == "progress":   # results against the plans' targets (coopdocs/progress)
        from ..progress.context import fields
        values.update(fields(records, lang))
    values.update(_defaults(records, meeting, kind, lang))
    if kind in DOCUMENT_KINDS:
        _document(values, records, lang, kind)
        later += [m for m in ("narrative",) if kind == "report" and not values["narrative"]]
    overrides = _dates(_lists(copy.deepcopy(overrides or {})), lang)
    deep_merge(values, overrides)
    own = str(values.get("number") or "").strip()
    if own:   # the document's own number is no reference of it
        values["references"] = [r for r in values["references"] if r["number"] != own]
        values["bases"] = [r for r in values.get("bases", []) if r["number"] != own]
    if kind in MEETING_KINDS:
        _name_and_number(values, lang)
        later += _assignments(values["tasks"], kind)
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
    for person in (values["meeting"]["chair"], values["secretary"]):
        person["full_name"] = _full_name(person.get("name"), notes, lang)
        if writing(lang).text.honorific_in_names:
            person["name"] = person["full_name"]
    return Context(values, missing + later)


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
                    "chair": {"name": "x", "title": "x"}, "attendees": ["x"], "subject": "x",
                    "title": "x", "number": "1", "end_time": "10:00",
                    "secretary": {"name": "x", "title": "x"}, "absentees": ["x"], "agenda": ["x"],
                    "conclusions": [{"start": 0, "end": 1, "text": "x"}]},
        "tasks": [{"start": 0, "end": 1, "text": "x", "assignee": "x", "collaborators": ["x"],
                   "action": "x", "deadline": "2024-02-01"}],
    }
    record["figures"] = [dict(fig, indicator="số hợp tác xã", indicator_id="coops.count", role="result",
                              cell=None),
                         dict(fig, year=2030, indicator="số hợp tác xã", indicator_id="coops.count",
                              role="target", cell=None),
                         dict(fig, indicator="số hợp tác xã", indicator_id="coops.count", role="baseline",
                              cell=None)]
    record["targets"][0]["figure"] = 1
    w = writing(lang).text
    values = build([record], lang, None, {
        "agency": w.demo_agency, "place": w.demo_place, "number": "12", "recipients": ["x"],
        "signer": {"name": "x", "title": "x", "authority": "x"}, "parent_agency": "x"}).values
    for name in ("absent", "guests", "other_facts"):
        values[name] = ["x"]
    values["narrative"] = [{"heading": "1. x", "level": 1, "sentences": ["x"]}]
    values["emblem"] = values["emblem_small"] = ""
    return values


# ---------------------------------------------------------------- from the records

def _source(record: dict) -> dict:
    s = record.get("source") or {}
    return {"path": s.get("path"), "title": s.get("title") or "", "kind": s.get("kind"),
            "lang": s.get("lang")}


def _person(value) -> dict:
    value = value if isinstance(value, dict) else {}
    return {"name": value.get("name"), "title": value.get("title")}


def _texts(items) -> list[str]:
    """Strings as given, or the ``text`` of items (conclusions), blanks dropped."""
    out = []
    for item in items or ():
        text = item.get("text") if isinstance(item, dict) else item
        if isinstance(text, str) and text.strip():
            out.append(" ".join(text.split()))
    return out


def _meeting(records: list[dict]) -> dict:
    """The first record's meeting with every field of docs/records.md, absent ones empty."""
    found = next((r["meeting"] for r in records if r.get("meeting")), None) or {}
    return {
        "date": found.get("date"),
        "time": found.get("time"),
        "location": found.get("location"),
        "chair": _person(found.get("chair")),
        "attendees": _texts(found.get("attendees")),
        "subject": found.get("subject"),
        "title": found.get("title"),
        "number": found.get("number"),
        "end_time": found.get("end_time"),
        "secretary": _person(found.get("secretary")),
        "absentees": _texts(found.get("absentees")),
        "agenda": _texts(found.get("agenda")),
        "conclusions": _texts(found.get("conclusions")),
    }


def _proceedings(values: dict, records: list[dict], lang: str) -> tuple[str | None, list[str]]:
    """``proceedings``, ``conclusions`` and ``other_facts`` from the notes the meeting's record
    came from (or from the record alone when they are gone); returns the notes' text (None
    when gone) and what is left blank. Notes written in the language's own digits make it
    the documents' digits."""
    from .proceedings import from_notes, from_record, resolutions, source_text

    record = next((r for r in records if r.get("meeting")), records[0] if records else {})
    text = source_text(record) if record else None
    layout, missing = from_notes(text, record, lang) if text else from_record(record, lang)
    values["proceedings"] = layout.sections
    values["conclusions"] = resolutions(lang, layout.sections)
    if not values["conclusions"]:
        missing.append("conclusions")
    values["other_facts"] = [_strip_mark(x) for x in layout.extras]
    if layout.guests:
        values["guests"] = list(layout.guests)
    w = writing(lang)
    if text and w.digits:
        own = sum(text.count(d) for d in w.digits.values())
        if own > sum(c.isascii() and c.isdigit() for c in text):
            values["digits"] = w.name.lower()
    return text, missing


def _full_name(name, notes: str | None, lang: str):
    """A person's name with the honorific the notes write before it (``นาย``, ``Đồng chí``:
    titles.tsv), when the record gives the name without it."""
    if not isinstance(name, str) or f.is_blank(name) or not notes:
        return name if name is not None else Blank()
    honorifics = _honorifics(lang)
    if honorifics.match(name):
        return name
    at = notes.find(name)
    if at < 0:
        return name
    before = re.search(rf"(?:^|(?<=\s))({honorifics.pattern})(\s*)$", notes[max(0, at - 20):at])
    return f"{before.group(1)}{before.group(2)}{name}" if before else name


@cache
def _honorifics(lang: str) -> re.Pattern:
    words = [r[0] for r in lang_rows(lang, "titles", optional=True) if r[1:2] == ("honorific",)]
    return re.compile(any_of(words))


def _strip_mark(line: str) -> str:
    return re.sub(r"^\s*(?:[-+•*–]|\(?(?:\d{1,3}|[IVXLC]{1,6}|[a-z])[.)])\s*", "", line)


def _defaults(records: list[dict], meeting: dict, kind: str | None, lang: str) -> dict:
    """The header fields the records can give: the meeting's date; a title (the meeting's
    name for minutes and notices, the document's own title for a plan from a plan); for a
    meeting's documents its number, end, secretary and absentees."""
    out: dict[str, Any] = {}
    about_meeting = kind in MEETING_KINDS and any(r.get("meeting") for r in records)
    if about_meeting and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meeting.get("date") or ""):
        out["date"] = meeting["date"]
    source = (records[0].get("source") or {}) if records else {}
    raw = (source.get("title") or "").strip()
    title = _strip_type(raw)
    named = writing(lang).text.meeting_title
    if about_meeting:
        if (meeting.get("title") or "").strip():
            out["title"] = _strip_type(meeting["title"].strip())
        elif title != raw and title:          # the title of minutes or a notice: the meeting's name
            out["title"] = _meeting_name(title)
        elif named and meeting.get("subject"):
            subject = meeting["subject"].strip()
            out["title"] = subject if _meeting_nouns(lang).match(subject) else named.format(subject=subject)
        out.update(_meeting_facts(meeting))
    elif title and source.get("kind") == kind:
        out["title"] = title
    return out


def _document(values: dict, records: list[dict], lang: str, kind: str | None) -> None:
    """A plan's or report's body (content.py) and the header facts of its source (header.py),
    which fill the header fields nobody gives."""
    from . import content, header
    from .proceedings import source_text

    record = next((r for r in records if (r.get("source") or {}).get("kind") == kind),
                  records[0] if records else {})
    text = source_text(record) if record and kind is not None else None
    facts = header.facts(record, text, lang) if kind is not None else {}
    for name, value in facts.items():
        if f.is_blank(values.get(name)):
            values[name] = value
    # the document's own number is no basis of it (another record's may be: the plan a
    # report reports on)
    ref = header.own_reference(record, text, lang) if record else None
    bases = content.bases(records, {facts.get("number"), ref.get("number") if ref else None}, lang)
    preamble = _preamble(bases, record, text, lang)
    given = _given_plans(records, record, lang)
    numbers = {g["number"] for g in given}
    rest = [b for b in preamble or bases if b.get("number") not in numbers]
    values["bases"] = [_reference(ref, lang) for ref in given + rest]
    values["references"] = values["bases"] if kind is not None else values["references"]
    values["plan"] = content.plan_table(records, lang)
    values["results"] = content.results(records, lang)
    values["narrative"] = content.narrative(record, text, lang) if record else []


def _given_plans(records: list[dict], record: dict, lang: str) -> list[dict]:
    """The plans given with the records of a report or plan (not the document's own source):
    each is a basis, by its own number, date and agency."""
    from . import header
    from .proceedings import source_text

    out = []
    for r in records:
        if r is record or (r.get("source") or {}).get("kind") != "plan":
            continue
        facts = header.facts(r, source_text(r), lang)
        if facts.get("number"):
            out.append({"kind": "plan", "number": facts["number"], "text": facts["number"],
                        "date": facts.get("date"), "issuer": facts.get("agency")})
    return out


def _preamble(bases: list[dict], record: dict, text: str | None, lang: str) -> list[dict]:
    """The bases cited before the first section of the source (its preamble), if any."""
    from .content import heading

    if not text:
        return []
    first, at = len(text), 0
    for line in text.split("\n"):
        if at and heading(line.strip(), lang):
            first = at
            break
        at += len(line) + 1
    mine = {id(ref) for ref in record.get("references") or [] if ref.get("start", first) < first}
    numbers = {ref.get("number") or ref.get("text") for ref in record.get("references") or []
               if id(ref) in mine}
    return [b for b in bases if (b.get("number") or b.get("text")) in numbers]


def _dates(overrides: dict, lang: str) -> dict:
    """Dates given as a clerk types them (``05/03/2025``, ``5/3/2025``) -> ISO; a value that
    is no date is a :class:`UsageError` naming the field."""
    from ..errors import UsageError
    from .header import parse_date

    for name in DATE_FIELDS:
        value = get_path(overrides, name)
        if not isinstance(value, str) or not value.strip() or f.ISO.match(value.strip()):
            continue
        iso = parse_date(value, writing(lang).era)
        if iso is None:
            raise UsageError(f"{name}={value!r} is not a date: give it as 05/03/2025, 5/3/2025 "
                             "or 2025-03-05")
        set_path(overrides, name, iso)
    return overrides


def _meeting_facts(meeting: dict) -> dict:
    out: dict[str, Any] = {}
    if meeting["secretary"]["name"]:
        out["secretary"] = dict(meeting["secretary"])
    for name, key in (("session", "number"), ("end_time", "end_time"), ("absent", "absentees")):
        if meeting.get(key):
            out[name] = copy.copy(meeting[key])
    return out


def _name_and_number(values: dict, lang: str) -> None:
    """The meeting's number (``session``) without its word (``lần thứ 2`` -> ``2``); its name
    (``title``) with the number inside it or without it, as the language prints minutes
    (``[render] session_in_title``); and ``title_inline``, the name inside a sentence."""
    t = writing(lang).text
    words = rf"(?:{any_of(t.session_words)})"
    session = str(values.get("session") or "").strip()
    session = re.sub(rf"^{words}\s*", "", session, flags=re.IGNORECASE) if session else ""
    title = values.get("title")
    if isinstance(title, str) and title.strip() and not f.is_blank(title):
        title = " ".join(title.split())
        written = re.search(rf"\s*{words}\s*(?P<n>[^\s,;]+)", title, re.IGNORECASE)
        if written and (not session or written.group("n").startswith(session + "/")):
            session = written.group("n")      # the fuller form: 2/2568 over 2
        if not t.session_in_title and written:   # the number prints once, on its own line
            title = (title[:written.start()] + title[written.end():]).strip(" ,")
        elif t.session_in_title and session and not written:
            title = t.session_title.format(title=title, session=session)
        values["title"] = title
    if session:
        values["session"] = session
    values["title_inline"] = _inline(values.get("title"), lang)


def _inline(title, lang: str) -> str:
    """A meeting's name inside a sentence: ``Cuộc họp X`` -> ``cuộc họp X``."""
    if not isinstance(title, str) or f.is_blank(title):
        return title if title is not None else Blank()
    if _meeting_nouns(lang).match(title):
        return title[:1].lower() + title[1:]
    return title


def _assignments(items: list[dict], kind: str | None) -> list[str]:
    """What the assignments leave blank: none given, a task without its assignee or deadline."""
    if kind is None:
        return []
    if not items:
        return ["tasks"]
    return [f"tasks.{k}" for k in ("assignee", "deadline") if any(f.is_blank(t[k]) for t in items)]


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
                "value": fig.get("value"), "value_max": fig.get("value_max"), "amount": value,
                "unit": unit, "phrase": f.figure(fig, lang),
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
                "value": fig.get("value"), "value_max": fig.get("value_max"), "amount": value,
                "unit": unit, "deadline": deadline,
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
    """``[{n, text, what, action, assignee, collaborators, deadline}]``, each text once:
    ``what`` is the task's ``action`` when the record has one, else its text without a list
    mark; an assignee or deadline the record lacks is a dotted blank."""
    out, seen = [], set()
    for r in records:
        for t in r.get("tasks") or []:
            text = " ".join((t.get("text") or "").split())
            if not text or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            action = " ".join((t.get("action") or "").split())
            out.append({
                "n": len(out) + 1, "text": text, "action": action,
                "what": f.ucfirst(action) if action else _strip_mark(text),
                "assignee": (t.get("assignee") or "").strip() or Blank(),
                "collaborators": _texts(t.get("collaborators")),
                "deadline": f.date(t["deadline"], lang, "short") if t.get("deadline") else Blank(),
            })
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
