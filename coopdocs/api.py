"""The Python API: ``extract(path)``, ``extract_text(text)``, ``load(lang)``."""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from . import categories, records, selection
from .errors import PipelineError
from .langdetect import detect
from .normalize.repair import normalised
from .pipeline import made_from
from .readers import Options, read_source

# The components, each after the ones it requires (coopdocs.categories).
PIPELINE = tuple(c.factory for c in categories.pipeline_order())


def load(lang: str, disable: Iterable[str] = ()):
    """The coopdocs spaCy pipeline for a language with a profile (built once per process): the
    profile's ``[language] spacy_lang`` blank pipeline with its ``tokenizer`` factory;
    :class:`~coopdocs.errors.LanguageError` for a language without one.

    ``disable`` names components to leave out of ``nlp.pipeline``, the spaCy way (they are
    kept in ``nlp.components``): category or stage names (``"tasks"``) or component names
    (``"coopdocs_tasks"``). A component another one still requires cannot be disabled:
    :class:`~coopdocs.errors.PipelineError` says which requires it."""
    off = set()
    for name in disable:
        short = name.removeprefix("coopdocs_")
        try:
            off.add(categories.step(short).name)
        except KeyError:
            known = ", ".join(s.factory for s in categories.pipeline_order())
            raise PipelineError(f"no coopdocs component {name!r} to disable (known: {known})") \
                from None
    for s in categories.pipeline_order():
        needs = [r for r in s.requires if r in off]
        if s.name not in off and needs:
            raise PipelineError(
                f"cannot disable {categories.step(needs[0]).factory!r}: {s.factory!r} requires it "
                f"(disable {s.factory!r} too, or keep it)")
    return _load(lang, frozenset(off))


@cache
def _load(lang: str, off: frozenset[str]):
    """One pipeline per language and set of disabled components (each built once)."""
    nlp = _build(lang)
    for s in categories.pipeline_order():
        if s.name in off:
            nlp.disable_pipe(s.factory)
    return nlp


def forget_pipelines() -> None:
    """Drop the cached pipelines: the next document builds them again (a spaCy vocabulary
    only grows, so a long-running process renews them to keep its memory flat)."""
    _load.cache_clear()


def _build(lang: str):
    import spacy

    from . import pipeline  # noqa: F401  (extensions)
    from .lang import profile
    from .pipeline import components  # noqa: F401  (registers every factory)

    language = profile(lang).language
    config = {"nlp": {"tokenizer": {"@tokenizers": language.tokenizer}}}
    nlp = spacy.blank(language.spacy_lang, config=config)
    for name in PIPELINE:
        nlp.add_pipe(name, config={"lang": lang})
    return nlp


def extract_text(text: str, lang: str | None = None, *, path: str | None = None,
                 sha256: str | None = None, cells=(), about: dict | None = None,
                 only: Iterable[str] | None = None) -> dict[str, Any]:
    """The record of a text. ``lang`` is detected when not given; ``cells`` are the table
    cells of a .docx (see :func:`coopdocs.readers.read_document`); ``about``: what the reader
    told of the file, for the record's ``source`` (its ``encoding``). ``only`` names the
    categories to fill (:mod:`coopdocs.selection`; default: what the process was set to,
    normally all); the others are left empty and their components do not run."""
    lang = lang or detect(text, path)
    asked = selection.asked() if only is None else selection.check(only)
    nlp = load(lang, disable=selection.disabled(asked))
    nfc = normalised(text, lang)  # the repaired copy the grammars read, offsets mapped back
    work = nfc[0] if nfc else text
    pieces = list(chunks(work, nlp.max_length))
    docs = []
    for offset, chunk in pieces:
        doc = made_from(nlp.make_doc(chunk), chunk)
        doc._.coopdocs_cells = _cells_in(cells, offset, len(chunk), nfc)
        docs.append(doc)
    parts = [records.shift(records.from_doc(doc, path=path, sha256=sha256, lang=lang), offset)
             for (offset, _), doc in zip(pieces, nlp.pipe(docs))]
    record = records.merge(parts)
    record["source"].update(about or {})
    if nfc:
        records.remap(record, nfc[1], text)
    if asked is not None:
        for c in categories.CATEGORIES:
            if c.name not in asked:
                record[c.name] = [] if c.many else None
    return record


def extract(path: str | Path, lang: str | None = None, *, ocr: bool = False) -> dict[str, Any]:
    """The record of a document file (any of :data:`coopdocs.readers.READERS`; with ``ocr``
    scanned PDF pages and page images too)."""
    source = read_source(Path(path), Options(ocr=ocr, lang=lang))
    return extract_text(source.text, lang, path=str(path), sha256=source.sha256,
                        cells=source.cells, about=source.about)


def _cells_in(cells, offset: int, length: int, nfc) -> list:
    """The cells inside a chunk, with offsets into the chunk (and into the NFC copy)."""
    if not cells:
        return []
    from bisect import bisect_left
    from dataclasses import replace

    out = []
    for c in cells:
        start, end = c.start, c.end
        if nfc:
            where = nfc[1]
            start, end = bisect_left(where, start), bisect_left(where, end)
        if offset <= start and end <= offset + length:
            out.append(replace(c, start=start - offset, end=end - offset))
    return out


def chunks(text: str, limit: int):
    """(offset, part) pieces of at most ``limit`` characters, cut at line ends when possible."""
    start = 0
    n = len(text)
    while n - start > limit:
        cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        if cut <= start:
            cut = start + limit - 1
        yield start, text[start:cut + 1]
        start = cut + 1
    yield start, text[start:]
