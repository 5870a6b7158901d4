"""``coopdocs_targets``: figures stated as goals -> ``doc.spans["coopdocs_targets"]``.

Needs ``coopdocs_figures`` (and ``coopdocs_dates`` for deadlines) before it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules import tables
from ..rules.targets import find_targets
from . import component_lang, items, put, text_of


class TargetsComponent:
    """Marks target figures with deadline, indicator and direction."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        figures, dates = items(doc, "figures"), items(doc, "dates")
        found = find_targets(text_of(doc), self.lang, figures, dates)
        if doc._.coopdocs_cells:
            in_columns = tables.targets(text_of(doc), self.lang, doc._.coopdocs_cells, figures, dates)
            taken = {t.figure for t in in_columns}
            found = sorted([t for t in found if t.figure not in taken] + in_columns, key=lambda t: t.start)
        put(doc, "targets", found)
        return doc


@Language.factory("coopdocs_targets", default_config={"lang": None},
                  requires=["doc.spans"], assigns=["doc.spans"])
def make_targets(nlp: Language, name: str, lang: str | None) -> TargetsComponent:
    return TargetsComponent(component_lang(nlp.lang, lang, name))
