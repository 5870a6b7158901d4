"""A reviewer's corrections to one record, and the corrected record they make.

Corrections are kept apart from the record ``extract`` wrote (which is never changed), as one
JSON object::

    {"items": {"figures:3": {"status": "rejected"},
               "targets:0": {"status": "accepted", "fields": {"value": 480}}},
     "added": [{"category": "targets", "start": 120, "end": 134, "text": "...",
                "fields": {"value": 500, "unit": "hợp tác xã", "deadline": "2030"}}]}

An item is named ``<category>:<index in the extracted record>`` (``meeting`` for the meeting);
an added one ``added:<n>``. :func:`apply` makes the corrected record: fields set, items added,
rejected items dropped (a rejected figure takes its targets with it; a rejected target leaves
its figure, no longer a target), indices renumbered, and the result checked against the
record contract. Values typed by a person are read by :func:`typed`: numbers and dates the way
the document's language writes them.
"""
from __future__ import annotations

import copy
import re
import threading
from typing import Any

from ..errors import CoopdocsError

STATUSES = ("accepted", "rejected")
ADDABLE = ("targets", "figures", "tasks")
# field -> how a typed value is read: number, date, text; "?" allows an empty value (null)
FIELDS: dict[str, dict[str, str]] = {
    "figures": {"value": "number", "value_max": "number?", "unit": "text?", "indicator": "text?",
                "indicator_id": "text?", "role": "text?", "year": "year?"},
    "targets": {"value": "number", "value_max": "number?", "unit": "text?", "indicator": "text?",
                "indicator_id": "text?", "deadline": "date?", "direction": "text?"},
    "tasks": {"assignee": "text?", "action": "text?", "deadline": "date?"},
    "dates": {"value": "date"},
    "references": {"number": "text?", "date": "date?", "issuer": "text?"},
    "meeting": {"title": "text?", "number": "text?", "date": "date?", "time": "text?",
                "end_time": "text?", "location": "text?", "chair": "person?",
                "secretary": "person?"},
}
# Fields of a target that belong to its figure (indicator is on both).
ON_FIGURE = ("value", "value_max", "unit", "indicator", "indicator_id")
ON_TARGET = ("indicator", "deadline", "direction")
EXTRACT = threading.Lock()
"""Held while a pipeline runs: the app's threads take turns (a spaCy pipeline is not shared)."""
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?")


class CorrectionError(CoopdocsError):
    """A correction that cannot be made (its message says why, for the person who typed it)."""


def empty() -> dict:
    return {"items": {}, "added": []}


def typed(kind: str, raw: Any, lang: str) -> Any:
    """A value as a person typed it -> the record's value: ``"1.981"`` (vi) or ``"1,981"``
    (th) -> 1981; a date the language writes (``30/6/2030``, ``ปี 2573``) -> ISO."""
    optional = kind.endswith("?")
    kind = kind.rstrip("?")
    if isinstance(raw, str):
        raw = raw.strip()
    if raw is None or raw == "":
        if optional:
            return None
        raise CorrectionError("a value is needed")
    if kind == "number":
        return _number(raw, lang)
    if kind == "year":
        return _year(raw, lang)
    if kind == "date":
        return _date(str(raw), lang)
    if kind == "person":
        return {"name": str(raw), "title": None}
    return str(raw)


def _number(raw: Any, lang: str) -> int | float:
    from ..normalize.numerals import parse_number, plain

    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return raw
    try:
        return plain(parse_number(str(raw), lang))
    except ValueError:
        raise CorrectionError(f"{str(raw)!r} is not a number (write the digits only, "
                              "for example 1981 or 12,5)") from None


def _year(raw: Any, lang: str) -> int:
    value = _date(str(raw), lang)
    if not re.fullmatch(r"\d{4}", value):
        raise CorrectionError(f"{raw!r} is not a year")
    return int(value)


