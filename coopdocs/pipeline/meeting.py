"""``coopdocs_meeting``: the meeting a text reports -> ``doc._.coopdocs_meeting``; also the
document's kind and title -> ``doc._.coopdocs_kind``, ``doc._.coopdocs_title``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.doctype import kind_and_title
from ..rules.meeting import find_meeting
from . import Component, factory_args, items, text_of


class MeetingComponent(Component):
    category = "meeting"

    def __init__(self, nlp: Language, name: str, lang: str | None = None):
        super().__init__(nlp, name, lang)

    def annotate(self, doc: Doc) -> Doc:
        text = text_of(doc)
        kind, title = kind_and_title(text, self.lang)
        doc._.coopdocs_meeting = find_meeting(text, self.lang, items(doc, "dates"), items(doc, "references"),
                                              minutes=kind in ("minutes", "news"))
        doc._.coopdocs_kind, doc._.coopdocs_title = kind, title
        return doc


@Language.factory("coopdocs_meeting", **factory_args("meeting"))
def make_meeting(nlp: Language, name: str, lang: str | None) -> MeetingComponent:
    return MeetingComponent(nlp, name, lang)
