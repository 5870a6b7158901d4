"""Patterns of the figure grammar compiled the first time they are used.

A document of a page uses only some parts of the grammar: the words before a number are
searched only where :class:`~coopdocs.rules.figures_tails.Tail` says one may end there, a
range opener only after a qualifier of a range. :class:`Later` holds such a pattern's text
and flags and compiles it on first use (once per process: the grammar is cached per
language), so a run that never needs it never pays for it.
"""
from __future__ import annotations

import re


class Later:
    """A pattern (every attribute and method of ``re.Pattern``) compiled on first use;
    ``pattern`` and ``flags`` are known before.

    >>> rx = Later(r"(?P<n>\\d+) giờ", re.IGNORECASE)
    >>> rx.pattern, rx.compiled
    ('(?P<n>\\\\d+) giờ', False)
    >>> rx.search("lúc 8 GIỜ").group("n"), rx.compiled
    ('8', True)
    """

    __slots__ = ("_rx", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._rx: re.Pattern | None = None

    @property
    def compiled(self) -> bool:
        return self._rx is not None

    def rx(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def search(self, string: str, *args):
        return self.rx().search(string, *args)

    def match(self, string: str, *args):
        return self.rx().match(string, *args)

    def fullmatch(self, string: str, *args):
        return self.rx().fullmatch(string, *args)

    def finditer(self, string: str, *args):
        return self.rx().finditer(string, *args)

    def __getattr__(self, name: str):
        if name in Later.__slots__:  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.rx(), name)

    def __reduce__(self):
        return Later, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"later({self.pattern!r}, {self.flags!r})"
