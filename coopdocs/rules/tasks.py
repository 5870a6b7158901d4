"""Assignments: who must do what, by when (docs/annotation.md "tasks").

Four structures name an assignment; each needs a body or person the assignee grammar
(:mod:`coopdocs.rules.assignees`) accepts:

- a cue, then the assignee (``Giao Sở Tài chính ...``, ``đề nghị: Ban Chấp hành ...``,
  ``มอบหมายให้สำนักงาน ...``; ``task_cues.tsv``): a ``directive`` cue (``เสนอให้``) may name
  nobody, a ``bare`` one (``ให้``) counts only where a phrase starts; the words of
  ``task_not_cues.tsv`` around a cue, or a number before it, make it none (``đã giao``,
  ``dự và chỉ đạo``, ``15 đề nghị``, ``ให้แก่``);
- a list item that names a body before a colon (``- Sở Tài chính: chủ trì ...``);
- a body at the start of a phrase, then a word of obligation (``task_modals.tsv``: ``các sở,
  ngành cần ...``, ``Sở Tài chính chủ trì, phối hợp ...``, ``หน่วยงาน...ต้อง``), each clause
  of a directive after ``;`` with its own;
- where a directive governs (after a paragraph holding an assignment, or a scope opener of
  ``[tasks] scope_openers``): a sentence or paragraph that opens with a body and an urging
  word or an action verb (``Chính quyền các cấp chủ động ...``, ``สหกรณ์จังหวัดยังคง...``),
  until a paragraph opens with a date or reports work done.

A body followed by a report word (``task_reports.tsv``: ``đã``, ``ได้``) takes no task. The
task's text runs from its cue (or its assignee) to the end of its sentence, or to where the
next assignment of the sentence starts; a line that introduces a list (``... như sau:``,
``... ดังนี้``) takes the list with it. The deadline is the date a deadline cue introduces
(``trước ngày 31/3/2026``; ``trong quý II/2026`` is its last month), or the date a governing
verb reaches in the clause (``hoàn thành ... năm 2019``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..lang import profile, rows, words
from ..model import Date, Task
from .assignees import Boundary, Named, always, back_over, named_at, word_flags
from .common import ByStart, Mask
from .scan import guarded
from .sentences import (
    Sentences,
    any_of,
    listed,
    mark_chars,
    per_language,
    sentences,
    spacing,
    within,
)
from .targets_words import Tail, WordScan, lowered
from .tasks_parts import Later, Parts, pattern

ACTION_WORDS = 20  # the most words of an action where words are spaced
ACTION_CHARS = 60  # the most letters of one where they are not
NEAR = 30  # a deadline cue stands at most this far before its date
GOVERNED = 160  # a governing verb reaches a date this far on in its clause
STARTS = 4  # phrase starts tried before a word of obligation
REACH = 200  # a body that a word of obligation follows starts at most this far before it
ORDER = ("cued", "item", "obliged", "continued")


@dataclass
class Found:
    start: int  # where the assignment's text starts: its cue, or its assignee
    who: Named | None
    after: int  # where the words after the assignee (or the cue) start
    how: str  # one of ORDER


@dataclass
class Context:
    text: str
    lang: str
    dates: ByStart
    word_start: Boundary = always
    word_end: Boundary = always
    g: Grammar = field(init=False)
    low: str | None = field(init=False)  # the text in lower case, where the cue scan reads it
    sents: Sentences = field(init=False)  # looked up once: each lookup compares the text

    def __post_init__(self):
        self.g = grammar(self.lang)
        self.low = lowered(self.text) if self.g.cue.wants_lowered(self.text) else None
        self.sents = sentences(self.text, self.lang)

    def named(self, pos: int) -> Named | None:
        return named_at(self.text, pos, self.lang, self.word_start, self.word_end)


def find_tasks(text: str, lang: str, dates: list[Date], word_start: Boundary = always,
               word_end: Boundary = always) -> list[Task]:
    """Every assignment of ``text``, in order; ``word_start``/``word_end`` tell where the
    tokenizer puts word boundaries (for a language that writes no spaces between words)."""
    ctx = Context(text, lang, ByStart(dates), word_start, word_end)
    if not ctx.g.active:
        return []
    found = _cued(ctx) + _items(ctx) + _obliged(ctx)
    found += _continued(ctx, found)
    kept = _unique(ctx, found)
    nexts = [f.start for f in kept[1:]] + [None]
    return [_task(ctx, f, nxt) for f, nxt in zip(kept, nexts)]


# --- the structures -----------------------------------------------------------------------

def _cued(ctx: Context) -> list[Found]:
    text, g, out = ctx.text, ctx.g, []
    for m in g.cue.finditer(text, ctx.low):
        a, role = m.start(), g.cue_roles.get(m.group().casefold(), "cue")
        if role == "bare" and a > 0 and not (text[a - 1].isspace() or text[a - 1] == ":"):
            continue
        if not ctx.word_start(a) or (g.not_before_end(text, max(0, a - 24), a)
                                     and g.not_before.search(text, max(0, a - 24), a)):
            continue
        s0 = ctx.sents.around(a)[0]
        if g.opinion.search(text, max(s0, a - REACH), a):
            continue  # Đồng chí X cho rằng ..., đề nghị ...: a view, no assignment
        p = g.after_cue.match(text, m.end()).end()
        if g.not_after.match(text, p):
            continue
        who = ctx.named(p)
        if who is None:
            if role == "directive" and g.letter.match(text, p):
                out.append(Found(a, None, p, "cued"))
        elif not g.report.match(text, who.end) and not (role == "bare"
                                                        and g.state.match(text, who.end)):
            out.append(Found(a, who, who.end, "cued"))
    return out


def _items(ctx: Context) -> list[Found]:
    """``- Sở Tài chính: chủ trì ...``, ``1. Sở Nội vụ: ...``."""
    out, capitalised = [], profile(ctx.lang).tasks.names_capitalised
    for m in ctx.g.bullet.finditer(ctx.text):
        who = ctx.named(m.end())
        if who is None or who.first.kind == "person":
            continue
        colon = ctx.g.item_colon.match(ctx.text, who.end)
        rest = ctx.text[colon.end():colon.end() + 200].split("\n", 1)[0] if colon else ""
        if colon and (not capitalised or any(w.islower() for w in re.findall(r"[^\W\d_]{2,}", rest))):
            out.append(Found(who.first.start, who, colon.end(), "item"))  # not - Các sở: TC, NN;
    return out


def _obliged(ctx: Context) -> list[Found]:
    """A body at the start of a phrase, then a word of obligation right after it."""
    text, g, out = ctx.text, ctx.g, []
    for m in g.modal.finditer(text):
        kind = g.modal_roles.get(m.group("m").casefold())
        if kind not in ("strong", "lead") or not ctx.word_start(m.start("m")):
            continue
        if kind == "lead" and g.meeting_after.match(text, m.end()):
            continue  # chủ trì hội nghị: the chair of a meeting
        if g.state.match(text, m.end()):
            continue  # phải đối mặt với ...: what a body went through
        for p in _phrase_starts(ctx, m.start("m"), strict=kind == "lead"):
            who = ctx.named(p)
            if who is not None and not text[who.end:m.start("m")].strip():
                out.append(Found(who.first.start, who, who.end, "obliged"))
                break
    return out


def _phrase_starts(ctx: Context, pos: int, strict: bool):
    """Where a phrase that ``pos`` ends may start, nearest first: the sentence's start (after
    a list mark) and its clauses' (after a clause mark or a colon); unless ``strict``, also
    after a comma, or, where words are not spaced, after a space."""
    text, g = ctx.text, ctx.g
    s0 = ctx.sents.around(pos)[0]
    s0 = g.bullet_here.match(text, s0, pos).end()
    lo = max(s0, pos - REACH)
    marks = g.clause_mark if strict else g.phrase_mark
    starts = [m.end() for m in marks.finditer(text, lo, pos)]
    starts = [s0, *starts[-(STARTS - 1):]] if s0 < pos and pos - s0 <= REACH else starts
    return reversed(starts)


def _continued(ctx: Context, found: list[Found]) -> list[Found]:
    """Where a directive governs: sentences and paragraphs that open with a body followed by
    an urging word (or, where words are not spaced, by an action verb)."""
    text, g, out = ctx.text, ctx.g, []
    lines = _Lines(text)
    scopes: dict[int, int] = {}  # a line's start: where the scope of its directive starts
    for f in found:
        if f.how == "cued":
            a = lines.around(f.start)[0]
            scopes[a] = min(scopes.get(a, f.after), f.after)
    opener = g.opener.match(text)
    for a, pos in ([(0, opener.end())] if opener else []) + [
            (m.start() + 1, m.end()) for m in g.opener_line.finditer(text)]:
        scopes.setdefault(a, pos)
    most = profile(ctx.lang).tasks.scope_paragraphs
    for a, pos in sorted(scopes.items()):
        end = lines.around(a)[1]
        for u in [*_sentence_starts(ctx, pos, end), *lines.after(end, most)]:
            if u >= end and (g.heading.match(text, u)
                             or any(True for _ in within(ctx.dates, u, u + 20))):
                break  # a heading, or a paragraph that opens with a date (a report)
            who = ctx.named(u)
            if who is None:
                continue
            if g.report.match(text, who.end):
                break
            if _urged(ctx, who.end):
                out.append(Found(who.first.start, who, who.end, "continued"))
    return out


class _Lines:
    """The line breaks of a text, found once; a line is looked up by bisection."""

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line that holds ``pos`` (no line break)."""
        k = bisect.bisect_left(self.breaks, pos)
        return (self.breaks[k - 1] + 1 if k else 0,
                self.breaks[k] if k < len(self.breaks) else len(self.text))

    def after(self, end: int, most: int) -> list[int]:
        """The starts of the first ``most`` lines that are not blank after the line that ends
        at ``end``."""
        out, k = [], bisect.bisect_left(self.breaks, end)
        while len(out) < most and k < len(self.breaks):
            a = self.breaks[k] + 1
            b = self.breaks[k + 1] if k + 1 < len(self.breaks) else len(self.text)
            if a < b and not self.text[a:b].isspace():
                out.append(a)
            k += 1
        return out


