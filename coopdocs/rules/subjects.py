"""What a figure counts or measures: a short phrase taken from the words before it."""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..lang import profile, words
from .sentences import per_language


def subject(tokens: Sequence[tuple[int, str]], before: int, lang: str, unit: str | None,
            kind: str, skip=lambda i: False, floor: int = 0) -> str | None:
    """The subject of a figure that starts at character ``before``.

    ``tokens`` are (offset, text) pairs in order. A count of a named noun is about that noun;
    otherwise the words right before the figure (past verbs, fillers and dates) name it.
    """
    stops, joiners, spaced, unit_is_noun, most = _settings(lang)
    if kind == "count" and unit and len(unit) > 1 and unit_is_noun:
        return unit
    picked: list[str] = []
    i = _index_before(tokens, before)
    starts = getattr(tokens, "starts", None)  # the offsets, without making the tokens' texts
    while i >= 0 and len(picked) < most:
        if starts is not None and starts[i] < floor:
            break
        off, tok = tokens[i]
        i -= 1
        if off < floor:  # the previous figure and its per phrase
            break
        t = tok.strip()
        if not t:  # whitespace: a phrase ends at a newline, and at a space if words are unspaced
            if "\n" in tok or (picked and not spaced):
                break
            continue
        if not any(ch.isalpha() for ch in t):  # punctuation or another number
            break
        folded = t.casefold()
        if picked and folded in joiners:
            picked.append(t)
            continue
        if skip(off) or folded in stops:
            if picked:
                break
            continue
        picked.append(t)
    while picked and picked[-1].casefold() in joiners:
        picked.pop()
    if not picked:
        return unit if kind == "count" and unit else None
    return (" " if spaced else "").join(reversed(picked))


@per_language
def _settings(lang: str) -> tuple[frozenset[str], frozenset[str], bool, bool, int]:
    """(stops, joiners, spaced, count_unit_is_noun, max_subject_words) of the language, read
    once: its subject_stops and subject_joiners, ``[text] spaced`` and ``[phrases]``."""
    phrases = profile(lang).phrases
    return (frozenset(words(lang, "subject_stops", optional=True)),
            frozenset(words(lang, "subject_joiners", optional=True)),
            profile(lang).text.spaced, phrases.count_unit_is_noun, phrases.max_subject_words)


def _index_before(tokens, pos: int) -> int:
    starts = getattr(tokens, "starts", None)
    if starts is not None:
        return bisect.bisect_left(starts, pos) - 1
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid][0] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1
