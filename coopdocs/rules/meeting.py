"""The meeting a text reports (minutes, conclusion notices, meeting news): date, time,
location, chair (``chủ trì`` / ``เป็นประธาน``, never someone who only attended), attendees
and subject."""
from __future__ import annotations

import re
from functools import cache

from ..lang import alternation, rows, words
from ..model import Date, Meeting, Reference

NAME_MAX = 4


@cache
def _roles(lang: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for word, role in rows(lang, "meeting"):
        out.setdefault(role, []).append(word)
    return out


HEAD = 20_000  # a meeting's chair, date and place are stated in the opening of its report


def find_meeting(text: str, lang: str, dates: list[Date], refs: list[Reference] = (),
                 minutes: bool = False) -> Meeting | None:
    """The meeting reported by ``text``; without a chair, only for minutes and meeting news
    (``minutes``) that name a meeting in their opening lines."""
    roles = _roles(lang)
    text = text[:HEAD]
    dates = [d for d in dates if d.end <= HEAD]
    head = text[:3000]
    flags = re.IGNORECASE if lang == "vi" else 0
    b = r"(?<!\w)" if lang == "vi" else ""
    cue = re.search(rf"{b}(?:{alternation(roles['meeting'])})", head, flags)
    if cue is None:
        return None
    chair, at = _chair_vi(text) if lang == "vi" else _chair_th(text)
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
    flags = re.IGNORECASE if lang == "vi" else 0
    return re.search(alternation(_roles(lang)["meeting"]), text[:400], flags) is not None


def _date(text: str, dates: list[Date], refs, at: int | None, lang: str) -> Date | None:
    """The meeting's date: a day-precise date in the chair's sentence, else the first one
    that is neither a cited document's issue date nor the header's place-and-date line."""
    issue = {r.end for r in refs}
    days = [d for d in dates if (len(d.value) == 10 or d.value.startswith("--"))
            and not any(0 <= d.start - e <= 40 for e in issue)]
    labels = _roles(lang).get("date_label", [])
    if labels:
        for d in days:
            line = text[text.rfind("\n", 0, d.start) + 1:d.start]
            if re.match(rf"\s*(?:[-+•]|\d+[.)])?\s*(?:{alternation(labels)})", line, re.IGNORECASE):
                return d
    if at is not None:
        lo = max(text.rfind("\n", 0, at), 0)
        hi = text.find("\n", at)
        same = [d for d in days if lo <= d.start < (hi if hi >= 0 else len(text))]
        if same:
            return same[0]
    body = [d for d in days if not re.search(r"^[^\n,]{2,40},\s*$", text[text.rfind("\n", 0, d.start) + 1:d.start])]
    return (body or days or [None])[0]


def _time(text: str, date: Date | None, lang: str) -> str | None:
    if lang == "vi":
        m = re.search(r"(?<!\d)(\d{1,2})\s*(?:giờ|h)\s*(\d{1,2})?(?:\s*phút)?(?!\w)", text[:3000], re.IGNORECASE)
    else:
        m = re.search(r"เวลา\s*(\d{1,2})[.:](\d{2})\s*น", text[:3000])
    if m:
        return f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
    if date is not None:
        before = text[max(0, date.start - 12):date.start]
        tod = re.search(rf"({alternation(_roles(lang)['time_of_day'])})", before, re.IGNORECASE)
        if tod:
            return tod.group(1).casefold()
    return None


def _location(text: str, lang: str) -> str | None:
    if lang == "vi":
        m = re.search(r"Địa điểm\s*:\s*([^\n]+)", text[:4000]) or re.search(
            r"(?<!\w)tại\s+((?:Hội trường|Phòng họp|trụ sở|Trụ sở|hội trường|phòng họp)[^,.;\n]*)", text[:4000])
        return m.group(1).strip().rstrip(".;") if m else None
    m = re.search(r"(?:^|\s)ณ\s*((?:ห้อง|อาคาร|สำนักงาน|ศาลา|โรงแรม)[^\n]*?)(?=\s{2}|\n|$)", text[:4000], re.MULTILINE)
    return m.group(1).strip() if m else None


def _attendees(text: str, lang: str) -> list[str]:
    if lang == "vi":
        head = re.search(r"Thành phần(?: tham dự)?\s*:?\s*\n?", text)
        stop = r"^(?:Chủ trì|Chủ tọa|Thư ký|Nội dung|[IVX]+\.|\d+\.)"
    else:
        head = re.search(r"ผู้มาประชุม\s*:?\s*\n?", text)
        stop = r"^(?:ผู้ไม่มาประชุม|ผู้เข้าร่วมประชุม|เริ่มประชุม|ระเบียบวาระ)"
    if head is None:
        return []
    out = []
    for line in text[head.end():head.end() + 4000].split("\n"):
        s = line.strip()
        if not s:
            if out:
                break
            continue
        if re.match(stop, s):
            break
        item = re.sub(r"^(?:[-+•*]|\d+[.)])\s*", "", s).strip(" ;.")
        if item:
            out.append(item)
        if len(out) >= 60:
            break
    return out


def _subject(text: str, lang: str) -> str | None:
    if lang == "vi":
        m = re.search(r"(?:hội nghị|cuộc họp|họp)\s+((?:tổng kết|sơ kết|đánh giá|triển khai|bàn|thông qua|giao ban|về|nhằm|để)[^.;\n]{5,160})", text[:3000], re.IGNORECASE)
    else:
        m = re.search(r"การประชุม(?:เพื่อ|เรื่อง)([^\n]{5,160}?)(?=\s+โดยมี|\s{2}|\n|$)", text[:3000])
    return m.group(1).strip(" ,") if m else None


# --- chairs -------------------------------------------------------------------------------

def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word[1:] == word[1:].lower()


def _chair_vi(text: str) -> dict | None:
    roles = _roles("vi")
    label = re.search(rf"^[ \t]*(?:(?:\d+|[a-zđ])[.)][ \t]*|[-+•][ \t]*)?(?:{alternation(roles['chair_label'])})\s*:\s*(.+)$", text, re.MULTILINE)
    if label:
        return _name_title_vi(label.group(1), label_form=True), label.start()
    after = re.search(rf"(?<!\w)(?:{alternation(roles['chair'])})(?:\s+(?:hội nghị|cuộc họp|buổi làm việc|phiên họp))?"
                      rf"\s+(?:có|là|của)\s+((?:đồng chí|ông|bà)\s+[^\n.;]+)", text, re.IGNORECASE)
    if after:
        found = _name_title_vi(after.group(1), label_form=True)
        if found:
            return found, after.start()
    for m in re.finditer(rf"(?<!\w)(?:{alternation(roles['chair'])})(?!\w)", text):
        seg_start = max(text.rfind(c, 0, m.start()) for c in (".\n", ". ", ";", "\n"))
        attended = list(re.finditer(rf"(?:{alternation(roles['attended'])})", text[seg_start + 1:m.start()]))
        if attended:
            seg_start = seg_start + 1 + attended[-1].end()
        found = _name_title_vi(text[seg_start + 1:m.start()], label_form=False)
        if found:
            return found, m.start()
    return None, None



INSTITUTION = {"Ban", "Phó", "Chủ", "Ủy", "Uỷ", "Hội", "Sở", "Liên", "Tỉnh", "Thường", "Trực", "Văn",
               "Bí", "Giám", "Trưởng", "Ông", "Bà", "Đồng", "Chi", "Cục", "Bộ", "Chính", "Trung",
               "Mặt", "Tổng", "Kho", "Ngân", "Quỹ", "Hợp", "Tổ", "Nhà", "Viện", "Trường", "Thành",
               "Huyện", "Xã", "Phòng", "Thư", "Các", "Hiệp", "Kinh", "Nông", "Kế", "Tài", "Công", "Báo"}


HONORIFIC = re.compile(r"(?:đồng chí|ông|bà)\s*$", re.IGNORECASE)


LEADING_HONORIFIC = {"Ông", "Bà", "Đồng"}


def _runs(seg: str) -> list[list[re.Match]]:
    """Runs of capitalised words not separated by punctuation (a leading Ông/Bà dropped)."""
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
    return [r[1:] if r[0].group(0) in LEADING_HONORIFIC and len(r) > 2 else r for r in runs]


def _name_title_vi(seg: str, label_form: bool) -> dict | None:
    candidates = [r for r in _runs(seg) if len(r) >= 2 and r[0].group(0) not in INSTITUTION]
    if not candidates:
        return None
    honoured = [r for r in candidates if HONORIFIC.search(seg[:r[0].start()])]
    pool = honoured or candidates
    best = pool[0] if label_form else pool[-1]
    best = best[-3:] if len(best) > NAME_MAX else best
    name = " ".join(t.group(0) for t in best)
    after = seg[best[-1].end():]
    after = re.split(r"\(|\bchủ trì\b", after)[0].strip(" ,-–.")
    before = seg[:best[0].start()]
    before = HONORIFIC.sub("", before).strip(" ,")
    before = re.split(r"[,.;]", before)[-1].strip()
    title = after if after else before
    title = re.sub(r"\s+", " ", title).strip(" ,.;") or None
    return {"name": name, "title": title}


PERSON_TH = re.compile(r"(?:นางสาว|นาย|นาง|ดร\.)(?=\S)|(?<![A-Za-z])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}")


def _chair_th(text: str):
    """The person right before `เป็นประธาน` (not of a ceremony): the last name in its
    sentence, so that someone who only attended earlier in it is passed over."""
    roles = _roles("th")
    for m in re.finditer(r"เป็นประธาน(?!เปิด|ในพิธี|พิธี|กล่าว)", text):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 300)
        people = list(PERSON_TH.finditer(text, lo, m.start()))
        if people:
            return _name_title_th(text[people[-1].start():m.start()]), m.start()
        by = text.rfind("โดยมี", lo, m.start())
        if by >= 0:
            return _name_title_th(text[by + len("โดยมี"):m.start()]), m.start()
    label = re.search(rf"(?:^|\s)(?:{alternation(roles['chair_label'])})\s*[:：]\s*([^\n]+)", text, re.MULTILINE)
    if label:
        return _name_title_th(label.group(1)), label.start()
    return None, None


def _name_title_th(seg: str) -> dict | None:
    seg = seg.strip()
    latin = re.match(r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){1,3})\s*(.*)", seg)
    if latin:
        return {"name": latin.group(1), "title": latin.group(2).strip() or None}
    seg = re.sub(r"^(?:นางสาว|นาย|นาง|ดร\.)\s*", "", seg)
    titles = alternation(w for w in words("th", "titles") if w not in ("นาย", "นาง", "นางสาว", "ดร."))
    t = re.search(rf"\s*(?:รอง)?(?:{titles})", seg)
    if t and t.start() > 0:
        name, title = seg[:t.start()].strip(), seg[t.start():].strip()
    else:
        parts = seg.split()
        name, title = " ".join(parts[:2]), " ".join(parts[2:])
    if not name:
        return None
    return {"name": name, "title": title or None}
