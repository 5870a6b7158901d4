"""The lists of a meeting's report: who attended, who was absent, the agenda and the
conclusions (the chair's conclusions and the meeting's resolutions, as spans of the text).

A list opens with a label of ``meeting.tsv`` (``Thành phần tham dự``, ``Vắng mặt``, ``Nội
dung``; ``ผู้มาประชุม``, ``ผู้ไม่มาประชุม``) and runs over the lines under it, or over the rest
of its line, until a blank line after some items, a line that starts with another label, or
(where attendees are not numbered, ``[meeting] attendees_numbered``) a numbered line; items
are lines, numbered pieces of a line (``1. นาย... 2. นาง...``) and, in a list written on the
label's line, the pieces between semicolons.
"""
from __future__ import annotations

import re

from ..lang import profile
from .meeting_words import words
from .sentences import per_language, sentences

MAX_ITEMS = 60
MAX_LINES = 40
SPAN = 4000  # a list runs at most this far
NUMBER = r"(?:\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)]"  # 1. 6.3. II. a)
LINE_START = rf"^[ \t]*(?:(?:[-+•*]|{NUMBER})[ \t]*)?"  # a line, after its list mark
ITEM_CHARS = 200  # an agenda item is one short line


def section(text: str, lang: str, role: str) -> tuple[int, int] | None:
    """Where the list under the first label of ``role`` runs: (start, end)."""
    head = _label(lang, role).search(text)
    if head is None:
        return None
    stop = _stop(lang, role in ("attendees_label", "absentees_label"))
    a = end = head.end()
    count = 0
    for m in re.finditer(r"[^\n]*\n?", text[a:a + SPAN]):
        line = m.group().rstrip("\r\n")
        if not line.strip():
            if count or not m.group():
                break
            continue
        cut = stop.search(line)
        if cut is not None and cut.start() == 0:
            break
        end, count = a + m.start() + (cut.start() if cut else len(line)), count + 1
        if cut is not None or count >= MAX_LINES:
            break
    return (a, end) if end > a else None


def items(text: str, lang: str, role: str) -> list[str]:
    """The items of the list under the first label of ``role``."""
    where = section(text, lang, role)
    return split(text[where[0]:where[1]], lang) if where else []


def split(block: str, lang: str) -> list[str]:
    """The items of a list: its lines, the numbered pieces of a line and, where the language
    marks clauses, the pieces of a line between semicolons."""
    out = []
    for line in block.split("\n"):
        pieces = re.split(rf"(?:^|\s){NUMBER}\s+", line)
        if len(pieces) == 1 and profile(lang).sentences.clause_marks:
            pieces = re.split(r";\s*", line)
        for piece in pieces:
            item = re.sub(rf"^\s*(?:[-+•*]|{NUMBER})\s*", "", piece).strip(" ;.\t:")
            if item:
                out.append(re.sub(r"\s+", " ", item))
            if len(out) >= MAX_ITEMS:
                return out
    return out


def agenda(text: str, lang: str) -> list[str]:
    """The agenda: the list under an agenda label (``Nội dung:``), the lines that open with an
    agenda item's word (``ระเบียบวาระที่ 2 ...``), or the items a sentence lists after
    ``các nội dung:`` (separated by semicolons)."""
    where = section(text, lang, "agenda_label")
    if where is not None:
        return _agenda_items(text[where[0]:where[1]], lang)
    numbered = re.compile(rf"^[ \t]*(?:{words(lang, 'agenda_item')})\s*\d+[ \t.:]*(?P<item>[^\n]+)",
                          re.MULTILINE)
    found = [m.group("item").strip() for m in numbered.finditer(text)]
    if found:
        return found[:MAX_ITEMS]
    inline = re.search(rf"(?:{words(lang, 'agenda_inline')})\s*:\s*", text)
    if inline is None:
        return []
    end = sentences(text, lang).around(inline.end())[1]
    parts = re.split(r";\s*", text[inline.end():end])
    return [p.strip(" .") for p in parts if p.strip(" .")][:MAX_ITEMS]


def _agenda_items(block: str, lang: str) -> list[str]:
    """The items of an agenda list: its list-marked lines, up to one that is not (a
    paragraph), or one that introduces more (``... báo cáo kết quả:``: the proceedings, no
    agenda) or runs long."""
    out = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        mark = re.match(rf"[ \t]*(?:[-+•*]|{NUMBER})[ \t]*", line)
        if (not mark and out) or len(line) > ITEM_CHARS or line.rstrip().endswith(":"):
            break
        out += split(line, lang)
    return out[:MAX_ITEMS]


