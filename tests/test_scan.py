"""A guarded pattern (coopdocs.rules.scan) finds exactly the matches of the pattern itself; the
guard is put only where the engine cannot skip ahead by itself, and built only for long
texts."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.rules.scan import LONG, guarded, with_guard

PATTERNS = {
    "optional-word-head": (r"(?:ngày\s++)? (?<![0-9.,/]) (?P<d>[0-9]{1,2}) / (?P<m>[0-9]{1,2})",
                           re.VERBOSE),
    "ignorecase-words": (r"(?<![^\W\d_])(?:tháng|quý|Năm)(?![^\W\d_])", re.IGNORECASE),
    "thai-month-head": (r"(?:เดือน\s*+)?(?P<mon>มกราคม|กุมภาพันธ์|ธันวาคม)\s*+(?P<y>\d{4})", 0),
    "lookbehinds": (r"(?<![0-9])(?<!số )(?P<y>[0-9]{4})(?![0-9])", 0),
    "branch-of-groups": (r"(?:(?P<a>HTX)|(?P<b>THT)|tổ\s+hợp\s+tác)\s*\d*", 0),
    "atomic-and-possessive": (r"(?>(?:ước\s+)?đạt)\s*+[0-9]++", 0),
}
UNCHANGED = {
    "literal-start": (r"năm (?P<y>[0-9]{4})", 0),
    "class-start": (r"[0-9]+%", 0),
    "anchor": (r"^[ \t]*(?:[-+•*]|\d+[.)])", re.MULTILINE),
    "repeat-of-class": (r"\d{1,2}h(?!\w)", 0),
    "broad-class": (r"(?:x)?[\w.+-]{1,64}+@", 0),
    "may-be-empty": (r"(?:ab)?", 0),
    "any-character": (r"(?:a)?.b", 0),
    "global-flag": (r"(?i)(?:a)?b", 0),
    "local-flag": (r"(?i:a)?b", 0),
}
TEXTS = [
    "Ngày 5/6 và 17/12/2024, tháng 3 năm 2025; Quý II NĂM 2026 số 2023 đạt 45.",
    "เดือนมกราคม 2567 และ ธันวาคม 2566 กุมภาพันธ์2565",
    "có 25 HTX, 3 THT và 12 tổ  hợp tác; ước đạt 70, đạt 80",
    "",
]


def spans(rx: re.Pattern, text: str) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_guarded_patterns_find_the_same_matches(name):
    pattern, flags = PATTERNS[name]
    rx = re.compile(pattern, flags)
    guard = with_guard(rx)
    assert guard is not rx and guard.pattern.startswith("(?=[")
    assert guard.groupindex == rx.groupindex and guard.flags == rx.flags
    for text in TEXTS:
        assert spans(guard, text) == spans(rx, text)


@pytest.mark.parametrize("name", sorted(UNCHANGED))
def test_patterns_the_engine_skips_for_are_left_alone(name):
    pattern, flags = UNCHANGED[name]
    rx = re.compile(pattern, flags)
    assert with_guard(rx) is rx


def test_the_guarded_patterns_do_match_something():
    for pattern, flags in PATTERNS.values():
        assert any(re.search(pattern, t, flags) for t in TEXTS), pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ngày 0123/45.,số tháng QUÝ HTX ước đạt เดือนมกราคม\n", max_size=60))
def test_guarded_patterns_agree_on_any_text(text):
    for pattern, flags in PATTERNS.values():
        rx = re.compile(pattern, flags)
        assert spans(with_guard(rx), text) == spans(rx, text)
        assert [m.span() for m in (with_guard(rx).match(text, i) for i in range(len(text))) if m] \
            == [m.span() for m in (rx.match(text, i) for i in range(len(text))) if m]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_guarded_pattern_uses_the_guard_on_long_texts_only(name):
    pattern, flags = PATTERNS[name]
    rx = re.compile(pattern, flags)
    g = guarded(rx)
    short = TEXTS[0]
    assert spans(g, short) == spans(rx, short) and g._fast is None  # no guard built
    long = (" ".join(TEXTS) + "\n") * (LONG // 100)
    assert len(long) >= LONG
    assert spans(g, long) == spans(rx, long) and g._fast is not None
    assert g.search(long, 5) and g.search(long, 5).span() == rx.search(long, 5).span()
    assert g.findall(long) == rx.findall(long)
    assert (g.pattern, g.flags, g.groupindex) == (rx.pattern, rx.flags, rx.groupindex)


def test_a_guarded_pattern_copies_and_pickles_as_its_pattern():
    import copy
    import pickle

    rx = re.compile(*PATTERNS["lookbehinds"])
    for other in (copy.copy(guarded(rx)), pickle.loads(pickle.dumps(guarded(rx)))):
        assert other.pattern == rx.pattern and spans(other, TEXTS[0]) == spans(rx, TEXTS[0])
