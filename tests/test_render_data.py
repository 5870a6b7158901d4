"""Hand-made records (docs/records.md) for the Word-document tests, in Vietnamese and Thai.

Each record is built from a short text of its own: every item's ``start``/``end``/``text``
is the span of its text, so the records obey the contract exactly. The tests import the
builders below; the tests in this file check that the records are valid.
"""
import copy
import hashlib

import pytest
from conftest import ROOT

from coopdocs.render.inputs import validate

VI_TEXT = (
    "Chiều ngày 12/3/2025, tại Hội trường UBND tỉnh Ninh Thuận, Ban Chỉ đạo đổi mới, phát triển "
    "kinh tế tập thể, hợp tác xã tỉnh họp phiên thường kỳ quý I năm 2025 do đồng chí Trần Quốc Nam, "
    "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.\n"
    "Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương và Luật Hợp tác "
    "xã số 17/2023/QH15, đến cuối năm 2024 toàn tỉnh có 187 hợp tác xã và 1.981 tổ hợp tác; doanh "
    "thu bình quân đạt 1,3 tỷ đồng/hợp tác xã; tỷ lệ hợp tác xã xếp loại tốt đạt 34,3%.\n"
    "Năm 2025 phấn đấu thành lập mới ít nhất 20 hợp tác xã; tỷ lệ hợp tác xã xếp loại tốt trên 40%; "
    "bố trí 9.450 triệu đồng vốn hỗ trợ; đến năm 2030 doanh thu tăng 5-6%/năm.\n"
    "Giao Liên minh Hợp tác xã tỉnh chủ trì xây dựng Kế hoạch phát triển kinh tế tập thể năm 2025, "
    "trình UBND tỉnh trước ngày 31/3/2025.\n"
)

TH_TEXT = (
    "เมื่อวันที่ 14 พฤศจิกายน 2565 คณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดอุดรธานีประชุมครั้งที่ 3/2565 "
    "ณ ห้องประชุมชั้น 2 ศาลากลางจังหวัดอุดรธานี โดยมีนายประเสริฐ ศรีสุข รองผู้ว่าราชการจังหวัดอุดรธานี "
    "เป็นประธานการประชุม\n"
    "ตามพระราชบัญญัติสหกรณ์ พ.ศ. 2542 และแผนปฏิบัติการหมายเลข 43 ลงวันที่ 14 พฤศจิกายน 2565 "
    "ในปี 2565 จังหวัดมีสหกรณ์ 1,981 แห่ง สมาชิก 82,256 คน ปริมาณธุรกิจรวม 9,450 ล้านบาท "
    "สหกรณ์ผ่านเกณฑ์มาตรฐานร้อยละ 34.3\n"
    "เป้าหมายภายในปี 2567 สหกรณ์ผ่านเกณฑ์มาตรฐานไม่น้อยกว่าร้อยละ 80 ปริมาณธุรกิจ 10,500 ล้านบาท "
    "สมาชิกเพิ่มขึ้น 2,500 คน\n"
    "มอบหมายให้สำนักงานสหกรณ์จังหวัดอุดรธานีจัดทำแผนส่งเสริมสหกรณ์ ภายในวันที่ 31 มกราคม 2566\n"
)


def _span(text, s, occurrence=0):
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(s, pos + 1)
    return {"start": pos, "end": pos + len(s), "text": s}


def _figure(text, s, value, kind, unit, subject, year=None, *, vmax=None, q=None, per=None,
            measures=None):
    """A figure; ``measures`` = (indicator, indicator id, role) when it says what it measures."""
    out = {**_span(text, s), "value": value, "value_max": vmax, "kind": kind, "unit": unit,
           "qualifier": q, "per": per, "subject": subject, "year": year}
    if measures:
        out.update(zip(("indicator", "indicator_id", "role"), measures), cell=None)
    return out