def conclusions(text: str, lang: str) -> list[dict]:
    """The chair's conclusions and the meeting's resolutions as ``{start, end, text}``: the
    paragraphs under a conclusions label or after ``... kết luận như sau:`` (until a closing
    line, a label or a line in capitals), the text after a resolution label on its line
    (``มติที่ประชุม ...``), and the sentences that open with a resolution (``Hội nghị thống
    nhất ...``, ``ที่ประชุมเห็นชอบ ...``)."""
    spans: list[tuple[int, int]] = []
    for m in _label(lang, "conclusions_label").finditer(text):
        spans += _concluded(text, lang, m)
    for m in re.finditer(rf"(?:{words(lang, 'conclusions_inline')})\s*:[ \t]*(?=\n)", text):
        spans += _paragraphs(text, lang, m.end())
    s = sentences(text, lang)
    for m in re.finditer(words(lang, "conclusion_sentence"), text):
        a, b = s.around(m.start())
        if text[a:m.start()].strip() == "":
            spans.append((m.start(), _trim(text, m.start(), b)))
    out, seen = [], set()
    for a, b in sorted(spans):
        if b > a and (a, b) not in seen and not any(x <= a and b <= y for x, y in seen):
            seen.add((a, b))
            out.append({"start": a, "end": b, "text": text[a:b]})
    return out


def _concluded(text: str, lang: str, label: re.Match) -> list[tuple[int, int]]:
    """The conclusions a label opens: the rest of its line after a colon; the lines under it
    when its line is a heading (it ends with a colon, or, in a language that ends its
    sentences with marks, with none: ``Kết luận của đồng chí ... tại hội nghị``); else the
    rest of its line (``มติที่ประชุม รับทราบ``)."""
    end = text.find("\n", label.end())
    end = len(text) if end < 0 else end
    line = text[label.end():end].rstrip()
    body = label.end() + len(line) - len(line.lstrip(" \t:：,"))
    marks = tuple(profile(lang).sentences.end_marks)
    colon = label.group().rstrip().endswith((":", "："))
    if colon and text[body:end].strip():
        return [(body, _trim(text, body, end))]
    if colon or not line.strip() or line.endswith((":", "：")) or (marks and not line.endswith(marks)):
        return _paragraphs(text, lang, end)
    return [(body, _trim(text, body, end))]


def _paragraphs(text: str, lang: str, end: int) -> list[tuple[int, int]]:
    """The lines after the line ending at ``end``, up to a closing line (an end-time word or
    a closing word near its start), a label, an agenda heading, a line in capitals, or
    ``MAX_LINES`` lines."""
    if end >= len(text):
        return []
    stop = _paragraph_stop(lang)
    out = []
    for m in re.finditer(r"[^\n]*", text[end + 1:end + 1 + SPAN]):
        line = m.group()
        if not line.strip():
            continue
        if stop.match(line) or _capitals(line) or len(out) >= MAX_LINES:
            break
        pos = end + 1 + m.start()
        lead = re.match(rf"[ \t]*(?:(?:[-+•*]|{NUMBER})[ \t]*)?", line).end()
        out.append((pos + lead, _trim(text, pos + lead, pos + len(line))))
    return out


@per_language
def _paragraph_stop(lang: str) -> re.Pattern:
    return re.compile(rf"""[^\n]{{0,60}}? (?:{words(lang, 'end_time')}|{words(lang, 'conclusions_end')})
                         | [ \t]* (?:{_labels(lang)}) [ \t]* [:：]
                         | [ \t]* (?:{words(lang, 'agenda_item')}|{words(lang, 'agenda_label')})""",
                      re.IGNORECASE | re.VERBOSE)


def _capitals(line: str) -> bool:
    """A line written in capitals (a signature block: THƯ KÝ, CHỦ TRÌ)."""
    cased = [c for c in line if c.lower() != c.upper()]
    return len(cased) >= 4 and all(c.isupper() for c in cased)


def _trim(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " \t\r\n;":
        b -= 1
    return b


@per_language
def _label(lang: str, role: str) -> re.Pattern:
    """A label of ``role`` opening a line (after a list mark), or, in a language whose
    labels may stand mid-line (``[meeting] chair_label_mid_line``), after a space; then an
    optional colon."""
    start = LINE_START
    if profile(lang).meeting.chair_label_mid_line:
        start = rf"(?:{start}|(?<=\s))"
    return re.compile(rf"{start}(?:{words(lang, role)})[ \t]*[:：]?[ \t]*", re.MULTILINE)


@per_language
def _labels(lang: str) -> str:
    """The labels that open a list or a part of the minutes: each ends the list before it."""
    roles = ("attendees_label", "attendees_end", "absentees_label", "secretary_label",
             "agenda_label", "conclusions_label")
    return "|".join(words(lang, r) for r in roles)


@per_language
def _stop(lang: str, people: bool) -> re.Pattern:
    """What ends a list: another label (opening a line, or after a space where labels may
    stand mid-line); in a list of people where people are not numbered, a numbered line."""
    m = profile(lang).meeting
    start = LINE_START
    if m.chair_label_mid_line:
        start = rf"(?:{start}|(?<=\s))"
    numbered = r"|^[ \t]*(?:[IVX]+\.|\d+\.)" if people and not m.attendees_numbered else ""
    return re.compile(rf"{start}(?:{_labels(lang)}){numbered}")
