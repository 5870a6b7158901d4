"""``coopdocs_meeting``: the meeting a text reports -> ``doc._.coopdocs_meeting``; also the
document's kind and title -> ``doc._.coopdocs_kind``, ``doc._.coopdocs_title``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.doctype import kind_and_title
from ..rules.meeting import find_meeting
from . import component_lang, items, text_of


class MeetingComponent:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        kind, title = kind_and_title(text, self.lang)
        doc._.coopdocs_meeting = find_meeting(text, self.lang, items(doc, "dates"), items(doc, "references"),
                                              minutes=kind in ("minutes", "news"))
        doc._.coopdocs_kind, doc._.coopdocs_title = kind, title
        return doc


@Language.factory("coopdocs_meeting", default_config={"lang": None})
def make_meeting(nlp: Language, name: str, lang: str | None) -> MeetingComponent:
    return MeetingComponent(component_lang(nlp.lang, lang, name))
