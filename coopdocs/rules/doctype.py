"""The kind of a document (minutes, report, plan, resolution, news) and its title, read
from its heading lines."""
from __future__ import annotations

import re

from ..lang import alternation, mapping

HEAD_LINES = 25


def kind_and_title(text: str, lang: str) -> tuple[str | None, str | None]:
    types = mapping(lang, "doc_types")
    rx = re.compile(rf"^\s*({alternation(types)})(?=\s|$|[:\-–])", re.IGNORECASE if lang == "th" else 0)
    lines = [ln.strip() for ln in text[:8000].split("\n") if ln.strip()][:HEAD_LINES]
    for i, line in enumerate(lines):
        m = rx.match(line)
        if not m or (lang == "vi" and not line[:len(m.group(1))].isupper()):
            continue
        if lang == "th" and len(line) > 120:
            continue
        kind = types.get(m.group(1)) or types.get(m.group(1).upper())
        title = line
        if i + 1 < len(lines) and len(line) <= len(m.group(1)) + 2 and len(lines[i + 1]) <= 200:
            title = f"{line} {lines[i + 1]}"
        return kind, re.sub(r"\s+", " ", title).strip()
    first = lines[0] if lines else ""
    title = first if 0 < len(first) <= 160 and not first.endswith((".", ":")) else None
    return "news", title
