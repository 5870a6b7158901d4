"""The people a meeting names in a role: its chair (``chủ trì`` / ``เป็นประธาน``, never someone
who only attended) and its secretary (``Thư ký:``, ``ผู้จดรายงานการประชุม``), each as
``{"name", "title"}``.

The profile's ``[meeting]`` section says how a person's name is told (``person_names``): as
a run of capitalised words (``capitalised``), or as the words after a personal prefix such
as นาย, สหาย, พล.อ. (``prefixed``); and in which forms, in which order, the chair is named
(``chair_forms``):

- ``label``: ``Chủ trì: đồng chí ...``, ``ประธาน : นาย ...``, a label then a colon, or a label
  then a personal prefix (``ประธานในที่ประชุม นาย...``);
- ``named_after``: ``chủ trì hội nghị là đồng chí ...``, ``chủ trì đồng chí ...``;
- ``named_before``: the person named before the chair verb in its clause (``... chủ trì``,
  ``... เป็นประธาน``), after any `attended` cue of it;
- ``attendee``: in minutes that name no chair otherwise, the attendee whose title is a chair
  title of ``meeting.tsv`` (``ประธานกรรมการ``, not ``รองประธานกรรมการ``);
- ``opening``: whoever chairs the opening (``เป็นประธานเปิด...``), when nobody else chairs.
"""
from __future__ import annotations

import re

from ..lang import profile, words
from .meeting_lists import LINE_START
from .meeting_words import roles, title_words, titles
from .meeting_words import words as role_words
from .sentences import any_of, clauses, marks_class, per_language, spacing

NAME_MAX = 4


def chair(text: str, lang: str, section: tuple[int, int] | None = None
          ) -> tuple[dict | None, int | None]:
    """The chair and where it is stated, trying the forms of ``[meeting] chair_forms`` in
    order; ``section`` is where the attendees are listed, if anywhere."""
    forms = {"label": _chair_label, "named_after": _chair_named_after,
             "named_before": _chair_named_before,
             "opening": lambda t, lg: _chair_named_before(t, lg, opening=True),
             "attendee": lambda t, lg: _chair_attendee(t, lg, section)}
    for form in profile(lang).meeting.chair_forms:
        found = forms[form](text, lang)
        if found is not None:
            return found
    return None, None


def secretary(text: str, lang: str) -> dict | None:
    """Who took the minutes: after a label and a colon (``Thư ký: bà ...``), or named before
    the word of the role on its line (``นาง... ผู้จดรายงานการประชุม``)."""
    label = re.search(rf"""{LINE_START} (?:{role_words(lang, 'secretary_label')})
                           [ \t]* [:：] [ \t]* (?P<who> [^\n]+ )""", text, re.MULTILINE | re.VERBOSE)
    if label:
        return person(label.group("who"), lang, label_form=True)
    after = re.search(role_words(lang, "secretary_after"), text)
    if after is None:
        return None
    line = text.rfind("\n", 0, after.start())
    who = text[line + 1:after.start()].rstrip(" \t(")
    if not who.strip() and line > 0:  # a signature block: the name on the line above
        who = text[text.rfind("\n", 0, line) + 1:line].strip(" \t\r()")
    who = re.sub(rf"[(]?(?:{role_words(lang, 'signature')})[)]?", " ", who)
    named, found = _person_before(who, 0, len(who), lang)
    if not named:
        parts = who.split()[-2:]  # a name and a surname right before the role
        found = {"name": " ".join(parts), "title": None} if parts else None
    return {"name": found["name"], "title": None} if found else None


# --- the chair's forms --------------------------------------------------------------------

def _chair_label(text: str, lang: str):
    """``Chủ trì: đồng chí ...`` (form 1.9), ``ประธาน : นาย ...``, ``ประธานในที่ประชุม นาย...``."""
    m = profile(lang).meeting
    start = rf"""^ [ \t]* (?: (?: \d+ | [a-z{profile(lang).phrases.list_letters}] ) [.)] [ \t]*
                           | [-+•] [ \t]* )?"""
    if m.chair_label_mid_line:
        start = rf"(?: {start} | (?<=\s) )"
    honorific = title_words(lang, "honorific")
    label = re.search(rf"""{start} (?:{role_words(lang, 'chair_label')})
                           (?: \s* [:：] | [ \t]+ (?=(?:{honorific})\S) ) \s* ([^\n]+)""",
                      text, re.MULTILINE | re.VERBOSE)
    if label is None:
        return None
    return person(label.group(1), lang, label_form=True), label.start()


