"""Decide which figures are targets (docs/annotation.md: targets), with deadline, indicator and
direction.

A figure is a target when a goal governs it and nothing marks it as something else.

What governs a figure:

- a goal cue before it in its sentence (``phấn đấu``, ``เป้าหมาย``; a deadline cue
  ``đến năm 2030`` only when its year is after the document's own). A cue inside brackets
  governs nothing after them; a cue right after a percentage (``đạt 60% kế hoạch năm``) and a
  scheme's name (``Đề án phát triển``) govern only the figure right after them; an estimate
  (``ước``) or a future tense (``sẽ``, ``จะ``) is a goal only when the year nearest to it in
  its clause is after the document's (a plan's forecast);
- a lead-in or heading over a list (``Mục tiêu đến năm 2030:`` over bullets, ``ĐẾN NĂM 2030``,
  ``เป้าหมายปี 2570`` over the lines under it, ``Phương hướng năm 2025`` over its paragraph);
- a goal run: the sentences after one that states a goal and its deadline, to the end of the
  paragraph and on into a paragraph that continues it (``Trong đó, ...``), until a new
  deadline, a result, a past year or a new part of the document;
- in a language written without sentence marks, the cue of the figure before, when the figures
  follow each other closely (``[targets] chain_chars``);
- a deadline after it in its clause, after the document's date, that no later figure takes
  (``tổ chức 20 hội nghị ... trong năm 2026``): a quantity due by a date;
- the approval of a project: after an approval word, the total of what a per-unit amount is
  given for (``กู้ยืมรายละ 30,000 บาท จำนวน 2,000 ราย``) states the project's scale.

What makes it no goal: a result, estimate or baseline cue between its cue and it; in its
clause, a budget word before an amount of money, a loan word before money, a duration or a
percentage, an eligibility word before a bound; a result word right before it beside a goal
(``chỉ tiêu 30 HTX, thực hiện 25 HTX``); a designated set (``หมู่บ้านเป้าหมาย 1,200
หมู่บ้าน``); a ranking's or a list's name (``bảng xếp hạng 100 doanh nghiệp``); a plan's span
(``kế hoạch 5 năm``) or a period (``3 năm thực hiện``); a limit per unit (``แห่งละไม่เกิน 2 คน``); a bound on the parts of the
thing counted before it (``40 hợp tác xã có từ 50 thành viên trở lên``).

The deadline is the date a deadline cue introduces right after the figure (``75 % ภายในปี
72``), else the last such date before it in its sentence that is no other figure's, else one
after it in its sentence; else the governing heading's, the chained figure's, a year in its
sentence, the run's.

Every cue, result word and date is found once for the text; each figure then looks them up by
bisection, so a long line of figures costs no more than many short ones.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import islice

from ..lang import mapping, profile, rows, words
from ..model import Date, Figure, Target
from .common import DIG, LETTER, SPACE, ByStart, Mask
from .scan import guarded
from .sentences import (
    Sentences,
    any_of,
    clauses,
    listed,
    per_language,
    sentences,
    spacing,
    within,
)
from .targets_words import Tail, WordScan, WordScans, lowered
from .tasks_parts import Later, Parts, pattern

MAX_SCOPE_LINES = 40
TRAIL_CHARS = 25  # a deadline this close after a figure, no mark between, may be its own
TITLE_CHARS = 30  # a title or tail cue makes a goal of a figure this close after it
LIMIT_CHARS = 80  # how far before a figure a budget, loan or eligibility word reaches
APPROVAL_CHARS = 600  # how far before a project's scale its approval word may stand
BACK_CHARS = 200  # how far back an open bracket or a per-unit amount is looked for
DUE_CHARS = 150  # how far after a figure a deadline in its clause may make it a goal
BOUNDS = ("at_least", "at_most")
ROLES = ("", "deadline", "deadline_only", "forecast", "title", "plan_deadline")
KINDS = ("result", "estimate", "baseline", "budget", "loan", "eligibility", "adjacent")
RESULTS = ("result", "estimate", "baseline")
MARKS = re.compile(r"[,;:.()\n]")
ENDS = " \u00a0\n"  # what may stand between a word and the end of a pattern ending in `[ ]*$`


class _Lang(Parts):
    """The patterns of targets of a language, each compiled on first use."""

    cue: WordScan
    roles: dict[str, str]
    deadline_cue: re.Pattern
    deadline_end: Tail
    result: WordScan
    kinds: dict[str, str]
    direction: re.Pattern
    directions: dict[str, str]
    prefix: str
    budget: re.Pattern
    leadin: re.Pattern
    leadin_end: Tail
    bullet: re.Pattern
    section: re.Pattern
    plan_tail: re.Pattern
    tail: re.Pattern
    plan_span: re.Pattern
    plan_end: Tail
    period: re.Pattern
    comparison: re.Pattern
    date_opener: re.Pattern
    plan_name: re.Pattern
    blocker: WordScan
    continuation: re.Pattern
    set_word: re.Pattern
    set_end: Tail
    goal_verb: re.Pattern
    approval: re.Pattern
    total: re.Pattern
    per_suffix: str
    property_link: re.Pattern
    chain: int
    join: str
    paragraph_lines: bool
    scans: WordScans  # cue, result and blocker words: one pass over a text


def _key(cue: str) -> str:
    return " ".join(cue.split()).casefold()


@per_language
def _lang(lang: str) -> _Lang:
    sp = spacing(lang)
    b, e = sp.before, sp.after
    prof = profile(lang)
    p, t = prof.phrases, prof.targets
    cues = rows(lang, "target_cues", optional=True)
    roles = {_key(r[0]): (r[1] if len(r) > 1 else "") for r in cues}
    deadline_words = [r[0] for r in cues if roles[_key(r[0])] in ("deadline", "deadline_only")]
    kinds = {_key(r[0]): (r[1] if len(r) > 1 else "result")
             for r in rows(lang, "result_cues", optional=True)}
    directions = mapping(lang, "directions", optional=True)
    date_words = (*words(lang, "years", optional=True), *p.month_words, *p.day_words)
    d = prof.dates
    eras = "|".join(m for m in (d.era_mark, d.common_era_mark) if m)
    era = rf"(?:(?:{eras}){SPACE}*)?" if eras else ""
    letter = f"[{prof.text.letters}]" if prof.text.letters else LETTER
    sets = any_of(t.set_words)
    plans = [k for k, v in mapping(lang, "doc_kinds", optional=True).items() if v == "plan"]
    goal_cues = [r[0] for r in cues if roles[_key(r[0])] != "deadline_only"]
    blockers = words(lang, "target_blockers", optional=True)
    return _Lang(
        cue=_words(rf"{b}(?:{{}}){e}", goal_cues), roles=roles,
        deadline_cue=pattern(rf"{b}(?:{any_of(deadline_words)}){SPACE}*{era}$", re.IGNORECASE),
        deadline_end=Tail(None if era else deadline_words, True, ENDS),
        result=_words(rf"{b}(?:{{}}){e}", words(lang, "result_cues", optional=True)),
        kinds=kinds,
        direction=pattern(rf"{b}(?:{any_of(directions)}){e}", re.IGNORECASE),
        directions={k.casefold(): v for k, v in directions.items()},
        prefix=mapping(lang, "indicator_prefix", optional=True).get("count", ""),
        leadin=pattern(rf"(?:{b}(?:{listed(lang, 'leadin_endings')})\s*:?|:)\s*$",
                          re.IGNORECASE),
        leadin_end=Tail([*words(lang, "leadin_endings", optional=True), ":"], True, ""),
        budget=pattern(rf"{SPACE}*(?:{listed(lang, 'budget_words')}){e}", re.IGNORECASE),
        bullet=Later(lambda _: _bullet(p.list_letters)),
        section=Later(lambda _: _section(lang)),
        plan_tail=Later(lambda _: _plan_tail(lang)),
        tail=pattern(rf"^{SPACE}*(?:(?:{any_of(t.plan_linkers)}){SPACE}*)?$", re.IGNORECASE),
        plan_span=pattern(rf"{b}(?:{any_of(t.plan_words)}){SPACE}*$", re.IGNORECASE),
        plan_end=Tail(t.plan_words, True, ENDS),
        period=pattern(rf"{SPACE}*(?:{any_of(t.period_words)}){e}", re.IGNORECASE),
        comparison=pattern(rf"(?:{any_of(t.comparison_cues)})\s*(?:{listed(lang, 'years')})?\s*$"),
        date_opener=pattern(rf"(?:{any_of(date_words)}){SPACE}*", re.IGNORECASE),
        plan_name=pattern(rf"{b}(?:{any_of(plans)})", re.IGNORECASE),
        blocker=Later(lambda _: WordScan(re.compile(
            rf"{b}(?:{any_of(blockers)}){e}(?:{SPACE}+[^\s\d,;.()]+){{0,2}}{SPACE}*$",
            re.IGNORECASE), blockers)),
        continuation=pattern(rf"\s*(?:{any_of(t.continuations)}){e}", re.IGNORECASE),
        set_word=pattern(rf"(?<={letter})(?:{sets}){SPACE}*:?{SPACE}*$"),
        set_end=Tail(t.set_words, False, ENDS + ":"),
        goal_verb=pattern(rf"(?:{listed(lang, 'goal_verbs')})(?:{sets}){SPACE}*:?{SPACE}*$"),
        approval=pattern(rf"{b}(?:{any_of(t.approval_words)}){e}", re.IGNORECASE),
        total=pattern(rf"{b}(?:{any_of(t.total_words)}){SPACE}*$", re.IGNORECASE),
        per_suffix=prof.figures.per_before_suffix,
        property_link=pattern(rf"{SPACE}*(?:{any_of(t.property_links)}){SPACE}*",
                                 re.IGNORECASE),
        chain=t.chain_chars,
        join=sp.join,
        paragraph_lines=not prof.sentences.end_marks,
        scans=Later(lambda L: WordScans((L.cue, L.result, L.blocker))),
    )


def _words(source: str, items) -> Later:
    """``source`` (``{}``: the alternation of ``items``), ignoring case, as a WordScan made on
    first use."""
    return Later(lambda _: WordScan(guarded(re.compile(source.format(any_of(items)),
                                                       re.IGNORECASE)), items))


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


# ------------------------------------------------------------------------- the text, read once

class _Dates(ByStart):
    """A document's dates by start, and (``cued``) those a deadline cue introduces."""

    def __init__(self, dates: list[Date], text: str, L: _Lang):
        super().__init__(dates)
        self.cued = ByStart(d for d in self.items if _cued(text, d, L))


