"""``coopdocs_references``: cited documents -> ``doc.spans["coopdocs_references"]``.

Requires ``coopdocs_dates`` before it: its dates are the references' issue dates.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.references import find_references
from . import Component, factory_args, items, put, text_of


class ReferencesComponent(Component):
    """Finds references with kind, number, issue date and issuer."""

    category = "references"

    def __init__(self, nlp: Language, name: str, lang: str | None = None,
                 spans_key: str | None = None):
        super().__init__(nlp, name, lang, spans_key)

    def annotate(self, doc: Doc) -> Doc:
        put(doc, "references", find_references(text_of(doc), self.lang, items(doc, "dates")))
        return doc


@Language.factory("coopdocs_references", **factory_args("references"))
def make_references(nlp: Language, name: str, lang: str | None,
        spans_key: str) -> ReferencesComponent:
    return ReferencesComponent(nlp, name, lang, spans_key)
