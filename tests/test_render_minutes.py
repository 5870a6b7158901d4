"""Minutes and notices a secretary can sign, end to end: our own meeting notes in each language
(docs/examples) drafted by the real command line, `coopdocs minutes NOTES -o OUT.docx`, and read
back with python-docx: every fact in its place of the form (Decree 30/2020 form 1.9; the Thai
form 11), the proceedings as the notes wrote them by agenda item, the conclusions, the tasks as
a table, no list of figures anywhere, and what the notes do not give dotted and named in one
warning.

The same places are proven twice: from the notes through extraction (`notes`), and from the
complete record of those notes written by hand (`record`, rendered by `coopdocs render`). A
place that the extraction does not fill yet is a strict xfail of the `notes` run only.
"""
import json
import re

import docx
import pytest
from click.testing import CliRunner
from test_render_builtin import paragraphs
from test_render_data import NOTES, full_record, meeting_header

from coopdocs.cli import main

# The places of each document: (id, what the document must show there).
VI_PLACES = {
    "title": "Cuộc họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh Ninh Thuận lần thứ 2 "
             "năm 2025",
    "start": "Thời gian bắt đầu: 8 giờ 30 phút, ngày 15 tháng 4 năm 2025.",
    "location": "Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh Ninh Thuận.",
    "attendees": ("Thành phần tham dự:", [
        "- Đồng chí Phạm Văn Lộc, Chủ tịch Liên minh Hợp tác xã tỉnh, Phó Trưởng Ban Thường trực;",
        "- Đồng chí Đặng Thị Thu, Phó Giám đốc Sở Nông nghiệp và Môi trường;",
        "- Đồng chí Hồ Minh Tâm, Phó Giám đốc Sở Tài chính;",
        "- Đại diện lãnh đạo UBND các huyện, thành phố."]),
    "absentees": ("Vắng mặt:", [
        "- Đồng chí Lê Văn Hùng, Phó Giám đốc Sở Công Thương (đi công tác);",
        "- Đồng chí Võ Thanh Bình, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh (có lý do)."]),
    "chair": "Chủ trì (chủ tọa): Đồng chí Trần Quốc Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo.",
    "secretary": "Thư ký (người ghi biên bản): Đồng chí Nguyễn Thị Mai, Chuyên viên Liên minh Hợp tác xã tỉnh.",
    "agenda": ["1. Đánh giá kết quả phát triển kinh tế tập thể quý I năm 2025",
               "2. Cho ý kiến dự thảo Kế hoạch hỗ trợ hợp tác xã chuyển đổi số"],
    "discussion": [
        ("Đồng chí Phạm Văn Lộc báo cáo: quý I năm 2025 toàn tỉnh thành lập mới 9 hợp tác xã, nâng tổng số lên "
        "196 hợp tác xã với hơn 14.200 thành viên; doanh thu bình quân ước đạt 1,4 tỷ đồng/hợp tác xã."),
        ("Đồng chí Đặng Thị Thu cho rằng nhiều hợp tác xã nông nghiệp còn thiếu đất sản xuất tập trung, đề nghị "
        "các huyện rà soát quỹ đất công để cho thuê."),
        "Đồng chí Hồ Minh Tâm đề nghị bổ sung nguồn kinh phí lồng ghép từ các chương trình mục tiêu quốc gia.",
        "Các đại biểu thống nhất với bố cục dự thảo, đề nghị rút ngắn thủ tục đăng ký tham gia."],
    "conclusions": ("Kết luận:", [
        ("Ban Chỉ đạo thống nhất đánh giá kết quả quý I; yêu cầu các huyện tập trung hỗ trợ hợp tác xã mới "
        "thành lập đi vào hoạt động."),
        "Thống nhất thông qua dự thảo Kế hoạch, giao cơ quan soạn thảo tiếp thu ý kiến và hoàn chỉnh."]),
    "tasks": [("Liên minh Hợp tác xã tỉnh", "hoàn chỉnh Kế hoạch hỗ trợ hợp tác xã chuyển đổi số"),
              ("Sở Nông nghiệp và Môi trường", "rà soát quỹ đất công cho hợp tác xã thuê"),
              ("UBND các huyện, thành phố", "hỗ trợ các hợp tác xã mới thành lập đi vào hoạt động ổn định")],
    "deadlines": ["30/4/2025", "31/5/2025", "6/2025"],
    "collaborators": ["Phối hợp: Sở Tài chính", "Phối hợp: UBND các huyện", None],
    "end": "Cuộc họp kết thúc vào 11 giờ 15 phút, ngày 15 tháng 4 năm 2025./.",
    "signatures": (("THƯ KÝ", "Nguyễn Thị Mai"), ("CHỦ TỌA", "Trần Quốc Nam")),
    "figures": ["1.400 triệu đồng", "Hợp tác xã:"],
}
TH_PLACES = {
    "title": "รายงานการประชุมคณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดมหาสารคาม",
    "number": "ครั้งที่ 2/2568",
    "start": "เมื่อวันที่ 18 มีนาคม 2568 เวลา 09.30 น.",
    "location": "ณ ห้องประชุมพยัคฆภูมิ ชั้น 2 ศาลากลางจังหวัดมหาสารคาม",
    "attendees": ("ผู้มาประชุม", [
        "1. นายสมชาย ใจดี รองผู้ว่าราชการจังหวัดมหาสารคาม ประธานกรรมการ",
        "2. นางสุภาพร แสงทอง สหกรณ์จังหวัดมหาสารคาม กรรมการ",
        "3. นายธนพล บุญมา เกษตรจังหวัดมหาสารคาม กรรมการ",
        "4. นางสาวพิมพ์ชนก วงศ์ไทย นักวิชาการสหกรณ์ชำนาญการ กรรมการและเลขานุการ"]),
    "absentees": ("ผู้ไม่มาประชุม", [
        "1. นายวีระ ศรีสวัสดิ์ พาณิชย์จังหวัดมหาสารคาม ติดราชการ",
        "2. นางจันทร์เพ็ญ คำดี ผู้จัดการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขามหาสารคาม ลาป่วย"]),
    "guests": ("ผู้เข้าร่วมประชุม", ["1. นายอนุชา พลเยี่ยม ผู้จัดการสหกรณ์การเกษตรเมืองมหาสารคาม จำกัด"]),
    "opened": "เริ่มประชุมเวลา 09.30 น.",
    "agenda": ["ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
               "ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุมครั้งที่ 1/2568",
               "ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา ร่างแผนพัฒนาสหกรณ์จังหวัดมหาสารคาม ปี 2568",
               "ระเบียบวาระที่ 4 เรื่องอื่น ๆ"],
    "discussion": [
        ("นายสมชาย ใจดี รองผู้ว่าราชการจังหวัดมหาสารคาม ประธานในที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุม"
        "ตามระเบียบวาระ ดังนี้"),
        "ประธานแจ้งว่ากรมส่งเสริมสหกรณ์กำหนดให้จังหวัดจัดทำแผนพัฒนาสหกรณ์ประจำปี 2568 ให้แล้วเสร็จภายในเดือนเมษายน",
        "ฝ่ายเลขานุการได้จัดส่งรายงานการประชุมครั้งที่ 1/2568 ให้กรรมการทุกท่านพิจารณาแล้ว ไม่มีกรรมการขอแก้ไข",
        "เกษตรจังหวัดเสนอให้เพิ่มโครงการส่งเสริมการแปรรูปข้าวหอมมะลิของสหกรณ์", "ไม่มี"],
    "conclusions": ("มติที่ประชุม", ["รับทราบ", "รับรองรายงานการประชุมโดยไม่มีการแก้ไข",
                                     "เห็นชอบร่างแผนพัฒนาสหกรณ์ โดยให้ปรับปรุงตามข้อเสนอของที่ประชุม"]),
    "tasks": [("สำนักงานสหกรณ์จังหวัดมหาสารคาม", "ปรับปรุงร่างแผน"),
              ("สำนักงานเกษตรจังหวัดมหาสารคาม", "สำรวจความต้องการเครื่องสีข้าวของสหกรณ์")],
    "deadlines": ["30 เม.ย. 2568", "31 พ.ค. 2568"],
    "collaborators": ["ร่วมกับ สำนักงานเกษตรจังหวัด", None],
    "end": "เลิกประชุมเวลา 12.00 น.",
    "signatures": ((None, "(นางสาวพิมพ์ชนก วงศ์ไทย)"), (None, "ผู้จดรายงานการประชุม")),
    "figures": ["ร้อยละ 80 (ปี", "สหกรณ์ผ่านเกณฑ์มาตรฐาน:"],
}
PLACES = {"vi": VI_PLACES, "th": TH_PLACES}
TASK_HEADS = {"vi": "TT", "th": "ลำดับ"}

