"""Tell Thai from Vietnamese by script: Thai letters against Vietnamese-only Latin letters."""
from __future__ import annotations

import unicodedata

from .errors import LanguageError

LANGS = ("th", "vi")
# Letters (after NFD decomposition) that only Vietnamese among Latin-script languages uses:
# đ, ơ/ư (horn), ă (breve) and the tone marks grave, acute, hook, tilde, dot below.
_VI_BASE = set("đĐ")
_VI_MARKS = {"\u031b", "\u0306", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302"}


def detect(text: str, path: str | None = None) -> str:
    """``"th"`` or ``"vi"``; :class:`LanguageError` when neither is clear.

    >>> detect("ปัจจุบันจังหวัดมีสหกรณ์ 1,981 แห่ง")
    'th'
    >>> detect("Toàn tỉnh có 1.981 tổ hợp tác")
    'vi'
    """
    thai = vi = latin = 0
    for ch in text[:200_000]:
        if "\u0e00" <= ch <= "\u0e7f":
            thai += 1
        elif ch.isalpha():
            latin += 1
            if ch in _VI_BASE:
                vi += 1
            elif ord(ch) > 127:
                marks = unicodedata.normalize("NFD", ch)[1:]
                if any(m in _VI_MARKS for m in marks):
                    vi += 1
        elif ch in _VI_MARKS:  # decomposed (NFD) text
            vi += 1
    if thai >= 20 and thai >= latin / 2:
        return "th"
    if vi >= 5 and vi >= thai:
        return "vi"
    if thai > 0 and thai >= vi * 4 and thai >= 5:
        return "th"
    raise LanguageError("cannot tell whether the text is Thai or Vietnamese; give --lang th or --lang vi", path)
