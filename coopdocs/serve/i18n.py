"""The interface's languages: one JSON file of strings each in ``static/i18n/`` (their
``_name`` is the language's own name for itself; ``index.json`` gives their order and the
fallback). The page's language is the one the reviewer chose with the switch (a cookie),
else the first of the browser's ``Accept-Language`` the interface speaks, else the fallback.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

COOKIE = "coopdocs_ui"


def _folder():
    return resources.files("coopdocs.serve") / "static" / "i18n"


@cache
def index() -> dict:
    return json.loads((_folder() / "index.json").read_text(encoding="utf-8"))


def languages() -> tuple[str, ...]:
    return tuple(index()["languages"])


@cache
def strings(code: str) -> dict[str, str]:
    """Every string of the interface in ``code`` (a missing one in the fallback's words)."""
    fallback = json.loads((_folder() / f"{index()['fallback']}.json").read_text(encoding="utf-8"))
    if code not in languages():
        raise KeyError(code)
    own = json.loads((_folder() / f"{code}.json").read_text(encoding="utf-8"))
    return {**fallback, **own}


def parse_accept(header: str | None) -> list[str]:
    """The language tags of an ``Accept-Language`` header, most wanted first.

    >>> parse_accept("th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7")
    ['th-th', 'th', 'en-us', 'en']
    >>> parse_accept("en;q=0.2, vi")
    ['vi', 'en']
    >>> parse_accept("*;q=0, fr;q=x")
    []
    """
    wanted = []
    for n, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            key, _, value = p.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        tag = tag.strip().lower()
        if tag and tag != "*" and q > 0:
            wanted.append((-q, n, tag))
    return [tag for _, _, tag in sorted(wanted)]


def choose(accept: str | None, chosen: str | None = None) -> str:
    """The interface language for a request: the switch's choice, else the browser's."""
    if chosen in languages():
        return chosen
    for tag in parse_accept(accept):
        primary = tag.split("-")[0]
        if primary in languages():
            return primary
    return index()["fallback"]
