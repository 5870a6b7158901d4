"""Imports every component module so that its factory is registered with spaCy."""
from __future__ import annotations

from . import dates, figures, meeting, references, targets, tasks, tokenizer  # noqa: F401
