"""``coopdocs minutes``: minutes drafted straight from meeting notes or a meeting report,
in the notes' language."""
from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from .builtin import named
from .engine import document_lang, refuse_inputs, render


def draft(notes: str | Path, out: str | Path, context: dict | None = None,
          lang: str | None = None, isolated: bool = False) -> list[str]:
    """Extract the record of ``notes`` (``coopdocs.extract``) and render the built-in
    minutes of the notes' language (``render_templates.tsv``) into ``out``; returns the
    warnings. ``isolated``: render in a worker process (see :func:`~.engine.render`)."""
    from .. import extract

    refuse_inputs(Path(out), [notes])
    record = extract(notes, lang) if lang else extract(notes)
    doc_lang = document_lang(lang or record["source"].get("lang"))
    template = named(doc_lang, "minutes")
    if template is None:
        raise UsageError(f"coopdocs has no built-in minutes in {doc_lang!r}")
    return render(template.name, [record], out, context, isolated=isolated)
