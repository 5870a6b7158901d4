"""``coopdocs extract --resume -o FILE``: finish a batch that was interrupted.

The output file of the earlier run (complete and valid: an interrupted batch writes the
documents it finished) is read first: every input file whose sha256 is that of a record in
it is not extracted again, its record is written again as it was. The new file is then the
same, byte for byte, as the one an uninterrupted run writes: the records in input order,
records of files no longer among the inputs left out.

- JSON and JSONL: a record is known by its ``source.sha256``; a file of the same content
  under another path gets its record with that path.
- CSV: a document is known by the ``sha256`` column of its rows; a document without any
  figure has no row, so it is extracted again (and adds no row again).
- The review page and the workbook cannot be resumed (they hold no sha256 to read back).

The earlier records are kept in a temporary file, not in memory, while the batch runs.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UsageError

FORMATS = ("json", "jsonl", "csv")


@dataclass
class Kept:
    """A document an earlier run did: its record (JSON, JSONL) or its CSV rows."""
    record: dict[str, Any] | None = None
    rows: list[list[str]] | None = None


class Earlier:
    """The earlier run's records by sha256, each spooled as one JSON line."""

    def __init__(self, fmt: str):
        self.fmt = fmt
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115  (as long as the batch)
        self._index: dict[str, list[tuple[str, int, int]]] = {}

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def add(self, sha: str, path: str, payload: Any) -> None:
        raw = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        offset = self._spool.seek(0, os.SEEK_END)
        self._spool.write(raw)
        self._index.setdefault(sha, []).append((path, offset, len(raw)))

    def clear(self) -> None:
        self._spool.seek(0)
        self._spool.truncate()
        self._index.clear()

    def take(self, sha: str | None, path: str) -> Kept | None:
        """The earlier record of a file of this content (the one of this path if there are
        several), made this path's; None when there is none."""
        found = self._index.get(sha) if sha else None
        if not found:
            return None
        _, offset, length = next((e for e in found if e[0] == path), found[0])
        self._spool.seek(offset)
        payload = json.loads(self._spool.read(length))
        if self.fmt == "csv":
            return Kept(rows=[[path, *row[1:]] for row in payload])
        payload["source"]["path"] = path
        return Kept(record=payload)


def check(fmt: str, output: Path | None) -> None:
    """Refuse --resume where it cannot work (one line, exit status 2)."""
    if output is None:
        raise UsageError("--resume reads the earlier run's output file: give it with -o FILE")
    if fmt not in FORMATS:
        raise UsageError(f"--resume works with --format {', '.join(FORMATS[:-1])} or "
                         f"{FORMATS[-1]}; a {'review page' if fmt == 'html' else 'workbook'} "
                         "is made whole again: run without --resume")


def read(output: Path, fmt: str) -> Earlier:
    """The records of ``output`` (none if the file does not exist yet)."""
    earlier = Earlier(fmt)
    try:
        info = os.stat(output)
    except FileNotFoundError:
        return earlier
    except OSError as e:
        raise UsageError(f"--resume cannot read it: {e.strerror or e}", str(output)) from None
    if not stat.S_ISREG(info.st_mode):
        raise UsageError("--resume needs a regular file, the earlier run's output", str(output))
    try:
        with open(output, "rb") as f:
            READERS[fmt](f, earlier)
    except _NotRecords as e:
        raise UsageError(f"--resume cannot read it as {fmt} records: {e}", str(output)) from None
    except OSError as e:
        raise UsageError(f"--resume cannot read it: {e.strerror or e}", str(output)) from None
    return earlier


class _NotRecords(Exception):
    pass


def _source(rec: Any, where: str) -> tuple[str, str]:
    """(sha256, path) of an earlier record."""
    src = rec.get("source") if isinstance(rec, dict) else None
    sha = src.get("sha256") if isinstance(src, dict) else None
    path = src.get("path") if isinstance(src, dict) else None
    if not isinstance(sha, str) or not isinstance(path, str):
        raise _NotRecords(f"{where} is not a record with source.sha256 and source.path")
    return sha, path


def _loads(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as e:
        raise _NotRecords(f"{where}: {' '.join(str(e).split())[:200]}") from None


def _jsonl(f, earlier: Earlier) -> None:
    for n, line in enumerate(f, start=1):
        if line.strip():
            rec = _loads(line, f"line {n}")
            earlier.add(*_source(rec, f"line {n}"), rec)


def _json(f, earlier: Earlier) -> None:
    """The array as coopdocs writes it, a record at a time; any other layout (a file edited
    by hand) is read whole."""
    if _json_as_written(f, earlier):
        return
    earlier.clear()
    f.seek(0)
    data = _loads(f.read(), "the file")
    for n, rec in enumerate(data if isinstance(data, list) else [data]):
        earlier.add(*_source(rec, f"record {n}"), rec)


def _json_as_written(f, earlier: Earlier) -> bool:
    if f.readline() != b"[\n":
        return False
    lines: list[bytes] = []
    for line in f:
        if line == b"]\n" and not lines:
            return not f.read().strip()
        lines.append(line)
        if line in (b"  }\n", b"  },\n"):
            try:
                rec = json.loads(b"".join(lines).rstrip().rstrip(b","))
            except ValueError:
                return False
            n = len(earlier)
            earlier.add(*_source(rec, f"record {n}"), rec)
            lines = []
    return False


def _csv(f, earlier: Earlier) -> None:
    from .output import CSV_COLUMNS

    rows = csv.reader(io.TextIOWrapper(f, encoding="utf-8-sig", newline=""))
    try:
        header = next(rows, None)
        if header is None:
            return
        if tuple(header) != CSV_COLUMNS:
            raise _NotRecords("its header is not that of `coopdocs extract --format csv`"
                              + (" (no sha256 column: written by an earlier version)"
                                 if "sha256" not in header else ""))
        group: list[list[str]] = []
        for row in rows:
            if len(row) != len(CSV_COLUMNS):
                raise _NotRecords(f"line {rows.line_num} has {len(row)} columns, not "
                                  f"{len(CSV_COLUMNS)}")
            if group and (row[0], row[-1]) != (group[0][0], group[0][-1]):
                _add_rows(earlier, group)
                group = []
            group.append(row)
        _add_rows(earlier, group)
    except (UnicodeDecodeError, csv.Error) as e:
        raise _NotRecords(" ".join(str(e).split())[:200]) from None


def _add_rows(earlier: Earlier, rows: list[list[str]]) -> None:
    if rows and rows[0][-1]:
        earlier.add(rows[0][-1], rows[0][0], rows)


READERS = {"json": _json, "jsonl": _jsonl, "csv": _csv}


def sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes (as records carry it); None if it cannot be read (its
    extraction then reports why)."""
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO is not opened: it would block
            return None
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return None
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()
