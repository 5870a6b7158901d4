"""Cheap tests run before the figure grammar's costlier searches, with the same outcome.

The words written just before a number (a qualifier, an identifier cue, a per cent word) are
found by patterns anchored at the end of a window (``... $``): searched from every position
of the window. Most numbers have none of those words before them, and a word of a list can
only end the window if the window, less the spaces and colons after it, ends with the last
characters of one of the words. :class:`Tail` tests that first.

The line of a number (first and last written character) is asked about for a few numbers
only: :class:`LineInk` finds line starts at C speed and reads only the lines asked about.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate

from ..lang import alternation

GAP = " \u00a0:"  # what the window patterns allow between a word and the window's end


class Tail:
    """Whether a window may end with one of ``words`` (then spaces, colons and one newline
    before a ``$`` anchor). False means the anchored pattern cannot match; True means it
    may (the pattern decides).

    >>> t = Tail(["khoảng", "Số:", "từ"], re.IGNORECASE)
    >>> [t.may_end(s, 0, len(s)) for s in ("đạt KHOẢNG ", "Số : ", "là\\n", "từ\\n", "ừ")]
    [True, True, False, True, False]
    >>> Tail([], 0).may_end("x", 0, 1), Tail([":"], 0).may_end("x", 0, 1)
    (False, True)
    """

    __slots__ = ("rx",)

    def __init__(self, words: Iterable[str], flags: int = 0):
        cores = [w.rstrip(GAP) for w in words]
        if any(not c for c in cores):
            self.rx = None  # a word of spaces and colons only: no test
        elif not cores:
            self.rx = re.compile(r"(?!x)x")
        else:  # the last two characters of each word (one for a word of one)
            self.rx = re.compile(rf"(?:{alternation({c[-2:] for c in cores})})\Z", flags)

    def may_end(self, text: str, lo: int, hi: int) -> bool:
        """Whether a word of the list may end ``text[lo:hi]`` before its gap."""
        if self.rx is None:
            return True
        if hi > lo and text[hi - 1] == "\n":  # ``$`` matches before a final newline too
            hi -= 1
        k = lo + len(text[lo:hi].rstrip(GAP))
        return self.rx.search(text, max(lo, k - 2), k) is not None


class LineInk:
    r"""For an offset, the first and (end of the) last non-space character of its line
    (``rules.common.Lines.ink``), line starts found once, each line read when first asked.

    >>> ink = LineInk("  12 ab\n\n x 7 \r")
    >>> ink(3), ink(8), ink(12)
    ((2, 7), (8, 8), (10, 13))
    """

    __slots__ = ("_done", "starts", "text")

    def __init__(self, text: str):
        self.text = text
        lengths = map(len, text.split("\n"))
        self.starts = [0, *accumulate(n + 1 for n in lengths)]
        self._done: dict[int, tuple[int, int]] = {}

    def __call__(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        found = self._done.get(i)
        if found is None:
            pos, end = self.starts[i], self.starts[i + 1] - 1
            line = self.text[pos:end]
            first = pos + len(line) - len(line.lstrip())
            found = self._done[i] = (first, max(first, pos + len(line.rstrip())))
        return found
