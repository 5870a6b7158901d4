"""Imports every component module so that its factory is registered with spaCy: one module
a category or stage of :mod:`coopdocs.categories`, named after it, and the tokenizers."""
from __future__ import annotations

from importlib import import_module

from .. import categories
from . import tokenizer  # noqa: F401

for _step in (*categories.CATEGORIES, *categories.STAGES):
    import_module(f"{__package__}.{_step.name}")
