"""Who is named as the doer of something (a task's assignee, its collaborators): a body
(``Sở Tài chính``, ``UBND các huyện, thị xã, thành phố``, ``สำนักงานสหกรณ์จังหวัด``), a group
of them (``các sở, ngành liên quan``, ``ทุกระดับ``), a person by title (``Giám đốc Sở Tài
chính``) or by name (``ông Hà Văn Sơn``, ``นายสมชาย ใจดี``).

A name opens with a head (``org_heads.tsv``; the titles and honorifics of ``titles.tsv``), a
collective head only after a quantifier (``[tasks] assignee_prefixes``: ``các sở``), never
with a word listed as ``not`` (``Báo cáo``, ``Hội nghị``). What follows depends on how the
language writes names (``[tasks] names_capitalised``):

- capitalised (Vietnamese): capitalised words and abbreviations, the lower-case words of
  ``org_name_words.tsv`` (``tỉnh``, ``chi nhánh``), a comma or ``các`` before one of those
  (``các huyện, thị xã``), a joiner before a capitalised word (``Kế hoạch và Đầu tư``), and
  one lower-case syllable right after a capitalised word that follows none (``Tài chính``);
- glued (Thai): the letters up to a space or a word that ends a name (an action verb, a
  modal, a collaborator word, a task cue, a report word, ``assignee_ends.tsv``) at a word
  boundary of the tokenizer; then an abbreviation after one space (``สำนักงาน สภช.``); a
  person's surname after one space.

A joiner before another head names a second body (``Sở Tài chính và Sở Nội vụ``,
``หน่วยงานและภาคส่วน``): the first is the name, the others are returned beside it.

>>> n = named_at("Giao Sở Kế hoạch và Đầu tư chủ trì", 5, "vi")
>>> n.first.text, n.end
('Sở Kế hoạch và Đầu tư', 26)
>>> named_at("đề nghị các sở, ngành liên quan cần", 8, "vi").first.text
'các sở, ngành liên quan'
>>> n = named_at("ขอให้ทุกระดับและทุกภาคส่วนติดตาม", 5, "th")
>>> n.first.text, [o.text for o in n.others]
('ทุกระดับ', ['ทุกภาคส่วน'])
>>> named_at("đề nghị Báo cáo kết quả", 8, "vi") is None
True
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lang import profile, rows, words
from .sentences import NEVER, any_of, per_language, spacing
from .tasks_parts import Parts, pattern

Boundary = Callable[[int], bool]
MAX_WORDS = 16  # the most words of one capitalised name
MAX_CHARS = 80  # the most letters of one glued name


def always(_: int) -> bool:
    return True


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    kind: str = "org"  # org | collective | person (a title or an honorific opens it)


@dataclass(frozen=True)
class Named:
    """The first body or person named (``first``), any named beside it by a joiner
    (``others``) and where the whole group ends (``end``)."""

    first: Name
    others: tuple[Name, ...]
    end: int


class Grammar(Parts):
    """The patterns of names of a language, each compiled on first use."""

    head: re.Pattern  # at a position: prefix? then a head (named groups, see _head)
    nope: re.Pattern  # a word listed as `not` a head
    stop: re.Pattern  # a word that ends a name (verbs, modals, cues, report words ...)
    joiner: re.Pattern
    inner: re.Pattern  # capitalised names: words a name goes on over (name words, heads)
    abbreviation: re.Pattern | None
    honorific: re.Pattern


def named_at(text: str, pos: int, lang: str, word_start: Boundary = always,
             word_end: Boundary = always) -> Named | None:
    """The body or person named right at ``pos`` (spaces skipped), or None."""
    g = grammar(lang)
    first = _one(text, pos, lang, g, word_start, word_end)
    if first is None:
        return None
    others, end = [], first.end
    while len(others) < 5:
        j = g.joiner.match(text, end)
        nxt = _one(text, j.end(), lang, g, word_start, word_end) if j else None
        if nxt is None:
            break
        others.append(nxt)
        end = nxt.end
    return Named(first, tuple(others), end)


def _one(text, pos, lang, g: Grammar, word_start, word_end) -> Name | None:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    m = g.head.match(text, pos)
    if m is None or (m.group("coll") and not m.group("pre")):
        return None
    n = g.nope.match(text, m.start("word"))
    if n is not None and n.end() >= m.end():
        return None
    if profile(lang).tasks.names_capitalised:
        if m.group("hon") and not _capital_next(text, m.end()):
            return None  # ông, bà without a name (bà con: people)
        end = _capitalised_end(text, m.end(), g)
    else:
        end = _glued_end(text, m.end(), g, bool(m.group("hon")), word_start, word_end)
    end = back_over(text, pos, end, " ,\t")
    kind = "person" if m.group("hon") or m.group("title") else "collective" if m.group("coll") \
        else "org"
    return Name(pos, end, text[pos:end], kind)


WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_]+(?:[.\-][^\W\d_]+)*)")


def _capitalised_end(text: str, pos: int, g: Grammar) -> int:
    """Where a capitalised name that has reached ``pos`` ends. One lower-case syllable may
    follow a capitalised word that follows none (Tài chính, not Việt Nam mở)."""
    end, budget, after_capital = pos, False, False
    for _ in range(MAX_WORDS):
        w = WORD.match(text, end)
        if w is not None and g.stop.match(text, w.start("w")):
            return end
        inner = g.inner.match(text, end)
        if inner:
            end, budget, after_capital = inner.end(), False, False
            continue
        if w is None:
            return end
        token = w.group("w")
        j = g.joiner.match(text, end)
        if j:
            if not _capital_next(text, w.end()) or g.head.match(text, j.end()):
                return end  # a second body (và Sở Nội vụ) or no name after it
            end, budget, after_capital = w.end(), False, False
        elif token[:1].isupper():
            abbreviation = token.isupper() and len(token) > 1
            end, budget = w.end(), not (after_capital or abbreviation)
            after_capital = True
        elif budget:
            end, budget, after_capital = w.end(), False, False
        else:
            return end
    return end


def back_over(text: str, start: int, end: int, chars: str) -> int:
    """``end`` moved back over any of ``chars``, not before ``start`` (no copy of the text).

    >>> back_over("Sở Tài chính, ", 0, 14, " ,")
    12
    """
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


def _capital_next(text: str, pos: int) -> bool:
    m = re.match(r"[ \t]+([^\W\d_])", text[pos:pos + 4])
    return bool(m) and m.group(1).isupper()


def _glued_end(text: str, pos: int, g: Grammar, person: bool, word_start, word_end) -> int:
    """Where a glued name that has reached ``pos`` ends: a space, or a word that ends a name
    at a word boundary; then an abbreviation, or a person's surname, after one space."""
    end = pos
    limit = min(len(text), pos + MAX_CHARS)
    while end < limit and not text[end].isspace():
        s = g.stop.match(text, end)
        if s and word_start(end) and _whole(s.start(), s.end(), word_end):
            return end
        end += 1
    gap = re.compile(r"[ \t]")
    if end < len(text) and gap.match(text, end):
        if g.abbreviation is not None:
            a = g.abbreviation.match(text, end + 1)
            if a and (a.end() == len(text) or text[a.end()].isspace()):
                return a.end()
        if person:
            nxt = re.compile(r"\S+").match(text, end + 1)
            if nxt and not g.stop.match(text, nxt.start()) and not g.head.match(text, nxt.start()):
                return nxt.end()
    return end