def _chair_named_after(text: str, lang: str):
    """``chủ trì hội nghị là đồng chí ...``, ``chủ trì đồng chí ...``: the chair verb, then an
    honorific and the name."""
    sp = spacing(lang)
    gap = r"\s+" if sp.spaced else r"\s*"
    honorifics = any_of(titles(lang).get("honorific", ()))
    after = re.search(rf"""
        {sp.before} (?:{role_words(lang, 'chair')}) (?: {gap} (?:{role_words(lang, 'chaired')}) )?
        {gap} (?: (?:{role_words(lang, 'chair_linker')}) {gap} )?
        ( (?:{honorifics}) {gap} [^\n{marks_class(lang)}]+ )""", text, re.IGNORECASE | re.VERBOSE)
    if after is None:
        return None
    found = person(after.group(1), lang, label_form=True)
    return (found, after.start()) if found else None


def _chair_named_before(text: str, lang: str, opening: bool = False):
    """The person named before a chair verb (``... chủ trì``, ``... เป็นประธาน``): the last
    one in the verb's clause (after any `attended` cue in it), so that someone who only
    attended earlier in it is passed over. A chair verb followed by a ceremony's word
    (``เป็นประธานในพิธี``) never counts, by an opening's (``เป็นประธานเปิด``) only with
    ``opening``."""
    sp, m = spacing(lang), profile(lang).meeting
    cl = clauses(text, lang)
    not_after = set(roles(lang).get("not_chair_after", ()))
    if opening:
        not_after -= set(roles(lang).get("opening", ()))
    ceremony = rf"(?!{any_of(not_after)})" if not_after else ""
    verb = re.compile(rf"{sp.before}(?:{role_words(lang, 'chair')}){sp.after}{ceremony}")
    attended = re.compile(role_words(lang, "attended"))
    for v in verb.finditer(text):
        lo = cl.around(v.start())[0]
        if m.chair_lookback_chars:
            lo = max(lo, v.start() - m.chair_lookback_chars)
        cues = list(attended.finditer(text, lo, v.start()))
        if cues:
            lo = cues[-1].end()
        named, found = _person_before(text, lo, v.start(), lang)
        if named and found:
            return found, v.start()
    return None


def _chair_attendee(text: str, lang: str, section: tuple[int, int] | None):
    """The attendee with a chair title as a word of their title (``ประธานกรรมการ``,
    ``รองผู้ว่าราชการจังหวัด ประธานกรรมการ``; not ``รองประธานกรรมการ``)."""
    if section is None:
        return None
    a, b = section
    people = list(_prefixed_names(lang).finditer(text, a, b))
    chair_title = re.compile(rf"(?:^|(?<=\s))(?:{role_words(lang, 'chair_title')})")
    for i, p in enumerate(people):
        end = people[i + 1].start() if i + 1 < len(people) else b
        item = re.split(r"\s\d+[.)]\s", text[p.start():end])[0]
        found = _prefixed_person(item, lang)
        if found and found["title"] and chair_title.search(found["title"]):
            return found, p.start()
    return None


# --- people -------------------------------------------------------------------------------

def person(seg: str, lang: str, label_form: bool) -> dict | None:
    """The person (name and title) ``seg`` names; after a label the first one named, else
    the last."""
    if profile(lang).meeting.person_names == "capitalised":
        return _capitalised_person(seg, lang, label_form)
    return _prefixed_person(seg, lang)


