"""An anchored pattern (coopdocs.rules.dates_scan) finds on a long text exactly the matches of
the pattern itself, and its matches answer as the pattern's own do."""
import doctest
import re
import sys

import pytest

from coopdocs.rules import dates_scan
from coopdocs.rules.dates import _grammar as date_grammar
from coopdocs.rules.dates_scan import CASED_BELOW, anchored, relaxed, with_anchor
from coopdocs.rules.references import _grammar as reference_grammar
from coopdocs.rules.scan import LONG

PATTERNS = {
    "optional-word-head": (r"(?:ngày\s++)? (?<![0-9.,/]) (?P<d>[0-9]{1,2}) / (?P<m>[0-9]{1,2})",
                           re.VERBOSE | re.IGNORECASE),
    "ignorecase-words": (r"(?<![^\W\d_])(?:tháng|quý|Năm|kelvin|şi)(?![^\W\d_])", re.IGNORECASE),
    "thai-month-head": (r"(?:เดือน\s*+)?(?P<mon>มกราคม|กุมภาพันธ์|ธันวาคม)\s*+(?P<y>\d{4})", 0),
    "lookbehinds": (r"(?:năm )?(?<![0-9])(?<!số )(?P<y>[0-9]{4})(?![0-9])", re.IGNORECASE),
    "overlapping": (r"(?:a\s*)?(?P<n>\d+)(?:\s*b)?", re.IGNORECASE),
    "span-group": (r"quý\s+(?:[IV]+|\d)\s*/?\s*(?P<span>(?:năm\s+)?(?P<y>\d{4}))", re.IGNORECASE),
}
TEXT = ("Ngày 5/6 và 17/12/2024, tháng 3 năm 2025; Quý II NĂM 2026 số 2023 đạt 45. "
        "ngày  7 / 8, quý 3/2024 a 12 b a12 A 7b KELVIN Kelvin şi ŞI Şİ "
        "เดือนมกราคม 2567 และ ธันวาคม 2566 กุมภาพันธ์2565\n")
LONG_TEXT = TEXT * (LONG // len(TEXT) + 2)


def spans(found) -> list:
    return [(m.start(), m.end(), m.span(), m.group(), m.groupdict()) for m in found]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_anchored_patterns_find_the_same_matches(name):
    rx = re.compile(*PATTERNS[name])
    assert with_anchor(rx) is not None
    assert spans(anchored(rx).finditer(LONG_TEXT)) == spans(rx.finditer(LONG_TEXT))
    assert spans(anchored(rx).finditer(TEXT)) == spans(rx.finditer(TEXT))


def test_a_found_match_reads_its_groups_as_the_match_does():
    rx = re.compile(*PATTERNS["span-group"])
    found, m = next(anchored(rx).finditer(LONG_TEXT)), rx.search(LONG_TEXT)
    assert (found.span("span"), found.start("y"), found.end("y"), found.group("y", "span")) \
        == (m.span("span"), m.start("y"), m.end("y"), m.group("y", "span"))
    assert found.groupdict() == m.groupdict() and found.group(0) == m.group(0)


@pytest.mark.parametrize("pattern, flags", [
    (r"năm (?P<y>[0-9]{4})", 0),  # the engine skips ahead already
    (r"(?:a)?b?", 0),  # may match nothing
    (r"(?:x\s)?(?P<s>[/.-])\d(?P=s)", 0),  # a backreference a lookbehind cannot hold
], ids=["literal-start", "may-be-empty", "backreference"])
def test_patterns_left_as_they_are(pattern, flags):
    rx = re.compile(pattern, flags)
    assert with_anchor(rx) is None
    assert spans(anchored(rx).finditer(LONG_TEXT)) == spans(rx.finditer(LONG_TEXT))


@pytest.mark.parametrize("pattern, flags", [
    (r"(?:ngày\s+)?(?<![0-9.])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*\d{4}",
     re.IGNORECASE),
    (r"(?<!\w)(?=(?P<lead>\d+))(?P<a>\d+/[A-Z]+)(?:\s*-\s*(?=(?P=lead)/)(?P<b>\d+/[A-Z]+))?", 0),
], ids=["separator", "lead-number"])
def test_a_pattern_with_a_backreference_is_tried_where_its_relaxed_form_matches(pattern, flags):
    rx = re.compile(pattern, flags)
    text = "ngày 5/6/2024, 7.8-2025, 12 - 3 - 2024 5/6.2024 12/KH - 12/UBND 3/KH - 4/NQ\n"
    text *= LONG // len(text) + 2
    finder = anchored(rx)
    assert finder.fast() is not None and relaxed(rx) is not None
    assert spans(finder.finditer(text)) == spans(rx.finditer(text))


@pytest.mark.parametrize("pattern", [
    r"(?P<s>(?<=x)[/.])\d(?P=s)",  # the group looks behind
    r"(?P<s>[/.](?P<t>-))\d(?P=s)",  # a group inside the group
    r"(?i:(?P<s>a))\d(?P=s)",  # flags of its own
], ids=["lookaround", "nested-group", "scoped-flags"])
def test_backreferences_whose_groups_cannot_be_copied_stay(pattern):
    assert relaxed(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern, flags, body", [
    (r"x(?P<s>[/.()\]])(?P=s)", 0, r"[/.()\]]"),
    (r"(?P<s>a\)(?:b)) c", 0, r"a\)(?:b)"),
    ("(?P<s> a # a comment (with a bracket\n [)] ) b", re.VERBOSE, " a # a comment (with a bracket\n [)] "),
    (r"(?P<s>[/.]\d", 0, None),
    (r"(?P<t>x)", 0, None),
], ids=["class", "escaped-bracket", "verbose-comment", "unbalanced", "no-such-group"])
def test_the_text_of_a_group(pattern, flags, body):
    assert dates_scan._group_body(pattern, "s", flags) == body


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_the_grammars_find_their_matches_anchored(lang, corpus_text):
    text = corpus_text(lang)
    assert len(text) >= LONG
    pats = [p[0] for p in date_grammar(lang).patterns]
    pats += [p[0] for p in reference_grammar(lang)]
    for rx in pats:
        assert spans(rx.finditer(text)) == spans(rx.rx.finditer(text)), rx.rx.pattern


def test_no_character_past_the_written_out_range_has_another_case():
    from _sre import unicode_tolower as lower

    assert all(lower(c) == c for c in range(CASED_BELOW, sys.maxunicode + 1))


def test_doctests():
    result = doctest.testmod(dates_scan)
    assert result.attempted > 0 and result.failed == 0


@pytest.fixture
def corpus_text():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "corpus"

    def text(lang: str) -> str:
        return "\n\n".join(p.read_text(encoding="utf-8")
                           for p in sorted((root / lang).glob("*.txt")))
    return text
