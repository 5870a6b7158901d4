"""The cheap tests before the figure grammar's window searches never change their outcome."""
from __future__ import annotations

import pytest

from coopdocs.lang import words
from coopdocs.rules.common import Lines
from coopdocs.rules.figures import _qualifiers, grammar
from coopdocs.rules.figures_tails import LineInk, Tail

WINDOWS = {
    "vi": ["đạt khoảng ", "Số: ", "Số:\n", "số :  ", "tổng số ", "lần thứ ", "KHOẢNG  ",
           "không vượt quá ", "không\u00a0vượt quá ", "vượt trên\n", "là ", "gồm:", "từ",
           "Điều ", "điều\u00a0", "khu  phố ", "đạt\n", "", " ", ":", "hơn\n\n"],
    "th": ["ประมาณ ", "ประมาณ: ", "ร้อยละ ", "คนละ ", "ครั้งที่ ", "จำนวน", "ไม่น้อยกว่า",
           "เกิน\n", "ข้อ ", "", "\n", "สหกรณ์ละ ", "มากกว่า :"],
}


def _cases():
    for lang, windows in WINDOWS.items():
        for w in windows:
            yield pytest.param(lang, w, id=f"{lang}-{w!r}")


@pytest.mark.parametrize(("lang", "window"), list(_cases()))
def test_tail_says_no_only_where_the_pattern_cannot_match(lang, window):
    g = grammar(lang)
    pairs = [(g.qual_tail, g.qual_before), (g.cue_tail, g.cue_before),
             (g.cue_tail, g.strict_cue), (g.percent_tail, g.percent_before),
             (g.per_tail, g.per_before)]
    for tail, rx in pairs:
        if rx is not None and rx.search(window):
            assert tail.may_end(window, 0, len(window)), rx.pattern[:60]
        # the same window inside a longer text, as _identifies searches it
        text = "x " + window + "12"
        lo, hi = 2, 2 + len(window)
        if rx is not None and rx.search(text, lo, hi):
            assert tail.may_end(text, lo, hi)


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_tail_says_yes_after_every_listed_word(lang):
    before, _, _ = _qualifiers(lang)
    tail = grammar(lang).qual_tail
    for word in before:
        for gap in (" ", ": ", "\u00a0", "\n"):
            assert tail.may_end(word + gap, 0, len(word) + len(gap)), word
    cues = grammar(lang).cue_tail
    for word in words(lang, "id_cues"):
        assert cues.may_end("ab " + word + " ", 3, 4 + len(word)), word


@pytest.mark.parametrize(("words_", "window", "expected"), [
    (["khoảng"], "đạt khoảng ", True),
    (["khoảng"], "đạt khoản ", False),
    (["từ"], "ừ ", False),
    (["x"], "x\n", True),
    (["x"], "x\n\n", False),
    ([], "x", False),
    ([" :"], "anything", True),
])
def test_tail_table(words_, window, expected):
    assert Tail(words_).may_end(window, 0, len(window)) is expected


@pytest.mark.parametrize("text", [
    "", "\n", "a", "  12 ab\n\n x 7 \r", "\n\n  \n", "x\ny\n", " \t lone line \t ",
    "1.\tHead\n  2 rows  \n\t3\t4\n",
])
def test_line_ink_is_lines_ink(text):
    lines, ink = Lines(text), LineInk(text)
    for i in range(len(text) + 1):
        assert ink(i) == lines.ink(i), i
