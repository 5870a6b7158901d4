"""Sentences and clauses: where the one around a position starts and ends; and the pieces
the phrase grammars (targets, tasks, meetings, references) share: how the words of a phrase
stand in a sentence (:func:`spacing`), word lists as alternations that never match when a
language has none (:func:`any_of`, :func:`listed`), the marks a phrase does not run across
(:func:`marks_class`) and caches per loaded language (:func:`per_language`).

A sentence ends at a line break, or right after one of its language's sentence marks
(``[sentences] end_marks``) when whitespace or the end of the text follows; a clause also
ends after a clause mark (``[sentences] clause_marks``). A language without marks (Thai
writes none) has one sentence a line. The boundaries are found in one pass over the text and
every lookup is a bisection, so a megabyte without a line break costs no more than many
short lines.

>>> text = "Năm 2024 đạt 5 tỷ; năm 2025 đạt 6 tỷ. Tiếp tục!\\nDòng hai"
>>> s = Sentences(text, end_marks=(".", "!"))
>>> [text[slice(*s.around(text.find(w)))] for w in ("6 tỷ", "Tiếp", "hai")]
['Năm 2024 đạt 5 tỷ; năm 2025 đạt 6 tỷ.', ' Tiếp tục!', 'Dòng hai']
>>> c = Sentences(text, end_marks=(".", "!"), clause_marks=(";",))
>>> [text[slice(*c.around(text.find(w)))] for w in ("5 tỷ", "6 tỷ")]
['Năm 2024 đạt 5 tỷ;', ' năm 2025 đạt 6 tỷ.']

A mark inside a number or an abbreviation followed by a letter ends nothing; a line break
always does, and is in neither of the sentences it separates:

>>> text = "Có 1.981 tổ (TP.HCM) và 3,5 tỷ.\\n\\nHết"
>>> s = Sentences(text, end_marks=(".",))
>>> [text[a:b] for a, b in (s.around(5), s.around(32), s.around(34))]
['Có 1.981 tổ (TP.HCM) và 3,5 tỷ.', '', 'Hết']

A span's sentence runs from the start of the sentence of its first character to the end of
the sentence of its last:

>>> text = "A 1. B 2.\\nC"
>>> s = Sentences(text, end_marks=(".",))
>>> s.around(2), s.around(2, 7), s.around(10)
((0, 4), (0, 9), (10, 11))
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..lang import alternation, profile, words
from .common import word_edges

NEVER = r"(?!)"  # a pattern that matches nothing


class Sentences:
    """The sentence (or clause) boundaries of one text."""

    def __init__(self, text: str, end_marks=(), clause_marks=()):
        self.length = len(text)
        marks = (*end_marks, *clause_marks)
        if all(len(m) == 1 for m in marks):
            starts = _single_char_bounds(text, "".join(marks))
            nexts = [a + 1 for a in starts]
        else:
            rx = re.compile(rf"\n|(?:{alternation(marks)})(?=\s|\Z)")
            spans = [m.span() for m in rx.finditer(text)]
            starts, nexts = [a for a, _ in spans], [b for _, b in spans]
        self.starts: list[int] = starts  # where the boundary's characters start
        # where the sentence before the boundary ends: a line break is in neither sentence
        self.ends: list[int] = [a if text[a] == "\n" else b for a, b in zip(starts, nexts)]
        self.nexts: list[int] = nexts  # where the sentence after the boundary starts

    def around(self, start: int, end: int | None = None) -> tuple[int, int]:
        """(first, after last) offset of the sentence around ``[start, end)``."""
        i = bisect_right(self.nexts, start) - 1
        j = bisect_left(self.starts, start if end is None else end)
        ends = self.ends
        return (self.nexts[i] if i >= 0 else 0), (ends[j] if j < len(ends) else self.length)


def _newlines(text: str) -> list[int]:
    r"""The offsets of the line breaks (``\n``) of ``text``, found by ``str.find``."""
    out = []
    at = text.find("\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n", at + 1)
    return out


def _single_char_bounds(text: str, marks: str) -> list[int]:
    r"""Where the boundaries ``\n|[marks](?=\s|\Z)`` finds start, for marks of one character
    each: every line break, and every mark with whitespace or the end of the text after it.
    Each character is looked for with ``str.find``, far faster than a regex trying an
    alternation at every position.

    >>> _single_char_bounds("a. b.c!\nd?", ".!?")
    [1, 6, 7, 9]
    """
    found = _newlines(text)
    end = len(text) - 1
    for mark in set(marks):
        at = text.find(mark)
        while at >= 0:
            if at == end or text[at + 1].isspace():
                found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def per_language(fn):
    """Cache ``fn(lang, ...)`` for each loaded profile of ``lang``: a language loaded anew (a
    folder added with :func:`coopdocs.lang.add_path`) is read anew, never from what another
    folder of that code gave."""
    cached = functools.cache(lambda prof, *args: fn(prof.code, *args))

    @functools.wraps(fn)
    def wrapper(lang: str, *args):
        return cached(profile(lang), *args)
    return wrapper


def sentences(text: str, lang: str) -> Sentences:
    """The sentences of ``text`` in language ``lang`` (made once for the text)."""
    return _split(text, profile(lang), False)


def clauses(text: str, lang: str) -> Sentences:
    """The clauses of ``text``: its sentences, also cut after clause marks (``;``)."""
    return _split(text, profile(lang), True)


@functools.lru_cache(maxsize=4)
def _split(text: str, prof, clause: bool) -> Sentences:
    s = prof.sentences
    return Sentences(text, s.end_marks, s.clause_marks if clause else ())


def within(items, a: int, b: int, last_first: bool = False):
    """The items of a :class:`~coopdocs.rules.common.ByStart` that start in [a, b), one at a
    time, so that a search in a long sentence stops at the first that qualifies.

    >>> from types import SimpleNamespace as N
    >>> from coopdocs.rules.common import ByStart
    >>> idx = ByStart([N(start=30), N(start=5), N(start=12)])
    >>> [i.start for i in within(idx, 5, 31)], [i.start for i in within(idx, 6, 31, True)]
    ([5, 12, 30], [30, 12])
    """
    lo, hi = bisect_left(items.starts, a), bisect_left(items.starts, b)
    return (items.items[i] for i in (range(hi - 1, lo - 1, -1) if last_first else range(lo, hi)))



def mark_chars(lang: str) -> str:
    """The characters of the sentence and clause marks of ``lang``, each once.

    >>> mark_chars("vi"), mark_chars("th")
    ('!.;?', '')
    """
    s = profile(lang).sentences
    return "".join(sorted(set("".join((*s.end_marks, *s.clause_marks)))))


def inside_class(chars: str) -> str:
    """``chars`` escaped for the inside of a regex class (``[^\\n{...}]``)."""
    return "".join(re.escape(c) for c in chars)


def marks_class(lang: str) -> str:
    """The sentence and clause marks of ``lang`` for the inside of a regex class: what a
    phrase does not run across."""
    return inside_class(mark_chars(lang))


def listed(lang: str, name: str) -> str:
    """The words of the language's list ``name``.tsv as an alternation; never matching if
    the language has no such list."""
    return any_of(words(lang, name, optional=True))


def any_of(items) -> str:
    """A regex alternation of the literal words ``items``, longest first; a pattern that never
    matches when there are none (a language without such words).

    >>> re.match(any_of(["giao", "giao cho"]), "giao cho Sở").group(), any_of([])
    ('giao cho', '(?!)')
    """
    return alternation(items) or NEVER


@dataclass(frozen=True)
class Spacing:
    """How the words of a phrase are written: where they are spaced (vi), a cue word is whole
    (``before``/``after``: :func:`~coopdocs.rules.common.word_edges`) and words join with a
    space; where they are not (th), a cue touches the letters around it and words join with
    nothing."""

    spaced: bool
    before: str
    after: str
    join: str


@per_language
def spacing(lang: str) -> Spacing:
    """The :class:`Spacing` of language ``lang`` (``[text] spaced``)."""
    if profile(lang).text.spaced:
        return Spacing(True, *word_edges(lang), " ")
    return Spacing(False, "", "", "")
