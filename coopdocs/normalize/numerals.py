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
from typing import NamedTuple

from ..lang import NEVER, known, mapping, profile, rows

LIMIT = Decimal(10) ** 18  # a value at or above this is not expanded: not a figure
SLOGAN = 20  # a lone 'one' repeated this close is a slogan or a name (one tambon one product)
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
def _to_ascii(langs: tuple[str, ...]) -> dict[int, str]:
    return str.maketrans({d: str(i) for code in langs for i, d in enumerate(native_digits(code))})


def ascii_digits(text: str, lang: str | None = None) -> str:
    """The native digits of ``lang`` (of every known language without it) as ASCII digits,
    everything else unchanged.

    >>> ascii_digits("๑,๒๕๐ ราย", "th"), ascii_digits("๑,๒๕๐ ราย")
    ('1,250 ราย', '1,250 ราย')
    """
    return text.translate(_to_ascii((lang,) if lang else known()))  # known now: add_path


def digit_class(lang: str) -> str:
    """A regex class of the digits a number of ``lang`` is written with.

    >>> digit_class("th"), digit_class("vi")
    ('[0-9๐๑๒๓๔๕๖๗๘๙]', '[0-9]')
    """
    return f"[0-9{native_digits(lang)}]"


def casefold(text: str, lang: str) -> str:
    """``text`` as the language's word lists are compared: case-folded where case is ignored."""
    return text.casefold() if _ignore_case(lang) else text


_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


@cache
def _decimal_mark(lang: str) -> str:
    return profile(lang).numbers.decimal_mark


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
    table = _to_ascii((lang,))
    s = text.translate(table) if table else text  # ascii_digits(text, lang)
    if " " in s or "\u00a0" in s:
        s = s.replace("\u00a0", "").replace(" ", "")
    dots, commas = s.count("."), s.count(",")  # after the full match: the only non-digits
    if not _NUMERAL.fullmatch(s) or len(s) - dots - commas > MAX_DIGITS:
        raise ValueError(f"not a numeral: {text!r}")
    if not dots and not commas:
        return Decimal(s)
    if dots and commas:  # both marks: the last one is the decimal mark
        dec, grp = (".", ",") if s.rfind(".") > s.rfind(",") else (",", ".")
        if s.count(dec) > 1:
            raise ValueError(f"not a numeral: {text!r}")
        return Decimal(s.replace(grp, "").replace(dec, "."))
    sep = "." if dots else ","
    groups = s.split(sep)
    if dots + commas > 1:  # the same mark repeated can only group thousands
        return Decimal("".join(groups))
    tail = groups[1]
    if sep == _decimal_mark(lang):
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


def _flag(row: tuple[str, ...]) -> str:
    return row[3] if len(row) > 3 else ""


@cache
def words_pattern(lang: str) -> str:
    """Regex alternation of the language's number words, longest first (never matching for a
    language without ``numwords.tsv``). A filler (linh, lẻ)
    or a decimal point word (phẩy, จุด) only between number words (có lẽ, chấm điểm, สามจุด
    are no number).

    >>> bool(re.fullmatch(f"(?:{words_pattern('vi')})+", "phẩy")), "phẩy" in words_pattern("vi")
    (False, True)
    """
    return _by_first_character(word_parts(lang)) or NEVER


@cache
def words_regex(lang: str) -> re.Pattern:
    """:func:`words_pattern` compiled (case as written: the words are looked up case-folded)."""
    return re.compile(words_pattern(lang))


@cache
def word_parts(lang: str) -> tuple[tuple[str, str], ...]:
    """(number word, pattern after it) in the order :func:`words_pattern` tries them: longest
    first; a filler or point word with the lookarounds that keep it between number words.

    >>> word_parts("vi")[:2], word_parts("th")[-1]
    ((('không', ''), ('nghìn', '')), ('หก', ''))
    """
    table = _numwords(lang)
    spaced = profile(lang).text.spaced
    gap = r"[ \u00a0]+" if spaced else ""

    def after(roles, word):  # lookbehinds, once the word matched: right after these roles
        sep = "[ ]" if spaced else ""
        return "|".join(f"(?<={re.escape(w)}{sep}{re.escape(word)})" for w in table
                        if table[w][1] in roles)

    digits = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)
                      if table[w][1] in ("digit", "ten"))
    before = {"filler": ("hundred", "scale"), "point": ("digit", "ten", "hundred", "scale")}
    parts = []
    for w in sorted(table, key=len, reverse=True):
        role = table[w][1]
        if role in before:  # between number words only
            parts.append((w, f"(?:{after(before[role], w)})(?={gap}(?:{digits}))"))
        else:
            parts.append((w, ""))
    return tuple(parts)