def _cue_before(text: str, d: Date, L: _Lang, lo: int = 0) -> re.Match | None:
    """The deadline cue that ends right before the date (or before its own `năm`/`ปี`)."""
    own = L.date_opener.match(d.text)
    for end in {d.start, d.start + (own.end() if own else 0)}:
        a = max(lo, d.start - 30)
        m = L.deadline_cue.search(text, a, end) if L.deadline_end(text, a, end) else None
        if m:
            return m
    return None


def _cued(text: str, d: Date, L: _Lang, lo: int = 0) -> bool:
    return _cue_before(text, d, L, lo) is not None


def _year(d: Date) -> int | None:
    """The year a date reaches (an interval's end)."""
    value = _deadline_value(d.value)
    return int(value[:4]) if value[:4].isdigit() else None


class _Results:
    """The result, estimate, budget, loan ... words of a text (result_cues.tsv), by kind. A word
    inside a date is part of its name, no cue (`งบประมาณ` of `ปีงบประมาณ พ.ศ. 2570`, the
    fiscal year)."""

    def __init__(self, text: str, L: _Lang, dates: ByStart, low: str | None = None,
                 places: list[int] | None = None):
        self.spans: list[tuple[int, int]] = []
        self.kind: dict[str, tuple[list[int], list[int]]] = {k: ([], []) for k in KINDS}
        for m in L.result.finditer(text, low, places):
            if any(d.end >= m.end() for d in dates.between(max(0, m.start() - 40), m.start() + 1)
                   if d.start <= m.start()):
                continue
            starts, ends = self.kind[L.kinds.get(_key(m.group()), "result")]
            starts.append(m.start())
            ends.append(m.end())
            self.spans.append((m.start(), m.end()))
        self.starts = [a for a, _ in self.spans]

    def any(self, kinds, a: int, b: int, text: str | None = None) -> bool:
        """Whether a word of one of ``kinds`` lies in [a, b); with ``text``, not counting one
        in brackets closed before ``b`` (an aside: `(ước năm 2024 là 30 HTX)`)."""
        for k in kinds:
            starts, ends = self.kind[k]
            i = bisect.bisect_left(starts, a)
            while i < len(starts) and starts[i] < b:
                if ends[i] <= b:
                    close = _bracket_end(text, starts[i]) if text is not None else None
                    if close is None or close >= b:
                        return True
                i += 1
        return False

    def add(self, kind: str, a: int, b: int) -> None:
        starts, ends = self.kind[kind]
        i = bisect.bisect_left(starts, a)
        starts.insert(i, a)
        ends.insert(i, b)
        j = bisect.bisect_left(self.starts, a)
        self.starts.insert(j, a)
        self.spans.insert(j, (a, b))

    def covers(self, a: int, b: int) -> bool:
        """Whether [a, b) is part of a result word (`ước` of `ước thực hiện`)."""
        i = bisect.bisect_right(self.starts, a) - 1
        return i >= 0 and self.spans[i][1] >= b

    def right_before(self, kind: str, pos: int, text: str) -> bool:
        ends = self.kind[kind][1]
        i = bisect.bisect_left(ends, pos + 1) - 1
        return i >= 0 and pos - ends[i] <= 3 and not text[ends[i]:pos].strip(" \u00a0:")


