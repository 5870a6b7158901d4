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


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def text(file: Path):
    """Print the plain text of FILE exactly as record offsets index it."""
    from .readers import read_text

    try:
        content = read_text(file)
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
def extract(paths, fmt, output, lang, jobs, quiet, follow_links, timeout):
    """Extract figures, dates, targets, references, meetings and tasks from documents.

    PATHS are files (.txt, .md, .docx, .html, .doc, .odt, .rtf, .xlsx, .xls, .csv) or
    folders, searched recursively.
    Exit status: 0 all documents done, 1 some failed (the rest are still written), 2 usage error,
    130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
    """
    from .signals import Stopped, stopping

    try:
        with stopping():
            status = _extract(paths, fmt, output, lang, jobs, quiet, follow_links, timeout)
    except KeyboardInterrupt:
        click.echo("coopdocs: interrupted", err=True)
        sys.exit(130)
    except Stopped as e:
        click.echo("coopdocs: terminated", err=True)
        sys.exit(128 + e.signum)
    sys.exit(status)


def _extract(paths, fmt, output, lang, jobs, quiet, follow_links, timeout) -> int:
    from . import output as out
    from .batch import collect, run

    try:
        if fmt == "xlsx" and output is None:
            raise UsageError("--format xlsx writes a binary workbook: give -o FILE.xlsx")
        files, errors = collect(paths, follow_links=follow_links)
        if output is not None:
            out.check_target(output, files)
    except UsageError as e:
        fail(e)
    for e in errors:
        fail(e, stop=False)
    progress = not quiet and sys.stderr.isatty() and len(files) > 1
    report = partial(fail, stop=False)
    done, failed = run(files, lang, on_error=report, jobs=jobs, progress=progress,
                       timeout=timeout)
    done, unwritable = out.writable(done, fmt, on_error=report)
    recs = [rec for rec, _ in done]
    if recs:
        single = len(paths) == 1 and paths[0].is_file()
        data = {"json": lambda: out.as_json(recs, single), "jsonl": lambda: out.as_jsonl(recs),
                "csv": lambda: out.as_csv(recs), "html": lambda: _review(done),
                "xlsx": lambda: out.as_xlsx(recs)}[fmt]()
        try:
            if output is None:
                out.write_stream(data)
            else:
                out.write_atomic(output, data)
        except CoopdocsError as e:
            fail(e)
    return 1 if errors or failed or unwritable else 0


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


def _review(done) -> str:
    from .review import page

    return page(done)
