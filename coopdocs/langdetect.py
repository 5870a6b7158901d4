"""Tell a text's language from the letters only it writes, as its profile's ``[detect]``
section lists them: a script of its own (Thai: ``script`` ranges) or, within the Latin
script, letters and marks no other language of ours uses (Vietnamese: ``letters`` đ, the
``marks`` horn, breve and tones, after NFD decomposition). A language without ``[detect]``
data is never guessed: give it with ``--lang``.

A script language wins with at least 20 letters of its script that are at least half as
many as the other letters; else a language of marked letters with at least 5 of them and as
many as the script letters; else a script language with at least 5 letters and four times the
marked ones.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .errors import LanguageError
from .lang import known, profile

SAMPLE = 200_000  # characters looked at
SCRIPT_MIN, SCRIPT_SHARE = 20, 0.5  # a script language's own letters: how many, share
MARKED_MIN = 5  # a language's marked letters: how many
WEAK_SCRIPT_MIN, WEAK_SCRIPT_RATIO = 5, 4  # a script language against marked letters


@dataclass(frozen=True)
class _Detectable:
    """The languages detection tells apart: script ranges and marked letters and marks."""

    scripts: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]
    letters: dict[str, tuple[str, ...]]  # letter -> the languages it marks
    marks: dict[str, tuple[str, ...]]  # combining mark -> the languages it marks


def _range(text: str, where: str) -> tuple[int, int]:
    try:
        lo, _, hi = text.partition("-")
        return int(lo, 16), int(hi or lo, 16)
    except ValueError:
        raise LanguageError(f"[detect] script: {text!r} is no range like '0E00-0E7F'",
                            where) from None


def _detectable() -> _Detectable:
    """What the profiles of all known languages list (read again when one is loaded anew)."""
    return _detectable_of(tuple(profile(code) for code in known()))


@cache
def _detectable_of(profiles) -> _Detectable:
    scripts, letters, marks = [], {}, {}
    for prof in profiles:
        code, d, where = prof.code, prof.detect, str(prof.folder / "profile.toml")
        if d.script:
            scripts.append((code, tuple(_range(r, where) for r in d.script)))
        for ch in d.letters:
            letters[ch] = (*letters.get(ch, ()), code)
        for ch in d.marks:
            marks[ch] = (*marks.get(ch, ()), code)
    return _Detectable(tuple(scripts), letters, marks)


def detect(text: str, path: str | None = None) -> str:
    """The code of the language of ``text``; :class:`LanguageError` when none is clear.

    >>> detect("ปัจจุบันจังหวัดมีสหกรณ์ 1,981 แห่ง")
    'th'
    >>> detect("Toàn tỉnh có 1.981 tổ hợp tác")
    'vi'
    >>> detect("Cooperatives: 1,981")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    coopdocs.errors.LanguageError: cannot tell whether the text is Thai or Vietnamese; give ...
    """
    script, marked, other = _count(text[:SAMPLE], _detectable())
    s_code, s_count = max(script.items(), key=lambda kv: kv[1], default=(None, 0))
    m_code, m_count = max(marked.items(), key=lambda kv: kv[1], default=(None, 0))
    if s_count >= SCRIPT_MIN and s_count >= other * SCRIPT_SHARE:
        return s_code
    if m_count >= MARKED_MIN and m_count >= s_count:
        return m_code
    if 0 < s_count and s_count >= m_count * WEAK_SCRIPT_RATIO and s_count >= WEAK_SCRIPT_MIN:
        return s_code
    raise LanguageError(_unclear(), path)


def _unclear() -> str:
    """'cannot tell whether the text is Thai or Vietnamese; give --lang th or --lang vi'."""
    d = _detectable()
    codes = sorted({c for c, _ in d.scripts}
                   | {c for cs in (*d.letters.values(), *d.marks.values()) for c in cs})
    names = " or ".join(profile(c).language.name for c in codes)
    return (f"cannot tell whether the text is {names}; give "
            + " or ".join(f"--lang {c}" for c in codes))


def _count(text: str, d: _Detectable) -> tuple[dict[str, int], dict[str, int], int]:
    """(letters of each script language, marked letters of each other language, letters of
    no script language)."""
    script = {code: 0 for code, _ in d.scripts}
    marked = {code: 0 for cs in (*d.letters.values(), *d.marks.values()) for code in cs}
    other = 0
    for ch, n in Counter(text).items():
        own, letter, marks = _kind(ch, d)
        if own is not None:
            script[own] += n
            continue
        other += n * letter
        for code in marks:
            marked[code] += n
    return script, marked, other


def _kind(ch: str, d: _Detectable) -> tuple[str | None, bool, tuple[str, ...]]:
    """(the script language of ``ch``, whether it is another letter, the languages it marks):
    a letter marks a language if it is one of its letters or decomposes with one of its
    marks; a lone combining mark (decomposed text) marks its languages too."""
    for code, ranges in d.scripts:
        if any(lo <= ord(ch) <= hi for lo, hi in ranges):
            return code, False, ()
    if ch.isalpha():
        if ch in d.letters:
            return None, True, d.letters[ch]
        if ord(ch) > 127:
            decomposed = unicodedata.normalize("NFD", ch)[1:]
            return None, True, tuple(sorted({c for m in decomposed for c in d.marks.get(m, ())}))
        return None, True, ()
    return None, False, d.marks.get(ch, ())
