"""Per-language knowledge stored as data files: ``lang/<code>/<name>.tsv``.

Each file starts with ``#`` comment lines naming its source; then one entry a line,
fields separated by tabs. Files are read once and cached.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def rows(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The data lines of ``lang/<lang>/<name>.tsv`` as tuples of stripped fields."""
    text = resources.files(__package__).joinpath(lang, f"{name}.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


@cache
def mapping(lang: str, name: str) -> dict[str, str]:
    """First field -> second field (empty string if the line has one field)."""
    return {r[0]: (r[1] if len(r) > 1 else "") for r in rows(lang, name)}


@cache
def words(lang: str, name: str) -> tuple[str, ...]:
    """The first fields, longest first (ready for a regex alternation)."""
    return tuple(sorted({r[0] for r in rows(lang, name)}, key=len, reverse=True))


def alternation(items) -> str:
    """A regex alternation of literal words, longest first; spaces match any run of spaces."""
    parts = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[ \u00a0]+") for p in parts)
