"""Errors that reach the user as one line: the file, then the problem."""
from __future__ import annotations


class CoopdocsError(Exception):
    """An error the command line reports as ``coopdocs: FILE: problem`` with no traceback."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(CoopdocsError):
    """A file that cannot be read as a document (missing, empty, binary, corrupt, undecodable)."""


class LanguageError(CoopdocsError):
    """The language of a text cannot be told."""


class UsageError(CoopdocsError):
    """The command was called wrongly (exit 2)."""
