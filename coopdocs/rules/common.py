"""Shared pieces of the rule grammars: digit classes, spans to avoid, item selection."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

DIG = "[0-9๐-๙]"
# a numeral with thousands/decimal separators (either convention); no leading separator
NUMERAL = rf"{DIG}+(?:[.,]{DIG}+)*"
# Latin letters (incl. Vietnamese) that may not touch a numeral on its left
LATIN = "A-Za-zÀ-ɏḀ-ỿ"



class Mask:
    """A union of character ranges; ``hits(a, b)`` when [a, b) overlaps it.

    >>> m = Mask([(5, 10), (20, 30)])
    >>> m.hits(0, 5), m.hits(9, 12), m.hits(10, 20), m.hits(25, 26)
    (False, True, False, True)
    """

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in ranges:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if b <= a:
            return
        i = bisect.bisect_left(self.ends, a)  # first range that ends at or after a
        j = bisect.bisect_right(self.starts, b)  # ranges from i to j-1 touch [a, b)
        if i < j:
            a = min(a, self.starts[i])
            b = max(b, self.ends[j - 1])
        self.starts[i:j] = [a]
        self.ends[i:j] = [b]

    def hits(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b) - 1  # the last range starting before b
        return i >= 0 and self.ends[i] > a


class ByStart:
    """Items sorted by start offset, with the ones starting in [a, b) found by bisection.

    >>> from types import SimpleNamespace as N
    >>> idx = ByStart([N(start=30), N(start=5), N(start=12)])
    >>> [i.start for i in idx.between(5, 30)]
    [5, 12]
    """

    def __init__(self, items: Iterable):
        self.items = sorted(items, key=lambda i: i.start)
        self.starts = [i.start for i in self.items]

    def between(self, a: int, b: int) -> list:
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]

    def __iter__(self):
        return iter(self.items)


def select(cands: list, key=lambda c: 0) -> list:
    """Greedy choice of non-overlapping candidates: longest first, then earliest, then ``key``."""
    chosen: list = []
    taken = Mask()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, key(c))):
        if not taken.hits(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    return sorted(chosen, key=lambda c: c.start)
