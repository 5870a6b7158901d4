"""Templates users own: ``coopdocs templates copy`` (a built-in to edit in Word) and
``coopdocs templates fields`` (every variable a template reads, with its type and an
example from a sample context: one item in every list)."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError, UsageError
from .filters import Blank

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def copy_builtin(name: str, dest: str | Path) -> Path:
    """Write the built-in ``name`` to ``dest`` (a new .docx: an existing file is never
    replaced)."""
    from ..output import write_atomic
    from .builtin import BY_NAME, builtin_bytes

    target = Path(dest)
    if name not in BY_NAME:
        raise InputError(f"not a built-in template ({', '.join(BY_NAME)})", name)
    if target.suffix.lower() != ".docx":
        raise UsageError(f"{dest}: a template is a Word file; give it the .docx extension")
    if target.exists() or target.is_symlink():
        raise UsageError(f"{dest} exists; coopdocs does not replace it (choose another name)")
    write_atomic(target, builtin_bytes(BY_NAME[name]))
    return target


def describe_fields(template: str | Path) -> list[dict]:
    """``[{field, type, example}]`` of every variable ``template`` reads (list items as
    ``tasks[].assignee``), in alphabetical order."""
    from . import check
    from . import context as contexts
    from .engine import document_lang, load_template, shapes
    from .env import make_env

    tpl, _, found = load_template(template)
    lang = document_lang(found.lang if found else None)
    sample = contexts.sample(lang)
    report = check.check(tpl.docx, shapes(sample, lang), make_env(lang))
    paths = sorted(report.used)
    leaves = [p for p in paths if not any(q.startswith((p + ".", p + "[]")) for q in paths)]
    return [_row(p, sample) for p in leaves]


def _row(path: str, sample: dict) -> dict:
    value = _value(sample, path)
    return {"field": path, "type": _type(value), "example": _example(value)}


def _value(values, path: str):
    cur = values
    for part in re.findall(r"[^.\[\]]+|\[\]", path):
        if part == "[]":
            cur = cur[0] if isinstance(cur, list) and cur else None
        elif isinstance(cur, dict):
            cur = cur.get(part)
        else:
            return None
    return cur


def _type(value) -> str:
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "group"
    if isinstance(value, str) and ISO_DAY.match(value):
        return "date"
    if isinstance(value, str) and CLOCK.match(value):
        return "time"
    return "text"


def _example(value) -> str:
    if isinstance(value, Blank) or value is None or value == "":
        return ""
    if isinstance(value, list):
        return f"[{_example(value[0])}, …]" if value else "[]"
    if isinstance(value, dict):
        return "{" + ", ".join(list(value)[:4]) + (", …}" if len(value) > 4 else "}")
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"
