"""The ``coopdocs`` command line: parse, call, print. Heavy modules load inside commands."""
from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import partial
from pathlib import Path

import click

from .errors import CoopdocsError, InputWarning, UsageError
from .lang import known

LAZY = {
    "templates": ("coopdocs.render.commands", "templates"),
    "render": ("coopdocs.render.commands", "render"),
    "minutes": ("coopdocs.render.commands", "minutes"),
    "evaluate": ("coopdocs.evaluate.commands", "evaluate"),
    "schema": ("coopdocs.render.commands", "schema_command"),
    "validate": ("coopdocs.render.commands", "validate_command"),
    "serve": ("coopdocs.serve.command", "serve"),
    "progress": ("coopdocs.progress.commands", "progress"),
}


class Group(click.Group):
    """Subcommands from other modules are imported only when called or listed."""

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self._lazy()))

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        if cmd is None and name in self._lazy():
            module, attr = LAZY[name]
            cmd = getattr(importlib.import_module(module), attr)
        return cmd

    @staticmethod
    def _lazy():
        found = {}
        for name, (module, _) in LAZY.items():
            try:
                if importlib.util.find_spec(module) is not None:
                    found[name] = module
            except ModuleNotFoundError:
                continue
        return found


def fail(err: CoopdocsError | str, *, stop: bool = True) -> None:
    """The one way every command reports an error: ``coopdocs: FILE: problem`` on stderr (one
    line; one per problem when an error lists several), then, with ``stop``, exit status 2
    for a :class:`UsageError` and 1 for anything else. ``stop=False`` reports and goes on
    (a batch keeps going past a bad file)."""
    lines = err.lines() if isinstance(err, CoopdocsError) else [str(err)]
    for line in lines:
        click.echo(f"coopdocs: {line}", err=True)
    if stop:
        sys.exit(err.exit_status if isinstance(err, CoopdocsError) else 1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coopdocs")
def main():
    """Facts out of Thai and Vietnamese cooperative-economy documents (figures, dates,
    targets, cited documents, meetings), and the official Word documents made from them."""
    import warnings

    warnings.showwarning = partial(_warning_line, warnings.showwarning)


def _warning_line(fallback, message, category, *args, **kwargs):
    """An :class:`InputWarning` as one line on stderr; other warnings as Python shows them."""
    if issubclass(category, InputWarning):
        click.echo(f"coopdocs: warning: {message}", err=True)
    else:
        fallback(message, category, *args, **kwargs)


OCR = click.option("--ocr", is_flag=True, help="Read scanned PDF pages and images (.png, "
                   ".jpg, .tif) with Tesseract OCR (language: --lang, else every language).")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@OCR
@click.option("--lang", type=click.Choice(known()), help="The document's language (default: detect).")
def text(file: Path, ocr: bool, lang: str | None):
    """Print the plain text of FILE exactly as record offsets index it."""
    from .readers import Options, read_text

    try:
        content = read_text(file, Options(ocr=ocr, lang=lang))
    except CoopdocsError as e:
        fail(e)
    sys.stdout.write(content)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "html", "xlsx"]),
              default="json", show_default=True,
              help="Output format (html: a review page highlighting what was found; xlsx: a "
                   "workbook of targets, figures, references and tasks, needs -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (atomically) instead of standard output.")
@click.option("--lang", type=click.Choice(known()), help="The documents' language (default: detect).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; the output is in input order and the same as with -j 1.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--follow-links", is_flag=True,
              help="In folders, follow symbolic links to folders and out of the folder.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop a document that takes longer (it is reported; the rest go on).")
@click.option("--only", metavar="CATEGORIES", expose_value=False, callback=lambda c, p, v: _only(c, v),
              help="Extract only these, comma-separated (figures,dates,targets,references,"
                   "meeting,tasks; indicators,roles fill those fields of figures): what they "
                   "need runs too, the rest is left empty and not looked for.")
@OCR
@click.option("--resume", is_flag=True,
              help="Finish an interrupted batch: documents whose sha256 is in the -o file "
                   "already are not extracted again (json, jsonl, csv).")
def extract(paths, fmt, output, lang, jobs, quiet, follow_links, timeout, ocr, resume):
    """Extract figures, dates, targets, references, meetings and tasks from documents.

    PATHS are files (.txt, .md, .docx, .html, .doc, .odt, .rtf, .xlsx, .xls, .csv, .pdf;
    with --ocr scans and .png, .jpg, .tif images) or folders, searched recursively.
    Records are written as each document is done, in input order. Exit status: 0 all
    documents done, 1 some failed (the rest are still written), 2 usage error, 130
    interrupted (Ctrl-C or SIGTERM); interrupted, the output holds the documents done, as a
    complete file.
    """
    from .signals import Stopped, stopping

    try:
        with stopping():
            status = _extract(paths, fmt, output, lang, jobs, quiet, follow_links, timeout, ocr,
                              resume)
    except KeyboardInterrupt:
        click.echo("coopdocs: interrupted", err=True)
        sys.exit(130)
    except Stopped:
        click.echo("coopdocs: interrupted", err=True)
        sys.exit(130)
    sys.exit(status)


