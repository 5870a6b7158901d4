"""Patterns searched over a whole text, read only on the lines that hold a word they need.

A mask of a language profile (``6 tháng đầu năm``, ``9 นาฬิกา``) needs a word in every match
(``tháng``, ``นาฬิกา``) and never matches across a line end. Searched over the whole text,
the engine still tries it from (nearly) every position; :class:`Lined` finds the lines that
hold one of its words with a small pattern of those words only, then searches each of those
lines only. The matches are the same: no match crosses a line end, so the matches of a text
are the matches of its lines, and a line without the word holds none. A line is searched
with ``pos``/``endpos``: lookbehinds still see the text before it, and at ``endpos`` every
part of the pattern behaves as at the line's end (:func:`_line_safe` checks that no part of
it, lookarounds included, can match a line end).

What a pattern needs is read from its parse (the ``re`` module's parser, as
:mod:`coopdocs.rules.scan` does): a run of literal characters at its top level, or a group of
alternatives that each begin with one. Where there is none (or only a single letter, which
every line has), the pattern is kept as it is.
"""
from __future__ import annotations

import re
import sys

from .figures_prefix import class_first
from .scan import LONG, with_guard

try:  # the parser of the re module (private: any surprise leaves the pattern as it is)
    from re import _constants as _c
    from re import _parser as _sre_parser
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - Python < 3.11
    _sre_parser = _c = _EXTRA_CASES = None

NEWLINE = 10
# a word found on a line every DENSE_CHARS characters or less (after DENSE_AFTER lines) is on
# too many lines: one search of the rest of the text costs less than one search a line
DENSE_AFTER, DENSE_CHARS = 16, 400


class Lined:
    """``rx`` whose ``finditer`` over a long text searches only the lines where a word it
    needs is found (:func:`needed_words`, worked out on the first long text).

    >>> lined = Lined(re.compile(r"\\d+ giờ"))
    >>> text = "8 giờ\\nno\\n3 h, 9 giờ 10 giờ" + "\\n" * LONG
    >>> [m.span() for m in lined.finditer(text)]
    [(0, 5), (14, 19), (20, 26)]
    """

    __slots__ = ("_fast", "_literals", "_needs", "_words", "needs", "rx")

    def __init__(self, rx: re.Pattern, needs: str | None = None):
        """``needs``, when given: a pattern one of whose matches is in every match of ``rx``
        (with its flags); a short text without one is not searched (``rx``, a
        :class:`~coopdocs.rules.figures_lazy.Later`, is then not even compiled)."""
        self.rx = rx
        self.needs = needs
        self._needs: re.Pattern | None = None
        self._words: re.Pattern | None | bool = False  # not worked out yet
        self._literals: tuple[str, ...] = ()
        self._fast: re.Pattern | None = None

    def fast(self) -> re.Pattern:
        """The pattern for a long stretch of text: a leading repeated class written once in
        front (figures_prefix), else guarded (rules.scan); built on the first long text."""
        if self._fast is None:
            self._fast = with_guard(class_first(self.rx))
        return self._fast

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def words(self) -> re.Pattern | None:
        if self._words is False:
            self._literals = tuple(needed_literals(self.rx) or ())
            self._words = needed_words(self.rx)
        return self._words

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
                 found: dict | None = None):
        """Matches as ``rx.finditer``; ``found`` keeps the places of the words in ``text`` for
        the other patterns searched over the same text that need the same words."""
        if min(endpos, len(text)) - pos < LONG:  # a short text: as the pattern itself does
            if self.needs is not None:
                if self._needs is None:
                    self._needs = re.compile(self.needs, self.rx.flags & re.IGNORECASE)
                if not self._needs.search(text, pos, endpos):
                    return iter(())
            return self.rx.finditer(text, pos, endpos)
        words = self.words() if not pos and endpos >= len(text) else None
        if words is None:  # a part of a text, or no word needed: searched at once
            return self.fast().finditer(text, pos, endpos)
        if found is None:
            return self._by_line(text, (m.start() for m in words.finditer(text)))
        key = (words.pattern, words.flags)
        if key not in found:
            places = None
            if words.flags & re.IGNORECASE:
                places = lowered_places(text, self._literals, found)
            found[key] = places if places is not None else [m.start() for m in words.finditer(text)]
        return self._by_line(text, found[key])

    def _by_line(self, text: str, places):
        end, lines = -1, 0
        for at in places:
            if at < end:
                continue  # on the line just searched
            lines += 1
            if lines >= DENSE_AFTER and lines * DENSE_CHARS > at:
                # the word is on most lines: the rest of the text in one search is cheaper
                yield from self.fast().finditer(text, end + 1)
                return
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            if end < 0:
                end = len(text)
            yield from self.fast().finditer(text, start, end)


def needed_words(rx: re.Pattern) -> re.Pattern | None:
    """A pattern of the words one of which every match of ``rx`` holds, when ``rx`` never
    matches across a line end nor an empty string (:func:`needed_literals`); None when there
    are no such words.

    >>> needed_words(re.compile(r"\\d{1,2} [ ]*+ (?:lúc|vào) [ ]+ tháng", re.X)).pattern
    'tháng'
    >>> needed_words(re.compile(r"(?:sơ[ ]+kết|báo) \\d+")).pattern
    'sơ|báo'
    >>> [needed_words(re.compile(p)) for p in (r"\\d+h", r"x\\s+y", r"abc$", r"(?s)a.b")]
    [None, None, None, None]
    """
    best = needed_literals(rx)
    if best is None:
        return None
    return re.compile("|".join(re.escape(w) for w in best), rx.flags & re.IGNORECASE)


