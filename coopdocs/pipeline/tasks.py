"""``coopdocs_tasks``: assignments with assignee and deadline -> ``doc._.coopdocs_tasks``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.tasks import find_tasks
from . import component_lang, items, text_of


class TasksComponent:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.coopdocs_tasks = find_tasks(text_of(doc), self.lang, items(doc, "dates"))
        return doc


@Language.factory("coopdocs_tasks", default_config={"lang": None})
def make_tasks(nlp: Language, name: str, lang: str | None) -> TasksComponent:
    return TasksComponent(component_lang(nlp.lang, lang, name))