def _by_first_character(parts) -> str:
    """The alternation of (word, pattern after it) in the order given, the words that start
    with the same character under one branch (``h(?:ai|ơn)``): the engine then tests a
    position against each first character once, not against every word. The same matches: at
    any position only the words of one branch can match, tried in the order given, since no
    two first characters match each other, even ignoring case (else the words stay apart).

    >>> _by_first_character([("hai", ""), ("ba", "(?!x)"), ("hơn", "")])
    'h(?:ai|ơn)|b(?:a(?!x))'
    >>> _by_first_character([("ab", ""), ("Ac", "")])
    'ab|Ac'
    """
    groups: dict[str, list[str]] = {}
    for word, tail in parts:
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + tail)
    firsts = list(groups)
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(firsts)
           for b in firsts[i + 1:]):
        return "|".join(re.escape(w) + tail for w, tail in parts)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


@cache
def inner_words(lang: str) -> frozenset[str]:
    """Number words that never begin a number (``numwords.tsv`` marks them ``inner``): final
    forms, fillers, and in some languages scale words.

    >>> "mươi" in inner_words("vi"), "สิบ" in inner_words("th"), "ล้าน" in inner_words("th")
    (True, False, False)
    """
    return frozenset(r[0] for r in rows(lang, "numwords") if _flag(r) == "inner")


@cache
def lead_words(lang: str) -> frozenset[str]:
    """Scale words that begin a number only with more number words after them
    (``numwords.tsv`` marks them ``lead``): หมื่นล้าน, แสนห้าหมื่น, ร้อยสิบสอง.

    >>> sorted(lead_words("th"))[:2], lead_words("vi")
    (['พัน', 'ร้อย'], frozenset())
    """
    return frozenset(r[0] for r in rows(lang, "numwords") if _flag(r) == "lead")


def words_may_start(words: str, before: str, lang: str, after: str = "") -> bool:
    """Whether a run of number words may be a number, given the text ``before`` and ``after``
    it: not starting with an inner word; a scale word first only with more words after it and
    not after a word that makes it vague (หลายล้าน); a lone 'one' only where the profile lets
    it count (``[numbers] one_with_unit``, ``one_after``: Vietnamese ``một`` is mostly an
    article), and never in a slogan that repeats it (หนึ่งตำบลหนึ่งผลิตภัณฑ์).

    >>> words_may_start("ร้อยสิบสอง", "มี", "th"), words_may_start("ล้าน", "", "th")
    (True, False)
    >>> words_may_start("หมื่นล้าน", "งบประมาณหลาย", "th"), words_may_start("mươi", "", "vi")
    (False, False)
    >>> words_may_start("หนึ่ง", "ใหม่", "th"), words_may_start("một", "mỗi xã ", "vi")
    (True, False)
    >>> words_may_start("một", "thành lập thêm ", "vi")
    True
    >>> words_may_start("หนึ่ง", "โครงการ", "th", after="ตำบลหนึ่งผลิตภัณฑ์")
    False
    """
    rules = _start_rules(lang)
    fold = str.casefold if rules.ignore_case else str
    tokens = rules.words.findall(fold(words))
    if not tokens or tokens[0] in rules.inner:
        return False
    tail = fold(before).rstrip(" \u00a0")
    if tokens[0] in rules.lead:
        return len(tokens) >= 2 and not tail.endswith(rules.vague_before)
    if fold(words) in rules.ones:
        near = tail[-SLOGAN:] + " " + fold(after)[:SLOGAN]
        if any(rx.search(near) for rx in rules.one_patterns):
            return False
        return rules.one_with_unit or any(_ends_with_word(tail, w, lang) for w in rules.one_after)
    return True


class _StartRules(NamedTuple):
    """What :func:`words_may_start` reads from a language, read once."""

    ignore_case: bool
    words: re.Pattern
    inner: frozenset[str]
    lead: frozenset[str]
    vague_before: tuple[str, ...]
    ones: frozenset[str]
    one_patterns: tuple[re.Pattern, ...]
    one_with_unit: bool
    one_after: tuple[str, ...]


