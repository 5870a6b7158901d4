"""The built-in templates: ``templates/<name>.docx`` in the repository, shipped as the
package ``coopdocs.templates`` (built by ``templates/build.py``)."""
from __future__ import annotations

import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Builtin:
    name: str
    lang: str
    kind: str
    description: str


BUILTINS = (
    Builtin("minutes-vi", "vi", "minutes", "BIÊN BẢN cuộc họp (Nghị định 30/2020/NĐ-CP, mẫu 1.9)"),
    Builtin("minutes-th", "th", "minutes", "รายงานการประชุม (ระเบียบงานสารบรรณ แบบที่ 11)"),
    Builtin("plan-vi", "vi", "plan", "KẾ HOẠCH với bảng chỉ tiêu (Nghị định 30/2020/NĐ-CP, mẫu 1.4)"),
    Builtin("plan-th", "th", "plan", "แผนปฏิบัติการ พร้อมตารางเป้าหมายและตัวชี้วัด"),
    Builtin("report-vi", "vi", "report", "BÁO CÁO số liệu theo nội dung và năm (Nghị định 30/2020/NĐ-CP, mẫu 1.4)"),
    Builtin("report-th", "th", "report", "รายงานผลการดำเนินงาน จำแนกตามหัวข้อและปี"),
    Builtin("notice-vi", "vi", "notice", "THÔNG BÁO KẾT LUẬN của chủ trì cuộc họp (Nghị định 30/2020/NĐ-CP, mẫu 1.4)"),
)
BY_NAME = {b.name: b for b in BUILTINS}


def template_files():
    """The folder of the built-in .docx files (a Traversable)."""
    try:
        return resources.files("coopdocs.templates")
    except ModuleNotFoundError:
        # A development checkout installed before the templates package existed.
        return Path(__file__).resolve().parents[2] / "templates"


def builtin_bytes(b: Builtin) -> bytes:
    source = template_files() / f"{b.name}.docx"
    try:
        return source.read_bytes()
    except OSError:
        raise InputError("the built-in template is missing from this installation "
                         "(run templates/build.py)", b.name) from None


def resolve(template: str | Path) -> tuple[io.BytesIO, str, Builtin | None]:
    """A built-in name or a .docx path -> (the file's bytes, its label for messages, the
    built-in or None)."""
    text = str(template)
    path = Path(template)
    if text in BY_NAME and not path.exists():
        b = BY_NAME[text]
        return io.BytesIO(builtin_bytes(b)), b.name, b
    if not path.exists():
        if path.suffix.lower() != ".docx":
            names = ", ".join(BY_NAME)
            raise InputError(f"no such file, and not a built-in template ({names})", text)
        raise InputError("no such file", text)
    if path.is_dir():
        raise InputError("is a folder, not a .docx file", text)
    try:
        return io.BytesIO(path.read_bytes()), text, None
    except OSError as e:
        raise InputError(e.strerror or "cannot be read", text) from None


def fields(b: Builtin) -> list[str]:
    """The context names the built-in reads (header fields and record parts)."""
    from .check import check
    from .engine import load_template, shapes
    from .env import make_env

    tpl, _, _ = load_template(b.name)
    return check(tpl.docx, shapes({}, b.lang), make_env(b.lang)).fields


def describe(b: Builtin) -> dict:
    return {"name": b.name, "lang": b.lang, "kind": b.kind, "description": b.description,
            "fields": fields(b)}
