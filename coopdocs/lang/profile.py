"""A language's profile: the facts the generic grammars branch on, declared as data.

Each language folder ``lang/<code>/`` holds ``profile.toml`` plus the word lists (``*.tsv``)
the grammars read. The profile is validated against :data:`SCHEMA` when it is loaded, in the
way dateparser validates its per-language files: an unknown section or key, a missing key or a
value of the wrong type is an error naming the file, never a silent fallback to another
language. Grammars read it as ``profile(code).numbers.decimal_mark``.

Adding a key: declare it in :data:`SCHEMA` (type and, if optional, a default), then give it a
value in every ``profile.toml`` that needs one.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import LanguageError

_MISSING = object()


@dataclass(frozen=True)
class Key:
    """One profile key: its type and its default (``_MISSING``: the key is required)."""

    type: type | tuple[type, ...]
    default: Any = _MISSING
    doc: str = ""


# section -> key -> Key. Sections group the facts by the layer that reads them.
SCHEMA: dict[str, dict[str, Key]] = {
    "language": {
        "name": Key(str, doc="the language's English name"),
        "spacy_lang": Key(str, doc="the spaCy language code of the blank pipeline ('xx' if none)"),
        "tokenizer": Key(str, doc="registered tokenizer factory, e.g. 'coopdocs.th_tokenizer.v1'"),
    },
    "text": {},
    "numbers": {},
    "dates": {},
    "figures": {},
    "sentences": {},
    "phrases": {},
    "doctype": {},
    "tables": {},
    "targets": {},
    "references": {},
    "meeting": {},
    "tasks": {},
    "detect": {},
    "render": {},
    "evaluate": {
        "phrase_units": Key(str, default="words", doc="how coopdocs evaluate compares two phrases "
                            "of this script: 'words' (split at spaces) or 'char_pairs' (for a "
                            "script written without spaces between words)"),
        "letters": Key(str, default="", doc="regex character range of the script's own letters "
                       "(a phrase with one of them is compared in phrase_units)"),
    },
}


class Section:
    """The keys of one profile section as read-only attributes."""

    def __init__(self, name: str, values: dict[str, Any]):
        self._name = name
        self._values = MappingProxyType(values)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"profile section [{self._name}] has no key {key!r}") from None

    def __repr__(self) -> str:
        return f"Section({self._name!r}, {dict(self._values)!r})"


class Profile:
    """A validated language profile: ``code``, ``folder`` and one :class:`Section` a section."""

    def __init__(self, code: str, folder: Path, data: dict[str, dict[str, Any]]):
        self.code = code
        self.folder = folder
        for name, values in data.items():
            setattr(self, name, Section(name, values))

    def __repr__(self) -> str:
        return f"Profile({self.code!r}, {str(self.folder)!r})"


def load_profile(code: str, folder: Path) -> Profile:
    """Read and validate ``folder/profile.toml``; :class:`LanguageError` names what is wrong."""
    path = folder / "profile.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise LanguageError(f"cannot read the language profile: {e}", str(path)) from None
    return Profile(code, folder, validate(raw, str(path)))


def validate(raw: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    """The profile's sections with defaults filled in; :class:`LanguageError` on any mismatch."""
    unknown = sorted(set(raw) - set(SCHEMA))
    if unknown:
        raise LanguageError(f"unknown profile section(s): {', '.join(unknown)}", where)
    out: dict[str, dict[str, Any]] = {}
    for section, keys in SCHEMA.items():
        given = raw.get(section, {})
        if not isinstance(given, dict):
            raise LanguageError(f"[{section}] must be a table", where)
        extra = sorted(set(given) - set(keys))
        if extra:
            raise LanguageError(f"[{section}] has unknown key(s): {', '.join(extra)}", where)
        out[section] = {k: _value(section, k, spec, given, where) for k, spec in keys.items()}
    return out


def _value(section: str, key: str, spec: Key, given: dict[str, Any], where: str) -> Any:
    if key not in given:
        if spec.default is _MISSING:
            raise LanguageError(f"[{section}] misses the key {key!r} ({spec.doc})", where)
        return spec.default
    value = given[key]
    if isinstance(value, bool) and spec.type is not bool and bool not in _types(spec.type):
        raise LanguageError(f"[{section}] {key} must be {_type_name(spec.type)}", where)
    if not isinstance(value, spec.type):
        raise LanguageError(f"[{section}] {key} must be {_type_name(spec.type)}", where)
    return tuple(value) if isinstance(value, list) else value


def _types(t) -> tuple[type, ...]:
    return t if isinstance(t, tuple) else (t,)


def _type_name(t) -> str:
    return " or ".join(x.__name__ for x in _types(t))
