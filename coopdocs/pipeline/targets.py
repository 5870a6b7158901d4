"""``coopdocs_targets``: figures stated as goals -> ``doc.spans["coopdocs_targets"]``.

Requires ``coopdocs_figures``, ``coopdocs_dates`` (deadlines) and ``coopdocs_indicators``
(a target's indicator is its figure's) before it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules import tables
from ..rules.targets import find_targets
from . import Component, factory_args, items, put, text_of


class TargetsComponent(Component):
    """Marks target figures with deadline, indicator and direction."""

    category = "targets"

    def __init__(self, nlp: Language, name: str, lang: str | None = None,
                 spans_key: str | None = None):
        super().__init__(nlp, name, lang, spans_key)

    def annotate(self, doc: Doc) -> Doc:
        figures, dates = items(doc, "figures"), items(doc, "dates")
        found = find_targets(text_of(doc), self.lang, figures, dates)
        cells = tables.cells_of(text_of(doc), self.lang, doc._.coopdocs_cells)
        if cells:  # where a column header names a role, it decides the cell's figure's
            in_columns = tables.targets(text_of(doc), self.lang, cells, figures, dates)
            taken = {t.figure for t in in_columns} | set(
                tables.column_roles(text_of(doc), self.lang, cells, figures))
            found = sorted([t for t in found if t.figure not in taken] + in_columns,
                           key=lambda t: t.start)
        put(doc, "targets", found)
        return doc


@Language.factory("coopdocs_targets", **factory_args("targets"))
def make_targets(nlp: Language, name: str, lang: str | None,
        spans_key: str) -> TargetsComponent:
    return TargetsComponent(nlp, name, lang, spans_key)
