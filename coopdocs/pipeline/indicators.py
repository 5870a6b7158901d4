"""``coopdocs_indicators``: what each figure measures -> ``figure.indicator``,
``figure.indicator_id`` and, for a figure in a table, ``figure.cell``.

Requires ``coopdocs_figures`` and ``coopdocs_dates``; runs before ``coopdocs_targets``, whose
targets take their indicator from their figure. Table cells come from ``doc._.coopdocs_cells``
(.docx) or from rows laid out in the text (tabs, ``|``, aligned spaces).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules import tables
from ..rules.indicators import find_indicators
from . import Component, factory_args, items, text_of, word_spans


class IndicatorsComponent(Component):
    """Gives every figure its indicator phrase, indicator id and table cell."""

    category = "indicators"

    def __init__(self, nlp: Language, name: str, lang: str | None = None,
                 spans_key: str | None = None):
        super().__init__(nlp, name, lang, spans_key)

    def annotate(self, doc: Doc) -> Doc:
        text = text_of(doc)
        figures, dates = items(doc, "figures"), items(doc, "dates")
        cells = tables.cells_of(text, self.lang, doc._.coopdocs_cells)
        find_indicators(text, self.lang, figures, dates, lambda: word_spans(doc), cells)
        return doc


@Language.factory("coopdocs_indicators", **factory_args("indicators"))
def make_indicators(nlp: Language, name: str, lang: str | None,
                    spans_key: str) -> IndicatorsComponent:
    return IndicatorsComponent(nlp, name, lang, spans_key)
