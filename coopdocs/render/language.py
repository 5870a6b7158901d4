"""How a language writes documents, read from its folder ``lang/<code>/``: the ``[render]``
section of ``profile.toml`` (formats, words, the house style of the built-in templates), the
era of its dates (``[dates] era_offset``) and the word lists ``render_*.tsv``. The render
layer asks :func:`writing` and never names a language: a language coopdocs does not know is a
:class:`~coopdocs.errors.LanguageError`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import MappingProxyType, SimpleNamespace
from typing import Any

from .. import lang
from ..errors import LanguageError
from ..lang.profile import SCHEMA

# The language of a document when neither the template, the context nor the records name one.
DEFAULT_LANG = lang.DEFAULT
MONTH_STYLES = ("number", "wide", "abbreviated")
DATE_STYLES = ("long", "short")


@dataclass(frozen=True)
class Template:
    """A built-in template: ``templates/<name>.docx``, listed in ``render_templates.tsv``."""

    name: str
    lang: str
    kind: str
    description: str


@dataclass(frozen=True)
class Writing:
    """What documents in one language need: ``text`` is the profile's ``[render]`` section."""

    code: str
    text: Any
    era: int
    currencies: MappingProxyType
    scales: MappingProxyType          # power of ten -> scale word
    qualifiers: MappingProxyType      # figure qualifier -> word
    kinds: MappingProxyType           # reference kind -> document name
    templates: tuple[Template, ...]
    name: str                         # the language's English name ([language] name)
    digits: dict[int, str] | None     # str.translate table to its own digits (digits.tsv)


def writing(code: str) -> Writing:
    """The writing facts of language ``code``; :class:`LanguageError` if it has none (an
    unknown language, or one whose profile has no ``[render]`` section)."""
    return _writing(lang.profile(code))


@cache
def _writing(prof: lang.Profile) -> Writing:
    """Kept per profile object: a language path added later (``lang.add_path``) reloads the
    profiles, and with them these facts."""
    code = prof.code
    # Plain attributes: a profile Section answers through __getattr__, slow for a filter
    # that formats thousands of figures.
    render = prof.require("render")  # a language read only: a LanguageError saying so
    text = SimpleNamespace(**{key: getattr(render, key) for key in SCHEMA["render"]})
    _check(code, text)
    return Writing(
        code=code, text=text, era=prof.dates.era_offset,
        currencies=_words(code, "render_currencies"),
        scales=MappingProxyType({int(k): v for k, v in _words(code, "render_scales").items()}),
        qualifiers=_words(code, "render_qualifiers"),
        kinds=_words(code, "render_kinds"),
        templates=_templates(code),
        name=prof.language.name,
        digits=_digits(code) if (lang.folder(code) / "digits.tsv").is_file() else None,
    )


def languages() -> tuple[str, ...]:
    """Every language coopdocs writes documents in (its profile has a ``[render]`` section):
    the default first, then by code."""
    writers = (code for code in lang.known() if lang.profile(code).has("render"))
    return tuple(sorted(writers, key=lambda code: (code != DEFAULT_LANG, code)))


def check_writes(code: str) -> None:
    """:class:`LanguageError` for a language coopdocs knows but does not write, saying so."""
    if code in lang.known():
        lang.profile(code).require("render")


def digit_styles() -> dict[str, str]:
    """``--set digits=NAME``: the lower-case name of a language with digits of its own
    (``thai``) -> its code."""
    return {writing(c).name.lower(): c for c in languages() if writing(c).digits}


def _check(code: str, text) -> None:
    where = str(lang.folder(code) / "profile.toml")
    for key in ("month_long", "month_short"):
        if getattr(text, key) not in MONTH_STYLES:
            raise LanguageError(f"[render] {key} must be one of {', '.join(MONTH_STYLES)}", where)
    if text.reference_date_style not in DATE_STYLES:
        raise LanguageError("[render] reference_date_style must be long or short", where)


def _rows(code: str, name: str) -> tuple[tuple[str, ...], ...]:
    try:
        return lang.rows(code, name)
    except OSError:
        raise LanguageError(f"the word list {name}.tsv is missing", str(lang.folder(code))) from None


def _templates(code: str) -> tuple[Template, ...]:
    """The language's built-in templates; a language may have none (no render_templates.tsv)."""
    if not (lang.folder(code) / "render_templates.tsv").is_file():
        return ()
    return tuple(Template(r[0], code, r[1], r[2]) for r in _rows(code, "render_templates"))


def _words(code: str, name: str) -> MappingProxyType:
    return MappingProxyType({r[0]: r[1] for r in _rows(code, name)})


def _digits(code: str) -> dict[int, str]:
    """The translation ASCII -> own digits, from ``digits.tsv`` (own digit -> ASCII digit)."""
    return str.maketrans({ascii_: own for own, ascii_ in _words(code, "digits").items()})
