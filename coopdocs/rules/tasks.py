"""Assignments (``giao Sở ... chủ trì``, ``มอบหมายให้ ...``) with assignee and deadline."""
from __future__ import annotations

import re

from ..lang import alternation, words
from ..model import Date, Task
from .common import ByStart
from .sentences import sentences

DEADLINE_CUES = {"vi": r"(?:trước|hạn|chậm nhất|hoàn thành|trong|xong)", "th": r"(?:ภายใน|ก่อน|ให้แล้วเสร็จ)"}


def find_tasks(text: str, lang: str, dates: list[Date]) -> list[Task]:
    cues = alternation(words(lang, "task_cues"))
    verbs = alternation(words(lang, "task_verbs"))
    orgs = alternation(words(lang, "org_heads"))
    if lang == "vi":
        rx = re.compile(
            rf"(?<!\w)(?i:{cues})\s+(?P<who>(?:các\s+)?[A-ZĐÂỦ][^\n;:.]*?)\s*(?=(?:,\s*)?(?i:{verbs})(?!\w))"
            rf"|(?:^|(?<=[.;]\s))[ \t]*(?:[-+•]\s*)?(?P<who2>(?:{orgs})(?!\w)[^\n;:.,]*?)\s+(?=(?:{verbs})(?!\w))"
            rf"|^[ \t]*[-+•][ \t]*(?P<who3>(?:{orgs})(?!\w)[^\n;:.]{{2,80}}?)\s*:", re.MULTILINE)
    else:
        rx = re.compile(rf"(?:{cues})\s*(?P<who>(?!ทุก)(?:(?!{verbs})[^\s\n]){{2,60}})(?=\s|{verbs})"
                        rf"|^[ \t]*[-•][ \t]*(?P<who3>(?:{orgs})[^\n:]{{2,80}}?)\s*:", re.MULTILINE)
    out = []
    dates = ByStart(dates)
    sents = sentences(text, lang)
    for m in rx.finditer(text):
        s0, s1 = sents.around(m.start())
        who = next(m.group(g) for g in ("who", "who2", "who3") if g in rx.groupindex and m.group(g))
        who = re.sub(r"\s+", " ", who).strip(" ,")
        if not who or len(who.split()) > 14:
            continue
        out.append(Task(text=text[s0:s1].strip(), start=s0 + (len(text[s0:s1]) - len(text[s0:s1].lstrip())),
                        end=s1 - (len(text[s0:s1]) - len(text[s0:s1].rstrip())),
                        assignee=who, deadline=_deadline(text, m.end(), s1, dates, lang)))
    return _unique(out)


def _deadline(text, a, b, dates: list[Date], lang: str) -> str | None:
    for d in dates.between(a, b):
        if re.search(DEADLINE_CUES[lang] + r"\s*(?:ngày|วันที่)?\s*$", text[max(a, d.start - 25):d.start]):
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
