"""Patterns sharing their opening (coopdocs.rules.references_scan) find on a long text exactly
the matches each pattern finds by itself."""
import doctest
import re
from pathlib import Path

import pytest

from coopdocs.rules import references_scan
from coopdocs.rules.dates_scan import anchored
from coopdocs.rules.references import _grammar, _shared
from coopdocs.rules.references_scan import opening, shared
from coopdocs.rules.scan import LONG

V = re.VERBOSE | re.IGNORECASE
KIND = r"(?<!\w) (?P<kw>Kế\ hoạch|Kết\ luận|Thông\ báo(?:\ kết\ luận)?)"
GROUPS = {
    "kind-then-cue-or-name": [
        (KIND + r" \s+ số \s* (?P<num>\d+)", V),
        (KIND + r" (?P<name>(?:\s+[^\s\d]+){0,3}?) \s+ (?P<num>\d+/[A-Z]+)", V),
    ],
    "one-opens-inside-another": [  # a kind word inside the words of a longer one
        (r"(?<!\w)(?P<kw>Thông báo kết luận|Kết luận)\s+(?P<num>\d+)", re.IGNORECASE),
        (r"(?<!\w)(?P<kw>Thông báo kết luận|Kết luận)(?P<rest>\s+[a-zđ]+)", re.IGNORECASE),
    ],
    "backreference": [
        (r"(?:số\s+)?(?P<lead>\d+)/(?P<y>\d{4})-(?P=lead)", re.IGNORECASE),
        (r"(?:số\s+)?(?P<lead>\d+)/(?P<y>\d{4})\b", re.IGNORECASE),
    ],
}
TEXT = ("Thông báo kết luận số 12 và Thông báo kết luận 7 của Kết luận 3; kế hoạch số 45, "
        "Kế hoạch phát triển 2949/KH, 12/2024-12 và 5/2023 x; Kết luận hội nghị.\n")
LONG_TEXT = TEXT * (LONG // len(TEXT) + 2)


def spans(found) -> list:
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_patterns_sharing_an_opening_find_their_own_matches(name):
    rxs = [re.compile(p, f) for p, f in GROUPS[name]]
    finders = shared([anchored(rx) for rx in rxs])
    assert all(f.opening is not None for f in finders)
    found: dict = {}
    for rx, finder in zip(rxs, finders):
        assert spans(finder.finditer(LONG_TEXT, found)) == spans(rx.finditer(LONG_TEXT))
        assert spans(finder.finditer(TEXT, {})) == spans(rx.finditer(TEXT))
    assert len(found) == 1


def test_an_opening_found_everywhere_leaves_each_pattern_to_its_own_search():
    rxs = [re.compile(r"(?:x\s)?(?P<d>\d+)\s*a"), re.compile(r"(?:x\s)?(?P<d>\d+)\s*b")]
    text = "1 2 3a 4 5b 6 " * (LONG // 10)  # a number opens every other position
    finders, found = shared([anchored(rx) for rx in rxs]), {}
    assert finders[0].opening is finders[1].opening is not None
    for rx, finder in zip(rxs, finders):
        assert spans(finder.finditer(text, found)) == spans(rx.finditer(text))
    assert list(found.values()) == [None]


def test_a_pattern_the_engine_skips_through_keeps_its_own_search():
    rxs = [re.compile(r"năm (?P<y>\d{4})"), re.compile(r"năm (?P<y>\d{4}) \d"),
           re.compile(r"(?:năm )?(?P<y>\d{4})")]
    assert [f.opening for f in shared([anchored(rx) for rx in rxs])] == [None, None, None]


@pytest.mark.parametrize("a, b, flags, head", [
    (r"a+b", r"a+?c", 0, None),  # the same text, another repeat
    (r"ab|cd", r"abd", 0, None),  # an alternation is not opened by its first branch
    (r"[ab]c|[ab]d", r"[ab]cd", 0, "[ab]"),  # ... but by what all its branches open with
    (r"nam \d", r"nay \d", re.IGNORECASE, None),  # letters only: too many words open so
    (r"(?:x)?y", r"(?:x)?z", 0, None),  # what they share may match nothing
    (r"\d+ x", r"\d+ y", re.VERBOSE, r"\d+ "),
    (r"(?P<kw>a|b)c", r"(?P<kw>a|b)d", 0, "(?P<kw>a|b)"),
], ids=["repeat-kinds", "alternation", "alternation-prefix", "letters", "empty", "verbose", "group"])
def test_the_opening_two_patterns_share(a, b, flags, head):
    assert opening(a, b, flags) == head


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_the_reference_grammar_finds_its_matches_through_shared_openings(lang):
    root = Path(__file__).resolve().parent.parent / "corpus" / lang
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt")))
    assert len(text) >= LONG
    found: dict = {}
    for (rx, _, _), finder in zip(_grammar(lang), _shared(lang)):
        assert spans(finder.finditer(text, found)) == spans(rx.rx.finditer(text))


def test_doctests():
    result = doctest.testmod(references_scan)
    assert result.attempted > 0 and result.failed == 0
