"""Writing results: JSON, JSONL, CSV, an Excel workbook; atomic files that never replace an
input, streams that are never replaced by files, and one line for any failure."""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .categories import get
from .errors import CoopdocsError, UsageError
from .readers import file_kind

CSV_CATEGORY = "figures"  # --format csv: one row per item of this category
CSV_COLUMNS = ("document", *get(CSV_CATEGORY).csv_columns)
SHEETS = ("targets", "figures", "references", "tasks")  # --format xlsx: one sheet each, in order
MAX_WIDTH = 60  # characters: a column is as wide as its longest cell, up to this


def as_json(recs: list[dict[str, Any]], single: bool) -> str:
    data = recs[0] if single and len(recs) == 1 else recs
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_jsonl(recs: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def as_csv(recs: Iterable[dict[str, Any]]) -> str:
    """One row per figure (the columns :mod:`coopdocs.categories` gives figures), UTF-8 with a
    BOM so that spreadsheet programs read Thai and Vietnamese."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in recs:
        for f in r[CSV_CATEGORY]:
            w.writerow([r["source"]["path"]] + [_cell(f.get(c)) for c in CSV_COLUMNS[1:]])
    return buf.getvalue()


def _cell(v):
    return "" if v is None else v


def as_xlsx(recs: Iterable[dict[str, Any]]) -> bytes:
    """A workbook with one sheet a category of :data:`SHEETS` (Targets, Figures, References,
    Tasks), one row an item, its columns those :mod:`coopdocs.categories` gives the sheet after
    the document's path: a frozen header row with filters, columns as wide as their text,
    numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    recs = list(recs)
    book = Workbook()
    for n, name in enumerate(SHEETS):
        columns = get(name).sheet_columns
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = name.capitalize()
        sheet.append(["document", *(c.split(".")[-1] for c in columns)])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for r in recs:
            for item in r[name]:
                sheet.append([r["source"]["path"],
                              *(_sheet_value(_field(r, name, item, c)) for c in columns)])
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        _fit_widths(sheet)
        _printable(sheet)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _field(record: dict[str, Any], category: str, item: dict[str, Any], column: str):
    """An item's field, or (``figure.unit``) a field of the item its link points to."""
    if "." not in column:
        return item.get(column)
    link, field = column.split(".", 1)
    other = dict(get(category).links)[link]
    return record[other][item[link]].get(field)


def _sheet_value(v):
    """A cell's value: lists and objects as text, control characters a workbook cannot hold
    shown as U+FFFD, numbers as they are."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(v, list):
        v = "; ".join(map(str, v))
    elif isinstance(v, dict):
        v = ", ".join(f"{k} {w}" for k, w in v.items())
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v


def _printable(sheet) -> None:
    """Printed landscape, all columns on the page's width, the header row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"


def _fit_widths(sheet) -> None:
    from openpyxl.utils import get_column_letter

    for n, column in enumerate(sheet.iter_cols(values_only=True), start=1):
        longest = max((len(str(v)) for v in column if v is not None), default=0)
        sheet.column_dimensions[get_column_letter(n)].width = min(MAX_WIDTH, max(8, longest + 2))


def check_target(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output path that is one of the inputs."""
    target = out.resolve()
    for p in inputs:
        if p.resolve() == target:
            raise UsageError(f"-o {out} is one of the input files; choose another output file")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputError(CoopdocsError):
    """The output cannot be written (full disk, read-only file system, no permission, file
    size limit): nothing of it is left behind."""


def _oserror(e: OSError, path: Path) -> OutputError:
    return OutputError(f"cannot write: {e.strerror or e}", str(path))


def writable(done: list[tuple[dict[str, Any], str]], fmt: str,
             on_error: Callable[[CoopdocsError], None]) -> tuple[list, int]:
    """The (record, text) pairs that can be written in ``fmt`` as UTF-8, and how many cannot
    (each reported to ``on_error`` naming its document: e.g. an integer too long to print)."""
    one = {"json": lambda rec, text: as_json([rec], True), "jsonl": lambda rec, text: as_jsonl([rec]),
           "csv": lambda rec, text: as_csv([rec]), "html": _review,
           "xlsx": lambda rec, text: as_xlsx([rec])}[fmt]
    kept, failed = [], 0
    for rec, text in done:
        try:
            data = one(rec, text)
            if isinstance(data, str):
                data.encode("utf-8")
        except Exception as e:  # noqa: BLE001  (one record's failure must not end the batch)
            message = " ".join(str(e).split())[:200]
            path = (rec.get("source") or {}).get("path") if isinstance(rec, dict) else None
            on_error(CoopdocsError(f"cannot be written as {fmt} ({type(e).__name__}: {message})",
                                   path))
            failed += 1
        else:
            kept.append((rec, text))
    return kept, failed


def _review(rec: dict[str, Any], text: str) -> str:
    from .review import page

    return page([(rec, text)])


def write_stream(data: str | bytes, stream=None, name: str = "<stdout>") -> None:
    """Write to standard output (or ``stream``) as UTF-8; a reader that went away (``| head``)
    ends the output quietly, any other failure is an :class:`OutputError`."""
    stream = sys.stdout if stream is None else stream
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(raw)
            buffer.flush()
        else:
            stream.write(raw.decode("utf-8"))
            stream.flush()
    except BrokenPipeError:
        _silence(stream)
    except OSError as e:
        _silence(stream)
        raise OutputError(f"cannot write: {e.strerror or e}", name) from None


def _silence(stream) -> None:
    """Point the stream's descriptor at /dev/null so that the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename.

    A symbolic link is followed (the link stays, its target gets the new content, with the
    target's permissions kept). A FIFO or a device (``-o /dev/null``) is written in place,
    as a stream: it is never replaced by a regular file. Failures (full disk, read-only file
    system, no permission, file size limit) raise :class:`OutputError` and leave nothing."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as e:
        raise _oserror(e, path) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{path}: is a folder; give the file to write")
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _write_special(path, target, raw)
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"{path}: the folder {folder} does not exist")
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise _oserror(e, path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError):
            raise _oserror(e, path) from None
        raise


def _write_special(path: Path, target: Path, raw: bytes) -> None:
    """Stream into a FIFO or a device; sockets and the rest cannot be opened as files."""
    kind = file_kind(os.stat(target).st_mode)
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise OutputError(f"cannot write to {kind}: {e.strerror or e}", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
    except OSError as e:
        raise OutputError(f"cannot write to {kind}: {e.strerror or e}", str(path)) from None
