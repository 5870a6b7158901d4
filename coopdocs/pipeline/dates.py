"""``coopdocs_dates``: calendar expressions -> ``doc.spans["coopdocs_dates"]``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.dates import find_dates
from . import Component, factory_args, put, text_of


class DatesComponent(Component):
    """Finds dates (Buddhist era converted, unwritten years kept unknown)."""

    category = "dates"

    def __init__(self, nlp: Language, name: str, lang: str | None = None,
                 spans_key: str | None = None):
        super().__init__(nlp, name, lang, spans_key)

    def annotate(self, doc: Doc) -> Doc:
        put(doc, "dates", find_dates(text_of(doc), self.lang))
        return doc


@Language.factory("coopdocs_dates", **factory_args("dates"))
def make_dates(nlp: Language, name: str, lang: str | None,
        spans_key: str) -> DatesComponent:
    return DatesComponent(nlp, name, lang, spans_key)
