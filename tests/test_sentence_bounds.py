"""Sentence boundaries found with ``str.find`` (marks of one character) are those of the
defining regex, ``\\n|(?:marks)(?=\\s|\\Z)``, on any text; marks of several characters use the
regex itself."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.lang import alternation
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
