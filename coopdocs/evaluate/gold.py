"""Gold files: find document + ``NAME.gold.json`` pairs, load them, locate every annotation.

A gold file (docs/annotation.md) names each annotation by its ``text`` (targets:
``figure_text``) and ``occurrence``; locating turns that into ``(start, end)`` offsets in the
document's text (``read_text``, so a .docx gold file indexes the paragraphs joined with
``\\n``). A gold file that is not valid JSON, not shaped like docs/annotation.md, or whose
annotation is not in the text raises :class:`GoldError` naming the file and the annotation.
The categories and the key that holds each annotation's text come from
:mod:`coopdocs.categories`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..categories import CATEGORIES
from ..errors import CoopdocsError, InputError
from ..readers import READERS

GOLD_SUFFIX = ".gold.json"
DOC_SUFFIXES = (".txt", ".docx", ".md", ".html", ".htm")  # preference order beside a gold file
DOC_SUFFIXES += tuple(s for s in READERS if s not in DOC_SUFFIXES)  # then every other input
# category -> the key of an annotation's text (the first span row that scores the category)
SPAN_CATEGORIES = {c.name: next(s.gold_key for s in c.scores if not s.facts)
                   for c in CATEGORIES if any(not s.facts for s in c.scores)}
FACT_CATEGORIES = tuple(c.name for c in CATEGORIES if any(s.facts for s in c.scores))


class GoldError(CoopdocsError):
    """A gold file that cannot be used: unreadable, malformed, or not locatable in its text."""


@dataclass
class Pair:
    """A document and the gold file that annotates it."""

    doc: Path
    gold: Path


@dataclass
class Gold:
    """A located gold file: per category, annotation dicts with ``start``/``end`` added."""

    pair: Pair
    text: str
    lang: str | None
    items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)  # meeting: its object
    annotated: frozenset[str] = frozenset()  # the categories the gold file has a key for


def gold_name(path: Path) -> str | None:
    """``NAME`` of ``NAME.gold.json``, else None."""
    return path.name[: -len(GOLD_SUFFIX)] if path.name.endswith(GOLD_SUFFIX) else None


def document_of(gold: Path) -> Path | None:
    """The document beside a gold file (``.txt`` preferred), or None."""
    stem = gold.parent / gold_name(gold)
    for suffix in DOC_SUFFIXES:
        doc = stem.with_name(stem.name + suffix)
        if doc.is_file():
            return doc
    return None


def find_pairs(paths) -> list[Pair]:
    """The pairs under PATHS: folders searched recursively, a document or a gold file taken
    as its pair. Raises :class:`InputError` for a missing path, a lone gold file or document,
    or when nothing is found at all."""
    pairs: dict[Path, Pair] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for g in sorted(p.rglob("*" + GOLD_SUFFIX)):
                if g.name.startswith("."):
                    continue
                pairs.setdefault(g.resolve(), _pair_of_gold(g))
        elif not p.exists():
            raise InputError("no such file or folder", str(p))
        elif gold_name(p) is not None:
            pairs.setdefault(p.resolve(), _pair_of_gold(p))
        else:
            g = p.with_name(p.stem + GOLD_SUFFIX)
            if not g.is_file():
                raise InputError(f"no gold file {g.name} beside this document", str(p))
            pairs.setdefault(g.resolve(), Pair(p, g))
    if not pairs:
        raise InputError("no NAME.gold.json files here (see the annotation format)",
                         ", ".join(map(str, paths)))
    return sorted(pairs.values(), key=lambda pr: str(pr.doc))


def _pair_of_gold(g: Path) -> Pair:
    doc = document_of(g)
    if doc is None:
        raise InputError(f"no document beside this gold file ({gold_name(g)}"
                         f"{'|'.join(DOC_SUFFIXES)})", str(g))
    return Pair(doc, g)


def locate(text: str, sub: str, occurrence: int) -> int | None:
    """Start of the ``occurrence``-th (0-based) occurrence of ``sub``; occurrences may overlap."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return None
    return pos


def load(pair: Pair, text: str) -> Gold:
    """Parse and locate the gold file of ``pair`` in ``text`` (the document's read_text)."""
    try:
        data = json.loads(pair.gold.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"cannot read: {e}", str(pair.gold)) from None
    except json.JSONDecodeError as e:
        raise GoldError(f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})",
                        str(pair.gold)) from None
    if not isinstance(data, dict):
        raise GoldError("a gold file is a JSON object", str(pair.gold))
    gold = Gold(pair, text, _lang(data, pair.doc), annotated=frozenset(data))
    for cat, key in SPAN_CATEGORIES.items():
        entries = data.get(cat) or []
        if not isinstance(entries, list):
            raise GoldError(f'"{cat}" must be a list', str(pair.gold))
        gold.items[cat] = [_located(pair, text, cat, i, e, key) for i, e in enumerate(entries)]
    for cat in FACT_CATEGORIES:
        value = data.get(cat) or {}
        if not isinstance(value, dict):
            raise GoldError(f'"{cat}" must be an object or null', str(pair.gold))
        gold.facts[cat] = value
    return gold


def _lang(data: dict, doc: Path) -> str | None:
    """The gold file's ``lang``, else the folder's name when it is a known language."""
    from ..lang import known

    lang = data.get("lang")
    if lang:
        return str(lang)
    return doc.parent.name if doc.parent.name in known() else None


def _located(pair: Pair, text: str, cat: str, i: int, entry: Any, key: str) -> dict[str, Any]:
    where = f"{cat}[{i}]"
    if not isinstance(entry, dict):
        raise GoldError(f"{where} is not an object", str(pair.gold))
    sub, occ = entry.get(key), entry.get("occurrence", 0)
    if not isinstance(sub, str) or not sub:
        raise GoldError(f'{where} has no "{key}" string', str(pair.gold))
    if not isinstance(occ, int) or isinstance(occ, bool) or occ < 0:
        raise GoldError(f'{where} {sub!r}: "occurrence" must be a whole number >= 0',
                        str(pair.gold))
    start = locate(text, sub, occ)
    if start is None:
        found = len(re.findall(f"(?={re.escape(sub)})", text))  # overlapping, as locate
        why = "is not in the text" if not found else f"occurrence {occ} asked, the text has {found}"
        raise GoldError(f"{where} {sub!r} {why} of {pair.doc.name}", str(pair.gold))
    return dict(entry, start=start, end=start + len(sub))
