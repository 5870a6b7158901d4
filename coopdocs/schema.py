"""The record contract (docs/records.md) as a JSON Schema (draft 2020-12), and the checks a
records file passes before anything is drawn from it.

    >>> problems({"schema": "coopdocs.record/1", "source": {},
    ...           "figures": [{"start": 0, "end": 8, "text": "trên 460", "value": "trên 460",
    ...                        "kind": "count"}]})
    [Problem(path='figures[0].value', message="'trên 460' is not a number")]

Every field of the contract is described with its type and its bounds: numbers are finite and
below 10^18 in size, strings are valid Unicode (no lone surrogate) of bounded length, lists
have a bounded number of items. A field that may be null may also be left out; the fields an
item cannot do without are required (the span of every item from the text, a figure's value
and kind, a date's value, a target's figure, a reference's kind). Fields the contract does
not name are allowed (a newer coopdocs may add some) and bounded the same way.

The record's categories are those of the registry (:mod:`coopdocs.categories`: their names,
order, whether the record holds a list of items or one object, and the fields that point into
another category, a target's ``figure``), each with the function that builds the schema of
one of its items (:data:`ITEMS`). The schema and the checks are built from that list.

:func:`loads` reads JSON text with the same limits: nesting deeper than :data:`MAX_DEPTH`
levels, ``NaN``/``Infinity`` and numbers of thousands of digits are errors, not exceptions.
"""
from __future__ import annotations

import json
import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

RECORD = "coopdocs.record/1"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

MAX_MAGNITUDE = 10**18        # every number: |x| < 10^18
MAX_STRING = 100_000          # characters of any string
MAX_SHORT = 64                # characters of a code, an ISO date, a time
MAX_ITEMS = 100_000           # items of any list, records of a file
MAX_DEPTH = 64                # nesting of JSON arrays and objects
MAX_PROBLEMS = 1000           # problems listed before the rest are counted only
# Any code point but a surrogate: a lone surrogate cannot be written as UTF-8 or into XML.
UNICODE = "^[^\\ud800-\\udfff]*$"

SOURCE_KINDS = ("minutes", "report", "plan", "resolution", "news")
FIGURE_KINDS = ("count", "money", "percent", "measure", "duration")
QUALIFIERS = ("approx", "over", "under", "nearly", "at_least", "at_most")
ROLES = ("target", "result", "estimate", "baseline", "limit")
CALENDARS = ("gregorian", "buddhist")
DIRECTIONS = ("reach", "increase", "decrease", "maintain")
REFERENCE_KINDS = ("resolution", "plan", "decision", "law", "decree", "directive", "conclusion",
                   "official_letter", "circular", "programme", "notice", "other")


# ---------------------------------------------------------------- building blocks

def text(max_length: int = MAX_STRING, null: bool = False) -> dict:
    """A string of valid Unicode, at most ``max_length`` characters."""
    return {"type": ["string", "null"] if null else "string", "maxLength": max_length,
            "pattern": UNICODE}


def number(null: bool = False) -> dict:
    return {"type": ["number", "null"] if null else "number",
            "exclusiveMinimum": -MAX_MAGNITUDE, "exclusiveMaximum": MAX_MAGNITUDE}


def integer(minimum: int = -MAX_MAGNITUDE + 1, maximum: int = MAX_MAGNITUDE - 1,
            null: bool = False) -> dict:
    return {"type": ["integer", "null"] if null else "integer", "minimum": minimum,
            "maximum": maximum}


def one_of(values: tuple[str, ...], null: bool = False) -> dict:
    return {"enum": [*values, None] if null else list(values)}


def texts() -> dict:
    return {"type": "array", "maxItems": MAX_ITEMS, "items": text()}


def obj(properties: dict, required: tuple[str, ...] = (), null: bool = False,
        description: str | None = None) -> dict:
    """An object with these fields; others are allowed and bounded (:func:`value`)."""
    out: dict[str, Any] = {"type": ["object", "null"] if null else "object"}
    if description:
        out["description"] = description
    out.update(properties=properties, additionalProperties={"$ref": "#/$defs/value"})
    if required:
        out["required"] = list(required)
    return out


def span() -> dict:
    """``start``, ``end`` (character offsets, end exclusive) and ``text`` of an item."""
    return {"start": integer(0), "end": integer(0), "text": text()}


