"""Text shapes that make a backtracking pattern or a per-number scan slow, at 100,000
characters: the dates and figures layer finishes on each (no timing here: bench/linear.py
measures growth), every item's span indexes the text, and the ordinary sentences around
the hostile block are still read."""
import pytest

from coopdocs.api import load
from coopdocs.pipeline import items

SIZE = 100_000
NORMAL = {"vi": "Toàn tỉnh có 120 hợp tác xã.", "th": "จังหวัดมีสหกรณ์ 120 แห่ง"}
STEPS = ("coopdocs_dates", "coopdocs_references", "coopdocs_figures")


def _fill(unit: str, head: str = "", tail: str = "") -> str:
    body = SIZE - len(head) - len(tail)
    return head + (unit * (body // len(unit) + 1))[:body] + tail


HOSTILE = [
    pytest.param("vi", _fill("1", "Có "), id="digit-run"),
    pytest.param("th", _fill("๑", "มี "), id="thai-digit-run"),
    pytest.param("vi", _fill("a"), id="letter-run"),
    pytest.param("vi", _fill("A"), id="capital-run"),
    pytest.param("vi", _fill("a."), id="a.a."),
    pytest.param("vi", _fill("1."), id="1.1."),
    pytest.param("th", _fill("1."), id="1.1.-th"),
    pytest.param("vi", _fill("-"), id="dashes"),
    pytest.param("vi", _fill("1-"), id="1-1-"),
    pytest.param("vi", _fill("1/"), id="1/1/"),
    pytest.param("vi", _fill(" ", "Có 5", "x"), id="number-spaces"),
    pytest.param("th", _fill(" ", "มี 5", "x"), id="number-spaces-th"),
    pytest.param("vi", _fill("\u00a0"), id="nbsp-run"),
    pytest.param("vi", _fill("1 "), id="numbers-spaced"),
    pytest.param("th", _fill("สอง"), id="thai-number-words"),
    pytest.param("th", _fill("1", "โทร "), id="phone-digits-th"),
    pytest.param("th", _fill(" ", "โทร 1"), id="phone-spaces-th"),
    pytest.param("th", _fill(".1", "ก 123"), id="letter-number-th"),
    pytest.param("vi", _fill("a", "5 triệu/"), id="per-word"),
    pytest.param("vi", _fill("A1"), id="A1A1"),
    pytest.param("vi", _fill("a 12 b "), id="bare-numbers-one-line"),
    pytest.param("th", _fill("ก 12 ข "), id="bare-numbers-one-line-th"),
    pytest.param("vi", _fill("bình quân 1 HTX đạt 5 tỷ đồng, "), id="averaging-one-line"),
    pytest.param("vi", _fill(" ", "tháng 1", "x"), id="month-spaces"),
    pytest.param("vi", _fill(" ", "quý I", "x"), id="quarter-spaces"),
    pytest.param("vi", _fill("2024 "), id="years-spaced"),
    pytest.param("th", _fill("2567 "), id="thai-years-spaced"),
    pytest.param("vi", _fill("hai" + " " * 50), id="words-and-spaces"),
]


@pytest.mark.parametrize("lang,block", HOSTILE)
def test_a_hostile_block_finishes_with_valid_spans_and_the_text_around_it_is_read(lang, block):
    text = f"{NORMAL[lang]}\n{block}\n{NORMAL[lang]}\n"
    nlp = load(lang)
    doc = nlp.make_doc(text)
    for name in STEPS:
        doc = nlp.get_pipe(name)(doc)
    for category in ("dates", "figures"):
        for item in items(doc, category):
            assert 0 <= item.start <= item.end <= len(text), (category, item)
            assert text[item.start:item.end] == item.text, (category, item)
    figures = items(doc, "figures")
    assert figures[0].text in NORMAL[lang] and figures[0].value == 120
    assert figures[-1].text in NORMAL[lang] and figures[-1].value == 120


def test_a_long_run_of_combining_marks_is_normalised_and_read():
    """Marks in reverse canonical order (acute, dot below, ...): the NFC copy orders them by a
    sort, not by the library's insertion, and the offsets still index the text."""
    from coopdocs import extract_text

    normal = NORMAL["vi"]
    text = f"{normal}\n{_fill(chr(0x301) + chr(0x323), 'x')}\n{normal}\n"
    rec = extract_text(text, "vi")
    assert [f["value"] for f in rec["figures"]] == [120, 120]
    for f in rec["figures"]:
        assert text[f["start"]:f["end"]] == f["text"]
