"""A normalised copy of a text, with the map back to the original offsets.

The grammars never read the original text when it needs normalising: they read one copy,
and every offset found in the copy is mapped back, so that ``text[start:end]`` of the
original is what a record shows. Vietnamese saved decomposed (NFD) reads like composed text
to a person but not to the grammars; Thai from PDFs carries damaged spellings
(:mod:`coopdocs.normalize.repair`). Each change is an *edit* (replace ``text[a:b]`` by some
string, possibly empty); a copy made by several rounds of edits keeps one :class:`Offsets`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import repeat

Edit = tuple[int, int, str]  # replace text[start:end] by the string

# Non-starters in a row that the library's normalisation orders quickly: it sorts them by
# insertion, so a long run in reverse order takes time in the square of its length
# (stream-safe text, UAX #15, never has more than 30 in a row).
SHORT_RUN = 30


def nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, in time linear in the text whatever its runs of
    combining marks: each character is decomposed alone, each run of marks is put in
    canonical order by a stable sort on the combining class, and only then composed.

    >>> marks = "\u0301\u0323" * 1000
    >>> nfc("a" + marks) == unicodedata.normalize("NFC", "a" + marks)
    True
    >>> nfc("Hợp tác xã"), nfc(unicodedata.normalize("NFD", "Hợp tác xã")) == "Hợp tác xã"
    ('Hợp tác xã', True)
    """
    if len(text) <= SHORT_RUN:
        return unicodedata.normalize("NFC", text)
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        for part in unicodedata.normalize("NFD", ch) if ord(ch) > 0x7F else ch:
            if unicodedata.combining(part):
                run.append(part)
                continue
            if run:
                out.extend(sorted(run, key=unicodedata.combining))
                run = []
            out.append(part)
    out.extend(sorted(run, key=unicodedata.combining))
    return unicodedata.normalize("NFC", "".join(out))


def is_nfc_of(copy: str) -> bool:
    """Whether ``copy``, a text with NFC edits (:func:`nfc_edits`) made, is the NFC form of the
    whole text. The edits replace pieces by canonically equivalent ones, so ``copy`` is
    canonically equivalent to the text, and the NFC form of both is one string: ``copy`` is it
    exactly when ``copy`` is NFC. It is not when a composition joins two clusters. Checking
    the copy (already NFC nearly everywhere: the library's quick check passes it) costs far
    less than normalising the whole text again.

    >>> is_nfc_of("Hợp tác"), is_nfc_of("e\\u0301")
    (True, False)
    """
    return unicodedata.is_normalized("NFC", copy)


