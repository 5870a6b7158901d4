"""coopdocs: facts out of Thai and Vietnamese cooperative-economy documents, and the official
Word documents written from them.

    >>> import coopdocs
    >>> record = coopdocs.extract("bao-cao.txt")          # doctest: +SKIP
    >>> coopdocs.render("plan-vi", [record], "ke-hoach.docx")  # doctest: +SKIP

The heavy parts (spaCy, python-docx) load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "extract_text", "load", "render"]


def __getattr__(name: str):
    if name in ("extract", "extract_text", "load"):
        from . import api

        return getattr(api, name)
    if name == "render":
        from .render import render

        return render
    raise AttributeError(name)
