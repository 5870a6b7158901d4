"""Build the record of RECORDS.md from a processed ``Doc``."""
from __future__ import annotations

from typing import Any

from .pipeline import items

SCHEMA = "coopdocs.record/1"
CATEGORIES = ("figures", "dates", "targets", "references")


def from_doc(doc, *, path: str | None, sha256: str | None, lang: str) -> dict[str, Any]:
    """The record of one document: source, figures, dates, targets, references, meeting, tasks."""
    meeting = doc._.coopdocs_meeting
    tasks = doc._.coopdocs_tasks or []
    return {
        "schema": SCHEMA,
        "source": {
            "path": path,
            "sha256": sha256,
            "lang": lang,
            "kind": doc._.coopdocs_kind,
            "title": doc._.coopdocs_title,
        },
        **{c: [i.as_record() for i in items(doc, c)] for c in CATEGORIES},
        "meeting": meeting.as_record() if meeting is not None else None,
        "tasks": [t.as_record() for t in tasks],
    }


def shift(record: dict[str, Any], offset: int) -> dict[str, Any]:
    """Move every offset of a record of a part of a text by ``offset`` (long documents)."""
    for c in CATEGORIES:
        for item in record[c]:
            item["start"] += offset
            item["end"] += offset
    for task in record["tasks"]:
        task["start"] += offset
        task["end"] += offset
    return record


def remap(record: dict[str, Any], where: list[int], text: str) -> dict[str, Any]:
    """Offsets of a normalised copy -> offsets of the original ``text`` (texts re-cut; ``where``
    maps starts, its ``ends`` if it has them ends, see normalize.unicode.Offsets); a
    decomposed (NFD) original gets its other strings (units, names ...) decomposed too."""
    import unicodedata

    nfd = unicodedata.is_normalized("NFD", text)
    ends = getattr(where, "ends", where)  # normalize.unicode.Offsets: where a span ends

    def back(value):
        if isinstance(value, str) and nfd:
            return unicodedata.normalize("NFD", value)
        if isinstance(value, dict):
            return {k: back(v) for k, v in value.items()}
        if isinstance(value, list):
            return [back(v) for v in value]
        return value

    for c in (*CATEGORIES, "tasks"):
        for item in record[c]:
            item["start"], item["end"] = where[item["start"]], ends[item["end"]]
            for k, v in item.items():
                if k != "text":
                    item[k] = back(v)
            item["text"] = text[item["start"]:item["end"]]
    record["meeting"] = back(record["meeting"])
    record["source"]["title"] = back(record["source"]["title"])
    return record


def merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One record from the records of consecutive parts of one text."""
    out = parts[0]
    for part in parts[1:]:
        base = len(out["figures"])
        for t in part["targets"]:
            t["figure"] += base
        for c in (*CATEGORIES, "tasks"):
            out[c].extend(part[c])
        if out["meeting"] is None:
            out["meeting"] = part["meeting"]
        for k in ("kind", "title"):
            out["source"][k] = out["source"][k] or part["source"][k]
    return out
