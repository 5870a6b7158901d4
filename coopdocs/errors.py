"""Errors that reach the user as one line: the file, then the problem.

Every error coopdocs raises on purpose is a :class:`CoopdocsError`; the command line reports
each one the same way (``coopdocs.cli.fail``): ``coopdocs: FILE: problem`` on stderr, exit
status 2 for a :class:`UsageError`, 1 for any other.
"""
from __future__ import annotations


class CoopdocsError(Exception):
    """An error the command line reports as ``coopdocs: FILE: problem`` with no traceback."""

    exit_status = 1

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def lines(self) -> list[str]:
        """What the command line prints, one line each (one, unless an error lists several
        problems of one file)."""
        return [str(self)]


class InputError(CoopdocsError):
    """A file that cannot be read as a document (missing, empty, binary, corrupt, undecodable)."""


class LanguageError(CoopdocsError):
    """The language of a text cannot be told, or coopdocs has no profile for it."""


class PipelineError(CoopdocsError):
    """A spaCy component of coopdocs run without the components it requires before it."""


class UsageError(CoopdocsError):
    """The command was called wrongly (exit 2)."""

    exit_status = 2


class InputWarning(UserWarning):
    """Something the reader of a file did that the user should know of (a conversion from an
    8-bit code): the command line prints it as ``coopdocs: warning: FILE: what``."""
