"""Stop signals of a batch: SIGTERM and SIGINT become exceptions, so that ``finally``
blocks run (workers killed, temporary files removed) and none is lost."""
from __future__ import annotations

import signal
from contextlib import contextmanager


class Stopped(BaseException):
    """SIGTERM arrived: unwind (temporary files removed, workers ended) and exit."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_signalled: list[int] = []  # the stop signals received inside stopping()


def _stop_exception(signum: int) -> BaseException:
    return KeyboardInterrupt() if signum == signal.SIGINT else Stopped(signum)


_deferred: list[bool] = []  # inside deferred(): record a stop, raise it at the next check


def raise_if_signalled() -> None:
    """Raise a stop that was recorded and not raised (inside :func:`deferred`), or whose
    exception was lost: one that arrives while Python runs a ``__del__`` or a weakref
    callback is printed as "ignored" (with a traceback) and dropped."""
    if _signalled:
        raise _stop_exception(_signalled[-1])


def stops() -> int:
    """How many stop signals came (a second one: stop waiting, now)."""
    return len(_signalled)


@contextmanager
def deferred():
    """Within the block a stop signal is only recorded; the code calls
    :func:`raise_if_signalled` at safe points (a loop that waits for worker processes)."""
    _deferred.append(True)
    try:
        yield
    finally:
        _deferred.pop()


@contextmanager
def immediate():
    """Within a :func:`deferred` block, a block where a stop signal raises at once again (work
    that may be abandoned midway, such as extracting one document); a stop recorded before it
    is raised on entering."""
    saved = _deferred[:]
    _deferred.clear()
    try:
        raise_if_signalled()
        yield
    finally:
        _deferred[:] = saved


@contextmanager
def stopping():
    """Within the block SIGTERM raises :class:`Stopped` and SIGINT KeyboardInterrupt (unless
    SIGINT was ignored when we started), so that ``finally`` blocks run: no worker or
    temporary file outlives the run. Loops call :func:`raise_if_signalled` as well."""
    def stop(signum, frame):
        _signalled.append(signum)
        if not _deferred:
            raise _stop_exception(signum)

    _signalled.clear()
    previous = {}
    try:
        for signum in (signal.SIGTERM, signal.SIGINT):
            if signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, stop)
    except ValueError:  # not the main thread: signals are not ours to handle
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