def _sentence_starts(ctx: Context, pos: int, end: int):
    """The starts of the sentences that begin after ``pos`` and before ``end``."""
    s = ctx.sents
    nxt = s.around(pos)[1]
    while nxt < end:
        m = re.compile(r"\S").search(ctx.text, nxt, end)
        if m is None:
            break
        a = m.start()
        if a >= end:
            break
        yield a
        nxt = s.around(a)[1]
        if nxt <= a:
            break


def _urged(ctx: Context, pos: int) -> bool:
    """Right after a body: any word of obligation; where words are not spaced, also an
    action verb opening a later phrase after the other bodies addressed (หน่วยงาน สาขา
    ท้องถิ่น และกรรมการ ส่งเสริม...: a verb glued to the body is a report of what it did)."""
    m = ctx.g.modal.match(ctx.text, ctx.g.spaces.match(ctx.text, pos).end())
    if m and ctx.g.modal_roles.get(m.group("m").casefold()) in ("strong", "soft", "lead"):
        return not ctx.g.state.match(ctx.text, m.end())  # ยังคงประสบ: a state, no action
    if spacing(ctx.lang).spaced:
        return False
    window = ctx.text[pos:pos + 100].split("\n", 1)[0]
    for c in re.finditer(r"(?<!\S)\S", window):
        if ctx.g.verb.match(window, c.start()) and ctx.word_start(pos + c.start()):
            return bool(ctx.g.joined.search(window, 0, c.start()))
    return False


