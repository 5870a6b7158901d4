"""Cheaper scans with the same results: sentence boundaries found with ``str.find`` (marks of
one character) are those of the defining regex, ``\\n|(?:marks)(?=\\s|\\Z)``, on any text
(marks of several characters use the regex itself); a repair step skips only texts without a
character its pattern needs."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.lang import alternation
from coopdocs.normalize.repair import _replace, needed
from coopdocs.rules.sentences import Sentences

TEXT = st.lists(st.sampled_from(["a", "1", ".", "!", "?", ";", " ", "\n", "\t", "\u00a0", "…",
                                 "..", "tỷ", "\u3000"]), max_size=40).map("".join)
MARKS = st.lists(st.sampled_from([".", "!", "?", ";", "…"]), max_size=4, unique=True)


def reference(text: str, marks) -> list[tuple[int, int, int]]:
    """(start, end of the sentence before, start of the one after) by the regex."""
    alt = alternation(marks) if marks else "(?!)"
    return [(m.start(), m.start() if m.group() == "\n" else m.end(), m.end())
            for m in re.finditer(rf"\n|(?:{alt})(?=\s|\Z)", text)]


@settings(max_examples=400, deadline=None)
@given(TEXT, MARKS, MARKS)
def test_boundaries_are_the_regex_ones(text, end_marks, clause_marks):
    s = Sentences(text, tuple(end_marks), tuple(clause_marks))
    assert list(zip(s.starts, s.ends, s.nexts)) == reference(text, (*end_marks, *clause_marks))


@settings(max_examples=200, deadline=None)
@given(TEXT, st.lists(st.sampled_from([".", "...", "?!", "!"]), min_size=1, max_size=3,
                      unique=True))
def test_marks_of_several_characters(text, marks):
    s = Sentences(text, tuple(marks))
    assert list(zip(s.starts, s.ends, s.nexts)) == reference(text, marks)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 10))
def test_around_is_the_sentence_of_a_span(text, start, width):
    start = min(start, len(text))
    end = min(start + width, len(text))
    s = Sentences(text, (".", "!"))
    lo, hi = s.around(start, end)
    bounds = reference(text, (".", "!"))
    before = [nxt for a, _, nxt in bounds if nxt <= start]
    after = [e for a, e, _ in bounds if a >= end]
    assert (lo, hi) == (before[-1] if before else 0, after[0] if after else len(text))


# A repair step skips a text that lacks a character every match needs: never one with a match.
PATTERNS = [r"\uF70A", r"\u0E4D([\u0E48-\u0E4B])\u0E32", r"(?<=\d)[\u2007\u2009](?=\d{3}(?!\d))",
            r"[\u00ad\u200b-\u200d\u2060\ufeff]", r"ab?c|d", r"x[yz]+w",
            r"(?<=[ab])\x20(?=[cd])", r"(?i)a\u0E32", r"[^a]\n"]
CHARS = st.lists(st.sampled_from(["a", "b", "c", "d", "w", "x", "y", "z", "1", " ", "\n",
                                  "\uf70a", "\u0e4d", "\u0e48", "\u0e32", "\u2009", "\u200b",
                                  "A"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), CHARS)
def test_a_text_without_a_needed_character_has_no_match(pattern, text):
    rx = re.compile(pattern)
    need = needed(rx)
    if not all(any(c in text for c in chars) for chars in need):
        assert rx.search(text) is None
    assert _replace(rx, "")(text) == [(m.start(), m.end(), "") for m in rx.finditer(text)
                                       if m.group()]