SPAN = ("start", "end", "text")


def value() -> dict:
    """Any JSON value, bounded like the rest (a field the contract does not name)."""
    return {"type": ["object", "array", "string", "number", "boolean", "null"],
            "maxLength": MAX_STRING, "pattern": UNICODE,
            "exclusiveMinimum": -MAX_MAGNITUDE, "exclusiveMaximum": MAX_MAGNITUDE,
            "maxItems": MAX_ITEMS, "items": {"$ref": "#/$defs/value"},
            "additionalProperties": {"$ref": "#/$defs/value"}}


def person() -> dict:
    return obj({"name": text(null=True), "title": text(null=True)}, null=True)


# ---------------------------------------------------------------- one item of each category

def figure() -> dict:
    cell = obj({k: integer(0) for k in ("table", "row", "column")}, null=True,
               description="the table cell of a figure in a table")
    return obj({
        **span(), "value": number(), "value_max": number(null=True),
        "kind": one_of(FIGURE_KINDS), "unit": text(null=True),
        "qualifier": one_of(QUALIFIERS, null=True), "per": text(null=True),
        "subject": text(null=True), "year": integer(1, 9999, null=True),
        "indicator": text(null=True), "indicator_id": text(null=True),
        "role": one_of(ROLES, null=True), "cell": cell,
    }, (*SPAN, "value", "kind"), description="a figure: a number with its unit, as written")


def date() -> dict:
    return obj({**span(), "value": text(MAX_SHORT), "calendar": one_of(CALENDARS)},
               (*SPAN, "value"), description="a date, ISO 8601 (2022-11-14, 2023-10, 2021/2030)")


def target() -> dict:
    return obj({
        **span(), "figure": integer(0), "deadline": text(MAX_SHORT, null=True),
        "indicator": text(null=True), "direction": one_of(DIRECTIONS, null=True),
    }, (*SPAN, "figure"), description="a figure stated as a goal; figure: index into figures")


def reference() -> dict:
    return obj({
        **span(), "kind": one_of(REFERENCE_KINDS), "number": text(null=True),
        "date": text(MAX_SHORT, null=True), "issuer": text(null=True),
    }, (*SPAN, "kind"), description="a cited legal or policy document")


def meeting() -> dict:
    conclusion = obj(span(), SPAN)
    return obj({
        "date": text(MAX_SHORT, null=True), "time": text(MAX_SHORT, null=True),
        "location": text(null=True), "chair": person(), "attendees": texts(),
        "subject": text(null=True), "title": text(null=True), "number": text(null=True),
        "end_time": text(MAX_SHORT, null=True), "secretary": person(), "absentees": texts(),
        "agenda": texts(),
        "conclusions": {"type": "array", "maxItems": MAX_ITEMS, "items": conclusion},
    }, null=True, description="the meeting a document is about, or null")


def task() -> dict:
    return obj({
        **span(), "assignee": text(null=True), "collaborators": texts(),
        "action": text(null=True), "deadline": text(MAX_SHORT, null=True),
    }, SPAN, description="an assignment: who must do what, by when")


@dataclass(frozen=True)
class Category:
    """One category of the record: ``item`` builds the schema of one item; ``many``: the
    record holds a list of them (else one object or null); ``links``: (field, category) pairs,
    a field holding the index of an item of that category."""

    name: str
    item: Callable[[], dict]
    many: bool = True
    links: tuple[tuple[str, str], ...] = ()


# The schema of one item of each category; a category is named, ordered, and said to be a
# list or one object in the registry (coopdocs.categories), which these entries follow.
ITEMS: dict[str, Callable[[], dict]] = {
    "figures": figure, "dates": date, "targets": target, "references": reference,
    "meeting": meeting, "tasks": task,
}


def _any_item(many: bool) -> Callable[[], dict]:
    """A category with no item schema of its own yet: its items have a span, or it is one
    object; their fields are bounded like any other."""
    return (lambda: obj(span(), SPAN)) if many else (lambda: obj({}, null=True))


def from_registry() -> tuple[Category, ...]:
    """The record's categories as the registry lists them, each with its item schema."""
    from . import categories as registry

    return tuple(Category(c.name, ITEMS.get(c.name) or _any_item(c.many), c.many, c.links)
                 for c in registry.CATEGORIES)


