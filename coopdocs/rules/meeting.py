"""The meeting a text reports (minutes, conclusion notices, meeting news): date, time,
location, chair (``chủ trì`` / ``เป็นประธาน``, never someone who only attended), attendees
and subject.

The words come from ``meeting.tsv`` (by role) and ``titles.tsv``; the profile's
``[meeting]`` section says how a clock time is written, in which forms the chair is named
(``chair_forms``) and how a person's name is told (``person_names``): as a run of
capitalised words (``capitalised``), or as the words after a personal prefix such as นาย
(``prefixed``).
"""
from __future__ import annotations

import re

from ..lang import profile, rows, words
from ..model import Date, Meeting, Reference
from .sentences import any_of, clauses, inside_class, mark_chars, marks_class, per_language, spacing

NAME_MAX = 4
HEAD = 20_000  # a meeting's chair, date and place are stated in the opening of its report


@per_language
def _roles(lang: str) -> dict[str, tuple[str, ...]]:
    """meeting.tsv: role -> its words, longest first."""
    out: dict[str, list[str]] = {}
    for word, role in rows(lang, "meeting", optional=True):
        out.setdefault(role, []).append(word)
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


def _words(lang: str, role: str) -> str:
    """The words of a meeting.tsv role as a regex alternation (never matching if none)."""
    return any_of(_roles(lang).get(role, ()))


@per_language
def _titles(lang: str) -> dict[str, tuple[str, ...]]:
    """titles.tsv: role (honorific, title, deputy) -> its words."""
    out: dict[str, list[str]] = {}
    for word, role in rows(lang, "titles", optional=True):
        out.setdefault(role, []).append(word)
    return {role: tuple(ws) for role, ws in out.items()}


def find_meeting(text: str, lang: str, dates: list[Date], refs: list[Reference] = (),
                 minutes: bool = False) -> Meeting | None:
    """The meeting reported by ``text``; without a chair, only for minutes and meeting news
    (``minutes``) that name a meeting in their opening lines."""
    text = text[:HEAD]
    dates = [d for d in dates if d.end <= HEAD]
    cue = re.search(rf"{spacing(lang).before}(?:{_words(lang, 'meeting')})", text[:3000],
                    re.IGNORECASE)
    if cue is None:
        return None
    chair, at = _chair(text, lang)
    date = _date(text, dates, refs, at, lang)
    if chair is None and (date is None or not _early_cue(text, lang) or not minutes):
        return None
    return Meeting(
        date=date.value if date else None,
        time=_time(text, date, lang),
        location=_location(text, lang),
        chair=chair,
        attendees=_attendees(text, lang),
        subject=_subject(text, lang),
    )


def _early_cue(text: str, lang: str) -> bool:
    """A meeting named in the opening lines (news of a meeting, minutes)."""
    return re.search(_words(lang, "meeting"), text[:400], re.IGNORECASE) is not None


def _date(text: str, dates: list[Date], refs, at: int | None, lang: str) -> Date | None:
    """The meeting's date: a day-precise date in the chair's sentence, else the first one
    that is neither a cited document's issue date nor the header's place-and-date line."""
    issue = {r.end for r in refs}
    days = [d for d in dates if (len(d.value) == 10 or d.value.startswith("--"))
            and not any(0 <= d.start - e <= 40 for e in issue)]
    labels = _roles(lang).get("date_label")
    if labels:
        label = re.compile(rf"\s*(?:[-+•]|\d+[.)])?\s*(?:{any_of(labels)})", re.IGNORECASE)
        for d in days:
            if label.match(text[text.rfind("\n", 0, d.start) + 1:d.start]):
                return d
    if at is not None:
        lo = max(text.rfind("\n", 0, at), 0)
        hi = text.find("\n", at)
        same = [d for d in days if lo <= d.start < (hi if hi >= 0 else len(text))]
        if same:
            return same[0]
    place_line = re.compile(r"^[^\n,]{2,40},\s*$")  # Hà Nội, ngày ...
    body = [d for d in days
            if not place_line.search(text[text.rfind("\n", 0, d.start) + 1:d.start])]
    return (body or days or [None])[0]