@dataclass
class _Cue:
    start: int
    end: int
    role: str  # a role of target_cues.tsv, or "tail" (right after a percentage)
    limit: int | None  # the closing bracket of the brackets it stands in


def _cues(text: str, L: _Lang, figures: list[Figure], inside: Mask, dates: _Dates, now,
          results, low: str | None = None, places: list[int] | None = None) -> list[_Cue]:
    """The goal cues of the text that may govern a figure (see the module's doc); ``inside``:
    the figures' characters; ``low``, ``places``: the text in lower case and where a cue may
    start, if the caller has them."""
    ends = [f.end for f in figures]
    out = []
    for m in L.cue.finditer(text, low, places):
        a, b = m.span()
        if inside.hits(a, a + 1) or results.covers(a, b):
            continue  # `9 chỉ tiêu`; `ước` of `ước thực hiện`
        role = L.roles.get(_key(m.group()), "")
        if role == "forecast" and _after_estimate(text, a, results):
            continue  # `คาดว่าจะ`, `ประมาณการว่า ... จะ`: the estimate's future
        if role and not _cue_holds(text, m, role, L, dates, now):
            if role == "forecast" and _clause_years(text, m, dates, now, later=False):
                results.add("estimate", a, b)  # `(ước năm 2024 là ...)` in a 2025 text
            continue
        k = bisect.bisect_right(ends, a) - 1
        if not role and k >= 0 and figures[k].kind == "percent" and a - ends[k] <= 15 \
                and L.tail.match(text[ends[k]:a]):
            role = "tail"  # `đạt 60% kế hoạch năm`: the plan the percentage measures against
        out.append(_Cue(a, b, role, _bracket_end(text, a)))
    return out


def _after_estimate(text: str, pos: int, results: _Results) -> bool:
    """Whether an estimate word stands before ``pos`` in its clause (80 characters at most)."""
    lo = max(0, pos - 80, text.rfind("\n", max(0, pos - 80), pos) + 1,
             text.rfind(";", max(0, pos - 80), pos) + 1)
    return results.any(("estimate",), lo, pos)


