"""Offsets kept as runs give, offset by offset, the lists they stand for: those of a rewrite
(one entry per copy offset, made the plain way here) and of a copy of a copy."""
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.normalize.unicode import compose, rewrite


def plain(text: str, edits) -> tuple[list[int], list[int]]:
    """(starts, ends) of a rewrite, one entry per copy offset."""
    starts, ends, pos = [], [0], 0
    for a, b, rep in edits:
        starts += range(pos, a)
        ends += range(pos + 1, a + 1)
        starts += [a] * len(rep)
        ends += [b] * len(rep)
        pos = b
    starts += range(pos, len(text) + 1)
    ends += range(pos + 1, len(text) + 1)
    return starts, ends


@st.composite
def edited(draw, text=None):
    """A text and sorted, non-overlapping edits of it (deletions, replacements, insertions)."""
    text = text if text is not None else draw(st.text("abc ", max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        edits.append((a, b, draw(st.text("xy", max_size=3))))
    return text, edits


@settings(max_examples=400, deadline=None)
@given(edited())
def test_rewrite_offsets_are_the_plain_lists(case):
    text, edits = case
    copy, where = rewrite(text, edits)
    starts, ends = plain(text, edits)
    assert list(where) == starts and list(where.ends) == ends
    assert len(where) == len(where.ends) == len(copy) + 1
    assert [where[i] for i in range(-len(starts), len(starts))] == starts + starts
    assert [where.ends[i] for i in range(len(ends))] == ends
    assert where[2:5] == starts[2:5] and where == starts
    for x in range(len(text) + 2):  # bisection reads them as the sorted lists they are
        assert bisect_left(where, x) == bisect_left(starts, x)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_composed_offsets_are_the_lists_composed(data):
    text, first = data.draw(edited())
    copy, a = rewrite(text, first)
    _, second = data.draw(edited(copy))
    _, b = rewrite(copy, second)
    both = compose(a, b)
    assert list(both) == [a[i] for i in b]
    assert list(both.ends) == [a.ends[j] for j in b.ends]
