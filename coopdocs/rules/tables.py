"""Figures in indicator tables: a row's unit column (or a unit line above the table) gives
its numbers their unit and scale (`tỷ đồng`, `ร้อยละ`), a column header gives their year and
role (`Hiện trạng 2023` baseline, `Thực hiện 2024` result, `Ước thực hiện` estimate), a
planned-value column (`Kế hoạch 2025`, `เป้าหมายปี 2567`) makes them targets with that year as
deadline, and the row's label is what they measure. Row numbers (`STT`) are no figures.

Tables are the cells of a .docx (:mod:`coopdocs.readers`) or rows laid out in plain text:
lines cut into the same number of cells by tabs, by ``|`` or by runs of spaces
(:func:`text_cells`)."""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from decimal import Decimal

from ..lang import profile, rows
from ..model import Date, Figure, Target
from ..normalize.numerals import plain
from ..readers import Cell
from .sentences import any_of, per_language

ROLES = ("unit", "target", "result", "baseline", "estimate", "row_number")


@per_language
def _headers(lang: str) -> dict[str, re.Pattern]:
    """table_headers.tsv: role (:data:`ROLES`) -> the headers of its columns."""
    by_role: dict[str, list[str]] = defaultdict(list)
    for word, role in rows(lang, "table_headers", optional=True):
        by_role[role].append(word)
    return {role: re.compile(rf"^\s*(?:{any_of(by_role[role])})(?!\w)", re.IGNORECASE)
            for role in ROLES}


def cells_of(text: str, lang: str, cells) -> list[Cell]:
    """The table cells of a document: those its reader gave (.docx), else the rows laid out
    in its text."""
    return list(cells) if cells else text_cells(text)


_SEPARATORS = (("tab", re.compile(r"[ ]*\t[\t ]*"), 2),
               ("pipe", re.compile(r"[ \t]*\|[ \t]*"), 2),
               ("spaces", re.compile(r" {2,}|[ ]*\t[\t ]*"), 3))
_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")  # |---|---| under a header
_NUMBER = re.compile(r"^[\d.,\s%-]+$")


