"""Assignments (``giao Sở ... chủ trì``, ``มอบหมายให้ ...``) with assignee and deadline.

An assignee follows a task cue (``task_cues.tsv``) and ends at an action verb
(``task_verbs.tsv``); where words are spaced it is a phrase of words, where they are not, a
run of letters up to a space. A body (``org_heads.tsv``) also takes a task when a bulleted
line names it before a colon, and, in languages whose profile says so
(``[tasks] sentence_subjects``), when a sentence opens with it and goes on with an action
verb. The deadline is a date a deadline cue (``[tasks] deadline_cues``) introduces.
"""
from __future__ import annotations

import re

from ..lang import profile
from ..model import Date, Task
from .common import ByStart
from .sentences import any_of, listed, marks_class, per_language, sentences, spacing, within

GROUPS = ("cued", "opening", "labelled")


def find_tasks(text: str, lang: str, dates: list[Date]) -> list[Task]:
    rx, deadline = _grammar(lang), _deadline_cue(lang)
    out = []
    dates = ByStart(dates)
    sents = sentences(text, lang)
    for m in rx.finditer(text):
        s0, s1 = sents.around(m.start())
        who = next(m.group(g) for g in GROUPS if g in rx.groupindex and m.group(g))
        who = re.sub(r"\s+", " ", who).strip(" ,")
        if not who or len(who.split()) > 14:
            continue
        sentence = text[s0:s1]
        out.append(Task(text=sentence.strip(), start=s0 + len(sentence) - len(sentence.lstrip()),
                        end=s1 - (len(sentence) - len(sentence.rstrip())),
                        assignee=who, deadline=_deadline(text, m.end(), s1, dates, deadline)))
    return _unique(out)


@per_language
def _grammar(lang: str) -> re.Pattern:
    parts = [_cued(lang)]
    if profile(lang).tasks.sentence_subjects:
        parts.append(_opening(lang))
    parts.append(_labelled(lang))
    return re.compile("|".join(parts), re.MULTILINE | re.VERBOSE)


def _cued(lang: str) -> str:
    """A task cue, then the assignee up to an action verb: a phrase starting with one of
    ``assignee_initials`` where words are spaced, a run of letters where they are not."""
    t, sp = profile(lang).tasks, spacing(lang)
    cues, verbs = listed(lang, "task_cues"), listed(lang, "task_verbs")
    not_start = rf"(?!{any_of(t.not_assignees)})" if t.not_assignees else ""
    if sp.spaced:
        prefix = rf"(?: (?:{any_of(t.assignee_prefixes)}) \s+ )?"
        initial = rf"[{t.assignee_initials}]" if t.assignee_initials else ""
        return rf"""
            {sp.before} (?i:{cues}) \s+
            (?P<cued> {not_start} {prefix} {initial} [^\n:{marks_class(lang)}]*? )
            \s* (?= (?:,\s*)? (?i:{verbs}) {sp.after} )"""
    prefix = rf"(?: (?:{any_of(t.assignee_prefixes)}) \s* )?"
    initial = rf"(?=[{t.assignee_initials}])" if t.assignee_initials else ""
    return rf"""
        (?i:{cues}) \s*
        (?P<cued> {not_start} {prefix} {initial} (?: (?!{verbs}) [^\s\n] ){{2,60}} )
        (?= \s | {verbs} )"""


def _opening(lang: str) -> str:
    """A body opening a sentence (after a bullet, if any) and an action verb after it."""
    sp, marks = spacing(lang), marks_class(lang)
    orgs, verbs = listed(lang, "org_heads"), listed(lang, "task_verbs")
    start = rf"(?: ^ | (?<=[{marks}]\s) )" if marks else "^"
    gap = r"\s+" if sp.spaced else r"\s*"
    return rf"""
        {start} [ \t]* (?: [-+•] \s* )?
        (?P<opening> (?:{orgs}){sp.after} [^\n:,{marks}]*? )
        {gap} (?= (?:{verbs}) {sp.after} )"""


def _labelled(lang: str) -> str:
    """A bulleted line that names a body before a colon (``- Sở Tài chính: ...``)."""
    sp, orgs = spacing(lang), listed(lang, "org_heads")
    return rf"""
        ^ [ \t]* [-+•] [ \t]*
        (?P<labelled> (?:{orgs}){sp.after} [^\n:{marks_class(lang)}]{{2,80}}? ) \s* :"""


@per_language
def _deadline_cue(lang: str) -> re.Pattern:
    """A deadline cue (and a word for 'day') right before a date."""
    days = any_of(profile(lang).phrases.day_words)
    return re.compile(rf"(?:{any_of(profile(lang).tasks.deadline_cues)})\s*(?:{days})?\s*$")


def _deadline(text, a, b, dates: ByStart, cue: re.Pattern) -> str | None:
    for d in within(dates, a, b):
        if cue.search(text, max(a, d.start - 25), d.start):
            return d.value
    return None


def _unique(tasks: list[Task]) -> list[Task]:
    seen, out = set(), []
    for t in tasks:
        key = (t.start, t.assignee)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
