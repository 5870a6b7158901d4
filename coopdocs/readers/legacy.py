"""Text written in the 8-bit codes that came before Unicode: told apart and converted to
Unicode NFC.

Each language's profile lists them (``[detect] encodings``): a Python codec (``windows-1258``
for Vietnamese, ``cp874`` for Thai) or a byte table of the language folder (``tcvn3.tsv``,
``vni.tsv``: bytes -> character, the bytes a table leaves out being Windows-1252). Word
documents name them by their fonts (``legacy_fonts.tsv``: ``.VnTime`` is TCVN3, ``VNI-Times``
is VNI).

A file that is no UTF-8 is decoded in each listed code and the one whose words the language
knows best wins (:func:`guess`): the words of a language are those of its word lists, so a
text decoded in the wrong code, whose letters come out as other letters, has few of them. A
language written without spaces (Thai) counts its letters that fall inside listed words.

Text that was typed in such a code but reached us as Unicode (a Word run in a ``.VnTime``
font, a web page that draws its text in one) holds the code's bytes as Windows-1252
characters (``H\\xeep t\\xb8c x\\xb7``): :func:`from_chars` turns them back into bytes first.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import InputWarning, LanguageError

SAMPLE = 256 * 1024
"""The bytes (characters) of a file the codes are told apart on."""
MIN_WORDS = 3
"""The fewest known words a decoding must give for a file to be taken as in its code."""
MIN_SHARE = 0.5
"""The least share of its words with letters beyond ASCII the language must know (words
written apart; decoded in a wrong code, Vietnamese text keeps less than 0.2 of them, in the
right one more than 0.8)."""
MIN_COVER = 0.2
"""For a language written without spaces: the least share of its letters inside known words
(right code: 0.3 and more; wrong: below 0.05)."""


class LegacyEncodingWarning(InputWarning):
    """A document was converted from an 8-bit code (the command line prints it on stderr)."""


@dataclass(frozen=True, eq=False)
class Code:
    """One 8-bit code of a language: a byte table (``table``: bytes -> text) or a codec."""

    name: str
    lang: str
    table: dict[bytes, str] | None = None

    def decode(self, data: bytes) -> str:
        """The bytes as Unicode NFC (bytes the table leaves out read as Windows-1252)."""
        if self.table is None:
            return unicodedata.normalize("NFC", data.decode(self.name, errors="replace"))
        singles, pairs = _compiled(self)
        raw = data.decode("latin-1")  # one character a byte, then the table: C speed
        out = []
        for k, part in enumerate(pairs.split(raw) if pairs else [raw]):
            out.append(self.table[part.encode("latin-1")] if k % 2 else part.translate(singles))
        return _capitals(unicodedata.normalize("NFC", "".join(out)), self)

    def encode(self, text: str) -> bytes:
        """Unicode text in this code (what a legacy editor would have saved). A character the
        code lacks is written as the code writes its small letter (the capital fonts draw it
        as a capital); one it cannot write at all raises ``UnicodeEncodeError``."""
        if self.table is None:
            return b"".join(_codec_char(ch, self.name) for ch in unicodedata.normalize("NFC", text))
        back = _reverse(self)
        out = bytearray()
        for ch in unicodedata.normalize("NFC", text):
            seq = back.get(ch) or back.get(ch.lower())
            if seq is None:
                seq = ch.encode("cp1252")
            out += seq
        return bytes(out)


def _codec_char(ch: str, name: str) -> bytes:
    """A character in a codec, as its letter and combining marks when it lacks the whole
    (Windows-1258 has ``ă`` and the combining dot below, not ``ặ``)."""
    try:
        return ch.encode(name)
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", ch)
        for cut in range(len(parts) - 1, 0, -1):  # the longest letter with marks it has
            for keep in _subsets(parts[1:], cut - 1):
                base = unicodedata.normalize("NFC", parts[0] + keep)
                rest = "".join(m for m in parts[1:] if m not in keep)
                try:
                    return base.encode(name) + rest.encode(name)
                except UnicodeEncodeError:
                    continue
        raise


def _subsets(marks: str, size: int):
    from itertools import combinations

    return ("".join(c) for c in combinations(marks, size))


@cache
def _compiled(code: Code) -> tuple[dict[int, str], re.Pattern | None]:
    """A code's single bytes as a ``str.translate`` table (Latin-1 character -> its
    character), and a pattern that splits out its sequences of several bytes."""
    singles = {b: _cp1252(b) for b in range(128, 256)}
    singles.update({seq[0]: ch for seq, ch in code.table.items() if len(seq) == 1})
    longer = sorted((seq.decode("latin-1") for seq in code.table if len(seq) > 1),
                    key=len, reverse=True)
    return singles, (re.compile(f"({'|'.join(map(re.escape, longer))})") if longer else None)


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes Windows-1252 leaves out: as Latin-1


@cache
def _reverse(code: Code) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for seq, ch in code.table.items():
        out.setdefault(ch, seq)
    return out


_WORD = re.compile(r"[^\W\d_]+")


def _capitals(text: str, code: Code) -> str:
    """A table code without capitals for toned letters writes them as small letters (in a
    capital font): a word of capitals with such a letter, or a line of capitals, is made all
    capitals again (``C\u1ed8NG`` from ``C\u1ed9NG``)."""
    if all(ch in _reverse(code) for ch in "ÁÀẢÃẠ"):
        return text
    lines = []
    for line in text.split("\n"):
        words = _CAPS.findall(line) if not line.isascii() else ()  # two capitals or more
        if words and not _SMALL.search(line) and any(
                _capitals_word(w) or _capital_vowels(w) for w in words):
            lines.append(line.upper())  # HÀ NỘI: the capitals of NỘI make Hà one too
        elif words:
            lines.append(_CAPS.sub(lambda m: m.group().upper() if _capitals_word(m.group())
                                   else m.group(), line))
        else:
            lines.append(line)
    return _sentence_capitals("\n".join(lines), code)


_CAPS = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*?[A-Z\u00c0-\u1ef9][^\W\d_]*?[A-Z\u00c0-\u1ef9])"
                   r"[^\W\d_]+")  # a word with two capitals or more
_SMALL = re.compile(r"[a-z]")


def _capitals_word(word: str) -> bool:
    """Two capitals or more, no small letter but toned ones (``C\u1ed9NG``)."""
    ascii_letters = [c for c in word if c.isascii()]
    return (any(c.islower() for c in word if not c.isascii())
            and sum(c.isupper() for c in ascii_letters) >= 2
            and not any(c.islower() for c in ascii_letters))


def _capital_vowels(word: str) -> bool:
    """All capitals, with a capital vowel beyond ASCII (``TH\u01af``)."""
    return len(word) >= 2 and word.isupper() and any(
        not c.isascii() and unicodedata.normalize("NFD", c)[0] in "AEIOUY" for c in word)


_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))([\s\d.)(*\u2022+\u2013-]*)(\w)", re.MULTILINE)


def _sentence_capitals(text: str, code: Code) -> str:
    """The first letter of a line or sentence in capitals when the code has none for it
    (TCVN3 writes ``\u1ee6y`` as ``\u1ee7y``)."""
    back = _reverse(code)

    def up(m: re.Match) -> str:
        ch = m.group(2)
        lacks = ch.islower() and not ch.isascii() and ch.upper() not in back
        return m.group(1) + (ch.upper() if lacks else ch)

    return _OPENING.sub(up, text)


@cache
def codes() -> tuple[Code, ...]:
    """The 8-bit codes every known language lists, in the order they are listed."""
    from ..lang import folder, known, profile, rows

    out = []
    for lang in known():
        for name in profile(lang).detect.encodings:
            if (folder(lang) / f"{name}.tsv").is_file():
                table = {bytes.fromhex(r[0]): r[1] for r in rows(lang, name)}
                out.append(Code(name, lang, table))
                continue
            try:
                codecs.lookup(name)
            except LookupError:
                raise LanguageError(f"[detect] encodings: {name!r} is neither a codec nor a "
                                    f"byte table {name}.tsv", str(folder(lang))) from None
            out.append(Code(name, lang))
    return tuple(out)


def code(name: str) -> Code:
    """The code named ``name`` (``tcvn3``, ``vni``, ``windows-1258``, ``cp874``)."""
    for c in codes():
        if c.name == name:
            return c
    raise KeyError(name)


@cache
def _fonts() -> tuple[tuple[re.Pattern, str, bool], ...]:
    """(font name pattern, code, capitals) of every known language's ``legacy_fonts.tsv``."""
    from ..lang import folder, known, rows

    out = []
    for lang in known():
        for row in rows(lang, "legacy_fonts", optional=True):
            try:
                rx = re.compile(row[0], re.IGNORECASE)
            except re.error as e:
                raise LanguageError(f"legacy_fonts.tsv: bad pattern {row[0]!r}: {e}",
                                    str(folder(lang))) from None
            out.append((rx, row[1], len(row) > 2 and row[2] == "upper"))
    return tuple(out)