@per_language
def _clock(lang: str) -> re.Pattern:
    """A clock time: ``14 giờ 30``, ``8h``, ``เวลา 09.30 น.``."""
    m = profile(lang).meeting
    before = rf"(?:{any_of(m.time_before)}) \s*" if m.time_before else ""
    after = rf"\s* (?:{any_of(m.time_after)})" if m.time_after else ""
    return re.compile(rf"""
        (?<!\d) {before}
        (?P<hour>\d{{1,2}}) \s* (?:{any_of(m.hour_marks)}) \s* (?P<minute>\d{{1,2}})?
        (?: \s* (?:{any_of(m.minute_words)}) )?
        {after} {spacing(lang).after}""", re.IGNORECASE | re.VERBOSE)


def _time(text: str, date: Date | None, lang: str) -> str | None:
    m = _clock(lang).search(text[:3000])
    if m:
        return f"{int(m.group('hour')):02d}:{int(m.group('minute') or 0):02d}"
    if date is not None:
        before = text[max(0, date.start - 12):date.start]
        tod = re.search(rf"({_words(lang, 'time_of_day')})", before, re.IGNORECASE)
        if tod:
            return tod.group(1).casefold()
    return None


def _phrase(lang: str, least: int, most: int, stops: str = "") -> str:
    """The rest of a phrase: up to a sentence mark (or one of ``stops``) where words are
    spaced; where they are not, up to a double space or a line end (a Thai phrase has
    single spaces inside)."""
    if spacing(lang).spaced:
        return rf"[^\n{inside_class(stops) + marks_class(lang)}]{{{least},{most}}}"
    return rf"[^\n]{{{least},{most}}}?(?=\s{{2}}|\n|$)"


def _location(text: str, lang: str) -> str | None:
    """``Địa điểm: ...``, else a venue after its preposition (``tại Hội trường ...``,
    ``ณ ห้องประชุม ...``)."""
    sp, head = spacing(lang), text[:4000]
    m = re.search(rf"(?:{_words(lang, 'location_label')})\s*:\s*(?P<venue>[^\n]+)", head)
    if m is None:
        before, gap = (r"(?<!\w)", r"\s+") if sp.spaced else (r"(?<!\S)", r"\s*")
        rest = _phrase(lang, 0, 4000, ",") if sp.spaced else r"[^\n]*?(?=\s{2}|\n|$)"
        m = re.search(rf"""
            {before} (?:{_words(lang, 'location')}) {gap}
            (?P<venue> (?:{_words(lang, 'venue')}) {rest} )""", head, re.MULTILINE | re.VERBOSE)
    return m.group("venue").strip().rstrip(mark_chars(lang)) if m else None


def _attendees(text: str, lang: str) -> list[str]:
    """The lines listed under ``Thành phần tham dự`` / ``ผู้มาประชุม``."""
    head = re.search(rf"(?:{_words(lang, 'attendees_label')})\s*:?\s*\n?", text)
    if head is None:
        return []
    numbered = "" if profile(lang).meeting.attendees_numbered else r"|[IVX]+\.|\d+\."
    stop = re.compile(rf"^(?:{_words(lang, 'attendees_end')}{numbered})")
    out = []
    for line in text[head.end():head.end() + 4000].split("\n"):
        s = line.strip()
        if not s:
            if out:
                break
            continue
        if stop.match(s):
            break
        item = re.sub(r"^(?:[-+•*]|\d+[.)])\s*", "", s).strip(" ;.")
        if item:
            out.append(item)
        if len(out) >= 60:
            break
    return out


