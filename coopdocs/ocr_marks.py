"""The review page's marks of words OCR read with low confidence (``source.ocr.low_confidence``
of a record): a dotted underline, the confidence on hover, so a reviewer checks them against
the scan. A hook of :mod:`coopdocs.review`: :data:`STYLE` joins its style sheet and
:func:`spans` its highlighted spans."""
from __future__ import annotations

from typing import Any

CSS_CLASS = "ocr-low"
STYLE = f"mark.{CSS_CLASS}{{background:none;border-bottom:2px dotted #c0392b;border-radius:0}}"


def spans(rec: dict[str, Any], lo: int, hi: int, rank: int) -> list[tuple]:
    """The low-confidence words inside [lo, hi) as the review page's spans
    ``(start, -end, rank, class, hover, tag after)``.

    >>> rec = {"source": {"ocr": {"low_confidence": [
    ...     {"start": 3, "end": 6, "text": "236", "confidence": 41.0}]}}}
    >>> spans(rec, 0, 10, 9)
    [(3, -6, 9, 'ocr-low', 'OCR confidence 41/100: check this word against the scan', '')]
    >>> spans({"source": {}}, 0, 10, 9)
    []
    """
    ocr = (rec.get("source") or {}).get("ocr") or {}
    out = []
    for word in ocr.get("low_confidence") or []:
        if word["end"] <= lo or word["start"] >= hi:
            continue
        hover = f"OCR confidence {word['confidence']:.0f}/100: check this word against the scan"
        out.append((max(lo, word["start"]), -min(hi, word["end"]), rank, CSS_CLASS, hover, ""))
    return out