def _date(raw: str, lang: str) -> str:
    """ISO with its years as the language writes them (``2569``, ``2569-09-30`` are 2026 where
    years are Buddhist-era), else the one date the language's grammar reads in the text."""
    if ISO.fullmatch(raw):   # ISO, its years perhaps in the language's era
        from ..normalize.dates import ce_year

        return re.sub(r"(?<![\d-])\d{4}", lambda m: f"{ce_year(int(m[0]), lang):04d}", raw)
    from ..api import extract_text

    with EXTRACT:
        dates = extract_text(raw, lang)["dates"]
    if len(dates) == 1 and len(dates[0]["text"]) >= len(raw.strip(" .")) - 8:
        return dates[0]["value"]
    raise CorrectionError(f"{raw!r} is not a date (for example 2030, 2030-06 or 2030-06-30)")


def set_field(corrections: dict, key: str, field: str, raw: Any, lang: str) -> dict:
    """``corrections`` with ``field`` of item ``key`` set from what was typed."""
    category = _category_of(key, corrections)
    kinds = FIELDS.get(category, {})
    if field not in kinds:
        raise CorrectionError(f"{field!r} cannot be edited in {category}")
    try:
        value = typed(kinds[field], raw, lang)
    except CorrectionError as e:
        raise CorrectionError(f"{field}: {e.message}") from None
    entry = _entry(corrections, key)
    entry.setdefault("fields", {})[field] = value
    return corrections


def set_status(corrections: dict, key: str, status: str | None) -> dict:
    if status is not None and status not in STATUSES:
        raise CorrectionError(f"status {status!r}: accepted, rejected or none")
    _category_of(key, corrections)
    entry = _entry(corrections, key)
    if status is None:
        entry.pop("status", None)
    else:
        entry["status"] = status
    return corrections


def add(corrections: dict, category: str, start: int, end: int, text: str,
        fields: dict) -> str:
    """Add a missed item (its span and its fields, already read); returns its key."""
    if category not in ADDABLE:
        raise CorrectionError(f"{category!r} cannot be added (only {', '.join(ADDABLE)})")
    corrections["added"].append({"category": category, "start": start, "end": end,
                                 "text": text, "fields": fields})
    return f"added:{len(corrections['added']) - 1}"


def _entry(corrections: dict, key: str) -> dict:
    if key.startswith("added:"):
        return corrections["added"][int(key.split(":")[1])]
    return corrections["items"].setdefault(key, {})


def _category_of(key: str, corrections: dict) -> str:
    name, _, index = key.partition(":")
    if name == "added":
        if not index.isdigit() or int(index) >= len(corrections["added"]):
            raise CorrectionError(f"no added item {key!r}")
        return corrections["added"][int(index)]["category"]
    if name == "meeting" and not index:
        return name
    if name not in FIELDS or not index.isdigit():
        raise CorrectionError(f"no item {key!r}")
    return name


def apply(record: dict, corrections: dict) -> dict:
    """The corrected record (``record`` itself is not changed); a
    :class:`CorrectionError` naming the first problem if it breaks the record contract."""
    from ..schema import problems

    out, keys = effective(record, corrections)
    _drop(out, {name: {i for i, key in enumerate(names) if status(corrections, key) == "rejected"}
                for name, names in keys.items()})
    found = problems(out)
    if found:
        raise CorrectionError(str(found[0]))
    return out


def effective(record: dict, corrections: dict) -> tuple[dict, dict[str, list[str]]]:
    """The record with every edit made and every added item in place, rejected ones still
    there; and, by category, the key of each item (``figures:2``, ``added:0``)."""
    out = copy.deepcopy(record)
    for key, entry in corrections.get("items", {}).items():
        _check_key(out, key)
        _set(out, key, entry.get("fields") or {})
    keys = {name: [f"{name}:{i}" for i in range(len(out.get(name) or []))]
            for name in FIELDS if name != "meeting"}
    for n, added in enumerate(corrections.get("added", [])):
        for name in _add(out, added):
            keys[name].append(f"added:{n}")
    return out, keys


def status(corrections: dict, key: str) -> str | None:
    if key.startswith("added:"):
        return corrections["added"][int(key.split(":")[1])].get("status")
    return corrections.get("items", {}).get(key, {}).get("status")


