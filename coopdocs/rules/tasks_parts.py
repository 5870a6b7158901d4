"""Grammars whose parts are compiled on first use.

A phrase grammar (the assignees', the tasks', the targets') holds dozens of patterns, a few of
them alternations of hundreds of words; a document uses the parts its text calls for: one with
no assignment never asks for the name of a body, a language whose words are spaced never asks
for the verbs that end a glued name. A :class:`Parts` grammar compiles a part given as
:func:`pattern` (or made by a :class:`Later`) the first time it is read and keeps it as a
plain attribute, so that reading it again costs no more than reading any attribute.

>>> import re
>>> g = Parts(word=pattern(r"\\w+"), flags=re.IGNORECASE, twice=Later(lambda g: g.word.pattern * 2))
>>> sorted(vars(g))       # nothing compiled yet
['_later', 'flags']
>>> g.word.match("ab c").group(), g.twice
('ab', '\\\\w+\\\\w+')
>>> sorted(vars(g))
['_later', 'flags', 'twice', 'word']
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


class Later:
    """A part of a :class:`Parts` grammar made the first time it is read: ``make(grammar)``."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[Any], Any]):
        self.make = make


def pattern(source: str, flags: int = 0) -> Later:
    """A part that is ``re.compile(source, flags)``, compiled on first use."""
    return Later(lambda _: re.compile(source, flags))


class Parts:
    """A grammar: its parts as attributes, each :class:`Later` one made on first use."""

    def __init__(self, **parts):
        later = {}
        for name, value in parts.items():
            if isinstance(value, Later):
                later[name] = value.make
            else:
                object.__setattr__(self, name, value)
        object.__setattr__(self, "_later", later)

    def __getattr__(self, name: str):
        later = self.__dict__.get("_later")
        if not later or name not in later:
            raise AttributeError(f"{type(self).__name__!r} has no part {name!r}")
        value = later[name](self)
        object.__setattr__(self, name, value)
        del later[name]
        return value

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"a grammar's parts are not changed ({name!r})")

    def __reduce__(self):
        """Pickled with every part made (a part to be made is a function)."""
        for name in list(self._later):
            getattr(self, name)
        return _made, (type(self), {k: v for k, v in vars(self).items() if k != "_later"})


def _made(cls: type, parts: dict) -> Parts:
    grammar = cls.__new__(cls)
    Parts.__init__(grammar, **parts)
    return grammar
