"""``coopdocs_dates``: calendar expressions -> ``doc.spans["coopdocs_dates"]``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.dates import find_dates
from . import component_lang, put, text_of


class DatesComponent:
    """Finds dates (Buddhist era converted, unwritten years kept unknown)."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        put(doc, "dates", find_dates(text_of(doc), self.lang))
        return doc


@Language.factory("coopdocs_dates", default_config={"lang": None})
def make_dates(nlp: Language, name: str, lang: str | None) -> DatesComponent:
    return DatesComponent(component_lang(nlp.lang, lang, name))