def _check_key(record: dict, key: str) -> None:
    name, _, index = key.partition(":")
    if name == "meeting":
        if record.get("meeting") is None:
            raise CorrectionError("the record has no meeting")
        return
    if name not in FIELDS or not index.isdigit() or int(index) >= len(record.get(name) or []):
        raise CorrectionError(f"no item {key!r} in the record")


def _set(record: dict, key: str, fields: dict) -> None:
    name, _, index = key.partition(":")
    if name == "meeting":
        item = record["meeting"]
        for field, value in fields.items():
            if FIELDS[name].get(field, "").startswith("person") and value is not None:
                value = {**(item.get(field) or {}), "name": value["name"]}
            item[field] = value
        return
    item = record[name][int(index)]
    if name != "targets":
        item.update(fields)
        return
    figure = record["figures"][item["figure"]]
    for field, value in fields.items():
        if field in ON_FIGURE:
            figure[field] = value
        if field in ON_TARGET:
            item[field] = value


def _add(record: dict, added: dict) -> tuple[str, ...]:
    """Append an added item (a target brings its figure); the categories it went into."""
    span = {"start": added["start"], "end": added["end"], "text": added["text"]}
    fields = dict(added.get("fields") or {})
    if added["category"] == "tasks":
        record["tasks"].append({**span, "assignee": fields.get("assignee"), "collaborators": [],
                                "action": fields.get("action"),
                                "deadline": fields.get("deadline")})
        return ("tasks",)
    same = next((i for i, f in enumerate(record["figures"])
                 if (f["start"], f["end"]) == (span["start"], span["end"])), None)
    if added["category"] == "targets" and same is not None:   # a figure found, not as a target
        figure = record["figures"][same]
        figure.update({k: v for k, v in fields.items() if k in ON_FIGURE}, role="target")
        _add_target(record, span, same, fields)
        return ("targets",)
    figure = {**span, "value": fields.get("value"), "value_max": fields.get("value_max"),
              "kind": fields.get("kind") or "count", "unit": fields.get("unit"),
              "qualifier": fields.get("qualifier"), "per": fields.get("per"),
              "subject": None, "year": fields.get("year"), "indicator": fields.get("indicator"),
              "indicator_id": fields.get("indicator_id"), "role": fields.get("role"),
              "cell": None}
    if figure["value"] is None:
        raise CorrectionError(f"the added item {added['text']!r} has no value")
    record["figures"].append(figure)
    if added["category"] == "targets":
        figure["role"] = "target"
        _add_target(record, span, len(record["figures"]) - 1, fields)
        return ("figures", "targets")
    return ("figures",)


def _add_target(record: dict, span: dict, figure: int, fields: dict) -> None:
    record["targets"].append({**span, "figure": figure, "deadline": fields.get("deadline"),
                              "indicator": fields.get("indicator"),
                              "direction": fields.get("direction") or "reach"})


def _drop(record: dict, gone: dict[str, set[int]]) -> None:
    """Remove the items at the ``gone`` positions; targets follow their figures' new
    indices, a figure whose target is gone is no longer a target; spans in text order."""
    figures = record["figures"]
    for i in gone["targets"]:
        index = record["targets"][i]["figure"]
        if index not in gone["figures"] and figures[index].get("role") == "target":
            figures[index]["role"] = None
    targets = [t for i, t in enumerate(record["targets"])
               if i not in gone["targets"] and t["figure"] not in gone["figures"]]
    new_index, kept = {}, []
    for i, f in enumerate(figures):
        if i not in gone["figures"]:
            new_index[i] = len(kept)
            kept.append(f)
    record["figures"] = kept
    for t in targets:
        t["figure"] = new_index[t["figure"]]
    record["targets"] = sorted(targets, key=lambda t: t["start"])
    for name, positions in gone.items():
        if name not in ("figures", "targets"):
            items = [x for i, x in enumerate(record[name]) if i not in positions]
            record[name] = sorted(items, key=lambda x: x["start"])
