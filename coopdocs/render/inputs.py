"""Reading what ``render`` is given: the records file (what ``coopdocs extract`` wrote: one
JSON object, a JSON array, or JSON lines), the ``--context`` file and ``--set`` pairs."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..categories import LISTS
from ..errors import InputError, UsageError

SCHEMA_PREFIX = "coopdocs.record/"


def load_records(path: str | Path) -> list[dict]:
    """The records in ``path``, checked against the record contract."""
    text = _read(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        data = _json_lines(text, path, e)
    return validate(data, str(path))


def validate(data: Any, path: str | None = None) -> list[dict]:
    """One record or a list of records -> the list; anything else is an :class:`InputError`."""
    records = [data] if isinstance(data, dict) else data
    if not isinstance(records, list) or not records:
        raise InputError("not coopdocs records (expected what `coopdocs extract` writes: "
                         "a JSON object or an array of them)", path)
    for n, r in enumerate(records, 1):
        where = f"record {n}: " if len(records) > 1 else ""
        if not isinstance(r, dict) or not str(r.get("schema", "")).startswith(SCHEMA_PREFIX):
            raise InputError(f"{where}not a coopdocs record (no \"schema\": \"coopdocs.record/1\")", path)
        bad = [k for k in LISTS if not isinstance(r.get(k, []), list)]
        if not isinstance(r.get("source"), dict) or bad:
            raise InputError(f"{where}malformed coopdocs record ({', '.join(bad) or 'source'})", path)
        figures = r.get("figures") or []
        for t in r.get("targets") or []:
            i = t.get("figure") if isinstance(t, dict) else None
            if not isinstance(i, int) or not 0 <= i < len(figures):
                raise InputError(f"{where}a target points at figure {i!r}, which does not exist", path)
    return records


def load_context(path: str | Path) -> dict:
    """The ``--context`` file: a JSON object of header fields."""
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as e:
        raise InputError(f"not JSON (line {e.lineno}: {e.msg})", str(path)) from None
    if not isinstance(data, dict):
        raise InputError("a context file holds one JSON object (field: value)", str(path))
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
                value = json.loads(value)
            except json.JSONDecodeError as e:
                raise UsageError(f"--set {key}: the value is not valid JSON ({e.msg})") from None
        set_path(out, key, value)
    return out


def _read(path: str | Path) -> str:
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", str(path))
    if p.is_dir():
        raise InputError("is a folder, not a file", str(path))
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text (a records or context file is JSON)", str(path)) from None
    except OSError as e:
        raise InputError(e.strerror or "cannot be read", str(path)) from None


def _json_lines(text: str, path, first_error: json.JSONDecodeError) -> list:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise InputError(f"not JSON (line {first_error.lineno}: {first_error.msg})", str(path)) from None
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise InputError(f"not JSON or JSON lines (line {n}: {e.msg})", str(path)) from None
    return out