CATEGORIES: tuple[Category, ...] = from_registry()


# ---------------------------------------------------------------- the schema

def source() -> dict:
    return obj({
        "path": text(null=True), "sha256": text(MAX_SHORT, null=True),
        "lang": {"type": ["string", "null"], "pattern": "^[a-z]{2,3}$"},
        "kind": {"type": ["string", "null"], "pattern": "^[a-z_]{1,32}$",
                 "description": f"the document's kind: {', '.join(SOURCE_KINDS)}, or another "
                                "a language's data names"},
        "title": text(null=True),
        "encoding": {"type": ["string", "null"], "pattern": "^[a-z0-9_-]{1,32}(\\+[a-z0-9_-]{1,32})*$",
                     "maxLength": 200,
                     "description": "the 8-bit code the file was typed in and converted from "
                                    "(tcvn3, vni, windows-1258, cp874; codes of several fonts "
                                    "of a .docx joined by +); null: Unicode"},
        "ocr": ocr(),
        "pages_without_text": {"type": ["array", "null"], "maxItems": MAX_ITEMS,
                               "items": integer(1),
                               "description": "PDF pages (1-based) that gave no text: blank, "
                                              "or scans to read with --ocr"},
    }, description="the document the record was extracted from")


def ocr() -> dict:
    """``source.ocr``: present when some of the text was recognised in images (``--ocr``)."""
    word = obj({**span(), "confidence": {"type": "number", "minimum": 0, "maximum": 100}},
               SPAN, description="a word recognised with low confidence")
    return obj({
        "engine": text(MAX_SHORT * 4), "languages": text(MAX_SHORT),
        "pages": {"type": "array", "maxItems": MAX_ITEMS, "items": integer(1)},
        "min_confidence": number(),
        "low_confidence": {"type": "array", "maxItems": MAX_ITEMS, "items": word},
    }, null=True, description="how the text was recognised by OCR: the program, its "
                              "languages, the pages recognised (1-based) and the words read "
                              "with a confidence (0-100) below min_confidence")


def record_schema(categories: tuple[Category, ...] = CATEGORIES) -> dict:
    """The schema of one record (its categories' item schemas under ``$defs``)."""
    props: dict[str, Any] = {
        "schema": {"type": "string", "pattern": "^coopdocs\\.record/[0-9]+$",
                   "description": f"the record format: {RECORD}"},
        "source": {"$ref": "#/$defs/source"},
    }
    for c in categories:
        ref = {"$ref": f"#/$defs/{c.name}"}
        props[c.name] = {"type": "array", "maxItems": MAX_ITEMS, "items": ref} if c.many else ref
    return obj(props, ("schema", "source"), description="one document's record")


@cache
def _schema(categories: tuple[Category, ...]) -> dict:
    defs = {"record": record_schema(categories), "source": source(), "value": value()}
    defs.update({c.name: c.item() for c in categories})
    return {
        "$schema": DRAFT,
        "title": "coopdocs records",
        "description": "What `coopdocs extract` writes: one record, or a list of records "
                       "(a JSON array, or JSON lines: one record per line).",
        "anyOf": [{"$ref": "#/$defs/record"},
                  {"type": "array", "minItems": 1, "maxItems": MAX_ITEMS,
                   "items": {"$ref": "#/$defs/record"}}],
        "$defs": defs,
    }


def schema(categories: tuple[Category, ...] = CATEGORIES) -> dict:
    """The JSON Schema of a records file (``coopdocs schema`` prints it)."""
    return json.loads(json.dumps(_schema(categories)))   # a copy the caller may change


# ---------------------------------------------------------------- checking records

