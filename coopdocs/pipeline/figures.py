"""``coopdocs_figures``: quantities -> ``doc.spans["coopdocs_figures"]``.

Requires ``coopdocs_dates`` and ``coopdocs_references`` before it, so that years, dates and
document numbers are never read as figures. Table cells (``doc._.coopdocs_cells`` from .docx
files, else rows laid out in the text) give bare numbers their row's unit; row numbers are
no figures.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.dates import year_of
from ..rules import tables
from ..rules.common import ByStart, Mask
from ..rules.figures import find_figures
from ..rules.sentences import clauses
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
        years = _SentenceYears(text, self.lang, items(doc, "dates"))
        for fig in figures:
            fig.subject = subject(tokens, fig.start, self.lang, fig.unit, fig.kind,
                                  skip=lambda off: dates.hits(off, off + 1), floor=floor)
            floor = max(fig.end, fig._tail)
            fig.year = years.of(fig)
        if cells:
            tables.apply_units(text, self.lang, cells, figures, items(doc, "dates"))
        put(doc, "figures", figures)
        return doc


class _SentenceYears:
    """The year of the nearest year or date in a figure's clause, preferring before it (dates
    that span years, with a ``/`` in their value, excepted)."""

    def __init__(self, text: str, lang: str, dates):
        self.clauses = clauses(text, lang)
        self.dates = ByStart(d for d in dates if "/" not in d.value)
        self.starts, self.items = self.dates.starts, self.dates.items

    def of(self, fig) -> int | None:
        lo, hi = self.clauses.around(fig.start, fig.end)
        starts, items = self.starts, self.items
        first, last = bisect_left(starts, lo), bisect_left(starts, fig.start)
        for i in range(last - 1, first - 1, -1):  # before it, the nearest first
            if items[i].end <= fig.start:
                return year_of(items[i].value)
        for i in range(bisect_left(starts, fig.end), bisect_left(starts, hi)):
            if items[i].end <= hi:
                return year_of(items[i].value)
        return None


@Language.factory("coopdocs_figures", **factory_args("figures"))
def make_figures(nlp: Language, name: str, lang: str | None,
        spans_key: str) -> FiguresComponent:
    return FiguresComponent(nlp, name, lang, spans_key)
