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

import functools
import re
from dataclasses import dataclass

from ..lang import profile, rows
from ..model import Figure
from .indicators import without_measure
from .scan import with_guard
from .sentences import any_of, clauses, per_language, spacing
from .tables import column_roles

ORDER = ("estimate", "baseline", "limit", "none")
NEAR = 24  # characters before a figure that count as right before it


@dataclass(frozen=True)
class _Cue:
    """A cue right before the figure (``at``), perhaps with the word that must follow it."""

    role: str
    phrase: str
    pattern: re.Pattern
    follow: re.Pattern | None


@dataclass(frozen=True)
class _Role:
    """The cues of one role: any of them that holds gives the role, so the words of its
    ``before`` cues are searched as one alternation, and those of its ``head`` cues matched as
    one (both compiled when first used)."""

    role: str
    before_words: tuple[str, ...]
    head_words: tuple[str, ...]
    at: tuple[_Cue, ...]
    words: _Words

    @functools.cached_property
    def before(self) -> re.Pattern | None:
        """A ``before`` cue anywhere (a guard lets the search skip where none can start)."""
        return with_guard(self.words.pattern(self.before_words)) if self.before_words else None

    @functools.cached_property
    def head(self) -> re.Pattern | None:
        return self.words.pattern(self.head_words) if self.head_words else None


@dataclass(frozen=True)
class _Words:
    """How a language's cue words are matched: whole words (``edges``), perhaps in any case."""

    edges: tuple[str, str]
    flags: re.RegexFlag

    def pattern(self, words) -> re.Pattern:
        b, e = self.edges
        return re.compile(rf"{b}(?:{any_of(words)}){e}", self.flags)


@dataclass(frozen=True)
class _Cues:
    """role_cues.tsv by role, in the order the roles are tried (:data:`ORDER`)."""

    roles: tuple[_Role, ...]
    words: _Words

    @functools.cached_property
    def at_any(self) -> re.Pattern:
        """Any ``at`` cue: where none is right before a figure, none of them holds."""
        return self.words.pattern([cue.phrase for role in self.roles for cue in role.at])


@per_language
def _cues(lang: str) -> _Cues:
    sp = spacing(lang)
    words = _Words((sp.before, sp.after),
                   re.IGNORECASE if profile(lang).text.ignore_case else re.RegexFlag(0))
    cues: dict[str, dict[str, list]] = {role: {"before": [], "head": [], "at": []}
                                        for role in ORDER}
    for row in rows(lang, "role_cues", optional=True):
        phrase, role, where = row[:3]
        follow = row[3] if len(row) > 3 else None
        if where == "at":
            cues[role]["at"].append(_Cue(role, phrase, words.pattern([phrase]),
                                         words.pattern([follow]) if follow else None))
        else:
            cues[role][where].append(phrase)
    return _Cues(tuple(_Role(role, tuple(c["before"]), tuple(c["head"]), tuple(c["at"]), words)
                       for role, c in cues.items() if any(c.values())), words)


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
    since = max(lo, text.rfind(")", lo, fig.start) + 1)  # a bracket closed before the figure
    head: str | None | bool = False  # holds its own cues; the head: made when first needed
    near = max(lo, fig.start - NEAR)
    cues = _cues(lang)
    at = cues.at_any.search(text, near, fig.start) is not None \
        or cues.at_any.match(fig.text) is not None
    for role in cues.roles:
        if role.before is not None and role.before.search(text, since, fig.start) is not None \
                or at and any(_holds(cue, text, fig, near, hi) for cue in role.at):
            return None if role.role == "none" else role.role
        if role.head is not None:
            if head is False:
                head = without_measure(lang, fig.indicator) if fig.indicator else None
            if head is not None and role.head.match(head) is not None:
                return None if role.role == "none" else role.role
    return "result"


def _holds(cue: _Cue, text: str, fig: Figure, near: int, hi: int) -> bool:
    """An ``at`` cue right before the figure (from ``near``), or opening it, followed by its
    word if any."""
    at = any(m.end() >= fig.start - 1 or cue.pattern.search(text, m.end(), fig.start) is None
             and not any(ch.isdigit() for ch in text[m.end():fig.start])
             for m in cue.pattern.finditer(text, near, fig.start)) \
        or cue.pattern.match(fig.text) is not None
    if at and cue.follow is not None:
        return cue.follow.search(text, max(fig.end, fig._tail), hi) is not None
    return at
