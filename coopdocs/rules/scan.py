"""Patterns searched over a whole text, made to skip at C speed where no match can start.

Python's regex engine skips ahead quickly only when a pattern opens with a literal or a
character class. A grammar pattern often opens with an optional word, a lookbehind or an
alternation of words (``(?:ngày\\s++)? (?<![0-9.,/]) (?P<d>[0-9]{1,2}) ...``): the engine then
runs the whole pattern from every position of the text. :func:`guarded` puts in front of such
a pattern a lookahead for the characters a match can start with (read from the parsed
pattern), so that every other position fails on one class test. The matches are the same:
the lookahead is zero-width and only excludes positions where the pattern cannot match.

The guard pays off on long texts only, and building it (parsing and compiling the pattern
once more) costs start-up time: :func:`guarded` returns a :class:`Guarded` pattern, which
searches a short text with the pattern itself and builds the guarded one the first time a
long text comes.
"""
from __future__ import annotations

import re
import sys

try:  # the parser of the re module (private: any surprise leaves the pattern as it is)
    from re import _compiler as _sre_compiler
    from re import _constants as _c
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python < 3.11
    _sre_compiler = _sre_parser = _c = None

_CATEGORIES = {} if _c is None else {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}
_BROAD = {r"\w", r"\W", r"\S", r"\D"}  # classes that let nearly every position through
_ZERO_WIDTH = () if _c is None else (_c.ASSERT, _c.ASSERT_NOT, _c.AT)
_REPEATS = () if _c is None else (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


LONG = 20_000  # characters searched from which a guard is worth building


class Guarded:
    """A compiled pattern (every attribute and method of ``re.Pattern``) whose ``finditer``,
    ``search`` and ``findall`` over a long stretch of text use the guarded pattern."""

    __slots__ = ("_fast", "rx")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self._fast: re.Pattern | None = None

    def fast(self) -> re.Pattern:
        """The guarded pattern (built once; the pattern itself when no guard helps)."""
        if self._fast is None:
            self._fast = with_guard(self.rx)
        return self._fast

    def _for(self, string: str, pos: int, endpos: int) -> re.Pattern:
        return self.fast() if min(endpos, len(string)) - pos >= LONG else self.rx

    def finditer(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return self._for(string, pos, endpos).finditer(string, pos, endpos)

    def search(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return self._for(string, pos, endpos).search(string, pos, endpos)

    def findall(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return self._for(string, pos, endpos).findall(string, pos, endpos)

    def __getattr__(self, name: str):
        if name in Guarded.__slots__:  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.rx, name)

    def __reduce__(self):
        return Guarded, (self.rx,)

    def __repr__(self) -> str:
        return f"guarded({self.rx!r})"


def guarded(rx: re.Pattern) -> Guarded:
    """``rx`` as a :class:`Guarded` pattern (see the module text)."""
    return rx if isinstance(rx, Guarded) else Guarded(rx)


def with_guard(rx: re.Pattern) -> re.Pattern:
    """``rx`` with a lookahead for the characters its matches start with, when the engine
    cannot skip ahead by itself and those characters are known; else ``rx`` itself.

    >>> rx = with_guard(re.compile(r"(?:ngày\\s+)?(?<!\\d)(?P<d>\\d{1,2})/(?P<m>\\d{1,2})"))
    >>> rx.pattern
    '(?=[n\\\\d])(?:(?:ngày\\\\s+)?(?<!\\\\d)(?P<d>\\\\d{1,2})/(?P<m>\\\\d{1,2}))'
    >>> [m.groupdict() for m in rx.finditer("ngày 5/6, 17/12")]
    [{'d': '5', 'm': '6'}, {'d': '17', 'm': '12'}]
    >>> with_guard(re.compile("năm (?P<y>[0-9]{4})")).pattern   # a literal start skips already
    'năm (?P<y>[0-9]{4})'
    """
    if _sre_parser is None or not isinstance(rx.pattern, str):
        return rx
    try:
        parsed = _sre_parser.parse(rx.pattern, rx.flags)
        if _sre_compiler._get_literal_prefix(parsed, rx.flags)[0] \
                or _sre_compiler._get_charset_prefix(parsed, rx.flags):
            return rx  # the engine skips ahead by itself
        if _fails_fast(list(parsed)):
            return rx
        found = _first(list(parsed))
        if found is None or found[1] or not found[0] or _BROAD & set(found[0]):
            return rx  # (almost) any character may start it, or it may match nothing
        pieces = "".join(dict.fromkeys(found[0]))
        return re.compile(f"(?=[{pieces}])(?:{rx.pattern})", rx.flags)
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return rx


def _fails_fast(items: list) -> bool:
    """The pattern opens with what the engine tests at once: an anchor (``^``), or a repeat of
    one character class (``\\d{1,2}``); a guard in front would only add a test."""
    while items and items[0][0] is _c.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op is _c.AT:
        return True
    if op in _REPEATS and av[0] >= 1:
        sub = list(av[2])
        return len(sub) == 1 and sub[0][0] in (_c.IN, _c.LITERAL)
    return False


def _first(items: list) -> tuple[list[str], bool] | None:
    """(class pieces a match of ``items`` may start with, whether it may be empty); None
    when any character may start it."""
    pieces: list[str] = []
    for op, av in items:
        found = _first_of(op, av)
        if found is None:
            return None
        pieces += found[0]
        if not found[1]:
            return pieces, False
    return pieces, True


def _first_of(op, av) -> tuple[list[str], bool] | None:
    if op is _c.LITERAL:
        return [re.escape(chr(av))], False
    if op is _c.IN:
        return _class(av)
    if op in _ZERO_WIDTH:
        return [], True
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first(list(sub))
    if op is _c.ATOMIC_GROUP:
        return _first(list(av))
    if op is _c.BRANCH:
        pieces, empty = [], False
        for branch in av[1]:
            found = _first(list(branch))
            if found is None:
                return None
            pieces += found[0]
            empty = empty or found[1]
        return pieces, empty
    if op in _REPEATS:
        lo, hi, sub = av
        found = _first(list(sub))
        if found is None:
            return None
        return found[0], lo == 0 or hi == 0 or found[1]
    return None  # any character, a back reference, a conditional ...


def _class(items) -> tuple[list[str], bool] | None:
    pieces = []
    for op, av in items:
        if op is _c.LITERAL:
            pieces.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            pieces.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            pieces.append(_CATEGORIES[av])
        else:
            return None  # a negated class, or one the guard would not shorten
    return pieces, False
