"""Decide which figures are targets (docs/annotation.md: targets), with deadline, indicator and
direction.

A figure is a target when its sentence states a goal (a target cue before it, with no
result, estimate or loan-term cue in between), or when it sits in a list governed by a
lead-in or heading that states one (``Đến hết năm 2025:``, ``Mục tiêu đến năm 2030`` over
bullets). The deadline is the date a deadline cue introduces in the sentence, else the
governing heading's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import alternation, mapping, rows, words
from ..model import Date, Figure, Target
from .common import DIG, ByStart, Mask

BULLET = re.compile(rf"^[ \t]*(?:[-–+•*▪◦●]|[a-zđ][.)]|\(?{DIG}{{1,2}}[.)](?:{DIG}{{1,2}}[.)]?)*|\({DIG}{{1,2}}\)|[ivx]+[.)])[ \t]*", re.IGNORECASE)
SECTION = re.compile(r"^[ \t]*(?:[IVX]+[.)][ \t]|Điều[ \t]+\d|Phần[ \t]|Chương[ \t]|ส่วนที่|หมวด|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,]{6,}$)")
MAX_SCOPE_LINES = 40
CHAIN = 220  # characters between the figures of one Thai list of goals


@dataclass
class _Lang:
    cue: re.Pattern
    deadline_cue: re.Pattern
    result: re.Pattern
    direction: re.Pattern
    directions: dict[str, str]
    prefix: str
    budget: re.Pattern
    leadin: re.Pattern


@cache
def _lang(lang: str) -> _Lang:
    b = r"(?<!\w)" if lang == "vi" else ""
    e = r"(?!\w)" if lang == "vi" else ""
    cues = rows(lang, "target_cues")
    return _Lang(
        cue=re.compile(rf"{b}(?:{alternation(r[0] for r in cues if r[1:] != ('deadline_only',))}){e}", re.IGNORECASE),
        deadline_cue=re.compile(rf"{b}(?:{alternation(r[0] for r in cues if len(r) > 1)})[ \u00a0]*(?:(?:พ\.ศ\.|ค\.ศ\.)[ \u00a0]*)?$", re.IGNORECASE),
        result=re.compile(rf"{b}(?:{alternation(words(lang, 'result_cues'))}){e}", re.IGNORECASE),
        direction=re.compile(rf"{b}(?:{alternation(mapping(lang, 'directions'))}){e}", re.IGNORECASE),
        directions={k.casefold(): v for k, v in mapping(lang, "directions").items()},
        prefix=mapping(lang, "indicator_prefix").get("count", ""),
        leadin=re.compile(
                          rf"(?:{b}(?:{alternation(words(lang, 'leadin_endings'))})\s*:?|:)\s*$", re.IGNORECASE),
        budget=re.compile(rf"[ \u00a0]*(?:{alternation(words(lang, 'budget_words'))}){e}", re.IGNORECASE),
    )


def find_targets(text: str, lang: str, figures: list[Figure], dates: list[Date]) -> list[Target]:
    """The targets among ``figures`` (indexes kept), in order."""
    L = _lang(lang)
    lines = _lines(text)
    now = _document_year(dates)
    dates = ByStart(dates)
    scopes = _scopes(text, lines, L, dates)
    inside_figures = Mask((f.start, f.end) for f in figures)
    out = []
    last_end = -1
    for i, fig in enumerate(figures):
        s0, s1 = _sentence(text, fig.start, lang)
        chained = False
        if lang == "th":  # long Thai lines: a cue governs the figures that follow it closely
            chained = bool(out) and out[-1].figure == i - 1 and fig.start - last_end <= CHAIN
            if not chained:
                s0 = max(s0, fig.start - CHAIN)
        cue = None if chained else _goal_cue(text, s0, fig.start, L, dates, now, inside_figures)
        around = [sc for sc in scopes if sc[0] <= fig.start < sc[1]]  # innermost last
        scope = around[-1] if around else None
        if cue is None and scope is None and not chained:
            continue
        since = cue.end() if cue is not None else (last_end if chained else max(s0, scope[0]))
        if L.result.search(text, since, fig.start) or _is_result_tail(text, fig.end, lang) \
                or L.budget.match(text, fig.end) or _in_brackets_after_result(text, fig.start, L):
            continue
        deadline = (_deadline(text, s0, s1, fig, dates, L)
                    or next((sc[2] for sc in reversed(around) if sc[2]), None)
                    or (out[-1].deadline if chained else None)
                    or _deadline_in(text, s0, s1, dates, L))
        out.append(Target(
            start=fig.start, end=fig.end, text=fig.text, figure=i, deadline=deadline,
            indicator=_indicator(fig, L, lang), direction=_direction(text, s0, fig.start, L),
        ))
        last_end = fig.end
    return out


def _in_brackets_after_result(text: str, pos: int, L: _Lang) -> bool:
    """`(ประมาณการปี 2566 ราว 39,600 ล้านบาท)`: an estimate in brackets beside a goal."""
    open_ = text.rfind("(", max(0, pos - 80), pos)
    return open_ >= 0 and ")" not in text[open_:pos] and L.result.search(text, open_, pos) is not None


def _document_year(dates: list[Date]) -> int | None:
    """The year a document speaks from: that of its first full date (the header date line)."""
    for d in dates:
        if len(d.value) == 10 and d.value[4] == "-":
            return int(d.value[:4])
    return None


def _goal_cue(text, a, b, L: _Lang, dates, now, figures):
    """The last goal cue in [a, b) that is not part of a figure (`9 chỉ tiêu`) and, for a
    deadline cue, introduces a year after the document's own (`đến cuối năm 2021` in a 2022
    report states a result)."""
    found = None
    for m in L.cue.finditer(text, a, b):
        if figures.hits(m.start(), m.start() + 1):
            continue
        if L.deadline_cue.search(text, m.start(), m.end() + 1):
            d = next(iter(dates.between(m.start(), m.end() + 13)), None)
            if d is None or not d.value[:4].isdigit():
                continue  # `đến cuối năm` with no year states no goal
            if now is not None and int(d.value[:4]) <= now:
                continue
        found = m
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sentence(text: str, pos: int, lang: str) -> tuple[int, int]:
    """The sentence around ``pos``: a line, cut at '. ' and ';' in Vietnamese."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    if lang == "vi":
        cuts = [lo + m.end() for m in re.finditer(r"[.!?](?=\s)", text[lo:pos])]
        lo = cuts[-1] if cuts else lo
        m = re.search(r"[.!?](?=\s)", text[pos:hi])
        if m:
            hi = pos + m.start()
    return lo, hi