@functools.lru_cache(maxsize=8)
def text_cells(text: str) -> list[Cell]:
    """Cells of the tables laid out in plain text: two or more lines in a row cut into the
    same number of cells by tabs or ``|`` (two cells or more), or by runs of two spaces or
    more (three cells or more, three lines or more), whose first line (the header) holds no
    number but a year, no `label:` and no list number, and whose other lines hold a number.

    >>> t = "Bảng\nChỉ tiêu\tĐơn vị\tKế hoạch 2026\nSố HTX\tHTX\t30\n"
    >>> [(c.row, c.col, t[c.start:c.end]) for c in text_cells(t)][-3:]
    [(1, 0, 'Số HTX'), (1, 1, 'HTX'), (1, 2, '30')]
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Cell] = []
    n = 0
    while n < len(lines):
        line = lines[n][1]
        if "\t" not in line and "|" not in line and "  " not in line:
            n += 1  # no separator of any kind: no table starts here
            continue
        block = _block(lines, n)
        if block is None:
            n += 1
            continue
        rows_, least = block
        if len(rows_) >= least and _looks_like_table(text, rows_):
            table = len({c.table for c in out})
            out.extend(Cell(table, r, c, a, b) for r, spans in enumerate(rows_)
                       for c, (a, b) in enumerate(spans))
        n += max(1, len(rows_))
    return out


def _block(lines, n: int):
    """The rows of a table starting at line ``n`` (cell spans), with the least number of
    rows its separator needs; None when line ``n`` is cut by no separator."""
    for name, rx, least_cells in _SEPARATORS:
        first = _split(lines[n], rx, name == "pipe")
        if len(first) < least_cells:
            continue
        found = [first]
        for line in lines[n + 1:]:
            if _RULE.match(line[1]) and len(found) == 1:
                continue
            spans = _split(line, rx, name == "pipe")
            if len(spans) != len(first):
                break
            found.append(spans)
        return found, (3 if least_cells == 3 else 2)
    return None


def _split(line: tuple[int, str], rx: re.Pattern, pipes: bool = False) -> list[tuple[int, int]]:
    pos, s = line
    inner = s.strip()
    if not inner:
        return []
    if pipes:
        inner = inner.strip("|").strip()
    if not inner:
        return []
    lead = s.index(inner)
    spans, k = [], 0
    for m in rx.finditer(inner):
        spans.append((k, m.start()))
        k = m.end()
    spans.append((k, len(inner)))
    return [(pos + lead + a, pos + lead + b) for a, b in spans if b > a]


_VALUE = re.compile(r"^\D{0,12}\d[\d.,\s%-]*$")  # a number, perhaps after a word (Trên 400)
_LISTED = re.compile(r"^\s*\d{1,3}[.)]\s*\D")  # `1. นาย…`: a numbered list, no header


def _looks_like_table(text: str, rows_) -> bool:
    """A header of names (no number but a year, no `label:`, no list number) over rows of
    which one cell at least is a number."""
    header = [text[a:b].strip() for a, b in rows_[0]]
    if any(_NUMBER.match(h) and not re.fullmatch(r"\d{4}", h) for h in header) \
            or any(h.endswith(":") for h in header) or _LISTED.match(header[0]):
        return False
    return any(_VALUE.match(text[a:b].strip()) for r in rows_[1:] for a, b in r)


def header_role(text: str, lang: str, header) -> str | None:
    """The role (:data:`ROLES`) a column header names, the longest header word winning."""
    if header is None:
        return None
    best = None
    for role, rx in _headers(lang).items():
        m = rx.match(text[header.start:header.end])
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), role)
    return best[1] if best else None


def table_indicators(text: str, lang: str, cells, figures: list[Figure]) -> dict:
    """figure index -> (its cell as ``{table, row, column}``, its row's label or None) for
    the figures inside table cells (the label only below the header row)."""
    out = {}
    for grid in _grid(cells).values():
        for i, fig in enumerate(figures):
            cell = _cell_of(grid, fig)
            if cell is None:
                continue
            label = _row_label(text, lang, grid, cell) if cell.row > 0 else None
            out[i] = ({"table": cell.table, "row": cell.row, "column": cell.col}, label)
    return out


def _row_label(text: str, lang: str, grid, cell) -> str | None:
    """The row's first cell that has letters and is no row number, left of the figure's."""
    heads = _headers(lang)
    for col in range(cell.col):
        c = grid.get((cell.row, col))
        header = grid.get((0, col))
        if c is None or (header is not None and heads["row_number"].match(
                text[header.start:header.end])):
            continue
        value = text[c.start:c.end].strip()
        if any(ch.isalpha() for ch in value):
            return " ".join(value.split())
    return None


def column_roles(text: str, lang: str, cells, figures: list[Figure]) -> dict[int, str]:
    """figure index -> the role its column header names (result, baseline, estimate,
    target), for the figures in the body of a table."""
    out = {}
    for grid in _grid(cells).values():
        for i, fig in enumerate(figures):
            cell = _cell_of(grid, fig)
            if cell is None or cell.row == 0:
                continue
            role = header_role(text, lang, grid.get((0, cell.col)))
            if role in ("target", "result", "baseline", "estimate"):
                out[i] = role
    return out


def split_at_cells(text: str, lang: str, cells, figures: list[Figure], avoid,
                   token_start, token_end) -> list[Figure]:
    """The figures, none running across cells: one that touches several cells (`48   -   70`
    read as a range, `ร้อยละ` of the unit column before the number) is read again inside each
    cell it touches. ``avoid``: (start, end) ranges of dates and references."""
    from .common import Mask
    from .figures import find_figures

    spans = sorted((c.start, c.end) for c in cells)
    out: list[Figure] = []
    again = {(c.start, c.end) for c in cells if c.row > 0  # a number alone in its cell
             and any(ch.isdigit() for ch in text[c.start:c.end])
             and not any(c.start <= f.start < c.end for f in figures)}
    for f in figures:
        touched = [(a, b) for a, b in spans if a < f.end and f.start < b]
        if not touched or (len(touched) == 1 and touched[0][0] <= f.start
                           and f.end <= touched[0][1]):
            out.append(f)
        else:
            again.update(touched)
    for a, b in sorted(again):
        mask = Mask((max(x, a) - a, min(y, b) - a) for x, y in avoid if x < b and a < y)
        for g in find_figures(text[a:b], lang, mask, lambda k, a=a: token_start(k + a),
                              lambda k, a=a: token_end(k + a), Mask([(0, b - a)])):
            g.start, g.end, g._tail = g.start + a, g.end + a, (g._tail + a if g._tail else 0)
            g.text = text[g.start:g.end]
            out.append(g)
    seen, kept = set(), []
    for f in sorted(out, key=lambda f: (f.start, f.end)):
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            kept.append(f)
    return kept


def not_figures(text: str, lang: str, cells, figures: list[Figure]) -> list[Figure]:
    """The figures without the row numbers of tables (a column headed `STT`, `ลำดับ`, or
    whose cells count 1, 2, 3 ...)."""
    drop = set()
    for grid in _grid(cells).values():
        for col in {c for (_, c) in grid}:
            body = [grid[r, c] for (r, c) in sorted(grid) if c == col and r > 0]
            values = [text[x.start:x.end].strip().rstrip(".") for x in body]
            header = grid.get((0, col))
            numbered = header_role(text, lang, header) == "row_number" or (
                len(values) > 1 and values == [str(k) for k in range(1, len(values) + 1)])
            if numbered:
                drop.update((x.start, x.end) for x in body)
    return [f for f in figures
            if not any(a <= f.start and f.end <= b for a, b in drop)]


def grids(cells) -> list[dict]:
    """The tables of ``cells``, each a mapping (row, column) -> cell, in document order."""
    return sorted(_grid(cells).values(), key=lambda g: min(c.start for c in g.values()))


def _grid(cells):
    tables = defaultdict(dict)
    for c in cells:
        tables[c.table][(c.row, c.col)] = c
    return tables


def apply_units(text: str, lang: str, cells, figures: list[Figure], dates: list[Date]) -> None:
    """Give bare figures in table cells the unit, kind, scale and per of their row's unit
    cell, and the year of their column header."""
    from .figures import find_figures

    heads = _headers(lang)
    for grid in _grid(cells).values():
        unit_cols = _columns(grid, text, heads["unit"])
        unit_line = None if unit_cols else _unit_line(text, grid, heads["unit"])
        for fig in figures:
            cell = _cell_of(grid, fig)
            if cell is None or cell.row == 0 or cell.col in unit_cols:
                continue
            unit_cell = next((grid[cell.row, c] for c in unit_cols if grid.get((cell.row, c))),
                             None)
            unit = text[unit_cell.start:unit_cell.end].strip() if unit_cell else unit_line
            if unit and fig.kind == "count" and fig.unit is None:
                _reinterpret(fig, unit, lang, find_figures)
            header = grid.get((0, cell.col))
            year = _year_in(header, dates)
            if year is not None:
                fig.year = year


def targets(text: str, lang: str, cells, figures: list[Figure], dates: list[Date]) -> list[Target]:
    """Targets from planned-value columns: deadline from the column header, indicator the
    figure's (its row's label)."""
    heads = _headers(lang)
    out = []
    for grid in _grid(cells).values():
        target_cols = _columns(grid, text, heads["target"])
        if not target_cols:
            continue
        for i, fig in enumerate(figures):
            cell = _cell_of(grid, fig)
            if cell is None or cell.row == 0 or cell.col not in target_cols:
                continue
            deadline = _deadline(grid.get((0, cell.col)), dates)
            out.append(Target(fig.start, fig.end, fig.text, figure=i, deadline=deadline,
                              indicator=fig.indicator, direction="reach"))
    return out


def _unit_line(text: str, grid, unit: re.Pattern) -> str | None:
    """The unit a line right above the table gives all its numbers (`Đơn vị tính: tỷ đồng`,
    `หน่วย: ล้านบาท`)."""
    first = min(c.start for c in grid.values())
    lo = first
    for _ in range(2):
        if lo <= 0:
            break
        lo = text.rfind("\n", 0, lo - 1) + 1
        line = text[lo:text.find("\n", lo) if "\n" in text[lo:first] else first].strip(" ()")
        m = unit.match(line)
        if m:
            rest = line[m.end():].strip(" :")
            return rest or None
    return None


def _columns(grid, text: str, header: re.Pattern) -> set[int]:
    """The columns whose header (first row) the pattern matches."""
    return {c for (r, c), cell in grid.items()
            if r == 0 and header.match(text[cell.start:cell.end])}


def _cell_of(grid, fig: Figure):
    for cell in grid.values():
        if cell.start <= fig.start and fig.end <= cell.end:
            return cell
    return None


def _year_in(header, dates: list[Date]) -> int | None:
    if header is None:
        return None
    for d in dates:
        if header.start <= d.start < header.end and d.value[:4].isdigit():
            return int(d.value[:4])
    return None


def _deadline(header, dates: list[Date]) -> str | None:
    if header is None:
        return None
    for d in dates:
        if header.start <= d.start < header.end and d.value[:1].isdigit():
            return d.value.split("/")[-1]
    return None


def _reinterpret(fig: Figure, unit_text: str, lang: str, find_figures) -> None:
    """Read the unit cell as if it followed the number: `1 tỷ đồng/năm`, `ร้อยละ 1 ต่อปี`."""
    before = next((w for w in sorted(profile(lang).figures.percent_before, key=len, reverse=True)
                   if unit_text.startswith(w)), None)
    if before:  # a percent written before its number: `ร้อยละ` reads `ร้อยละ 1`
        probe = f"{before} 1 {unit_text[len(before):].strip()}".strip()
        at = len(before) + 1
    else:
        probe, at = f"1 {unit_text}", 0
    found = [f for f in find_figures(probe, lang) if f.start <= at < f.end]
    if not found:
        return
    unit = found[0]
    factor = Decimal(str(unit.value))
    fig.value = plain(Decimal(str(fig.value)) * factor)
    if fig.value_max is not None:
        fig.value_max = plain(Decimal(str(fig.value_max)) * factor)
    fig.kind, fig.unit = unit.kind, unit.unit
    fig.per = fig.per or unit.per