def _unique(ctx: Context, found: list[Found]) -> list[Found]:
    """One task per assignee: the structures in the order of ORDER, then by position. A cue
    that is the action of an assignee found before it (Giao Ngân hàng ... chỉ đạo các tổ chức
    tín dụng ...) is that assignment's action, not another one."""
    actions = {ctx.g.lead_words.match(ctx.text, f.after).end() for f in found if f.who}
    kept: list[Found] = []
    taken = Mask()
    for f in sorted(found, key=lambda f: (ORDER.index(f.how), f.start)):
        if f.how == "cued" and f.start in actions:
            continue
        a, b = (f.who.first.start, f.who.end) if f.who else (f.start, f.after)
        if taken.hits(a, b) or taken.hits(f.start, f.start + 1):
            continue
        kept.append(f)
        taken.add(a, max(b, a + 1))
    return sorted(kept, key=lambda f: f.start)


# --- a task from what was found -----------------------------------------------------------

def _task(ctx: Context, f: Found, nxt: int | None) -> Task:
    text = ctx.text
    end = ctx.sents.around(f.start)[1]
    if nxt is not None and f.start < nxt < end:
        end = nxt
    end = _trimmed(text, end)
    if ctx.g.leadin.search(text, max(f.start, end - 40), end):
        end = _list_end(ctx, end)
    collaborators, pos, beside = _collaborators(ctx, f, end)
    deadline, cue_at = _deadline(ctx, f.after, end)
    stop = min((x for x in (cue_at, beside, end) if x is not None and x >= pos), default=pos)
    return Task(text=text[f.start:end], start=f.start, end=end,
                assignee=f.who.first.text if f.who else None, collaborators=collaborators,
                action=_action(ctx, pos, stop), deadline=deadline)


