"""The words of the meeting grammars: ``meeting.tsv`` by role and ``titles.tsv`` by role.

A language whose documents lose marks (``[text] optional_marks``: Thai PDF exports drop tone
marks, ``ผูมาประชุม`` for ``ผู้มาประชุม``) has its meeting words matched with those marks
optional, so a damaged label is still a label.
"""
from __future__ import annotations

import re

from ..lang import profile, rows
from .sentences import NEVER, per_language


@per_language
def roles(lang: str) -> dict[str, tuple[str, ...]]:
    """meeting.tsv: role -> its words, longest first."""
    out: dict[str, list[str]] = {}
    for row in rows(lang, "meeting", optional=True):
        if len(row) > 1:
            out.setdefault(row[1], []).append(row[0])
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


@per_language
def titles(lang: str) -> dict[str, tuple[str, ...]]:
    """titles.tsv: role (honorific, title, deputy) -> its words, longest first."""
    out: dict[str, list[str]] = {}
    for row in rows(lang, "titles", optional=True):
        if len(row) > 1:
            out.setdefault(row[1], []).append(row[0])
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


@per_language
def words(lang: str, role: str) -> str:
    """The words of a meeting.tsv role as a regex alternation (never matching if none), each
    with the language's optional marks optional.

    >>> re.fullmatch(words("th", "attendees_label"), "ผูมาประชุม") is not None
    True
    """
    return tolerant(roles(lang).get(role, ()), lang)


def title_words(lang: str, role: str) -> str:
    """The words of a titles.tsv role as a regex alternation, marks optional as above."""
    return tolerant(titles(lang).get(role, ()), lang)


def tolerant(items, lang: str) -> str:
    """An alternation of the literal ``items``, longest first; spaces match any run of
    spaces, and a mark of ``[text] optional_marks`` may be missing."""
    marks = profile(lang).text.optional_marks
    optional = re.compile(f"[{marks}]") if marks else None
    parts = []
    for item in sorted(set(items), key=len, reverse=True):
        out = []
        for ch in item:
            piece = r"[ \u00a0]+" if ch == " " else re.escape(ch)
            out.append(piece + "?" if optional and optional.match(ch) else piece)
        parts.append("".join(out))
    return "|".join(parts) or NEVER