def _record(text, lang, kind, title, figures, targets, references, meeting, tasks, dates=()):
    return {
        "schema": "coopdocs.record/1",
        "source": {"path": f"{kind}-{lang}.txt", "sha256": "0" * 64, "lang": lang, "kind": kind,
                   "title": title},
        "figures": figures,
        "dates": list(dates),
        "targets": [{**_span(text, figures[i]["text"]), "figure": i, "deadline": dl,
                     "indicator": ind, "direction": "reach"} for i, ind, dl in targets],
        "references": references,
        "meeting": meeting,
        "tasks": tasks,
    }


def vi_record(kind="minutes"):
    t = VI_TEXT
    figures = [
        _figure(t, "187 hợp tác xã", 187, "count", "hợp tác xã", "hợp tác xã", 2024,
                measures=("số hợp tác xã", "coops.count", "result")),
        _figure(t, "1.981 tổ hợp tác", 1981, "count", "tổ hợp tác", "tổ hợp tác", 2024,
                measures=("số tổ hợp tác", "groups.count", "result")),
        _figure(t, "1,3 tỷ đồng", 1_300_000_000, "money", "VND", "doanh thu bình quân", 2024, per="hợp tác xã",
                measures=("doanh thu bình quân", "coops.revenue_avg", "result")),
        _figure(t, "34,3%", 34.3, "percent", "%", "hợp tác xã xếp loại tốt", 2024,
                measures=("tỷ lệ hợp tác xã xếp loại tốt", "coops.effective_share", "result")),
        _figure(t, "ít nhất 20 hợp tác xã", 20, "count", "hợp tác xã", "hợp tác xã", 2025, q="at_least",
                measures=("số hợp tác xã thành lập mới", "coops.new", "target")),
        _figure(t, "trên 40%", 40, "percent", "%", "hợp tác xã xếp loại tốt", 2025, q="over",
                measures=("tỷ lệ hợp tác xã xếp loại tốt", "coops.effective_share", "target")),
        _figure(t, "9.450 triệu đồng", 9_450_000_000, "money", "VND", "vốn hỗ trợ", 2025,
                measures=("vốn hỗ trợ", "support.funding", "target")),
        _figure(t, "5-6%", 5, "percent", "%", "doanh thu", None, vmax=6, per="year",
                measures=("tăng doanh thu", "coops.revenue_growth", "target")),
    ]
    targets = [(4, "số hợp tác xã thành lập mới", "2025"), (5, "tỷ lệ hợp tác xã xếp loại tốt", "2025"),
               (6, "vốn hỗ trợ phát triển hợp tác xã", "2025"), (7, "tốc độ tăng doanh thu", "2030")]
    references = [
        {**_span(t, "Nghị quyết số 20-NQ/TW"), "kind": "resolution", "number": "20-NQ/TW",
         "date": "2022-06-16", "issuer": "Ban Chấp hành Trung ương"},
        {**_span(t, "Luật Hợp tác xã số 17/2023/QH15"), "kind": "law", "number": "17/2023/QH15",
         "date": "2023", "issuer": None},
    ]
    meeting = {"date": "2025-03-12", "time": "14:00", "location": "Hội trường UBND tỉnh Ninh Thuận",
               "chair": {"name": "Trần Quốc Nam", "title": "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo"},
               "attendees": ["các thành viên Ban Chỉ đạo tỉnh", "lãnh đạo Liên minh Hợp tác xã tỉnh"],
               "subject": "phiên họp thường kỳ quý I năm 2025 của Ban Chỉ đạo"}
    task = ("Giao Liên minh Hợp tác xã tỉnh chủ trì xây dựng Kế hoạch phát triển kinh tế tập thể năm "
            "2025, trình UBND tỉnh trước ngày 31/3/2025.")
    tasks = [{**_span(t, task), "assignee": "Liên minh Hợp tác xã tỉnh", "deadline": "2025-03-31"}]
    return _record(t, "vi", kind, "Phiên họp Ban Chỉ đạo quý I năm 2025", figures, targets,
                   references, meeting if kind in ("minutes", "notice") else None, tasks)