def _list_end(ctx: Context, end: int) -> int:
    """The end of the list items (bulleted or numbered lines) under the line ending at
    ``end``; blank lines between them are passed over."""
    text, out = ctx.text, end
    nl = text.find("\n", end)
    while nl >= 0:
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[nl + 1:line_end]
        if line.strip():
            if not ctx.g.list_item.match(line):
                break
            out = line_end
        nl = line_end if line_end < len(text) else -1
    return _trimmed(text, out)


def _trimmed(text: str, end: int) -> int:
    """``end`` moved back over spaces and a trailing semicolon or comma."""
    space = " \t\r\n\u00a0"
    return back_over(text, 0, back_over(text, 0, back_over(text, 0, end, space), ";,"), space)


def _collaborators(ctx: Context, f: Found, end: int) -> tuple[list[str], int, int | None]:
    """(the bodies named beside the assignee or after a collaborator word, where the action
    starts, where a collaborator phrase after the action starts): ``chủ trì, phối hợp với
    Sở Tài chính bố trí ...``, ``...ปรับปรุงร่างแผนร่วมกับสำนักงานเกษตรจังหวัด``."""
    if f.who is None:
        return [], f.after, None
    names = [o.text for o in f.who.others]
    pos = ctx.g.lead_words.match(ctx.text, f.after).end()
    c = ctx.g.collab.match(ctx.text, pos)
    who = ctx.named(c.end()) if c else None
    if who is not None:
        return [*names, who.first.text, *(o.text for o in who.others)], who.end, None
    for c in ctx.g.collab.finditer(ctx.text, pos, min(end, pos + ACTION_CHARS * 4)):
        who = ctx.named(c.end())
        if who is not None:
            return [*names, who.first.text, *(o.text for o in who.others)], pos, c.start()
    return names, max(pos, f.after), None


def _action(ctx: Context, pos: int, end: int) -> str | None:
    """What must be done: the words after the assignee (its title, lead and modal words
    skipped) up to the deadline or the clause's end, short."""
    text, g = ctx.text, ctx.g
    pos = g.lead_words.match(text, pos).end()
    rest = g.action_end.split(text[pos:min(max(pos, end), pos + 400)], maxsplit=1)[0]
    if spacing(ctx.lang).spaced:
        out = " ".join(rest.split()[:ACTION_WORDS])
    else:
        chunks = [c for c in rest.split() if g.letter.match(c) and not g.title.match(c)]
        out = chunks[0][:ACTION_CHARS] if chunks else ""
    return out.strip(" ,:") or None


