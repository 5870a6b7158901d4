"""Figures in indicator tables: a row's unit column gives its numbers their unit and scale
(`tỷ đồng`, `ร้อยละ`), a column header gives their year, and a planned-value column
(`Kế hoạch 2025`, `เป้าหมายปี 2567`) makes them targets with that year as deadline."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from ..lang import profile, rows
from ..model import Date, Figure, Target
from ..normalize.numerals import plain
from .sentences import any_of, per_language


@per_language
def _headers(lang: str) -> dict[str, re.Pattern]:
    """table_headers.tsv: role (unit, target) -> the headers of its columns."""
    by_role: dict[str, list[str]] = defaultdict(list)
    for word, role in rows(lang, "table_headers", optional=True):
        by_role[role].append(word)
    return {role: re.compile(rf"^\s*(?:{any_of(by_role[role])})", re.IGNORECASE)
            for role in ("unit", "target")}


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
        for fig in figures:
            cell = _cell_of(grid, fig)
            if cell is None or cell.row == 0 or cell.col in unit_cols:
                continue
            unit_cell = next((grid[cell.row, c] for c in unit_cols if grid.get((cell.row, c))),
                             None)
            if unit_cell is not None and fig.kind == "count" and fig.unit is None:
                _reinterpret(fig, text[unit_cell.start:unit_cell.end].strip(), lang, find_figures)
            header = grid.get((0, cell.col))
            year = _year_in(header, dates)
            if year is not None:
                fig.year = year


def targets(text: str, lang: str, cells, figures: list[Figure], dates: list[Date]) -> list[Target]:
    """Targets from planned-value columns: deadline from the column header, indicator from
    the row's first cell."""
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
            first = grid.get((cell.row, 0))
            indicator = None
            if first is not None and first is not cell:
                indicator = text[first.start:first.end].strip()
            out.append(Target(fig.start, fig.end, fig.text, figure=i, deadline=deadline,
                              indicator=indicator or fig.subject, direction="reach"))
    return out


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