def _whole(a: int, b: int, word_end: Boundary) -> bool:
    """[a, b) is no mere start of a longer word (ส่ง of ส่งเสริม): it ends where a word
    ends, or it runs over the end of the word that starts at ``a``."""
    return word_end(b) or any(word_end(k) for k in range(a + 1, b))


# --- the grammar, from the language's data -----------------------------------------------

def _cased(items, capitalised: bool) -> list[str]:
    """The words as written and, where names are capitalised, with a capital first letter."""
    out = set(items)
    if capitalised:
        out |= {w[:1].upper() + w[1:] for w in items}
    return sorted(out, key=len, reverse=True)


@per_language
def heads(lang: str) -> dict[str, tuple[str, ...]]:
    """org_heads.tsv (kind -> words) and the titles of titles.tsv (`title`)."""
    out: dict[str, list[str]] = {"org": [], "collective": [], "not": [], "title": []}
    for row in rows(lang, "org_heads", optional=True):
        out.setdefault(row[1] if len(row) > 1 else "org", []).append(row[0])
    for row in rows(lang, "titles", optional=True):
        if len(row) > 1 and row[1] == "title":
            out["title"].append(row[0])
    return {k: tuple(v) for k, v in out.items()}


@per_language
def honorifics(lang: str) -> tuple[str, ...]:
    return tuple(r[0] for r in rows(lang, "titles", optional=True) if len(r) > 1
                 and r[1] == "honorific")


