"""Batches of documents: expand folders, extract each file, keep going past failures.

Whatever happens inside one document (an unreadable file, an exception anywhere in
extraction, a worker process that dies, a time limit passed) is one error naming that
document; the others are still extracted. SIGTERM and SIGINT stop the batch and its worker processes
(:mod:`coopdocs.signals`).
"""
from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .errors import CoopdocsError, InputError
from .readers import SUFFIXES, supported
from .signals import Stopped, deferred, immediate, raise_if_signalled


def collect(paths, follow_links: bool = False) -> tuple[list[str], list[CoopdocsError]]:
    """Files to process (folders expanded recursively, sorted) and the errors of the others.
    The files are paths as strings (``str(Path(...))``): a batch of many files keeps less.

    A folder walk reports what it cannot read (a subfolder without permission, a broken
    link) and does not follow symbolic links that lead out of the folder or to folders
    unless ``follow_links``. Paths given by name are taken as they are (links followed)."""
    files: list[str] = []
    errors: list[CoopdocsError] = []
    for p in paths:
        p = Path(p)
        try:
            mode = os.stat(p).st_mode
        except FileNotFoundError:
            errors.append(InputError("no such file or folder", str(p)))
            continue
        except OSError as e:
            errors.append(InputError(f"cannot read: {e.strerror or e}", str(p)))
            continue
        if not stat.S_ISDIR(mode):
            files.append(str(p))  # the reader refuses what is not a regular file
            continue
        found = sorted(_walk(p, follow_links, errors), key=_order)
        if not found:
            errors.append(InputError(
                f"no supported documents in this folder ({', '.join(SUFFIXES)})", str(p)))
        files.extend(found)
    return files, errors


def _order(path: str) -> str:
    """The order of paths: folder by folder, as :class:`Path` objects compare (the separator
    sorts before any character of a name), in one string rather than a list of parts.

    >>> sorted(["a/b.txt", "a-b/c.txt", "a/a/z.txt"], key=_order)
    ['a/a/z.txt', 'a/b.txt', 'a-b/c.txt']
    """
    return path.replace(os.sep, "\0")


def _wanted(name: str) -> bool:
    return supported(Path(name)) and not name.startswith((".", "~$"))


def _walk(root: Path, follow_links: bool, errors: list[CoopdocsError]) -> Iterator[str]:
    """The documents under ``root``, without recursion; cycles of links are walked once. A
    folder's entries are read one at a time (a folder of many files is not held whole)."""
    real_root = os.path.realpath(root)
    info = os.stat(root)
    seen = {(info.st_dev, info.st_ino)}
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                yield from _entries(listing, real_root, follow_links, seen, stack, errors)
        except OSError as e:
            errors.append(InputError(f"folder not read: {e.strerror or e}", folder))


def _entries(listing, real_root: str, follow_links: bool, seen: set, stack: list,
         errors: list[CoopdocsError]) -> Iterator[str]:
    for entry in listing:
        try:
            is_dir = entry.is_dir()  # follows a link
            is_link = entry.is_symlink()
        except OSError as e:
            errors.append(InputError(f"cannot read: {e.strerror or e}", entry.path))
            continue
        if is_link and (is_dir or _wanted(entry.name)):
            problem = _link_problem(entry.path, is_dir, real_root, follow_links)
            if problem:
                errors.append(InputError(problem, entry.path))
                continue
            if is_dir and not follow_links:
                continue  # a link to a folder inside: walked by its own name
        if is_dir:
            key = _identity(entry.path)
            if key is not None and key not in seen:
                seen.add(key)
                stack.append(entry.path)
        elif _wanted(entry.name):
            yield str(Path(entry.path))  # as the path prints: ./a.txt is a.txt


def _link_problem(path: str, is_dir: bool, real_root: str, follow_links: bool) -> str | None:
    target = os.path.realpath(path)
    if not os.path.exists(target):
        return "broken symbolic link"
    if not follow_links and os.path.commonpath([target, real_root]) != real_root:
        what = "folder" if is_dir else "file"
        return (f"not followed: a symbolic link to a {what} outside the folder "
                "(--follow-links follows it)")
    return None


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _message(e: BaseException) -> str:
    """One short line for an unexpected exception."""
    text = " ".join(str(e).split())
    if len(text) > 200:
        text = text[:200] + "…"
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def _one(job: tuple):
    """Extract one file: (record, text) or the error (worker processes return, not raise).
    The text is returned only when asked for (the review page shows it); ``options``
    (:class:`coopdocs.readers.Options`) reach the readers."""
    from .api import extract_text
    from .readers import read_source

    path, lang, with_text, options = job
    try:
        source = read_source(path, options)
        record = extract_text(source.text, lang, path=str(path), sha256=source.sha256,
                              cells=source.cells, about=source.about)
        _renew_pipelines(len(source.text))
        return record, (source.text if with_text else None)
    except CoopdocsError as e:
        if e.path is None:
            e.path = str(path)
        return e
    except OSError as e:  # the file vanished or became unreadable between listing and reading
        return InputError(f"cannot read: {e.strerror or e}", str(path))
    except Exception as e:  # noqa: BLE001  (one document's failure must not end the batch)
        return CoopdocsError(f"extraction failed ({_message(e)})", str(path))


RENEW_CHARS = 2_000_000  # characters a process extracts before its pipelines are built afresh
_extracted = 0  # characters extracted since


