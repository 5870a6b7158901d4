"""Batches of documents: expand folders, extract each file, keep going past failures."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

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


def _one(job: tuple[Path, str | None]):
    """Extract one file: (record, text) or the error (worker processes return, not raise)."""
    from .api import extract_text
    from .readers import read_document

    path, lang = job
    try:
        text, cells = read_document(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return extract_text(text, lang, path=str(path), sha256=digest, cells=cells), text
    except CoopdocsError as e:
        if e.path is None:
            e.path = str(path)
        return e
    except OSError as e:  # the file vanished or became unreadable between listing and reading
        return InputError(f"cannot read: {e.strerror or e}", str(path))


def run(files: list[Path], lang: str | None, on_error: Callable[[CoopdocsError], None],
        jobs: int = 1, progress: bool = False):
    """(list of (record, text), number of failures), in input order whatever ``jobs`` is."""
    results, failed = [], 0
    work = [(f, lang) for f in files]
    if jobs > 1 and len(work) > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs)
        outcomes = pool.map(_one, work, chunksize=1)
    else:
        pool, outcomes = None, map(_one, work)
    try:
        bar = _bar(len(work)) if progress else None
        for outcome in outcomes:
            if bar is not None:
                bar.update(1)
            if isinstance(outcome, CoopdocsError):
                on_error(outcome)
                failed += 1
            else:
                results.append(outcome)
        if bar is not None:
            bar.render_finish()
    finally:
        if pool is not None:
            pool.shutdown()
    return results, failed


def _bar(n: int):
    import sys

    import click

    bar = click.progressbar(length=n, label="extracting", file=sys.stderr, show_pos=True)
    bar.render_progress()
    return bar
