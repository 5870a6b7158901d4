"""The items of a record (docs/records.md), as plain dataclasses with exact character offsets."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from functools import cache
from typing import Any


@cache
def _public(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if not f.name.startswith("_"))


@dataclass
class Item:
    start: int
    end: int
    text: str

    def as_record(self) -> dict[str, Any]:
        """The item's public fields (its values are plain numbers and strings)."""
        return {k: getattr(self, k) for k in _public(type(self))}


@dataclass
class Figure(Item):
    value: int | float = 0
    value_max: int | float | None = None
    kind: str = "count"  # count | money | percent | measure | duration
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None
    subject: str | None = None
    year: int | None = None
    indicator: str | None = None  # what the figure measures, as the document names it
    indicator_id: str | None = None  # the same, from lang/<code>/indicators.tsv
    role: str | None = None  # target | result | estimate | baseline | limit
    cell: dict[str, int] | None = None  # {table, row, column} in a table
    _tail: int = 0  # where the figure's per phrase ends (not part of the record)


@dataclass
class Date(Item):
    value: str = ""
    calendar: str = "gregorian"  # gregorian | buddhist (as written)


@dataclass
class Reference(Item):
    kind: str = "other"
    number: str | None = None
    date: str | None = None
    issuer: str | None = None


@dataclass
class Target(Item):
    figure: int = -1  # index into the record's figures
    deadline: str | None = None
    indicator: str | None = None
    direction: str = "reach"  # reach | increase | decrease | maintain


@dataclass
class Task:
    text: str
    start: int
    end: int
    assignee: str | None = None
    collaborators: list[str] = field(default_factory=list)
    action: str | None = None
    deadline: str | None = None

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Meeting:
    date: str | None = None
    time: str | None = None
    location: str | None = None
    chair: dict[str, str | None] | None = None
    attendees: list[str] = field(default_factory=list)
    subject: str | None = None
    title: str | None = None
    number: str | None = None
    end_time: str | None = None
    secretary: dict[str, str | None] | None = None
    absentees: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    conclusions: list[dict[str, int | str]] = field(default_factory=list)  # {start, end, text}

    def as_record(self) -> dict[str, Any]:
        return asdict(self)
