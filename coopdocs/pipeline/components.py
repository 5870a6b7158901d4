"""Imports every component module so that its factory is registered with spaCy."""
from __future__ import annotations

import importlib

AVAILABLE: set[str] = set()
for _module in ("dates", "references", "figures", "targets", "meeting", "tasks"):
    try:
        importlib.import_module(f"{__package__}.{_module}")
    except ModuleNotFoundError as e:
        if e.name != f"{__package__}.{_module}":
            raise
        continue
    AVAILABLE.add(f"coopdocs_{_module}")
from . import tokenizer  # noqa: E402,F401
