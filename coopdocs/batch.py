"""Batches of documents: expand folders, extract each file, keep going past failures."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .errors import CoopdocsError, InputError
from .readers import SUFFIXES, supported


def collect(paths) -> tuple[list[Path], list[CoopdocsError]]:
    """Files to process (folders expanded recursively, sorted) and the errors of the others."""
    files: list[Path] = []
    errors: list[CoopdocsError] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and supported(f)
                           and not f.name.startswith((".", "~$")))
            if not found:
                errors.append(InputError(f"no supported documents in this folder ({', '.join(SUFFIXES)})", str(p)))
            files.extend(found)
        elif not p.exists():
            errors.append(InputError("no such file or folder", str(p)))
        else:
            files.append(p)
    return files, errors


def run(files: list[Path], lang: str | None, on_error: Callable[[CoopdocsError], None]):
    """(records, number of failures): one record per file that could be read."""
    from .api import extract

    recs, failed = [], 0
    for f in files:
        try:
            recs.append(extract(f, lang))
        except CoopdocsError as e:
            if e.path is None:
                e.path = str(f)
            on_error(e)
            failed += 1
    return recs, failed
