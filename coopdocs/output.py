"""Writing results: JSON, JSONL, CSV, a review page, an Excel workbook.

Records are written as each document is done (:class:`Records`): JSONL, CSV, the JSON array
and the review page piece by piece, the workbook's rows spooled to temporary files. A file is
written atomically (:class:`Target`: a temporary file beside it, renamed at the end; it
never replaces an input), standard output is streamed, a FIFO or device is written in place;
any failure is one line."""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .categories import get
from .errors import CoopdocsError, UsageError
from .readers import file_kind

CSV_CATEGORY = "figures"  # --format csv: one row per item of this category
CSV_FIELDS = get(CSV_CATEGORY).csv_columns
CSV_COLUMNS = ("document", *CSV_FIELDS, "sha256")  # the document's path ... its sha256
SHEETS = ("targets", "figures", "references", "tasks")  # --format xlsx: one sheet each, in order
MAX_WIDTH = 60  # characters: a column is as wide as its longest cell, up to this


def as_json(recs: list[dict[str, Any]], single: bool) -> str:
    if not recs:
        return "[]\n"
    return _encoded("json", recs, single=single and len(recs) == 1)


def as_jsonl(recs: Iterable[dict[str, Any]]) -> str:
    return _encoded("jsonl", recs)


def as_csv(recs: Iterable[dict[str, Any]]) -> str:
    """One row per figure (the columns :mod:`coopdocs.categories` gives figures, between the
    document's path and its sha256), UTF-8 with a BOM so that spreadsheet programs read Thai
    and Vietnamese; the header alone when no record is given."""
    recs = list(recs)
    return _encoded("csv", recs) if recs else _Csv().head()


def as_xlsx(recs: Iterable[dict[str, Any]]) -> bytes:
    """A workbook with one sheet a category of :data:`SHEETS` (Targets, Figures, References,
    Tasks), one row an item, its columns those :mod:`coopdocs.categories` gives the sheet after
    the document's path: a frozen header row with filters, columns as wide as their text,
    numbers as numbers."""
    sheets = _Sheets()
    for rec in recs:
        sheets.item(rec, None)
    return sheets.tail()


def _encoded(fmt: str, recs: Iterable[dict[str, Any]], single: bool = False) -> str:
    form = FORMS[fmt](single=single) if fmt == "json" else FORMS[fmt]()
    parts = []
    for n, rec in enumerate(recs):
        if n == 0:
            parts.append(form.head())
        parts.append(form.item(rec, None))
    parts.append(form.tail())
    return "".join(parts)


# -------------------------------------------------------------------- formats, record by record
# A form writes head() before the first record, item() for each, tail() after the last (head
# and tail only when there is a record): the output of records given one by one is the same,
# byte for byte, as that of the whole list.

class _Json:
    """An array of records, each indented as ``json.dumps(records, indent=2)`` indents it;
    one input file: the record itself."""

    def __init__(self, single: bool = False):
        self.single, self.count = single, 0

    def head(self) -> str:
        return "" if self.single else "[\n"

    def item(self, rec, text) -> str:
        data = json.dumps(rec, ensure_ascii=False, indent=2)
        self.count += 1
        if self.single:
            return data + "\n"
        # a JSON string holds no raw line break: every one is between tokens
        return ("  " if self.count == 1 else ",\n  ") + data.replace("\n", "\n  ")

    def tail(self) -> str:
        return "" if self.single else "\n]\n"


class _Jsonl:
    def head(self) -> str:
        return ""

    def item(self, rec, text) -> str:
        return json.dumps(rec, ensure_ascii=False) + "\n"

    def tail(self) -> str:
        return ""


class _Csv:
    def head(self) -> str:
        return "\ufeff" + self.rows([CSV_COLUMNS])

    def item(self, rec, text) -> str:
        path, sha = rec["source"]["path"], rec["source"].get("sha256")
        return self.rows([path, *(_cell(f.get(c)) for c in CSV_FIELDS), _cell(sha)]
                         for f in rec[CSV_CATEGORY])

    @staticmethod
    def rows(rows) -> str:
        """CSV lines of rows, as spreadsheet programs read them (CRLF line ends)."""
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerows(rows)
        return buf.getvalue()

    def tail(self) -> str:
        return ""


def _cell(v):
    return "" if v is None else v


class _Html:
    """The review page (:mod:`coopdocs.review`), a document's section at a time."""

    def __init__(self, title: str = "coopdocs review"):
        self.title, self.count = title, 0

    def head(self) -> str:
        from .review import head

        return head(self.title)

    def item(self, rec, text) -> str:
        from .review import section

        self.count += 1
        return section(self.count - 1, rec, text)

    def tail(self) -> str:
        from .review import TAIL

        return TAIL


