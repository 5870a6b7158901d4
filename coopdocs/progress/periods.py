"""When a figure holds and where a document applies: years of figures, documents and
deadlines, and a document's scope (province, district ...) from its title.

Years are Common-Era years; a date that is a period (``2022-10-01/2023-09-30``, a Thai fiscal
year) counts as the year it ends in, the year it is named after.

    >>> period_year("2025"), period_year("2025-12-20"), period_year("2022-10-01/2023-09-30")
    (2025, 2025, 2023)
    >>> period_year("2021/2025") is None, period_year("--03-05") is None
    (True, True)
    >>> span_years("2021/2025"), span_years("2024"), span_years("--03-05")
    ((2021, 2025), (2024, 2024), None)
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .. import lang as languages

NEAR = 300  # a date this many characters before a figure (and no further) dates it
_PART = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


def _part(text: str) -> tuple[int, int | None] | None:
    m = _PART.match(text)
    return (int(m["y"]), int(m["m"]) if m["m"] else None) if m else None


def span_years(value: str | None) -> tuple[int, int] | None:
    """(first, last) year of an ISO date or interval; None for a day without a year."""
    if not value:
        return None
    parts = [_part(p) for p in value.split("/")]
    if not parts or any(p is None for p in parts):
        return None
    return parts[0][0], parts[-1][0]


def period_year(value: str | None) -> int | None:
    """The one year a date names: a day, a month, a year, or an interval of at most twelve
    months (the year it ends in); None for a span of years or no year at all."""
    if not value:
        return None
    parts = [_part(p) for p in value.split("/")]
    if not parts or any(p is None for p in parts):
        return None
    (y1, m1), (y2, m2) = parts[0], parts[-1]
    if y1 == y2:
        return y1
    if m1 is not None and m2 is not None and (y2 - y1) * 12 + m2 - m1 < 12:
        return y2
    return None


def deadline_year(deadline: str | None) -> int | None:
    """The year a target is due: ``2030``, ``2027-09-30`` (the end of Thai fiscal 2570)."""
    found = span_years(deadline)
    return found[1] if found else None


@dataclass(frozen=True)
class Dated:
    """A year and where it came from: ``figure`` (the figure's own), ``text`` (a date just
    before it), ``document`` (the document's title or date)."""

    year: int | None
    source: str


def _in_reference(date: dict, record: dict) -> bool:
    return any(r["start"] <= date["start"] and date["end"] <= r["end"]
               for r in record.get("references") or ())


def _fiscal(year: int, record: dict) -> int:
    """A figure's year taken from a fiscal-year header is the year that period starts in;
    the fiscal year is named after the year it ends in (ปีงบประมาณ 2566: Oct 2022 - Sep 2023)."""
    plain = any(d["value"] == str(year) for d in record.get("dates") or ())
    if plain:
        return year
    for d in record.get("dates") or ():
        years = span_years(d["value"])
        if years == (year, year + 1) and period_year(d["value"]) == year + 1:
            return year + 1
    return year


def figure_year(fig: dict, record: dict) -> Dated:
    """The year a figure of ``record`` holds for: its own, else that of the nearest date
    before it in the text (one period, not a cited document's), else the document's."""
    if fig.get("year"):
        return Dated(_fiscal(fig["year"], record), "figure")
    before = [d for d in record.get("dates") or ()
              if d["end"] <= fig["start"] and fig["start"] - d["end"] <= NEAR
              and period_year(d["value"]) and not _in_reference(d, record)]
    if before:
        return Dated(period_year(max(before, key=lambda d: d["end"])["value"]), "text")
    return Dated(document_year(record), "document")


def _title_dates(record: dict) -> list[dict]:
    title = (record.get("source") or {}).get("title") or ""
    return [d for d in record.get("dates") or () if title and d["text"] in title]


def document_year(record: dict) -> int | None:
    """The year a document is about: the one year its title names, else the year of its first
    dated day (the dateline)."""
    for d in _title_dates(record):
        if period_year(d["value"]):
            return period_year(d["value"])
    return issued(record)[0] if issued(record) else None


def plan_start(record: dict) -> int | None:
    """The first year of a plan: of the period its title names (``2025-2030``), else the year
    it is about (:func:`document_year`)."""
    for d in _title_dates(record):
        years = span_years(d["value"])
        if years and years[0] != years[1] and not period_year(d["value"]):
            return years[0]
    return document_year(record)


def issued(record: dict) -> tuple[int, ...]:
    """The document's first dated day as (year, month, day), () if it has none: the later of
    two reports on one year is the newer word."""
    for d in record.get("dates") or ():
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", d["value"])
        if m and not _in_reference(d, record):
            return tuple(int(x) for x in m.groups())
    return ()


@dataclass(frozen=True)
class Scope:
    """Where a document applies: a level (``province``, ``district`` ...) and a place name."""

    level: str
    name: str

    def as_record(self) -> dict:
        return {"level": self.level, "name": self.name}


HEADING = 400  # the characters of a document's head where its issuing body names its place


@cache
def _scope_words(code: str) -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    rows = languages.rows(code, "progress_scopes")
    levels = {r[0].casefold(): r[1] for r in rows if r[1] not in ("stop", "not")}
    stops = [r[0] for r in rows if r[1] == "stop"]
    others = [r[0] for r in rows if r[1] == "not"]
    spaced = languages.profile(code).text.spaced
    left = r"(?<!\w)" if spaced else ""
    gap = r"[^\S\n]*" if spaced else ""   # unspaced: the name follows the level word
    level = re.compile(left + "(" + languages.alternation([*levels, *others]) + ")" + gap,
                       re.IGNORECASE)
    # a name ends at a line's end, a digit or a mark, a stop word, and where words are not
    # spaced (Thai) at a space
    ends = r"\n|\s*[,.;:!?()\d–-]" + ("" if spaced else r"|\s")
    stop = re.compile(f"{ends}|\\s*(?:{languages.alternation(stops)})", re.IGNORECASE)
    return level, stop, levels


def _place(text: str, code: str) -> Scope | None:
    level, stop, levels = _scope_words(code)
    for m in level.finditer(text):
        word = levels.get(" ".join(m.group(1).casefold().split()))
        if word is None:
            continue
        if word == "nation":
            return Scope("nation", "")
        rest = text[m.end():]
        cut = stop.search(rest)
        name = _name(rest[:cut.start() if cut else len(rest)].split())
        if name:
            return Scope(word, name.casefold())
    return None


def _name(words: list[str]) -> str:
    """A place's name: in a script with cases the words that start with a capital (``Hà
    Tĩnh`` of ``Hà Tĩnh tổ chức hội nghị``); in one without, the words as they are."""
    if not words or not words[0][0].isalpha():
        return ""
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    if not cased:
        return " ".join(words)
    taken = []
    for w in words:
        if w[0].lower() != w[0].upper() and not w[0].isupper():
            break
        taken.append(w)
    return " ".join(taken)


def _head(record: dict) -> str:
    """The first characters of the document's text, when its file is at hand ('' if not)."""
    from ..errors import CoopdocsError
    from ..readers import read_text

    path = (record.get("source") or {}).get("path")
    if not path or not os.path.isfile(path):
        return ""
    try:
        return read_text(path)[:HEADING]
    except (CoopdocsError, OSError):
        return ""


def scope(record: dict) -> Scope | None:
    """The place a document applies to: the first place its head names after a level word
    (``ỦY BAN NHÂN DÂN / TỈNH AN LẠC``, ``สหภาพสหกรณ์จังหวัดนิญบิ่ญ``: the issuing body, when the
    file is at hand), else the first its title names (``tỉnh An Lạc``), up to a line's end, a
    stop word, a digit or a mark; None when neither names one. Words that hold a level word but name no place (``hợp
    tác xã``) are passed over, and so is a name that starts in lower case in a script with
    cases (``tỉnh có``: no name)."""
    source = record.get("source") or {}
    code = source.get("lang")
    if code not in languages.known():
        return None
    title = unicodedata.normalize("NFC", source.get("title") or "")
    return _place(unicodedata.normalize("NFC", _head(record)), code) or _place(title, code)


def name_of(record: dict, index: int) -> str:
    """A short name of a document for keys and tables: its file's name, else ``doc<N>``."""
    path = (record.get("source") or {}).get("path")
    return os.path.basename(path) if path else f"doc{index + 1}"