def _renew_pipelines(chars: int) -> None:
    """A spaCy pipeline keeps every word it has seen (its vocabulary only grows, about 600
    bytes a word): after :data:`RENEW_CHARS` characters the cached pipelines are dropped and
    the next document builds them again (about 0.1 s), so that a long batch's
    memory stays flat."""
    global _extracted
    _extracted += chars
    if _extracted < RENEW_CHARS:
        return
    _extracted = 0
    from .api import forget_pipelines

    forget_pipelines()


WINDOW = 32  # per worker: documents handed out ahead of the one the output waits for, at most
WINDOW_BYTES = 64 * 2**20  # ... and of this total input size (the one waited for always goes)


class _InOrder:
    """Outcomes put back into input order: those finished early wait in a buffer, which is
    bounded by handing documents out at most :data:`WINDOW` per worker (and
    :data:`WINDOW_BYTES`) ahead of the one the output waits for."""

    def __init__(self, emit: Callable[[int, object], None], given: dict[int, object],
                 window: int, weight: Callable[[int], int] = lambda i: 0):
        self.emit, self.given, self.window, self.weight = emit, given, window, weight
        self.waiting: dict[int, object] = {}
        self.out: dict[int, int] = {}  # handed out and not emitted yet: index -> weight
        self.out_weight = 0
        self.next = 0

    def admit(self, i: int) -> bool:
        """May document ``i`` be handed out now? If so it counts as handed out."""
        if i in self.out:
            return True
        w = self.weight(i)
        if i != self.next and (i >= self.next + self.window
                               or self.out_weight + w > WINDOW_BYTES):
            return False
        self.out[i] = w
        self.out_weight += w
        return True

    def add(self, i: int, outcome) -> None:
        self.waiting[i] = outcome
        self.advance()

    def advance(self) -> None:
        while True:
            if self.next in self.given:
                self.emit(self.next, self.given.pop(self.next))
            elif self.next in self.waiting:
                self._emit(self.next, self.waiting.pop(self.next))
            else:
                return
            self.next += 1

    def _emit(self, i: int, outcome) -> None:
        self.out_weight -= self.out.pop(i, 0)
        self.emit(i, outcome)

    def flush(self) -> None:
        """Stopping: everything finished or given, in input order, past the missing ones."""
        self.advance()
        rest = {**self.waiting, **self.given}
        self.waiting, self.given = {}, {}
        for i in sorted(rest):
            self._emit(i, rest[i])


def process(files: Sequence[str | Path], lang: str | None, emit: Callable[[int, object], None], *,
            jobs: int = 1, timeout: float | None = None, texts: bool = False,
            given: dict[int, object] | None = None, progress: bool = False,
            options=None) -> None:
    """Extract ``files`` and call ``emit(i, outcome)`` once for each, in input order whatever
    ``jobs`` is, as soon as the documents before it are done: outcome is (record, text), with
    the text only if ``texts``, or the :class:`CoopdocsError` of a document that failed.

    ``given`` maps indices to outcomes known already (an earlier run's records): they are
    emitted in their turn and not extracted. With ``timeout`` (seconds per document)
    documents are extracted in worker processes even with one job, so that one that takes
    longer can be stopped. A stop signal (KeyboardInterrupt, :class:`Stopped`) first emits
    every outcome finished or given, in input order, then propagates. ``options``
    (:class:`coopdocs.readers.Options`) reach the readers."""
    given = dict(given or {})
    todo = [i for i in range(len(files)) if i not in given]
    work = _Jobs(files, lang, texts, options)
    bar = _bar(len(files)) if progress else None

    def shown(i: int, outcome) -> None:
        emit(i, outcome)
        if bar is not None:
            bar.update(1)

    order = _InOrder(shown, given, WINDOW * jobs, lambda i: _size(files[i]))
    with deferred():  # outcomes are emitted whole: a stop is raised between documents
        try:
            order.advance()  # what is given before the first document to extract
            if timeout or (jobs > 1 and len(todo) > 1):
                from .workers import parallel

                parallel(_one, work, jobs, order.add, timeout, todo=todo, admit=order.admit,
                         weight=order.weight)
            else:
                for i in todo:
                    with immediate():
                        outcome = _one(work[i])
                    order.add(i, outcome)
        except (KeyboardInterrupt, Stopped):
            order.flush()
            raise
        finally:
            if bar is not None:
                bar.render_finish()
    raise_if_signalled()


class _Jobs(Sequence):
    """The jobs of a batch, (path, lang, texts, options) each, made when asked for."""

    def __init__(self, files: Sequence, lang: str | None, texts: bool, options):
        self.files, self.lang, self.texts, self.options = files, lang, texts, options

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, i):
        return self.files[i], self.lang, self.texts, self.options


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def run(files: list[Path], lang: str | None, on_error: Callable[[CoopdocsError], None],
        jobs: int = 1, progress: bool = False, timeout: float | None = None, options=None):
    """(list of (record, text), number of failures), in input order whatever ``jobs`` is:
    :func:`process` for a batch small enough to hold (errors reach ``on_error`` in order;
    ``options`` reach the readers)."""
    results: list = []
    failed = 0

    def keep(i: int, outcome) -> None:
        nonlocal failed
        if isinstance(outcome, CoopdocsError):
            on_error(outcome)
            failed += 1
        else:
            results.append(outcome)

    process(files, lang, keep, jobs=jobs, timeout=timeout, texts=True, progress=progress,
            options=options)
    return results, failed


def _bar(n: int):
    import sys

    import click

    bar = click.progressbar(length=n, label="extracting", file=sys.stderr, show_pos=True)
    bar.render_progress()
    return bar
