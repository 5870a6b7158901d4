"""The built-in templates: ``templates/<name>.docx`` in the repository, shipped as the
package ``coopdocs.templates`` (built by ``templates/build.py``), listed with their language,
kind and description in ``lang/<code>/render_templates.tsv``."""
from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

from ..errors import InputError
from .language import Template, languages, writing

Builtin = Template
KINDS = ("minutes", "plan", "report", "notice", "progress")


def _builtins() -> tuple[Builtin, ...]:
    """Every language's templates (``lang/<code>/render_templates.tsv``) by kind, then in the
    order of :func:`~coopdocs.render.language.languages`."""
    found = [t for code in languages() for t in writing(code).templates]
    return tuple(sorted(found, key=lambda t: KINDS.index(t.kind) if t.kind in KINDS else len(KINDS)))


BUILTINS = _builtins()
BY_NAME = {b.name: b for b in BUILTINS}


def named(lang: str, kind: str) -> Builtin | None:
    """The built-in template of ``kind`` that writes ``lang`` (None if it has none)."""
    return next((t for t in writing(lang).templates if t.kind == kind), None)


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
    try:
        return _resolve(text, Path(template))
    except OSError as e:   # a name the file system refuses (too long, a loop of links ...)
        raise InputError(e.strerror or "cannot be read", text) from None


def _resolve(text: str, path: Path) -> tuple[io.BytesIO, str, Builtin | None]:
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
    return io.BytesIO(path.read_bytes()), text, None
