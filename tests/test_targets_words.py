"""A word-list pattern searched where its words start (coopdocs.rules.targets_words) finds
exactly the matches of the pattern itself, on texts in any case, with the letters the regex
engine folds together, and with a lower-cased copy of another length."""
import doctest
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.lang import alternation, words
from coopdocs.rules import targets_words
from coopdocs.rules.targets_words import WordScan, WordScans, lowered

EDGES = (r"(?<![^\W\d_])", r"(?![^\W\d_])")
LISTS = {
    "vi-goals": ["phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch năm", "đến năm", "đến hết năm",
                 "đến hết", "ước", "Đề án phát triển", "sẽ", "sẽ đạt"],
    "th-goals": ["เป้าหมาย", "ค่าเป้าหมาย", "ให้ได้", "จะ", "จะต้อง", "ภายในปี", "ปี"],
    "folded-letters": ["kiss", "sis", "ısık", "µm", "στάση"],
    "one-letter": ["a", "ab", "b c"],
}
PIECES = ["phấn đấu", "PHẤN  ĐẤU", "Mục\u00a0tiêu", "chỉ tiêu", "chỉtiêu", "kế hoạch năm",
          "đến hết năm", "đến hếtx", "Ước", "ướcx", "ĐỀ ÁN PHÁT TRIỂN", "sẽ đạt", "sẽ",
          "เป้าหมาย", "ค่าเป้าหมาย", "จะต้อง", "ภายในปี", "ปี", "KİSS", "kıss", "ſis",
          "\u212aiss", "ΣΤΆΣΗ", "στάσς", "µM", "μm", "a", "AB", "b   c", "B\u00a0C", "ab c",
          " ", ", ", "\n", "x", "2030", "đạt", "İ"]


def scans(name: str, flags: int) -> tuple[re.Pattern, WordScan]:
    items = LISTS[name]
    rx = re.compile(rf"{EDGES[0]}(?:{alternation(items)}){EDGES[1]}", flags)
    return rx, WordScan(rx, items, long=0)


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0], ids=["ignore-case", "as-written"])
@pytest.mark.parametrize("name", sorted(LISTS))
@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.sampled_from(PIECES), max_size=25))
def test_the_same_matches_as_the_pattern(name, flags, parts):
    rx, scan = scans(name, flags)
    assert scan.starts() is not None
    text = "".join(parts)
    assert spans(scan.finditer(text)) == spans(rx.finditer(text))
    assert spans(scan.finditer(text, lowered(text))) == spans(rx.finditer(text))


@pytest.mark.parametrize("lang, name", [("vi", "result_cues"), ("vi", "target_cues"),
                                        ("vi", "task_cues"), ("th", "result_cues"),
                                        ("th", "target_cues"), ("th", "task_modals")])
@settings(max_examples=40, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["", " ", "x", "\n"]),
                                st.sampled_from(["lower", "upper", "title"])), max_size=30))
def test_the_same_matches_with_a_language_list(lang, name, picks):
    items = words(lang, name)
    rx = re.compile(rf"{EDGES[0]}(?:{alternation(items)}){EDGES[1]}", re.IGNORECASE)
    scan = WordScan(rx, items, long=0)
    text = "".join(getattr(items[i % len(items)], case)() + sep for i, sep, case in picks)
    assert spans(scan.finditer(text)) == spans(rx.finditer(text))


def test_a_longer_lower_case_copy_leaves_the_search_to_the_pattern():
    rx, scan = scans("folded-letters", re.IGNORECASE)
    text = "İ kiss KISS"
    assert lowered(text) is None
    assert spans(scan.finditer(text)) == spans(rx.finditer(text)) == [(2, 6), (7, 11)]


@pytest.mark.parametrize("items", [["a ", "b"], ["a  b"], ["a\u00a0b"], [""], ["İx"]],
                         ids=["edge-space", "double-space", "no-break-space", "empty", "long-lower"])
def test_words_the_tree_cannot_follow_exactly_leave_the_search_to_the_pattern(items):
    rx = re.compile(f"(?:{alternation(items) if any(items) else 'a'})", re.IGNORECASE)
    scan = WordScan(rx, items, long=0)
    assert scan.starts() is None
    assert spans(scan.finditer("a b a  b İx")) == spans(rx.finditer("a b a  b İx"))


def test_short_texts_are_searched_by_the_pattern_itself():
    rx, _ = scans("vi-goals", re.IGNORECASE)
    scan = WordScan(rx, LISTS["vi-goals"])
    assert spans(scan.finditer("Mục tiêu 50 HTX")) == [(0, 8)]
    assert scan._starts is False  # the tree of letters is built for a long text only
    assert scan.pattern == rx.pattern and scan.match("ước 5").group() == "ước"


def test_doctests():
    result = doctest.testmod(targets_words)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0], ids=["ignore-case", "as-written"])
@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.sampled_from(PIECES), max_size=25))
def test_scans_of_one_text_find_what_each_finds(flags, parts):
    pairs = [scans(name, flags) for name in sorted(LISTS) if name != "th-goals"]  # all cased
    group = WordScans(scan for _, scan in pairs)
    assert group._union() is not None  # one pass for them all
    text = "".join(parts)
    places = group.places(text)
    assert all(p is not None for p in places) or lowered(text) is None
    for (rx, scan), at in zip(pairs, places):
        assert spans(scan.finditer(text, places=at)) == spans(rx.finditer(text))


def test_scans_that_read_the_text_in_different_cases_each_make_their_own_pass():
    (rx1, one), (rx2, two) = scans("vi-goals", re.IGNORECASE), scans("vi-goals", 0)
    text = "Mục tiêu; mục tiêu"
    places = WordScans([one, two]).places(text)
    assert [spans(s.finditer(text, places=p)) for s, p in zip((one, two), places)] \
        == [spans(rx1.finditer(text)), spans(rx2.finditer(text))] == [[(0, 8), (10, 18)],
                                                                        [(10, 18)]]
