"""``coopdocs_tasks``: assignments with assignee and deadline -> ``doc._.coopdocs_tasks``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.tasks import find_tasks
from . import Component, boundaries, factory_args, items, text_of


class TasksComponent(Component):
    category = "tasks"

    def __init__(self, nlp: Language, name: str, lang: str | None = None):
        super().__init__(nlp, name, lang)

    def annotate(self, doc: Doc) -> Doc:
        start, end = boundaries(doc)
        doc._.coopdocs_tasks = find_tasks(text_of(doc), self.lang, items(doc, "dates"), start, end)
        return doc


@Language.factory("coopdocs_tasks", **factory_args("tasks"))
def make_tasks(nlp: Language, name: str, lang: str | None) -> TasksComponent:
    return TasksComponent(nlp, name, lang)
