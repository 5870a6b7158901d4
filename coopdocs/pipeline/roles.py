"""``coopdocs_roles``: each figure's role -> ``figure.role`` (target, result, estimate,
baseline, limit or null).

Requires ``coopdocs_indicators`` and ``coopdocs_targets``: the targets component decides which
figures are goals (their role is ``target``); the column headers of tables and the cues of
``lang/<code>/role_cues.tsv`` classify the rest.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules import tables
from ..rules.roles import assign_roles
from . import Component, factory_args, items, text_of


class RolesComponent(Component):
    """Gives every figure its role."""

    category = "roles"

    def __init__(self, nlp: Language, name: str, lang: str | None = None,
                 spans_key: str | None = None):
        super().__init__(nlp, name, lang, spans_key)

    def annotate(self, doc: Doc) -> Doc:
        text = text_of(doc)
        figures = items(doc, "figures")
        goals = {t.figure for t in items(doc, "targets")}
        cells = tables.cells_of(text, self.lang, doc._.coopdocs_cells)
        assign_roles(text, self.lang, figures, goals, cells)
        return doc


@Language.factory("coopdocs_roles", **factory_args("roles"))
def make_roles(nlp: Language, name: str, lang: str | None, spans_key: str) -> RolesComponent:
    return RolesComponent(nlp, name, lang, spans_key)
