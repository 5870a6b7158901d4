"""Number-shaped and mixed-script text never breaks extraction: no exception, every item's
span indexes the text, and the same text gives the same record twice.

The texts are built from what the grammars look at: digits of every known language,
separators, per cent, scale words and number words, the word lists of both languages
(units, currencies, qualifiers, months, cues...), spaces of every kind (no-break, zero-width),
line breaks (``\\n``, ``\\r``, ``\\r\\n``), combining marks, and a little of anything.

``COOPDOCS_FUZZ_EXAMPLES`` sets the number of examples (default 2,000). Under CI (``CI`` set)
the examples are derandomized: the same ones on every run of the same code, so that a run
fails only for a change, never by the luck of the draw; run it locally to explore further.
"""
import os
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdocs import extract_text
from coopdocs.lang import folder, known, rows
from coopdocs.normalize.numerals import native_digits
from coopdocs.normalize.unicode import nfc, nfc_with_offsets

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("COOPDOCS_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow],
)
FUZZ = settings.get_profile("fuzz")

LANGS = known()
DIGITS = "0123456789" + "".join(native_digits(code) for code in LANGS)
MARKS = list(".,/-–—%:;()+*•") + ["...", ". ", ", "]
SPACES = [" ", "  ", "\u00a0", "\u200b", "\u200c", "\u200d", "\ufeff", "\t", "\n", "\r", "\r\n",
          "\n\n", " \n", "\u2028"]
COMBINING = ["\u0301", "\u0300", "\u0303", "\u0309", "\u0323", "\u0e31", "\u0e48", "\u0e4c"]


def _words() -> list[str]:
    """The first field of every word list of every language (numbers, units, months...)."""
    found = set()
    for code in LANGS:
        for tsv in sorted(folder(code).glob("*.tsv")):
            found.update(r[0] for r in rows(code, tsv.stem) if r and r[0])
    return sorted(found)


WORDS = _words()

NUMERAL = st.builds(
    lambda head, rest: head + "".join(rest),
    st.text(DIGITS, min_size=1, max_size=6),
    st.lists(st.tuples(st.sampled_from(".,/-"), st.text(DIGITS, min_size=1, max_size=4))
             .map("".join), max_size=3),
)
RUN = st.builds(lambda unit, k: unit * k,
                st.sampled_from(["1", "๑", "a", "A", " ", "\u00a0", "1.", "a.", "-", "1 ", "ล้าน",
                                 "tỷ ", "1/", "\n", "\r"]),
                st.integers(2, 60))
PIECE = st.one_of(
    NUMERAL, NUMERAL, NUMERAL,
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(SPACES), st.sampled_from(SPACES),
    st.sampled_from(MARKS),
    st.sampled_from(COMBINING),
    RUN,
    st.text(max_size=3),
)
NUMBER_SHAPED = st.lists(PIECE, max_size=40).map("".join)


def _spans(node, path="record"):
    """(path, item) of every item of the record that carries a span, however deep."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield path, node
        for k, v in node.items():
            yield from _spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _spans(v, f"{path}[{i}]")


def _assert_valid(text: str, rec: dict) -> None:
    for path, item in _spans(rec):
        start, end = item["start"], item["end"]
        assert isinstance(start, int) and isinstance(end, int), path
        assert 0 <= start <= end <= len(text), (path, start, end, len(text))
        assert text[start:end] == item["text"], (path, item["text"], text[start:end])
    for t in rec["targets"]:
        fig = rec["figures"][t["figure"]]
        assert (fig["start"], fig["end"]) == (t["start"], t["end"])


@FUZZ
@given(lang=st.sampled_from(LANGS), text=NUMBER_SHAPED)
def test_number_shaped_text_gives_valid_spans_and_the_same_record_twice(lang, text):
    first = extract_text(text, lang)
    _assert_valid(text, first)
    assert extract_text(text, lang) == first


MARKED = st.lists(st.one_of(st.sampled_from(COMBINING), st.sampled_from(COMBINING),
                            st.sampled_from(list("aeoAĐ ạấ\u1100\u1161\u11a8\uac00")),
                            st.characters()),
                  min_size=31, max_size=120).map("".join)


@settings(max_examples=300, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(text=MARKED)
def test_linear_nfc_is_the_library_nfc_and_the_offsets_map_back(text):
    assert nfc(text) == unicodedata.normalize("NFC", text)
    found = nfc_with_offsets(text)
    if found is None:
        return
    copy, where = found
    assert copy == unicodedata.normalize("NFC", text)
    assert len(where) == len(copy) + 1 and where[-1] == len(text)
    assert where == sorted(where) and all(0 <= w <= len(text) for w in where)