class _Sheets:
    """The workbook: rows spooled to one temporary file a sheet (their values as JSON lines,
    the column widths kept), the workbook written from them at the end."""

    def __init__(self):
        self.spools = {name: tempfile.TemporaryFile() for name in SHEETS}  # noqa: SIM115
        self.widths = {name: [len(h) for h in _sheet_header(name)] for name in SHEETS}
        self.counts = dict.fromkeys(SHEETS, 0)

    def head(self) -> str:
        return ""

    def item(self, rec, text) -> str:
        rows = {name: [[rec["source"]["path"], *(_sheet_value(_field(rec, name, item, c))
                                                 for c in get(name).sheet_columns)]
                       for item in rec[name]] for name in SHEETS}
        lines = {name: b"".join(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n"
                                for row in some) for name, some in rows.items()}
        for name in SHEETS:  # all of a record or nothing: it was encoded whole first
            self.spools[name].write(lines[name])
            self.counts[name] += len(rows[name])
            widths = self.widths[name]
            for row in rows[name]:
                for n, v in enumerate(row):
                    if v is not None:
                        widths[n] = max(widths[n], len(str(v)))
        return ""

    def tail(self) -> bytes:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        book = Workbook(write_only=True)
        for name in SHEETS:
            sheet = book.create_sheet(name.capitalize())
            header = _sheet_header(name)
            for n, longest in enumerate(self.widths[name], start=1):
                sheet.column_dimensions[get_column_letter(n)].width = _width(longest)
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = (f"A1:{get_column_letter(len(header))}"
                                     f"{self.counts[name] + 1}")
            _printable(sheet)
            cells = []
            for h in header:
                cell = WriteOnlyCell(sheet, value=h)
                cell.font = Font(bold=True)
                cells.append(cell)
            sheet.append(cells)
            spool = self.spools[name]
            spool.seek(0)
            for line in spool:
                sheet.append(json.loads(line))
            spool.close()
        buf = io.BytesIO()
        book.save(buf)
        return buf.getvalue()


def _sheet_header(name: str) -> list[str]:
    return ["document", *(c.split(".")[-1] for c in get(name).sheet_columns)]


FORMS = {"json": _Json, "jsonl": _Jsonl, "csv": _Csv, "html": _Html, "xlsx": _Sheets}


class Unwritable(CoopdocsError):
    """One record cannot be written in the format (an integer too long to print, a lone
    surrogate): that document's error; the others are written."""


class Records:
    """Records written to a :class:`Target` in a format as they come; :meth:`close` ends the
    format (the closing bracket, the end of the page, the workbook) and commits the target.
    Nothing is written, and the target is left alone, until a first record comes."""

    def __init__(self, fmt: str, target: Target, single: bool = False):
        self.fmt, self.target = fmt, target
        self.form = FORMS[fmt](single=single) if fmt == "json" else FORMS[fmt]()
        self.written = 0

    def add(self, rec: dict[str, Any], text: str | None) -> None:
        """Write one record, or raise :class:`Unwritable` having written nothing of it."""
        try:
            data = (self.form.head() if not self.written else "") + self.form.item(rec, text)
            raw = data.encode("utf-8")
        except Exception as e:  # noqa: BLE001  (one record's failure must not end the batch)
            message = " ".join(str(e).split())[:200]
            path = (rec.get("source") or {}).get("path") if isinstance(rec, dict) else None
            raise Unwritable(f"cannot be written as {self.fmt} ({type(e).__name__}: "
                             f"{message})", path) from None
        self.target.write(raw)
        self.written += 1

    def add_rows(self, rows: list[list[str]]) -> None:
        """CSV: a document's rows as an earlier run wrote them (``--resume``)."""
        self.target.write(((self.form.head() if not self.written else "")
                           + _Csv.rows(rows)).encode("utf-8"))
        self.written += 1

    def close(self) -> None:
        """The end of the format, then the target committed (nothing at all: no record)."""
        if self.written:
            data = self.form.tail()
            self.target.write(data.encode("utf-8") if isinstance(data, str) else data)
        self.target.commit()


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
    sheet.page_setup.paperSize = "9"  # A4 (openpyxl's Worksheet.PAPERSIZE_A4)
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"