class Runs:
    """A map of the offsets ``0 .. len - 1`` kept as runs, not one entry per offset: from
    ``at[k]`` to the next run's start, offset ``i`` maps to ``base[k] + (i - at[k])`` where the
    run advances with the text (``step`` 1) and to ``base[k]`` where it stands for one
    replaced piece (``step`` 0). A copy of a megabyte with a few thousand edits has a few
    thousand runs; an offset is found by bisection. Reads as a list of ints (index, slice,
    ``len``, iteration, ``==`` with a list).

    >>> r = Runs([0, 2, 3], [10, 20, 30], [1, 0, 1], 5)
    >>> list(r), r[1], r[-1], r[1:3], len(r), r == [10, 11, 20, 30, 31]
    ([10, 11, 20, 30, 31], 11, 31, [11, 20], 5, True)
    """

    __slots__ = ("at", "base", "length", "step")

    def __init__(self, at: list[int], base: list[int], step: list[int], length: int):
        self.at, self.base, self.step, self.length = at, base, step, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.length))]
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("offset out of range")
        k = bisect_right(self.at, i) - 1
        return self.base[k] + (i - self.at[k]) * self.step[k]

    def __iter__(self):
        at, n = self.at, len(self.at)
        for k in range(n):
            size = (at[k + 1] if k + 1 < n else self.length) - at[k]
            base = self.base[k]
            yield from (range(base, base + size) if self.step[k] else repeat(base, size))

    def __eq__(self, other) -> bool:
        if isinstance(other, (Runs, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Runs({list(self)!r})"


class _Builder:
    """Runs added in order of offset; a run of no offsets is left out."""

    def __init__(self):
        self.at: list[int] = []
        self.base: list[int] = []
        self.step: list[int] = []

    def add(self, at: int, base: int, step: int, size: int) -> None:
        if size > 0:
            self.at.append(at)
            self.base.append(base)
            self.step.append(step)

    def runs(self, length: int) -> Runs:
        return Runs(self.at, self.base, self.step, length)


class Offsets(Runs):
    """Copy offset -> original offset. As a list: where a span *starting* at copy offset ``i``
    starts in the original (``len(copy) + 1`` entries); :attr:`ends`: where a span *ending* at
    copy offset ``j`` ends. The two differ around deleted characters (a zero-width space between
    two words belongs to neither word) and inside a replaced piece (a span cut in the middle of
    a repaired piece covers the whole piece). Both are :class:`Runs`.

    >>> copy, where = rewrite("ab\\u200bc", [(2, 3, "")])
    >>> copy, list(where), list(where.ends)
    ('abc', [0, 1, 3, 4], [0, 1, 2, 4])
    """

    __slots__ = ("ends",)

    def __init__(self, starts: Runs, ends: Runs):
        super().__init__(starts.at, starts.base, starts.step, starts.length)
        self.ends = ends


def rewrite(text: str, edits: list[Edit]) -> tuple[str, Offsets]:
    """``text`` with the edits made (sorted, not overlapping) and its offsets.

    Every character of a replacement maps to the whole piece it replaces:

    >>> copy, where = rewrite("ส านัก", [(1, 3, "ำ")])
    >>> copy, list(where), list(where.ends)
    ('สำนัก', [0, 1, 3, 4, 5, 6], [0, 1, 3, 4, 5, 6])
    >>> copy, where = rewrite("ab", [(1, 2, "xyz")])
    >>> copy, list(where), list(where.ends)
    ('axyz', [0, 1, 1, 1, 2], [0, 1, 2, 2, 2])
    """
    out: list[str] = []
    starts, ends = _Builder(), _Builder()
    ends.add(0, 0, 0, 1)
    pos = at = 0  # in the text, in the copy
    for a, b, rep in edits:
        out.append(text[pos:a])
        starts.add(at, pos, 1, a - pos)
        ends.add(at + 1, pos + 1, 1, a - pos)
        at += a - pos
        out.append(rep)
        starts.add(at, a, 0, len(rep))
        ends.add(at + 1, b, 0, len(rep))
        at += len(rep)
        pos = b
    out.append(text[pos:])
    starts.add(at, pos, 1, len(text) - pos + 1)
    ends.add(at + 1, pos + 1, 1, len(text) - pos)
    size = at + len(text) - pos + 1
    return "".join(out), Offsets(starts.runs(size), ends.runs(size))


def applied(text: str, edits: list[Edit]) -> str:
    """``text`` with the edits made, as :func:`rewrite` makes it, without the offsets.

    >>> applied("ส านัก", [(1, 3, "ำ")])
    'สำนัก'
    """
    out: list[str] = []
    pos = 0
    for a, b, rep in edits:
        out.append(text[pos:a])
        out.append(rep)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def compose(first: Offsets, second: Offsets) -> Offsets:
    """The offsets of a copy of a copy: ``second`` maps into the text ``first`` maps from.

    >>> a = rewrite("a\\u00adb c", [(1, 2, "")])[1]      # 'ab c'
    >>> b = rewrite("ab c", [(2, 3, "")])[1]             # 'abc'
    >>> w = compose(a, b)
    >>> list(w), list(w.ends)
    ([0, 2, 4, 5], [0, 1, 3, 5])
    """
    return Offsets(_through(first, second), _through(first.ends, second.ends))


def _through(first: Runs, second: Runs) -> Runs:
    """``first[second[i]]`` for every ``i``, run by run: a run of ``second`` that advances
    is cut where the runs of ``first`` it passes through begin."""
    out = _Builder()
    n = len(second.at)
    for k in range(n):
        lo, hi = second.at[k], (second.at[k + 1] if k + 1 < n else second.length)
        v = second.base[k]
        if not second.step[k]:
            out.add(lo, first[v], 0, hi - lo)
            continue
        i = lo
        while i < hi:
            u = v + i - lo
            m = bisect_right(first.at, u) - 1
            upto = first.at[m + 1] if m + 1 < len(first.at) else first.length
            size = min(hi - i, upto - u)
            out.add(i, first.base[m] + (u - first.at[m]) * first.step[m], first.step[m], size)
            i += size
    return out.runs(second.length)


def nfc_edits(text: str) -> list[Edit]:
    """The edits that make ``text`` NFC, one per combining cluster that changes.

    >>> nfc_edits(unicodedata.normalize("NFD", "Hợp"))
    [(1, 4, 'ợ')]
    """
    if unicodedata.is_normalized("NFC", text):
        return []
    edits: list[Edit] = []
    for m in _clusters(text).finditer(text):
        i, j = m.span()
        piece = unicodedata.normalize("NFC", text[i:j]) if j - i <= SHORT_RUN else nfc(text[i:j])
        if piece != text[i:j]:
            edits.append((i, j, piece))
    return edits


def _clusters(text: str) -> re.Pattern:
    """The pieces of ``text`` that NFC may change, one match each: a character with the
    combining marks that follow it, or a lone character that NFC replaces. Everything else is
    a character that no mark follows and that NFC keeps: the regex skips it at C speed. The
    classes hold only the characters the text has (``set(text)``), so building them costs
    the number of distinct characters, not the Unicode range.

    >>> text = "a\\u0301b\\u212b c"
    >>> [m.span() for m in _clusters(text).finditer(text)]
    [(0, 2), (3, 4)]
    """
    present = set(text)
    marks = "".join(sorted(c for c in present if unicodedata.combining(c)))
    lone = "".join(sorted(c for c in present if unicodedata.normalize("NFC", c) != c))
    parts = []
    if marks:
        parts.append(f".[{re.escape(marks)}]+")
    if lone:
        parts.append(f"[{re.escape(lone)}]")
    return re.compile("|".join(parts) or "(?!)", re.DOTALL)


def nfc_with_offsets(text: str) -> tuple[str, Offsets] | None:
    """(NFC copy, offsets) where ``offsets[i]`` is the original index of copy character ``i``
    (and ``offsets[len(copy)] == len(text)``); None when the text is already NFC.

    >>> copy, where = nfc_with_offsets(unicodedata.normalize("NFD", "Hợp tác xã"))
    >>> copy == "Hợp tác xã", where[:4], where[-1]
    (True, [0, 1, 4, 5], 14)

    A long run of marks in reverse canonical order is put in order by a sort, not by the
    library's insertion:

    >>> copy, where = nfc_with_offsets("x" + "\u0301\u0323" * 20000 + " ạ")
    >>> len(copy), copy[:2] == "x\u0323", where[-3:]
    (40003, True, [40001, 40002, 40003])
    """
    edits = nfc_edits(text)
    if not edits:
        return None
    copy, where = rewrite(text, edits)
    if not is_nfc_of(copy):
        return None  # compositions across clusters: leave the text as it is
    return copy, where
