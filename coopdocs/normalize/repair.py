"""The copy of a text the grammars read: normalised and repaired, with one offset map back.

Real documents come out of PDF and Word exports damaged in ways a reader does not see or
reads past: decomposed letters (NFD), zero-width and non-breaking spaces inside numbers and
dates, Thai marks drawn by private-use glyphs or lost, a line cut inside a word. The
grammars read a repaired copy; every offset is mapped back (:class:`~.unicode.Offsets`), so a
record's ``text`` is the original as written while its unit and words are the repaired ones
(``20 ป`` has the unit ``ปี``).

In order, each step on the result of the one before:

1. NFC (:func:`~.unicode.nfc_edits`).
2. Every language: invisible characters deleted (soft hyphen, zero-width space and joiners,
   word joiner, byte-order mark); a thin, figure or narrow space between digit groups
   deleted (``1 250``); other space characters (no-break, thin, em ...) become a space.
3. The language's repairs, ``lang/<code>/repairs.tsv``: regex -> replacement (which may
   name the regex's groups, ``\\1``), in file order.
4. Listed words with marks lost (profile ``[text] optional_marks``): the words of the lists
   ``restore_lists`` wherever they stand, those of ``restore_after_number`` right after a
   number, each followed by what the profile's ``restore_end`` / ``restore_after_number_end``
   allow; a damaged form that could be two listed words is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from re import _constants, _parser

from ..errors import LanguageError
from ..lang import folder, profile, rows, words
from .unicode import Edit, Offsets, applied, compose, is_nfc_of, nfc_edits, rewrite

INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
GROUP_SPACE = re.compile(r"(?<=\d)[\u2007\u2009\u200a\u202f](?=\d{3}(?!\d))")
SPACE_LIKE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
MIN_LETTERS = 3  # a listed word restored from fewer letters than this is too likely a guess

Step = Callable[[str], list[Edit]]


def normalised(text: str, lang: str) -> tuple[str, Offsets] | None:
    """(copy, offsets) of ``text`` for the grammars of ``lang``; None when nothing changes.

    >>> copy, where = normalised("ไม่ต่ํากว่า 1,\\u200b250 คน", "th")
    >>> copy
    'ไม่ต่ำกว่า 1,250 คน'
    >>> copy, where = normalised("25 แห\\uf70aง ส านักงาน", "th")
    >>> copy, where[copy.index("สำ") + 2]
    ('25 แห่ง สำนักงาน', 11)
    >>> normalised("25 แห่ง", "th") is None
    True
    """
    where: Offsets | None = None
    for step in _steps(lang):
        edits = step(text)
        if edits:
            text, w = rewrite(text, edits)
            where = w if where is None else compose(where, w)
    return None if where is None else (text, where)


def _steps(lang: str) -> list[Step]:
    rules = [_replace(rx, rep) for rx, rep in _rules(lang)]
    return [_nfc, _replace(INVISIBLE, ""), _replace(GROUP_SPACE, ""), _replace(SPACE_LIKE, " "),
            *rules, *_restorers(lang)]


def _nfc(text: str) -> list[Edit]:
    """The NFC edits, unless composing crosses clusters (then the text is left as it is)."""
    edits = nfc_edits(text)
    if edits and not is_nfc_of(applied(text, edits)):
        return []
    return edits


def _replace(rx: re.Pattern, rep: str) -> Step:
    """Every match of ``rx`` replaced by ``rep``, in which ``\\1`` ... name the match's groups.
    A text without a character every match needs (:func:`needed`) is not scanned.

    >>> _replace(re.compile("(a)(b)"), r"\\2\\1")("xaby")
    [(1, 3, 'ba')]
    """
    need = needed(rx)

    def step(text: str) -> list[Edit]:
        if not all(any(c in text for c in chars) for chars in need):
            return []
        edits = []
        for m in rx.finditer(text):
            out = m.expand(rep) if "\\" in rep else rep
            if m.group(0) != out:
                edits.append((m.start(), m.end(), out))
        return edits
    return step


SMALL_CLASS = 8  # characters of a class worth looking for one by one (str.find, C speed)


def needed(rx: re.Pattern) -> list[str]:
    r"""Characters a match of ``rx`` cannot do without: for each literal character and each
    small class (at most :data:`SMALL_CLASS` characters) that the pattern's top-level sequence
    requires, the characters of which one must be in the text. Looking for them is far
    cheaper than scanning with the regex, and a text without one has no match. Case-blind
    patterns need nothing.

    >>> needed(re.compile(r"\uF70A")) == ["\uf70a"]
    True
    >>> needed(re.compile(r"(?<=\d)[\u2007\u2009]x(?=y)")) == ["\u2007\u2009", "x"]
    True
    >>> needed(re.compile("[^a]b|c")), needed(re.compile("a", re.IGNORECASE))
    ([], [])
    """
    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return []
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except re.error:  # pragma: no cover - the pattern compiled
        return []
    out = []
    for op, av in items:
        if op is _constants.LITERAL:
            out.append(chr(av))
        elif op is _constants.IN:
            chars = _class_chars(av)
            if chars:
                out.append(chars)
    return out


def _class_chars(av) -> str | None:
    """The characters of a parsed class, if it is a small one of characters and ranges."""
    chars: list[str] = []
    for op, a in av:
        if op is _constants.LITERAL:
            chars.append(chr(a))
        elif op is _constants.RANGE and a[1] - a[0] < SMALL_CLASS:
            chars.extend(map(chr, range(a[0], a[1] + 1)))
        else:
            return None
    return "".join(chars) if len(chars) <= SMALL_CLASS else None


def _unescape(s: str) -> str:
    r"""``\uXXXX`` escapes of a TSV field as the characters.

    >>> _unescape(r"\u0E33 x")
    'ำ x'
    """
    return re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), s)


@cache
def _rules(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """The compiled rows of ``repairs.tsv``; a bad regex is a :class:`LanguageError`."""
    out = []
    for row in rows(lang, "repairs"):
        try:
            rx = re.compile(row[0])
        except re.error as e:
            raise LanguageError(f"bad repair pattern {row[0]!r}: {e}",
                                str(folder(lang) / "repairs.tsv")) from None
        out.append((rx, _unescape(row[1]) if len(row) > 1 else ""))
    return tuple(out)


def _lenient(word: str, marks: re.Pattern) -> str:
    """A regex of ``word`` in which every mark damage may drop is optional.

    >>> _lenient("ปี", re.compile("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]"))
    'ป(?:ี)?'
    """
    return "".join(f"(?:{re.escape(c)})?" if marks.fullmatch(c) else re.escape(c) for c in word)


@cache
def _restorers(lang: str) -> tuple[Step, ...]:
    """The steps that put lost marks back into listed words (profile ``[text]``)."""
    text = profile(lang).text
    if not text.optional_marks:
        return ()
    marks = re.compile(f"[{text.optional_marks}]")
    out = []
    openers = "".join(f"|(?<={re.escape(w)})" for w in text.restore_openers)
    start = rf"(?:(?<!\w)(?<!{marks.pattern})|(?<=\d){openers})"
    for names, before, end in ((text.restore_lists, start, text.restore_end),
                               (text.restore_after_number, r"(?<=\d)[ \u00a0]*",
                                text.restore_after_number_end)):
        listed = {w for name in names for w in words(lang, name)}
        if listed:
            out.append(_restorer(listed, marks, before, end, after_number=before != start))
    return tuple(out)


def _restorer(listed: set[str], marks: re.Pattern, before: str, end: str, *,
              after_number: bool) -> Step:
    """A step restoring the damaged forms of ``listed`` words (exact words stay)."""
    skeleton: dict[str, set[str]] = {}
    for w in listed:
        bare = marks.sub("", w)
        if bare != w and (sum(c.isalpha() for c in bare) >= MIN_LETTERS or after_number):
            skeleton.setdefault(bare, set()).add(w)
    # longest first, those of one length in code-point order: the same pattern in every process
    candidates = sorted({w for ws in skeleton.values() for w in ws}, key=lambda w: (-len(w), w))
    if not candidates:
        return lambda text: []
    alt = "|".join(_lenient(w, marks) for w in candidates)
    rx = re.compile(rf"{before}(?P<w>{alt}){end}")
    full = {w: re.compile(_lenient(w, marks)) for w in candidates}

    def step(text: str) -> list[Edit]:
        edits = []
        for m in rx.finditer(text):
            found = m.group("w")
            if found in listed:
                continue
            fits = {w for w in skeleton.get(marks.sub("", found), ()) if full[w].fullmatch(found)}
            if len(fits) == 1:
                edits.append((m.start("w"), m.end("w"), fits.pop()))
        return edits
    return step
