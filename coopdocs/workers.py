"""Worker processes for a batch: one document's crash or hang is that document's error.

``parallel(fn, work, jobs, deliver, timeout)`` calls ``deliver(i, fn(work[i]))`` for every
job, in completion order, handing jobs to the workers a few at a time. When a worker process dies (killed, out of memory, a crash in
native code) the pool breaks: the documents that were being extracted at that moment run
again, each in a pool of its own, so that only the one that kills its worker again is
reported; the documents not yet started go to a new pool. With a ``timeout``, a document
still running after that many seconds has its worker killed and is reported as such.

SIGINT is ignored by the workers (the terminal sends it to the whole group; the main process
decides), and on Linux a worker gets SIGKILL when the main process dies, however it dies.
Leaving :func:`parallel` by an exception (SIGTERM, KeyboardInterrupt) kills the workers first.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .errors import CoopdocsError
from .signals import deferred, raise_if_signalled

POLL = 0.5  # seconds between two looks at the running documents' clocks and at signals

_shared = None  # in a worker: the round's shared arrays


@dataclass
class _Shared:
    """Per job, written by the worker running it: when it started (monotonic clock, 0 for
    not yet) and the worker's pid."""
    started: object
    pid: object

    @classmethod
    def new(cls, n: int) -> _Shared:
        return cls(multiprocessing.Array("d", n, lock=False),
                   multiprocessing.Array("q", n, lock=False))


def _init(shared: _Shared) -> None:
    global _shared
    _shared = shared
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
    _shared.pid[i] = os.getpid()
    _shared.started[i] = time.monotonic()
    return fn(job)


DIED = "its worker process died while extracting it (killed, out of memory or crashed)"


def parallel(fn: Callable, work: Sequence, jobs: int, deliver: Callable[[int, object], None],
             timeout: float | None = None, todo: Iterable[int] | None = None,
             ready: Callable[[int], bool] | None = None) -> None:
    """Call ``deliver(i, fn(work[i]))`` for each index of ``todo`` (default: every job).

    Jobs are handed to the workers lazily, in ``todo`` order: at most two per worker are
    queued at a time, and job ``i`` only once ``ready(i)`` is true, so that a caller putting
    results back into order holds a bounded number of them."""
    # stop signals are raised at the checks of the waiting loop, never inside the pool's
    # machinery (where an exception can be swallowed, or leave it half made)
    queue = deque(range(len(work)) if todo is None else todo)
    with deferred():
        _parallel(fn, work, queue, jobs, deliver, timeout, ready or (lambda i: True))
    raise_if_signalled()


def _parallel(fn, work, todo: deque, jobs, deliver, timeout, ready) -> None:
    while todo:
        running, unstarted, delivered = _round(fn, work, todo, jobs, deliver, timeout, ready)
        if not delivered and not running and unstarted:  # workers die before doing anything
            for i in [*unstarted, *todo]:
                deliver(i, _failed(work[i], "worker processes could not start"))
            return
        for i in running:  # alone, so that a second death is certainly its own
            again, _, _ = _round(fn, work, deque([i]), 1, deliver, timeout, lambda i: True)
            for j in again:
                deliver(j, _failed(work[j], DIED))
        todo.extendleft(reversed(unstarted))


def _failed(job, problem: str) -> CoopdocsError:
    path = job[0] if isinstance(job, tuple) else job
    return CoopdocsError(f"extraction failed: {problem}", str(path))


def _round(fn, work, todo: deque, jobs, deliver, timeout, ready):
    """Run jobs of ``todo`` in one pool until it is empty or the pool breaks: (started and
    unfinished, handed to the pool but not started, whether any was delivered). A document
    killed for its time is delivered here, as its error."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    shared = _Shared.new(len(work))
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_init,
                               initargs=(shared,))
    futures: dict = {}
    broken: list[int] = []
    overdue: set[int] = set()
    delivered = False
    try:
        while True:
            while not broken and todo and len(futures) < 2 * jobs and ready(todo[0]):
                i = todo.popleft()
                futures[pool.submit(_run, fn, i, work[i])] = i
            if not futures:
                break
            raise_if_signalled()
            done, _ = wait(list(futures), timeout=POLL, return_when=FIRST_COMPLETED)
            raise_if_signalled()
            for future in sorted(done, key=futures.get):
                i = futures.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken.append(i)
                    continue
                deliver(i, outcome)
                delivered = True
            if timeout:
                overdue |= _stop_overdue(list(futures.values()), shared, timeout)
    except BaseException:
        _kill(pool)
        raise
    pool.shutdown(wait=True)
    for i in sorted(overdue & set(broken)):
        deliver(i, _failed(work[i], f"stopped after {timeout:g} s (--timeout)"))
    broken = sorted(set(broken) - overdue)
    return ([i for i in broken if shared.started[i]], [i for i in broken if not shared.started[i]],
            delivered)


def _stop_overdue(pending: list[int], shared: _Shared, timeout: float) -> set[int]:
    """Kill the workers of the documents running for longer than ``timeout``."""
    now = time.monotonic()
    stopped = set()
    for i in pending:
        if shared.started[i] and now - shared.started[i] > timeout:
            try:
                os.kill(shared.pid[i], signal.SIGKILL)
            except ProcessLookupError:
                pass
            stopped.add(i)
    return stopped


def _kill(pool) -> None:
    """Leaving early: kill the workers (``_processes`` is the only handle on them before
    Python 3.14's ``terminate_workers``), then shut the pool down."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)