def _cue_holds(text: str, m: re.Match, role: str, L: _Lang, dates: _Dates, now) -> bool:
    """Whether a cue with a role states a goal where it stands."""
    if role == "deadline":  # `đến cuối năm 2021` in a 2022 report states a result
        d = next(iter(dates.between(m.start(), m.end() + 13)), None)
        return d is not None and _year(d) is not None and (now is None or _year(d) > now)
    if role == "forecast":  # `Ước ... năm 2026`, `ในปี 2568 ... จะ` in a 2025 plan
        return _clause_years(text, m, dates, now, later=True)
    if role == "heading":  # `Phương hướng năm 2025` over the goals of that year
        lo, hi = max(0, m.start() - 90), min(len(text), m.end() + 90)
        nl, end = text.rfind("\n", lo, m.start()), text.find("\n", m.end(), hi)
        line = text[nl + 1 if nl >= 0 else lo:end if end >= 0 else hi]
        if (nl < 0 < lo) or (end < 0 and hi < len(text)) or len(line.strip()) > 90 \
                or line.rstrip().endswith((".", ";")):
            return False  # no short line of its own
        d = next(iter(dates.between(m.end(), m.end() + 40)), None)
        return d is not None and _year(d) is not None and (now is None or _year(d) >= now)
    if role == "plan_deadline":  # `แผน... ปี 72` in a 2025 text
        d = next(iter(dates.between(m.start(), m.end() + 1)), None)
        if d is None or now is None or _year(d) is None or _year(d) <= now:
            return False
        nl = text.rfind("\n", max(0, m.start() - BACK_CHARS), m.start())
        return L.plan_name.search(text, nl + 1 if nl >= 0 else max(0, m.start() - BACK_CHARS),
                                  m.start()) is not None
    return True


def _clause_years(text: str, m: re.Match, dates: _Dates, now, later: bool) -> bool:
    """Whether the date nearest to the cue, within 60 characters in its clause, is a year after
    the document's own (``later``: a plan's year, not the day of an event), else whether it is
    not after it."""
    if now is None:
        return False
    best = None
    for d in dates.between(max(0, m.start() - 60), m.end() + 60):
        between = text[d.end:m.start()] if d.end <= m.start() else text[m.end():d.start]
        if _year(d) is not None and not re.search(r"[;()\n]|\.\s", between) \
                and (best is None or len(between) < best[0]):
            best = (len(between), _year(d), len(_deadline_value(d.value)) == 4)
    if best is None:
        return False
    return best[1] > now and best[2] if later else best[1] <= now


def _bracket_end(text: str, pos: int) -> int | None:
    """Where the brackets around ``pos`` close, if it stands in brackets on its line."""
    lo = max(0, pos - BACK_CHARS)
    o = text.rfind("(", lo, pos)
    if o < 0 or text.rfind(")", o, pos) >= 0 or "\n" in text[o:pos]:
        return None
    c = text.find(")", pos, pos + BACK_CHARS)
    return c if c >= 0 and "\n" not in text[pos:c] else None


class _CueIndex:
    """The goal cues of a text by start."""

    def __init__(self, cues: list[_Cue]):
        self.cues = cues
        self.starts = [c.start for c in cues]

    def first(self, a: int, b: int,
              roles=("", "deadline", "forecast", "plan_deadline", "heading")):
        """The first cue in [a, b) with one of ``roles`` (by default: those that state a goal
        by themselves)."""
        for k in range(bisect.bisect_left(self.starts, a), len(self.cues)):
            c = self.cues[k]
            if c.start >= b:
                return None
            if c.role in roles:
                return c if c.end <= b else None
        return None

    def any(self, a: int, b: int) -> bool:
        return self.first(a, b) is not None


def _cue_lines(text: str, cues: _CueIndex):
    """(start, end) of every line (split at ``\\n``) that holds the start of a cue, in order;
    each character is looked at once, however many cues a line holds."""
    a = b = -1
    for c in cues.cues:
        if c.start <= b:
            continue  # the line found last holds it
        a = text.rfind("\n", max(b, 0), c.start) + 1
        b = text.find("\n", c.start)
        b = len(text) if b < 0 else b
        yield a, b


def _lines_after(text: str, b: int, most: int):
    """(start, end) of the lines after the line that ends at ``b``, ``most`` at most."""
    for _ in range(most):
        if b >= len(text):
            return
        a, b = b + 1, text.find("\n", b + 1)
        b = len(text) if b < 0 else b
        yield a, b


def _sentence(s: Sentences, i: int) -> tuple[int, int]:
    """(start, end) of the text's sentence number ``i``."""
    return s.nexts[i - 1] if i else 0, s.ends[i] if i < len(s.ends) else s.length


def _cue_sentence(s: Sentences, cues: _CueIndex, i: int) -> int:
    """The number of the first sentence from number ``i`` on that holds the start of a cue
    (the number of sentences if none does)."""
    k = bisect.bisect_left(cues.starts, _sentence(s, i)[0])
    if k == len(cues.starts):
        return len(s.ends) + 1
    return max(i, bisect.bisect_right(s.nexts, cues.starts[k]))


