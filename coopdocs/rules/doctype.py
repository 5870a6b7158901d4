"""The kind of a document (minutes, report, plan, resolution, news) and its title, read
from its heading lines: the first of them that opens with a document-type word of
``doc_types.tsv``, written as it heads a document (``BIÊN BẢN`` in capitals, so that ``Biên
bản`` in running text heads nothing), on a line no longer than ``[doctype]
max_heading_chars``. Where words are spaced (``[text] spaced``) the type word stands alone;
where they are not (th) it runs into the title it opens (``แผนปฏิบัติการพัฒนาสหกรณ์…``)."""
from __future__ import annotations

import re

from ..lang import mapping, profile
from .sentences import any_of, spacing

HEAD_LINES = 25


def kind_and_title(text: str, lang: str) -> tuple[str | None, str | None]:
    types = mapping(lang, "doc_types", optional=True)
    longest = profile(lang).doctype.max_heading_chars
    after = r"(?=\s|$|[:\-–])" if spacing(lang).spaced else ""
    rx = re.compile(rf"^\s*({any_of(types)}){after}")
    lines = [ln.strip() for ln in text[:8000].split("\n") if ln.strip()][:HEAD_LINES]
    for i, line in enumerate(lines):
        m = rx.match(line)
        if not m or (longest and len(line) > longest):
            continue
        kind = types.get(m.group(1))
        title = line
        if i + 1 < len(lines) and len(line) <= len(m.group(1)) + 2 and len(lines[i + 1]) <= 200:
            title = f"{line} {lines[i + 1]}"
        return kind, re.sub(r"\s+", " ", title).strip()
    first = lines[0] if lines else ""
    title = first if 0 < len(first) <= 160 and not first.endswith((".", ":")) else None
    return "news", title
