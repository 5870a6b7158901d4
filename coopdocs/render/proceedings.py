"""The proceedings of a meeting as its minutes print them: the notes' own content, in order.

The minutes' form prints the meeting's facts in places of its own (the title, number, time,
place, chair, secretary, attendees, absentees) and closes with a line of its own; between
them it prints what was said. That is the notes' content after their own header and before
their own closing: agenda items as headings, the discussion as paragraphs, the conclusions
marked, and a list of assignments left to the tasks table. Nothing is summarised and
nothing is made up: where the notes give no conclusion for an agenda item, it is a dotted
blank for the clerk.

The notes' layout is read with the language's ``render_labels.tsv`` (which labels state a
header fact, start the proceedings, open an agenda item or a conclusion, end the
proceedings) and the record: its meeting's ``agenda`` and ``conclusions`` (with their
spans) and its ``tasks`` (with theirs). A record without those fields still lays out: the
labels alone then tell the structure.

Each section is ``{number, heading, blocks}``; a block is ``{kind, text, labelled}`` with
``kind`` one of ``text`` (a paragraph), ``sub`` (a heading inside an item, printed as
written), ``conclusion`` (``labelled``: the template prints its conclusion label before it).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..lang import profile, rows
from ..rules.sentences import any_of, mark_chars, per_language, spacing
from .filters import Blank

SUB_WORDS = 20          # a line of more words is a paragraph, never a heading
LABEL_WORDS = 8         # the label before a colon: `Dự và chỉ đạo hội nghị:`
TITLE_LINES = 15        # the title starts within the notes' first lines


@dataclass
class Line:
    start: int
    end: int
    text: str            # stripped


@dataclass
class Layout:
    """What the notes hold besides the record's facts: ``extras`` (header lines the form has
    no place for, printed as written), ``guests`` (the list under a ``guests`` label),
    ``sections`` and whether the proceedings came from a text."""
    extras: list[str] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    from_text: bool = False
    guests: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- language data

@per_language
def _labels(lang: str) -> dict[str, re.Pattern]:
    """render_labels.tsv: role -> a pattern matching a line (its list mark dropped) that
    opens with one of the role's words. Spaced languages need a word boundary after it."""
    by_role: dict[str, list[str]] = {}
    for word, role in rows(lang, "render_labels", optional=True):
        by_role.setdefault(role, []).append(word)
    edge = r"(?![^\W\d_])" if spacing(lang).spaced else ""
    return {role: re.compile(rf"(?:{any_of(words)}){edge}", re.IGNORECASE)
            for role, words in by_role.items()}


def _opens(lang: str, role: str, text: str) -> re.Match | None:
    rx = _labels(lang).get(role)
    return rx.match(_unmarked(lang, text)) if rx else None


@per_language
def _mark(lang: str) -> re.Pattern:
    """A list mark: a bullet, or a number, Roman numeral or letter before ``.`` or ``)``."""
    letters = profile(lang).phrases.list_letters
    return re.compile(rf"""^ (?: [-+•*–—] | \(? (?: \d{{1,3}} | [IVXLC]{{1,6}} | [a-z{letters}] )
                              [.)] ) [ \t]*""", re.VERBOSE)


def _unmarked(lang: str, text: str) -> str:
    return _mark(lang).sub("", text, count=1)


def _numbered(lang: str, text: str) -> bool:
    m = _mark(lang).match(text)
    return bool(m) and not re.match(r"[-+•*–—]", text)


# ---------------------------------------------------------------- lines

def lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(pos + lead, pos + len(raw.rstrip()), raw.strip()))
        pos += len(raw) + 1
    return out


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s/]", " ", text).split()).casefold()