def _scopes(text, L: _Lang, dates: _Dates, figures: Mask, cues: _CueIndex,
            results: _Results) -> list[tuple[int, int, str | None]]:
    """Ranges governed by a target lead-in (ends with ':') or heading (short cue line with no
    figure of its own): the list under a lead-in; the paragraph under a heading (where
    sentences are marked), or the lines under it to a blank line (where they are not)."""
    scopes = []
    for a, b in _cue_lines(text, cues):  # a line holding no cue opens no scope
        line = text[a:b].strip()
        if not line or not cues.any(a, b):
            continue
        leadin = L.leadin_end(line, 0, len(line)) and L.leadin.search(line) is not None
        heading = len(line) <= 90 and not re.search(r"[.;]$", line) \
            and not results.any(KINDS, a, b) and not figures.hits(a, b)
        if not (leadin or heading):
            continue
        end = _scope_end(text, _lines_after(text, b, MAX_SCOPE_LINES), b, leadin, L, figures,
                         cues, results)
        if end > b:
            scopes.append((b, end, _deadline_in(text, a, b, dates, L)))
    return scopes


def _scope_end(text, lines, b, leadin: bool, L: _Lang, figures: Mask, cues: _CueIndex,
               results: _Results) -> int:
    """Where the scope of a lead-in or heading that ends at ``b`` ends, given the lines after."""
    end = b
    for a2, b2 in lines:
        nxt = text[a2:b2]
        if not nxt.strip():
            if L.paragraph_lines and not leadin and end > b:
                break  # a heading over lines: to the blank line
            continue
        bullet = L.bullet.match(nxt)
        if L.section.match(nxt) or results.any(KINDS, a2, min(b2, a2 + 40)):
            break
        if not bullet and not figures.hits(a2, b2) and not cues.any(a2, b2) \
                and len(nxt.strip()) <= 90 and not nxt.strip().endswith((".", ";", ",")):
            break  # another heading
        end = b2
        if not leadin and not bullet and not L.paragraph_lines:
            break  # a heading over one paragraph
    return end


def _runs(text, L: _Lang, sents: Sentences, cues: _CueIndex, dates: _Dates, now,
          results: _Results) -> list[tuple[int, int, str]]:
    """Goal runs (start, end, deadline): the sentences after one that states a goal and its
    deadline, to the end of its paragraph and of paragraphs that continue it (a continuation
    word or a bullet opens them), until a sentence with a new deadline (which opens its own
    run), a result, a year not after the document's own, or a new part of the document."""
    runs: list[tuple[int, int, str]] = []
    run = None  # [start, end, deadline]
    prev = 0
    i, count = 0, len(sents.ends) + 1
    while i < count:
        if run is None:  # only a sentence that holds a cue may open a run
            i = _cue_sentence(sents, cues, i)
            if i >= count:
                break
        lo, hi = _sentence(sents, i)
        i += 1
        if not text[lo:hi].strip():
            continue
        if run and "\n" in text[prev:lo] and not L.continuation.match(text, lo) \
                and not L.bullet.match(text[lo:lo + 20]):
            _close(runs, run)
            run = None
        prev = hi
        deadline = _stated_deadline(text, lo, hi, L, cues, dates, now)
        if deadline:
            _close(runs, run)
            run = [hi, hi, deadline]
        elif run and (L.section.match(text[lo:hi].lstrip("\n")) or results.any(RESULTS, lo, hi)
                      or _past_year(text, lo, hi, L, dates, now)):
            _close(runs, run)
            run = None
        elif run:
            run[1] = hi
    _close(runs, run)
    return runs


def _close(runs: list, run) -> None:
    if run and run[1] > run[0]:
        runs.append(tuple(run))


def _stated_deadline(text, lo, hi, L: _Lang, cues: _CueIndex, dates: _Dates,
                     now) -> str | None:
    """The deadline a sentence states with a goal: its last cued date after the document's
    year, when a goal cue stands in it. With no document year, a deadline cue alone states a
    goal only opening its sentence (`Đến năm 2030, ...`); inside one (`Theo báo cáo, đến cuối
    năm 2023 có ...`) it may date a state of things."""
    first = cues.first(lo, hi)
    if first is None:
        return None
    if now is None and first.role == "deadline" and text[lo:first.start].strip(" \t\n-–•*+") \
            and cues.first(lo, hi, ("", "forecast")) is None:
        return None
    found = None
    for d in within(dates.cued, lo, hi):
        y = _year(d)
        if y is not None and (now is None or y > now) and _cued(text, d, L, lo):
            found = d
    return _deadline_value(found.value) if found else None


def _past_year(text, lo, hi, L: _Lang, dates: _Dates, now) -> bool:
    """Whether the sentence names a year not after the document's own (no comparison's)."""
    if now is None:
        return False
    return any(_year(d) is not None and _year(d) <= now
               and not L.comparison.search(text[max(lo, d.start - 20):d.start])
               for d in within(dates, lo, hi))


def _trailing(text, L: _Lang, dates: _Dates, figures: list[Figure],
              sents: Sentences) -> dict[int, int]:
    """Cued dates that state the deadline of the figure right before them (`80 % ภายในปี 68
    และ ... 95 % ภายในปี 71`), by start: figure index. A date is the figure's when only its
    cue stands between them, or (no mark between) it is nearer to that figure than to the
    next one."""
    out = {}
    fig_starts = [f.start for f in figures]
    for d in dates.cued:
        k = bisect.bisect_left(fig_starts, d.start) - 1
        if k < 0 or figures[k].end > d.start or d.start - figures[k].end > TRAIL_CHARS:
            continue
        f = figures[k]
        s0, s1 = sents.around(d.start)
        cue = _cue_before(text, d, L, f.end)
        gap = text[f.end:cue.start() if cue else d.start]
        if f.start < s0 or MARKS.search(gap):
            continue
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        if nxt is not None and nxt.start < s1:
            between = text[d.end:nxt.start]
            others = dates.cued.between(d.end, nxt.start)
            if not MARKS.search(between) and not others and len(between) <= len(gap):
                continue  # `100 HTX và đến năm 2030 có 200 HTX`: the next figure's
        out[d.start] = k
    return out


