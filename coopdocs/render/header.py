"""The header facts of the document a record came from: its agency, its own number and
symbol (``Số: 58/KH-UBND``, ``ที่ ชย 0010/1187``), its place and date; and the dates a
clerk types (``05/03/2025``, ``5/3/2025``, ISO).

The facts are read from the head of the source text (the lines before the document type or
the first section), with the record's own items where it has them: the date is the first
of the record's ``dates`` there, the number the reference in the line of a number label
(``[references] own_number_labels``). Nothing is guessed: a fact the head does not show is
left out.

    >>> parse_date("05/03/2025"), parse_date("5/3/2025"), parse_date("2025-03-05")
    ('2025-03-05', '2025-03-05', '2025-03-05')
    >>> parse_date("31/2/2025") is None
    True
    >>> sentence_case("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", ["tỉnh", "huyện"])
    'Ủy ban nhân dân tỉnh Hòa Bình'
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..lang import profile
from ..rules.sentences import any_of
from .language import writing

HEAD_LINES = 16          # a header is within the first lines of a document
MAX_AGENCY_LINE = 90     # characters: a longer line is a title or a sentence, not an agency
DATE = re.compile(r"^\s*(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})\s*$")
ISO_DATE = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\s*$")


def parse_date(text: str, era: int = 0) -> str | None:
    """A date as a clerk types it (day first: ``05/03/2025``, ``5/3/2025``, ``5.3.2025``) or
    ISO -> ISO; a year beyond the era's offset is in that era. None if it is no date."""
    m = ISO_DATE.match(text) or DATE.match(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if era and y > era + 1800:
        y -= era
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def sentence_case(name: str, units, keep=()) -> str:
    """An agency written in capitals, as running text writes it: lower case but its first
    letter, the words of ``keep`` (abbreviations: UBND), and the proper name after the last
    administrative unit word capitalised."""
    if not name or name != name.upper() or not any(c.isalpha() for c in name):
        return name
    kept = {k.casefold() for k in keep}
    low = " ".join(w if w.casefold() in kept else w.lower() for w in name.split(" "))
    low = low[:1].upper() + low[1:]
    last = None
    for unit in units:
        for m in re.finditer(rf"(?<!\w){re.escape(unit)}\s+(?=\w)", low):
            if last is None or m.end() > last:
                last = m.end()
    if last is None:
        return low
    return low[:last] + " ".join(w[:1].upper() + w[1:] for w in low[last:].split(" "))


def facts(record: dict, text: str | None, lang: str) -> dict:
    """``{agency, number, place, date}`` as far as the head of the source shows them."""
    out: dict = {}
    if not record:
        return out
    head_end = _head_end(text, lang) if text else _record_head_end(record)
    own = own_reference(record, text, lang, head_end)
    if own is not None and own.get("number"):
        out["number"] = own["number"]
    elif text:
        out.update(_labelled_number(text[:head_end], lang))
    days = [d for d in record.get("dates") or []
            if d.get("start", head_end) < head_end and _full(d.get("value"))]
    lined = next(((d, place) for d in days if (place := _place(text, d))), None) if text else None
    if lined is not None:               # the place-and-date line (Hòa Bình, ngày 25 tháng 10 ...)
        out["date"], out["place"] = lined[0]["value"], lined[1]
    elif days and "number" in out:      # a numbered document's date
        out["date"] = days[0]["value"]
    if text:
        parent, agency = _agency(text[:head_end], lang, own, out.get("number"))
        units, keep = writing(lang).text.agency_units, _abbreviations(lang)
        if agency:
            out["agency"] = sentence_case(agency, units, keep)
        if parent:
            out["parent_agency"] = sentence_case(parent, units, keep)
    return out


@cache
def _abbreviations(lang: str) -> tuple[str, ...]:
    from ..lang import rows

    return tuple(r[0] for r in rows(lang, "abbreviations", optional=True) if " " not in r[0])


def _labelled_number(head: str, lang: str) -> dict:
    """The number after a number label at the start of a line of the head (``ที่ ชย
    0010/1187``), up to two spaces or the line's end, when the references do not hold it."""
    words = profile(lang).references.own_number_labels
    if not words:
        return {}
    rx = re.compile(rf"^(?:{any_of(words)})\s*:?[ \t]+(?P<n>[^\s].{{0,40}}?)(?=\s{{2,}}|\t|\s*$)",
                    re.MULTILINE)
    for m in rx.finditer(head):
        if "/" in m["n"] and any(c.isdigit() for c in m["n"]):
            return {"number": m["n"].strip()}
    return {}


def _place(text: str, day: dict) -> str:
    """The place before ``day`` when its line is a place-and-date line: a name without
    figures, then the date written with words (ngày 07 tháng 9, 14 พฤศจิกายน), ending the
    line; '' otherwise."""
    if not any(c.isalpha() for c in day.get("text", "")):
        return ""
    line_start = text.rfind("\n", 0, day["start"]) + 1
    line_end = text.find("\n", day["end"])
    place = text[line_start:day["start"]].strip(" ,|\t")
    rest = text[day["end"]:line_end if line_end >= 0 else None].strip().strip(".|").strip()
    if rest or not place or len(place) > 40 or any(c.isdigit() for c in place) or "|" in place:
        return ""
    return place


def _full(value) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None


def own_reference(record: dict, text: str | None, lang: str, head_end: int | None = None):
    """The record's reference that is the document's own number: in the head, after a
    number label at the start of its line. None when the record shows none."""
    if head_end is None:
        head_end = _head_end(text, lang) if text else _record_head_end(record)
    labels = _labels(lang)
    for ref in record.get("references") or []:
        start = ref.get("start", head_end)
        if start >= head_end:
            continue
        if text is None:
            if ref.get("kind") == "other" or ref.get("text") == ref.get("number"):
                return ref
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if labels.fullmatch(text[line_start:start].strip()):
            return ref
    return None


@cache
def _labels(lang: str) -> re.Pattern:
    words = profile(lang).references.own_number_labels
    return re.compile(rf"(?:{any_of(words)})\s*:?" if words else r"(?!)", re.IGNORECASE)


def _head_end(text: str, lang: str) -> int:
    """Where the head of a document ends: at its document type line (``KẾ HOẠCH``) or its
    first numbered section, within the first lines."""
    types = writing(lang).text.title_types
    at = 0
    for n, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if n >= HEAD_LINES or stripped in types or (n and _numbered(stripped, lang)):
            return at
        at += len(line) + 1
    return len(text)


def _record_head_end(record: dict) -> int:
    """Without the text: before the first cited document that is not a bare number."""
    starts = [r.get("start", 0) for r in record.get("references") or []
              if r.get("kind") != "other" and r.get("text") != r.get("number")]
    return min(starts, default=400)


def _numbered(line: str, lang: str) -> bool:
    from .content import heading

    return heading(line, lang)


def _agency(head: str, lang: str, own, number: str | None) -> tuple[str, str]:
    """(parent agency, agency): after a label (``ส่วนราชการ``); else the lines before the
    number line (a first line that is a whole name of its own is the parent body), or what
    stands after the number on its line (a Thai letter)."""
    lines = [x.strip() for x in head.split("\n")]
    for label in writing(lang).text.agency_labels:
        for line in lines:
            if line.startswith(label):
                return "", re.split(r"\s{2,}", line[len(label):].strip())[0]
    if own is not None:
        start, end = own["start"], own["end"]
    elif number and number in head:
        start = head.index(number)
        end = start + len(number)
    else:
        return "", ""
    at = head.rfind("\n", 0, start) + 1
    before = _agency_lines(head[:at], lang)[-3:]
    if before:
        if len(before) > 1 and _whole_name(before[0], lang):
            return before[0], " ".join(before[1:])
        return "", " ".join(before)
    stop = head.find("\n", end)
    parts = re.split(r"\s{2,}", head[end:stop if stop >= 0 else None].strip())
    return "", parts[-1] if parts and parts[-1] else ""


def _agency_lines(head: str, lang: str) -> list[str]:
    """The lines of a header's head that may name its agency: table bars (``|``) of a web
    copy taken out, the national title and motto (even broken over lines) taken out, and
    no line of a label (``Ngày ban hành:``) or without letters."""
    rows = [[c.strip() for c in x.split("|") if c.strip()] for x in head.split("\n")]
    lines = [row[0] for row in rows if len(row) == 1]      # a row of cells is a web page's facts
    lines = [x for x in lines if len(x) <= MAX_AGENCY_LINE and ":" not in x
             and not any(c.isdigit() for c in x) and any(c.isalpha() for c in x)]
    text = "\n".join(lines)
    for phrase in writing(lang).text.national_lines:
        words = [re.escape(w) for w in phrase.split()]
        text = re.sub(r"\s+".join(words), "\n", text, flags=re.IGNORECASE)
    return [x.strip() for x in text.split("\n") if any(c.isalpha() for c in x)]


def _whole_name(line: str, lang: str) -> bool:
    """A line that names a body of its own: it ends with a place after a unit word."""
    units = writing(lang).text.agency_units
    low = line.casefold()
    return any(re.search(rf"(?<!\w){re.escape(u)}\s+\w", low) for u in units)
