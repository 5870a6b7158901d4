"""The Python API: ``extract(path)``, ``extract_text(text)``, ``load(lang)``."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from . import categories, records
from .langdetect import detect
from .normalize.repair import normalised
from .readers import read_source

# The components, each after the ones it requires (coopdocs.categories).
PIPELINE = tuple(c.factory for c in categories.pipeline_order())


@cache
def load(lang: str):
    """The coopdocs spaCy pipeline for a language with a profile (built once per process): the
    profile's ``[language] spacy_lang`` blank pipeline with its ``tokenizer`` factory;
    :class:`~coopdocs.errors.LanguageError` for a language without one."""
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
                 sha256: str | None = None, cells=(), about: dict | None = None) -> dict[str, Any]:
    """The record of a text. ``lang`` is detected when not given; ``cells`` are the table
    cells of a .docx (see :func:`coopdocs.readers.read_document`); ``about``: what the reader
    told of the file, for the record's ``source`` (its ``encoding``)."""
    lang = lang or detect(text, path)
    nlp = load(lang)
    nfc = normalised(text, lang)  # the repaired copy the grammars read, offsets mapped back
    work = nfc[0] if nfc else text
    pieces = list(chunks(work, nlp.max_length))
    docs = []
    for offset, chunk in pieces:
        doc = nlp.make_doc(chunk)
        doc._.coopdocs_cells = _cells_in(cells, offset, len(chunk), nfc)
        docs.append(doc)
    parts = [records.shift(records.from_doc(doc, path=path, sha256=sha256, lang=lang), offset)
             for (offset, _), doc in zip(pieces, nlp.pipe(docs))]
    record = records.merge(parts)
    record["source"].update(about or {})
    if nfc:
        records.remap(record, nfc[1], text)
    return record


def extract(path: str | Path, lang: str | None = None) -> dict[str, Any]:
    """The record of a document file (.txt, .md, .docx, .html)."""
    source = read_source(path)
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