def th_record(kind="minutes"):
    t = TH_TEXT
    figures = [
        _figure(t, "1,981 แห่ง", 1981, "count", "แห่ง", "สหกรณ์", 2022,
                measures=("จำนวนสหกรณ์", "coops.count", "result")),
        _figure(t, "82,256 คน", 82256, "count", "คน", "สมาชิก", 2022,
                measures=("สมาชิก", "coops.members", "result")),
        _figure(t, "9,450 ล้านบาท", 9_450_000_000, "money", "THB", "ปริมาณธุรกิจรวม", 2022,
                measures=("ปริมาณธุรกิจ", "coops.business_volume", "result")),
        _figure(t, "ร้อยละ 34.3", 34.3, "percent", "%", "สหกรณ์ผ่านเกณฑ์มาตรฐาน", 2022,
                measures=("สหกรณ์ผ่านเกณฑ์มาตรฐาน", "coops.standard_share", "result")),
        _figure(t, "ไม่น้อยกว่าร้อยละ 80", 80, "percent", "%", "สหกรณ์ผ่านเกณฑ์มาตรฐาน", 2024, q="at_least",
                measures=("สหกรณ์ผ่านเกณฑ์มาตรฐาน", "coops.standard_share", "target")),
        _figure(t, "10,500 ล้านบาท", 10_500_000_000, "money", "THB", "ปริมาณธุรกิจ", 2024,
                measures=("ปริมาณธุรกิจ", "coops.business_volume", "target")),
        _figure(t, "2,500 คน", 2500, "count", "คน", "สมาชิกเพิ่มขึ้น", 2024,
                measures=("จำนวนสมาชิกใหม่", "coops.members_new", "target")),
    ]
    targets = [(4, "สหกรณ์ผ่านเกณฑ์มาตรฐาน", "2024"), (5, "ปริมาณธุรกิจของสหกรณ์", "2024"),
               (6, "จำนวนสมาชิกที่เพิ่มขึ้น", "2024")]
    references = [
        {**_span(t, "พระราชบัญญัติสหกรณ์ พ.ศ. 2542"), "kind": "law", "number": None, "date": "1999",
         "issuer": None},
        {**_span(t, "แผนปฏิบัติการหมายเลข 43"), "kind": "plan", "number": "43", "date": "2022-11-14",
         "issuer": None},
    ]
    meeting = {"date": "2022-11-14", "time": "09:30", "location": "ห้องประชุมชั้น 2 ศาลากลางจังหวัดอุดรธานี",
               "chair": {"name": "นายประเสริฐ ศรีสุข", "title": "รองผู้ว่าราชการจังหวัดอุดรธานี"},
               "attendees": ["นายประเสริฐ ศรีสุข รองผู้ว่าราชการจังหวัดอุดรธานี ประธานกรรมการ",
                             "นางสาวมาลี ทองดี สหกรณ์จังหวัดอุดรธานี กรรมการและเลขานุการ"],
               "subject": "การขับเคลื่อนการพัฒนาสหกรณ์จังหวัดอุดรธานี"}
    task = "มอบหมายให้สำนักงานสหกรณ์จังหวัดอุดรธานีจัดทำแผนส่งเสริมสหกรณ์ ภายในวันที่ 31 มกราคม 2566"
    tasks = [{**_span(t, task), "assignee": "สำนักงานสหกรณ์จังหวัดอุดรธานี", "deadline": "2023-01-31"}]
    return _record(t, "th", kind, "การประชุมคณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดอุดรธานี",
                   figures, targets, references, meeting if kind == "minutes" else None, tasks)