# The notes hold more assignments than the hand-made record lists: docs/annotation.md counts a
# task mentioned again and a recommendation with nobody named. The table from the notes has
# those rows too, so its rows (and their deadlines and collaborators) are not the record's.
MORE_TASKS = {
    "vi": "the extraction also reads the conclusion `yêu cầu các huyện tập trung hỗ trợ ...` as "
          "a task (a task mentioned again is one again); the hand-made record lists the "
          "assignments of PHÂN CÔNG NHIỆM VỤ only",
    "th": "the extraction also reads the recommendation `เกษตรจังหวัดเสนอให้เพิ่มโครงการ ...` as a "
          "task with no assignee (docs/annotation.md: recommendations are tasks); the hand-made "
          "record lists the มอบหมายให้ assignments only",
}
# Places the extraction of the notes does not fill (or fills otherwise): xfail for the `notes`
# run only.
PENDING = {
    "vi": {"tasks": MORE_TASKS["vi"], "deadlines": MORE_TASKS["vi"],
           "collaborators": MORE_TASKS["vi"]},
    "th": {"tasks": MORE_TASKS["th"], "deadlines": MORE_TASKS["th"],
           "collaborators": MORE_TASKS["th"]},
}


def invoke(*args):
    res = CliRunner().invoke(main, [str(a) for a in args])
    assert res.exit_code == 0, res.output
    return [line for line in res.stderr.splitlines() if line.startswith("coopdocs: warning:")]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """(source, template) -> (document, warnings), each drafted once: ``notes`` by `coopdocs
    minutes` (or `extract` then `render` for a notice), ``record`` by `coopdocs render` from
    the complete hand-made record of the notes (copied beside it, so they are at hand)."""
    done = {}

    def get(source, name):
        if (source, name) not in done:
            lang, kind = name.split("-")[1], name.split("-")[0]
            folder = tmp_path_factory.mktemp(f"{source}-{name}")
            context = folder / "header.json"
            context.write_text(json.dumps(meeting_header(lang), ensure_ascii=False), encoding="utf-8")
            out = folder / f"{name}.docx"
            if source == "notes" and kind == "minutes":
                warnings = invoke("minutes", NOTES[lang], "-o", out, "--context", context)
            else:
                records = folder / "records.json"
                if source == "notes":
                    invoke("extract", NOTES[lang], "-o", records)
                else:
                    records.write_text(json.dumps(full_record(lang, kind, folder), ensure_ascii=False),
                                       encoding="utf-8")
                warnings = invoke("render", name, records, "-o", out, "--context", context)
            done[(source, name)] = docx.Document(str(out)), warnings
        return done[(source, name)]
    return get


