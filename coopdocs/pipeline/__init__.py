"""spaCy components of coopdocs, one per file, each a registered factory ``coopdocs_*``.

Results live on the ``Doc`` as :mod:`coopdocs.categories` declares: span groups
``doc.spans[spans_key]`` (``coopdocs_figures`` ... by default, configurable per component)
whose spans carry the parsed item on ``span._.coopdocs_<item>``, and ``doc._.coopdocs_meeting``,
``doc._.coopdocs_tasks``, ``doc._.coopdocs_kind``, ``doc._.coopdocs_title`` for the rest.

Every component derives from :class:`Component`, which does what spaCy's own components do
around their work: it knows its language, its spans key and the categories it requires, and
refuses (:class:`~coopdocs.errors.PipelineError`) a Doc on which a required component has not
run, rather than silently finding less.
"""
from __future__ import annotations

import weakref
from typing import ClassVar

from spacy.tokens import Doc, Span

from .. import categories
from ..errors import LanguageError, PipelineError

# Doc extensions that are not a category: the document's kind and title (set by
# coopdocs_meeting), and the table cells of a .docx (set before the pipeline runs).
DOC_EXTENSIONS = ("coopdocs_kind", "coopdocs_title", "coopdocs_cells")
_KEYS = ("coopdocs", "spans_keys")  # doc.user_data: category -> where its component put it


def register_extensions() -> None:
    for c in categories.CATEGORIES:
        target = Span if c.spans_key else Doc
        if not target.has_extension(c.extension):
            target.set_extension(c.extension, default=None)
    for ext in DOC_EXTENSIONS:
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)


def component_lang(nlp_lang: str, lang: str | None, name: str) -> str:
    """The language a component works in: its ``lang`` setting, else the pipeline's. Any
    language with a profile (:func:`coopdocs.lang.known`); :class:`LanguageError` otherwise."""
    from .. import lang as languages

    code = lang or nlp_lang
    try:
        languages.profile(code)
    except LanguageError as e:
        raise LanguageError(
            f"{name}: {e.message}; in a {nlp_lang!r} pipeline add it with "
            f"config={{'lang': CODE}}") from None
    return code


def factory_args(category: str) -> dict:
    """``default_config``, ``assigns`` and ``requires`` of a category's ``Language.factory``:
    ``lang`` (None: the pipeline's), and ``spans_key`` where the category is a span group."""
    c = categories.step(category)
    config: dict = {"lang": None}
    if c.spans_key:
        config["spans_key"] = c.spans_key
    return {"default_config": config, "assigns": c.assigns(), "requires": c.requires_attrs()}


class Component:
    """Base of the coopdocs components: ``name``, ``lang``, ``spans_key``, and the check
    that the categories it requires are on the Doc. A subclass sets ``category`` (a category
    or a :class:`~coopdocs.categories.Stage`: then ``spans_key`` is where the items it fills
    are) and
    implements ``annotate(doc)``, which stores its results with :func:`put` (span groups) or
    on ``doc._``."""

    category: ClassVar[str]

    def __init__(self, nlp, name: str, lang: str | None, spans_key: str | None = None):
        self.name = name
        self.lang = component_lang(nlp.lang, lang, name)
        self.spans_key = spans_key or categories.step(self.category).spans_key

    @property
    def requires(self) -> tuple[str, ...]:
        return categories.step(self.category).requires

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.user_data.setdefault(_KEYS, {})
        missing = [c for c in self.requires if c not in keys]
        if missing:
            needed = ", ".join(repr(categories.step(c).factory) for c in missing)
            raise PipelineError(
                f"the component {self.name!r} needs {needed} to run before it on the same Doc "
                f"(nlp.add_pipe({categories.step(missing[0]).factory!r}, before={self.name!r}))")
        keys[self.category] = self.spans_key
        self.annotate(doc)
        return doc

    def annotate(self, doc: Doc) -> Doc:  # pragma: no cover - every component implements it
        raise NotImplementedError


def spans_key(doc: Doc, category: str) -> str | None:
    """Where the items of ``category`` are on ``doc``: the key its component used."""
    keys = doc.user_data.get(_KEYS) or {}
    return keys.get(category) or categories.get(category).spans_key


def put(doc: Doc, category: str, items) -> None:
    """Store items on the doc: a span group of token-aligned spans carrying each item."""
    ext = categories.get(category).extension
    spans, kept = [], []
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None:
            continue
        span._.set(ext, item)
        spans.append(span)
        kept.append(item)
    key = spans_key(doc, category)
    doc.spans[key] = spans
    group = doc.spans[key]
    _ITEMS.setdefault(doc, {})[key] = (group, len(group), kept)


def items(doc: Doc, category: str) -> list:
    """The items of ``category`` on the doc: its span group's, or its doc extension's as a
    list (empty if its component did not run)."""
    c = categories.get(category)
    if not c.spans_key:
        value = doc._.get(c.extension)
        return list(value or []) if c.many else ([value] if value is not None else [])
    key = spans_key(doc, category)
    if key not in doc.spans:
        return []
    group = doc.spans[key]
    known = _ITEMS.get(doc, {}).get(key)
    if known is not None and known[0] is group and known[1] == len(group):
        return list(known[2])  # as put() left them: no span and extension object per item
    return [span._.get(c.extension) for span in group if span._.get(c.extension) is not None]


def taken(doc: Doc, *categories: str):
    """A Mask of the character ranges of the items of the given categories."""
    from ..rules.common import Mask

    return Mask((i.start, i.end) for c in categories for i in items(doc, c))


_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# doc -> {spans key: (span group, its length, the items put() stored in it)}: items() reads
# them back without a Span and an extension lookup per item while the group is unchanged.
_ITEMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """The doc's text, built once per Doc object (spaCy joins every token on each
    ``doc.text``). A Doc's text never changes, so the Doc itself is the key."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def made_from(doc: Doc, text: str) -> Doc:
    """Tell :func:`text_of` the text ``doc`` was tokenized from (a tokenizer keeps every
    character, so it is ``doc.text``), sparing the join of every token. The text must be the
    doc's: its length is checked against the doc's last token."""
    last = doc[-1] if len(doc) else None
    if len(text) == (last.idx + len(last.text_with_ws) if last is not None else 0):
        _TEXTS[doc] = text
    return doc


def word_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the doc's tokens that are not whitespace, in order
    (read from the token arrays, not token by token)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    if not len(doc):
        return []
    arr = doc.to_array([IDX, LENGTH, IS_SPACE])
    words = arr[arr[:, 2] == 0]
    return list(zip(words[:, 0].tolist(), (words[:, 0] + words[:, 1]).tolist()))


def token_starts(doc: Doc) -> list[int]:
    """Character offsets where the doc's tokens start, in order."""
    from spacy.attrs import IDX

    return doc.to_array(IDX).tolist() if len(doc) else []


def boundaries(doc: Doc):
    """(is_token_start, is_token_end) for character offsets of the doc (made once per Doc and
    number of tokens: several components ask)."""
    known = _BOUNDARIES.get(doc)
    if known is not None and known[0] == len(doc):
        return known[1]
    from spacy.attrs import IDX, LENGTH

    if not len(doc):
        return (lambda i: False), (lambda i: False)
    arr = doc.to_array([IDX, LENGTH])
    starts = arr[:, 0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist()
    found = set(starts).__contains__, set(ends).__contains__
    _BOUNDARIES[doc] = (len(doc), found)
    return found


_BOUNDARIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # doc -> (tokens, found)


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
