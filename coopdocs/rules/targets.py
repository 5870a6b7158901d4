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

from ..lang import mapping, profile, rows, words
from ..model import Date, Figure, Target
from .common import DIG, SPACE, ByStart, Mask
from .sentences import any_of, listed, per_language, sentences, spacing, within

MAX_SCOPE_LINES = 40


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
    bullet: re.Pattern
    section: re.Pattern
    plan_tail: re.Pattern
    comparison: re.Pattern
    date_opener: re.Pattern
    chain: int
    join: str


@per_language
def _lang(lang: str) -> _Lang:
    sp = spacing(lang)
    b, e = sp.before, sp.after
    cues = rows(lang, "target_cues", optional=True)
    goal_cues = any_of(r[0] for r in cues if r[1:] != ("deadline_only",))
    deadline_cues = any_of(r[0] for r in cues if len(r) > 1)
    p = profile(lang).phrases
    directions = mapping(lang, "directions", optional=True)
    comparisons = any_of(profile(lang).targets.comparison_cues)
    date_words = (*words(lang, "years", optional=True), *p.month_words, *p.day_words)
    d = profile(lang).dates
    eras = "|".join(m for m in (d.era_mark, d.common_era_mark) if m)
    era = rf"(?:(?:{eras}){SPACE}*)?" if eras else ""
    return _Lang(
        cue=re.compile(rf"{b}(?:{goal_cues}){e}", re.IGNORECASE),
        deadline_cue=re.compile(rf"{b}(?:{deadline_cues}){SPACE}*{era}$", re.IGNORECASE),
        result=re.compile(rf"{b}(?:{listed(lang, 'result_cues')}){e}", re.IGNORECASE),
        direction=re.compile(rf"{b}(?:{any_of(directions)}){e}", re.IGNORECASE),
        directions={k.casefold(): v for k, v in directions.items()},
        prefix=mapping(lang, "indicator_prefix", optional=True).get("count", ""),
        leadin=re.compile(rf"(?:{b}(?:{listed(lang, 'leadin_endings')})\s*:?|:)\s*$",
                          re.IGNORECASE),
        budget=re.compile(rf"{SPACE}*(?:{listed(lang, 'budget_words')}){e}", re.IGNORECASE),
        bullet=_bullet(p.list_letters),
        section=_section(lang),
        plan_tail=_plan_tail(lang),
        comparison=re.compile(rf"(?:{comparisons})\s*(?:{listed(lang, 'years')})?\s*$"),
        date_opener=re.compile(rf"(?:{any_of(date_words)}){SPACE}*", re.IGNORECASE),
        chain=profile(lang).targets.chain_chars,
        join=sp.join,
    )


def _bullet(letters: str) -> re.Pattern:
    """A list item's label: a bullet sign, a letter, a number or numbers, a roman numeral."""
    return re.compile(rf"""
        ^[ \t]*
        (?: [-–+•*▪◦●]                                      # a bullet sign
          | [a-z{letters}] [.)]                              # a) b. đ)
          | \(? {DIG}{{1,2}} [.)] (?: {DIG}{{1,2}} [.)]? )*   # 1. 1.2 (1.2)
          | \( {DIG}{{1,2}} \)                               # (1)
          | [ivx]+ [.)]                                      # ii.
        )
        [ \t]*""", re.IGNORECASE | re.VERBOSE)


def _section(lang: str) -> re.Pattern:
    """The first line of the next part of a document: a roman numeral, a part word (Phần,
    ส่วนที่), a numbered part word (Điều 5) or a line in capitals."""
    t, sp = profile(lang).targets, spacing(lang)
    after, before_number = (r"[ \t]", r"[ \t]+") if sp.spaced else ("", r"[ \t]*")
    return re.compile(rf"""
        ^[ \t]*
        (?: [IVX]+ [.)] [ \t]
          | (?: {any_of(t.section_words)} ){after}
          | (?: {any_of(t.numbered_section_words)} ){before_number}\d
          | [A-ZĐÀ-Ỹ] [A-ZĐÀ-Ỹ\ ,]{{6,}} $
        )""", re.VERBOSE)


def _plan_tail(lang: str) -> re.Pattern:
    """What after a percent measures it against the plan (`100,5% kế hoạch`, `ของแผน`)."""
    t, sp = profile(lang).targets, spacing(lang)
    linker = rf"(?: (?:{any_of(t.plan_linkers)}) {SPACE + '+' if sp.spaced else ''} )?"
    compound = rf"(?!{any_of(t.plan_compounds)})" if t.plan_compounds else ""
    return re.compile(rf"{SPACE}* {linker} (?:{any_of(t.plan_words)}) {sp.after} {compound}",
                      re.IGNORECASE | re.VERBOSE)