def _extract(paths, fmt, output, lang, jobs, quiet, follow_links, timeout, ocr=False,
             resume=False) -> int:
    from . import output as out
    from .batch import collect

    try:
        if fmt == "xlsx" and output is None:
            raise UsageError("--format xlsx writes a binary workbook: give -o FILE.xlsx")
        if resume:
            from .resume import check

            check(fmt, output)
        files, errors = collect(paths, follow_links=follow_links)
        if output is not None:
            out.check_target(output, files)
        target = out.Target(output)
        given = _earlier(files, output, fmt) if resume else {}
    except UsageError as e:
        fail(e)
    for e in errors:
        fail(e, stop=False)
    single = len(paths) == 1 and paths[0].is_file()
    records = out.Records(fmt, target, single)
    progress = not quiet and sys.stderr.isatty() and len(files) > 1
    options = _read_options(ocr, lang, not quiet and sys.stderr.isatty() and len(files) == 1)
    try:
        status = _write(files, lang, jobs, timeout, progress, given, records, options)
    except out.ReaderGone:
        return 1 if errors else 0
    except CoopdocsError as e:  # the output cannot be written
        target.discard()
        fail(e)
    finally:
        target.discard()  # left only by an exception: what was written goes
    return 1 if errors and status == 0 else status


def _earlier(files, output, fmt) -> dict:
    """--resume: index -> the earlier run's record, for the files it did."""
    from .resume import read, sha256

    earlier = read(output, fmt)
    if not len(earlier):
        return {}
    given = {}
    for i, f in enumerate(files):
        kept = earlier.take(sha256(f), str(f))
        if kept is not None:
            given[i] = kept
    return given


def _write(files, lang, jobs, timeout, progress, given, records, options) -> int:
    """Extract and write: 0, 1 (some documents failed), or 130 stopped by a signal
    (the output then holds what was done, closed as a complete file)."""
    from . import output as out
    from .batch import process
    from .resume import Kept
    from .signals import Stopped, deferred

    handled = failed = 0

    def emit(i, outcome) -> None:
        nonlocal handled, failed
        handled += 1
        try:
            if isinstance(outcome, CoopdocsError):
                raise outcome
            if isinstance(outcome, Kept) and outcome.rows is not None:
                records.add_rows(outcome.rows)
            elif isinstance(outcome, Kept):
                records.add(outcome.record, None)
            else:
                records.add(*outcome)
        except (out.Unwritable, CoopdocsError) as e:
            if isinstance(e, out.OutputError):
                raise
            fail(e, stop=False)
            failed += 1

    stop = None
    with deferred():  # from here a stop signal ends the batch, then the output is closed
        try:
            process(files, lang, emit, jobs=jobs, timeout=timeout, texts=records.fmt == "html",
                    given=given, progress=progress, options=options)
        except (KeyboardInterrupt, Stopped) as e:
            stop = e
        records.close()
    if stop is None:
        return 1 if failed else 0
    click.echo(f"coopdocs: interrupted after {handled} of {len(files)} documents", err=True)
    return 130


@main.command()
@click.argument("folder", required=False, default="coopdocs-demo", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Write into a folder that is not empty.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, help="Worker processes.")
def demo(folder, force, jobs):
    """Run coopdocs on its bundled corpus: records, a review page, and minutes, a plan and a
    report in Vietnamese and Thai, written into FOLDER (default ./coopdocs-demo)."""
    from . import demo as d

    try:
        d.prepare(folder, force)
        written = d.run(folder, jobs)
    except CoopdocsError as e:
        fail(e)
    click.echo(f"{'lang':4} {'docs':>5} {'figures':>8} {'dates':>6} {'targets':>8} {'references':>11}")
    for lang, docs, figs, dates, targets, refs in d.summary(folder):
        click.echo(f"{lang:4} {docs:5} {figs:8} {dates:6} {targets:8} {refs:11}")
    click.echo(f"\nwritten to {folder}/:")
    for what, name in written:
        click.echo(f"  {name:18} {what}")


def _read_options(ocr: bool, lang: str | None, pages_bar: bool):
    """The readers' options: OCR, the language, a progress bar of one document's pages."""
    from .readers import Options

    return Options(ocr=ocr, lang=lang, progress=pages_bar)


def _only(ctx: click.Context, spec: str | None) -> None:
    """``--only``: the categories this process and its workers extract, while the command
    runs."""
    from . import selection

    if spec is not None:
        try:
            names = selection.parse(spec)
        except UsageError as e:
            fail(e)
        ctx.with_resource(selection.only(names, children=True))

