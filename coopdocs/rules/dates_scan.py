"""Whole-text searches of the date and reference grammars that skip ahead at C speed.

A guarded pattern (:mod:`coopdocs.rules.scan`) still enters the regex engine at every
position of the text to test its lookahead. The engine skips ahead by itself (a tight loop
over the characters) only when a pattern opens with a character class it can read without
ignoring case. :func:`anchored` writes the pattern so: the class of the characters a match
can start with, all their cases written out, is consumed, and a lookbehind steps back over it
to match the pattern itself, in a lookahead, from the class's character::

    (?-i:[nN0-9])(?<=(?=(?P<_whole>PATTERN))(?s:.))

It then finds the pattern's match at every position where one starts; :meth:`Anchored.finditer`
keeps those that ``PATTERN.finditer`` finds (each one at or after the end of the one before)
and gives them as :class:`Found` objects, which answer like the pattern's own matches.

A lookbehind cannot hold a backreference: such a pattern is tried, in order, only where its
:func:`relaxed` form (each backreference replaced by its group's own pattern) matches.
Left as the guarded pattern: a pattern the engine skips through already, one that may match
nothing, one whose backreference cannot be relaxed, a class too wide to write out.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .scan import LONG, Guarded, guarded

try:  # the parser of the re module (private: any surprise keeps the guard)
    from re import _compiler as _sre_compiler
    from re import _constants as _c
    from re import _parser

    from . import scan as _scan
except ImportError:  # pragma: no cover - another Python
    _sre_compiler = _parser = _c = _scan = None

WHOLE = "_whole"  # the group holding the pattern's own match
_BACKREFERENCE = re.compile(r"\(\?P=(\w+)\)")
_SCOPED_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
CASED_BELOW = 0x20000  # no character from here on has another case (tests/test_dates_scan.py)
WIDEST = 2000  # characters a written-out class may hold


class Found:
    """A match of an anchored pattern, answering as the pattern's own match would."""

    __slots__ = ("_m",)

    def __init__(self, m: re.Match):
        self._m = m

    def start(self, group=0) -> int:
        return self._m.start(group or WHOLE)

    def end(self, group=0) -> int:
        return self._m.end(group or WHOLE)

    def span(self, group=0) -> tuple[int, int]:
        return self._m.span(group or WHOLE)

    def group(self, *groups):
        return self._m.group(*[g or WHOLE for g in groups or (0,)])

    def groupdict(self, default=None) -> dict:
        found = self._m.groupdict(default)
        del found[WHOLE]
        return found


class Anchored:
    """A pattern whose ``finditer`` over a long text uses its anchored form; or, for a pattern
    with a backreference, the anchored form of its :func:`relaxed` one to find where to try
    the pattern itself."""

    __slots__ = ("_fast", "_relaxed", "guarded", "rx")

    def __init__(self, rx: re.Pattern | Guarded):
        self.guarded = guarded(rx)
        self.rx = self.guarded.rx
        self._fast: re.Pattern | None | bool = False
        self._relaxed = False

    def fast(self) -> re.Pattern | None:
        """The anchored pattern (built once), None where the guarded one stays."""
        if self._fast is False:
            self._fast = with_anchor(self.rx)
            if self._fast is None and _BACKREFERENCE.search(self.rx.pattern):
                loose = relaxed(self.rx)
                self._fast = with_anchor(loose) if loose is not None else None
                self._relaxed = self._fast is not None
        return self._fast

    def finditer(self, text: str):
        """The matches of ``self.rx.finditer(text)``."""
        fast = self.fast() if len(text) >= LONG else None
        if fast is None:
            yield from self.guarded.finditer(text)
        elif self._relaxed:
            yield from _tried_at(self.rx, text, (m.start() for m in fast.finditer(text)))
        else:
            last = 0
            for m in fast.finditer(text):
                if m.start() >= last:
                    last = m.end(WHOLE)
                    yield Found(m)


def _tried_at(rx: re.Pattern, text: str, starts):
    """The matches of ``rx.finditer(text)``, given (in order) every position where one may
    start: each one at or after the end of the one before."""
    last, match = 0, rx.match
    for p in starts:
        if p >= last:
            m = match(text, p)
            if m is not None:
                last = m.end() if m.end() > p else p + 1
                yield m


