"""Reading what ``render`` is given: the records file (what ``coopdocs extract`` wrote: one
JSON object, a JSON array, or JSON lines), the ``--context`` file and ``--set`` pairs."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import schema
from ..errors import InputError, UsageError


def load_records(path: str | Path) -> list[dict]:
    """The records in ``path``, checked against the record contract (:mod:`coopdocs.schema`)."""
    return validate(read_records(path), str(path))


def read_records(path: str | Path) -> Any:
    """What a records file holds (a JSON value; JSON lines: the list of their values), not
    yet checked; a file that is not JSON is an :class:`InputError`."""
    text = _read(path)
    try:
        return schema.loads(text)
    except schema.JSONError as e:
        if e.line is None:   # JSON, but beyond what a record can hold
            raise InputError(e.message, str(path)) from None
        return _json_lines(text, path, e)


def validate(data: Any, path: str | None = None) -> list[dict]:
    """One record or a list of records -> the list; a record that breaks the contract is an
    :class:`InputError` naming its first problem (``figures[0].value: 'abc' is not a
    number``) and how many more there are."""
    found = schema.problems(data)
    if found:
        more = len(found) - 1
        rest = f" (and {more} more problem{'s' if more > 1 else ''}: `coopdocs validate` " \
               "lists them)" if more else ""
        raise InputError(f"{found[0]}{rest}", path)
    return [data] if isinstance(data, dict) else data


def check_context(context: dict | None) -> dict:
    """Header fields given from Python: JSON values within a record's bounds."""
    if context is None:
        return {}
    if not isinstance(context, dict):
        raise UsageError("the context holds header fields: a dict of field: value")
    found = schema.value_problems(context)
    if found:
        raise UsageError(f"context field {found[0]}")
    return context


def load_context(path: str | Path) -> dict:
    """The ``--context`` file: a JSON object of header fields."""
    try:
        data = schema.loads(_read(path))
    except schema.JSONError as e:
        raise InputError(e.message, str(path)) from None
    if not isinstance(data, dict):
        raise InputError("a context file holds one JSON object (field: value)", str(path))
    found = schema.value_problems(data)
    if found:
        raise InputError(str(found[0]), str(path))
    return data


def parse_sets(pairs: tuple[str, ...] | list[str]) -> dict:
    """``("signer.name=Nguyễn Văn A", ...)`` -> ``{"signer": {"name": "Nguyễn Văn A"}}``. A
    value that starts with ``[`` or ``{`` is read as JSON."""
    from .context import set_path

    out: dict = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key or any(not p for p in key.split(".")):
            raise UsageError(f"--set {pair!r}: expected key=value (for example signer.name=Nguyễn Văn A)")
        if value.strip()[:1] in ("[", "{"):
            try:
                value = schema.loads(value)
            except schema.JSONError as e:
                raise UsageError(f"--set {key}: {e.message}") from None
        found = schema.value_problems(value)
        if found:
            where = f"{key}{'.' if found[0].path and found[0].path[0] != '[' else ''}{found[0].path}"
            raise UsageError(f"--set {where}: {found[0].message}")
        set_path(out, key, value)
    return out


def _read(path: str | Path) -> str:
    """A records or context file's text, read as document inputs are: a regular file of
    bounded size (a FIFO, a device or a link to one is refused, never waited on or read)."""
    from ..readers import read_bytes

    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", str(path))
        return read_bytes(p).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text (a records or context file is JSON)", str(path)) from None
    except OSError as e:  # a name the file system refuses (too long ...)
        raise InputError(e.strerror or "cannot be read", str(path)) from None
    except ValueError:    # a name no file can have (a NUL, a lone surrogate)
        raise InputError("not a file name", repr(str(path))[1:-1]) from None


def _json_lines(text: str, path, first_error: schema.JSONError) -> list:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise InputError(first_error.message, str(path)) from None
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(schema.loads(line))
        except schema.JSONError as e:
            problem = e.message.removeprefix("not JSON ").strip("()")
            raise InputError(f"not JSON or JSON lines (line {n}: {problem})", str(path)) from None
    return out
