"""Plain text files (.txt, .md): UTF-8 with or without BOM, UTF-16 with BOM."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .source import Cell


def read(data: bytes, path: Path) -> tuple[str, list[Cell]]:
    """The decoded content, unchanged (a BOM is not part of the text); no table cells."""
    return decode(data, path), []


def decode(data: bytes, path: Path | str = "<bytes>") -> str:
    """Bytes to text: UTF-16 with BOM, else UTF-8 (BOM dropped); binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 text", str(path)) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text (save it as UTF-8 text, .docx or .html)", str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"not UTF-8 text (undecodable byte 0x{data[e.start]:02x} at offset {e.start}); "
            "save it as UTF-8",
            str(path),
        ) from None
