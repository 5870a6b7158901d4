"""The folder ``coopdocs serve`` owns: every uploaded document, its record, its corrections,
and the reviewer's own templates. Nothing from the browser names a path here: files are
named by ids this module makes; the name a document was uploaded with is kept as data.

::

    FOLDER/documents/<id>/document<.suffix>   the uploaded bytes, as uploaded
    FOLDER/documents/<id>/meta.json            {"name", "size", "added", "status", "error"}
    FOLDER/documents/<id>/record.json          the record extract made (never changed after)
    FOLDER/documents/<id>/corrections.json     the reviewer's corrections (coopdocs.serve.corrections)
    FOLDER/templates/<id>.docx                 a template uploaded by the reviewer (+ <id>.json)
    FOLDER/header.json                         header fields typed on the page (agency, signer ...)
"""
from __future__ import annotations

import json
import re
import secrets
import threading
import time
from pathlib import Path
from typing import Any

from ..errors import CoopdocsError
from . import corrections as corr

ID = re.compile(r"[0-9a-f]{16}")
MAX_NAME = 255


class RefusedName(CoopdocsError):
    """A file name the app refuses (a path, a control character ...)."""


def clean_name(name: str) -> str:
    """The name a file was uploaded with, if it is only a name: no folder part, no parent
    (``..``), no control character, not hidden, at most :data:`MAX_NAME` characters."""
    if not name or len(name) > MAX_NAME:
        raise RefusedName("a file name of 1 to 255 characters is needed", name[:80] or "(none)")
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        raise RefusedName("refused: a file name only, without folders or a leading dot", name)
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise RefusedName("refused: the name holds a control character", repr(name))
    return name


def new_id() -> str:
    return secrets.token_hex(8)


class Store:
    """The app's folder. Writes go through a temporary file and a rename (whole or nothing)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.docs = self.folder / "documents"
        self.templates = self.folder / "templates"
        self.docs.mkdir(parents=True, exist_ok=True)
        self.templates.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()

    # ------------------------------------------------------------ documents
    def add(self, name: str, suffix: str, data: bytes) -> str:
        doc_id = new_id()
        where = self.docs / doc_id
        where.mkdir()
        (where / f"document{suffix}").write_bytes(data)
        self.write_json(doc_id, "meta.json", {"name": name, "size": len(data),
                                              "added": time.time(), "status": "queued",
                                              "error": None})
        return doc_id

    def ids(self) -> list[str]:
        """The documents, oldest first."""
        found = [p.name for p in self.docs.iterdir() if ID.fullmatch(p.name)
                 and (p / "meta.json").is_file()]
        return sorted(found, key=lambda i: (self.meta(i).get("added", 0), i))

    def path(self, doc_id: str) -> Path:
        """The uploaded file of a document id (a KeyError for anything not an id of ours)."""
        if not ID.fullmatch(doc_id or "") or not (self.docs / doc_id).is_dir():
            raise KeyError(doc_id)
        return next((self.docs / doc_id).glob("document*"))

    def meta(self, doc_id: str) -> dict:
        return self.read_json(doc_id, "meta.json") or {}

    def set_meta(self, doc_id: str, **changes: Any) -> None:
        with self.lock:
            self.write_json(doc_id, "meta.json", {**self.meta(doc_id), **changes})

    def record(self, doc_id: str) -> dict | None:
        return self.read_json(doc_id, "record.json")

    def corrections(self, doc_id: str) -> dict:
        return self.read_json(doc_id, "corrections.json") or corr.empty()

    def save_corrections(self, doc_id: str, corrections: dict) -> None:
        self.write_json(doc_id, "corrections.json", corrections)

    def corrected(self, doc_id: str) -> dict:
        return corr.apply(self.record(doc_id), self.corrections(doc_id))

    def remove(self, doc_id: str) -> None:
        where = self.path(doc_id).parent
        for p in where.iterdir():
            p.unlink()
        where.rmdir()

    def read_json(self, doc_id: str, name: str) -> Any:
        p = self.path(doc_id).parent / name
        if not p.is_file():
            return None
        return json.loads(p.read_text(encoding="utf-8"))

    def write_json(self, doc_id: str, name: str, data: Any) -> None:
        target = self.docs / doc_id / name
        _write(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    # ------------------------------------------------------------ header fields
    def header(self) -> dict[str, str]:
        """The header fields the reviewer typed for the documents (agency, signer ...)."""
        p = self.folder / "header.json"
        return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}

    def save_header(self, fields: dict[str, str]) -> None:
        _write(self.folder / "header.json",
               json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8"))

    # ------------------------------------------------------------ templates
    def add_template(self, name: str, data: bytes) -> str:
        tpl_id = new_id()
        (self.templates / f"{tpl_id}.docx").write_bytes(data)
        _write(self.templates / f"{tpl_id}.json",
               json.dumps({"name": name, "added": time.time()}, ensure_ascii=False).encode())
        return tpl_id

    def template_path(self, tpl_id: str) -> Path:
        p = self.templates / f"{tpl_id}.docx"
        if not ID.fullmatch(tpl_id or "") or not p.is_file():
            raise KeyError(tpl_id)
        return p

    def user_templates(self) -> list[dict]:
        out = []
        for p in sorted(self.templates.glob("*.json")):
            if ID.fullmatch(p.stem) and (self.templates / f"{p.stem}.docx").is_file():
                out.append({"id": p.stem, **json.loads(p.read_text(encoding="utf-8"))})
        return sorted(out, key=lambda t: t.get("added", 0))

    def user_templates_by_id(self) -> dict[str, str]:
        return {t["id"]: t["name"] for t in self.user_templates()}


def _write(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
