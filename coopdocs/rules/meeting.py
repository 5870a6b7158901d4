"""The meeting a text reports (minutes, conclusion notices, meeting news): its title and
number, date, start and end time, place, chair and secretary (:mod:`.people`), attendees,
absentees, agenda and conclusions (:mod:`.meeting_lists`), and subject.

The words come from ``meeting.tsv`` (by role) and ``titles.tsv``; the profile's
``[meeting]`` section says how a clock time is written and how a meeting's number is cited.

- date: a date under a date label; else one in brackets right after a meeting's noun
  (``ที่ประชุม ครม. (14 มี.ค. 66)``); else one on the chair's line; else the first one that is
  not a cited document's date (a decision cited by its meeting, ``ที่ประชุมคณะรัฐมนตรี ...
  เมื่อวันที่ ...``, gives the meeting's), the place-and-date line of a header, a date of data (``tính
  đến``, ``ณ วันที่``) or a page's posting stamp (a short first line with a date and a time).
- time: ``HH:MM`` of a clock time only (a part of the day, ``sáng``, ``บ่าย``, is none), not
  the posting stamp's, not one after an end word (``kết thúc``, ``เลิกประชุม``): that one is
  ``end_time``; a clock after a start word (``bắt đầu``, ``เปิดประชุม``) wins.
- location: after a location label; where words are spaced, the first place after ``tại`` in
  the lead sentence (a venue word, a body, or a capitalised name, up to a comma, a verb or a
  date); where they are not, the chunks after ``ณ`` up to one that starts a person, a title
  or a verb, a ``*`` or the line's end.
"""
from __future__ import annotations

import re

from ..lang import profile
from ..model import Date, Meeting, Reference
from . import meeting_lists as lists
from . import people
from .assignees import heads
from .meeting_words import roles, title_words, tolerant, words
from .sentences import any_of, inside_class, marks_class, per_language, sentences, spacing

HEAD = 20_000  # a meeting's chair, date and place are stated in the opening of its report
LEAD = 3000  # its time, title and number in the first lines
STAMP = 60  # a posting stamp is a first line at most this long
PLACE_WORDS = 14
PLACE_CHARS = 120
TITLE_CHARS = 160


def find_meeting(text: str, lang: str, dates: list[Date], refs: list[Reference] = (),
                 minutes: bool = False) -> Meeting | None:
    """The meeting reported by ``text``; without a chair, only for minutes and meeting news
    (``minutes``) that name a meeting in their opening lines."""
    text = text[:HEAD]
    dates = [d for d in dates if d.end <= HEAD]
    if re.search(rf"{spacing(lang).before}(?:{words(lang, 'meeting')})", text[:LEAD],
                 re.IGNORECASE) is None:
        return None
    chair, at = people.chair(text, lang, lists.section(text, lang, "attendees_label"))
    stamp = _stamp(text, lang)
    date = _date(text, dates, refs, at, lang, stamp)
    if chair is None and (date is None or not _early_cue(text, lang) or not minutes):
        return None
    title, region = _title(text, lang)
    return Meeting(
        date=date.value if date else None,
        time=_start_time(text, lang, stamp),
        location=_location(text, lang, date, dates),
        chair=chair,
        attendees=lists.items(text, lang, "attendees_label"),
        subject=_subject(text, lang),
        title=title,
        number=_number(text, lang, region),
        end_time=_end_time(text, lang),
        secretary=people.secretary(text, lang),
        absentees=lists.items(text, lang, "absentees_label"),
        agenda=lists.agenda(text, lang),
        conclusions=lists.conclusions(text, lang),
    )


def _early_cue(text: str, lang: str) -> bool:
    """A meeting named in the opening lines (news of a meeting, minutes)."""
    return re.search(words(lang, "meeting"), text[:400], re.IGNORECASE) is not None


def _stamp(text: str, lang: str) -> tuple[int, int] | None:
    """The page's posting stamp: a short first line with a clock time (and no label), with
    the story after it."""
    m = re.match(r"\s*(?P<line>[^\n]+)\n\s*\S", text)
    if m is None or len(m.group("line")) > STAMP or not _clock(lang).search(m.group("line")):
        return None
    if re.match(rf"\s*(?:{words(lang, 'date_label')})", m.group("line"), re.IGNORECASE):
        return None
    return m.start("line"), m.end("line")


