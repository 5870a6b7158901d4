"""``coopdocs_tasks``: assignments with assignee and deadline -> ``doc._.coopdocs_tasks``."""
from __future__ import annotations

import bisect
from array import array

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.tasks import find_tasks
from . import Component, factory_args, items, text_of


class TasksComponent(Component):
    category = "tasks"

    def __init__(self, nlp: Language, name: str, lang: str | None = None):
        super().__init__(nlp, name, lang)

    def annotate(self, doc: Doc) -> Doc:
        edges = TokenEdges(doc)
        doc._.coopdocs_tasks = find_tasks(text_of(doc), self.lang, items(doc, "dates"),
                                          edges.starts, edges.ends)
        return doc


class TokenEdges:
    """Whether a character offset starts (``starts``) or ends (``ends``) a token of the doc,
    as :func:`coopdocs.pipeline.boundaries` tells. The tokens' offsets are read from the
    token arrays on the first question (a text with no assignment asks none; where words are
    spaced, none about ends), kept as machine integers and looked up by bisection: a few
    thousand questions on a long text cost less than a set of every offset."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._idx = None  # the tokens' offsets (a numpy array), once read
        self._starts: array | None = None
        self._ends: array | None = None

    def _offsets(self):
        from spacy.attrs import IDX

        if self._idx is None:
            self._idx = self.doc.to_array(IDX).astype("uint64") if len(self.doc) else ()
        return self._idx

    def starts(self, i: int) -> bool:
        if self._starts is None:
            self._starts = _machine(self._offsets())
        return _holds(self._starts, i)

    def ends(self, i: int) -> bool:
        if self._ends is None:
            from spacy.attrs import LENGTH

            idx = self._offsets()
            self._ends = _machine(idx + self.doc.to_array(LENGTH).astype("uint64")
                                  if len(self.doc) else ())
        return _holds(self._ends, i)


def _machine(values) -> array:
    """A numpy array of offsets as an array of machine integers (bisect reads it fast)."""
    out = array("Q")
    if len(values):
        out.frombytes(values.tobytes())
    return out


def _holds(offsets: array, i: int) -> bool:
    """Whether the sorted ``offsets`` hold ``i``."""
    k = bisect.bisect_left(offsets, i)
    return k < len(offsets) and offsets[k] == i


@Language.factory("coopdocs_tasks", **factory_args("tasks"))
def make_tasks(nlp: Language, name: str, lang: str | None) -> TasksComponent:
    return TasksComponent(nlp, name, lang)
