"""Number words grouped by their first character match as the plain alternation does."""
from __future__ import annotations

import random
import re

import pytest

from coopdocs.normalize.numerals import _by_first_character, _numwords, word_parts, words_pattern


def _plain(lang: str) -> str:
    """The alternation of every word in order, as words_pattern wrote it before grouping."""
    return "|".join(re.escape(w) + tail for w, tail in word_parts(lang))


def _texts(lang: str, n: int = 200):
    words = list(_numwords(lang)) + ["x", " ", "\u00a0", "A", "5"]
    rnd = random.Random(11)
    sep = " " if lang == "vi" else ""
    return [sep.join(rnd.choice(words) for _ in range(rnd.randrange(1, 8))) for _ in range(n)]


@pytest.mark.parametrize("lang", ["vi", "th"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "nocase"])
def test_grouped_words_match_as_the_plain_alternation(lang, flags):
    spaced = r"[ \u00a0]+" if lang == "vi" else ""
    grouped, plain = words_pattern(lang), _plain(lang)
    assert grouped != plain  # grouping took place
    run = "(?:{0})(?:" + spaced + "(?:{0}))*"
    rx_g = re.compile(run.format(grouped), flags)
    rx_p = re.compile(run.format(plain), flags)
    for text in _texts(lang) + [t.upper() for t in _texts(lang)]:
        assert [m.span() for m in rx_g.finditer(text)] == [m.span() for m in rx_p.finditer(text)]


@pytest.mark.parametrize("words", [
    ["a", "ab", "b", "abc", "ba"],  # a word before a longer one that starts like it
    ["abc", "ab", "a", "ba", "b"],
    ["ab", "Ab", "b"],  # first characters that match each other ignoring case
    ["đạt", "Đạt", "đ"],
], ids=str)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "nocase"])
def test_grouping_keeps_the_order_of_the_words(words, flags):
    parts = [(w, "") for w in words]
    grouped = _by_first_character(parts)
    plain = "|".join(re.escape(w) for w in words)
    for text in ["abcab ba Ab AB", "ABC aB bA", "đạt Đạt đĐ ĐẠT"]:
        assert ([m.span() for m in re.finditer(grouped, text, flags)]
                == [m.span() for m in re.finditer(plain, text, flags)])
