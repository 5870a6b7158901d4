"""Word's automatic list numbers as Word shows them: ``1.``, ``a)``, ``1.2.``, ``II.``, ``-``.

A numbered paragraph names a list (``w:numId``) and a level (``w:ilvl``), itself or through
its style; ``numbering.xml`` gives each list an abstract definition whose levels say where to
start (``w:start``), how to write the number (``w:numFmt``: decimal, lowerLetter, upperRoman,
bullet ...) and the label around it (``w:lvlText``: ``%1.%2.`` is the numbers of levels one and
two). Lists of one definition count on together; a list that overrides a level's start
(``w:startOverride``) starts it again. A level counts on from the last paragraph of the list
at that level and starts again after a paragraph of a level above it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "-"
"""How a bullet is written (Word draws symbol-font bullets that are no text)."""
_BULLET_GLYPHS = set("•·o▪■●◦§Øü➢✓")


def roman(n: int) -> str:
    """>>> roman(14), roman(2024)
    ('XIV', 'MMXXIV')"""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbers: a ... z, then aa ... zz.

    >>> letters(1), letters(26), letters(27)
    ('a', 'z', 'aa')"""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def number_text(n: int, fmt: str) -> str:
    """One number in a ``w:numFmt`` format.

    >>> [number_text(4, f) for f in ("decimal", "lowerLetter", "upperRoman", "decimalZero")]
    ['4', 'd', 'IV', '04']
    >>> number_text(12, "thaiNumbers")
    '๑๒'
    """
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    digits = _own_digits().get(fmt)
    return str(n).translate(digits) if digits else str(n)


@cache
def _own_digits() -> dict[str, dict[int, str]]:
    """w:numFmt -> ASCII digit -> the language's digit, for the formats that write a
    language's own digits (its profile's ``word_digits_format``, its digits.tsv)."""
    from ..lang import known, mapping, profile

    out = {}
    for code in known():
        fmt = profile(code).numbers.word_digits_format
        if fmt:
            out[fmt] = {ord(ascii_digit): own for own, ascii_digit in mapping(code, "digits").items()}
    return out


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: started again after this level (1-based)
    legal: bool = False  # w:isLgl: the numbers of the levels above in decimal


@dataclass
class Lists:
    """The numbering definitions of a document and the counters of its lists."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # -> abstract, starts
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # style id -> num, level
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, numbering, styles=None) -> Lists:
        """From the ``w:numbering`` element (None: no lists) and the ``w:styles`` one."""
        out = cls()
        if numbering is not None:
            for a in numbering.iter(f"{W}abstractNum"):
                out.abstract[a.get(f"{W}abstractNumId")] = {
                    int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in a.iter(f"{W}lvl")}
            for num in numbering.iter(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                starts = {}
                for o in num.iter(f"{W}lvlOverride"):
                    s = o.find(f"{W}startOverride")
                    if s is not None:
                        starts[int(o.get(f"{W}ilvl", "0"))] = _int(s.get(f"{W}val"), 1)
                if ref is not None:
                    out.nums[num.get(f"{W}numId")] = (ref.get(f"{W}val"), starts)
        if styles is not None:
            for st in styles.iter(f"{W}style"):
                found = _num_pr(st.find(f"{W}pPr"))
                if found:
                    out.styles[st.get(f"{W}styleId")] = found
        return out

    def label(self, ppr) -> str:
        """The label of a paragraph (its ``w:pPr``), counting it; '' when it is no list item."""
        found = _num_pr(ppr)
        if found is None and ppr is not None:
            style = ppr.find(f"{W}pStyle")
            if style is not None:
                found = self.styles.get(style.get(f"{W}val"))
        if not found or found[0] not in self.nums:
            return ""
        num_id, ilvl = found
        abstract_id, starts = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for k, value in starts.items():  # a list that restarts its numbers
                counts[k] = value - 1
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for k in list(counts):  # the levels below start again
            below = levels.get(k, Level())
            if k > ilvl and (below.restart is None or below.restart > ilvl):
                del counts[k]
        if level.fmt == "bullet":
            return _bullet(level.text)
        return _fill(level, levels, counts)


def _fill(level: Level, levels: dict[int, Level], counts: dict[int, int]) -> str:
    def one(m: re.Match) -> str:
        k = int(m.group(1)) - 1
        lv = levels.get(k, Level())
        n = counts.get(k, lv.start)
        return number_text(n, "decimal" if level.legal and lv.fmt != "decimalZero" else lv.fmt)

    return re.sub(r"%([1-9])", one, level.text).strip()


def _bullet(text: str) -> str:
    text = text.strip()
    if not text or any(ch in _BULLET_GLYPHS or 0xE000 <= ord(ch) <= 0xF8FF for ch in text):
        return BULLET
    return text


def _level(lvl) -> Level:
    def val(tag: str):
        el = lvl.find(f"{W}{tag}")
        return None if el is None else el.get(f"{W}val")

    restart = val("lvlRestart")
    legal = lvl.find(f"{W}isLgl")
    return Level(start=_int(val("start"), 1), fmt=val("numFmt") or "decimal",
                 text=val("lvlText") if val("lvlText") is not None else "",
                 restart=_int(restart, 0) if restart is not None else None,
                 legal=legal is not None and legal.get(f"{W}val", "1") not in ("0", "false"))


def _num_pr(ppr) -> tuple[str, int] | None:
    if ppr is None:
        return None
    num_pr = ppr.find(f"{W}numPr")
    if num_pr is None:
        return None
    num, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
    if num is None or num.get(f"{W}val") in (None, "0"):
        return None
    return num.get(f"{W}val"), _int(ilvl.get(f"{W}val") if ilvl is not None else "0", 0)


def _int(text: str | None, default: int) -> int:
    try:
        return max(0, min(int(text), 10**6))
    except (TypeError, ValueError):
        return default
