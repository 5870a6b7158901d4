"""Score the same corpus texts in two forms (as .txt and as another input type) against
their gold files, so a reader is measured by what extraction makes of what it reads."""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import CORPUS

from coopdocs.evaluate import evaluate

CATEGORIES = ("figures", "dates", "targets", "indicators", "references", "meeting", "tasks")
TOLERANCE = 0.02


def corpus_texts(lang: str | None = None, limit: int | None = None) -> list[Path]:
    """The corpus's annotated .txt documents (of one language), in name order."""
    found = sorted(p for p in CORPUS.rglob("*.txt") if p.with_suffix(".gold.json").exists()
                   and (lang is None or p.parent.name == lang))
    return found[:limit] if limit else found


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


def place(folder: Path, source: Path, suffix: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/<lang>/<name><suffix>`` beside a copy of its gold file."""
    target = folder / source.parent.name / (source.stem + suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    shutil.copy(source.with_suffix(".gold.json"), target.with_suffix(".gold.json"))
    return target


def f1_table(folder: Path) -> dict[str, float]:
    result = evaluate([folder])
    assert result["failures"] == []
    return {c: result["table"]["all"][c]["f1"] for c in CATEGORIES}


def compare(plain: Path, other: Path) -> dict[str, tuple[float, float]]:
    """category -> (F1 of the .txt forms, F1 of the other forms), where they differ by more
    than :data:`TOLERANCE`."""
    a, b = f1_table(plain), f1_table(other)
    return {c: (round(a[c], 3), round(b[c], 3)) for c in CATEGORIES
            if abs(a[c] - b[c]) > TOLERANCE}
