"""All language knowledge, as data: one folder a language, ``lang/<code>/``.

A folder holds ``profile.toml`` (see :mod:`coopdocs.lang.profile`) and word lists
``<name>.tsv`` (see :mod:`coopdocs.lang.lists`): ``#`` comment lines naming their source, then
one entry a line, fields separated by tabs. Languages are found in this package and in the folders of
``COOPDOCS_LANG_PATH`` (``os.pathsep``-separated) or given to :func:`add_path`; a language
that is in none of them is an error, never another language's rules. Files are read once.
"""
from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from ..errors import LanguageError
from . import lists
from .profile import Profile, load_profile

_HERE = Path(__file__).resolve().parent
_EXTRA: list[Path] = []
# The language of a document coopdocs writes when nothing names one.
DEFAULT = "vi"


def add_path(folder: str | Path) -> None:
    """Also look for languages in ``folder`` (which holds ``<code>/profile.toml`` folders)."""
    path = Path(folder).resolve()
    if path not in _EXTRA:
        _EXTRA.append(path)
        _clear()


def _search_path() -> list[Path]:
    env = [Path(p) for p in os.environ.get("COOPDOCS_LANG_PATH", "").split(os.pathsep) if p]
    return [_HERE, *_EXTRA, *env]


def known() -> tuple[str, ...]:
    """The codes of every language with a profile, sorted."""
    return tuple(sorted({p.parent.name for d in _search_path() for p in d.glob("*/profile.toml")}))


@cache
def folder(code: str) -> Path:
    """The folder of language ``code``; :class:`LanguageError` if no profile has that code."""
    if re.fullmatch(r"[a-z]{2,3}", code or ""):
        for base in _search_path():
            if (base / code / "profile.toml").is_file():
                return base / code
    raise LanguageError(f"unknown language {code!r}: coopdocs knows {', '.join(known())}")


@cache
def profile(code: str) -> Profile:
    """The validated profile of language ``code``."""
    return load_profile(code, folder(code))


@cache
def rows(lang: str, name: str, optional: bool = False) -> tuple[tuple[str, ...], ...]:
    """The data lines of ``lang/<lang>/<name>.tsv`` as tuples of stripped fields. An optional
    list (``optional``, or so declared in :data:`coopdocs.lang.lists.LISTS`) a language leaves
    out has no lines (the feature it names is absent); a needed one is a
    :class:`LanguageError` naming the folder."""
    path = folder(lang) / f"{name}.tsv"
    if not path.is_file():
        if lists.optional(name, optional):
            return ()
        raise LanguageError(lists.missing(name), str(path.parent))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LanguageError(f"cannot read the word list: {e}", str(path)) from None
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


@cache
def mapping(lang: str, name: str, optional: bool = False) -> dict[str, str]:
    """First field -> second field (empty string if the line has one field)."""
    return {r[0]: (r[1] if len(r) > 1 else "") for r in rows(lang, name, optional)}


@cache
def words(lang: str, name: str, optional: bool = False) -> tuple[str, ...]:
    """The first fields, longest first (ready for a regex alternation), those of one length in
    code-point order: the same order in every process, whatever the string hashes."""
    return tuple(sorted({r[0] for r in rows(lang, name, optional)}, key=_longest_first))


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


NEVER = r"(?!)"  # the alternation of no words: matches nothing, not the empty string


def alternation(items) -> str:
    """A regex alternation of literal words, longest first; spaces match any run of spaces.
    No words (a language without such words) give a pattern that never matches. Words of one
    length come in code-point order, so that every process builds the same pattern (its
    compiled program is then reused, see :mod:`coopdocs.regex_cache`); two distinct literals
    of one length can only both match where they differ by case, over the same characters.

    >>> print(alternation(["tỷ", "nghìn tỷ"]), alternation([]))
    nghìn[ \\u00a0]+tỷ|tỷ (?!)
    """
    parts = sorted(set(items), key=_longest_first)
    return "|".join(re.escape(p).replace(r"\ ", r"[ \u00a0]+") for p in parts) or NEVER


def _clear() -> None:
    for f in (folder, profile, rows, mapping, words):
        f.cache_clear()


__all__ = ["DEFAULT", "NEVER", "Profile", "add_path", "alternation", "folder", "known", "mapping",
           "profile", "rows", "words"]
