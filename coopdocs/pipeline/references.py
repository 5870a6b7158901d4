"""``coopdocs_references``: cited documents -> ``doc.spans["coopdocs_references"]``.

Uses the dates of ``coopdocs_dates`` (when it ran first) for issue dates.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.references import find_references
from . import component_lang, items, put, text_of


class ReferencesComponent:
    """Finds references with kind, number, issue date and issuer."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "references", find_references(text_of(doc), self.lang, items(doc, "dates")))
        return doc


@Language.factory("coopdocs_references", default_config={"lang": None})
def make_references(nlp: Language, name: str, lang: str | None) -> ReferencesComponent:
    return ReferencesComponent(component_lang(nlp.lang, lang, name))