VI_HEADER = {
    "parent_agency": "UBND tỉnh Ninh Thuận",
    "agency": "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã",
    "number": "15/KH-BCĐ", "place": "Ninh Thuận", "date": "2025-02-07",
    "title": "Phát triển kinh tế tập thể, hợp tác xã năm 2025",
    "signer": {"authority": "KT. TRƯỞNG BAN", "title": "Phó Trưởng ban", "name": "Lê Văn Hòa"},
    "recipients": ["Ban Chỉ đạo Trung ương", "Thường trực Tỉnh ủy", "Các sở, ban, ngành"],
    "secretary": {"name": "Nguyễn Thị Mai", "title": "Chuyên viên Liên minh Hợp tác xã tỉnh"},
    "end_time": "16:30", "archive": "LMHTX",
    "absent": ["Đồng chí Hoàng Văn Sơn, Giám đốc Sở Nội vụ (đi công tác)"],
}
TH_HEADER = {
    "agency": "สำนักงานสหกรณ์จังหวัดอุดรธานี", "number": "อด 0010/125", "date": "2022-11-21",
    "title": "การพัฒนาสหกรณ์จังหวัดอุดรธานี ปี 2566",
    "signer": {"title": "สหกรณ์จังหวัดอุดรธานี", "name": "นางสาวมาลี ทองดี"},
    "recipients": ["ผู้ว่าราชการจังหวัดอุดรธานี", "กรมส่งเสริมสหกรณ์"],
    "secretary": {"name": "นางสาวมาลี ทองดี", "title": "สหกรณ์จังหวัดอุดรธานี"},
    "session": "3/2565", "end_time": "12:00", "absent": ["นายวิชัย แก้วมณี ติดราชการ"],
}


def record(lang, kind="minutes"):
    return vi_record(kind) if lang == "vi" else th_record(kind)