# --- date ---------------------------------------------------------------------------------

def _date(text: str, dates: list[Date], refs, at: int | None, lang: str,
          stamp: tuple[int, int] | None) -> Date | None:
    """The meeting's date (see the module's text)."""
    meeting = re.compile(words(lang, "meeting"), re.IGNORECASE)
    issue = {r.end for r in refs if not meeting.search(r.text)}  # a meeting's decision: its date
    asof = re.compile(rf"(?:{words(lang, 'asof')})[ \t]*\Z", re.IGNORECASE)
    due = _deadline_cue(lang)  # trước ngày 31/3: a task's deadline, no meeting's date
    days = [d for d in dates if (len(d.value) == 10 or d.value.startswith("--"))
            and not any(0 <= d.start - e <= 40 for e in issue)
            and not (stamp and stamp[0] <= d.start < stamp[1])
            and not asof.search(text, max(0, d.start - 20), d.start)
            and not due.search(text, max(0, d.start - 20), d.start)]
    labels = roles(lang).get("date_label")
    if labels:
        label = re.compile(rf"\s*(?:[-+•]|\d+[.)])?\s*(?:{any_of(labels)})", re.IGNORECASE)
        for d in days:
            if label.match(text[text.rfind("\n", 0, d.start) + 1:d.start]):
                return d
    bracket = re.compile(rf"(?:{words(lang, 'meeting')})[^\n\d()]{{0,15}}[(（][ \t]*\Z", re.IGNORECASE)
    for d in days:
        if bracket.search(text, max(0, d.start - 30), d.start):
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
def _deadline_cue(lang: str) -> re.Pattern:
    """A task's deadline cue right before a date (``trước``, ``ภายใน``)."""
    cues = profile(lang).tasks.deadline_cues
    return re.compile(rf"{spacing(lang).before}(?:{any_of(cues) if cues else '(?!)'})[ \t]*\Z",
                      re.IGNORECASE)


# --- time ---------------------------------------------------------------------------------

@per_language
def _clock(lang: str) -> re.Pattern:
    """A clock time: ``14 giờ 30``, ``8h``, ``เวลา 09.30 น.``, in any digits."""
    m = profile(lang).meeting
    before = rf"(?:{any_of(m.time_before)}) \s*" if m.time_before else ""
    after = rf"\s* (?:{any_of(m.time_after)})" if m.time_after else ""
    return re.compile(rf"""
        (?<!\d) {before}
        (?P<hour>\d{{1,2}}) \s* (?:{any_of(m.hour_marks) if m.hour_marks else '(?!)'}) \s*
        (?P<minute>\d{{1,2}})? (?!\d)
        (?: \s* (?:{any_of(m.minute_words)}) )?
        {after} {spacing(lang).after}""", re.IGNORECASE | re.VERBOSE)


def _hhmm(m: re.Match) -> str | None:
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _said(text: str, pos: int, lang: str) -> str | None:
    """``start_time`` or ``end_time``: the kind of word that stands right before ``pos``
    (the leftmost word wins: ``เปิดประชุม`` holds ``ปิดประชุม``)."""
    m = _time_words(lang).search(text, max(0, pos - 40), pos)
    return m.lastgroup if m else None


@per_language
def _time_words(lang: str) -> re.Pattern:
    return re.compile(rf"""(?: (?P<start_time>{words(lang, 'start_time')})
                             | (?P<end_time>{words(lang, 'end_time')}) ) [^\n\d]{{0,25}}\Z""",
                      re.IGNORECASE | re.VERBOSE)


def _start_time(text: str, lang: str, stamp: tuple[int, int] | None) -> str | None:
    found = [m for m in _clock(lang).finditer(text, 0, LEAD)
             if _hhmm(m) and not (stamp and stamp[0] <= m.start() < stamp[1])
             and _said(text, m.start(), lang) != "end_time"]
    started = [m for m in found if _said(text, m.start(), lang) == "start_time"]
    best = (started or found or [None])[0]
    return _hhmm(best) if best else None


def _end_time(text: str, lang: str) -> str | None:
    for m in _clock(lang).finditer(text):
        if _hhmm(m) and _said(text, m.start(), lang) == "end_time":
            return _hhmm(m)
    return None


# --- location -----------------------------------------------------------------------------

