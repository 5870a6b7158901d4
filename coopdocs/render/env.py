"""The Jinja environment docxtpl renders with: sandboxed (a user's template can call no
Python), ``StrictUndefined`` (a misspelt variable is an error, never a blank), autoescaped
(``<``, ``&`` in a record's text stay text in the Word XML) and the locale filters of
:mod:`coopdocs.render.filters` bound to the document's language."""
from __future__ import annotations

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import filters as f


def make_env(lang: str = "vi") -> ImmutableSandboxedEnvironment:
    """The environment for documents in ``lang``; every filter also takes ``lang=`` to override."""
    env = ImmutableSandboxedEnvironment(autoescape=True, undefined=StrictUndefined)

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
                       year=year, figure=figure, thai_digits=f.thai_digits, ucfirst=f.ucfirst)
    return env