def find_targets(text: str, lang: str, figures: list[Figure], dates: list[Date]) -> list[Target]:
    """The targets among ``figures`` (indexes kept), in order."""
    L = _lang(lang)
    lines = _lines(text)
    now = _document_year(dates)
    dates = _Dates(dates, text, L)
    sents = sentences(text, lang)
    scopes = _scopes(text, lines, L, dates)
    inside_figures = Mask((f.start, f.end) for f in figures)
    out = []
    last_end = -1
    for i, fig in enumerate(figures):
        s0, s1 = sents.around(fig.start)
        chained = False
        if L.chain:  # long unmarked lines: a cue governs the figures that follow it closely
            chained = bool(out) and out[-1].figure == i - 1 and fig.start - last_end <= L.chain
            if not chained:
                s0 = max(s0, fig.start - L.chain)
        cue = None if chained else _goal_cue(text, s0, fig.start, L, dates, now, inside_figures)
        around = [sc for sc in scopes if sc[0] <= fig.start < sc[1]]  # innermost last
        scope = around[-1] if around else None
        if cue is None and scope is None and not chained:
            continue
        since = cue.end() if cue is not None else (last_end if chained else max(s0, scope[0]))
        if L.result.search(text, since, fig.start) or L.budget.match(text, fig.end) \
                or L.plan_tail.match(text, fig.end, fig.end + 25) \
                or _in_brackets_after_result(text, fig.start, L):
            continue
        deadline = (_deadline(text, s0, s1, fig, dates, L)
                    or next((sc[2] for sc in reversed(around) if sc[2]), None)
                    or (out[-1].deadline if chained else None)
                    or _deadline_in(text, s0, s1, dates, L))
        out.append(Target(
            start=fig.start, end=fig.end, text=fig.text, figure=i, deadline=deadline,
            indicator=_indicator(fig, L), direction=_direction(text, s0, fig.start, L),
        ))
        last_end = fig.end
    return out


def _in_brackets_after_result(text: str, pos: int, L: _Lang) -> bool:
    """`(ประมาณการปี 2566 ราว 39,600 ล้านบาท)`: an estimate in brackets beside a goal."""
    open_ = text.rfind("(", max(0, pos - 80), pos)
    return open_ >= 0 and ")" not in text[open_:pos] \
        and L.result.search(text, open_, pos) is not None


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


def _last(rx: re.Pattern, text: str, a: int, b: int):
    last = None
    for m in rx.finditer(text, a, b):
        last = m
    return last


def _scopes(text, lines, L: _Lang, dates: _Dates) -> list[tuple[int, int, str | None]]:
    """Ranges governed by a target lead-in (ends with ':') or heading (short cue line)."""
    scopes = []
    for n, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if not line or not L.cue.search(text, a, b):
            continue
        leadin = L.leadin.search(line) is not None
        heading = len(line) <= 90 and not re.search(r"[.;]$", line) \
            and not L.result.search(text, a, b)
        if not (leadin or heading):
            continue
        end = b
        for a2, b2 in lines[n + 1:n + 1 + MAX_SCOPE_LINES]:
            nxt = text[a2:b2]
            if not nxt.strip():
                continue
            bullet = L.bullet.match(nxt)
            if L.section.match(nxt) or (not bullet and not leadin and heading is False
                                        and L.cue.search(text, a2, b2) is None):
                break
            if L.result.search(nxt[:40]):
                break
            if not bullet and _is_heading_like(nxt, L):
                break
            end = b2
            if heading and not leadin and not bullet:
                break  # a heading over one paragraph
        if end > b:
            scopes.append((b, end, _deadline_in(text, a, b, dates, L)))
    return scopes


def _is_heading_like(line: str, L: _Lang) -> bool:
    s = line.strip()
    return len(s) <= 90 and not s.endswith((".", ";", ",")) and L.cue.search(s) is None


class _Dates(ByStart):
    """A document's dates by start, and (``cued``) those a deadline cue introduces."""

    def __init__(self, dates: list[Date], text: str, L: _Lang):
        super().__init__(dates)
        self.cued = ByStart(d for d in self.items if _cued(text, d, L))


def _cued(text: str, d: Date, L: _Lang, lo: int = 0) -> bool:
    """A deadline cue ends right before the date (or before its own `năm`/`ปี`)."""
    own = L.date_opener.match(d.text)
    ends = {d.start, d.start + (own.end() if own else 0)}
    return any(L.deadline_cue.search(text, max(lo, d.start - 30), end) for end in ends)


def _deadline_in(text, a, b, dates: _Dates, L: _Lang) -> str | None:
    """The first date in [a, b) a deadline cue introduces, else the first year or date there
    that is no result's and no comparison's."""
    d = next((d for d in within(dates.cued, a, b) if _cued(text, d, L, a)), None)
    if d is None:
        d = next((d for d in within(dates, a, b) if d.value[:1].isdigit()
                  and not L.result.search(text, max(a, d.start - 30), d.start)
                  and not L.comparison.search(text[max(a, d.start - 20):d.start])), None)
    return _deadline_value(d.value) if d else None


def _deadline(text, s0, s1, fig: Figure, dates: _Dates, L: _Lang) -> str | None:
    """The year or date a deadline cue introduces in the sentence [s0, s1): the last before
    the figure, else the first after it. ``dates.cued`` holds the dates a cue introduces
    anywhere; one whose cue starts before the sentence does not count."""
    def cued(d):
        return d.value[:1].isdigit() and _cued(text, d, L, s0)

    before = (d for d in within(dates.cued, s0, fig.start, last_first=True)
              if d.end <= fig.start)
    d = next(filter(cued, before), None) or next(filter(cued, within(dates.cued, fig.end, s1)),
                                                 None)
    return _deadline_value(d.value) if d else None


def _deadline_value(value: str) -> str:
    """A deadline is a year or a date; an interval's end counts (2021/2030 -> 2030)."""
    if "/" in value:
        value = value.split("/")[1]
    return value


def _indicator(fig: Figure, L: _Lang) -> str | None:
    subj = fig.subject
    if fig.kind == "count" and subj and L.prefix \
            and not subj.casefold().startswith(L.prefix.casefold()):
        return f"{L.prefix}{L.join}{subj}"
    return subj


def _direction(text, s0, pos, L: _Lang) -> str:
    m = _last(L.direction, text, max(s0, pos - 60), pos)
    return L.directions.get(m.group(0).casefold(), "reach") if m else "reach"
