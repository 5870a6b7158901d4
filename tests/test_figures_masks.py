"""The figure masks written for speed find exactly what their plain forms find."""
from __future__ import annotations

import random
import re

import pytest

from coopdocs.normalize.numerals import digit_class, native_digits
from coopdocs.rules.figures import GLUED, LINKS, _anchored_masks, _common_masks, masks
from coopdocs.rules.figures_masks import Anchored, Runs

# the masks as first written: lookbehinds first, searched from every position
PLAIN = [
    r"(?<![{digits}]) (?<![{digits}][/-]) {d}++ (?:[/-]{d}++)*+ [/-][A-ZĐ][\w/.\-]*+",
    r"(?<![\d.,])(?:\+84|\+66|0)\d{{1,3}}(?:[ .-]?\d{{2,4}}){{2,3}}(?![\d,])",
    r"(?<![{digits}]) {d}++ (?:/{d}++)+",
]

TEXTS = [
    "Nghị quyết 20-NQ/TW, Kế hoạch 2949/KH-UBND, 45/2021/NĐ-CP và 17/2023/QH15.",
    "gọi 0912 345 678 hoặc +84 24 3825 1234, +66 2 123 4567, 1,0912345678, 10912 345 678",
    "tỷ lệ 1/2567, 3/5, 12/31/2024x, a1/2, 5-6-7/AB, 9/8-CD, -1/Z",
    "COVID-19, H5N1, QH15, x-1, aB2, 5-6, ĐH-3, đ-4, AB-CD-12, _A-1, éA-1, ABC12DEF3",
    "xem www.a.vn, hỏi ab.c@d.vn; http://x.y/1 @ z, https://q.r/s?t=1 mail@x",
    "wwwfoo.www.x@b.c a@b.http://x.y " + "a" * 70 + "@x.yz " + "b" * 64 + "@q.rs",
    "เลขที่ กษ 0410/ว 123 โทร. 0 2123 4567 ๑/๒๕๖๗ ๒๐-นท/ก ABC-๑๒ Q๕",
]


def _random_texts(n: int = 300):
    pieces = ["1", "23", "0", "/", "-", "+84", "+66", " ", ".", ",", "A", "QH", "b", "Đ",
              "@", "http://", "www.", "x", "\n", "๑", "๒๓", "é", "_", "NĐ-CP", "12.345"]
    rnd = random.Random(7)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 40))) for _ in range(n)]


def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_rewritten_masks_match_their_plain_forms(lang):
    d, digits = digit_class(lang), "0-9" + native_digits(lang)
    flags = re.MULTILINE | re.VERBOSE
    fast = [re.compile(p, flags) for p in _common_masks(lang)[:3]]
    plain = [re.compile(p.format(d=d, digits=digits), flags) for p in PLAIN]
    for text in TEXTS + _random_texts():
        for f, p in zip(fast, plain):
            assert _spans(f, text) == _spans(p, text), (p.pattern, text)


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_anchored_masks_match_a_search_from_every_position(lang):
    d, digits = digit_class(lang), "0-9" + native_digits(lang)
    flags = re.MULTILINE | re.VERBOSE
    plain = [re.compile(LINKS, flags), re.compile(GLUED.format(d=d, digits=digits), flags)]
    for text in TEXTS + _random_texts():
        for anchored, rx in zip(_anchored_masks(lang), plain):
            assert _spans(anchored, text) == _spans(rx, text), (rx.pattern, text)


def test_masks_of_a_text_cover_each_shape():
    text = TEXTS[0] + "\n" + TEXTS[3] + "\n" + TEXTS[4]
    mask = masks(text, "vi")
    for shape in ("20-NQ/TW", "COVID-19", "QH15", "ab.c@d.vn", "http://x.y/1"):
        start = text.index(shape)
        assert mask.hits(start, start + len(shape)), shape


@pytest.mark.parametrize(("text", "end", "limit", "expected"), [
    ("x abc-1", 5, 0, 2),
    ("x abc-1", 2, 0, None),
    ("abcd", 4, 2, 2),
    ("a" * 500 + "-", 500, 0, 0),
    ("1" + "a" * 300, 301, 0, 1),
])
def test_runs_find_the_start_of_long_runs(text, end, limit, expected):
    assert Runs("[a-z]").start(text, end, limit) == expected


def test_anchored_tries_each_start_once_past_the_last_match():
    rx = re.compile(r"[a-z]++@[a-z]++")
    local = Runs("[a-z]")

    def starts(t, m):
        s = local.start(t, m.start())
        return None if s is None else (s, m.start())

    a = Anchored(rx, [(re.compile("@"), starts)])
    text = "ab@cd@ef x@y @z"
    assert _spans(a, text) == _spans(rx, text)
