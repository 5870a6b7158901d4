"""Build the record (docs/records.md) from a processed ``Doc``; move, remap and merge records.

The categories of a record and how each is stored come from :mod:`coopdocs.categories`.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from .categories import CATEGORIES
from .pipeline import items

SCHEMA = "coopdocs.record/1"
SPANNED = tuple(c.name for c in CATEGORIES if c.has_spans)  # items with start/end/text


def from_doc(doc, *, path: str | None, sha256: str | None, lang: str) -> dict[str, Any]:
    """The record of one document: ``schema``, ``source``, then every category in order."""
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "source": {
            "path": path,
            "sha256": sha256,
            "lang": lang,
            "kind": doc._.coopdocs_kind,
            "title": doc._.coopdocs_title,
            "encoding": None,
        },
    }
    for c in CATEGORIES:
        found = [i.as_record() for i in items(doc, c.name)]
        record[c.name] = found if c.many else (found[0] if found else None)
    return record


def _nested(record: dict[str, Any]):
    """The spans held inside items (a meeting's conclusions)."""
    for c in CATEGORIES:
        for item in (record[c.name] if c.many else [record[c.name]]):
            for field in c.nested_spans if item else ():
                yield from item.get(field) or ()


def shift(record: dict[str, Any], offset: int) -> dict[str, Any]:
    """Move every offset of a record of a part of a text by ``offset`` (long documents)."""
    for c in SPANNED:
        for item in record[c]:
            item["start"] += offset
            item["end"] += offset
    for span in _nested(record):
        span["start"] += offset
        span["end"] += offset
    return record


def _decomposer(text: str):
    """A function that decomposes every string inside a value, when ``text`` is NFD; None when
    it is not (every value then stays as it is)."""
    if not unicodedata.is_normalized("NFD", text):
        return None

    def back(value):
        if isinstance(value, str):
            return unicodedata.normalize("NFD", value)
        if isinstance(value, dict):
            return {k: back(v) for k, v in value.items()}
        if isinstance(value, list):
            return [back(v) for v in value]
        return value

    return back


def remap(record: dict[str, Any], where: list[int], text: str) -> dict[str, Any]:
    """Offsets of a normalised copy -> offsets of the original ``text`` (texts re-cut; ``where``
    maps starts, its ``ends`` if it has them ends, see normalize.unicode.Offsets); a
    decomposed (NFD) original gets its other strings (units, names ...) decomposed too."""
    back = _decomposer(text)
    ends = getattr(where, "ends", where)
    for c in CATEGORIES:
        if not c.has_spans:
            if back:
                record[c.name] = back(record[c.name])
            continue
        for item in record[c.name]:
            item["start"], item["end"] = where[item["start"]], ends[item["end"]]
            if back:
                for k, v in item.items():
                    if k != "text":
                        item[k] = back(v)
            item["text"] = text[item["start"]:item["end"]]
    for span in _nested(record):
        span["start"], span["end"] = where[span["start"]], ends[span["end"]]
        span["text"] = text[span["start"]:span["end"]]
    if back:
        record["source"]["title"] = back(record["source"]["title"])
    return record


def merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One record from the records of consecutive parts of one text."""
    out = parts[0]
    for part in parts[1:]:
        base = {c.name: len(out[c.name]) for c in CATEGORIES if c.many}
        for c in CATEGORIES:
            for field, other in c.links:  # indices into another category move with it
                for item in part[c.name]:
                    item[field] += base[other]
            if c.many:
                out[c.name].extend(part[c.name])
            elif out[c.name] is None:
                out[c.name] = part[c.name]
        for k in ("kind", "title"):
            out["source"][k] = out["source"][k] or part["source"][k]
    return out