def needed_literals(rx: re.Pattern) -> list[str] | None:
    """The words of :func:`needed_words`, or None."""
    if _sre_parser is None or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _sre_parser.parse(rx.pattern, rx.flags)
        flags = rx.flags | parsed.state.flags
        if parsed.getwidth()[0] < 1 or not _line_safe(list(parsed), flags):
            return None
        found = _needed(list(parsed))
    except (re.error, TypeError, ValueError, AttributeError, IndexError, OverflowError):
        return None
    # not a single letter or space: it is on every line; then the longest words, the fewest
    found = [s for s in found if not any(len(w) < 2 and (w.isalnum() or w.isspace()) for w in s)]
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def lowered_places(text: str, words: tuple[str, ...], found: dict) -> list[int] | None:
    """The first place of ``words`` on each line where one is, ignoring case as the ``re``
    module does (``found`` keeps the lower-cased text); None where that is not the same as
    a search for the words with re.IGNORECASE.

    The engine compares the lower case of each character (one character for one) with the
    lower case of the word's, and also accepts a few other forms of some letters (the re
    module's ``_casefix``: ``ı`` for ``i``). ``str.lower`` gives the same lower case, one
    character for one, when the text keeps its length (only ``İ`` lowers to two), but for a
    final capital sigma; so the lower-cased text is searched for the lower-cased words when
    it has its length and holds none of the other forms of the words' letters (the sigmas
    among them), and the words are made of letters with a case or of ASCII characters.

    >>> lowered_places("Giờ x\\nGIỜ giờ\\nno", ("giờ",), {})
    [0, 6]
    >>> lowered_places("giı\\ngi", ("gi",), {}) is None, lowered_places("İ gi", ("gi",), {})
    (True, None)
    """
    if _EXTRA_CASES is None or not words:
        return None
    lowered = [w.lower() for w in words]
    if any(len(lw) != len(w) or not all(c.isascii() or c.lower() != c.upper() for c in w)
           for lw, w in zip(lowered, words)):
        return None
    if "lower" not in found:
        low = text.lower()
        found["lower"] = low if len(low) == len(text) else None
    low = found["lower"]
    if low is None:
        return None
    others = {chr(v) for w in lowered for c in w for v in _EXTRA_CASES.get(ord(c), ())}
    if any(other in low for other in others):
        return None
    places = []
    for w in dict.fromkeys(lowered):
        at = low.find(w)
        while at >= 0:
            places.append(at)
            end = low.find("\n", at)
            at = low.find(w, end + 1) if end >= 0 else -1
    places.sort()
    return places


def _needed(items: list) -> list[list[str]]:
    """Sets of literal words, one of each set in every match of the sequence ``items``."""
    out: list[list[str]] = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(["".join(run)])
            run = []
        alternatives = None
        if op is _c.BRANCH:  # (?:a|b) is parsed as an alternation in the sequence
            alternatives = _leading([(op, av)])
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):  # a capturing group
            alternatives = _leading(list(av[3]))
        if alternatives:
            out.append(alternatives)
    return out


def _leading(items: list) -> list[str] | None:
    """The literal runs a group begins with: one, or one per alternative of a group that is
    a single alternation; None when some alternative begins otherwise."""
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        runs = [_run(list(branch)) for branch in items[0][1][1]]
        return runs if all(runs) else None
    run = _run(items)
    return [run] if run else None


def _run(items: list) -> str:
    chars = []
    for op, av in items:
        if op is not _c.LITERAL:
            break
        chars.append(chr(av))
    return "".join(chars)


_SAFE_AT = () if _c is None else (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY,
                                  _c.AT_NON_BOUNDARY)
_NEWLINE_CATEGORIES = () if _c is None else (_c.CATEGORY_NOT_DIGIT, _c.CATEGORY_SPACE,
                                             _c.CATEGORY_NOT_WORD, _c.CATEGORY_LINEBREAK)


def _line_safe(items: list, flags: int) -> bool:
    """No part of ``items`` (lookarounds included) can match a line end, and no anchor
    tells the end of a line from the end of the string (``$`` only with re.MULTILINE)."""
    for op, av in items:
        if op is _c.LITERAL:
            ok = av != NEWLINE
        elif op is _c.NOT_LITERAL:
            ok = av == NEWLINE
        elif op is _c.IN:
            ok = not _class_has_newline(av)
        elif op is _c.AT:
            ok = av in _SAFE_AT or (av is _c.AT_END and bool(flags & re.MULTILINE))
        elif op is _c.SUBPATTERN:
            ok = not (av[1] or av[2]) and _line_safe(list(av[3]), flags)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            ok = _line_safe(list(av[2]), flags)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            ok = _line_safe(list(av[1]), flags)
        elif op is _c.ATOMIC_GROUP:
            ok = _line_safe(list(av), flags)
        elif op is _c.BRANCH:
            ok = all(_line_safe(list(b), flags) for b in av[1])
        else:  # any character, back references, conditionals ...: not looked into
            ok = False
        if not ok:
            return False
    return True


def _class_has_newline(items) -> bool:
    negate = bool(items) and items[0][0] is _c.NEGATE
    found = False
    for op, av in items[1:] if negate else items:
        if op is _c.LITERAL:
            found = found or av == NEWLINE
        elif op is _c.RANGE:
            found = found or av[0] <= NEWLINE <= av[1]
        elif op is _c.CATEGORY:
            if av in _NEWLINE_CATEGORIES:
                found = True
            elif av not in (_c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_WORD,
                            _c.CATEGORY_NOT_LINEBREAK):
                return True  # a category not known here: assume the worst
        else:
            return True
    return found != negate