def _words(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------- the notes' header

def _title_end(ls: list[Line], titles: list[str]) -> int:
    """The index after the title block: of the runs of lines that are part of a title and
    start among the notes' first lines, the one that spells most of it (an agency line may
    repeat a few words of the meeting's name)."""
    names = [_norm(t) for t in titles if t and _norm(t)]
    if not names:
        return 0
    inside = [bool(_norm(ln.text)) and any(_norm(ln.text) in n for n in names) for ln in ls]
    best, best_size, i = 0, 0, 0
    while i < min(TITLE_LINES, len(ls)):
        if not inside[i]:
            i += 1
            continue
        end = i
        while end < len(ls) and inside[end]:
            end += 1
        size = sum(len(_norm(ln.text)) for ln in ls[i:end])
        if size > best_size:
            best, best_size = end, size
        i = end
    return best


def _title_rest(lang: str, ls: list[Line], lo: int) -> int:
    """After the title block, its last lines when the title was read short: short lines up to
    the first blank line that are no label, no list item and no sentence."""
    i = lo
    while (lo and i < len(ls) and ls[i].text and _words(ls[i].text) <= SUB_WORDS
           and not _mark(lang).match(ls[i].text) and ls[i].text[-1:] not in mark_chars(lang) + ":"
           and not any(_opens(lang, role, ls[i].text) for role in _labels(lang))):
        i += 1
    return i


def _body_label(lang: str, ls: list[Line], lo: int) -> int | None:
    """The first short line that opens the proceedings (``NỘI DUNG CUỘC HỌP``,
    ``เริ่มประชุมเวลา``)."""
    for i in range(lo, len(ls)):
        m = _opens(lang, "body", ls[i].text)
        if m and _words(_unmarked(lang, ls[i].text)) <= 6:
            return i
    return None


def _colon_label(text: str) -> bool:
    head, colon, _ = text.partition(":")
    return bool(colon) and 0 < _words(head) <= LABEL_WORDS


def _header(lang: str, ls: list[Line], lo: int) -> tuple[int, list[str], list[str]]:
    """(where the proceedings start, the header lines the form has no place for, the list
    under a ``guests`` label). With a line that opens the proceedings, everything before it
    is header; without one the header ends at the first line that is neither a labelled fact
    nor a list under a label."""
    label = _body_label(lang, ls, lo)
    stop = label if label is not None else len(ls)
    extras: list[str] = []
    guests: list[str] = []
    i, listing = lo, None
    while i < stop:
        text = ls[i].text
        role = next((r for r in ("header", "guests") if _opens(lang, r, text)), None)
        if not text:
            listing = None
        elif role:
            listing = None if _opens_rest(lang, role, text) else role
        elif listing and not _colon_label(_unmarked(lang, text)):
            if listing == "guests":                # the form's place for those invited
                guests.append(_unmarked(lang, text).strip())
            elif listing == "extra":
                extras.append(text)
        elif label is not None:
            extras.append(text)                    # a fact the form has no place for
            listing = "extra" if text.endswith(":") else None
        else:
            break
        i += 1
    return (label + 1 if label is not None and i == label else i), extras, guests


def _opens_rest(lang: str, role: str, text: str) -> str:
    """What follows a role's word on a line (``: 8 giờ 30``), without the colon."""
    bare = _unmarked(lang, text)
    m = _labels(lang)[role].match(bare)
    return bare[m.end():].strip(" \t:：.") if m else bare


# ---------------------------------------------------------------- the proceedings

def _end(lang: str, ls: list[Line], lo: int, names: list[str]) -> int:
    """The index of the notes' own closing (the closing line or a signature)."""
    hi = len(ls)
    for i in range(lo, len(ls)):
        text = ls[i].text
        if _opens(lang, "closing", text) or _signature(lang, text):
            hi = i
            break
    while hi > lo and (not ls[hi - 1].text or _is_name(ls[hi - 1].text, names)):
        hi -= 1
    return hi


def _signature(lang: str, text: str) -> bool:
    rx = _labels(lang).get("signature")
    if rx is None or not text:
        return False
    starts = (0, *(m.end() for m in re.finditer(r"\s", text)))
    return any(rx.fullmatch(text[i:].strip()) for i in starts)


def _is_name(text: str, names: list[str]) -> bool:
    bare = text.strip("() \t")
    return any(n and bare.endswith(n) and _words(bare) <= _words(n) + 2 for n in names)


@dataclass
class _Marks:
    """The record's spans over the notes: agenda items, conclusions, tasks."""
    agenda: list[str]
    conclusions: list[tuple[int, int]]
    tasks: list[tuple[int, int]]


def _agenda_item(lang: str, text: str, marks: _Marks) -> tuple[str, str] | None:
    """(number, heading) when the line heads an agenda item: it names one of the record's
    agenda items, or opens with an agenda word (``ระเบียบวาระที่ 3 ...``). A line that ends
    like an item of a list (``;``, ``.``) is an item of the agenda's list, not a heading."""
    bare = _unmarked(lang, text)
    number = re.match(r"\s*\(?(\d{1,3})[.)]", text)
    cued = _opens(lang, "agenda", text)
    if cued:
        rest = bare[cued.end():].strip()
        n = re.match(r"(\d{1,3})\s*[.:)]?\s*", rest)
        return (n.group(1) if n else ""), (rest[n.end():] if n else rest).strip()
    if text.rstrip()[-1:] in mark_chars(lang) or not marks.agenda:
        return None
    line = _norm(bare)
    for item in marks.agenda:
        name = _norm(_agenda_name(lang, item))
        if name and line and (line == name or (line.startswith(name) or name.startswith(line))
                              and min(len(line), len(name)) >= 0.6 * max(len(line), len(name))):
            return (number.group(1) if number else ""), bare.strip()
    return None


def _agenda_name(lang: str, item: str) -> str:
    """An agenda item without its number or agenda word."""
    bare = _unmarked(lang, item.strip())
    cued = _labels(lang).get("agenda")
    m = cued.match(bare) if cued else None
    if m:
        bare = re.sub(r"^\s*\d{1,3}\s*[.:)]?\s*", "", bare[m.end():])
    return bare.strip()


def _overlaps(spans: list[tuple[int, int]], line: Line) -> bool:
    return any(s < line.end and line.start < e for s, e in spans)


def _covered(spans: list[tuple[int, int]], line: Line, lang: str) -> bool:
    """The line's words (its list mark aside) all inside one span."""
    lead = len(line.text) - len(_unmarked(lang, line.text))
    return any(s <= line.start + lead and line.end <= e + 1 for s, e in spans)


def _conclusion_text(lang: str, text: str) -> str:
    """A conclusion without its list mark and label (``Kết luận của chủ trì: ...``)."""
    bare = _unmarked(lang, text).strip()
    m = _labels(lang).get("conclusion")
    m = m.match(bare) if m else None
    if m:
        rest = bare[m.end():]
        head, colon, tail = rest.partition(":")
        rest = tail if colon and _words(head) <= LABEL_WORDS else rest
        bare = rest.strip(" \t:")
    return bare


def _heads_conclusions(lang: str, text: str) -> bool:
    """A label that heads the conclusions after it: ``Kết luận của chủ trì:``, ``มติที่ประชุม``."""
    if not _opens(lang, "conclusion", text):
        return False
    return not _conclusion_text(lang, text) or text.endswith(":")


def _sub(lang: str, text: str) -> bool:
    """A heading inside an item, printed as written: a short numbered or upper-case line that
    ends in no sentence mark (languages that write marks), or a short label ending in ':'."""
    if _words(text) > SUB_WORDS:
        return False
    marks = mark_chars(lang)
    if text.endswith(":"):
        return True
    if not marks or text[-1:] in marks or text[-1:] in ",":
        return False
    letters = [c for c in text if c.isalpha()]
    return _numbered(lang, text) or (len(letters) > 3 and all(c.isupper() for c in letters))


def _items(lang: str, ls: list[Line], marks: _Marks) -> list[tuple]:
    """One item a line: (heading, number, text), (sub, text), (text, text),
    (conclusion, text, labelled), (task,) for an assignment the tasks table shows, (gap,)."""
    out: list[tuple] = []
    scope = False            # inside the conclusions a label heads
    for ln in ls:
        t = ln.text
        if not t:
            out.append(("gap",))
            continue
        head = _agenda_item(lang, t, marks)
        if head:
            out.append(("heading", *head))
            scope = False
        elif _heads_conclusions(lang, t):
            out.append(("sub", t))
            scope = True
        elif _overlaps(marks.conclusions, ln) or _opens(lang, "conclusion", t):
            out.append(("conclusion", _conclusion_text(lang, t), not scope))
        elif scope and _sub(lang, t):
            scope = out[-1][0] != "gap"
            out.append(("sub", t))
        elif scope:
            out.append(("conclusion", t, False))
        elif _mark(lang).match(t) and _covered(marks.tasks, ln, lang):
            out.append(("task",))
        else:
            out.append(("sub", t) if _sub(lang, t) else ("text", t))
    return _drop_emptied(out)


def _drop_emptied(items: list[tuple]) -> list[tuple]:
    """Without the assignments (the tasks table shows them) and the blank lines; a heading
    inside an item that headed only assignments goes with them."""
    out: list[tuple] = []
    for i, item in enumerate(items):
        if item[0] == "sub":
            after = [x for x in items[i + 1:] if x[0] != "gap"]
            nxt = next((j for j, x in enumerate(after) if x[0] != "task"), len(after))
            if nxt > 0 and (nxt == len(after) or after[nxt][0] in ("sub", "heading")):
                continue
        if item[0] not in ("task", "gap"):
            out.append(item)
    return out


def _block(kind: str, text: str, labelled: bool = False) -> dict:
    return {"kind": kind, "text": text, "labelled": labelled}


def _sections(lang: str, items: list[tuple]) -> list[dict]:
    sections = [{"number": "", "heading": "", "blocks": []}]
    for item in items:
        if item[0] == "heading":
            sections.append({"number": item[1], "heading": item[2], "blocks": []})
        elif item[0] == "conclusion":
            sections[-1]["blocks"].append(_block("conclusion", item[1], item[2]))
        else:
            sections[-1]["blocks"].append(_block(item[0], item[1]))
    if not sections[0]["blocks"] and len(sections) > 1:
        sections.pop(0)
    n = 0
    for s in sections:
        if s["heading"]:
            n += 1
            s["number"] = s["number"] or str(n)
    return sections


def _nothing(lang: str, section: dict) -> bool:
    """An item whose whole content says there was nothing (``ไม่มี``, ``Không có.``)."""
    rx = _labels(lang).get("none")
    texts = [b["text"] for b in section["blocks"]]
    return bool(rx) and len(texts) == 1 and bool(rx.fullmatch(texts[0].strip(" .")))


def _conclude(lang: str, sections: list[dict]) -> bool:
    """A dotted conclusion for every agenda item without one (the whole proceedings when
    they name no item); True if any was needed."""
    headed = [s for s in sections if s["heading"]] or sections[-1:]
    needed = False
    for s in headed:
        if not any(b["kind"] == "conclusion" for b in s["blocks"]) and not _nothing(lang, s):
            s["blocks"].append(_block("conclusion", Blank(), True))
            needed = True
    return needed


# ---------------------------------------------------------------- entry points

def _marks(meeting: dict, tasks: list[dict]) -> _Marks:
    def spans(items):
        return [(x["start"], x["end"]) for x in items or () if isinstance(x, dict)
                and isinstance(x.get("start"), int) and isinstance(x.get("end"), int)]
    agenda = [a for a in meeting.get("agenda") or () if isinstance(a, str) and a.strip()]
    return _Marks(agenda, spans(meeting.get("conclusions")), spans(tasks))


def from_notes(text: str, record: dict, lang: str) -> tuple[Layout, list[str]]:
    """The layout of the notes ``text`` that ``record`` was extracted from, and what it left
    blank: ``proceedings`` (the notes say nothing after their header),
    ``proceedings.conclusions`` (an item without a conclusion)."""
    meeting = record.get("meeting") or {}
    ls = lines(text)
    titles = [(record.get("source") or {}).get("title") or "", meeting.get("title") or ""]
    lo, extras, guests = _header(lang, ls, _title_rest(lang, ls, _title_end(ls, titles)))
    names = [(p or {}).get("name") or "" for p in (meeting.get("secretary"), meeting.get("chair"))]
    hi = _end(lang, ls, lo, [n for n in names if n])
    marks = _marks(meeting, record.get("tasks") or [])
    sections = _sections(lang, _items(lang, ls[lo:hi], marks))
    missing = []
    if not any(s["blocks"] or s["heading"] for s in sections):
        sections = [{"number": "", "heading": "", "blocks": [_block("text", Blank())]}]
        missing.append("proceedings")
    if _conclude(lang, sections):
        missing.append("proceedings.conclusions")
    return Layout(extras, sections, True, guests), missing


def from_record(record: dict, lang: str) -> tuple[Layout, list[str]]:
    """The layout when the notes are not at hand: a heading for each agenda item with a
    dotted paragraph for its discussion, then the record's conclusions."""
    meeting = record.get("meeting") or {}
    sections = [{"number": str(i), "heading": _agenda_name(lang, a),
                 "blocks": [_block("text", Blank())]} for i, a in enumerate(_marks(meeting, []).agenda, 1)]
    found = [c["text"] for c in meeting.get("conclusions") or ()
             if isinstance(c, dict) and c.get("text")]
    closing = {"number": "", "heading": "", "blocks": [] if sections else [_block("text", Blank())]}
    closing["blocks"] += [_block("conclusion", _conclusion_text(lang, " ".join(c.split())), True)
                          for c in found]
    if not found:
        closing["blocks"].append(_block("conclusion", Blank(), True))
    missing = ["proceedings"] + ([] if found else ["proceedings.conclusions"])
    return Layout([], sections + [closing], False), missing


def resolutions(lang: str, sections: list[dict]) -> list[dict]:
    """The conclusions by topic, for a notice of conclusions: ``[{number, heading, texts}]``
    in order. A topic is an agenda item, or a heading inside one (``1. Đánh giá ...``) that
    does not itself head conclusions; conclusions before any topic have no heading."""
    out: list[dict] = []
    for s in sections:
        topic = s["heading"]
        for b in s["blocks"]:
            if b["kind"] == "sub" and not _heads_conclusions(lang, b["text"]):
                topic = _unmarked(lang, b["text"]).rstrip(" :")
            elif b["kind"] == "conclusion" and not isinstance(b["text"], Blank):
                if not out or out[-1]["heading"] != topic:
                    n = sum(1 for r in out if r["heading"]) + 1
                    out.append({"number": str(n) if topic else "", "heading": topic, "texts": []})
                out[-1]["texts"].append(b["text"])
    return out


def source_text(record: dict) -> str | None:
    """The text ``record`` was extracted from, when its file is still there unchanged (the
    same SHA-256): the text its offsets index. None otherwise."""
    from ..errors import CoopdocsError
    from ..readers import supported

    source = record.get("source") or {}
    path, digest = source.get("path"), source.get("sha256")
    if not path or not digest:
        return None
    p = Path(path)
    try:
        if not p.is_file() or not supported(p):
            return None
        info = p.stat()
        found = _read_source(str(p.resolve()), info.st_mtime_ns, info.st_size)
    except (OSError, CoopdocsError, ValueError):
        return None
    return found[1] if found[0] == digest else None


@functools.lru_cache(maxsize=16)
def _read_source(path: str, mtime_ns: int, size: int) -> tuple[str, str]:
    """(SHA-256, text) of a file, kept while it is unchanged (same time and size): a plan or
    report rendered again reads its source once."""
    import hashlib

    from ..readers import read_document

    p = Path(path)
    return hashlib.sha256(p.read_bytes()).hexdigest(), read_document(p)[0]
