"""Word-list patterns searched over a long text at the places where one of their words starts.

A cue pattern of the phrase grammars is a word list between word edges: ``(?<!L)(?:phấn
đấu|mục tiêu|...)(?!L)``, matched regardless of case. Python's regex engine tries every word
of the list at every position its guard (:mod:`coopdocs.rules.scan`) lets through: at every
word that opens with one of the list's first letters, dozens of words, each letter compared
ignoring case. :class:`WordScan` finds the same matches in two steps:

1. the places where a word of the list starts, found by a pattern made of the words as a tree
   of letters (``đ(?=ến[ \\u00a0]+(?:năm|hết|...)|ặt ...)|p(?=hấn ...)``): the engine skips at C
   speed to the first letters (the pattern opens with a plain alternation of letters) and
   follows one branch of letters from there. Where the pattern ignores case, this runs over
   the lower-cased text, and every letter stands for the letters the engine takes as its other
   case (``ı`` beside ``i``, ``ſ`` beside ``s``: :data:`re._casefix`);
2. the pattern itself, matched at each of those places, left to right, a match never starting
   inside the one before: the matches of ``finditer``.

Step 1 finds every place where a match may start (and a few more, where only the word edges or
what follows fail), so the matches are the pattern's own. When a text's lower-cased copy is not
as long as the text (``İ``), or the engine's case table cannot be read, the pattern searches
the text by itself. On a short text it always does: building the tree of letters costs more
than it saves there.

>>> rx = re.compile(r"(?<!\\w)(?:mục tiêu|mục|chỉ tiêu)(?!\\w)", re.IGNORECASE)
>>> scan = WordScan(rx, ["mục tiêu", "mục", "chỉ tiêu"], long=0)
>>> text = "Mục tiêu: 50 HTX; chỉ tiêu 30, CHỈ TIÊU 40 (mụcx)"
>>> [m.group() for m in scan.finditer(text)]
['Mục tiêu', 'chỉ tiêu', 'CHỈ TIÊU']
>>> [m.span() for m in scan.finditer(text)] == [m.span() for m in rx.finditer(text)]
True
"""
from __future__ import annotations

import re

try:  # which letters the engine takes as one when it ignores case, beside their lower case
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python: the pattern searches by itself
    _EXTRA_CASES = None

from .scan import LONG

SPACES = r"[ \u00a0]+"  # a space of a listed word matches a run of them (lang.alternation)
BOUNDARY = " \u00a0"


def lowered(text: str) -> str | None:
    """The text in lower case, if that copy keeps every offset (one character for one)."""
    low = text.lower()
    return low if len(low) == len(text) else None


class WordScan:
    """``rx``, a pattern whose every match starts with one of ``words`` (as the alternation
    of :func:`coopdocs.lang.alternation` writes them), with a ``finditer`` that first finds
    where the words start (see the module text). Every other attribute is ``rx``'s."""

    __slots__ = ("_starts", "_words", "fold", "long", "rx")

    def __init__(self, rx, words, long: int = LONG):
        self.rx = rx
        self._words = tuple(words)
        self.fold = bool(rx.flags & re.IGNORECASE) and any(_cased(w) for w in self._words)
        self.long = long  # the length of text from which the words' starts are looked for
        self._starts: re.Pattern | None | bool = False  # False: not built yet

    def wants_lowered(self, text: str) -> bool:
        """Whether :meth:`finditer` over ``text`` reads its lower-cased copy."""
        return self.fold and len(text) >= self.long

    def starts(self) -> re.Pattern | None:
        """The pattern of the places where a word starts (built once); None when it cannot
        be built exactly."""
        if self._starts is False:
            self._starts = _starts_pattern(self._words, self.fold)
        return self._starts

    def finditer(self, text: str, low: str | None = None, places: list[int] | None = None):
        """The matches of ``rx`` in ``text``, in order (as ``rx.finditer(text)``). ``low``:
        :func:`lowered` ``(text)``, when the caller has it already; ``places``: the
        :meth:`places` of the text, when the caller has them (:class:`WordScans`)."""
        if places is None:
            places = self.places(text, low)
        if places is None:
            return self.rx.finditer(text)
        return self._matches(text, places)

    def places(self, text: str, low: str | None = None) -> list[int] | None:
        """Every offset of a long ``text`` where a word of the list starts (and a few more,
        where only the rest of the pattern fails), in order; None for a short text, or where
        they cannot be found exactly: search the pattern itself there."""
        if len(text) < self.long or self.starts() is None:
            return None
        if self.fold:
            low = low if low is not None else lowered(text)
            if low is None:
                return None
        return [m.start() for m in self.starts().finditer(low if self.fold else text)]

    def heads(self) -> tuple[set[str], set[str]]:
        """(the first letters of the one-letter words, the first two letters of the others)
        as they may stand in the text searched (see :meth:`starts`)."""
        singles: set[str] = set()
        pairs: set[str] = set()
        for w in self._words:
            first = _variants(w[0], self.fold) or ()
            if len(w) == 1:
                singles.update(first)
                continue
            second = BOUNDARY if w[1] == " " else _variants(w[1], self.fold) or ()
            pairs.update(a + b for a in first for b in second)
        return singles, pairs

    def _matches(self, text: str, places: list[int]):
        match, last = self.rx.match, 0
        for pos in places:
            if pos < last:
                continue
            m = match(text, pos)
            if m is not None:
                last = m.end()
                yield m

    def __getattr__(self, name: str):
        if name in WordScan.__slots__:  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.rx, name)

    def __reduce__(self):
        return WordScan, (self.rx, self._words, self.long)


