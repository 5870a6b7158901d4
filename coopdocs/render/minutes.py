"""``coopdocs minutes``: minutes drafted straight from meeting notes or a meeting report,
in the notes' language."""
from __future__ import annotations

from pathlib import Path

from .engine import refuse_inputs, render


def draft(notes: str | Path, out: str | Path, context: dict | None = None,
          lang: str | None = None) -> list[str]:
    """Extract the record of ``notes`` (``coopdocs.extract``) and render ``minutes-<lang>``
    from it into ``out``; returns the warnings."""
    from .. import extract

    refuse_inputs(Path(out), [notes])
    record = extract(notes, lang) if lang else extract(notes)
    doc_lang = lang or record["source"].get("lang") or "vi"
    return render(f"minutes-{doc_lang}", [record], out, context)