# ------------------------------------------------------------------------- the figures' roles

@dataclass
class _Text:
    """A text with everything the figures' roles are looked up in, found once."""

    text: str
    L: _Lang
    figures: list[Figure]
    dates: _Dates
    now: int | None
    today: str | None
    sents: Sentences
    clauses: Sentences
    results: _Results
    cues: _CueIndex
    scopes: list[tuple[int, int, str | None]]
    runs: list[tuple[int, int, str]]
    trailing: dict[int, int]
    blockers: list[int] | None  # where a blocker may start (None: search for it)
    scope_index: _Around = field(init=False)
    run_index: _Around = field(init=False)
    fig_starts: list[int] = field(default_factory=list)

    def __post_init__(self):
        self.scope_index = _Around(self.scopes, MAX_SCOPE_LINES + 1)
        self.run_index = _Around(self.runs, 1)
        self.fig_starts = [f.start for f in self.figures]


class _Around:
    """Spans sorted by start (scopes, runs), and those that hold a position: at most ``most``
    of the spans that start before it may hold it (a position under no span costs a
    bisection: the furthest any of those spans reaches is known)."""

    def __init__(self, spans: list[tuple], most: int):
        self.spans, self.most = spans, most
        self.starts = [sp[0] for sp in spans]
        self.reach = [0] + [max(sp[1] for sp in spans[max(0, k - most):k])
                            for k in range(1, len(spans) + 1)]

    def __call__(self, pos: int) -> list:
        """The spans that hold ``pos``, innermost last."""
        k = bisect.bisect_right(self.starts, pos)
        if self.reach[k] <= pos:
            return []
        return [sp for sp in self.spans[max(0, k - self.most):k] if sp[0] <= pos < sp[1]]


def _read(text: str, lang: str, figures: list[Figure], dates: list[Date]) -> _Text:
    L = _lang(lang)
    now = _document_year(dates)
    cued = _Dates(dates, text, L)
    sents = sentences(text, lang)
    low = lowered(text) if any(rx.wants_lowered(text) for rx in (L.cue, L.result, L.blocker)) \
        else None
    cue_at, result_at, blocker_at = L.scans.places(text, low)
    results = _Results(text, L, cued, low, result_at)
    inside = Mask((f.start, f.end) for f in figures)
    cues = _CueIndex(_cues(text, L, figures, inside, cued, now, results, low, cue_at))
    return _Text(text, L, figures, cued, now, _document_date(dates), sents, clauses(text, lang),
                 results, cues, _scopes(text, L, cued, inside, cues, results),
                 _runs(text, L, sents, cues, cued, now, results),
                 _trailing(text, L, cued, figures, sents), blocker_at)


def _may_start(places: list[int] | None, a: int, b: int) -> bool:
    """Whether one of ``places`` (all of them where None) lies in [a, b)."""
    if places is None:
        return True
    k = bisect.bisect_left(places, a)
    return k < len(places) and places[k] < b


def find_targets(text: str, lang: str, figures: list[Figure], dates: list[Date]) -> list[Target]:
    """The targets among ``figures`` (indexes kept), in order."""
    T = _read(text, lang, figures, dates)
    out: list[Target] = []
    chain = None  # (index, end) of the last target whose cue may govern the next figure
    for i, fig in enumerate(figures):
        found = _target(T, i, fig, out, chain)
        if found is None:
            continue
        target, chains = found
        out.append(target)
        chain = (i, fig.end) if chains else None
    return out


@dataclass
class _Governor:
    """What makes a figure a goal, and the sentence it is read in."""

    s0: int
    s1: int
    since: int  # where the words that may still block it begin
    cue: _Cue | None = None
    scopes: list = field(default_factory=list)
    run: tuple | None = None
    chained: bool = False
    due: str | None = None  # a deadline after it in its clause, the only thing governing it
    chains: bool = True  # whether its cue may go on to govern the next figure


def _target(T: _Text, i: int, fig: Figure, out: list[Target], chain):
    """(the figure's target, whether its cue may go on to the next figure), or None."""
    if _not_a_goal(T, i, fig):
        return None
    g = _governor(T, i, fig, chain)
    if g is None or _blocked(T, fig, g.since, g.cue, bool(out) and out[-1].start >= g.s0):
        return None
    text, L = T.text, T.L
    if g.cue is not None and g.cue.role == "title":
        deadline = _deadline(T, g.s0, min(g.s1, fig.end + TITLE_CHARS), i, fig, after_only=True)
    else:
        deadline = (g.due or _deadline(T, g.s0, g.s1, i, fig)
                    or next((sc[2] for sc in reversed(g.scopes) if sc[2]), None)
                    or (out[-1].deadline if g.chained else None)
                    or _deadline_in(text, g.s0, g.s1, T.dates, L)
                    or (g.run[2] if g.run else None))
    target = Target(start=fig.start, end=fig.end, text=fig.text, figure=i, deadline=deadline,
                    indicator=fig.indicator, direction=_direction(text, g.s0, fig.start, L))
    return target, g.chains


