"""Writing results: JSON, JSONL, CSV, an Excel workbook; atomic files that never replace an
input."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .categories import get
from .errors import UsageError

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
    if isinstance(v, list):
        return "; ".join(map(str, v))
    if isinstance(v, dict):
        return ", ".join(f"{k} {w}" for k, w in v.items())
    return v


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


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{path}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
