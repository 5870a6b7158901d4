"""Which categories an extraction fills: all of them, or only those asked for.

``coopdocs extract --only figures,dates`` and ``coopdocs.extract_text(..., only=[...])`` name
categories (``figures``, ``dates``, ``targets``, ``references``, ``meeting``, ``tasks``) and
may name the stages that fill fields of figures (``indicators``: indicator, indicator id and
table cell; ``roles``: role). The components they require run too (figures need dates and
references first, :func:`coopdocs.categories.closure`), nothing else does, and the record
keeps every key: a category not asked for is empty (``[]``, or ``null`` for the meeting,
whose component also gives ``source.kind`` and ``source.title``).

The command line sets the choice for the whole process (:func:`select`) before it extracts,
and in the environment variable ``COOPDOCS_ONLY`` (comma-separated names), so that worker
processes have it however they are started. Nothing here loads spaCy.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from . import categories
from .errors import UsageError

_ASKED: tuple[str, ...] | None = None
ENV = "COOPDOCS_ONLY"


def names() -> tuple[str, ...]:
    """Every name ``--only`` accepts: the categories, then the stages."""
    return (*categories.NAMES, *(s.name for s in categories.STAGES))


def parse(spec: str) -> tuple[str, ...]:
    """The names of a ``--only`` value (comma-separated), checked; :class:`UsageError` names
    an unknown one and lists the known.

    >>> parse("figures, dates")
    ('figures', 'dates')
    >>> parse("figure")
    Traceback (most recent call last):
    ...
    coopdocs.errors.UsageError: --only: no category 'figure' (known: figures, dates, targets, references, meeting, tasks, indicators, roles)
    """
    asked = tuple(dict.fromkeys(n.strip() for n in spec.split(",") if n.strip()))
    if not asked:
        raise UsageError(f"--only: name at least one category (known: {', '.join(names())})")
    for n in asked:
        if n not in names():
            raise UsageError(f"--only: no category {n!r} (known: {', '.join(names())})")
    return asked


def check(asked: Iterable[str]) -> tuple[str, ...]:
    """``asked`` as a tuple of known names; :class:`UsageError` for an unknown one."""
    return parse(",".join(asked))


def asked() -> tuple[str, ...] | None:
    """The categories the process extracts (None: all): as :func:`select` set them, else as
    ``COOPDOCS_ONLY`` names them (a process started by one that was set)."""
    if _ASKED is None and os.environ.get(ENV):
        try:
            return parse(os.environ[ENV])
        except UsageError as e:
            raise UsageError(f"{ENV}={os.environ[ENV]!r}: {e.message.removeprefix('--only: ')}") \
                from None
    return _ASKED


def select(asked: Iterable[str] | None, *, children: bool = False) -> None:
    """From now on the process extracts only ``asked`` (None: everything); with
    ``children``, the processes it starts too (``COOPDOCS_ONLY``)."""
    global _ASKED
    _ASKED = None if asked is None else check(asked)
    if children and _ASKED is not None:
        os.environ[ENV] = ",".join(_ASKED)
    elif children:
        os.environ.pop(ENV, None)


@contextmanager
def only(asked: Iterable[str] | None, *, children: bool = False) -> Iterator[None]:
    """Extract only ``asked`` (None: everything) inside the ``with`` block; with
    ``children``, in the processes started inside it too. Both are restored after it."""
    before, env = _ASKED, os.environ.get(ENV)
    select(asked, children=children)
    try:
        yield
    finally:
        select(before)
        if children and env is None:
            os.environ.pop(ENV, None)
        elif children:
            os.environ[ENV] = env


def disabled(asked: Iterable[str] | None) -> frozenset[str]:
    """The categories and stages whose components need not run for ``asked``.

    >>> sorted(disabled(["figures", "dates"]))
    ['indicators', 'meeting', 'roles', 'targets', 'tasks']
    >>> disabled(None)
    frozenset()
    """
    if asked is None:
        return frozenset()
    needed = {s.name for s in categories.closure(check(asked))}
    return frozenset(s.name for s in categories.pipeline_order() if s.name not in needed)