@cache
def _start_rules(lang: str) -> _StartRules:
    nums, spaced = profile(lang).numbers, profile(lang).text.spaced
    ones = frozenset(casefold(w, lang) for w in nums.one_words)
    return _StartRules(
        ignore_case=profile(lang).text.ignore_case,
        words=words_regex(lang),
        inner=inner_words(lang),
        lead=lead_words(lang),
        vague_before=tuple(nums.vague_before),
        ones=ones,
        one_patterns=tuple(re.compile(rf"(?<!\w){re.escape(w)}(?!\w)" if spaced
                                      else re.escape(w)) for w in ones),
        one_with_unit=nums.one_with_unit,
        one_after=tuple(casefold(w, lang) for w in nums.one_after),
    )


def _ends_with_word(text: str, word: str, lang: str) -> bool:
    if not text.endswith(word):
        return False
    start = len(text) - len(word)
    return not profile(lang).text.spaced or start == 0 or not text[start - 1].isalnum()


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

    A scale word right after another multiplies what comes before it:

    >>> parse_words("สามพันล้าน", "th"), parse_words("หนึ่งล้านล้าน", "th")
    (Decimal('3000000000'), Decimal('1000000000000'))
    >>> parse_words("một nghìn tỷ", "vi"), parse_words("hai trăm nghìn tỷ", "vi")
    (Decimal('1000000000000'), Decimal('200000000000000'))
    >>> parse_words("หนึ่งล้านสองแสนล้าน", "th"), parse_words("สามพันห้าร้อยล้าน", "th")
    (Decimal('1200000000000'), Decimal('3500000000'))

    Numbers may start with a scale word (ร้อยสิบสอง); decimals are spoken with a point word:

    >>> parse_words("ร้อยสิบสอง", "th"), parse_words("หมื่นล้าน", "th"), parse_words("แสนห้าหมื่น", "th")
    (Decimal('112'), Decimal('10000000000'), Decimal('150000'))
    >>> parse_words("หนึ่งจุดห้าล้าน", "th"), parse_words("hai phẩy năm tỷ", "vi")
    (Decimal('1500000.0'), Decimal('2500000000.0'))
    >>> parse_words("hai phẩy hai lăm", "vi"), parse_words("ba chấm mười lăm", "vi")
    (Decimal('2.25'), Decimal('3.15'))
    """
    table = _numwords(lang)
    tokens = re.findall(words_pattern(lang), casefold(text, lang))
    if not tokens:
        raise ValueError(f"no number words in {text!r}")
    roles = [table[t][1] for t in tokens]
    if "point" in roles:
        return _decimal(tokens, roles, table)
    return _whole(tokens, table)


def _whole(tokens: list[str], table: dict[str, tuple[Decimal, str]]) -> Decimal:
    """Number words without a decimal point -> Decimal."""
    total = Decimal(0)  # completed groups above the current scale
    group = Decimal(0)  # the current group below the next scale word
    digit: Decimal | None = None
    last_unit = Decimal(1)
    after_scale = False
    for tok in tokens:
        value, role = table[tok]
        if role == "filler":
            continue
        if role == "scale":
            if after_scale and value >= last_unit:
                total *= value  # พันล้าน, ล้านล้าน, nghìn tỷ: a scale of a scale
            else:
                total, group = _add_scale(total, group + (digit or 0), value)
            digit, last_unit, after_scale = None, value, True
            continue
        after_scale = False
        if role == "digit":
            digit, last_unit = value, Decimal(1)
        elif role in ("ten", "hundred"):
            group += (digit if digit is not None else 1) * value
            digit, last_unit = None, value
        elif role == "half":
            group += (digit or 0) + value * last_unit
            digit = None
        else:
            raise ValueError(f"a {role} word where a number goes: {tok!r}")
    return total + group + (digit or 0)


def _add_scale(total: Decimal, group: Decimal, value: Decimal) -> tuple[Decimal, Decimal]:
    """(total, group) after a scale word over ``group`` (one when the scale comes first)."""
    group = group or Decimal(1)
    if total and value > _largest_scale_in(total):
        return (total + group) * value, Decimal(0)
    return total + group * value, Decimal(0)


def _decimal(tokens: list[str], roles: list[str], table) -> Decimal:
    """'hai phẩy năm tỷ', 'หนึ่งจุดห้าล้าน': whole part, point, decimal digits, scale words."""
    point = roles.index("point")
    scale_at = next((i for i in range(point + 1, len(roles)) if roles[i] == "scale"), len(roles))
    decimals, scales_ = tokens[point + 1:scale_at], tokens[scale_at:]
    if (point == 0 or not decimals or any(r != "scale" for r in roles[scale_at:])
            or any(r not in ("digit", "filler", "ten") for r in roles[point + 1:scale_at])):
        raise ValueError(f"not a decimal in words: {' '.join(tokens)!r}")
    whole = _whole(tokens[:point], table)
    if whole != whole.to_integral_value():
        raise ValueError(f"not a decimal in words: {' '.join(tokens)!r}")
    if all(table[t][1] in ("digit", "filler") for t in decimals):
        digits = "".join(str(int(table[t][0])) for t in decimals)
    else:  # ba chấm mười lăm: the decimals read as a number
        digits = str(int(_whole(decimals, table)))
    value = Decimal(f"{int(whole)}.{digits}")
    for t in scales_:
        value *= table[t][0]
    return value


def _largest_scale_in(n: Decimal) -> Decimal:
    # the scale of the leading group already summed into the total
    return Decimal(10) ** (len(str(int(n))) - 1)


@cache
def _scales_pattern(lang: str) -> str:
    return "|".join(re.escape(w) for w in sorted(scales(lang), key=len, reverse=True)) or NEVER


@cache
def _scales_rx(lang: str) -> re.Pattern:
    return re.compile(_scales_pattern(lang))


@cache
def _ignore_case(lang: str) -> bool:
    return profile(lang).text.ignore_case


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
    for w in _scales_rx(lang).findall(casefold(text, lang)):
        factor *= table[w]
        if factor >= LIMIT:
            raise ArithmeticError(f"scale beyond 10^18: {text[:40]!r}")
    return factor


@cache
def _subunits(lang: str) -> tuple[dict[str, tuple[str, Decimal]], re.Pattern | None]:
    table = {r[0]: (r[1], Decimal(r[2])) for r in rows(lang, "subunits")}
    if not table:
        return table, None
    gap = r"[ \u00a0]+" if profile(lang).text.spaced else ""
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    nw = words_pattern(lang)
    return table, re.compile(rf"""[ \u00a0]*+ (?: (?P<num>{digit_class(lang)}{{1,2}})
                                            | (?P<words>(?:{nw})(?:{gap}(?:{nw}))*) )
                                  [ \u00a0]*+ (?P<sub>{words})""", re.VERBOSE)


def subunit(text: str, pos: int, currency: str, lang: str) -> tuple[int, Decimal] | None:
    """(end, amount) of the currency's subunit written at ``pos`` after an amount in
    ``currency`` (``subunits.tsv``): less than one unit of the currency, or None.

    >>> subunit("50 บาท 25 สตางค์", 6, "THB", "th"), subunit("ห้าสิบบาทยี่สิบห้าสตางค์", 9, "THB", "th")
    ((16, Decimal('0.25')), (24, Decimal('0.25')))
    >>> subunit("50 บาท 25 สตางค์", 6, "VND", "th"), subunit("50 บาท 25 คน", 6, "THB", "th")
    (None, None)
    """
    table, rx = _subunits(lang)
    m = rx.match(text, pos) if rx else None
    if m is None or table[m.group("sub")][0] != currency:
        return None
    n = figure_value(lang, numeral=m.group("num"), words=m.group("words"))
    amount = None if n is None else n * table[m.group("sub")][1]
    return (m.end(), amount) if amount is not None and 0 < amount < 1 else None


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
    if words is None and numeral is not None and not scale:
        return _numeral_value(numeral, lang, whole)
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


def _numeral_value(numeral: str, lang: str, whole: bool) -> Decimal | None:
    """:func:`figure_value` of a numeral with no scale word: no arithmetic, so no context to
    enter (a Decimal built from a string is exact; at most :data:`MAX_DIGITS` digits stay
    below the safe context's precision, so its absolute value is exact too).

    >>> _numeral_value("1.981", "vi", False), _numeral_value("1.5,2.5", "vi", False)
    (Decimal('1981'), None)
    """
    try:
        value = parse_number(numeral, lang, whole=whole)
    except (ValueError, ArithmeticError):
        return None
    return value if value.copy_abs() < LIMIT else None


def plain(value: Decimal) -> int | float:
    """A Decimal as the JSON number a record carries: int when whole.

    >>> plain(Decimal("9450000000.0")), plain(Decimal("34.3"))
    (9450000000, 34.3)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)
