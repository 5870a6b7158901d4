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

    >>> numeral("vi")
    '[0-9]+(?:[.,][0-9]+)*'
    """
    d = digit_class(lang)
    return rf"{d}+(?:[.,]{d}+)*"


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
    """The space between two words: required where words are spaced, optional where not."""
    return rf"{SPACE}+" if profile(lang).text.spaced else rf"{SPACE}*"


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
