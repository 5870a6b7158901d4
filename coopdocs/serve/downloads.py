"""What the page downloads, made from the corrected records: the Word document (a built-in
template or one the reviewer uploaded, rendered as ``coopdocs render`` renders: checked
records, the template checked, the sandbox, a worker process held to the limits), the
records as JSON, the targets workbook."""
from __future__ import annotations

import json
import re
import secrets
import tempfile
from pathlib import Path
from urllib.parse import quote

from starlette.responses import Response

from ..errors import CoopdocsError
from .store import Store

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OWN = "own:"   # a template the reviewer uploaded: own:<id>
HEADER_FIELDS = ("agency", "parent_agency", "number", "place", "date", "signer.title",
                 "signer.name", "recipients")
"""The header fields the page asks for: what no record holds (lists split on ';')."""
MAX_FIELD = 2000


def builtins() -> list[dict]:
    from ..render.builtin import BUILTINS

    return [{"name": b.name, "lang": b.lang, "kind": b.kind, "description": b.description}
            for b in BUILTINS]


def check_template(data: bytes, name: str) -> None:
    """A template must be a Word document whose tags parse (its variables are checked
    against the records when it renders)."""
    from ..render.engine import load_template

    with tempfile.TemporaryDirectory(prefix="coopdocs-template-") as tmp:
        path = Path(tmp) / "template.docx"
        path.write_bytes(data)
        try:
            load_template(path)
        except CoopdocsError as e:
            raise CoopdocsError(e.message, name) from None


def records(store: Store, ids: list[str]) -> list[dict]:
    """The corrected records of the documents that are read."""
    return [store.corrected(i) for i in ids if store.record(i) is not None]


def make(store: Store, ids: list[str], what: str, template: str | None) -> Response:
    recs = records(store, ids)
    if not recs:
        raise CoopdocsError("no document is read yet")
    stem = _stem(store, ids)
    if what == "records.json":
        body = json.dumps(recs[0] if len(recs) == 1 else recs, ensure_ascii=False, indent=2)
        return _file(body.encode("utf-8"), f"{stem}.json", "application/json")
    if what == "targets.xlsx":
        from ..output import as_xlsx

        return _file(as_xlsx(recs), f"{stem}.xlsx", XLSX)
    if what == "document.docx":
        data, warnings = render(store, template or "", recs)
        response = _file(data, f"{stem}-{_template_stem(store, template or '')}.docx", DOCX)
        blank, other = split_warnings(warnings)
        response.headers["x-coopdocs-warnings"] = quote(json.dumps(other, ensure_ascii=False))
        response.headers["x-coopdocs-blank"] = quote(json.dumps(blank, ensure_ascii=False))
        return response
    raise KeyError(what)


def render(store: Store, template: str, recs: list[dict]) -> tuple[bytes, list[str]]:
    """The Word document's bytes and the warnings."""
    from ..render.builtin import BY_NAME
    from ..render.engine import render as render_docx

    if template.startswith(OWN):
        source: str | Path = store.template_path(template[len(OWN):])
    elif template in BY_NAME:
        source = template
    else:
        raise KeyError(template)
    work = store.folder / "tmp"
    work.mkdir(exist_ok=True)
    out = work / f"{secrets.token_hex(8)}.docx"
    try:
        warnings = render_docx(source, recs, out, context(store.header()), isolated=True)
        return out.read_bytes(), warnings
    finally:
        out.unlink(missing_ok=True)


BLANK = re.compile(r"left blank \(.*?\) for completion by hand: (?P<names>[^(]*?)\s*(?:\(.*)?$")


def split_warnings(warnings: list[str]) -> tuple[list[str], list[str]]:
    """(the fields left blank, the other warnings): the page names blank fields in its own
    language and offers to fill them."""
    blank, other = [], []
    for w in warnings:
        found = BLANK.match(w)
        if found:
            blank += [n.strip() for n in found["names"].split(",") if n.strip()]
        else:
            other.append(w)
    return blank, other


def checked_header(fields) -> dict[str, str]:
    """The header fields sent by the page: known names, short strings."""
    if not isinstance(fields, dict):
        raise CoopdocsError("header fields are an object of name: text")
    out = {}
    for name, value in fields.items():
        if name not in HEADER_FIELDS:
            raise CoopdocsError(f"{name!r} is not a header field ({', '.join(HEADER_FIELDS)})")
        if not isinstance(value, str) or len(value) > MAX_FIELD:
            raise CoopdocsError(f"{name}: a text of at most {MAX_FIELD} characters")
        out[name] = value.strip()
    return out


def context(header: dict[str, str]) -> dict:
    """The render context of the header fields (dotted names nested, as ``--set`` does)."""
    from ..render.inputs import parse_sets

    return parse_sets([f"{k}={v}" for k, v in header.items() if k in HEADER_FIELDS and v])


def _stem(store: Store, ids: list[str]) -> str:
    if len(ids) != 1:
        return "coopdocs"
    return Path(store.meta(ids[0]).get("name") or "document").stem


def _template_stem(store: Store, template: str) -> str:
    if template.startswith(OWN):
        return Path(store.user_templates_by_id().get(template[len(OWN):], "template")).stem
    return template


def _file(data: bytes, name: str, media_type: str) -> Response:
    disposition = f"attachment; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media_type, headers={"content-disposition": disposition})
