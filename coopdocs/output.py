"""Writing results: JSON, JSONL, CSV; atomic files that never replace an input."""
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
