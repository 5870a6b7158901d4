"""Numbers as written in a language's documents -> :class:`decimal.Decimal`.

The language's profile (``[numbers]``) names its decimal and grouping marks: Vietnamese
groups thousands with ``.`` and marks decimals with ``,``; Thai (and English) the reverse.
A separator that would make a count fractional is a thousands separator whatever the
convention (docs/annotation.md). Native digits (``digits.tsv``) read as ASCII digits, number
words and scale words come from ``numwords.tsv`` and ``scales.tsv``.
"""
from __future__ import annotations

import re
from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext
from functools import cache

from ..lang import known, mapping, profile, rows

LIMIT = Decimal(10) ** 18  # a value at or above this is not expanded: not a figure
MAX_DIGITS = 24  # digits a numeral may have before it is a code, not a quantity
# the arithmetic of figure values: any invalid or overflowing step raises, never a huge value
SAFE = Context(prec=28, Emax=60, Emin=-60, traps=[InvalidOperation, Overflow, DivisionByZero])


@cache
def native_digits(lang: str) -> str:
    """The language's own digits 0-9 in order (``digits.tsv``), '' if it has none.

    >>> native_digits("th"), native_digits("vi")
    ('๐๑๒๓๔๕๖๗๘๙', '')
    """
    if not profile(lang).numbers.native_digits:
        return ""
    table = {int(ascii_digit): digit for digit, ascii_digit in rows(lang, "digits")}
    return "".join(table[i] for i in range(10))


@cache
def _to_ascii(lang: str | None) -> dict[int, str]:
    langs = (lang,) if lang else known()
    return str.maketrans({d: str(i) for code in langs for i, d in enumerate(native_digits(code))})


def ascii_digits(text: str, lang: str | None = None) -> str:
    """The native digits of ``lang`` (of every known language without it) as ASCII digits,
    everything else unchanged.

    >>> ascii_digits("๑,๒๕๐ ราย", "th"), ascii_digits("๑,๒๕๐ ราย")
    ('1,250 ราย', '1,250 ราย')
    """
    return text.translate(_to_ascii(lang))


def digit_class(lang: str) -> str:
    """A regex class of the digits a number of ``lang`` is written with.

    >>> digit_class("th"), digit_class("vi")
    ('[0-9๐๑๒๓๔๕๖๗๘๙]', '[0-9]')
    """
    return f"[0-9{native_digits(lang)}]"


def casefold(text: str, lang: str) -> str:
    """``text`` as the language's word lists are compared: case-folded where case is ignored."""
    return text.casefold() if profile(lang).text.ignore_case else text


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

    Anything else is a :class:`ValueError`: a decimal mark written twice between grouping
    marks, more than :data:`MAX_DIGITS` digits.

    >>> parse_number("1.5,2.5", "vi")
    Traceback (most recent call last):
    ValueError: not a numeral: '1.5,2.5'
    """
    s = ascii_digits(text, lang).replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s) or len(re.sub(r"\D", "", s)) > MAX_DIGITS:
        raise ValueError(f"not a numeral: {text!r}")
    seps = re.findall(r"[.,]", s)
    if not seps:
        return Decimal(s)
    if len(set(seps)) == 2:  # both marks: the last one is the decimal mark
        dec = seps[-1]
        grp = "," if dec == "." else "."
        if seps.count(dec) > 1:
            raise ValueError(f"not a numeral: {text!r}")
        return Decimal(s.replace(grp, "").replace(dec, "."))
    sep = seps[0]
    groups = s.split(sep)
    if len(seps) > 1:  # the same mark repeated can only group thousands
        return Decimal("".join(groups))
    tail = groups[1]
    if sep == profile(lang).numbers.decimal_mark:
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


@cache
def inner_words(lang: str) -> frozenset[str]:
    """Number words that never begin a number (``numwords.tsv`` marks them ``inner``): final
    forms, scale words, fillers.

    >>> "ล้าน" in inner_words("th"), "สิบ" in inner_words("th"), "mươi" in inner_words("vi")
    (True, False, True)
    """
    return frozenset(r[0] for r in rows(lang, "numwords") if len(r) > 3 and r[3] == "inner")


def parse_words(text: str, lang: str) -> Decimal:
    """Number words -> Decimal (spaced or run together: only the words count).

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
    tokens = re.findall(words_pattern(lang), casefold(text, lang))
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
def _scales_pattern(lang: str) -> str:
    return "|".join(re.escape(w) for w in sorted(scales(lang), key=len, reverse=True))


@cache
def scales(lang: str) -> dict[str, Decimal]:
    return {k: Decimal(v) for k, v in mapping(lang, "scales").items()}


def scale_factor(text: str, lang: str) -> Decimal:
    """Consecutive scale words multiply: 'พันล้าน' -> 10^9, 'nghìn tỷ' -> 10^12.

    >>> scale_factor("พันล้าน", "th"), scale_factor("ล้าน", "th"), scale_factor("nghìn tỷ", "vi")
    (Decimal('1000000000'), Decimal('1000000'), Decimal('1000000000000'))
    """
    table = scales(lang)
    factor = Decimal(1)
    for w in re.findall(_scales_pattern(lang), casefold(text, lang)):
        factor *= table[w]
        if factor >= LIMIT:
            raise ArithmeticError(f"scale beyond 10^18: {text[:40]!r}")
    return factor


def figure_value(lang: str, *, numeral: str | None = None, words: str | None = None,
                 scale: str | None = None, whole: bool = False) -> Decimal | None:
    """The one safe way from the text of a figure to its value: a numeral (or number words)
    times its scale words. ``None`` means *not a figure*, never an exception: a numeral that
    parses to no number, more than :data:`MAX_DIGITS` digits, or a value at or above
    :data:`LIMIT` (10^18; no cooperative document counts that high, and a record's numbers
    must fit every writer). Such a number is left out of the figures; its text stays in the
    document for a reader.

    >>> figure_value("vi", numeral="1,3", scale="tỷ"), figure_value("th", words="สองพัน")
    (Decimal('1300000000.0'), Decimal('2000'))
    >>> figure_value("vi", numeral="1.5,2.5") is None, figure_value("vi", numeral="9" * 30) is None
    (True, True)
    >>> figure_value("vi", numeral="5", scale="tỷ tỷ") is None
    True
    """
    try:
        with localcontext(SAFE):
            if words is not None:
                value = parse_words(words, lang)
            elif numeral is not None:
                value = parse_number(numeral, lang, whole=whole)
            else:
                return None
            if scale:
                value *= scale_factor(scale, lang)
    except (ValueError, ArithmeticError):
        return None
    return value if abs(value) < LIMIT else None


def plain(value: Decimal) -> int | float:
    """A Decimal as the JSON number a record carries: int when whole.

    >>> plain(Decimal("9450000000.0")), plain(Decimal("34.3"))
    (9450000000, 34.3)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)