def body(doc):
    return [p for p in paragraphs(doc) if p.text.strip()]


def texts(doc):
    return [p.text for p in body(doc)]


def tasks_rows(doc, lang):
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == TASK_HEADS[lang])
    return [[[p.text for p in c.paragraphs if p.text.strip()] for c in row.cells] for row in table.rows[1:]]


def after(lines, label, n):
    i = lines.index(label)
    return lines[i + 1:i + 1 + n]


def bold_start(p):
    return bool(p.runs) and bool(p.runs[0].bold or p.runs[0].font.bold)


def check(doc, lang, place):
    want, lines = PLACES[lang][place], texts(doc)
    if place in ("title", "number", "start", "location", "chair", "secretary", "opened", "end"):
        assert want in lines
    elif place in ("attendees", "absentees", "guests"):
        assert after(lines, want[0], len(want[1]) + 1)[:len(want[1])] == want[1]
        assert after(lines, want[0], len(want[1]) + 1)[-1:] != [want[1][-1].replace("1.", "2.", 1)]
    elif place == "agenda":
        heads = [p for p in body(doc) if p.style.name in ("Heading", "Label") and p.text in want]
        assert [p.text for p in heads] == want
    elif place == "discussion":
        at = [lines.index(t) for t in want]
        assert at == sorted(at)
    elif place == "conclusions":
        label, found = want[0], [p for p in doc.paragraphs if p.text.startswith(want[0] + " ")]
        assert [p.text[len(label):].strip() for p in found] == want[1]
        assert all(bold_start(p) and p.runs[0].text.strip() == label for p in found)
    elif place == "tasks":
        rows = tasks_rows(doc, lang)
        assert [r[2][0] for r in rows] == [who for who, _ in want]
        assert all(what.casefold() in r[1][0].casefold() for r, (_, what) in zip(rows, want))
        assert [r[0] for r in rows] == [[str(i)] for i in range(1, len(want) + 1)]
    elif place == "deadlines":
        assert [r[3][0] for r in tasks_rows(doc, lang)] == want
    elif place == "collaborators":
        assert [r[2][1] if len(r[2]) > 1 else None for r in tasks_rows(doc, lang)] == want
    elif place == "signatures":
        cells = doc.tables[-1].rows[0].cells
        shown = [[p.text for p in c.paragraphs if p.text.strip()] for c in cells]
        for title, name in want:
            assert any((title is None or title in s) and name in s for s in shown), shown
    elif place == "figures":
        joined = "\n".join(lines)
        assert not any(w in joined for w in want)
        assert not [t for t in lines if re.match(r"^- [^:]{1,60}: .*\d", t) and "(năm " in t]
    else:
        raise AssertionError(f"test bug: unknown place {place!r}")


def runs(lang):
    out = []
    for source in ("notes", "record"):
        for place in PLACES[lang]:
            reason = PENDING[lang].get(place) if source == "notes" else None
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(source, place, id=f"{source}-{place}", marks=marks))
    return out


