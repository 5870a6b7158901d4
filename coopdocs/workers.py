"""Worker processes for a batch: one document's crash or hang is that document's error.

``parallel(fn, work, jobs, deliver, timeout)`` calls ``deliver(i, fn(work[i]))`` for every
job, in completion order, handing jobs to the workers a few at a time (several small ones
in one task). When a worker process dies (killed, out of memory, a crash in native code)
the pool breaks: the documents that were being extracted at that moment run again, each in
a pool of its own, so that only the one that kills its worker again is reported; the
documents not yet started, or done but lost with their task, go to a new pool. With a ``timeout``, a document
still running after that many seconds has its worker killed and is reported as such.

SIGINT is ignored by the workers (the terminal sends it to the whole group; the main process
decides), and on Linux a worker gets SIGKILL when the main process dies, however it dies.
Leaving :func:`parallel` by an exception (SIGTERM, KeyboardInterrupt) kills the workers first.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .errors import CoopdocsError
from .signals import Stopped, deferred, raise_if_signalled, stops

POLL = 0.5  # seconds between two looks at the running documents' clocks and at signals
QUEUED = 2  # tasks handed to the pool per worker at a time, so that none waits for the next
CHUNK_DOCS = 16  # documents in one task at most: one round trip to a worker for several
CHUNK_WEIGHT = 64 * 1024  # ... of this total weight (bytes of input) at most
GRACE = 5.0  # seconds a stopping batch waits for tasks of several documents to hand them back

_shared = None  # in a worker: the round's shared arrays


@dataclass
class _Shared:
    """Per job, written by the worker running it: when it started (monotonic clock, 0 for
    not yet or done) and the worker's pid; and the main process's word to stop."""
    started: object
    pid: object
    stop: object

    @classmethod
    def new(cls, n: int) -> _Shared:
        return cls(multiprocessing.Array("d", n, lock=False),
                   multiprocessing.Array("q", n, lock=False),
                   multiprocessing.Value("b", 0, lock=False))


def _init(shared: _Shared, collector: tuple[int, ...]) -> None:
    global _shared
    _shared = shared
    gc.set_threshold(*collector)  # the settings of the process that started the worker
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


def _run(fn, chunk: list[tuple[int, object]]) -> list[tuple[int, object]]:
    """The outcomes of a task's jobs. While a job runs its clock is set; it is reset when the
    job is done, so that a worker's death tells the running job (retried alone) from the
    others (done again)."""
    out = []
    for i, job in chunk:
        if _shared.stop.value:  # the batch is stopping: hand back what is done
            break
        _shared.pid[i] = os.getpid()
        _shared.started[i] = time.monotonic()
        out.append((i, fn(job)))
        _shared.started[i] = 0
    return out


DIED = "its worker process died while extracting it (killed, out of memory or crashed)"


def parallel(fn: Callable, work: Sequence, jobs: int, deliver: Callable[[int, object], None],
             timeout: float | None = None, todo: Iterable[int] | None = None,
             admit: Callable[[int], bool] | None = None,
             weight: Callable[[int], int] | None = None) -> None:
    """Call ``deliver(i, fn(work[i]))`` for each index of ``todo`` (default: every job).

    Jobs are handed to the workers lazily, in ``todo`` order, in tasks of up to
    :data:`CHUNK_DOCS` jobs of :data:`CHUNK_WEIGHT` total ``weight`` (one job a task with a
    ``timeout``, so that stopping one stops no other), :data:`QUEUED` tasks per worker at a
    time; job ``i`` is handed over only once ``admit(i)`` is true (and it then counts as
    handed over), so that a caller putting outcomes back into order holds a bounded number
    of them."""
    # stop signals are raised at the checks of the waiting loop, never inside the pool's
    # machinery (where an exception can be swallowed, or leave it half made)
    queue = deque(range(len(work)) if todo is None else todo)
    plan = _Plan(admit or (lambda i: True), weight or (lambda i: 1),
                 1 if timeout else CHUNK_DOCS, jobs)
    with deferred():
        _parallel(fn, work, queue, jobs, deliver, timeout, plan)
    raise_if_signalled()


@dataclass
class _Plan:
    admit: Callable[[int], bool]
    weight: Callable[[int], int]
    docs: int
    jobs: int

    def chunk(self, todo: deque) -> list[int]:
        """The next task's jobs, taken from the front of ``todo`` (none: not admitted yet)."""
        chunk: list[int] = []
        total = 0
        most = min(self.docs, max(1, len(todo) // (4 * self.jobs)))  # the workers all get some
        while todo and len(chunk) < most:
            w = self.weight(todo[0])
            if chunk and total + w > CHUNK_WEIGHT or not self.admit(todo[0]):
                break
            chunk.append(todo.popleft())
            total += w
        return chunk


def _parallel(fn, work, todo: deque, jobs, deliver, timeout, plan: _Plan) -> None:
    while todo:
        running, unstarted, delivered = _round(fn, work, todo, jobs, deliver, timeout, plan)
        if not delivered and not running and unstarted:  # workers die before doing anything
            for i in [*unstarted, *todo]:
                deliver(i, _failed(work[i], "worker processes could not start"))
            return
        for i in running:  # alone, so that a second death is certainly its own
            alone = _Plan(lambda i: True, plan.weight, 1, 1)
            again, _, _ = _round(fn, work, deque([i]), 1, deliver, timeout, alone)
            for j in again:
                deliver(j, _failed(work[j], DIED))
        todo.extendleft(reversed(unstarted))


def _failed(job, problem: str) -> CoopdocsError:
    path = job[0] if isinstance(job, tuple) else job
    return CoopdocsError(f"extraction failed: {problem}", str(path))


def _round(fn, work, todo: deque, jobs, deliver, timeout, plan: _Plan):
    """Run jobs of ``todo`` in one pool until it is empty or the pool breaks. Returns the
    jobs running when it broke, those to run again (not started, or done but lost with their
    task) and whether any was delivered. A document killed for its time is delivered here,
    as its error."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    shared = _Shared.new(len(work))
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_init,
                               initargs=(shared, gc.get_threshold()))
    futures: dict = {}
    broken: list[int] = []
    overdue: set[int] = set()
    delivered = False
    try:
        while True:
            while not broken and len(futures) < QUEUED * jobs:
                chunk = plan.chunk(todo)
                if not chunk:
                    break
                futures[pool.submit(_run, fn, [(i, work[i]) for i in chunk])] = chunk
            if not futures:
                break
            raise_if_signalled()
            done, _ = wait(list(futures), timeout=POLL, return_when=FIRST_COMPLETED)
            raise_if_signalled()
            for future in sorted(done, key=lambda f: futures[f][0]):
                chunk = futures.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    broken.extend(chunk)
                    continue
                for i, outcome in outcomes:
                    deliver(i, outcome)
                delivered = True
            if timeout:
                pending = [i for chunk in futures.values() for i in chunk]
                overdue |= _stop_overdue(pending, shared, timeout)
    except (KeyboardInterrupt, Stopped):
        shared.stop.value = 1
        _drain({f: c for f, c in futures.items() if len(c) > 1}, deliver)
        _kill(pool)
        raise
    except BaseException:
        _kill(pool)
        raise
    pool.shutdown(wait=True)
    for i in sorted(overdue & set(broken)):
        deliver(i, _failed(work[i], f"stopped after {timeout:g} s (--timeout)"))
    broken = sorted(set(broken) - overdue)
    return ([i for i in broken if shared.started[i]], [i for i in broken if not shared.started[i]],
            delivered)


def _drain(futures: dict, deliver) -> None:
    """Stopping: the tasks of several documents hand back those they did (each worker ends
    its task after the document it is on), within :data:`GRACE` seconds and unless a second
    stop signal comes; a task of one document is not waited for."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    deadline, signals = time.monotonic() + GRACE, stops()
    while futures and time.monotonic() < deadline and stops() == signals:
        done, _ = wait(list(futures), timeout=0.1, return_when=FIRST_COMPLETED)
        for future in sorted(done, key=lambda f: futures[f][0]):
            del futures[future]
            try:
                outcomes = future.result()
            except BrokenProcessPool:  # nothing to hand back
                continue
            for i, outcome in outcomes:
                deliver(i, outcome)


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