def with_source(rec, folder):
    """``rec`` with its text written to ``folder`` and named (path and SHA-256) in its source,
    as `coopdocs extract` leaves it: the renderer can read the sentences back."""
    text = VI_TEXT if rec["source"]["lang"] == "vi" else TH_TEXT
    path = folder / rec["source"]["path"]
    path.write_text(text, encoding="utf-8")
    rec["source"].update(path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    return rec


def emblem_png(path, side=8):
    """A small PNG of our own (a grey square) where a Garuda emblem would go."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * side for _ in range(side))
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows))
                     + chunk(b"IEND", b""))
    return path


def header(lang):
    return copy.deepcopy(VI_HEADER if lang == "vi" else TH_HEADER)


def meeting_header(lang):
    """The header fields of a meeting's documents that no record gives (agency, number,
    place, signer, recipients ...): the meeting's name, number, end, secretary and absentees
    come from its record."""
    given = header(lang)
    for key in ("title", "secretary", "end_time", "session", "absent"):
        given.pop(key, None)
    return given


@pytest.mark.parametrize("lang", ["vi", "th"])
@pytest.mark.parametrize("kind", ["minutes", "plan", "report"])
def test_hand_made_records_follow_the_contract(lang, kind):
    rec = record(lang, kind)
    text = VI_TEXT if lang == "vi" else TH_TEXT
    assert validate(rec) == [rec]
    for key in ("figures", "targets", "references", "tasks"):
        for item in rec[key]:
            assert text[item["start"]:item["end"]] == item["text"], (key, item)


# ---------------------------------------------------------------- minutes notes, every field

# Meeting notes as a secretariat writes them (docs/examples), and the complete record of each
# (docs/records.md Meeting and Task with every field), written by hand.
NOTES = {"vi": ROOT / "docs" / "examples" / "bien-ban-notes-vi.txt",
         "th": ROOT / "docs" / "examples" / "rai-ngan-prachum-notes-th.txt"}


def notes_text(lang):
    return NOTES[lang].read_text(encoding="utf-8")


def _task(text, line, assignee, collaborators, action, deadline):
    return {**_span(text, line), "assignee": assignee, "collaborators": collaborators,
            "action": action, "deadline": deadline}


def _vi_full(t):
    meeting = {
        "date": "2025-04-15", "time": "08:30", "end_time": "11:15",
        "location": "Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh Ninh Thuận",
        "chair": {"name": "Trần Quốc Nam", "title": "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo"},
        "secretary": {"name": "Nguyễn Thị Mai", "title": "Chuyên viên Liên minh Hợp tác xã tỉnh"},
        "attendees": ["Đồng chí Phạm Văn Lộc, Chủ tịch Liên minh Hợp tác xã tỉnh, Phó Trưởng Ban Thường trực",
                      "Đồng chí Đặng Thị Thu, Phó Giám đốc Sở Nông nghiệp và Môi trường",
                      "Đồng chí Hồ Minh Tâm, Phó Giám đốc Sở Tài chính",
                      "Đại diện lãnh đạo UBND các huyện, thành phố"],
        "absentees": ["Đồng chí Lê Văn Hùng, Phó Giám đốc Sở Công Thương (đi công tác)",
                      "Đồng chí Võ Thanh Bình, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh (có lý do)"],
        "subject": None,
        "title": "Cuộc họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh Ninh Thuận "
                 "lần thứ 2 năm 2025",
        "number": "lần thứ 2",
        "agenda": ["Đánh giá kết quả phát triển kinh tế tập thể quý I năm 2025",
                   "Cho ý kiến dự thảo Kế hoạch hỗ trợ hợp tác xã chuyển đổi số"],
        "conclusions": [
            _span(t, "Ban Chỉ đạo thống nhất đánh giá kết quả quý I; yêu cầu các huyện tập trung hỗ trợ "
                     "hợp tác xã mới thành lập đi vào hoạt động."),
            _span(t, "Kết luận: Thống nhất thông qua dự thảo Kế hoạch, giao cơ quan soạn thảo tiếp thu ý "
                     "kiến và hoàn chỉnh."),
        ],
    }
    tasks = [
        _task(t, "Giao Liên minh Hợp tác xã tỉnh chủ trì, phối hợp với Sở Tài chính hoàn chỉnh Kế hoạch "
                 "hỗ trợ hợp tác xã chuyển đổi số, trình UBND tỉnh trước ngày 30/4/2025.",
              "Liên minh Hợp tác xã tỉnh", ["Sở Tài chính"],
              "hoàn chỉnh Kế hoạch hỗ trợ hợp tác xã chuyển đổi số, trình UBND tỉnh", "2025-04-30"),
        _task(t, "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện rà soát quỹ đất "
                 "công cho hợp tác xã thuê, báo cáo trước ngày 31/5/2025.",
              "Sở Nông nghiệp và Môi trường", ["UBND các huyện"],
              "rà soát quỹ đất công cho hợp tác xã thuê, báo cáo kết quả", "2025-05-31"),
        _task(t, "Giao UBND các huyện, thành phố hỗ trợ các hợp tác xã mới thành lập đi vào hoạt động ổn "
                 "định trong quý II năm 2025.",
              "UBND các huyện, thành phố", [],
              "hỗ trợ các hợp tác xã mới thành lập đi vào hoạt động ổn định", "2025-06"),
    ]
    figures = [_figure(t, "9 hợp tác xã", 9, "count", "hợp tác xã", "hợp tác xã", 2025),
               _figure(t, "196 hợp tác xã", 196, "count", "hợp tác xã", "hợp tác xã", 2025),
               _figure(t, "1,4 tỷ đồng", 1_400_000_000, "money", "VND", "doanh thu bình quân", 2025,
                       per="hợp tác xã")]
    title = ("BIÊN BẢN Cuộc họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh "
             "Ninh Thuận lần thứ 2 năm 2025")
    return title, meeting, tasks, figures


def _th_full(t):
    meeting = {
        "date": "2025-03-18", "time": "09:30", "end_time": "12:00",
        "location": "ห้องประชุมพยัคฆภูมิ ชั้น 2 ศาลากลางจังหวัดมหาสารคาม",
        "chair": {"name": "สมชาย ใจดี", "title": "รองผู้ว่าราชการจังหวัดมหาสารคาม"},
        "secretary": {"name": "พิมพ์ชนก วงศ์ไทย", "title": "นักวิชาการสหกรณ์ชำนาญการ"},
        "attendees": ["นายสมชาย ใจดี รองผู้ว่าราชการจังหวัดมหาสารคาม ประธานกรรมการ",
                      "นางสุภาพร แสงทอง สหกรณ์จังหวัดมหาสารคาม กรรมการ",
                      "นายธนพล บุญมา เกษตรจังหวัดมหาสารคาม กรรมการ",
                      "นางสาวพิมพ์ชนก วงศ์ไทย นักวิชาการสหกรณ์ชำนาญการ กรรมการและเลขานุการ"],
        "absentees": ["นายวีระ ศรีสวัสดิ์ พาณิชย์จังหวัดมหาสารคาม ติดราชการ",
                      "นางจันทร์เพ็ญ คำดี ผู้จัดการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขามหาสารคาม ลาป่วย"],
        "subject": None,
        "title": "คณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดมหาสารคาม",
        "number": "2/2568",
        "agenda": ["เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุมครั้งที่ 1/2568",
                   "เรื่องเพื่อพิจารณา ร่างแผนพัฒนาสหกรณ์จังหวัดมหาสารคาม ปี 2568", "เรื่องอื่น ๆ"],
        "conclusions": [_span(t, "รับทราบ"), _span(t, "รับรองรายงานการประชุมโดยไม่มีการแก้ไข"),
                        _span(t, "มติที่ประชุม เห็นชอบร่างแผนพัฒนาสหกรณ์ โดยให้ปรับปรุงตามข้อเสนอของที่ประชุม")],
    }
    tasks = [
        _task(t, "มอบหมายให้สำนักงานสหกรณ์จังหวัดมหาสารคามปรับปรุงร่างแผนร่วมกับสำนักงานเกษตรจังหวัด "
                 "และเสนอผู้ว่าราชการจังหวัดภายในวันที่ 30 เมษายน 2568",
              "สำนักงานสหกรณ์จังหวัดมหาสารคาม", ["สำนักงานเกษตรจังหวัด"],
              "ปรับปรุงร่างแผนและเสนอผู้ว่าราชการจังหวัด", "2025-04-30"),
        _task(t, "มอบหมายให้สำนักงานเกษตรจังหวัดมหาสารคามสำรวจความต้องการเครื่องสีข้าวของสหกรณ์ "
                 "ภายในวันที่ 31 พฤษภาคม 2568",
              "สำนักงานเกษตรจังหวัดมหาสารคาม", [], "สำรวจความต้องการเครื่องสีข้าวของสหกรณ์", "2025-05-31"),
    ]
    figures = [_figure(t, "ร้อยละ 80", 80, "percent", "%", "สหกรณ์ผ่านเกณฑ์มาตรฐาน", 2025, q="at_least")]
    return "รายงานการประชุมคณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดมหาสารคาม", meeting, tasks, figures


def full_record(lang, kind="minutes", folder=None):
    """The complete record of the language's example notes. With ``folder``, the notes are
    copied there and the record names that copy (path and SHA-256), as `coopdocs extract`
    writes it; without, it names a file that is not there (the notes are not at hand)."""
    text = notes_text(lang)
    title, meeting, tasks, figures = (_vi_full if lang == "vi" else _th_full)(text)
    path, digest = f"missing/{NOTES[lang].name}", "0" * 64
    if folder is not None:
        copy_ = folder / NOTES[lang].name
        copy_.write_bytes(NOTES[lang].read_bytes())
        path, digest = str(copy_), hashlib.sha256(copy_.read_bytes()).hexdigest()
    rec = _record(text, lang, kind, title, figures, [], [], meeting, tasks)
    rec["source"].update(path=path, sha256=digest)
    return rec


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_full_records_follow_the_contract(lang):
    rec = full_record(lang)
    text = notes_text(lang)
    assert validate(rec) == [rec]
    for item in rec["figures"] + rec["tasks"] + rec["meeting"]["conclusions"]:
        assert text[item["start"]:item["end"]] == item["text"], item
    for key in ("location", "title"):
        assert rec["meeting"][key] in text
    for name in rec["meeting"]["attendees"] + rec["meeting"]["absentees"] + rec["meeting"]["agenda"]:
        assert name in text