@pytest.mark.parametrize("source, place", runs("vi"))
def test_vietnamese_minutes_every_fact_in_its_place(drafted, source, place):
    check(drafted(source, "minutes-vi")[0], "vi", place)


@pytest.mark.parametrize("source, place", runs("th"))
def test_thai_minutes_every_fact_in_its_place(drafted, source, place):
    check(drafted(source, "minutes-th")[0], "th", place)


@pytest.mark.parametrize("name", ["minutes-vi", "minutes-th"])
def test_the_form_in_its_order(drafted, name):
    lang = name[-2:]
    p = PLACES[lang]
    lines = texts(drafted("record", name)[0])
    anchors = [p["title"], p["start"], p["location"], p["attendees"][0], p["absentees"][0],
               p["agenda"][0], p["discussion"][1], p["conclusions"][0] + " " + p["conclusions"][1][0],
               p["agenda"][1], p["end"]]
    at = [next(i for i, t in enumerate(lines) if t == a or t.startswith(a)) for a in anchors]
    assert at == sorted(at)


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_what_the_notes_do_not_give_is_dotted_and_named_once(drafted, lang):
    doc, warnings = drafted("notes", f"minutes-{lang}")
    assert len(warnings) <= 1
    named = warnings[0].split("by hand: ", 1)[1].split(" (give")[0].split(", ") if warnings else []
    # th: the recommendation read as a task names nobody (MORE_TASKS), so its assignee is
    # left blank and named
    pending = {"vi": {"secretary.name", "end_time", "absent", "tasks.deadline"},
               "th": {"session", "secretary.name", "end_time", "absent", "meeting.chair.name",
                      "meeting.chair.title", "tasks.deadline", "tasks.assignee"}}[lang]
    assert set(named) <= pending
    if named:
        assert any("……" in t for t in texts(doc))


@pytest.mark.xfail(strict=True, reason="the extraction misses some facts the notes give (see PENDING)")
@pytest.mark.parametrize("lang", ["vi", "th"])
def test_notes_with_every_fact_leave_nothing_blank(drafted, lang):
    assert drafted("notes", f"minutes-{lang}")[1] == []


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_the_complete_record_leaves_nothing_blank(drafted, lang):
    doc, warnings = drafted("record", f"minutes-{lang}")
    assert warnings == []
    assert not any("……" in t for t in texts(doc))


# ---------------------------------------------------------------- the notice of conclusions

NOTICES = {
    "notice-vi": {
        "summary": "Kết luận của đồng chí Trần Quốc Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo tại cuộc "
                   "họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh Ninh Thuận lần thứ 2 "
                   "năm 2025",
        "items": ["1. Đánh giá kết quả phát triển kinh tế tập thể quý I năm 2025",
                  VI_PLACES["conclusions"][1][0],
                  "2. Cho ý kiến dự thảo Kế hoạch hỗ trợ hợp tác xã chuyển đổi số",
                  VI_PLACES["conclusions"][1][1]],
    },
    "notice-th": {
        "summary": "เรื่อง  แจ้งมติที่ประชุมคณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดมหาสารคาม ครั้งที่ 2/2568",
        "items": ["1. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "รับทราบ",
                  "2. เรื่องรับรองรายงานการประชุมครั้งที่ 1/2568", "รับรองรายงานการประชุมโดยไม่มีการแก้ไข",
                  "3. เรื่องเพื่อพิจารณา ร่างแผนพัฒนาสหกรณ์จังหวัดมหาสารคาม ปี 2568",
                  "เห็นชอบร่างแผนพัฒนาสหกรณ์ โดยให้ปรับปรุงตามข้อเสนอของที่ประชุม"],
    },
}


def notice_runs():
    pending = {("notes", "notice-vi", "tasks"): PENDING["vi"]["tasks"],
               ("notes", "notice-th", "tasks"): PENDING["th"]["tasks"]}
    out = []
    for source in ("notes", "record"):
        for name in NOTICES:
            for what in ("summary", "items", "tasks", "figures"):
                reason = pending.get((source, name, what))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                out.append(pytest.param(source, name, what, id=f"{source}-{name}-{what}", marks=marks))
    return out


@pytest.mark.parametrize("source, name, what", notice_runs())
def test_the_notice_gives_the_conclusions_and_the_tasks(drafted, source, name, what):
    doc, _ = drafted(source, name)
    lang = name[-2:]
    lines = texts(doc)
    if what == "summary":
        assert NOTICES[name]["summary"] in lines
    elif what == "items":
        want = NOTICES[name]["items"]
        at = [lines.index(t) for t in want]
        assert at == sorted(at) and at[-1] - at[0] == len(want) - 1
    elif what == "tasks":
        check(doc, lang, "tasks")
    else:
        check(doc, lang, "figures")
