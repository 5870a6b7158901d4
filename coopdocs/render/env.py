"""The Jinja environment docxtpl renders with: sandboxed with limits (a user's template can
call no Python, and runs within bounded time and memory: :mod:`coopdocs.render.sandbox`),
``StrictUndefined`` (a misspelt variable is an error, never a blank), autoescaped (``<``,
``&`` in a record's text stay text in the Word XML), every character written one XML can
hold, and the locale filters of :mod:`coopdocs.render.filters` bound to the document's
language."""
from __future__ import annotations

import re
from functools import cache

from jinja2 import StrictUndefined

from . import filters as f
from .language import DEFAULT_LANG, digit_styles
from .sandbox import BoundedSandbox, current

COMPILED_MAX = 256
# Characters XML 1.0 cannot hold: C0 controls but tab and line ends, lone surrogates,
# U+FFFE and U+FFFF. A vertical tab or form feed (a manual line or page break in the text a
# record came from) becomes a line break; the others go.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
BREAKS = {"\x0b": "\n", "\x0c": "\n"}


def xml_text(value):
    """What a ``{{ }}`` writes, with every character XML can hold (see :data:`NOT_XML`)."""
    if isinstance(value, str) and NOT_XML.search(value):
        return NOT_XML.sub(lambda m: BREAKS.get(m[0], "\ufffd" if m[0] >= "\ud800" else ""),
                           value)
    return value


class _Env(BoundedSandbox):
    """Keeps what it compiled: docxtpl compiles each part of a template from a string on
    every render, and a batch renders the same template over and over."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._compiled: dict[str, object] = {}

    def from_string(self, source, globals=None, template_class=None):
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        current().source = source     # where a render error is placed
        found = self._compiled.get(source)
        if found is None:
            if len(self._compiled) >= COMPILED_MAX:
                self._compiled.clear()
            found = self._compiled[source] = super().from_string(source)
        return found


@cache
def make_env(lang: str = DEFAULT_LANG) -> BoundedSandbox:
    """The environment for documents in ``lang`` (one per language and process, immutable);
    every filter also takes ``lang=`` to override. Each language with digits of its own adds
    the filter ``<name>_digits`` (``thai_digits``)."""
    env = _Env(autoescape=True, undefined=StrictUndefined, finalize=xml_text)

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

    env.add_filters(number=number, money=money, percent=percent, date=date, time=time,
                    year=year, figure=figure, ucfirst=f.ucfirst)
    env.add_filters(**{f"{style}_digits": _digits_filter(style) for style in digit_styles()})
    return env


def _digits_filter(style: str):
    table = f.digits_table(style)

    def digits(value):
        return str(value).translate(table)
    return digits
