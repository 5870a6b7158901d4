"""Shared pieces of the rule grammars: digit classes, data patterns, spans to avoid, item
selection."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from ..errors import LanguageError
from ..lang import known, profile
from ..normalize.numerals import digit_class, native_digits

# a digit of any known language (ASCII and every language's own digits, from digits.tsv);
# a grammar of one language uses digit_class(lang)
DIG = "[0-9" + "".join(native_digits(code) for code in known()) + "]"
# Latin letters (incl. Vietnamese) that may not touch a numeral on its left
LATIN = "A-Za-zÀ-ɏḀ-ỿ"
LETTER = r"[^\W\d_]"
SPACE = r"[ \u00a0]"


def numeral(lang: str) -> str:
    """A numeral with thousands/decimal separators (either convention); no leading separator.
    Possessive: a run of digits is scanned once, never given back digit by digit.

    >>> numeral("vi")
    '[0-9]++(?:[.,][0-9]++)*+'
    """
    d = digit_class(lang)
    return rf"{d}++(?:[.,]{d}++)*+"


def word_edges(lang: str) -> tuple[str, str]:
    """(before, after): lookarounds that keep a word list from matching inside a word, where
    the language spaces its words; nothing where it does not (the tokenizer decides there).

    >>> word_edges("th")
    ('', '')
    >>> b, e = word_edges("vi")
    >>> [bool(re.search(f"{b}xã{e}", t)) for t in ("hợp tác xã", "xãx")]
    [True, False]
    """
    if profile(lang).text.spaced:
        return rf"(?<!{LETTER})", rf"(?!{LETTER})"
    return "", ""


def gap(lang: str) -> str:
    """The space between two words: required where words are spaced, optional where not.
    Possessive (all the spaces, none given back), so never put a space pattern right before
    it: ``[ ]*`` then ``gap`` is just ``gap``.

    >>> print(gap("vi"), gap("th"))
    [ \\u00a0]++ [ \\u00a0]*+
    """
    return rf"{SPACE}++" if profile(lang).text.spaced else rf"{SPACE}*+"


def case_flags(lang: str) -> re.RegexFlag:
    """re.IGNORECASE where the language's word lists match whatever the case."""
    return re.IGNORECASE if profile(lang).text.ignore_case else re.RegexFlag(0)


_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def fill(pattern: str, values: Mapping[str, str], where: str) -> str:
    """``pattern`` with each ``{NAME}`` replaced by ``values[NAME]`` (which may hold
    placeholders too); regex quantifiers like ``{1,2}`` are left alone.

    >>> fill("{Y}|{D}{2}", {"Y": "{D}{4}", "D": "[0-9]"}, "test")
    '[0-9]{4}|[0-9]{2}'
    """
    for _ in range(5):
        names = set(_PLACEHOLDER.findall(pattern))
        if not names:
            return pattern
        missing = sorted(names - set(values))
        if missing:
            raise LanguageError(f"unknown placeholder(s) {', '.join(missing)} in {pattern!r}",
                                where)
        pattern = _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)
    raise LanguageError(f"placeholders nested too deep in {pattern!r}", where)


def compile_data(pattern: str, values: Mapping[str, str], flags: int, where: str) -> re.Pattern:
    """A pattern from a language profile, filled and compiled as ``re.VERBOSE``; a bad one is a
    :class:`LanguageError` naming where it is, not a traceback."""
    filled = fill(pattern, values, where)
    try:
        return re.compile(filled, flags | re.VERBOSE)
    except re.error as e:
        raise LanguageError(f"bad pattern ({e}): {pattern!r}", where) from None


class Mask:
    """A union of character ranges; ``hits(a, b)`` when [a, b) overlaps it.

    >>> m = Mask([(20, 30), (5, 10)])
    >>> m.hits(0, 5), m.hits(9, 12), m.hits(10, 20), m.hits(25, 26)
    (False, True, False, True)
    >>> m = Mask([(8, 12), (3, 3), (20, 25), (5, 8), (22, 24)])
    >>> list(zip(m.starts, m.ends))
    [(5, 12), (20, 25)]
    >>> m.add(12, 20)
    >>> list(zip(m.starts, m.ends))
    [(5, 25)]
    """

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()):
        """The union of ``ranges`` in any order, merged in one pass over them sorted (adding
        them one by one would shift the lists on each insertion before the last range)."""
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(r for r in ranges if r[1] > r[0]):
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

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


class Lines:
    r"""The lines of a text (split at ``\n``) found by bisection: for an offset, where its line
    starts and ends and where the line's first and last non-space characters are. Built in one
    pass, so that a question about the line of each match never scans back to the line start.

    >>> lines = Lines("  12 ab\n\n x 7 \r")
    >>> lines.span(3), lines.span(8), lines.span(12)
    ((0, 7), (8, 8), (9, 15))
    >>> lines.ink(3), lines.ink(12)
    ((2, 7), (10, 13))
    """

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._ink: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            self.starts.append(pos)
            self.ends.append(end)
            first = pos + len(line) - len(line.lstrip())
            self._ink.append((first, max(first, pos + len(line.rstrip()))))
            pos = end + 1

    def _index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line holding ``offset``, without its ``\n``."""
        i = self._index(offset)
        return self.starts[i], self.ends[i]

    def ink(self, offset: int) -> tuple[int, int]:
        """(first, end of last) non-space character of the line holding ``offset``; an empty
        range at the first non-space position when the line is all spaces."""
        return self._ink[self._index(offset)]


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
    """Greedy choice of non-overlapping candidates: longest first, then earliest, then ``key``.

    The characters taken are marked in a bytearray, so each check and each choice costs its
    candidate's length, whatever the order the candidates come in. An empty candidate is
    refused strictly inside the characters taken (between two taken characters).

    >>> from types import SimpleNamespace as N
    >>> picked = select([N(start=0, end=4), N(start=2, end=9), N(start=9, end=12),
    ...                  N(start=5, end=5), N(start=9, end=9), N(start=3, end=3)])
    >>> [(c.start, c.end) for c in picked]
    [(2, 9), (9, 12)]
    """
    if not cands:
        return []
    taken = bytearray(max(c.end for c in cands) + 1)
    chosen: list = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, key(c))):
        a, b = c.start, c.end
        if a < b:
            if taken.find(1, a, b) >= 0:
                continue
            taken[a:b] = b"\x01" * (b - a)
        elif a > 0 and taken[a - 1] and taken[a]:
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
