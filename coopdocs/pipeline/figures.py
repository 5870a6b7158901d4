"""``coopdocs_figures``: quantities -> ``doc.spans["coopdocs_figures"]``.

Requires ``coopdocs_dates`` and ``coopdocs_references`` before it, so that years, dates and
document numbers are never read as figures. Table cells (``doc._.coopdocs_cells`` from .docx
files, else rows laid out in the text) give bare numbers their row's unit; row numbers are
no figures.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.dates import year_of
from ..rules import tables
from ..rules.common import ByStart, Mask
from ..rules.figures import find_figures
from ..rules.sentences import clauses, within
from ..rules.subjects import subject
from . import (
    Component,
    LazyTokens,
    boundaries,
    factory_args,
    items,
    put,
    taken,
    text_of,
    token_starts,
)


class FiguresComponent(Component):
    """Finds figures with value, range, kind, unit, qualifier, per, subject and year."""

    category = "figures"

    def __init__(self, nlp: Language, name: str, lang: str | None = None,
                 spans_key: str | None = None):
        super().__init__(nlp, name, lang, spans_key)

    def annotate(self, doc: Doc) -> Doc:
        text = text_of(doc)
        start, end = boundaries(doc)
        cells = tables.cells_of(text, self.lang, doc._.coopdocs_cells)
        figures = find_figures(text, self.lang, taken(doc, "dates", "references"), start, end,
                               Mask((c.start, c.end) for c in cells))
        if cells:  # no figure runs across table cells; row numbers are none
            avoid = [(i.start, i.end) for c in ("dates", "references") for i in items(doc, c)]
            figures = tables.split_at_cells(text, self.lang, cells, figures, avoid, start, end)
            figures = tables.not_figures(text, self.lang, cells, figures)
        dates = taken(doc, "dates")
        tokens = LazyTokens(doc, token_starts(doc))
        floor = 0
        by_start = ByStart(items(doc, "dates"))
        for fig in figures:
            fig.subject = subject(tokens, fig.start, self.lang, fig.unit, fig.kind,
                                  skip=lambda off: dates.hits(off, off + 1), floor=floor)
            floor = max(fig.end, fig._tail)
            fig.year = _sentence_year(text, self.lang, fig, by_start)
        if cells:
            tables.apply_units(text, self.lang, cells, figures, items(doc, "dates"))
        put(doc, "figures", figures)
        return doc


def _sentence_year(text: str, lang: str, fig, dates) -> int | None:
    """The year of the nearest year or date in the figure's clause, preferring before it."""
    lo, hi = clauses(text, lang).around(fig.start, fig.end)
    before = (d for d in within(dates, lo, fig.start, last_first=True)
              if d.end <= fig.start and "/" not in d.value)
    after = (d for d in within(dates, fig.end, hi) if d.end <= hi and "/" not in d.value)
    d = next(before, None) or next(after, None)
    return year_of(d.value) if d else None


@Language.factory("coopdocs_figures", **factory_args("figures"))
def make_figures(nlp: Language, name: str, lang: str | None,
        spans_key: str) -> FiguresComponent:
    return FiguresComponent(nlp, name, lang, spans_key)