def _last(rx: re.Pattern, text: str, a: int, b: int):
    last = None
    for m in rx.finditer(text, a, b):
        last = m
    return last


def _scopes(text, lines, L: _Lang, dates) -> list[tuple[int, int, str | None]]:
    """Ranges governed by a target lead-in (ends with ':') or heading (short cue line)."""
    scopes = []
    for n, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if not line or not L.cue.search(text, a, b):
            continue
        leadin = L.leadin.search(line) is not None
        heading = len(line) <= 90 and not re.search(r"[.;]$", line) and not L.result.search(text, a, b)
        if not (leadin or heading):
            continue
        end = b
        for a2, b2 in lines[n + 1:n + 1 + MAX_SCOPE_LINES]:
            nxt = text[a2:b2]
            if not nxt.strip():
                continue
            if SECTION.match(nxt) or (not BULLET.match(nxt) and not leadin and L.cue.search(text, a2, b2) is None and heading is False):
                break
            if L.result.search(nxt[:40]):
                break
            if not BULLET.match(nxt) and _is_heading_like(nxt, L):
                break
            end = b2
            if heading and not leadin and not BULLET.match(nxt):
                break  # a heading over one paragraph
        if end > b:
            scopes.append((b, end, _deadline_in(text, a, b, dates, L)))
    return scopes


def _is_heading_like(line: str, L: _Lang) -> bool:
    s = line.strip()
    return len(s) <= 90 and not s.endswith((".", ";", ",")) and L.cue.search(s) is None


def _cued(text: str, d: Date, L: _Lang, lo: int = 0) -> bool:
    """A deadline cue ends right before the date (or before its own `năm`/`ปี`)."""
    own = re.match(r"(?:năm|ngày|tháng|ปี|วันที่)[ \u00a0]*", d.text, re.IGNORECASE)
    ends = {d.start, d.start + (own.end() if own else 0)}
    return any(L.deadline_cue.search(text, max(lo, d.start - 30), end) for end in ends)


def _deadline_in(text, a, b, dates, L: _Lang) -> str | None:
    cued = [d for d in dates.between(a, b) if _cued(text, d, L, a)]
    plain = [d for d in dates.between(a, b) if d.value[:1].isdigit()
             and not L.result.search(text, max(a, d.start - 30), d.start)
             and not re.search(r"(?:so với|sovới|เทียบกับ|เมื่อเทียบ)\s*(?:năm|ปี)?\s*$", text[max(a, d.start - 20):d.start])]
    for d in cued or plain:
        return _deadline_value(d.value)
    return None


def _deadline(text, s0, s1, fig: Figure, dates, L: _Lang) -> str | None:
    inside = [d for d in dates.between(s0, s1) if d.value[:1].isdigit()]
    cued = [d for d in inside if _cued(text, d, L, s0)]
    before = [d for d in cued if d.end <= fig.start]
    after = [d for d in cued if d.start >= fig.end]
    if before:
        return _deadline_value(before[-1].value)
    if after:
        return _deadline_value(after[0].value)
    return None


def _deadline_value(value: str) -> str:
    """A deadline is a year or a date; an interval's end counts (2021/2030 -> 2030)."""
    if "/" in value:
        value = value.split("/")[1]
    return value


def _is_result_tail(text: str, end: int, lang: str) -> bool:
    """`đạt 100,5% kế hoạch`: a percent of the plan is a result."""
    tail = text[end:end + 25]
    if lang == "vi":
        return re.match(r"[ \u00a0]*(?:so với[ \u00a0]+)?(?:kế hoạch|KH|cùng kỳ|chỉ tiêu)(?!\w)", tail, re.IGNORECASE) is not None
    return re.match(r"[ \u00a0]*(?:ของ)?(?:แผน|เป้าหมาย)(?!ปฏิบัติ)", tail) is not None


def _indicator(fig: Figure, L: _Lang, lang: str) -> str | None:
    subj = fig.subject
    if fig.kind == "count" and subj and L.prefix and not subj.casefold().startswith(L.prefix.casefold()):
        sep = " " if lang == "vi" else ""
        return f"{L.prefix}{sep}{subj}"
    return subj


def _direction(text, s0, pos, L: _Lang) -> str:
    m = _last(L.direction, text, max(s0, pos - 60), pos)
    return L.directions.get(m.group(0).casefold(), "reach") if m else "reach"
