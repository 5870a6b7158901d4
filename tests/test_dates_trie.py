"""A word list written as a prefix tree (coopdocs.rules.dates_trie) matches what the plain
alternation of the same words matches: the same spans, and after backtracking the same
shorter words, case-insensitively or not."""
import doctest
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.lang import alternation, mapping, words
from coopdocs.rules import dates_trie
from coopdocs.rules.dates_trie import word_tree

LISTS = {
    "vi-kinds": list(mapping("vi", "doc_kinds")),
    "th-kinds": list(mapping("th", "doc_kinds")),
    "vi-months": list(words("vi", "months")),
    "th-months": list(words("th", "months")),
    "th-weekdays": list(words("th", "weekdays")),
    "vi-units": list(words("vi", "units")),
    "nested-prefixes": ["Thông báo kết luận", "Thông báo", "Thông tư", "Thông tư liên tịch"],
    "cases-apart": ["Kế hoạch", "kết luận", "KẾ"],
}
TEXTS = [
    "Thông  báo kết luận số 5; Thông báo kết; thông tư liên tịch 3, Kế hoạch 12/KH",
    "ngày 5 tháng mười một năm 2024, tháng chạp, tháng MƯỜI HAI 2025, tháng mười",
    "วันที่ 4 ธ.ค. 2560 และ ธันวาคม 2566 เดือน ม.ค.67 วันจันทร์ กุมภา",
    "đạt 45 tỷ đồng, 12 triệu đồng, 3 ha, 70 %, 5 tấn/ha",
    "KẾ HOẠCH kế  hoạch Kết luận kế",
]
# a continuation that makes the engine give back words: a longer word is tried first and a
# shorter one only when what follows fails
SHAPES = ["(?:{W})", r"(?P<w>{W})\s*(?P<n>[0-9]+)", r"(?:{W})(?![^\W\d_])", r"(?:{W})\s+k",
          r"(?:{W})+?"]


def finds(pattern: str, flags: int, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "ignorecase"])
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_word_tree_matches_as_the_alternation(name, shape, flags):
    tree, alt = word_tree(LISTS[name]), alternation(LISTS[name])
    for text in TEXTS:
        assert finds(shape.replace("{W}", tree), flags, text) \
            == finds(shape.replace("{W}", alt), flags, text), text


def test_a_tree_reads_each_shared_start_once():
    assert word_tree(["tháng giêng", "tháng", "thg"]) == r"th(?:g|áng(?:[ \u00a0]+giêng)?)"


@pytest.mark.parametrize("items", [
    ["số", "Số"],  # one character of two cases at one place
    ["ıx", "ix"],  # the dotless i stands for I as i does
    ["a  b", "a"],  # two spaces
    [" a", "b"],
    ["a\tb", "a"],
    ["", "a"],
    [],
], ids=["two-cases", "dotless-i", "double-space", "leading-space", "tab", "empty-word", "none"])
def test_lists_a_tree_cannot_keep_exact_stay_alternations(items):
    assert set(word_tree(items).split("|")) == set(alternation(items).split("|"))


WORD = st.text(alphabet="aAbB ıIiİ.", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=6), st.text(alphabet="aAbB ıIiİ.x1", max_size=30),
       st.sampled_from(SHAPES[:4]), st.sampled_from([0, re.IGNORECASE]))
def test_any_word_list_matches_as_the_alternation(items, text, shape, flags):
    tree, alt = word_tree(items), alternation(items)
    assert finds(shape.replace("{W}", tree), flags, text) \
        == finds(shape.replace("{W}", alt), flags, text)


def test_doctests():
    result = doctest.testmod(dates_trie)
    assert result.attempted > 0 and result.failed == 0