@cache
def font_code(font: str) -> tuple[str, bool] | None:
    """(code, whether the font draws capitals) of a font whose text is typed in an 8-bit
    code, else None.

    >>> font_code(".VnTimeH"), font_code("VNI-Times"), font_code("Times New Roman")
    (('tcvn3', True), ('vni', False), None)
    """
    for rx, name, upper in _fonts():
        if rx.search(font):
            return name, upper
    return None


@cache
def _vocabulary(lang: str) -> frozenset[str]:
    """The words of a language's word lists, in small letters."""
    from ..lang import folder, profile, rows

    words = set()
    tables = set(profile(lang).detect.encodings)
    for path in folder(lang).glob("*.tsv"):
        if path.stem in tables:  # the byte tables: letters, no words
            continue
        for row in rows(lang, path.stem, optional=True):
            for field in row:
                words.update(w.lower() for w in _WORD.findall(field) if not w.isascii())
    return frozenset(words)


@cache
def _known(lang: str) -> re.Pattern:
    """The words of a language written without spaces, of three letters or more."""
    from ..lang import alternation

    return re.compile(alternation(w for w in _vocabulary(lang) if len(w) >= 3))


def fit(text: str, lang: str) -> tuple[float, int]:
    """How well ``text`` reads as the language: (share, count) of its words with letters
    beyond ASCII that the language's word lists hold, or, for a language written without
    spaces, of its letters beyond ASCII that are inside words of its lists (three letters or
    more), with the number of those words."""
    from ..lang import profile

    prof = profile(lang)
    if not prof.text.spaced:
        letters = sum(1 for c in text if not c.isascii() and not c.isspace())
        found = _known(lang).findall(text)
        return sum(map(len, found)) / max(letters, 1), len(found)
    vocab = _vocabulary(lang)
    words = [w.lower() for w in _WORD.findall(text) if not w.isascii()]
    good = sum(1 for w in words if w in vocab)
    return good / max(len(words), 1), good


