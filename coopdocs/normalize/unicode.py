"""NFC normalisation of a copy of a text, with the map back to the original offsets.

Vietnamese text saved decomposed (NFD) reads like composed text to a person but not to
the grammars; they run on the NFC copy and the offsets are mapped back.
"""
from __future__ import annotations

import unicodedata


def nfc_with_offsets(text: str) -> tuple[str, list[int]] | None:
    """(NFC copy, offsets) where ``offsets[i]`` is the original index of copy character ``i``
    (and ``offsets[len(copy)] == len(text)``); None when the text is already NFC.

    >>> copy, where = nfc_with_offsets(unicodedata.normalize("NFD", "Hợp tác xã"))
    >>> copy == "Hợp tác xã", where[:4], where[-1]
    (True, [0, 1, 4, 5], 14)
    """
    if unicodedata.is_normalized("NFC", text):
        return None
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        where.extend([i] * len(piece))
        i = j
    where.append(n)
    copy = "".join(out)
    if copy != unicodedata.normalize("NFC", text):
        return None  # compositions across clusters: leave the text as it is
    return copy, where
