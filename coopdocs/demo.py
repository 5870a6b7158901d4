"""``coopdocs demo``: the whole job on the bundled corpus, in one folder a newcomer can open:
records, a review page, and minutes, a plan and a report in each language."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from .errors import UsageError

# (template kind, source.kind wanted, what the record must have)
PRODUCTS = (("minutes", "minutes", "meeting"), ("plan", "plan", "targets"), ("report", "report", "figures"))


def context(lang: str) -> dict[str, str]:
    """The header fields of the demo's documents: a sample agency and place, in the
    language's words (its profile's ``[render] demo_agency``, ``demo_place``)."""
    from .render.language import writing

    text = writing(lang).text
    return {"agency": text.demo_agency, "place": text.demo_place}


def corpus_folder() -> Path:
    """The bundled corpus (installed as coopdocs.corpus)."""
    return Path(str(resources.files("coopdocs.corpus")))


def prepare(folder: Path, force: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; give a folder for the demo")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise UsageError(f"{folder} is not empty; use --force to write into it anyway")
    folder.mkdir(parents=True, exist_ok=True)


def choose(done: list[tuple[dict[str, Any], str]], lang: str, kind: str, needs: str):
    """The record of ``lang`` and ``kind`` with the most of what the template shows."""
    same = [r for r, _ in done if r["source"]["lang"] == lang]
    fitting = [r for r in same if r["source"]["kind"] == kind and r.get(needs)] or [r for r in same if r.get(needs)]
    return max(fitting, key=lambda r: len(r[needs]) if isinstance(r[needs], list) else 1, default=None)


def run(folder: Path, jobs: int = 1) -> list[tuple[str, str]]:
    """Extract the corpus, write everything into ``folder``; returns (what, path) rows."""
    from . import output
    from .batch import collect
    from .batch import run as extract_all
    from .render import render
    from .render.builtin import named
    from .render.language import languages
    from .review import page

    files, _ = collect([corpus_folder()])
    errors: list = []
    done, _ = extract_all(files, None, on_error=errors.append, jobs=jobs)
    written = []
    recs = [r for r, _ in done]
    output.write_atomic(folder / "records.jsonl", output.as_jsonl(recs))
    written.append(("records of every document", "records.jsonl"))
    output.write_atomic(folder / "figures.csv", output.as_csv(recs))
    written.append(("every figure, one row each", "figures.csv"))
    output.write_atomic(folder / "review.html", page(done, "coopdocs review: the bundled corpus"))
    written.append(("review page", "review.html"))
    for code in languages():
        for template_kind, kind, needs in PRODUCTS:
            template = named(code, template_kind)
            rec = choose(done, code, kind, needs)
            if template is None or rec is None:
                continue
            name = f"{template.name}.docx"
            render(template.name, rec, folder / name, context(code))
            written.append((f"{template_kind} from {Path(rec['source']['path']).name}", name))
    return written


def summary(folder: Path) -> list[tuple[str, int, int, int, int, int]]:
    """(lang, documents, figures, dates, targets, references) from the written records."""
    import json

    rows: dict[str, list[int]] = {}
    for line in (folder / "records.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        row = rows.setdefault(r["source"]["lang"], [0, 0, 0, 0, 0])
        row[0] += 1
        for i, cat in enumerate(("figures", "dates", "targets", "references"), 1):
            row[i] += len(r[cat])
    return [(lang, *counts) for lang, counts in sorted(rows.items())]
