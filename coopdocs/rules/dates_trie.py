"""Word lists as prefix trees: the alternations of the date and reference grammars.

:func:`coopdocs.lang.alternation` writes a word list as ``w1|w2|...``, longest first. The
regex engine tries the words one after the other at every position it tests, so a list of
sixty month names costs sixty tries where a text has none. :func:`word_tree` writes the same
list as a prefix tree (``tháng(?:[ ]+(?:giêng|chạp))?``): one test per character read.

The matches are the same, spans and backtracking order alike: the words that match at a
position are then prefixes of one another, so the alternation offers them longest first, and
so does the tree, which tries a longer branch before it ends a word (a greedy ``?``) and
whose branches never both accept one character. When a list does not allow that proof (two
branches that one character of any case could enter, a space that is not a single one between
two letters, an empty word), the plain alternation is returned.
"""
from __future__ import annotations

import re

from ..lang import alternation

try:  # the case folding the regex engine uses (private: any surprise keeps the alternation)
    from _sre import unicode_tolower as _lower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python
    _lower, _EXTRA_CASES = None, None

SP = r"[ \u00a0]+"  # a space of a word, as alternation() writes it
_END = ""  # the key of a node where a word ends


def word_tree(items) -> str:
    """The words ``items`` as a regex matching exactly what ``alternation(items)`` matches,
    case-insensitively or not, in the same order.

    >>> print(word_tree(["tháng giêng", "tháng", "thg"]))
    th(?:g|áng(?:[ \\u00a0]+giêng)?)
    >>> sorted(word_tree(["số", "Số"]).split("|"))   # a letter of two cases: an alternation
    ['Số', 'số']
    >>> word_tree([])
    '(?!)'
    """
    words = sorted(set(items))
    if not words or _lower is None or not all(_plain(w) for w in words):
        return alternation(words)
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not _exclusive(root):
        return alternation(words)
    return _emit(root)


def _plain(word: str) -> bool:
    """A word of non-space characters, with single spaces between them."""
    return bool(word) and word == word.strip(" ") and "  " not in word \
        and not any(ch.isspace() and ch != " " for ch in word)


def _cases(ch: str) -> set[int]:
    """What the engine compares a character with when it ignores case: its lower case and
    the characters its lower case also stands for."""
    lo = _lower(ord(ch))
    return {lo, *_EXTRA_CASES.get(lo, ())}


def _exclusive(node: dict) -> bool:
    """No character of any case enters two branches of one node, anywhere in the tree."""
    seen: set[int] = set()
    for key, sub in node.items():
        if key == _END:
            continue
        cases = {-1} if key == " " else _cases(key)
        if seen & cases:
            return False
        seen |= cases
        if not _exclusive(sub):
            return False
    return True


def _emit(node: dict) -> str:
    branches = [(SP if key == " " else re.escape(key)) + _emit(sub)
                for key, sub in node.items() if key != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body  # a longer word first, then this one
