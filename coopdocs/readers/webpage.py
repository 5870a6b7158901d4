""".html / .htm files: the visible text as an HTML5 browser builds it (lexbor, through
selectolax); block elements end a line. HTML may nest its blocks :data:`MAX_HTML_NESTING`
deep (the HTML5 algorithm is quadratic in that depth)."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .plain import decode_any
from .source import Cell


def read(data: bytes, path: Path) -> tuple[str, list[Cell], dict]:
    """The page's visible text; refused when its blocks nest too deep. A page in an 8-bit
    code, or whose text was typed in one and drawn in its font (``.VnTime``), is converted
    (:mod:`.legacy`) and the code named as ``{"encoding": name}``."""
    from .legacy import fix_text

    markup, name = decode_any(data, path)
    depth = html_nesting(markup)
    if depth > MAX_HTML_NESTING:
        raise InputError(f"refused HTML: block elements nested {depth} deep "
                         f"(at most {MAX_HTML_NESTING})", str(path))
    text, typed = fix_text(html_text(markup))
    name = name or typed
    return text, [], ({"encoding": name} if name else {})


_BLOCK = frozenset({
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "section", "article", "header", "footer", "blockquote", "pre", "title", "td", "th", "dd", "dt",
})
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg", "math"})


# Blocks whose start tag makes an HTML5 parser look down the stack of open elements (for a
# <p> to close): nested without end tags they cost it time in the square of their depth.
_NESTING = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "main",
    "menu", "nav", "ol", "section", "summary", "ul",
})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>])")
MAX_HTML_NESTING = 5_000
"""The deepest nesting of block elements read (real pages stay in the tens)."""


def html_nesting(markup: str) -> int:
    """How deep block elements nest, counted from the tags alone (one linear pass).

    >>> html_nesting("<div><div><p>a</div><ul><li>b</ul></div>")
    2
    """
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        if m.group(2).lower() in _NESTING:
            depth = max(depth - 1, 0) if m.group(1) else depth + 1
            deepest = max(deepest, depth)
    return deepest


def html_text(markup: str) -> str:
    """Visible text of an HTML page: one line per block, runs of spaces collapsed.

    The page is parsed as an HTML5 browser parses it (a missing ``</head>``, an unclosed
    comment, misnested tags), and the tree is walked without recursion, however deep.

    >>> html_text("<!doctype html><title>T</title><p>Có 12 HTX<!-- Có 99 HTX")
    'Có 12 HTX'
    """
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(markup).root
    parts: list[str] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # the end of a block
            parts.append(node)
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag in _HIDDEN or tag.startswith("-"):  # hidden, or a comment or doctype
            continue
        if tag in _BLOCK:
            parts.append("\n")
            stack.append("\n")
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
