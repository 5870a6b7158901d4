"""A figure's role (docs/records.md Figure ``role``): ``target`` | ``result`` | ``estimate`` |
``baseline`` | ``limit`` | null.

Which figures are goals is the targets grammar's decision (:mod:`coopdocs.rules.targets`):
they are ``target``. A figure in the body of a table takes the role its column header names
(:func:`coopdocs.rules.tables.column_roles`: ``Thực hiện`` result, ``Hiện trạng`` baseline,
``Ước thực hiện`` estimate). The others are classified by the cues of
``lang/<code>/role_cues.tsv`` (an estimate cue before the figure in its clause, a baseline cue
right before it, a limit cue right before it or heading its indicator, a designated-set cue
right before it: no role), in that order; a figure with none of them is a ``result``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import profile, rows
from ..model import Figure
from .indicators import without_measure
from .sentences import any_of, clauses, per_language, spacing
from .tables import column_roles

ORDER = ("estimate", "baseline", "limit", "none")
NEAR = 24  # characters before a figure that count as right before it


@dataclass(frozen=True)
class _Cue:
    role: str
    where: str  # before | at | head
    pattern: re.Pattern
    follow: re.Pattern | None


@per_language
def _cues(lang: str) -> tuple[_Cue, ...]:
    sp = spacing(lang)
    flags = re.IGNORECASE if profile(lang).text.ignore_case else re.RegexFlag(0)
    out = []
    for row in rows(lang, "role_cues", optional=True):
        phrase, role, where = row[:3]
        follow = row[3] if len(row) > 3 else None
        rx = re.compile(rf"{sp.before}(?:{any_of([phrase])}){sp.after}", flags)
        out.append(_Cue(role, where, rx, re.compile(
            rf"{sp.before}(?:{any_of([follow])}){sp.after}", flags) if follow else None))
    return tuple(sorted(out, key=lambda c: ORDER.index(c.role)))


def assign_roles(text: str, lang: str, figures: list[Figure], goals: set[int], cells) -> None:
    """Set ``role`` on every figure (in place); ``goals`` are the indexes of the targets."""
    in_columns = column_roles(text, lang, cells, figures)
    for i, fig in enumerate(figures):
        if i in goals:
            fig.role = "target"
        elif in_columns.get(i) not in (None, "target"):
            fig.role = in_columns[i]
        else:
            fig.role = _cued(text, lang, fig)


def _cued(text: str, lang: str, fig: Figure) -> str | None:
    lo, hi = clauses(text, lang).around(fig.start, fig.end)
    head = without_measure(lang, fig.indicator) if fig.indicator else None
    for cue in _cues(lang):
        if _holds(cue, text, fig, lo, hi, head):
            return None if cue.role == "none" else cue.role
    return "result"


def _holds(cue: _Cue, text: str, fig: Figure, lo: int, hi: int, head: str | None) -> bool:
    """``head``: the figure's indicator without its measure word (None: no indicator)."""
    if cue.where == "head":
        return head is not None and cue.pattern.match(head) is not None
    if cue.where == "before":  # a bracket closed before the figure holds its own cues
        return cue.pattern.search(text, max(lo, text.rfind(")", lo, fig.start) + 1),
                                  fig.start) is not None
    near = max(lo, fig.start - NEAR)
    at = any(m.end() >= fig.start - 1 or cue.pattern.search(text, m.end(), fig.start) is None
             and not any(ch.isdigit() for ch in text[m.end():fig.start])
             for m in cue.pattern.finditer(text, near, fig.start)) \
        or cue.pattern.match(fig.text) is not None
    if at and cue.follow is not None:
        return cue.follow.search(text, max(fig.end, fig._tail), hi) is not None
    return at
