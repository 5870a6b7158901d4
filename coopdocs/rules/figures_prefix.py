"""A pattern that opens with a repeated class, rewritten so that the engine skips ahead to it.

The ``re`` engine skips ahead at C speed to where a match can start only when the pattern
opens with a literal or a class; a pattern of a language profile that opens with a repeat
of one (``\\d{1,2} giờ``, ``[0-9๐-๙]{1,2} นาฬิกา``) is tried from every position instead.
Written with one copy of the class in front (``\\d\\d{0,1} giờ``) it matches the same
strings the same way. :func:`class_first` makes that rewrite and keeps it only when the
parse of the rewritten pattern is the parse of the pattern with that one change.
"""
from __future__ import annotations

import re

try:  # the parser of the re module (private: any surprise leaves the pattern as it is)
    from re import _constants as _c
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python < 3.11
    _sre_parser = _c = None

# a class (\d or [...]) then a greedy repeat of at least one: {m,n}, {m,}, {m}, + or ++
_LEADING = re.compile(r"""
    (?P<space> \s* )
    (?P<cls> \\[dw] | \[ (?: [^\]\\] | \\. )+ \] )
    (?: \{ (?P<least>[1-9][0-9]*) (?P<comma>,)? (?P<most>[0-9]*) \} (?![?+])
      | (?P<plus> \+\+? ) (?![?+]) )""", re.VERBOSE)


def class_first(rx: re.Pattern) -> re.Pattern:
    """``rx``, or the same pattern with its leading repeated class written once in front.

    >>> class_first(re.compile(r"\\d{1,2} giờ")).pattern
    '\\\\d\\\\d{0,1} giờ'
    >>> class_first(re.compile(r"[0-9]++ x")).pattern, class_first(re.compile(r"x\\d+")).pattern
    ('[0-9][0-9]*+ x', 'x\\\\d+')
    >>> class_first(re.compile(r" \\d{2}")).pattern   # a space that is part of the pattern
    ' \\\\d{2}'
    """
    if _sre_parser is None or not isinstance(rx.pattern, str):
        return rx
    branches = _branches(rx.pattern, rx.flags)
    rewritten = [_rewritten(b, rx.flags) for b in branches]
    if any(b is None for b in rewritten):
        return rx
    try:  # each alternative parses as it did with that one change (groups are not touched)
        if any(_tree(_sre_parser.parse(new, rx.flags)) != _expected(old, rx.flags)
               for old, new in zip(branches, rewritten)):
            return rx
        return re.compile("|".join(rewritten), rx.flags)
    except (re.error, TypeError, ValueError, AttributeError, IndexError, OverflowError):
        return rx


def _rewritten(branch: str, flags: int) -> str | None:
    """``branch`` with its leading repeated class written once in front, or None."""
    m = _LEADING.match(branch)
    if not m or (m.group("space") and not flags & re.VERBOSE):
        return None
    cls = m.group("cls")
    if m.group("plus"):
        rest = "*+" if m.group("plus") == "++" else "*"
    else:
        least = int(m.group("least"))
        most = m.group("most") if m.group("comma") else m.group("least")
        rest = f"{{{least - 1},{int(most) - 1 if most else ''}}}"
    return m.group("space") + cls + cls + rest + branch[m.end():]


def _branches(pattern: str, flags: int) -> list[str]:
    """The top-level alternatives of ``pattern`` (the whole pattern when it may hold a
    comment, whose text the split would not know).

    >>> _branches(r"\\d{1,2}h(?!\\w) | \\d{1,2}:[|]\\d{2}", 0)
    ['\\\\d{1,2}h(?!\\\\w) ', ' \\\\d{1,2}:[|]\\\\d{2}']
    """
    if flags & re.VERBOSE and "#" in pattern:
        return [pattern]
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # a ] first in a class is a character
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _expected(pattern: str, flags: int):
    """The parse of ``pattern`` with its leading repeat ``X{m,n}`` as ``X X{m-1,n-1}``."""
    items = list(_sre_parser.parse(pattern, flags))
    op, (lo, hi, sub) = items[0]
    if op not in (_c.MAX_REPEAT, _c.POSSESSIVE_REPEAT) or lo < 1 or len(sub) != 1:
        return None
    head = sub[0]
    if head[0] not in (_c.IN, _c.LITERAL):
        return None
    rest = (op, (lo - 1, hi if hi is _c.MAXREPEAT else hi - 1, sub))
    return _tree([head, rest, *items[1:]])


def _tree(node):
    """A parse as nested tuples, to compare two parses."""
    if isinstance(node, _sre_parser.SubPattern):
        node = node.data
    if isinstance(node, (list, tuple)):
        return tuple(_tree(x) for x in node)
    return node