@dataclass(frozen=True)
class Problem:
    """One way a record breaks the contract: where (a JSON path like ``figures[3].unit``,
    after ``record N:`` in a file of several) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


NOT_RECORDS = ("not coopdocs records (expected what `coopdocs extract` writes: "
               "a JSON object or an array of them)")
NOT_A_RECORD = f'not a coopdocs record (no "schema": "{RECORD}")'


def problems(data: Any, categories: tuple[Category, ...] = CATEGORIES) -> list[Problem]:
    """Every way ``data`` (one record, or a list of records) breaks the contract, in the
    order of the data; an empty list when it keeps it."""
    found = _shape(data)
    if found:
        return found
    records = [data] if isinstance(data, dict) else data
    if not isinstance(records, list) or not records:
        return [Problem("", NOT_RECORDS)]
    if len(records) > MAX_ITEMS:
        return [Problem("", f"more than {MAX_ITEMS} records in one file")]
    out: list[Problem] = []
    validator = _validator(categories)
    for n, r in enumerate(records, 1):
        where = f"record {n}" if isinstance(data, list) else ""
        schema_ = r.get("schema") if isinstance(r, dict) else None
        if not isinstance(schema_, str) or not schema_.startswith("coopdocs.record/"):
            out.append(Problem(where, NOT_A_RECORD))
            continue
        out.extend(_explain(validator.iter_errors(r), where))
        out.extend(_links(r, where, categories))
    if len(out) > MAX_PROBLEMS:
        out[MAX_PROBLEMS:] = [Problem("", f"and {len(out) - MAX_PROBLEMS} more problems")]
    return out


def value_problems(data: Any) -> list[Problem]:
    """Every way ``data`` (header fields given beside the records: ``--context``, ``--set``)
    is not a JSON value within the bounds of a record."""
    return _shape(data) or _explain(_validator(CATEGORIES, "value").iter_errors(data), "")


@cache
def _validator(categories: tuple[Category, ...], definition: str = "record"):
    """The validator of one definition, its references written out in place (twice as
    fast as following them), but for the recursive ``value``."""
    from jsonschema import Draft202012Validator

    defs = _schema(categories)["$defs"]
    return Draft202012Validator({"$defs": {"value": defs["value"]},
                                 **_inline(defs[definition], defs)})


def _inline(node: Any, defs: dict) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/") and ref != "#/$defs/value":
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def _links(record: dict, where: str, categories: tuple[Category, ...]) -> list[Problem]:
    """Fields that hold the index of an item of another category point at one."""
    out = []
    for c in categories:
        items = record.get(c.name)
        if not c.links or not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            for name, other in c.links:
                n = len(record.get(other) or []) if isinstance(record.get(other), list) else 0
                v = item.get(name) if isinstance(item, dict) else None
                if isinstance(v, int) and not isinstance(v, bool) and not 0 <= v < n:
                    out.append(Problem(_join(where, f"{c.name}[{i}].{name}"),
                                       f"points at {name} {v}, which does not exist "
                                       f"(the record has {n} {other})"))
    return out


# ---------------------------------------------------------------- messages

TYPES = {"number": "a number", "integer": "a whole number", "string": "a string",
         "array": "a list", "object": "an object", "boolean": "true or false", "null": "null"}
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _explain(errors, where: str) -> list[Problem]:
    out, seen = [], set()
    for e in errors:
        path = _join(where, _path(e.absolute_path))
        if e.validator == "required":
            if (path, "required") in seen:
                continue
            seen.add((path, "required"))
            missing = [k for k in e.validator_value if k not in e.instance]
            names = ", ".join(repr(k) for k in missing)
            out.append(Problem(path, f"missing field{'s' if len(missing) > 1 else ''} {names}"))
            continue
        out.append(Problem(path, _message(e)))
    return out


def _message(e) -> str:
    v, kind = e.instance, e.validator
    if kind == "type":
        wanted = e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]
        return f"{short(v)} is not {' or '.join(TYPES.get(t, t) for t in wanted)}"
    if kind == "pattern" and e.validator_value == UNICODE:
        return "not valid Unicode (lone surrogate)"
    if kind == "pattern":
        return f"{short(v)} does not match {e.validator_value}"
    if kind == "maxLength":
        return f"longer than {e.validator_value} characters ({len(v)})"
    if kind == "maxItems":
        return f"more than {e.validator_value} items ({len(v)})"
    if kind == "minItems":
        return "empty"
    if kind == "enum":
        names = [str(x) for x in e.validator_value if x is not None]
        return f"{short(v)} is not one of {', '.join(names)}" + (
            " or null" if None in e.validator_value else "")
    if kind in BOUNDS:
        return f"{short(v)} is out of range ({_range(e.schema)})"
    return e.message


def _range(s: dict) -> str:
    if s.get("exclusiveMaximum") == MAX_MAGNITUDE:
        return "a number must be less than 10^18 in size"
    lo, hi = s.get("minimum"), s.get("maximum")
    if hi == MAX_MAGNITUDE - 1:
        return f"must be {lo} or more, and less than 10^18"
    return f"must be from {lo} to {hi}"


def _path(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _join(where: str, path: str) -> str:
    return f"{where}: {path}" if where and path else where or path


def short(v: Any) -> str:
    """A value as a message shows it: short, every character visible."""
    if isinstance(v, OutOfRange):
        src = v.source
        return src if len(src) <= 24 else f"{src[:12]}… (a number of {len(src)} characters)"
    if isinstance(v, bool) or v is None:
        return json.dumps(v)
    if isinstance(v, int) and abs(v) >= 10**24:
        return f"a number of about {int(v.bit_length() * 0.30103) + 1} digits"
    if isinstance(v, str):
        return repr(v) if len(v) <= 60 else f"{v[:40]!r}… ({len(v)} characters)"
    if isinstance(v, dict):
        return "an object"
    if isinstance(v, (list, tuple)):
        return f"a list of {len(v)} item{'s' if len(v) != 1 else ''}"
    return repr(v)


# ---------------------------------------------------------------- what JSON cannot hold

def _shape(data: Any) -> list[Problem]:
    """What the schema cannot check, or would choke on: nesting deeper than
    :data:`MAX_DEPTH`, a value that holds itself, NaN, keys or values JSON has no type for."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    open_: set[int] = set()
    while stack:
        v, path, depth = stack.pop()
        if v is _CLOSE:
            open_.discard(depth)
            continue
        problem = _scalar(v)
        if problem:
            return [Problem(path, problem)]
        if not isinstance(v, (dict, list, tuple)):
            continue
        if depth >= MAX_DEPTH:
            return [Problem(path, f"nested more than {MAX_DEPTH} levels deep")]
        if id(v) in open_:
            return [Problem(path, "holds itself (a loop of references)")]
        open_.add(id(v))
        stack.append((_CLOSE, path, id(v)))
        if isinstance(v, dict):
            for k, item in v.items():
                if not isinstance(k, str):
                    return [Problem(path, f"the key {k!r} is not a string")]
                stack.append((item, f"{path}.{k}" if path else k, depth + 1))
        else:
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(v))
    return []