def _fit_widths(sheet) -> None:
    """Columns of a sheet held whole as wide as their longest cell (see :data:`MAX_WIDTH`)."""
    from openpyxl.utils import get_column_letter

    for n, column in enumerate(sheet.iter_cols(values_only=True), start=1):
        longest = max((len(str(v)) for v in column if v is not None), default=0)
        sheet.column_dimensions[get_column_letter(n)].width = _width(longest)


def _width(longest: int) -> int:
    return min(MAX_WIDTH, max(8, longest + 2))


def check_target(out: Path, inputs: Iterable[str | Path]) -> None:
    """Refuse an output path that is one of the inputs."""
    target = out.resolve()
    for p in inputs:
        if Path(p).resolve() == target:
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


class ReaderGone(Exception):
    """The reader of standard output went away (``| head``): the output ends quietly."""


def write_stream(data: str | bytes, stream=None, name: str = "<stdout>") -> None:
    """Write to standard output (or ``stream``) as UTF-8; a reader that went away (``| head``)
    ends the output quietly, any other failure is an :class:`OutputError`."""
    try:
        _to_stream(data.encode("utf-8") if isinstance(data, str) else data, stream, name)
    except ReaderGone:
        pass


def _to_stream(raw: bytes, stream, name: str) -> None:
    """Write and flush; :class:`ReaderGone` when the reader went away."""
    stream = sys.stdout if stream is None else stream
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
        raise ReaderGone() from None
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


class Target:
    """Where output goes, written piece by piece: standard output (each piece flushed as it
    comes) or a file.

    A file is written to a temporary file beside it and renamed over it by :meth:`commit`
    only, so that it is whole or untouched: :meth:`discard` (or a crash) leaves the old file
    as it was. A symbolic link is followed (the link stays, its target gets the new content,
    with the target's permissions kept). A FIFO or a device (``-o /dev/null``) is written in
    place, as a stream: it is never replaced by a regular file. The path is checked when the
    target is made (a folder, a missing folder: :class:`UsageError`); nothing is opened
    before the first write. Failures (full disk, read-only file system, no permission, file
    size limit) raise :class:`OutputError` and leave nothing."""

    def __init__(self, path: Path | None = None, stream=None):
        self.path = None if path is None else Path(path)
        self.stream = stream
        self._file = None
        self._tmp: str | None = None
        if self.path is not None:
            self._check()

    def _check(self) -> None:
        self._real = Path(os.path.realpath(self.path))
        try:
            info = os.stat(self._real)
        except FileNotFoundError:
            info = None
        except OSError as e:
            raise _oserror(e, self.path) from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{self.path}: is a folder; give the file to write")
        self._special = file_kind(info.st_mode) if info is not None and not stat.S_ISREG(
            info.st_mode) else None
        if self._special is None and not self._real.parent.is_dir():
            raise UsageError(f"{self.path}: the folder {self._real.parent} does not exist")
        self._mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()

    def write(self, raw: bytes) -> None:
        if self.path is None:
            return _to_stream(raw, self.stream, "<stdout>")
        if self._file is None:
            self._open()
        try:
            self._file.write(raw)
            self._file.flush()  # a record at a time: what was done is on disk, not in memory
        except OSError as e:
            self.discard()
            raise self._error(e) from None

    def _error(self, e: OSError) -> OutputError:
        if self._special:
            return OutputError(f"cannot write to {self._special}: {e.strerror or e}",
                               str(self.path))
        return _oserror(e, self.path)

    def _open(self) -> None:
        try:
            if self._special:
                fd = os.open(self._real, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
            else:
                fd, self._tmp = tempfile.mkstemp(prefix=f".{self._real.name}.", suffix=".part",
                                                 dir=self._real.parent)
        except OSError as e:
            raise self._error(e) from None
        self._file = os.fdopen(fd, "wb")

    def commit(self) -> None:
        """Make what was written the file (nothing was written: the file is left alone)."""
        if self._file is None:
            return
        try:
            self._file.flush()
            if not self._special:
                os.fsync(self._file.fileno())
            self._file.close()
            if not self._special:
                os.chmod(self._tmp, self._mode)
                os.replace(self._tmp, self._real)
                self._tmp = None
        except BaseException as e:
            self.discard()
            if isinstance(e, OSError):
                raise self._error(e) from None
            raise
        finally:
            self._file = None

    def discard(self) -> None:
        """Remove what was written (a file written in place, a FIFO, keeps what it got)."""
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except FileNotFoundError:
                pass
            self._tmp = None


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a whole file or nothing (see :class:`Target`)."""
    target = Target(path)
    try:
        target.write(data.encode("utf-8") if isinstance(data, str) else data)
        target.commit()
    finally:
        target.discard()