def _location(text: str, lang: str, date: Date | None, dates: list[Date]) -> str | None:
    """After a location label, else the place after the location word (see the module)."""
    label = re.search(rf"(?:{words(lang, 'location_label')})\s*[:：]\s*(?P<venue>[^\n]+)",
                      text[:LEAD])
    if label:
        return label.group("venue").strip().rstrip(".;")
    if spacing(lang).spaced:
        return _place_in_lead(text, lang, date, dates)
    return _place_chunks(text, lang)


def _place_in_lead(text: str, lang: str, date: Date | None, dates: list[Date]) -> str | None:
    """The first place after ``tại`` in the sentence of the meeting's date (or of the first
    meeting noun)."""
    s = sentences(text, lang)
    if date is not None:
        a, b = s.around(date.start)
    else:
        noun = re.search(words(lang, "meeting"), text[:LEAD], re.IGNORECASE)
        if noun is None:
            return None
        a, b = s.around(noun.start())
    g = _place_grammar(lang)
    starts = {d.start for d in dates}
    for m in g["at"].finditer(text, a, b):
        place = g["start"].match(text, m.end(), b) or g["first"].match(text, m.end(), b)
        if place is None or g["not"].match(text, m.end()):
            continue
        if place.re is g["first"] and not place.group()[:1].isupper():
            continue  # a place after tại is a venue, a body or a name (not tại đây)
        end = place.end()
        for _ in range(PLACE_WORDS):
            w = g["word"].match(text, end, b)
            if w is None or w.start("w") in starts or g["end"].match(text, w.start("w")):
                break
            end = w.end()
        return text[m.end():end].strip()
    return None


def _place_chunks(text: str, lang: str) -> str | None:
    """The chunks after ``ณ`` up to one that starts a person, a title, a verb, ``*``."""
    g = _place_grammar(lang)
    for m in g["at"].finditer(text, 0, LEAD):
        if g["not"].match(text, m.end()):
            continue
        end, pos = m.end(), m.end()
        while pos - m.end() < PLACE_CHARS:
            chunk = re.compile(r"[ \t]*(?P<c>[^\s*]+)").match(text, pos)
            if chunk is None or (pos > m.end() and g["end"].match(text, chunk.start("c"))):
                break
            end = pos = chunk.end()
        place = text[m.end():end].strip()
        if place:
            return place
    return None


@per_language
def _place_grammar(lang: str) -> dict[str, re.Pattern]:
    sp, flags = spacing(lang), re.VERBOSE
    people_words = "|".join((title_words(lang, "honorific"), title_words(lang, "title"),
                             title_words(lang, "deputy"), words(lang, "chair_intro"),
                             words(lang, "chair")))
    ends = rf"(?:{words(lang, 'location_end')}|{people_words})"
    if not sp.spaced:
        return {"at": re.compile(rf"(?<!\S)(?:{words(lang, 'location')})[ \t]*"),
                "not": re.compile(rf"(?:{words(lang, 'not_place')})"),
                "start": re.compile(r"\S"), "word": re.compile(r"(?!)"),
                "end": re.compile(ends)}
    orgs = tolerant(heads(lang)["org"], lang)
    word = rf"[^\s{inside_class(',()')}{marks_class(lang)}]+"
    return {
        "at": re.compile(rf"{sp.before}(?:{words(lang, 'location')})[ \t]+", re.IGNORECASE),
        "not": re.compile(rf"(?:{words(lang, 'meeting')}|{words(lang, 'chaired')}){sp.after}",
                          re.IGNORECASE),
        "start": re.compile(rf"(?:{words(lang, 'venue')}|{orgs}){sp.after}"),
        "first": re.compile(word),
        "word": re.compile(rf"[ \t]+(?P<w>{word})", flags),
        "end": re.compile(rf"{ends}{sp.after}"),
    }


# --- title and number ---------------------------------------------------------------------

