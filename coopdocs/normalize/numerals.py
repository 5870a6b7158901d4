"""Numbers as written in Thai and Vietnamese documents -> :class:`decimal.Decimal`.

Vietnamese groups thousands with ``.`` and marks decimals with ``,``; Thai (and English)
the reverse. A separator that would make a count fractional is a thousands separator
whatever the convention (docs/annotation.md).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..lang import mapping, rows

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
DECIMAL_MARK = {"vi": ",", "th": "."}


def ascii_digits(text: str) -> str:
    """Thai digits to ASCII digits, everything else unchanged.

    >>> ascii_digits("๑,๒๕๐ ราย")
    '1,250 ราย'
    """
    return text.translate(THAI_DIGITS)


def parse_number(text: str, lang: str, *, whole: bool = False) -> Decimal:
    """A numeral with separators -> Decimal. ``whole`` says the quantity cannot be fractional
    (a count with no scale word), so a lone separator before three digits groups thousands.

    >>> parse_number("1.981", "vi"), parse_number("1,3", "vi"), parse_number("34,3", "vi")
    (Decimal('1981'), Decimal('1.3'), Decimal('34.3'))
    >>> parse_number("9,450", "th"), parse_number("1.3", "th"), parse_number("๘๒,๒๕๖", "th")
    (Decimal('9450'), Decimal('1.3'), Decimal('82256'))
    >>> parse_number("1.3", "vi"), parse_number("12,450", "vi", whole=True)
    (Decimal('1.3'), Decimal('12450'))
    >>> parse_number("2.310", "th", whole=True), parse_number("1.234.567,5", "vi")
    (Decimal('2310'), Decimal('1234567.5'))
    >>> parse_number("02", "vi")
    Decimal('2')
    """
    s = ascii_digits(text).replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        raise ValueError(f"not a numeral: {text!r}")
    seps = re.findall(r"[.,]", s)
    if not seps:
        return Decimal(s)
    if len(set(seps)) == 2:  # both marks: the last one is the decimal mark
        dec = seps[-1]
        grp = "," if dec == "." else "."
        return Decimal(s.replace(grp, "").replace(dec, "."))
    sep = seps[0]
    groups = s.split(sep)
    if len(seps) > 1:  # the same mark repeated can only group thousands
        return Decimal("".join(groups))
    tail = groups[1]
    if sep == DECIMAL_MARK.get(lang, "."):
        if whole and len(tail) == 3:
            return Decimal("".join(groups))
        return Decimal(f"{groups[0]}.{tail}")
    # the language's grouping mark: grouping only before exactly three digits
    if len(tail) == 3:
        return Decimal("".join(groups))
    return Decimal(f"{groups[0]}.{tail}")


@cache
def _numwords(lang: str) -> dict[str, tuple[Decimal, str]]:
    return {r[0]: (Decimal(r[1]), r[2]) for r in rows(lang, "numwords")}


@cache
def words_pattern(lang: str) -> str:
    """Regex alternation of the language's number words, longest first."""
    return "|".join(re.escape(w) for w in sorted(_numwords(lang), key=len, reverse=True))


def parse_words(text: str, lang: str) -> Decimal:
    """Number words -> Decimal (Vietnamese words spaced, Thai words run together).

    >>> parse_words("hai mươi lăm", "vi"), parse_words("ba trăm", "vi"), parse_words("mười lăm", "vi")
    (Decimal('25'), Decimal('300'), Decimal('15'))
    >>> parse_words("một trăm linh năm", "vi"), parse_words("hai triệu rưỡi", "vi")
    (Decimal('105'), Decimal('2500000.0'))
    >>> parse_words("hai nghìn ba trăm", "vi"), parse_words("ba mươi mốt", "vi")
    (Decimal('2300'), Decimal('31'))
    >>> parse_words("สองพัน", "th"), parse_words("หนึ่งร้อยสี่สิบล้าน", "th")
    (Decimal('2000'), Decimal('140000000'))
    >>> parse_words("ห้าสิบเอ็ด", "th"), parse_words("ยี่สิบ", "th"), parse_words("สิบ", "th")
    (Decimal('51'), Decimal('20'), Decimal('10'))
    >>> parse_words("สามแสนห้าหมื่น", "th"), parse_words("หนึ่งล้านสองแสน", "th")
    (Decimal('350000'), Decimal('1200000'))
    """
    table = _numwords(lang)
    tokens = re.findall(words_pattern(lang), text.casefold() if lang == "vi" else text)
    if not tokens:
        raise ValueError(f"no number words in {text!r}")
    total = Decimal(0)  # completed groups above the current scale
    group = Decimal(0)  # the current group below the next scale word
    digit: Decimal | None = None
    last_unit = Decimal(1)
    for tok in tokens:
        value, role = table[tok]
        if role == "digit":
            digit = value
            last_unit = Decimal(1)
        elif role == "ten":
            group += (digit if digit is not None else 1) * 10
            digit, last_unit = None, Decimal(10)
        elif role == "hundred":
            group += (digit if digit is not None else 1) * 100
            digit, last_unit = None, Decimal(100)
        elif role == "filler":
            continue
        elif role == "half":
            group += (digit or 0)
            digit = None
            group += value * last_unit
        elif role == "scale":
            group += digit or 0
            digit = None
            if group == 0:
                group = Decimal(1)
            if total and value > _largest_scale_in(total):
                total = (total + group) * value
            else:
                total += group * value
            group = Decimal(0)
            last_unit = value
    return total + group + (digit or 0)


def _largest_scale_in(n: Decimal) -> Decimal:
    # the scale of the leading group already summed into the total
    return Decimal(10) ** (len(str(int(n))) - 1)


@cache
def scales(lang: str) -> dict[str, Decimal]:
    return {k: Decimal(v) for k, v in mapping(lang, "scales").items()}


def scale_factor(text: str, lang: str) -> Decimal:
    """Consecutive scale words multiply: 'พันล้าน' -> 10^9, 'nghìn tỷ' -> 10^12.

    >>> scale_factor("พันล้าน", "th"), scale_factor("ล้าน", "th"), scale_factor("nghìn tỷ", "vi")
    (Decimal('1000000000'), Decimal('1000000'), Decimal('1000000000000'))
    """
    table = scales(lang)
    pattern = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    factor = Decimal(1)
    for w in re.findall(pattern, text.casefold() if lang == "vi" else text):
        factor *= table[w]
    return factor


def plain(value: Decimal) -> int | float:
    """A Decimal as the JSON number a record carries: int when whole.

    >>> plain(Decimal("9450000000.0")), plain(Decimal("34.3"))
    (9450000000, 34.3)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)
