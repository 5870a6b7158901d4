"""A pattern with its leading repeated class written once in front matches as before."""
from __future__ import annotations

import random
import re

import pytest

from coopdocs.lang import profile
from coopdocs.normalize.numerals import digit_class, native_digits
from coopdocs.rules.common import case_flags, compile_data
from coopdocs.rules.figures_prefix import class_first

SYNTHETIC = [
    (r"\d{1,2} giờ", 0), (r"\d{2,} x", 0), (r"\d{3}y", 0), (r"[0-9]++ [a-z]+", 0),
    (r"[a-c]+c", 0), (r"\d{1,2}h(?!\w)", 0), (r"[ab]{1,4} \.? [ ]? \d{3,5}", re.VERBOSE),
    (r"\w{1,3}(?<=b)", re.IGNORECASE), (r"\d{1,2}h(?!\w) | \d{1,2}:\d{2}", re.VERBOSE),
]


def _profile_masks(lang):
    values = {"D": digit_class(lang), "DIGITS": "0-9" + native_digits(lang)}
    return [compile_data(p, values, case_flags(lang) | re.MULTILINE, lang)
            for p in profile(lang).figures.masks]


def _texts(n=300):
    pieces = ["1", "23", "456", " ", "\u00a0", "giờ", "h", ":", "30", "x", "y", "abc", "c",
              "tháng", "đầu", "năm", "\n", "๑๒", "นาฬิกา", ".", "น.", "กษ", "/", "ว", "-", "b"]
    rnd = random.Random(3)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 30))) for _ in range(n)]


def _cases():
    for lang in ("vi", "th"):
        for rx in _profile_masks(lang):
            yield pytest.param(rx, id=f"{lang}-{rx.pattern[:30]}")
    for pattern, flags in SYNTHETIC:
        yield pytest.param(re.compile(pattern, flags), id=pattern)


@pytest.mark.parametrize("rx", list(_cases()))
def test_class_first_matches_as_the_pattern(rx):
    fast = class_first(rx)
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_class_first_rewrites_the_leading_repeats():
    rewritten = [class_first(re.compile(p, f)).pattern != p for p, f in SYNTHETIC]
    assert rewritten == [True] * len(SYNTHETIC)
    assert class_first(re.compile(r"\d{1,2}?x")).pattern == r"\d{1,2}?x"  # lazy: left alone
    assert class_first(re.compile(r"(?:\d)+x")).pattern == r"(?:\d)+x"
