"""Statistics workbooks (.xlsx, .xls) and tables (.csv): every sheet read as a table.

A sheet's text is a line ``=== name ===`` that parts it from the sheet before, its title
lines (rows above the table with one filled cell: ``Biểu 01 ...``, ``Đơn vị tính: HTX``), then
its table, one filled cell a line: the first row of two filled cells or more is the header
(row 0, whose words give each column its role, unit and year, :mod:`coopdocs.rules.tables`),
the rows below it the body (labels, units, values). Numbers are written as the sheet shows
them to the language of its labels (``12,5`` in Vietnamese, ``12.5`` in Thai; ``45%`` for a
percentage cell); a formula cell gives the value Excel saved with it (no formula is
computed, no macro run, no link to another workbook followed).

Bounded: a workbook is checked like a .docx before it is opened (:func:`.word.docx_package`),
and at most :data:`MAX_CELLS` filled cells and :data:`MAX_ROWS` rows a sheet are read.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import InputError
from .source import Cell

MAX_CELLS = 200_000
"""The most filled cells read from one file."""
MAX_ROWS = 50_000
"""The most rows read from one sheet."""
MAX_COLUMNS = 200
"""The most columns of a row read (the rest are left out)."""


def read(data: bytes, path: Path) -> tuple[str, list[Cell], dict]:
    suffix = Path(path).suffix.lower()
    about: dict = {}
    if suffix == ".csv":
        sheets, about = _csv(data, path)
    elif suffix == ".xls":
        sheets = _xls(data, path)
    else:
        sheets = _xlsx(data, path)
    return (*_layout(sheets, path), about)


def _count(total: list[int], path) -> None:
    total[0] += 1
    if total[0] > MAX_CELLS:
        raise InputError(f"refused: more than {MAX_CELLS} filled cells", str(path))


def _xlsx(data: bytes, path) -> list[tuple[str, list[list]]]:
    """(sheet name, rows of (value, number format)) of an .xlsx workbook."""
    import openpyxl

    from .word import docx_package

    package = docx_package(data, path, kind=".xlsx")
    try:
        book = openpyxl.load_workbook(package, read_only=True, data_only=True, keep_links=False,
                                      keep_vba=False)
    except Exception as e:  # noqa: BLE001  (zip, XML and openpyxl errors come in many types)
        raise InputError(f"not a valid .xlsx workbook ({type(e).__name__})", str(path)) from None
    out, total = [], [0]
    try:
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows(max_col=MAX_COLUMNS):
                if len(rows) >= MAX_ROWS:
                    raise InputError(f"refused: sheet {sheet.title!r} has more than {MAX_ROWS} "
                                     "rows", str(path))
                cells = []
                for cell in row:
                    value = getattr(cell, "value", None)
                    if value is not None and str(value).strip():
                        _count(total, path)
                    cells.append((value, getattr(cell, "number_format", None) or ""))
                rows.append(cells)
            out.append((sheet.title, rows))
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001
        raise InputError(f"corrupt .xlsx workbook ({type(e).__name__}: {e})", str(path)) from None
    finally:
        book.close()
    return out


def _xls(data: bytes, path) -> list[tuple[str, list[list]]]:
    """The sheets of an Excel 97-2003 workbook (through xlrd, else LibreOffice)."""
    try:
        import xlrd
    except ImportError:
        from .office import convert

        return _xlsx(convert(data, path, "xlsx"), path)
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, formatting_info=True)
    except Exception as e:  # noqa: BLE001  (xlrd raises many kinds for a damaged file)
        raise InputError(f"not a valid .xls workbook ({type(e).__name__})", str(path)) from None
    out, total = [], [0]
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.nrows > MAX_ROWS:
                raise InputError(f"refused: sheet {sheet.name!r} has more than {MAX_ROWS} rows",
                                 str(path))
            rows = []
            for r in range(sheet.nrows):
                cells = []
                for c in range(min(sheet.ncols, MAX_COLUMNS)):
                    cell = sheet.cell(r, c)
                    value = cell.value
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        value = xlrd.xldate_as_datetime(value, book.datemode)
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        value = None
                    if value not in (None, ""):
                        _count(total, path)
                    cells.append((value, _xls_format(book, cell)))
                rows.append(cells)
            out.append((sheet.name, rows))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return out


def _xls_format(book, cell) -> str:
    """The number format of an .xls cell ('' when the file names none)."""
    try:
        xf = book.xf_list[cell.xf_index]
        return book.format_map[xf.format_key].format_str
    except (AttributeError, IndexError, KeyError, TypeError):
        return ""


def _csv(data: bytes, path) -> tuple[list[tuple[str, list[list]]], dict]:
    """The one table of a CSV file: UTF-8 (with or without BOM) or an 8-bit code, its
    delimiter guessed from its first lines (``,`` ``;`` tab ``|``)."""
    from .plain import decode_any

    text, code = decode_any(data, path)
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows, total = [], [0]
    csv.field_size_limit(1_000_000)
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if len(rows) >= MAX_ROWS:
                raise InputError(f"refused: more than {MAX_ROWS} rows", str(path))
            cells = []
            for value in row[:MAX_COLUMNS]:
                if value.strip():
                    _count(total, path)
                cells.append((_csv_value(value), ""))
            rows.append(cells)
    except csv.Error as e:
        raise InputError(f"not a valid CSV file ({e})", str(path)) from None
    return [(Path(path).stem, rows)], ({"encoding": code} if code else {})


def _csv_value(value: str):
    """A CSV cell: a plain number (``1234``, ``12.5``) as a number, anything else as text."""
    text = value.strip()
    if text and text.replace(".", "", 1).replace("-", "", 1).isdigit() and text.count(".") <= 1:
        try:
            return int(text) if "." not in text else float(text)
        except ValueError:
            return value
    return value


def _layout(sheets, path) -> tuple[str, list[Cell]]:
    """The text of the sheets and the places of their table cells."""
    marks = _marks(sheets, path)
    lines: list[str] = []
    places = []  # table, row, column, line
    table = 0
    for name, rows in sheets:
        rows = [r for r in rows if any(_shown(v, f, marks) for v, f in r)]
        if not rows:
            continue
        lines.append(f"=== {' '.join(str(name).split())} ===")
        head = next((k for k, r in enumerate(rows) if sum(1 for v, _ in r if _shown(v, "", marks))
                     >= 2), len(rows))
        # numbers in the body in groups of three (1.981: no year); the header's years alone
        rows = [[_shown(v, f, marks, grouped=k > head) for v, f in row]
                for k, row in enumerate(rows)]
        rows = rows[:head] + _one_header(rows[head:])
        for row in rows[:head]:
            lines.append(" ".join(v for v in row if v))
        first = min((next(c for c, v in enumerate(r) if v) for r in rows[head:]), default=0)
        for r, row in enumerate(rows[head:]):
            for c, value in enumerate(row):
                if value:
                    places.append((table, r, c - first, len(lines)))
                    lines.append(value)
        table += 1 if head < len(rows) else 0
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    cells = [Cell(t, r, c, offsets[k], offsets[k] + len(lines[k])) for t, r, c, k in places]
    return "\n".join(lines), cells


def _one_header(rows: list[list[str]]) -> list[list[str]]:
    """A header of two rows made one: a heading over several columns (a merged ``Năm 2024``)
    goes on over the empty cells right of it, and each column's header is its second-row
    words and the heading above (``Kế hoạch Năm 2024``). The second row is a header row when
    it has no number, leaves the first row's first column empty, and names a column the
    first row leaves empty (one a heading spans).

    >>> _one_header([["Chỉ tiêu", "Năm 2024", ""], ["", "Kế hoạch", "Thực hiện"], ["A", "1", "2"]])
    [['Chỉ tiêu', 'Kế hoạch Năm 2024', 'Thực hiện Năm 2024'], ['A', '1', '2']]
    """
    if len(rows) < 3:
        return rows
    width = max(len(rows[0]), len(rows[1]))
    top, sub = rows[0] + [""] * (width - len(rows[0])), rows[1] + [""] * (width - len(rows[1]))
    filled = [c for c, v in enumerate(sub) if v]
    first = next((c for c, v in enumerate(top) if v), width)
    if (not filled or filled[0] <= first or any(_NUMBER.fullmatch(sub[c]) for c in filled)
            or all(top[c] for c in filled)):
        return rows
    merged, above = [], ""
    for c in range(width):
        above = top[c] or (above if sub[c] else "")
        merged.append(" ".join(v for v in (sub[c], above) if v))
    return [merged, *rows[2:]]


_NUMBER = re.compile(r"[\d.,\s%-]+")


def _marks(sheets, path) -> tuple[str, str]:
    """The decimal and group marks of the language the sheets' words are in (``.`` and
    ``,`` if none is told)."""
    from ..errors import LanguageError
    from ..lang import profile
    from ..langdetect import detect

    words = " ".join(str(v) for _, rows in sheets for row in rows[:200] for v, _ in row
                     if isinstance(v, str))
    try:
        numbers = profile(detect(words, str(path))).numbers
    except LanguageError:
        return ".", ","
    return numbers.decimal_mark, numbers.group_mark


def _shown(value, fmt: str, marks: tuple[str, str], grouped: bool = False) -> str:
    """A cell's value as text: numbers in full with the language's decimal mark (and, if
    ``grouped``, its group mark), a percentage cell as ``45%``, a date as ``14/11/2022``.

    >>> _shown(1981, "", (",", "."), grouped=True), _shown(0.665, "0.0%", (",", "."))
    ('1.981', '66,5%')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, int | float):
        percent = "%" in fmt
        try:
            number = Decimal(repr(value)) * (100 if percent else 1)
        except InvalidOperation:
            return ""
        if not number.is_finite():
            return ""
        number = round(number, 6)
        whole, _, decimals = (f"{number.normalize():f}" if number != number.to_integral()
                              else f"{number:.0f}").partition(".")
        if grouped and len(whole.lstrip("-")) > 3:
            whole = f"{int(whole):,}".replace(",", marks[1])
        return whole + (marks[0] + decimals if decimals else "") + ("%" if percent else "")
    return " ".join(str(value).split())