def _governor(T: _Text, i: int, fig: Figure, chain) -> _Governor | None:
    """What governs the figure: a cue, a chain, a scope, a run, a deadline after it, an
    approved project; None if nothing does."""
    L = T.L
    s0, s1 = T.sents.around(fig.start)
    chained = bool(L.chain and chain and chain[0] == i - 1 and s0 <= chain[1]
                   and fig.start - chain[1] <= L.chain)
    if L.chain and not chained:
        s0 = max(s0, fig.start - L.chain)
    scopes = T.scope_index(fig.start)
    runs = T.run_index(fig.start)
    run = runs[0] if runs else None
    if chained:
        return _Governor(s0, s1, chain[1], chained=True, scopes=scopes, run=run)
    cue = _goal_cue(T, s0, fig)
    if cue is not None:
        return _Governor(s0, s1, cue.end, cue=cue, scopes=scopes, run=run)
    if scopes or run:
        return _Governor(s0, s1, max(s0, scopes[-1][0] if scopes else run[0]), scopes=scopes,
                         run=run)
    due = _due(T, fig, s1)
    if due is None and not _project_scale(T, i, fig):
        return None
    return _Governor(s0, s1, max(s0, T.clauses.around(fig.start)[0]), due=due, chains=False,
                     scopes=scopes, run=run)


def _due(T: _Text, fig: Figure, sentence_end: int) -> str | None:
    """A deadline after the figure in its clause (`tổ chức 20 hội nghị ... trong năm 2025`,
    `ร้อยละ 100 ให้แล้วเสร็จก่อนวันที่ ...`) with a year after the document's own, that is no
    deadline of a figure after it: a quantity due by a date is a goal (not a duration:
    `sơ kết 5 năm thực hiện vào năm 2025` reviews a period)."""
    if T.today is None or fig.kind == "duration":
        return None
    k = bisect.bisect_left(T.dates.cued.starts, fig.end)
    if k == len(T.dates.cued.starts) or T.dates.cued.starts[k] >= min(sentence_end,
                                                                      fig.end + DUE_CHARS):
        return None  # no cued date after it in its sentence (its clause ends no later)
    c1 = min(T.clauses.around(fig.start)[1], fig.end + DUE_CHARS)
    for d in islice(within(T.dates.cued, fig.end, c1), 3):
        if not _cued(T.text, d, T.L, fig.end) or not _after_today(d, T.today):
            continue
        k = bisect.bisect_left(T.fig_starts, d.end)
        if k < len(T.figures) and T.figures[k].start < c1:
            return None  # `có 500 HTX, đến năm 2025 có 520 HTX`: the next figure's
        return _deadline_value(d.value)
    return None


def _goal_cue(T: _Text, a: int, fig: Figure) -> _Cue | None:
    """The last cue in [a, fig) that governs the figure: not in brackets closed before it; a
    title or tail cue only right before it."""
    k = bisect.bisect_left(T.cues.starts, fig.start)
    for j in range(k - 1, max(-1, k - 21), -1):
        c = T.cues.cues[j]
        if c.start < a:
            break
        if c.end > fig.start or (c.limit is not None and c.limit < fig.start):
            continue
        if c.role in ("title", "tail") and (fig.start - c.end > TITLE_CHARS
                                            or MARKS.search(T.text, c.end, fig.start)):
            continue
        return c
    return None


def _not_a_goal(T: _Text, i: int, fig: Figure) -> bool:
    """A designated set, a number in a list's or ranking's name, a plan's span (`kế hoạch 5
    năm`), a limit per unit, a bound on the parts of the thing counted right before it."""
    text, L = T.text, T.L
    lo = max(0, fig.start - 40)
    if L.set_end(text, lo, fig.start) and L.set_word.search(text, lo, fig.start) \
            and not L.goal_verb.search(text, lo, fig.start):
        return True  # หมู่บ้านเป้าหมาย 1,200 หมู่บ้าน
    if _may_start(T.blockers, lo, fig.start) and L.blocker.search(text, lo, fig.start):
        return True  # bảng xếp hạng 100 doanh nghiệp
    if fig.kind == "duration" and ((L.plan_end(text, lo, fig.start)
                                    and L.plan_span.search(text, lo, fig.start))
                                   or L.period.match(text, fig.end)):
        return True  # kế hoạch 5 năm, 3 năm thực hiện: a plan's span, a period
    if fig.qualifier == "at_most" and (fig.per or (L.per_suffix and text[lo:fig.start]
                                                   .rstrip(" \u00a0").endswith(L.per_suffix))):
        return True  # แห่งละไม่เกิน 2 คน, tối đa 2 tỷ đồng/dự án: a limit per unit
    prev = T.figures[i - 1] if i else None
    return bool(fig.qualifier in BOUNDS and prev is not None and prev.end <= fig.start
                and L.property_link.fullmatch(text, prev.end, fig.start))


