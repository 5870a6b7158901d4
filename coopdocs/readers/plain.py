"""Plain text files (.txt, .md): UTF-8 with or without BOM, UTF-16 with BOM, and the 8-bit
codes of files typed before Unicode that the languages list (TCVN3, VNI, Windows-1258,
Windows-874: :mod:`.legacy`), converted to Unicode NFC."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .source import Cell


def read(data: bytes, path: Path) -> tuple[str, list[Cell], dict]:
    """The decoded content, unchanged (a BOM is not part of the text); no table cells; the
    8-bit code it was converted from, if any, as ``{"encoding": name}``."""
    text, name = decode_any(data, path)
    return text, [], ({"encoding": name} if name else {})


def decode(data: bytes, path: Path | str = "<bytes>") -> str:
    """Bytes to text: UTF-16 with BOM, else UTF-8 (BOM dropped); binary data is refused."""
    return decode_any(data, path, legacy=False)[0]


def decode_any(data: bytes, path: Path | str = "<bytes>",
               legacy: bool = True) -> tuple[str, str | None]:
    """(text, the 8-bit code it was in or None): UTF-16 with BOM, UTF-8 (BOM dropped), else
    (``legacy``) the 8-bit code whose decoding reads best as a language; binary data and
    bytes in no code are refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 text", str(path)) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text (save it as UTF-8 text, .docx or .html)", str(path))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        first = e.start
    if legacy:
        from .legacy import codes, guess

        found = guess(data)
        if found is not None:
            return found[0], found[1].name
        tried = ", ".join(c.name for c in codes())
        raise InputError(
            f"not UTF-8 text (undecodable byte 0x{data[first]:02x} at offset {first}) and no "
            f"text in {tried} either; save it as UTF-8", str(path)) from None
    raise InputError(
        f"not UTF-8 text (undecodable byte 0x{data[first]:02x} at offset {first}); "
        "save it as UTF-8",
        str(path),
    ) from None
