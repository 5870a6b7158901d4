"""The ``progress`` command: plans against results. Only click and the standard library load
with this module; extraction, docx and openpyxl load inside the command."""
from __future__ import annotations

from pathlib import Path

import click

from ..cli import fail
from ..errors import CoopdocsError, InputError, UsageError
from ..lang import known

RECORD_SUFFIXES = (".json", ".jsonl")
FORMATS = {".json": "json", ".xlsx": "xlsx", ".docx": "docx", ".html": "html", ".htm": "html",
           ".txt": "text"}
PAIRS_HELP = ('A JSON file of fixed pairs: {"pairs": [{"target": KEY, "result": KEY or null}]}; '
              "keys as the JSON output and the html page show them (<file name>#<start>).")


class Grouped(click.Command):
    """``--results A B C``: every argument after ``--results`` up to the next option is a
    report (click gives an option one value)."""

    def parse_args(self, ctx, args):
        out, inside = [], False
        for n, a in enumerate(args):
            if a == "--":
                out.extend(args[n:])
                break
            if a in ("-r", "--results"):
                inside = True
                continue
            if a.startswith("-") and a != "-":
                inside = False
                out.append(a)
                continue
            out.extend(["--results", a] if inside else [a])
        return super().parse_args(ctx, out)


@click.command(cls=Grouped)
@click.argument("plans", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-r", "--results", "reports", multiple=True, required=True,
              type=click.Path(path_type=Path), metavar="REPORT",
              help="A report (or records JSON, or a folder) with results; repeatable, and "
                   "several may follow one --results.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write .json, .xlsx, .docx, .html (the pairing to review) or .txt; "
                   "default: JSON on standard output.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]),
              help="What to print without -o (default json; text: an aligned table).")
@click.option("--pairs", "pairs_file", type=click.Path(dir_okay=False, path_type=Path),
              help=PAIRS_HELP)
@click.option("--lang", type=click.Choice(known()),
              help="The documents' language when read (default: detect).")
@click.option("--template", metavar="NAME|FILE.docx",
              help="The Word template for -o .docx (default: the built-in progress-<lang>).")
@click.option("--context", "context_file", metavar="FILE",
              help="JSON file of the Word report's header fields (agency, number, signer ...).")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
              help="Set one header field of the Word report. Repeatable.")
def progress(plans, reports, output, fmt, pairs_file, lang, template, context_file, sets):
    """Set the targets of PLANS against the results in the reports given with --results.

    PLANS and REPORTS are documents (.txt, .md, .docx, .html), folders of them, or records
    that `coopdocs extract` wrote (.json, .jsonl). Every target gets its baseline, the latest
    result for its indicator, the percent of the target reached and a status: achieved,
    on_track, behind, no_result or not_comparable (with the reason). Exit status: 0 written,
    1 bad input (nothing written), 2 usage error.
    """
    try:
        kind = _kind(output, fmt)
        if output is not None:
            _refuse_inputs(output, [*plans, *reports, pairs_file])
        plan_records = _records(plans, lang)
        report_records = _records(reports, lang)
        found = _compute(plan_records, report_records, pairs_file)
        _write(kind, output, found, (template, context_file, sets))
    except CoopdocsError as e:
        fail(e)


def _kind(output: Path | None, fmt: str | None) -> str:
    if output is None:
        return fmt or "json"
    if fmt:
        raise UsageError("--format is for standard output; with -o the file's extension says "
                         "what to write")
    kind = FORMATS.get(output.suffix.lower())
    if kind is None:
        raise UsageError(f"-o {output}: give it one of the extensions {', '.join(FORMATS)}")
    return kind


def _records(paths, lang) -> list[dict]:
    """The records of documents (extracted) and of records files (read and checked), in the
    order given; a document that cannot be read stops the command."""
    from ..batch import collect, run
    from ..render.inputs import load_records

    out: list[dict] = []
    for path in paths:
        if path.suffix.lower() in RECORD_SUFFIXES and path.is_file():
            out.extend(load_records(path))
            continue
        files, errors = collect([path])
        if errors:
            raise errors[0]
        problems: list[CoopdocsError] = []
        done, _ = run(files, lang, on_error=problems.append)
        if problems:
            raise problems[0]
        out.extend(rec for rec, _ in done)
    return out


def _refuse_inputs(output: Path, inputs) -> None:
    try:
        if output.is_dir():
            raise UsageError(f"-o {output} is a folder; give the file to write")
        for p in inputs:
            if p is not None and p.exists() and output.exists() and p.samefile(output):
                raise UsageError(f"-o {output} is one of the input files; choose another "
                                 "output file")
    except OSError as e:
        raise UsageError(f"-o {output}: {e.strerror or e}") from None


def _pairs(path: Path) -> dict:
    """The pairs file: a JSON object; its pairs are checked when applied."""
    from .. import schema

    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot be read: {getattr(e, 'strerror', None) or e}", str(path)) from None
    try:
        data = schema.loads(text)
    except schema.JSONError as e:
        raise InputError(e.message, str(path)) from None
    if not isinstance(data, dict):
        raise InputError('a pairs file holds one JSON object: {"pairs": [...]}', str(path))
    return data


def _compute(plans, reports, pairs_file):
    from . import compute

    if not any(p.get("targets") for p in plans):
        raise InputError("the plans hold no targets: nothing to set results against",
                         str(plans[0]["source"].get("path")) if plans else None)
    overrides = _pairs(pairs_file) if pairs_file else None
    try:
        return compute(plans, reports, overrides)
    except InputError as e:
        raise InputError(e.message, e.path or str(pairs_file)) from None


def _write(kind, output, progress, word) -> None:
    from ..lang import DEFAULT
    from ..output import write_atomic, write_stream
    from . import outputs as o

    lang = progress.lang or DEFAULT
    if kind == "docx":
        _word(progress, output, lang, *word)
        return
    data = {"json": lambda: o.as_json(progress), "xlsx": lambda: o.as_xlsx(progress, lang),
            "html": lambda: o.page(progress, lang), "text": lambda: o.as_text(progress, lang)}[kind]()
    if output is None:
        write_stream(data)
    else:
        write_atomic(output, data)


def _word(progress, output, lang, template, context_file, sets) -> None:
    from ..render.commands import _overrides, _warn
    from .outputs import docx

    warnings = docx(progress, output, lang, _overrides(context_file, sets), template,
                    isolated=True)
    _warn(warnings)
