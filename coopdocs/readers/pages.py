"""Pages of placed lines (a PDF's text layer, OCR) to the document's text, repaired.

The lines go through :mod:`.layout` (reading order, running headers and footers dropped,
paragraphs joined, pages apart by a blank line); the language (``--lang`` or told from the
text) then decides how lines of a script written without spaces join, and its repairs
(:mod:`coopdocs.normalize.repair`: ``lang/<code>/repairs.tsv``, lost or private-use Thai
marks, marks in the wrong order) are made on the text itself: what a PDF's fonts damaged is
not what the document says, so the text every offset indexes is the repaired one
(``coopdocs text x.pdf`` shows it).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..errors import LanguageError
from ..lang import known, profile
from ..langdetect import detect
from ..normalize.repair import normalised
from . import layout

MAX_TEXT = 50_000_000
"""The most characters of text read from one document's pages."""


@cache
def _unspaced(code: str | None) -> re.Pattern | None:
    """The letters of the language (of every language when None) written without spaces
    between words (profile ``[text] spaced = false``)."""
    codes = [code] if code else known()
    ranges = "".join(profile(c).text.letters for c in codes if not profile(c).text.spaced)
    return re.compile(f"[{ranges}]") if ranges else None


def language(sample: str, lang: str | None) -> str | None:
    """``lang``, else the language told from ``sample``, else None."""
    if lang:
        return lang
    try:
        return detect(sample)
    except LanguageError:
        return None


def document_text(pages: list[list[layout.Line]], lang: str | None
                  ) -> tuple[str, list[tuple], str | None]:
    """(text, low-confidence spans as (start, end, confidence), language or None)."""
    pages = layout.drop_margins([layout.reading_order(p) for p in pages])
    sample = "\n".join(x.text for p in pages for x in p[:200])
    lang = language(sample, lang)
    letters = _unspaced(lang)
    if letters is not None and lang is not None:
        _measure_first_words(pages, lang, letters)
    text, weak = layout.document_text(pages, letters)
    if lang is None:
        return text, weak, None
    repaired = normalised(text, lang)
    if repaired is None:
        return text, weak, lang
    copy, where = repaired
    moved = []
    for start, end, *rest in weak:
        a, b = bisect_left(where, start), bisect_left(where, end)
        if a < b:
            moved.append((a, b, *rest))
    return copy, moved, lang


def _measure_first_words(pages: list[list[layout.Line]], lang: str, letters: re.Pattern) -> None:
    """The width of the first word of every line starting with a letter of a script written
    without spaces, cut by the language's tokenizer (the first space is no word end there)."""
    from ..api import load

    tokenizer = load(lang).tokenizer
    for page in pages:
        for x in page:
            lead = len(x.text) - len(x.text.lstrip())
            if len(x.ends) != len(x.text) or not letters.match(x.text[lead:lead + 1]):
                continue
            words = tokenizer(x.text[lead:lead + 40])
            if len(words):
                x.first = x.ends[lead + len(words[0].text) - 1] - x.left