def _person_before(text: str, lo: int, hi: int, lang: str) -> tuple[bool, dict | None]:
    """(whether [lo, hi) names someone, the last person it names). Capitalised names: the
    last run of capitalised words there that is a name. Prefixed names: from the last
    personal prefix (or the last chair intro, โดยมี) on."""
    if profile(lang).meeting.person_names == "capitalised":
        found = _capitalised_person(text[lo:hi], lang, label_form=False)
        return found is not None, found
    people = list(_prefixed_names(lang).finditer(text, lo, hi))
    if people:
        return True, _prefixed_person(text[people[-1].start():hi], lang)
    intros = list(re.finditer(role_words(lang, "chair_intro"), text[lo:hi]))
    if intros:
        return True, _prefixed_person(text[lo + intros[-1].end():hi], lang)
    return False, None


# Capitalised names (Vietnamese): runs of capitalised words; a run that starts with a title's
# first word (Phó, Giám) or with a body's (not_names.tsv: Sở, Ban) is no name.

def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word[1:] == word[1:].lower()


@per_language
def _not_name_starts(lang: str) -> frozenset[str]:
    starts = (w.split()[0] for ws in titles(lang).values() for w in ws)
    return frozenset((*starts, *words(lang, "not_names", optional=True)))


def _runs(seg: str, lang: str) -> list[list[re.Match]]:
    """Runs of capitalised words not separated by punctuation (a leading honorific such as
    Ông dropped)."""
    leading = {w.split()[0] for w in titles(lang).get("honorific", ())}
    runs, run, last_end = [], [], 0
    for t in re.finditer(r"[^\W\d_][\w]*", seg):
        gap = seg[last_end:t.start()]
        if run and (not _is_cap(t.group(0)) or re.search(r"[^\s]", gap)):
            runs.append(run)
            run = []
        if _is_cap(t.group(0)):
            run.append(t)
        last_end = t.end()
    if run:
        runs.append(run)
    return [r[1:] if r[0].group(0) in leading and len(r) > 2 else r for r in runs]


def _capitalised_person(seg: str, lang: str, label_form: bool) -> dict | None:
    stops = _not_name_starts(lang)
    candidates = [r for r in _runs(seg, lang) if len(r) >= 2 and r[0].group(0) not in stops]
    if not candidates:
        return None
    honorific = re.compile(rf"(?:{any_of(titles(lang).get('honorific', ()))})\s*$",
                           re.IGNORECASE)
    honoured = [r for r in candidates if honorific.search(seg[:r[0].start()])]
    pool = honoured or candidates
    best = pool[0] if label_form else pool[-1]
    best = best[-3:] if len(best) > NAME_MAX else best
    name = " ".join(t.group(0) for t in best)
    after = seg[best[-1].end():]
    after = re.split(rf"\(|\b(?:{role_words(lang, 'chair')})\b", after)[0].strip(" ,-–.")
    before = seg[:best[0].start()]
    before = honorific.sub("", before).strip(" ,")
    before = re.split(r"[,.;]", before)[-1].strip()
    title = after if after else before
    title = re.sub(r"\s+", " ", title).strip(" ,.;") or None
    return {"name": name, "title": title}


# Prefixed names (Thai): a personal prefix (นาย, นาง, ดร., สหาย, พล.อ.) then the name, then
# the title; a name in Latin letters is two to four capitalised words.

LATIN_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}"


@per_language
def _prefixed_names(lang: str) -> re.Pattern:
    honorifics = title_words(lang, "honorific")
    return re.compile(rf"(?:{honorifics})(?=\S)|(?<![A-Za-z]){LATIN_NAME}")


def _prefixed_person(seg: str, lang: str) -> dict | None:
    seg = seg.strip()
    latin = re.match(rf"({LATIN_NAME})\s*(.*)", seg)
    if latin:
        return {"name": latin.group(1), "title": latin.group(2).strip() or None}
    seg = re.sub(rf"^(?:{title_words(lang, 'honorific')})\s*", "", seg)
    deputy, title = title_words(lang, "deputy"), title_words(lang, "title")
    found = re.search(rf"\s*(?:{deputy})?(?:{title})", seg)
    if found and found.start() > 0:
        name, rest = seg[:found.start()].strip(), seg[found.start():].strip()
    else:
        parts = seg.split()
        name, rest = " ".join(parts[:2]), " ".join(parts[2:])
    if not name:
        return None
    return {"name": name, "title": rest or None}