def _cased(word: str) -> bool:
    """Whether the engine may match a letter of ``word`` with another letter when it ignores
    case."""
    return any(c.lower() != c or c.upper() != c or (_EXTRA_CASES is not None
                                                    and ord(c) in _EXTRA_CASES) for c in word)


def _variants(c: str, fold: bool) -> tuple[str, ...] | None:
    """The letters ``c`` stands for in the (lower-cased, where ``fold``) text searched."""
    if not fold:
        return (c,)
    low = c.lower()
    if len(low) != 1 or _EXTRA_CASES is None:
        return None
    return (low, *(chr(x) for x in _EXTRA_CASES.get(ord(low), ())))


def _starts_pattern(words, fold: bool) -> re.Pattern | None:
    """``c1(?=rest of the words that open with c1)|c2(?=...)|...``; None when a word is
    written in a way the tree of letters would not follow exactly (an empty word, spaces
    at its edges or doubled, a letter whose lower case is longer)."""
    tree: dict = {}
    for w in sorted(set(words)):
        if not w or w != w.strip(BOUNDARY) or "  " in w or "\u00a0" in w:
            return None
        node = tree
        for c in w:
            key = _variants(c, fold)
            if key is None:
                return None
            node = node.setdefault(key, {})
        node[""] = {}
    if not tree:
        return None
    branches = [re.escape(v) + (f"(?={rest})" if rest else "")
                for key, sub in tree.items() for rest in (_emit(sub),) for v in key]
    return re.compile("|".join(branches))


def _emit(node: dict) -> str:
    """What must follow a node of the tree (keys: the letters a character stands for;
    ``""``: a word ends here) for a word to start: nothing once a word may end there."""
    if "" in node:
        return ""
    alts = [(SPACES if key == (" ",) else _unit(key)) + _emit(sub) for key, sub in node.items()]
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


def _unit(key: tuple[str, ...]) -> str:
    return re.escape(key[0]) if len(key) == 1 else f"[{''.join(map(re.escape, key))}]"


class WordScans:
    """Word-list scans (:class:`WordScan`) of one text, the places of all their words found in
    one pass: a tree of the letters of every list, then each place given to the lists with a
    word whose first two letters stand there. The same places as each scan's own."""

    __slots__ = ("_heads", "_starts", "scans")

    def __init__(self, scans):
        self.scans = tuple(scans)
        self._starts: re.Pattern | None | bool = False
        self._heads: list | None = None

    def places(self, text: str, low: str | None = None) -> list[list[int] | None]:
        """The :meth:`WordScan.places` of each scan in ``text``."""
        folds = {s.fold for s in self.scans}
        if len(folds) != 1 or any(len(text) < s.long for s in self.scans) \
                or self._union() is None:
            return [s.places(text, low) for s in self.scans]
        where = text
        if folds == {True}:
            where = low if low is not None else lowered(text)
            if where is None:
                return [None] * len(self.scans)
        found = [m.start() for m in self._union().finditer(where)]
        if self._heads is None:
            self._heads = [s.heads() for s in self.scans]
        return [[p for p in found if where[p] in singles or where[p:p + 2] in pairs]
                for singles, pairs in self._heads]

    def _union(self) -> re.Pattern | None:
        if self._starts is False:
            ok = all(s.starts() is not None for s in self.scans)
            self._starts = _starts_pattern([w for s in self.scans for w in s._words],
                                           self.scans[0].fold) if ok and self.scans else None
        return self._starts


class Tail:
    """Whether a stretch of text may end with one of ``words`` followed only by characters of
    ``after`` (spaces, a colon, line breaks): the test of one character that spares the
    search of a pattern anchored at the stretch's end (``(?:words)[ ]*:?[ ]*$``) where it
    cannot match. ``fold``: the pattern ignores case.

    >>> tail = Tail(["mục tiêu", "kế hoạch"], True, " :\\n")
    >>> text = "Mục TIÊU: 50; kế hoạch 5"
    >>> tail(text, 0, 10), tail(text, 0, 23), tail(text, 0, 13), tail(text, 9, 10)
    (True, True, False, False)
    """

    __slots__ = ("after", "fold", "lasts")

    def __init__(self, words, fold: bool, after: str):
        """``words`` None: a pattern whose ends the test cannot tell (it always searches)."""
        self.fold, self.after = fold, after
        lasts: set[str] | None = set() if words is not None else None
        for w in words or ():
            found = _variants(w[-1], fold) if w and w[-1] not in after else None
            if found is None:
                lasts = None  # a word the test cannot tell: always search
                break
            lasts.update(found)
        self.lasts = lasts

    def __call__(self, text: str, lo: int, end: int) -> bool:
        """Whether a word of the list may end ``text[lo:end]`` (before characters of
        ``after``)."""
        if not self.lasts:
            return self.lasts is None  # no words: no match
        k = end
        while k > lo and text[k - 1] in self.after:
            k -= 1
        if k <= lo:
            return False
        c = text[k - 1].lower() if self.fold else text[k - 1]
        return len(c) != 1 or c in self.lasts