def _project_scale(T: _Text, i: int, fig: Figure) -> bool:
    """A total of what a per-unit amount is given for, after an approval word
    (`ครม. เห็นชอบ ... ให้กู้ยืมรายละ 30,000 บาท จำนวน 2,000 ราย`, `... ละ 2 ตัว รวม 4,000 ตัว`)."""
    text, L = T.text, T.L
    if fig.kind != "count" or not fig.unit or not L.per_suffix \
            or not L.total.search(text, max(0, fig.start - 20), fig.start) \
            or not L.approval.search(text, max(0, fig.start - APPROVAL_CHARS), fig.start):
        return False
    nl = text.rfind("\n", max(0, fig.start - BACK_CHARS), fig.start)
    line = nl + 1 if nl >= 0 else max(0, fig.start - BACK_CHARS)
    if T.results.any(RESULTS, line, fig.start):
        return False
    if fig.unit + L.per_suffix in text[line:fig.start]:
        return True
    return any(f.unit == fig.unit and f.per and f.start >= line for f in T.figures[max(0, i - 5):i])


def _blocked(T: _Text, fig: Figure, since: int, cue: _Cue | None, beside_goal: bool) -> bool:
    """Whether a result, budget, loan or eligibility word, or a plan comparison, makes the
    governed figure no goal."""
    text, L, R = T.text, T.L, T.results
    if R.any(RESULTS, since, fig.start, text) or L.budget.match(text, fig.end) \
            or L.plan_tail.match(text, fig.end, fig.end + 25) \
            or _in_brackets_after_result(text, fig.start, L):
        return True
    lo = max(T.clauses.around(fig.start)[0], fig.start - LIMIT_CHARS)
    if fig.kind == "money" and R.any(("budget", "loan"), lo, fig.start):
        return True
    if fig.kind in ("duration", "percent") and R.any(("loan",), lo, fig.start):
        return True
    if fig.qualifier in BOUNDS and R.any(("eligibility",), lo, cue.start if cue else since):
        return True
    return beside_goal and R.right_before("adjacent", fig.start, text)


def _in_brackets_after_result(text: str, pos: int, L: _Lang) -> bool:
    """`(ประมาณการปี 2566 ราว 39,600 ล้านบาท)`: an estimate in brackets beside a goal."""
    open_ = text.rfind("(", max(0, pos - 80), pos)
    return open_ >= 0 and ")" not in text[open_:pos] \
        and L.result.search(text, open_, pos) is not None


def _document_date(dates: list[Date]) -> str | None:
    """The date a document speaks from: its first full date (the header date line)."""
    for d in dates:
        if len(d.value) == 10 and d.value[4] == "-":
            return d.value
    return None


def _document_year(dates: list[Date]) -> int | None:
    today = _document_date(dates)
    return int(today[:4]) if today else None


def _after_today(d: Date, today: str) -> bool:
    """Whether the date ends after the document's own date: a full date or a month after it,
    a year after its year."""
    value = _deadline_value(d.value)
    if not value[:4].isdigit():
        return False
    if len(value) == 4:
        return value > today[:4]
    return value > today[:len(value)]


# ------------------------------------------------------------------------- deadlines

def _deadline(T: _Text, s0, s1, i: int, fig: Figure, after_only: bool = False) -> str | None:
    """The year or date a deadline cue introduces in the sentence [s0, s1): the one right
    after the figure that is its own, else the last before it that is no other figure's, else
    the first after it. A date whose cue starts before the sentence does not count."""
    text, L, dates = T.text, T.L, T.dates

    def cued(d):
        return d.value[:1].isdigit() and _cued(text, d, L, s0)

    after = [d for d in islice(within(dates.cued, fig.end, s1), 3) if cued(d)]
    if after and T.trailing.get(after[0].start) == i:
        return _deadline_value(after[0].value)
    if not after_only:
        before = (d for d in islice(within(dates.cued, s0, fig.start, last_first=True), 30)
                  if d.end <= fig.start and T.trailing.get(d.start, i) == i)
        d = next(filter(cued, before), None)
        if d is not None:
            return _deadline_value(d.value)
    return _deadline_value(after[0].value) if after else None


def _deadline_in(text, a, b, dates: _Dates, L: _Lang) -> str | None:
    """The first date in [a, b) a deadline cue introduces, else the first year or date there
    that is no result's, no comparison's and no crop or fiscal year."""
    d = next((d for d in within(dates.cued, a, b) if _cued(text, d, L, a)), None)
    if d is None:  # a crop or fiscal year with no cue (`ปี 2559/2560`) is a period, no deadline
        d = next((d for d in within(dates, a, b) if d.value[:1].isdigit() and not _one_year(d)
                  and not L.result.search(text, max(a, d.start - 30), d.start)
                  and not L.comparison.search(text[max(a, d.start - 20):d.start])), None)
    return _deadline_value(d.value) if d else None


def _one_year(d: Date) -> bool:
    """A span of two consecutive years: a crop or fiscal year (2559/2560), one period."""
    m = re.fullmatch(r"(\d{4})/(\d{4})", d.value)
    return m is not None and int(m.group(2)) - int(m.group(1)) == 1


def _deadline_value(value: str) -> str:
    """A deadline is a year or a date; an interval's end counts (2021/2030 -> 2030)."""
    if "/" in value:
        value = value.split("/")[1]
    return value


# ------------------------------------------------------------------------- direction

def _last(rx: re.Pattern, text: str, a: int, b: int):
    last = None
    for m in rx.finditer(text, a, b):
        last = m
    return last


def _direction(text, s0, pos, L: _Lang) -> str:
    m = _last(L.direction, text, max(s0, pos - 60), pos)
    return L.directions.get(m.group(0).casefold(), "reach") if m else "reach"