def score(text: str, lang: str) -> tuple[float, int]:
    """:func:`fit` with the share over the least one a text of the language has (1 and more:
    it reads as the language), and 0 when it has fewer than :data:`MIN_WORDS` known words."""
    from ..lang import profile

    share, count = fit(text, lang)
    if count < MIN_WORDS:
        return 0.0, count
    return share / (MIN_SHARE if profile(lang).text.spaced else MIN_COVER), count


def guess(data: bytes) -> tuple[str, Code] | None:
    """(text, code) of bytes that are no UTF-8 in the code whose decoding reads best as its
    language, or None when none reads as a language."""
    best = None
    sample = data[:SAMPLE]
    for c in codes():
        rank = score(c.decode(sample), c.lang)
        if rank[0] >= 1 and (best is None or rank > best[0]):
            best = (rank, c)
    return (best[1].decode(data), best[1]) if best else None


def to_bytes(text: str) -> bytes | None:
    """The bytes an 8-bit text reached as Windows-1252 characters stands for (None when a
    character is none of them)."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        try:
            return bytes(_cp1252_byte(c) for c in text)
        except ValueError:
            return None


def _cp1252_byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        if ord(ch) < 256:
            return ord(ch)
        raise ValueError(ch) from None


def from_chars(text: str, name: str) -> str:
    """Text typed in the code ``name`` that reached us as Windows-1252 characters, in
    Unicode NFC; characters that are no such byte stay as they are.

    >>> from_chars("H\\xeep t\\xb8c x\\xb7 \\u2013 \\xa7\\xb6ng", "tcvn3")
    'Hợp tác xã – Đảng'
    >>> from_chars("Hoäi nghò", "vni")
    'Hội nghị'
    """
    c = code(name)
    whole = to_bytes(text)
    if whole is not None:
        return c.decode(whole)
    out, run = [], []
    for ch in text:
        b = to_bytes(ch)
        if b is None:
            out.append(c.decode(bytes(run)) if run else "")
            run = []
            out.append(ch)
        else:
            run.extend(b)
    out.append(c.decode(bytes(run)) if run else "")
    return "".join(out)


def fix_text(text: str) -> tuple[str, str | None]:
    """(text, code name) of a Unicode text whose lines were typed in an 8-bit code and reached
    us as Windows-1252 characters (a web page drawn in a ``.VnTime`` font): the code that reads
    best converts the lines it makes read better; (text, None) when none does."""
    candidates = [c for c in codes() if c.table is not None]
    if not candidates or text.isascii():
        return text, None
    lines = text.split("\n")
    typed = [i for i, line in enumerate(lines) if not line.isascii() and to_bytes(line)]
    if not typed:
        return text, None
    sample = "\n".join(lines[i] for i in typed)[:SAMPLE]
    best = None
    for c in candidates:
        rank = score(from_chars(sample, c.name), c.lang)
        if rank[0] >= 1 and rank[0] > score(sample, c.lang)[0] and (
                best is None or rank > best[0]):
            best = (rank, c)
    if best is None:
        return text, None
    c = best[1]
    for i in typed:
        converted = from_chars(lines[i], c.name)
        if fit(converted, c.lang)[0] >= fit(lines[i], c.lang)[0]:
            lines[i] = converted
    return "\n".join(lines), c.name


def warn(path: Path | str, name: str) -> None:
    """Say that ``path`` was converted from the code ``name``."""
    warnings.warn(LegacyEncodingWarning(
        f"{path}: converted from the legacy encoding {name} to Unicode"), stacklevel=2)