def _deadline(ctx: Context, a: int, b: int) -> tuple[str | None, int | None]:
    """(the deadline, where its cue starts): a date right after a deadline cue, else a date
    a governing verb (hoàn thành) reaches in its clause."""
    text, g = ctx.text, ctx.g
    for d in within(ctx.dates, a, b):
        m = g.near.search(text, max(a, d.start - NEAR), d.start)
        if m:
            q = m.group("q")
            value = d.value
            if q and re.fullmatch(r"\d{4}", value):
                value = f"{value}-{3 * _quarter(q, ctx.lang):02d}"
            return value, m.start()
    for d in within(ctx.dates, a, b):
        lo = max(a, d.start - GOVERNED)
        clause = text[lo:d.start]
        cut = max(clause.rfind(c) for c in (*mark_chars(ctx.lang), "\n")) if clause else -1
        if g.governor.search(clause, cut + 1 if cut >= 0 else 0):
            return d.value, None
    return None, None


def _quarter(q: str, lang: str) -> int:
    """The number of a quarter written in digits, Roman numerals or words (สอง)."""
    if q.isdigit():
        return int(q)
    return {"I": 1, "II": 2, "III": 3, "IV": 4, **_small(lang)}.get(q.upper(), 4)


@per_language
def _small(lang: str) -> dict[str, int]:
    """The number words one to four (numwords.tsv digits)."""
    out = {}
    for r in rows(lang, "numwords", optional=True):
        if len(r) > 2 and r[2] == "digit" and r[1].isdigit() and 1 <= int(r[1]) <= 4:
            out[r[0]] = int(r[1])
    return out


# --- the grammar, from the language's data -----------------------------------------------

class Grammar(Parts):
    """The patterns of assignments of a language, each compiled on first use."""

    active: bool
    cue: WordScan
    cue_roles: dict
    not_before: re.Pattern
    not_before_end: Tail
    not_after: re.Pattern
    state: re.Pattern
    opinion: re.Pattern
    after_cue: re.Pattern
    modal: WordScan
    modal_roles: dict
    report: re.Pattern
    collab: re.Pattern
    lead_words: re.Pattern
    meeting_after: re.Pattern
    verb: re.Pattern
    title: re.Pattern
    letter: re.Pattern
    bullet: re.Pattern
    bullet_here: re.Pattern
    clause_mark: re.Pattern
    spaces: re.Pattern
    heading: re.Pattern
    joined: re.Pattern
    list_item: re.Pattern
    item_colon: re.Pattern
    phrase_mark: re.Pattern
    opener: re.Pattern
    opener_line: re.Pattern  # an opener right after a line break
    leadin: re.Pattern
    action_end: re.Pattern
    near: re.Pattern
    governor: re.Pattern


def _roles(lang: str, name: str) -> dict[str, str]:
    return {r[0].casefold(): (r[1] if len(r) > 1 else "cue") for r in rows(lang, name, optional=True)}