def _title(text: str, lang: str) -> tuple[str | None, str]:
    """(the meeting's name, the text its number is looked for in): after a minutes heading
    (``BIÊN BẢN`` then the next line; ``รายงานการประชุม...`` on its line), else the name after
    the first noun of a meeting that one chairs (``hội nghị sơ kết quý I``)."""
    g = _title_grammar(lang)
    lines = [m for m in re.finditer(r"[^\n]+", text[:LEAD]) if not m.group().isspace()][:15]
    for i, line in enumerate(lines):
        head = g["heading"].match(line.group())
        if head is None:
            continue
        rest = line.group()[head.end():].strip()
        after = lines[i + 1].group().strip() if i + 1 < len(lines) else ""
        if not rest or g["noun_only"].fullmatch(rest):
            rest = f"{rest} {after}".strip()
        title = _cut(rest, lang, heading=True) or None
        return title, " ".join(x.group() for x in lines[i:i + 3]) if title else ""
    lead = g["lead"].search(text, 0, LEAD)
    if lead is None:
        return None, text[:400]
    end = sentences(text, lang).around(lead.start())[1]
    title = _cut(text[lead.start():end], lang) or None
    return title, title or ""


def _cut(title: str, lang: str, heading: bool = False) -> str:
    """A title up to where its name ends: a date, a place, a person, a number where the
    language cites it apart; in running text also a comma (a heading line is a name
    whole: Cuộc họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể ... lần thứ 2)."""
    g = _title_grammar(lang)
    cut = g["end" if not heading else "heading_end"].search(title)
    title = (title[:cut.start()] if cut else title)[:TITLE_CHARS].strip().strip(" ,.:;-–")
    return "" if g["noun_only"].fullmatch(title) else title


def _number(text: str, lang: str, region: str) -> str | None:
    """The meeting's number in its title or opening lines (``lần thứ 3``, ``2/2568``)."""
    m = re.search(rf"(?P<word>{words(lang, 'number')})\s*(?P<n>\d+(?:/\d+)?|[IVXLC]+(?!\w))",
                  region)
    if m is None:
        return None
    return m.group() if profile(lang).meeting.number_with_word else m.group("n")


@per_language
def _title_grammar(lang: str) -> dict[str, re.Pattern]:
    sp = spacing(lang)
    nouns = words(lang, "chaired")
    date_words = "|".join(re.escape(w) for w in (*profile(lang).phrases.day_words,))
    number_cut = "" if profile(lang).meeting.number_with_word else rf"|(?:{words(lang, 'number')})"
    ends = rf"""\s(?:{words(lang, 'title_end')}){sp.after} | \s(?:{title_words(lang, 'honorific')})(?=\S)
                {number_cut} {'|' + date_words if date_words else ''}"""
    return {
        "heading": re.compile(rf"\s*(?:{words(lang, 'minutes_heading')})(?=\s*$|\s*(?:{nouns}))",
                              re.IGNORECASE if sp.spaced else 0),
        "noun_only": re.compile(rf"(?:{nouns})", re.IGNORECASE),
        "lead": re.compile(rf"{sp.before}(?:{nouns}){sp.after}(?=[ \t]*\S)",
                           re.IGNORECASE),
        "end": re.compile(rf"[,;(\n]|{ends}", re.VERBOSE),
        "heading_end": re.compile(ends, re.VERBOSE),
    }


# --- subject ------------------------------------------------------------------------------

def _phrase(lang: str, least: int, most: int, stops: str = "") -> str:
    """The rest of a phrase: up to a sentence mark (or one of ``stops``) where words are
    spaced; where they are not, up to a double space or a line end (a Thai phrase has
    single spaces inside)."""
    if spacing(lang).spaced:
        return rf"[^\n{inside_class(stops) + marks_class(lang)}]{{{least},{most}}}"
    return rf"[^\n]{{{least},{most}}}?(?=\s{{2}}|\n|$)"


def _subject(text: str, lang: str) -> str | None:
    """What the meeting is about: after ``hội nghị`` an opener and what follows it
    (``tổng kết năm 2023``), or what follows a marker (``การประชุมเพื่อ...``)."""
    sp = spacing(lang)
    gap = r"\s+" if sp.spaced else ""
    rest = _phrase(lang, 5, 160)
    if not sp.spaced:
        rest = rf"[^\n]{{5,160}}?(?=\s+(?:{words(lang, 'chair_intro')})|\s{{2}}|\n|$)"
    m = re.search(rf"""
        (?:{words(lang, 'subject_head')}) {gap}
        (?: (?:{words(lang, 'subject_marker')}) {gap} (?P<marked>{rest})
          | (?P<opened> (?:{words(lang, 'subject_opener')}) {rest} ) )""",
                  text[:LEAD], re.IGNORECASE | re.VERBOSE)
    return (m.group("marked") or m.group("opened")).strip(" ,") if m else None