_CLOSE = object()


def _scalar(v: Any) -> str | None:
    if isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > 128:
        return f"{short(v)} is out of range (a number must be less than 10^18 in size)"
    if v is None or isinstance(v, (str, bool, int, dict, list, tuple)):
        return None
    if isinstance(v, float) and not isinstance(v, OutOfRange) and math.isnan(v):
        return "NaN is not a number"
    if isinstance(v, numbers.Number) and not isinstance(v, complex):
        try:
            return None if not math.isnan(v) else "NaN is not a number"
        except (TypeError, ValueError, ArithmeticError):
            return f"{type(v).__name__} {v!s:.30} is not a number"
    return f"a {type(v).__name__} is not a JSON value"


# ---------------------------------------------------------------- reading JSON

class JSONError(ValueError):
    """Text that is not JSON a record can come from; ``line`` where known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


class OutOfRange(float):
    """A JSON number far beyond any record's bounds (``1E+999999999``, 5,000 digits): held
    as an infinity that remembers how it was written, so that the schema rejects it with the
    path and the number, and nothing ever expands it."""

    source: str

    def __new__(cls, source: str):
        self = super().__new__(cls, "-inf" if source.startswith("-") else "inf")
        self.source = source
        return self


def _int(s: str) -> int | float:
    return int(s) if len(s) <= 24 else OutOfRange(s)


def _float(s: str) -> float:
    f = float(s)
    return f if math.isfinite(f) else OutOfRange(s)


def _constant(name: str):
    raise JSONError(f"{name} is not a JSON number")


def loads(text: str) -> Any:
    """JSON ``text`` -> its value, within the limits of a record (see the module text);
    :class:`JSONError` otherwise."""
    try:
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as e:
        raise JSONError(f"not JSON (line {e.lineno}: {e.msg})", e.lineno) from None
    except RecursionError:
        raise JSONError(f"not JSON a record can hold: nested more than {MAX_DEPTH} levels "
                        "deep") from None
    found = _shape(data)
    if found and "nested more than" in found[0].message:
        raise JSONError(f"not JSON a record can hold: {found[0].message}")
    return data
