"""The ``coopdocs evaluate`` command: parse options, run :func:`coopdocs.evaluate.evaluate`, print.

Exit status: 0 done; 1 a floor of ``--min`` not met, a document failed to extract, or a
path / gold file is unusable (one line on stderr); 2 a malformed option.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import fail
from ..errors import CoopdocsError
from . import evaluate as run_evaluation
from . import report, score


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the table and per-document details as JSON.")
@click.option("-v", "--verbose", is_flag=True,
              help="List per document what was missed, spurious or mismatched, with the text around it.")
@click.option("--min", "floors", multiple=True, metavar="CATEGORY=F1",
              help="Fail (exit 1) when a category's overall exact F1 is below F1, e.g. --min figures=0.95. Repeatable.")
def evaluate(paths, as_json, verbose, floors):
    """Score extraction against hand-annotated gold files.

    PATHS are folders (searched recursively for NAME.gold.json beside NAME.txt, .docx, .md
    or .html), documents, or gold files. Prints precision, recall and F1 per language and
    category: exact (spans overlap and the normalised values agree) and span-only.
    """
    try:
        parsed = [score.parse_floor(f) for f in floors]
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--min") from None
    try:
        result = run_evaluation(paths)
    except CoopdocsError as e:
        fail(e)
    short = score.below_floors(result["table"], parsed)
    if as_json:
        result["below_floors"] = short
        sys.stdout.write(report.as_json(result))
    else:
        if verbose:
            click.echo(report.details_text(result["documents"]))
        sys.stdout.write(report.table_text(result["table"]))
    for failure in result["failures"]:
        fail(failure, stop=False)
    if short:
        fail("below the floor: " + "; ".join(short), stop=False)
    sys.exit(1 if short or result["failures"] else 0)
