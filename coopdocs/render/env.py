"""The Jinja environment docxtpl renders with: sandboxed (a user's template can call no
Python), ``StrictUndefined`` (a misspelt variable is an error, never a blank), autoescaped
(``<``, ``&`` in a record's text stay text in the Word XML) and the locale filters of
:mod:`coopdocs.render.filters` bound to the document's language."""
from __future__ import annotations

from functools import cache

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import filters as f
from .language import DEFAULT_LANG, digit_styles

COMPILED_MAX = 256


class _Env(ImmutableSandboxedEnvironment):
    """Keeps what it compiled: docxtpl compiles each part of a template from a string on
    every render, and a batch renders the same template over and over."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._compiled: dict[str, object] = {}

    def from_string(self, source, globals=None, template_class=None):
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        found = self._compiled.get(source)
        if found is None:
            if len(self._compiled) >= COMPILED_MAX:
                self._compiled.clear()
            found = self._compiled[source] = super().from_string(source)
        return found


@cache
def make_env(lang: str = DEFAULT_LANG) -> ImmutableSandboxedEnvironment:
    """The environment for documents in ``lang`` (one per language and process, immutable);
    every filter also takes ``lang=`` to override. Each language with digits of its own adds
    the filter ``<name>_digits`` (``thai_digits``)."""
    env = _Env(autoescape=True, undefined=StrictUndefined)

    def number(value, decimals=None, lang=lang):
        return f.number(value, lang, decimals)

    def money(value, currency="VND", scale="auto", lang=lang):
        return f.money(value, currency, lang, scale)

    def percent(value, lang=lang):
        return f.percent(value, lang)

    def date(value, style="long", lang=lang):
        return f.date(value, lang, style)

    def time(value, lang=lang):
        return f.time(value, lang)

    def year(value, lang=lang):
        return f.year(value, lang)

    def figure(value, lang=lang):
        return f.figure(value, lang)

    env.filters.update(number=number, money=money, percent=percent, date=date, time=time,
                       year=year, figure=figure, ucfirst=f.ucfirst)
    for style in digit_styles():
        env.filters[f"{style}_digits"] = _digits_filter(style)
    return env


def _digits_filter(style: str):
    table = f.digits_table(style)

    def digits(value):
        return str(value).translate(table)
    return digits