def _subject(text: str, lang: str) -> str | None:
    """What the meeting is about: after ``hội nghị`` an opener and what follows it
    (``tổng kết năm 2023``), or what follows a marker (``การประชุมเพื่อ...``)."""
    sp = spacing(lang)
    gap = r"\s+" if sp.spaced else ""
    rest = _phrase(lang, 5, 160)
    if not sp.spaced:
        rest = rf"[^\n]{{5,160}}?(?=\s+(?:{_words(lang, 'chair_intro')})|\s{{2}}|\n|$)"
    m = re.search(rf"""
        (?:{_words(lang, 'subject_head')}) {gap}
        (?: (?:{_words(lang, 'subject_marker')}) {gap} (?P<marked>{rest})
          | (?P<opened> (?:{_words(lang, 'subject_opener')}) {rest} ) )""",
                  text[:3000], re.IGNORECASE | re.VERBOSE)
    return (m.group("marked") or m.group("opened")).strip(" ,") if m else None


# --- chairs -------------------------------------------------------------------------------

def _chair(text: str, lang: str) -> tuple[dict | None, int | None]:
    """The chair (name and title) and where it is stated, trying the language's forms in the
    order of ``[meeting] chair_forms``."""
    forms = {"label": _chair_label, "named_after": _chair_named_after,
             "named_before": _chair_named_before}
    for form in profile(lang).meeting.chair_forms:
        found = forms[form](text, lang)
        if found is not None:
            return found
    return None, None


def _chair_label(text: str, lang: str):
    """``Chủ trì: đồng chí ...`` (form 1.9), ``ประธาน : นาย ...``: the label, then the chair."""
    m = profile(lang).meeting
    start = rf"""^ [ \t]* (?: (?: \d+ | [a-z{profile(lang).phrases.list_letters}] ) [.)] [ \t]*
                           | [-+•] [ \t]* )?"""
    if m.chair_label_mid_line:
        start = rf"(?: {start} | (?<=\s) )"
    label = re.search(rf"{start} (?:{_words(lang, 'chair_label')}) \s* [:：] \s* ([^\n]+)",
                      text, re.MULTILINE | re.VERBOSE)
    if label is None:
        return None
    return _person(label.group(1), lang, label_form=True), label.start()


def _chair_named_after(text: str, lang: str):
    """``chủ trì hội nghị là đồng chí ...``: the chair verb, then an honorific and the name."""
    sp = spacing(lang)
    gap = r"\s+" if sp.spaced else r"\s*"
    honorifics = any_of(_titles(lang).get("honorific", ()))
    after = re.search(rf"""
        {sp.before} (?:{_words(lang, 'chair')}) (?: {gap} (?:{_words(lang, 'chaired')}) )?
        {gap} (?:{_words(lang, 'chair_linker')}) {gap}
        ( (?:{honorifics}) {gap} [^\n{marks_class(lang)}]+ )""", text, re.IGNORECASE | re.VERBOSE)
    if after is None:
        return None
    found = _person(after.group(1), lang, label_form=True)
    return (found, after.start()) if found else None


def _chair_named_before(text: str, lang: str):
    """The person named before a chair verb (``... chủ trì``, ``... เป็นประธาน``): the last
    one in the verb's clause (after any `attended` cue in it), so that someone who only
    attended earlier in it is passed over."""
    sp, m = spacing(lang), profile(lang).meeting
    cl = clauses(text, lang)
    not_after = _roles(lang).get("not_chair_after")
    ceremony = rf"(?!{any_of(not_after)})" if not_after else ""  # เป็นประธานในพิธี
    verb = re.compile(rf"{sp.before}(?:{_words(lang, 'chair')}){sp.after}{ceremony}")
    attended = re.compile(_words(lang, "attended"))
    for v in verb.finditer(text):
        lo = cl.around(v.start())[0]
        if m.chair_lookback_chars:
            lo = max(lo, v.start() - m.chair_lookback_chars)
        cues = list(attended.finditer(text, lo, v.start()))
        if cues:
            lo = cues[-1].end()
        named, person = _person_before(text, lo, v.start(), lang)
        if named:
            return person, v.start()
    return None


