"""spaCy components of coopdocs, one per file, each a registered factory ``coopdocs_*``.

Results live on the ``Doc``: span groups ``doc.spans["coopdocs_<category>"]`` whose spans
carry the parsed item on ``span._.coopdocs_<item>``, and ``doc._.coopdocs_meeting``,
``doc._.coopdocs_tasks``, ``doc._.coopdocs_kind``, ``doc._.coopdocs_title`` for the rest.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

SPANS = {
    "dates": ("coopdocs_dates", "coopdocs_date"),
    "references": ("coopdocs_references", "coopdocs_reference"),
    "figures": ("coopdocs_figures", "coopdocs_figure"),
    "targets": ("coopdocs_targets", "coopdocs_target"),
}
DOC_EXTENSIONS = ("coopdocs_meeting", "coopdocs_tasks", "coopdocs_kind", "coopdocs_title",
                  "coopdocs_cells")
LANGS = ("th", "vi")


def register_extensions() -> None:
    for _, ext in SPANS.values():
        if not Span.has_extension(ext):
            Span.set_extension(ext, default=None)
    for ext in DOC_EXTENSIONS:
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)


def component_lang(nlp_lang: str, lang: str | None, name: str) -> str:
    """The language a component works in: its ``lang`` setting, else the pipeline's."""
    lang = lang or nlp_lang
    if lang not in LANGS:
        raise ValueError(
            f"{name} knows Thai and Vietnamese only; add it with config={{'lang': 'th'|'vi'}} "
            f"to a {nlp_lang!r} pipeline"
        )
    return lang


def put(doc: Doc, category: str, items) -> None:
    """Store items on the doc: a span group of token-aligned spans carrying each item."""
    key, ext = SPANS[category]
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None:
            continue
        span._.set(ext, item)
        spans.append(span)
    doc.spans[key] = spans


def items(doc: Doc, category: str) -> list:
    """The items a component stored for ``category`` (empty if it did not run)."""
    key, ext = SPANS[category]
    if key not in doc.spans:
        return []
    return [span._.get(ext) for span in doc.spans[key] if span._.get(ext) is not None]


def taken(doc: Doc, *categories: str):
    """A Mask of the character ranges of the items of the given categories."""
    from ..rules.common import Mask

    return Mask((i.start, i.end) for c in categories for i in items(doc, c))


def text_key(doc: Doc) -> tuple:
    return ("coopdocs", "text", len(doc))


def text_of(doc: Doc) -> str:
    """The doc's text, built once per doc (spaCy joins every token on each ``doc.text``)."""
    key = text_key(doc)
    text = doc.user_data.get(key)
    if text is None:
        text = doc.text
        doc.user_data[key] = text
    return text


def token_starts(doc: Doc) -> list[int]:
    """Character offsets where the doc's tokens start, in order."""
    from spacy.attrs import IDX

    return doc.to_array(IDX).tolist() if len(doc) else []


def boundaries(doc: Doc):
    """(is_token_start, is_token_end) for character offsets of the doc."""
    from spacy.attrs import IDX, LENGTH

    if not len(doc):
        return (lambda i: False), (lambda i: False)
    arr = doc.to_array([IDX, LENGTH])
    starts = arr[:, 0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist()
    return set(starts).__contains__, set(ends).__contains__


class LazyTokens:
    """(offset, text) of the doc's tokens, made only for the tokens looked at."""

    def __init__(self, doc: Doc, starts: list[int]):
        self.doc, self.starts = doc, starts

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> tuple[int, str]:
        t = self.doc[i]
        return self.starts[i], (t.text_with_ws if t.is_space else t.text)


register_extensions()
