"""A render in a worker process held to its :class:`~coopdocs.render.sandbox.Limits`.

The sandbox counts what a template does; a worker bounds what nothing can count from
inside: the address space it may add (``memory``, ``RLIMIT_AS``: an allocation past it is a
MemoryError, not a machine brought to its knees) and the wall time (``seconds``, plus a
little for checking and saving; past it the worker is killed). The worker is a fork of the
command's process: it starts at once, with everything already imported and read, and sends
back the document's bytes; the caller writes the file. Where there is no ``fork`` the render
runs in the process itself.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import Any

from ..errors import CoopdocsError, UsageError
from .sandbox import Limits

GRACE = 10.0           # seconds beyond the render's own deadline: checking, building, saving
CHUNK = 1 << 16


class WorkerError(CoopdocsError):
    """An error the worker reported (its lines as the worker would have printed them)."""

    def __init__(self, lines: list[str]):
        super().__init__(lines[0])
        self._lines = lines

    def __str__(self) -> str:
        return self._lines[0]

    def lines(self) -> list[str]:
        return list(self._lines)


class WorkerUsageError(WorkerError, UsageError):
    """A usage error the worker reported (exit status 2)."""


def run(job: Callable[[], Any], limits: Limits, label: str, grace: float = GRACE) -> Any:
    """``job()``, in a worker process held to ``limits`` (and ``grace`` seconds more than
    their ``seconds``); its result, or its error."""
    if not hasattr(os, "fork"):
        return job()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:   # the worker
        os.close(r)
        _work(job, limits, label, w)
    os.close(w)
    try:
        data = _collect(r, pid, limits.seconds + grace, label)
    except BaseException:
        _kill(pid)
        raise
    finally:
        os.close(r)
    _, status = os.waitpid(pid, 0)
    if not data:
        raise WorkerError([f"{label}: rendering stopped: {_death(status, limits)}"])
    outcome, value = pickle.loads(data)
    if outcome == "ok":
        return value
    lines, usage = value
    raise (WorkerUsageError if usage else WorkerError)(lines)


def _work(job, limits: Limits, label: str, w: int) -> None:
    """The worker's whole life: limits, the job, its outcome down the pipe, exit."""
    status = 0
    try:
        _limit_memory(limits.memory)
        try:
            outcome = ("ok", job())
        except CoopdocsError as e:
            lines = e.lines() if hasattr(e, "lines") else [str(e)]
            outcome = ("error", (lines, isinstance(e, UsageError)))
        except MemoryError:
            message = f"{label}: rendering needs more than the {limits.memory >> 20} MiB it may use"
            outcome = ("error", ([message], False))
        except BaseException as e:  # noqa: BLE001 (reported as one line, never a traceback)
            outcome = ("error", ([f"{label}: could not render ({type(e).__name__}: {e})"], False))
        data = pickle.dumps(outcome)
        view = memoryview(data)
        while view:
            view = view[os.write(w, view):]
    except BaseException:  # noqa: BLE001 (the parent reports a worker that sent nothing)
        status = 1
    finally:
        os._exit(status)


def _collect(r: int, pid: int, seconds: float, label: str) -> bytes:
    deadline = time.monotonic() + seconds
    chunks = []
    while True:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([r], [], [], max(left, 0))
        if not ready:
            _kill(pid)
            raise WorkerError([f"{label}: rendering took longer than {seconds:g} s and was stopped"])
        chunk = os.read(r, CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _death(status: int, limits: Limits) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return (f"the worker was ended by {name} (out of the {limits.memory >> 20} MiB it may "
                "use, or a crash)")
    return f"the worker ended with status {os.WEXITSTATUS(status)} and no result"


def _limit_memory(extra: int) -> None:
    """Let this process grow by at most ``extra`` bytes of address space."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as f:
            size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = size + extra
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft == resource.RLIM_INFINITY or soft > want:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
