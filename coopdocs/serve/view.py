"""What the page shows of a document: its text, and every item as it now reads (edits made,
added items in, rejected ones still listed so that a rejection can be undone), each with its
key and review status; and a missed item added from a span of the text."""
from __future__ import annotations

from typing import Any

from . import corrections as corr
from .store import Store

SHOWN = ("figures", "targets", "dates", "references", "tasks")


def summary(store: Store, doc_id: str) -> dict[str, Any]:
    """A document in the list (polled while a batch is read: its meta only, not its record)."""
    meta = store.meta(doc_id)
    return {"id": doc_id, **{k: meta.get(k) for k in ("name", "status", "error", "lang", "kind",
                                                       "counts")}}


def document(store: Store, doc_id: str) -> dict[str, Any]:
    out = summary(store, doc_id)
    record = store.record(doc_id)
    if record is None:
        return out
    corrections = store.corrections(doc_id)
    current, keys = corr.effective(record, corrections)
    items = {name: [_item(current, name, i, key, corrections) for i, key in enumerate(keys[name])]
             for name in SHOWN}
    for target in items["targets"]:   # a figure whose target is rejected is no target
        figure = items["figures"][target["figure"]]
        if target["status"] == "rejected" and figure.get("role") == "target":
            figure["role"] = None
    from ..normalize.dates import era_offset

    out.update(text=store.read_json(doc_id, "text.json")["text"], items=items,
               era_offset=era_offset(record["source"]["lang"]),
               meeting=current.get("meeting"), source=current["source"],
               meeting_status=corr.status(corrections, "meeting"),
               edited=sorted(_edited(corrections)))
    try:
        corr.apply(record, corrections)
        out["problem"] = None
    except corr.CorrectionError as e:
        out["problem"] = e.message
    return out


def _item(record: dict, name: str, i: int, key: str, corrections: dict) -> dict:
    item = dict(record[name][i])
    item.update(key=key, status=corr.status(corrections, key), added=key.startswith("added:"))
    if name == "targets":   # the target's figure: what the targets table shows with it
        fig = record["figures"][item["figure"]]
        for field in ("value", "value_max", "unit", "qualifier", "indicator_id", "role", "kind"):
            item[field] = fig.get(field)
        item["indicator"] = item.get("indicator") or fig.get("indicator")
    return item


def _edited(corrections: dict) -> set[str]:
    """``key.field`` of every field the reviewer set."""
    out = {f"{key}.{field}" for key, entry in corrections.get("items", {}).items()
           for field in entry.get("fields") or {}}
    out |= {f"added:{n}.{field}" for n, a in enumerate(corrections.get("added", []))
            for field in a.get("fields") or {}}
    return out


def add_item(corrections: dict, record: dict, text: str, body: dict) -> dict:
    """``corrections`` with the missed item of ``body`` (category, start, end and the fields
    typed) added. A figure or target takes what the figure grammar reads in the selected text
    (value, unit, kind, qualifier) unless typed."""
    category = str(body["category"])
    start, end = int(body["start"]), int(body["end"])
    if not 0 <= start < end <= len(text):
        raise corr.CorrectionError("select the words of the item in the document's text")
    if end - start > 2000:
        raise corr.CorrectionError("select the item's words only (at most 2,000 characters)")
    lang = record["source"]["lang"]
    kinds = corr.FIELDS.get(category, {})
    fields = {}
    for field, raw in (body.get("fields") or {}).items():
        if field not in kinds:
            raise corr.CorrectionError(f"{field!r} cannot be given for {category}")
        try:
            fields[field] = corr.typed(kinds[field], raw, lang)
        except corr.CorrectionError as e:
            raise corr.CorrectionError(f"{field}: {e.message}") from None
    fields = {k: v for k, v in fields.items() if v is not None}
    if category in ("targets", "figures"):
        fields = {**_read_figure(text[start:end], lang), **fields}
        if fields.get("value") is None:
            raise corr.CorrectionError("no number in the selected words: type its value")
    corr.add(corrections, category, start, end, text[start:end], fields)
    return corrections


def _read_figure(selected: str, lang: str) -> dict:
    """The first figure the figure grammar reads in the selected words (or nothing)."""
    from ..api import extract_text

    with corr.EXTRACT:
        found = extract_text(selected, lang)["figures"]
    if not found:
        return {}
    fig = found[0]
    return {k: fig.get(k) for k in ("value", "value_max", "kind", "unit", "qualifier", "per",
                                    "indicator", "indicator_id", "year") if fig.get(k) is not None}
