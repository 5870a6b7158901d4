"""NFC normalisation of a copy of a text, with the map back to the original offsets.

Vietnamese text saved decomposed (NFD) reads like composed text to a person but not to
the grammars; they run on the NFC copy and the offsets are mapped back.
"""
from __future__ import annotations

import unicodedata

# Non-starters in a row that the library's normalisation orders quickly: it sorts them by
# insertion, so a long run in reverse order takes time in the square of its length
# (stream-safe text, UAX #15, never has more than 30 in a row).
SHORT_RUN = 30


def nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, in time linear in the text whatever its runs of
    combining marks: each character is decomposed alone, each run of marks is put in
    canonical order by a stable sort on the combining class, and only then composed.

    >>> marks = "\\u0301\\u0323" * 1000
    >>> nfc("a" + marks) == unicodedata.normalize("NFC", "a" + marks)
    True
    >>> nfc("Hợp tác xã"), nfc(unicodedata.normalize("NFD", "Hợp tác xã")) == "Hợp tác xã"
    ('Hợp tác xã', True)
    """
    if len(text) <= SHORT_RUN:
        return unicodedata.normalize("NFC", text)
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        for part in unicodedata.normalize("NFD", ch) if ord(ch) > 0x7F else ch:
            if unicodedata.combining(part):
                run.append(part)
                continue
            if run:
                out.extend(sorted(run, key=unicodedata.combining))
                run = []
            out.append(part)
    out.extend(sorted(run, key=unicodedata.combining))
    return unicodedata.normalize("NFC", "".join(out))


def nfc_with_offsets(text: str) -> tuple[str, list[int]] | None:
    """(NFC copy, offsets) where ``offsets[i]`` is the original index of copy character ``i``
    (and ``offsets[len(copy)] == len(text)``); None when the text is already NFC.

    >>> copy, where = nfc_with_offsets(unicodedata.normalize("NFD", "Hợp tác xã"))
    >>> copy == "Hợp tác xã", where[:4], where[-1]
    (True, [0, 1, 4, 5], 14)
    >>> copy, where = nfc_with_offsets("x" + "\\u0301\\u0323" * 20000 + " ạ")
    >>> len(copy), copy[:2] == "x\\u0323", where[-3:]
    (40003, True, [40001, 40002, 40003])
    """
    if unicodedata.is_normalized("NFC", text):
        return None
    out: list[str] = []
    where: list[int] = []
    i, n, longest = 0, len(text), 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        longest = max(longest, j - i)
        piece = unicodedata.normalize("NFC", text[i:j]) if j - i <= SHORT_RUN else nfc(text[i:j])
        out.append(piece)
        where.extend([i] * len(piece))
        i = j
    where.append(n)
    copy = "".join(out)
    whole = unicodedata.normalize("NFC", text) if longest <= SHORT_RUN else nfc(text)
    if copy != whole:
        return None  # compositions across clusters: leave the text as it is
    return copy, where