def relaxed(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` with each backreference ``(?P=name)`` replaced by the pattern of its group: it
    matches wherever ``rx`` does, and a lookbehind can hold it. None where that is not sure
    (a group whose pattern looks around or refers to others, one not found).

    >>> relaxed(re.compile(r"(?P<d>\\d+)(?P<s>[/.])\\d+(?P=s)\\d+")).pattern
    '(?P<d>\\\\d+)(?P<s>[/.])\\\\d+(?:[/.])\\\\d+'
    """
    pattern = rx.pattern
    if _SCOPED_FLAGS.search(pattern):  # a group's copy could stand under other flags
        return None
    for name in set(_BACKREFERENCE.findall(pattern)):
        body = _group_body(rx.pattern, name, rx.flags)
        if body is None or not _context_free(body, rx.flags):
            return None
        pattern = pattern.replace(f"(?P={name})", f"(?:{body})")
    try:
        return re.compile(pattern, rx.flags)
    except re.error:
        return None


def _group_body(pattern: str, name: str, flags: int) -> str | None:
    """The text inside the group ``(?P<name>...)`` of ``pattern``."""
    start = pattern.find(f"(?P<{name}>")
    if start < 0:
        return None
    i, depth, body = start + len(name) + 5, 1, start + len(name) + 5
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _class_end(pattern, i)
        elif ch == "#" and flags & re.VERBOSE:
            i = pattern.find("\n", i) % (len(pattern) + 1)
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            if depth == 0:
                return pattern[body:i]
        i += 1
    return None


def _class_end(pattern: str, i: int) -> int:
    """The position of the ``]`` closing the class that opens at ``i``."""
    i += 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _context_free(body: str, flags: int) -> bool:
    """The pattern ``body`` matches a text whatever stands around it: no lookaround, anchor,
    group or reference."""
    try:
        items = list(_parser.parse(body, flags))
    except re.error:
        return False
    while items:
        op, av = items.pop()
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            items += list(av[2])
        elif op is _c.BRANCH:
            items += [item for branch in av[1] for item in branch]
        elif op is _c.SUBPATTERN and av[0] is None:
            items += list(av[3])
        elif op is _c.ATOMIC_GROUP:
            items += list(av)
        else:
            return False
    return True


def anchored(rx: re.Pattern | Guarded) -> Anchored:
    """``rx`` as an :class:`Anchored` pattern (see the module text)."""
    return Anchored(rx)


def with_anchor(rx: re.Pattern) -> re.Pattern | None:
    """The anchored form of ``rx`` (module text), or None where it does not help or apply.

    >>> rx = re.compile(r"(?:năm\\s+)?(?<!\\d)(?P<y>\\d{4})", re.IGNORECASE)
    >>> with_anchor(rx).pattern[:30]
    '(?-i:[\\\\dNn])(?<=(?=(?P<_whole>'
    >>> text = "Năm 2024, 2025. " * 2000
    >>> [m.span() for m in anchored(rx).finditer(text)][:3] == [m.span() for m in rx.finditer(text)][:3]
    True
    """
    first = starts_with(rx)
    if first is None or WHOLE in rx.groupindex or rx.flags & re.LOCALE \
            or parsed(rx.pattern, rx.flags).getwidth()[0] == 0:
        return None
    cls = _written_out(first, rx.flags)
    if cls is None:
        return None
    try:
        return re.compile(f"(?-i:[{cls}])(?<=(?=(?P<{WHOLE}>{rx.pattern}))(?s:.))", rx.flags)
    except re.error:  # a backreference inside the lookbehind
        return None


@lru_cache(maxsize=256)
def parsed(pattern: str, flags: int):
    """The parsed form of a pattern (the re module's parser; read once per pattern)."""
    return _parser.parse(pattern, flags)


def skips_by_itself(rx: re.Pattern) -> bool:
    """The engine skips ahead through a text by itself for ``rx`` (what
    :func:`coopdocs.rules.scan.with_guard` leaves as it is), or cannot be helped."""
    return starts_with(rx) is None


def starts_with(rx: re.Pattern) -> str | None:
    """The class pieces (``0-9n``) a match of ``rx`` starts with, where a guard or an anchor
    helps: None where :func:`coopdocs.rules.scan.with_guard` leaves the pattern alone (read
    from the pattern parsed once, not compiled again)."""
    if _parser is None or not isinstance(rx.pattern, str):
        return None
    try:
        tree = parsed(rx.pattern, rx.flags)
        if _sre_compiler._get_literal_prefix(tree, rx.flags)[0] \
                or _sre_compiler._get_charset_prefix(tree, rx.flags) \
                or _scan._fails_fast(list(tree)):
            return None
        found = _scan._first(list(tree))
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return None
    if found is None or found[1] or not found[0] or _scan._BROAD & set(found[0]):
        return None
    return "".join(dict.fromkeys(found[0]))


@lru_cache(maxsize=64)
def _written_out(pieces: str, flags: int) -> str | None:
    """The class pieces ``pieces`` with every case of their letters when ``flags`` ignore
    case, for a pattern that does not: the characters the engine itself takes for them;
    None when that is too wide."""
    if not flags & re.IGNORECASE:
        return pieces
    kept = [p for p in (r"\d", r"\s") if p in pieces]
    rest = pieces.replace(r"\d", "").replace(r"\s", "")
    if re.search(r"\\[^\W\d_]", rest):  # another category: not written out
        return None
    chars = set(re.findall(f"[{rest}]", _every_character(), flags)) if rest else set()
    if len(chars) > WIDEST:
        return None
    return "".join(kept) + "".join(re.escape(c) for c in sorted(chars))


def forget_parses() -> None:
    """Let go of the parsed patterns and the character table once the fast forms are built
    (thousands of objects the garbage collector would go through for the process's life)."""
    parsed.cache_clear()
    _every_character.cache_clear()


@cache
def _every_character() -> str:
    """Every character that has another case (and all below them): built once, ~3 ms."""
    return "".join(map(chr, range(CASED_BELOW)))