"""The ``templates``, ``render``, ``minutes``, ``schema`` and ``validate`` commands. Only
click and the standard library load with this module: docx, docxtpl, Jinja, Babel and
jsonschema load inside the commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..cli import fail as _fail  # the command line's one way of reporting an error
from ..errors import CoopdocsError, UsageError
from ..lang import DEFAULT, known

CONTEXT_HELP = "JSON file of header fields: agency, parent_agency, number, place, date, title, signer, recipients ..."
SET_HELP = ("Set one field, KEY=VALUE (dotted keys: signer.name=...; lists split on ';'; "
            "digits=thai writes Thai digits). Repeatable.")


def _warn(warnings: list[str]) -> None:
    for w in warnings:
        click.echo(f"coopdocs: warning: {w}", err=True)


def _overrides(context_file: str | None, sets: tuple[str, ...]) -> dict:
    from .context import deep_merge
    from .inputs import load_context, parse_sets

    base = load_context(context_file) if context_file else {}
    return deep_merge(base, parse_sets(sets))


def _check_output(output: str) -> Path:
    out = Path(output)
    if out.suffix.lower() != ".docx":
        raise UsageError(f"-o {output}: the output is a Word file; give it the .docx extension")
    return out


def _pdf_ready(pdf: bool, out: Path) -> Path | None:
    """Where --pdf writes (OUT.pdf beside OUT.docx); LibreOffice missing is an error before
    anything is written."""
    if not pdf:
        return None
    from .pdf import PdfError, soffice

    target = out.with_suffix(".pdf")
    if soffice() is None:
        raise PdfError("--pdf needs LibreOffice (soffice), which is not installed "
                       "(apt-get install libreoffice-writer); nothing written", str(target))
    return target


def _with_emblem(overrides: dict, emblem: str | None) -> dict:
    if emblem:
        overrides["emblem"] = emblem
    return overrides


ALLOW_MIXED_HELP = ("Render records of another language than the template's (their texts stay "
                    "in their language).")
EMBLEM_HELP = ("The Garuda emblem (a PNG file) of a Thai official document: 3 cm high on a "
               "letter, 1.5 cm on a บันทึกข้อความ.")
PDF_HELP = "Also write OUT.pdf beside OUT.docx, through LibreOffice (soffice)."


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def templates(ctx, as_json):
    """List the built-in templates (name, language, kind, the fields they read).

    `coopdocs templates check FILE.docx` checks a template of your own.
    """
    if ctx.invoked_subcommand:
        return
    from .builtin import BUILTINS
    from .engine import describe

    try:
        rows = [describe(b) for b in BUILTINS]
    except CoopdocsError as e:
        _fail(e)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        click.echo(f"{r['name']:<{width}}  {r['lang']}  {r['kind']:<8} {r['description']}")
        click.echo(f"{'':<{width}}  fields: {', '.join(r['fields'])}")


@templates.command("check")
@click.argument("file")
@click.option("--records", "records_file", metavar="RECORDS.json",
              help="Check against these records too (default: every field records can give).")
@click.option("--context", "context_file", metavar="FILE", help=CONTEXT_HELP)
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help=SET_HELP)
@click.option("--lang", type=click.Choice(known()),
              help=f"The document's language (default: the built-in's, else {DEFAULT}).")
def check_command(file, records_file, context_file, sets, lang):
    """Report every syntax error and every variable the records cannot fill in FILE (a
    .docx template or a built-in name), each with its place: paragraph N, or table T row R
    cell C. Exit status 1 if there is any."""
    from . import context as contexts
    from .check import check
    from .engine import document_lang, load_template, shapes
    from .env import make_env
    from .inputs import load_records

    try:
        overrides = _overrides(context_file, sets)
        tpl, label, found = load_template(file)
        lang = document_lang(lang or overrides.get("lang") or (found.lang if found else None))
        recs = load_records(records_file) if records_file else []
        values = contexts.build(recs, lang, found.kind if found else None, overrides).values
        report = check(tpl.docx, shapes(values, lang), make_env(lang))
    except CoopdocsError as e:
        _fail(e)
    for p in report.problems:
        click.echo(f"{label}: {p}")
    if report.problems:
        n = len(report.problems)
        click.echo(f"{label}: {n} problem{'s' if n > 1 else ''}", err=True)
        sys.exit(1)
    click.echo(f"{label}: ok (reads {', '.join(report.fields) or 'nothing'})")


@templates.command("copy")
@click.argument("name")
@click.argument("dest", metavar="DEST.docx")
def copy_command(name, dest):
    """Write the built-in template NAME to DEST.docx, to edit in Word and render with
    `coopdocs render DEST.docx RECORDS.json`. An existing file is never replaced."""
    from .fields import copy_builtin

    try:
        copy_builtin(name, dest)
    except CoopdocsError as e:
        _fail(e)
    click.echo(f"{dest}: a copy of {name} (`coopdocs templates fields {name}` lists its fields)")


@templates.command("fields")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def fields_command(name, as_json):
    """List every variable the template NAME (a built-in or a .docx) reads, with its type
    and an example value."""
    from .fields import describe_fields

    try:
        rows = describe_fields(name)
    except CoopdocsError as e:
        _fail(e)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r["field"]) for r in rows), default=0)
    kind = max((len(r["type"]) for r in rows), default=0)
    for r in rows:
        click.echo(f"{r['field']:<{width}}  {r['type']:<{kind}}  {r['example']}")


@click.command()
@click.argument("template")
@click.argument("records", metavar="RECORDS.json")
@click.option("-o", "--output", required=True, metavar="OUT.docx", help="The Word file to write.")
@click.option("--context", "context_file", metavar="FILE", help=CONTEXT_HELP)
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help=SET_HELP)
@click.option("--emblem", metavar="FILE.png", help=EMBLEM_HELP)
@click.option("--allow-mixed", is_flag=True, help=ALLOW_MIXED_HELP)
@click.option("--pdf", is_flag=True, help=PDF_HELP)
def render(template, records, output, context_file, sets, emblem, allow_mixed, pdf):
    """Write an official Word document from records.

    TEMPLATE is a built-in (`coopdocs templates` lists them: minutes-vi, plan-th ...) or a
    .docx of your own; RECORDS.json is what `coopdocs extract` wrote (one document or many).
    Header fields no record gives (agency, number, signer, recipients ...) come from
    --context / --set, else print as dotted blanks …………… and are named in one warning.
    Plans and reports take their agency, number, place and date from the source document's
    header when the records' source is at hand. A field name that no template or record
    knows is an error that lists the known ones; dates are given as 05/03/2025, 5/3/2025 or
    2025-03-05. Records of another language than the template's need --allow-mixed.
    Exit status: 0 written, 1 bad input or a template with errors (nothing written), 2 usage error.
    """
    from .engine import render as render_docx

    try:
        out = _check_output(output)
        target = _pdf_ready(pdf, out)
        overrides = _with_emblem(_overrides(context_file, sets), emblem)
        warnings = render_docx(template, records, out, overrides, isolated=True,
                               allow_mixed=allow_mixed)
        if target is not None:
            from .pdf import to_pdf

            to_pdf(out, target)
    except CoopdocsError as e:
        _fail(e)
    _warn(warnings)


@click.command()
@click.argument("notes")
@click.option("-o", "--output", required=True, metavar="OUT.docx", help="The Word file to write.")
@click.option("--context", "context_file", metavar="FILE", help=CONTEXT_HELP)
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help=SET_HELP)
@click.option("--lang", type=click.Choice(known()), help="The notes' language (default: detect).")
@click.option("--pdf", is_flag=True, help=PDF_HELP)
def minutes(notes, output, context_file, sets, lang, pdf):
    """Draft the minutes of a meeting from NOTES (meeting notes or a meeting report: .txt,
    .md, .docx, .html), in the notes' language: BIÊN BẢN (Decree 30/2020, form 1.9) or
    รายงานการประชุม (form 11). Exit status as for `render`."""
    from .minutes import draft

    try:
        out = _check_output(output)
        target = _pdf_ready(pdf, out)
        warnings = draft(notes, out, _overrides(context_file, sets), lang, isolated=True)
        if target is not None:
            from .pdf import to_pdf

            to_pdf(out, target)
    except CoopdocsError as e:
        _fail(e)
    _warn(warnings)


@click.command("schema")
def schema_command():
    """Print the JSON Schema (draft 2020-12) of what `coopdocs extract` writes: one record or
    a list of records, every field with its type and bounds."""
    from ..schema import schema

    click.echo(json.dumps(schema(), ensure_ascii=False, indent=2))


@click.command("validate")
@click.argument("files", nargs=-1, required=True, metavar="RECORDS.json...")
def validate_command(files):
    """Check records files (what `coopdocs extract` wrote, perhaps edited by hand) against
    the record contract: each problem on one line with its place (`record 2: figures[0].value:
    'abc' is not a number`). Exit status 1 if any file has a problem."""
    from ..schema import problems
    from .inputs import read_records

    bad = 0
    for name in files:
        try:
            found = problems(read_records(name))
        except CoopdocsError as e:
            _fail(e, stop=False)
            bad += 1
            continue
        for p in found:
            click.echo(f"{name}: {p}")
        if found:
            bad += 1
            n = len(found)
            click.echo(f"{name}: {n} problem{'s' if n > 1 else ''}", err=True)
        else:
            click.echo(f"{name}: ok")
    if bad:
        sys.exit(1)
