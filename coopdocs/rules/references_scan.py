"""Reference patterns that open alike share one search of a long text.

Two reference patterns often open with the same part: a kind word at a word start
(``(?<!\\w) (?P<kw>{KIND})``), then a number cue or a name. Each pattern searched by itself
tests that opening at every position where it may start. :class:`Shared` finds the opening
once, and each pattern is then matched only where it was found, in order, each match at or
after the end of the one before: what the pattern's own ``finditer`` gives, since every one of
its matches starts with the opening.

The opening of two patterns is the longest start of their filled text that parses to the
same first items of both parsed patterns (a regex of its own, which a match of either pattern
matches at its start).
"""
from __future__ import annotations

import re
from itertools import islice

from .dates_scan import WHOLE, Anchored, forget_parses, parsed, skips_by_itself, with_anchor
from .scan import LONG

try:  # the parser of the re module (private: any surprise leaves each pattern to itself)
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - another Python
    _parser = _c = None


DENSE = 32  # an opening found more often than once in this many characters is not used


class Opening:
    """The first part that several patterns share, found everywhere it matches."""

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags = pattern, flags
        self._rx: re.Pattern | None = None

    def starts(self, text: str) -> list[int] | None:
        """Every position of ``text`` where the opening matches (overlapping ones too); None
        when it opens more than one position in :data:`DENSE`: there each pattern's own
        search costs less than trying it at every one of them."""
        if self._rx is None:
            rx = re.compile(self.pattern, self.flags)
            self._rx = with_anchor(rx) or re.compile(f"(?=(?P<{WHOLE}>{self.pattern}))",
                                                     self.flags)
        most = len(text) // DENSE
        found = [m.start() for m in islice(self._rx.finditer(text), most + 1)]
        return found if len(found) <= most else None


class Shared:
    """A pattern searched through the opening it shares with others, on a long text."""

    __slots__ = ("anchored", "opening", "rx")

    def __init__(self, anchored: Anchored, opening: Opening | None):
        self.anchored, self.opening, self.rx = anchored, opening, anchored.rx

    def finditer(self, text: str, found: dict):
        """The matches of ``self.rx.finditer(text)``; ``found`` keeps the openings' starts
        in this text for the other patterns (a dict made for this text only)."""
        if self.opening is None or len(text) < LONG:
            yield from self.anchored.finditer(text)
            return
        if self.opening not in found:
            found[self.opening] = self.opening.starts(text)
        starts = found[self.opening]
        if starts is None:
            yield from self.anchored.finditer(text)
            return
        last, match = 0, self.rx.match
        for p in starts:
            if p >= last:
                m = match(text, p)
                if m is not None:
                    last = m.end()
                    yield m


def shared(patterns: list[Anchored]) -> list[Shared]:
    """Each pattern with the opening it shares with another one of ``patterns``, if any. A
    pattern the engine skips through by itself (one opening with a literal) keeps its own
    search: it costs less than trying it at each place of an opening. The fast forms of the
    patterns are built here, and the parsed patterns then let go."""
    openings: dict[tuple[str, int], Opening] = {}
    out = []
    alone = [skips_by_itself(a.rx) for a in patterns]
    for i, a in enumerate(patterns):
        head = None
        for j, b in enumerate(patterns):
            if j != i and a.rx.flags == b.rx.flags and not alone[i] and not alone[j]:
                head = head or opening(a.rx.pattern, b.rx.pattern, a.rx.flags)
        key = (head, a.rx.flags)
        if head is not None and key not in openings:
            openings[key] = Opening(head, a.rx.flags)
        out.append(Shared(a, openings.get(key)))
    for a in patterns:
        a.fast()
    forget_parses()
    return out


def opening(a: str, b: str, flags: int) -> str | None:
    """The longest start of ``a`` and ``b`` that is a regex of its own, parsed as the first
    items of both, and never empty; None if there is none, or if it is a few letters only
    (which every pattern finds as fast by itself, and which open too many words).

    >>> opening(r"(?<!\\w) (?P<kw>Luật|Bộ\\ luật) \\s+ (?P<y>\\d{4})",
    ...         r"(?<!\\w) (?P<kw>Luật|Bộ\\ luật) \\s+ số", re.VERBOSE)
    '(?<!\\\\w) (?P<kw>Luật|Bộ\\\\ luật) \\\\s+ '
    >>> opening(r"a+b", r"a+?c", 0) is None   # 'a+' opens only the first
    True
    """
    if _parser is None:
        return None
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    for i in range(n, 0, -1):
        head = a[:i]
        try:
            items = _parser.parse(head, flags)
        except (re.error, RecursionError, OverflowError):
            continue
        if not len(items) or items.getwidth()[0] == 0:
            continue
        if all(op is _c.LITERAL for op, _ in items):
            return None
        k = len(items)
        if all(repr(items.data) == repr(parsed(p, flags).data[:k]) for p in (a, b)):
            return head
    return None