@per_language
def ending_words(lang: str) -> tuple[str, ...]:
    """Every word that ends a name: action verbs, modals, collaborator, cue, report words."""
    lists = ("task_verbs", "task_modals", "task_collaborators", "task_cues", "task_reports",
             "assignee_ends")
    return tuple(w for name in lists for w in words(lang, name, optional=True))


def word_flags(lang: str) -> re.RegexFlag:
    """How the words that end a name are matched: as written where capitals mark names (a
    capitalised word goes on with a name: Cần Thơ is no cần), else as the language says."""
    t, text = profile(lang).tasks, profile(lang).text
    return re.VERBOSE | (re.IGNORECASE if text.ignore_case and not t.names_capitalised else 0)


@per_language
def grammar(lang: str) -> Grammar:
    t, sp = profile(lang).tasks, spacing(lang)
    cap = t.names_capitalised
    h = heads(lang)
    gap = r"[ \t]+" if sp.spaced else r"[ \t]*"
    edge = sp.after
    pre = rf"(?P<pre> (?:{any_of(_cased(t.assignee_prefixes, cap))}) {gap} )?"
    hon = any_of(_cased(honorifics(lang), cap))
    person = rf"(?P<hon> (?:{hon}) (?={gap}\S) )" if hon != NEVER else NEVER
    not_start = rf"(?!{any_of(t.not_assignees)})" if t.not_assignees else ""
    head = rf"""{not_start} {pre} (?P<word>
                  (?P<org> (?:{any_of(_cased(h['org'], cap))}) {edge} )
                | (?P<title> (?:{any_of(_cased(h['title'], cap))}) {edge} )
                | (?P<coll> (?:{any_of(_cased(h['collective'], cap))}) {edge} )
                | {person} )"""
    flags = word_flags(lang)
    names = any_of(words(lang, "org_name_words", optional=True))
    groups = any_of(h["collective"])
    nested = any_of(_cased(h["org"], cap))
    prefixes = any_of(t.assignee_prefixes)
    inner = rf"""(?: [ \t]+ (?:{nested}|{names}) {edge}
                   | (?: [ \t]* , | [ \t]+ (?:{any_of(t.name_joiners)}) )? [ \t]+
                     (?: (?:{prefixes}) [ \t]+ )? (?:{groups}|{names}) {edge} )"""
    return Grammar(
        head=pattern(head, re.VERBOSE),
        nope=pattern(rf"(?:{any_of(_cased(h['not'], cap))}){edge}", re.VERBOSE),
        stop=pattern(rf"(?:{any_of(ending_words(lang))}){edge}", flags),
        joiner=pattern(rf"{gap} (?:{any_of(t.name_joiners)}) {edge} {gap}", re.VERBOSE),
        inner=pattern(inner, re.VERBOSE) if cap else pattern(NEVER),
        abbreviation=pattern(t.abbreviation, re.VERBOSE) if t.abbreviation else None,
        honorific=pattern(hon),
    )