@per_language
def grammar(lang: str) -> Grammar:
    t, sp, prof = profile(lang).tasks, spacing(lang), profile(lang)
    flags = re.VERBOSE | (re.IGNORECASE if prof.text.ignore_case else 0)
    words_as = word_flags(lang)  # modals, report and collaborator words: never a name's
    gap = r"[ \t]*"
    nots = rows(lang, "task_not_cues", optional=True)
    befores = [r[0] for r in nots if len(r) > 1 and r[1] == "before"]
    after = any_of([r[0] for r in nots if len(r) > 1 and r[1] == "after"])
    state = any_of([r[0] for r in nots if len(r) > 1 and r[1] == "state"])
    opinion = any_of([r[0] for r in nots if len(r) > 1 and r[1] == "opinion"])
    modals = listed(lang, "task_modals")
    cues = words(lang, "task_cues", optional=True)
    lead = rf"(?: [ \t:,]* (?:{modals}) {sp.after} )*"
    days = any_of((*prof.phrases.day_words, *prof.phrases.month_words))
    return Grammar(
        active=bool(rows(lang, "org_heads", optional=True) or rows(lang, "task_cues", optional=True)),
        cue=Later(lambda _: WordScan(guarded(re.compile(
            rf"{sp.before}(?:{any_of(cues)}){sp.after}", flags)), cues)),
        cue_roles=_roles(lang, "task_cues"),
        not_before=pattern(rf"(?:{sp.before}(?:{any_of(befores)}) | [0-9]) {gap} \Z", flags),
        not_before_end=Tail([*befores, *"0123456789"], bool(flags & re.IGNORECASE), " \t"),
        not_after=pattern(rf"(?:{after})", flags),
        state=pattern(rf"[ \t]*(?:{state})", flags),
        opinion=pattern(rf"{sp.before}(?:{opinion}){sp.after}", flags),
        after_cue=pattern(r"[ \t]*(?:[:：][ \t]*)?"),
        modal=Later(lambda _: WordScan(re.compile(rf"(?P<m>{modals}) {sp.after}", words_as),
                                       words(lang, "task_modals", optional=True))),
        modal_roles=_roles(lang, "task_modals"),
        report=pattern(rf"[ \t]* (?:{listed(lang, 'task_reports')}) {sp.after}", words_as),
        collab=pattern(rf"[ \t,]* (?:{listed(lang, 'task_collaborators')}) {sp.after} [ \t]*",
                          words_as),
        lead_words=pattern(rf"{lead} [ \t:,]*", words_as),
        meeting_after=pattern(rf"""[ \t,]* (?: [^\W\d_]+ [ \t]+ ){{0,2}}
                                      (?:{_meeting_words(lang)}) {sp.after}""", flags),
        verb=pattern(rf"(?:{listed(lang, 'task_verbs')})", flags),
        title=pattern(rf"(?:{_titles(lang)})", flags),
        letter=pattern(r"[^\W\d_]"),
        bullet=pattern(r"^[ \t]*(?:[-+•*]|\d+[.)]|[a-z][.)])[ \t]*", re.MULTILINE),
        bullet_here=pattern(r"[ \t]*(?:(?:[-+•*]|\d+[.)])[ \t]*)?"),
        spaces=pattern(r"[ \t]*"),
        heading=pattern(rf"""[ \t]* (?: \d+ (?:\.\d+)* \.? [ \t] | [IVX]+ \. [ \t]
                                       | (?:{_meeting_words(lang, 'agenda_label')}|{_meeting_words(lang, 'agenda_item')}) )""",
                           flags),
        joined=pattern(rf"(?:{any_of(t.name_joiners)})", flags),
        list_item=pattern(r"[ \t]*(?:[-+•*]|\d+[.)]|[a-z][.)])[ \t]*\S"),
        item_colon=pattern(r"[ \t]*[:：][ \t]*(?=[^\W\d_])"),
        phrase_mark=pattern(r"[,;:][ \t]+" if sp.spaced else r"[ \t]+"),
        clause_mark=pattern(rf"(?:{any_of((*prof.sentences.clause_marks, ':'))})[ \t]+"),
        opener=pattern(rf"[ \t]*(?:{any_of(t.scope_openers)})", flags),
        opener_line=pattern(rf"\n[ \t]*(?:{any_of(t.scope_openers)})", flags),
        leadin=pattern(rf"(?:{sp.before}(?:{listed(lang, 'leadin_endings')})[ \t]*:?|:)\s*\Z",
                          flags),
        action_end=pattern(rf"[\n{''.join(map(re.escape, mark_chars(lang)))}]"
                              + (r"|,|\s-\s" if sp.spaced else "")),
        near=pattern(rf"""(?:{any_of(t.deadline_cues)}) {gap} (?: (?:{days}) {gap} )?
                             (?: (?:{any_of(t.quarter_words)}) {gap} (?P<q>[IVX]+|\d|{any_of(_small(lang))})
                                 {gap} (?: [/-] | [^\W\d_]{{1,6}} )? {gap} )?
                             \Z""", flags),
        governor=pattern(rf"{sp.before}(?:{any_of(t.deadline_governors)}){sp.after}", flags),
    )


def _meeting_words(lang: str, role: str = "meeting") -> str:
    return any_of([r[0] for r in rows(lang, "meeting", optional=True)
                   if len(r) > 1 and r[1] == role])


def _titles(lang: str) -> str:
    """The titles (titles.tsv) and body heads (org_heads.tsv) that open a person's title
    written after the name (นายสมชาย ใจดี ผู้จัดการสหกรณ์)."""
    items = [r[0] for r in rows(lang, "titles", optional=True) if len(r) > 1 and r[1] == "title"]
    return any_of(items + list(words(lang, "org_heads", optional=True)))
