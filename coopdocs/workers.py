"""Worker processes for a batch: one document's crash is that document's error.

``parallel(fn, work, jobs, deliver)`` calls ``deliver(i, fn(work[i]))`` for every job, in
completion order. When a worker process dies (killed, out of memory, a crash in native
code) the pool breaks: the documents that were being extracted at that moment run again,
each in a pool of its own, so that only the one that kills its worker again is reported;
the documents not yet started go to a new pool. SIGINT is ignored by the workers (the
terminal sends it to the whole group; the main process decides), and on Linux a worker gets
SIGKILL when the main process dies, however it dies. Leaving :func:`parallel` by an
exception (SIGTERM, KeyboardInterrupt) kills the workers first.
"""
from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable

from .errors import CoopdocsError

_state = None  # in a worker: the shared array where each job marks that it started


def _init(state) -> None:
    global _state
    _state = state
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _die_with_parent() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the main process ends its workers itself
        pass


def _run(fn, i: int, job):
    _state[i] = 1
    return fn(job)


def parallel(fn: Callable, work: list, jobs: int, deliver: Callable[[int, object], None]) -> None:
    todo = list(range(len(work)))
    while todo:
        running, unstarted = _round(fn, work, todo, jobs, deliver)
        if not running and unstarted:  # workers die before doing anything: give up
            for i in unstarted:
                deliver(i, _died(work[i], "worker processes could not start"))
            return
        for i in running:  # alone, so that a second death is certainly its own
            again, _ = _round(fn, work, [i], 1, deliver)
            for j in again:
                deliver(j, _died(work[j], "its worker process died while extracting it "
                                          "(killed, out of memory or crashed)"))
        todo = unstarted


def _died(job, problem: str) -> CoopdocsError:
    path = job[0] if isinstance(job, tuple) else job
    return CoopdocsError(f"extraction failed: {problem}", str(path))


def _round(fn, work, indices, jobs, deliver) -> tuple[list[int], list[int]]:
    """Run ``indices`` in one pool; when it breaks, (started and unfinished, not started)."""
    from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    state = multiprocessing.Array("b", len(work), lock=False)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(indices)), initializer=_init,
                               initargs=(state,))
    broken: list[int] = []
    try:
        futures = {pool.submit(_run, fn, i, work[i]): i for i in indices}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for future in done:
                i = futures[future]
                try:
                    deliver(i, future.result())
                except BrokenProcessPool:
                    broken.append(i)
    except BaseException:
        _kill(pool)
        raise
    pool.shutdown(wait=True)
    broken.sort()
    return [i for i in broken if state[i]], [i for i in broken if not state[i]]


def _kill(pool) -> None:
    """Leaving early: kill the workers (``_processes`` is the only handle on them before
    Python 3.14's ``terminate_workers``), then shut the pool down."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)
