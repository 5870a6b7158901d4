"""Mask patterns tried only where a match can start, found from a rarer anchor at C speed.

Some masks of the figure grammar start with a character that is everywhere in a text (a word
character, a letter) although their matches are rare: a link or e-mail address needs ``@``,
``http`` or ``www.``; a code glued to letters (COVID-19, QH15) needs a digit right after a
capital or a hyphen. :class:`Anchored` finds those anchors with a small pattern the engine
skips ahead for, works out from each anchor every position where the mask may start, and
tries the mask there only. Its matches are those of ``finditer`` over the whole text: the
leftmost match at or after the end of the previous one, since no other position can match.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# (first, end): the positions [first, end) where a match may start for one anchor; the mask
# must give the same answer at each of them (then the first one past the last match is tried)
Starts = Callable[[str, re.Match], tuple[int, int] | None]


class Anchored:
    """A mask pattern ``rx`` (never matching an empty string) with ``finditer`` run only at
    the starts that ``anchors`` (each with its function ``Starts``) allow.

    >>> rx = re.compile(r"[a-z]++@[a-z]++")
    >>> at = re.compile("@")
    >>> def local(t, m):
    ...     start = Runs("[a-z]").start(t, m.start())
    ...     return None if start is None else (start, m.start())
    >>> a = Anchored(rx, [(at, local)])
    >>> [m.group() for m in a.finditer("write to ab@cd or x@y, @z")]
    ['ab@cd', 'x@y']
    """

    def __init__(self, rx: re.Pattern, anchors: list[tuple[re.Pattern, Starts]]):
        self.rx = rx
        self.anchors = anchors
        self.pattern = rx.pattern

    def finditer(self, text: str) -> Iterator[re.Match]:
        spans = sorted(found for anchor, starts in self.anchors
                       for m in anchor.finditer(text) if (found := starts(text, m)))
        done = 0  # the end of the last match: matches do not overlap
        for first, end in spans:
            at = max(first, done)
            if at < end:
                m = self.rx.match(text, at)
                if m:
                    done = m.end()
                    yield m


class Runs:
    """Where a run of characters of one class ends at a given offset, found backwards by the
    engine (a window doubled while the run goes on), not character by character.

    >>> letters = Runs("[a-z]")
    >>> letters.start("x abc-1", 5), letters.start("x abc-1", 2), letters.start("abcd", 4, limit=2)
    (2, None, 2)
    """

    def __init__(self, char_class: str):
        self.char_class = char_class
        self._back: re.Pattern | None = None  # compiled on first use

    @property
    def back(self) -> re.Pattern:
        if self._back is None:
            self._back = re.compile(rf"{self.char_class}++\Z")
        return self._back

    def start(self, text: str, end: int, limit: int = 0) -> int | None:
        """The first offset of the run ending at ``end`` (at most ``limit`` characters back
        when ``limit``), None when the character before ``end`` is not in the class."""
        step = limit or 64
        lo = max(0, end - step)
        m = self.back.search(text, lo, end)
        while m and m.start() == lo and lo > 0 and not limit:  # the run may go on before lo
            step *= 2
            lo = max(0, end - step)
            m = self.back.search(text, lo, end)
        return m.start() if m else None


_LOCAL_PART = Runs(r"[\w.+-]")
_LETTERS = Runs("[A-Za-zĐđ]")
_CAPITALS = Runs("[A-Z]")


def _here(_: str, m: re.Match) -> tuple[int, int]:
    return m.start(), m.start() + 1


def _local_part(text: str, m: re.Match) -> tuple[int, int] | None:
    """Before an ``@``: the e-mail address starts at most 64 characters back, anywhere in the
    run of its characters (the same match from each: the run is read up to the ``@``)."""
    start = _LOCAL_PART.start(text, m.start(), limit=64)
    return None if start is None else (start, m.start())


def links(rx: re.Pattern) -> Anchored:
    """The mask of links and e-mail addresses ``rx`` (``http``, ``www.`` or an address with
    its local part of at most 64 characters before ``@``), tried at those only.

    >>> from .figures import LINKS
    >>> m = links(re.compile(LINKS, re.VERBOSE))
    >>> [x.group() for x in m.finditer("xem www.a.vn, hỏi ab.c@d.vn; http://x.y/1 @ z")]
    ['www.a.vn,', 'ab.c@d.vn', 'http://x.y/1']
    """
    return Anchored(rx, [(re.compile("http"), _here), (re.compile(r"www\."), _here),
                         (re.compile("@"), _local_part)])


def _glued_start(text: str, m: re.Match) -> tuple[int, int] | None:
    """A hyphen before a digit: the run of letters before it (COVID-19); a capital before a
    digit: the run of capitals it ends (QH15)."""
    q = m.start()
    start = _LETTERS.start(text, q) if text[q] == "-" else _CAPITALS.start(text, q + 1)
    return None if start is None else (start, start + 1)


def glued_codes(rx: re.Pattern, digit: str) -> Anchored:
    """The mask of codes glued to letters ``rx`` (``[A-Za-zĐđ]++-D++`` after no word character,
    ``[A-Z]++D++...`` after no capital), tried where a hyphen or a capital comes before a
    ``digit``: at the start of the run before it.

    >>> from .figures import GLUED
    >>> m = glued_codes(re.compile(GLUED.format(d="[0-9]", digits="0-9"), re.VERBOSE), "[0-9]")
    >>> [x.group() for x in m.finditer("COVID-19, H5N1, QH15, x-1, aB2, 5-6, ĐH-3")]
    ['COVID-19', 'H5N1', 'QH15', 'x-1', 'B2', 'ĐH-3']
    """
    return Anchored(rx, [(re.compile(rf"[A-Z\-](?={digit})"), _glued_start)])
