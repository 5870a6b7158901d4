"""Reading a file's bytes safely: regular files only, never more than a limit."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError

MAX_FILE_BYTES = 100 * 2**20
"""The largest input file read, in bytes (any type)."""


_KINDS = ((stat.S_ISDIR, "is a folder, not a file"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def file_kind(mode: int) -> str | None:
    """None for a regular file, else what the file is (``a named pipe (FIFO)`` ...)."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def _refuse_special(mode: int, path: Path) -> None:
    kind = file_kind(mode)
    if kind is not None:
        if not kind.startswith("is "):
            kind = f"not a regular file but {kind}; coopdocs reads files only"
        raise InputError(kind, str(path))


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; elsewhere the stat check alone


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default :data:`MAX_FILE_BYTES`;
    symbolic links followed).

    Anything else is refused before it is opened, so a FIFO does not block and a device is
    not read; the file is then opened without blocking and checked again, in case it was
    swapped in between."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        _refuse_special(os.stat(path).st_mode, path)
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", str(path)) from None
    with os.fdopen(fd, "rb") as f:
        try:
            info = os.fstat(fd)
            _refuse_special(info.st_mode, path)
            if info.st_size > limit:
                raise InputError(_too_large(info.st_size, limit), str(path))
            if _NONBLOCK:
                os.set_blocking(fd, True)
            data = f.read(limit + 1)
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}", str(path)) from None
    if len(data) > limit:  # it grew while being read
        raise InputError(_too_large(len(data), limit), str(path))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large ({_size(size)}; coopdocs reads files of at most {_size(limit)})"


def _size(n: int) -> str:
    """``100 MB``, ``1.5 MB``, ``1000 bytes``."""
    return f"{n / 2**20:.3g} MB" if n >= 2**20 else f"{n} bytes"