def _person(seg: str, lang: str, label_form: bool) -> dict | None:
    """The person (name and title) ``seg`` names; after a label the first one named."""
    if profile(lang).meeting.person_names == "capitalised":
        return _capitalised_person(seg, lang, label_form)
    return _prefixed_person(seg, lang)


def _person_before(text: str, lo: int, hi: int, lang: str) -> tuple[bool, dict | None]:
    """(whether [lo, hi) names someone, the last person it names). Capitalised names: the
    last run of capitalised words there that is a name. Prefixed names: from the last
    personal prefix (or the last chair intro, โดยมี) on."""
    if profile(lang).meeting.person_names == "capitalised":
        person = _capitalised_person(text[lo:hi], lang, label_form=False)
        return person is not None, person
    people = list(_prefixed_names(lang).finditer(text, lo, hi))
    if people:
        return True, _prefixed_person(text[people[-1].start():hi], lang)
    intros = list(re.finditer(_words(lang, "chair_intro"), text[lo:hi]))
    if intros:
        return True, _prefixed_person(text[lo + intros[-1].end():hi], lang)
    return False, None


# Capitalised names (Vietnamese): runs of capitalised words; a run that starts with a title's
# first word (Phó, Giám) or with a body's (not_names.tsv: Sở, Ban) is no name.

def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word[1:] == word[1:].lower()


@per_language
def _not_name_starts(lang: str) -> frozenset[str]:
    titles = (w.split()[0] for ws in _titles(lang).values() for w in ws)
    return frozenset((*titles, *words(lang, "not_names", optional=True)))


def _runs(seg: str, lang: str) -> list[list[re.Match]]:
    """Runs of capitalised words not separated by punctuation (a leading honorific such as
    Ông dropped)."""
    leading = {w.split()[0] for w in _titles(lang).get("honorific", ())}
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
    honorific = re.compile(rf"(?:{any_of(_titles(lang).get('honorific', ()))})\s*$",
                           re.IGNORECASE)
    honoured = [r for r in candidates if honorific.search(seg[:r[0].start()])]
    pool = honoured or candidates
    best = pool[0] if label_form else pool[-1]
    best = best[-3:] if len(best) > NAME_MAX else best
    name = " ".join(t.group(0) for t in best)
    after = seg[best[-1].end():]
    after = re.split(rf"\(|\b(?:{_words(lang, 'chair')})\b", after)[0].strip(" ,-–.")
    before = seg[:best[0].start()]
    before = honorific.sub("", before).strip(" ,")
    before = re.split(r"[,.;]", before)[-1].strip()
    title = after if after else before
    title = re.sub(r"\s+", " ", title).strip(" ,.;") or None
    return {"name": name, "title": title}


# Prefixed names (Thai): a personal prefix (นาย, นาง, ดร.) then the name, then the title; a
# name in Latin letters is two to four capitalised words.

LATIN_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}"


@per_language
def _prefixed_names(lang: str) -> re.Pattern:
    honorifics = any_of(_titles(lang).get("honorific", ()))
    return re.compile(rf"(?:{honorifics})(?=\S)|(?<![A-Za-z]){LATIN_NAME}")


def _prefixed_person(seg: str, lang: str) -> dict | None:
    seg = seg.strip()
    latin = re.match(rf"({LATIN_NAME})\s*(.*)", seg)
    if latin:
        return {"name": latin.group(1), "title": latin.group(2).strip() or None}
    t = _titles(lang)
    seg = re.sub(rf"^(?:{any_of(t.get('honorific', ()))})\s*", "", seg)
    title = re.search(rf"\s*(?:{any_of(t.get('deputy', ()))})?(?:{any_of(t.get('title', ()))})",
                      seg)
    if title and title.start() > 0:
        name, title = seg[:title.start()].strip(), seg[title.start():].strip()
    else:
        parts = seg.split()
        name, title = " ".join(parts[:2]), " ".join(parts[2:])
    if not name:
        return None
    return {"name": name, "title": title or None}
