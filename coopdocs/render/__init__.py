"""Official Word documents from coopdocs records: built-in templates (Decree 30/2020/NĐ-CP
for Vietnamese, the Thai correspondence regulation for Thai) or a user's docxtpl template.

    >>> import coopdocs
    >>> warnings = coopdocs.render("plan-vi", record, "ke-hoach.docx",
    ...                            {"agency": "UBND tỉnh Hòa Bình", "number": "246/KH-UBND"})  # doctest: +SKIP

This module imports nothing heavy: docxtpl, Jinja and Babel load on first use.
"""
from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

__all__ = ["render"]


def render(template: str | Path, records: Any, out: str | Path, context: dict | None = None) -> list[str]:
    """Render ``template`` (a built-in name like ``minutes-vi``, or a .docx path) from
    ``records`` (a record dict, a list of them, or the path of a file ``coopdocs extract``
    wrote) into ``out``; ``context`` holds the header fields the records cannot give
    (agency, number, place, date, signer, recipients ...). Returns the warnings."""
    from .engine import render as _render

    return _render(template, records, out, context)


class _CallableModule(types.ModuleType):
    """``coopdocs.render`` is both this package and the function: once the package is
    imported it is the attribute ``coopdocs.render``, so calling it must render."""

    def __call__(self, template, records, out, context=None) -> list[str]:
        return render(template, records, out, context)


sys.modules[__name__].__class__ = _CallableModule
