"""Patterns searched line by line find what a search of the whole text finds."""
from __future__ import annotations

import random
import re

import pytest

from coopdocs.rules.figures import grammar
from coopdocs.rules.figures_lines import DENSE_AFTER, Lined, needed_words
from coopdocs.rules.scan import LONG

PIECES = {
    "vi": ["8 giờ 30 phút", "lúc 14 giờ", "6 tháng đầu năm", "sơ kết 6 tháng", "trong 3 tháng,",
           "bình quân của 01 HTX", "Trung bình 1 HTX", "TRONG 6 THÁNG:", "tháng", "giờ", "12",
           " ", "\u00a0", "\n", "x", "đạt", "3", "h", ":", "trung", "bình"],
    "th": ["09.30 น.", "เวลา 10.00", "9 นาฬิกา", "6 เดือนแรก", "กษ 0410/ว 123", "โทร. 0 2123 4567",
           "แฟกซ์ 02 123 4567", "/", ".", "๑๒", "12", " ", "\n", "เดือน", "นาฬิกา", "ก", "น"],
}


def _text(lang: str, seed: int, lines_apart: bool) -> str:
    rnd = random.Random(seed)
    pieces = PIECES[lang]
    out, n = [], 0
    while n < LONG + 500:
        piece = rnd.choice(pieces)
        if lines_apart and rnd.random() < 0.9:
            piece = "filler text " * rnd.randrange(1, 60) + "\n"
        out.append(piece)
        n += len(piece)
    return "".join(out)


def _lined(lang):
    g = grammar(lang)
    return [rx for rx in (*g.masks, g.averaging) if isinstance(rx, Lined)]


@pytest.mark.parametrize("lang", ["vi", "th"])
@pytest.mark.parametrize("lines_apart", [True, False], ids=["sparse", "dense"])
def test_lined_masks_find_what_the_whole_text_search_finds(lang, lines_apart):
    patterns = _lined(lang)
    assert patterns and any(p.words() is not None for p in patterns)
    for seed in range(3):
        text = _text(lang, seed, lines_apart)
        shared: dict = {}  # the places of the words, kept for the next patterns
        for p in patterns:
            plain = p.rx  # the pattern itself (compiled on first use)
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in p.finditer(text)] == expected, plain.pattern
            assert [m.span() for m in p.finditer(text, found=shared)] == expected


def test_a_word_on_most_lines_ends_in_one_search():
    rx = re.compile(r"\d+ giờ")
    text = "".join(f"{i} giờ x\n" for i in range(LONG // 5))
    lined = Lined(rx)
    assert len(text) >= LONG and LONG // 5 > DENSE_AFTER
    assert [m.span() for m in lined.finditer(text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\d{1,2} [ ]*+ giờ", re.VERBOSE, "giờ"),
    (r"(?:lúc|vào) \d+", 0, "lúc|vào"),
    (r"(?P<w>sáu|bảy)-tháng", 0, "\\-tháng"),  # the longer word
    (r"\d+/\d+", 0, "/"),
    (r"(?:giờ|h) \d", 0, None),  # one alternative is a single letter
    (r"\d+h", 0, None),
    (r"giờ\s+\d", 0, None),  # \s matches a line end
    (r"giờ[^x]\d", 0, None),
    (r"giờ.\d", re.DOTALL, None),
    (r"giờ\d$", 0, None),  # $ without re.MULTILINE tells the last line end from others
    (r"giờ\d$", re.MULTILINE, "giờ"),
    (r"giờ(?=\n)", 0, None),  # a lookahead that reads the line end
    (r"(?:giờ)?", 0, None),  # may match nothing
    (r"\d+", 0, None),
])
def test_needed_words(pattern, flags, words):
    found = needed_words(re.compile(pattern, flags))
    assert (found.pattern if found else None) == words


def _lines_with(rx, text):
    return sorted({text.rfind("\n", 0, m.start()) for m in rx.finditer(text)})


@pytest.mark.parametrize("words", [("giờ",), ("tháng", "trong"), ("bình", "trung"), ("is",),
                                   ("σα",), ("ab cd",)], ids=str)
@pytest.mark.parametrize("text", [
    "Giờ x\nGIỜ giờ\nno\nTHÁNG trong\nBình TRUNG\nIS iS Is\nΣΑ σα\nAB CD",
    "gıờ\nGİỜ\nıs\nſ\n",  # other forms of i and s, a capital I with a dot
    "ΣΑΣ\nσας\nΣΑ\n",  # a final capital sigma lowers to a final sigma
    "K\u212a\n\u0130s\nbınh\n",
], ids=["plain", "i-s-forms", "sigma", "kelvin-dotted"])
def test_lowered_places_are_on_the_lines_of_a_case_insensitive_search(words, text):
    from coopdocs.rules.figures_lines import lowered_places

    rx = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    places = lowered_places(text, words, {})
    if places is not None:  # None: the caller searches with rx itself
        assert sorted({text.rfind("\n", 0, p) for p in places}) == _lines_with(rx, text)


def test_a_short_text_without_the_needed_words_is_not_searched():
    from coopdocs.rules.figures_lazy import Later

    lined = Lined(Later(r"bình quân \d+ HTX", re.IGNORECASE), needs="bình quân")
    assert list(lined.finditer("trung bình 5 HTX")) == [] and not lined.rx.compiled
    assert [m.group() for m in lined.finditer("BÌNH QUÂN 5 htx")] == ["BÌNH QUÂN 5 htx"]
