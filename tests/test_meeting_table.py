"""The meeting a text reports (docs/records.md Meeting; docs/annotation.md "meeting"), one field a case,
Vietnamese and Thai.

Fields: `date` (ISO, `--MM-DD` when no year is written), `time` (start, `HH:MM`, either digit
script, `8h30`, `8 giờ 30 phút`, `09.30 น.`; a part of the day such as `sáng` or `บ่าย` is no
time), `end_time`, `location` (as written, without `tại` / `ณ`, ending where the place ends),
`chair` and `secretary` (`{name, title}`), `attendees` (never the absentees), `absentees`, `agenda`,
`conclusions` (spans of the text), `title` and `number`.
"""
import pytest
from helpers import extract


def field(id, text, name, expected, *, xfail=None):
    """`name`: a meeting field; `expected`: its value (for `chair` / `secretary` the name, for
    `chair_title` words of the title, for lists an item they must contain, for `title` words
    it must contain)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, name, expected, id=id, marks=marks)


def person_name(value):
    return value.get("name") if isinstance(value, dict) else None


def check_field(text, lang, name, expected):
    m = extract(text, lang)["meeting"]
    if m is None and name == "not_chair":
        return  # no meeting, so no chair
    assert m is not None, "no meeting found"
    if name in ("date", "time", "end_time", "location", "number"):
        assert m.get(name) == expected, (name, m.get(name), m)
    elif name in ("chair", "secretary"):
        assert person_name(m.get(name)) == expected, (name, m.get(name))
    elif name == "chair_title":
        chair = m.get("chair") or {}
        assert expected in (chair.get("title") or ""), chair
    elif name == "title":
        assert expected.casefold() in (m.get("title") or "").casefold(), m.get("title")
    elif name in ("not_conclusion", "not_agenda"):
        items = m.get(name[4:] if name == "not_agenda" else "conclusions") or []
        texts = [c["text"] if isinstance(c, dict) else c for c in items]
        assert not any(expected in t for t in texts), texts
    elif name == "not_chair":
        assert expected not in (person_name(m.get("chair")) or ""), m.get("chair")
    elif name == "not_attendee":
        items = m.get("attendees") or []
        assert not any(expected in item for item in items), items
    elif name in ("attendees", "absentees", "agenda"):
        items = m.get(name) or []
        assert any(expected in item for item in items), (name, items)
    elif name == "conclusions":
        items = m.get(name) or []
        for c in items:
            assert text[c["start"]:c["end"]] == c["text"], c
        assert any(expected in c["text"] for c in items), items
    else:
        raise AssertionError(f"test bug: unknown field {name!r}")


# ----------------------------------------------------------------------------- Vietnamese

VI_MINUTES = (
    "BIÊN BẢN\n"
    "Cuộc họp Ban Chỉ đạo phát triển kinh tế tập thể tỉnh lần thứ 3\n"
    "Thời gian bắt đầu: 14 giờ 00 phút, ngày 09 tháng 10 năm 2025\n"
    "Địa điểm: Phòng họp tầng 2, trụ sở Sở Tài chính\n"
    "Chủ trì: đồng chí Trần Minh Đức, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo\n"
    "Thư ký: bà Lê Thu Hà, chuyên viên Sở Tài chính\n"
    "Thành phần tham dự:\n"
    "- Ông Đỗ Quang Vinh, Giám đốc Sở Nông nghiệp và Môi trường;\n"
    "- Bà Phan Thị Yến, Chủ tịch Liên minh Hợp tác xã tỉnh.\n"
    "Vắng mặt: ông Vũ Văn Nam, Giám đốc Sở Nội vụ (có lý do).\n"
    "Nội dung:\n"
    "1. Đánh giá kết quả phát triển hợp tác xã 9 tháng năm 2025;\n"
    "2. Cho ý kiến dự thảo Kế hoạch năm 2026.\n"
    "Kết luận của chủ trì:\n"
    "Giao Sở Tài chính hoàn thiện dự thảo Kế hoạch năm 2026, trình UBND tỉnh trước ngày 30/10/2025.\n"
    "Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày."
)

VI_LEAD = ("Sáng 12/3, tại Hội trường UBND tỉnh, Ban Chỉ đạo phát triển kinh tế tập thể tỉnh tổ chức "
           "hội nghị sơ kết quý I. Phó Chủ tịch UBND tỉnh Ngô Văn Bình chủ trì hội nghị.")

VI_8H30 = ("Vào lúc 8h30 ngày 20/5/2025, tại hội trường Ủy ban nhân dân xã Tân Lập đã khai mạc hội nghị "
           "thành viên Hợp tác xã nông nghiệp Tân Lập lần thứ 7. Ông Hà Văn Nghĩa, Giám đốc hợp tác xã "
           "chủ trì hội nghị.")

VI = [
    field("minutes-date", VI_MINUTES, "date", "2025-10-09"),
    field("minutes-time-gio-phut", VI_MINUTES, "time", "14:00"),
    field("minutes-location-label", VI_MINUTES, "location", "Phòng họp tầng 2, trụ sở Sở Tài chính"),
    field("minutes-chair-label", VI_MINUTES, "chair", "Trần Minh Đức"),
    field("minutes-chair-title", VI_MINUTES, "chair_title", "Phó Chủ tịch"),
    field("minutes-secretary", VI_MINUTES, "secretary", "Lê Thu Hà"),
    field("minutes-attendees", VI_MINUTES, "attendees", "Đỗ Quang Vinh"),
    field("minutes-attendees-last-item", VI_MINUTES, "attendees", "Phan Thị Yến"),
    field("minutes-absentee-is-not-an-attendee", VI_MINUTES, "not_attendee", "Vũ Văn Nam"),
    field("minutes-absentees", VI_MINUTES, "absentees", "Vũ Văn Nam"),
    field("minutes-agenda", VI_MINUTES, "agenda", "Đánh giá kết quả phát triển hợp tác xã"),
    field("minutes-conclusions", VI_MINUTES, "conclusions", "Giao Sở Tài chính hoàn thiện"),
    field("minutes-end-time", VI_MINUTES, "end_time", "16:30"),
    field("minutes-number-lan-thu", VI_MINUTES, "number", "lần thứ 3"),
    field("minutes-title", VI_MINUTES, "title", "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"),
    field("lead-date-no-year", VI_LEAD, "date", "--03-12"),
    field("lead-daypart-is-no-time", VI_LEAD, "time", None),
    field("lead-location-tai-hoi-truong", VI_LEAD, "location", "Hội trường UBND tỉnh"),
    field("lead-chair-title-before-name", VI_LEAD, "chair", "Ngô Văn Bình"),
    field("time-8h30", VI_8H30, "time", "08:30"),
    field("location-ends-before-verb", VI_8H30, "location", "hội trường Ủy ban nhân dân xã Tân Lập"),
    field("number-lan-thu-in-news", VI_8H30, "number", "lần thứ 7"),
    field("chair-name-then-title", VI_8H30, "chair", "Hà Văn Nghĩa"),
    field("dai-hoi-is-a-meeting",
          "Sáng 6/3/2026, Hợp tác xã dịch vụ nông nghiệp Phú Lộc tổ chức đại hội thành viên thường "
          "niên. Ông Trương Văn Hải, Giám đốc hợp tác xã chủ trì đại hội.",
          "chair", "Trương Văn Hải"),
    field("chu-tri-then-name-no-copula",
          "Sáng 4/9/2025, Hội Nông dân tỉnh họp bàn về liên kết với hợp tác xã, chủ trì đồng chí "
          "Lò Văn Khánh, Phó Chủ tịch Hội Nông dân tỉnh.",
          "chair", "Lò Văn Khánh"),
    field("date-day-hyphen-month",
          "(TN) - Ngày 15-8, Phó Chủ tịch UBND tỉnh Đinh Văn Tâm chủ trì hội nghị giao ban kinh tế "
          "tập thể.", "date", "--08-15"),
    field("location-city",
          "Sáng ngày 3 tháng 4 năm 2025, tại Đà Nẵng, Bộ Tài chính tổ chức hội nghị toàn quốc về kinh "
          "tế tập thể do Bộ trưởng Hoàng Minh Tiến chủ trì. Đại biểu các địa phương theo dõi tại "
          "trụ sở Sở Tài chính.",
          "location", "Đà Nẵng"),
    field("location-org-unit",
          "Ngày 14/11/2025, tại UBND huyện, Phó Chủ tịch UBND huyện Mai Văn Hòa đã chủ trì cuộc họp "
          "bàn giải pháp hỗ trợ hợp tác xã.",
          "location", "UBND huyện"),
    field("time-gio-phut-words",
          "Vào lúc 9 giờ 15 phút ngày 2/6/2025, Liên minh Hợp tác xã tỉnh tổ chức cuộc họp giao ban. "
          "Đồng chí Vi Thị Lụa, Phó Chủ tịch Liên minh chủ trì cuộc họp.",
          "time", "09:15"),
    field("end-word-clock-is-no-start-time",
          "BIÊN BẢN\nCuộc họp Tổ công tác hỗ trợ hợp tác xã\nĐịa điểm: Phòng họp số 1, UBND huyện\n"
          "Chủ trì: ông Bùi Văn Khánh, Phó Chủ tịch UBND huyện\n"
          "Cuộc họp kết thúc lúc 11 giờ 15 phút cùng ngày.",
          "time", None),
    field("end-word-clock-is-the-end-time",
          "BIÊN BẢN\nCuộc họp Tổ công tác hỗ trợ hợp tác xã\n"
          "Chủ trì: ông Bùi Văn Khánh, Phó Chủ tịch UBND huyện\nHội nghị bế mạc vào 11h15.",
          "end_time", "11:15"),
    field("tai-hoi-nghi-is-no-place",
          "Sáng 3/4, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 9. Tại Hội "
          "nghị, các đại biểu thảo luận kế hoạch năm 2026. Đồng chí Cầm Văn Hải chủ trì hội nghị.",
          "location", None),
    field("title-from-the-lead-cut-at-comma",
          "Sáng 3/4, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 9, nhiệm kỳ "
          "2021-2026. Đồng chí Cầm Văn Hải chủ trì hội nghị.",
          "title", "Hội nghị Ban Chấp hành lần thứ 9"),
    field("number-from-the-title",
          "Sáng 3/4, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 9, nhiệm kỳ "
          "2021-2026. Đồng chí Cầm Văn Hải chủ trì hội nghị.",
          "number", "lần thứ 9"),
    field("a-cited-meeting-number-is-not-this-one",
          "Sáng 3/4, Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết năm 2025. Hội nghị quán "
          "triệt Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Trung ương. Đồng chí Cầm Văn Hải chủ "
          "trì hội nghị.",
          "number", None),
    field("conclusions-after-ket-luan-nhu-sau",
          "Ngày 8/5/2025, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh Đào Văn Lực chủ trì cuộc họp về "
          "hợp tác xã. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
          "1. Giao Sở Tài chính tổng hợp nhu cầu vốn của hợp tác xã.\n"
          "2. Các huyện rà soát hợp tác xã ngừng hoạt động.\nTHƯ KÝ\nNguyễn Thị Mai",
          "conclusions", "Các huyện rà soát"),
    field("signature-block-is-no-conclusion",
          "Ngày 8/5/2025, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh Đào Văn Lực chủ trì cuộc họp về "
          "hợp tác xã. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
          "1. Giao Sở Tài chính tổng hợp nhu cầu vốn của hợp tác xã.\nTHƯ KÝ\nNguyễn Thị Mai",
          "not_conclusion", "Nguyễn Thị Mai"),
    field("conclusion-sentence-hoi-nghi-thong-nhat",
          "Chiều 14/8, Ban Chỉ đạo tỉnh họp giao ban. Đồng chí Tạ Văn Long chủ trì cuộc họp. Hội "
          "nghị thống nhất trình UBND tỉnh kế hoạch hỗ trợ hợp tác xã năm 2026.",
          "conclusions", "trình UBND tỉnh kế hoạch"),
    field("agenda-inline-after-cac-noi-dung",
          "Sáng 2/10, Ban Thường vụ Liên minh Hợp tác xã tỉnh họp, do đồng chí Mẫn Văn Tú chủ trì. "
          "Hội nghị cho ý kiến về các nội dung: báo cáo quý III; kế hoạch quý IV; công tác cán bộ.",
          "agenda", "kế hoạch quý IV"),
    field("heading-title-keeps-its-commas",
          "BIÊN BẢN\nCuộc họp Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể tỉnh lần thứ 4\n"
          "Chủ trì: ông Bùi Văn Khánh, Phó Chủ tịch UBND tỉnh",
          "title", "đổi mới, phát triển kinh tế tập thể tỉnh lần thứ 4"),
    field("secretary-numbered-label",
          "BIÊN BẢN\nCuộc họp Tổ công tác hợp tác xã\n4. Chủ trì: ông Bùi Văn Khánh, Phó Chủ tịch "
          "UBND huyện\n5. Thư ký: bà Hà Thị Lan, chuyên viên Phòng Kinh tế",
          "secretary", "Hà Thị Lan"),
    field("agenda-chuong-trinh-hop",
          "BIÊN BẢN\nCuộc họp Tổ công tác hợp tác xã\nChủ trì: ông Bùi Văn Khánh, Phó Chủ tịch "
          "UBND huyện\nChương trình họp:\n1. Rà soát hợp tác xã yếu kém.\n2. Kế hoạch quý III.",
          "agenda", "Rà soát hợp tác xã yếu kém"),
    field("conclusions-y-kien-ket-luan-cua-chu-toa",
          "BIÊN BẢN\nCuộc họp giao ban Liên minh Hợp tác xã tỉnh\nChủ trì: ông Lưu Văn Thành, Chủ tịch "
          "Liên minh Hợp tác xã tỉnh\nÝ kiến kết luận của Chủ tọa:\n- Các phòng chuyên môn hoàn thành "
          "báo cáo quý trước ngày 5/7/2025.\n- Văn phòng tổng hợp kiến nghị của hợp tác xã.\n"
          "Cuộc họp kết thúc lúc 11 giờ cùng ngày.",
          "conclusions", "Văn phòng tổng hợp kiến nghị"),
]


@pytest.mark.parametrize("text,name,expected", VI)
def test_meeting_field_vi(text, name, expected):
    check_field(text, "vi", name, expected)


# ----------------------------------------------------------------------------- Thai

TH_MINUTES = (
    "รายงานการประชุมคณะกรรมการดำเนินการ สหกรณ์การเกษตรบ้านนา จำกัด\n"
    "ครั้งที่ 4/2568\n"
    "วันพฤหัสบดีที่ 23 มกราคม 2568\n"
    "ณ ห้องประชุมสหกรณ์การเกษตรบ้านนา จำกัด ชั้น 2\n"
    "ผู้มาประชุม\n"
    "1. นายวิชัย ศรีสุข ประธานกรรมการ\n"
    "2. นางสมใจ บุญมา รองประธานกรรมการ\n"
    "ผู้ไม่มาประชุม\n"
    "1. นายประยูร ทองคำ กรรมการ (ติดราชการ)\n"
    "ผู้เข้าร่วมประชุม\n"
    "1. นางสาวกนกวรรณ แก้วใส ผู้จัดการ\n"
    "เปิดประชุมเวลา 09.30 น.\n"
    "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
    "ระเบียบวาระที่ 2 รับรองรายงานการประชุมครั้งที่ 3/2568\n"
    "มติที่ประชุม รับรองรายงานการประชุมครั้งที่ 3/2568\n"
    "เลิกประชุมเวลา 12.00 น.\n"
    "นางสาวกนกวรรณ แก้วใส ผู้จดรายงานการประชุม"
)

TH_NEWS = ("เมื่อวันที่ 10 มีนาคม 2568 เวลา 13.30 น. ณ ห้องประชุมชั้น 3 ศาลากลางจังหวัดลำพูน "
           "นายธนา วงศ์ใหญ่ รองผู้ว่าราชการจังหวัดลำพูน เป็นประธานการประชุมคณะกรรมการพัฒนาการสหกรณ์จังหวัด")

TH_AGM = ("รายงานการประชุมใหญ่สามัญประจำปี 2567\nสหกรณ์ออมทรัพย์ครูลำปาง จำกัด\n"
          "วันเสาร์ที่ 18 มกราคม 2568\nณ หอประชุมโรงเรียนลำปางวิทยา\n"
          "ประธานในที่ประชุม นายเกษม ศรีเมือง ประธานกรรมการ\nเปิดประชุมเวลา ๐๙.๐๐ น.")

TH = [
    field("minutes-weekday-date", TH_MINUTES, "date", "2025-01-23"),
    field("minutes-poet-prachum-time", TH_MINUTES, "time", "09:30"),
    field("minutes-location-na", TH_MINUTES, "location", "ห้องประชุมสหกรณ์การเกษตรบ้านนา จำกัด ชั้น 2"),
    field("minutes-chair-is-prathan-kammakan", TH_MINUTES, "chair", "วิชัย ศรีสุข"),
    field("minutes-secretary-phu-chot", TH_MINUTES, "secretary", "กนกวรรณ แก้วใส"),
    field("minutes-attendees", TH_MINUTES, "attendees", "สมใจ บุญมา"),
    field("minutes-absentees", TH_MINUTES, "absentees", "ประยูร ทองคำ"),
    field("minutes-agenda", TH_MINUTES, "agenda", "รับรองรายงานการประชุม"),
    field("minutes-conclusions-mati", TH_MINUTES, "conclusions", "รับรองรายงานการประชุม"),
    field("minutes-end-time-loek-prachum", TH_MINUTES, "end_time", "12:00"),
    field("minutes-number-khrang-thi", TH_MINUTES, "number", "4/2568"),
    field("minutes-title", TH_MINUTES, "title", "คณะกรรมการดำเนินการ"),
    field("news-date", TH_NEWS, "date", "2025-03-10"),
    field("news-time", TH_NEWS, "time", "13:30"),
    field("news-location-ends-before-person", TH_NEWS, "location",
          "ห้องประชุมชั้น 3 ศาลากลางจังหวัดลำพูน"),
    field("news-chair", TH_NEWS, "chair", "ธนา วงศ์ใหญ่"),
    field("news-chair-title", TH_NEWS, "chair_title", "รองผู้ว่าราชการจังหวัด"),
    field("agm-label-prathan-nai-thi-prachum", TH_AGM, "chair", "เกษม ศรีเมือง"),
    field("agm-thai-digit-time", TH_AGM, "time", "09:00"),
    field("minutes-absentee-is-not-an-attendee", TH_MINUTES, "not_attendee", "ประยูร ทองคำ"),
    field("agm-weekday-date", TH_AGM, "date", "2025-01-18"),
    field("agm-location-hall", TH_AGM, "location", "หอประชุมโรงเรียนลำปางวิทยา"),
    field("city-after-na",
          "เมื่อบ่ายวันที่ 5 มิถุนายน ณ กรุงเทพมหานคร นายกรัฐมนตรี นายสมพร ทองแท้ "
          "เป็นประธานการประชุมคณะกรรมการพัฒนาการสหกรณ์แห่งชาติ",
          "location", "กรุงเทพมหานคร"),
    field("daypart-bai-is-no-time",
          "เมื่อบ่ายวันที่ 5 มิถุนายน ณ กรุงเทพมหานคร นายกรัฐมนตรี นายสมพร ทองแท้ "
          "เป็นประธานการประชุมคณะกรรมการพัฒนาการสหกรณ์แห่งชาติ",
          "time", None),
    field("chair-after-sahai",
          "วันที่ 12 พฤศจิกายน ช่วงเช้า สหายเจิ่น วัน ลอง รองประธานคณะกรรมการประชาชนจังหวัด "
          "ได้เป็นประธานการประชุมทบทวนแผนพัฒนาสหกรณ์ประจำปี",
          "chair", "เจิ่น วัน ลอง"),
    field("chair-military-rank-opening",
          "พล.ต.ท.สุรพล มีสุข ผู้ตรวจราชการกระทรวงมหาดไทย เป็นประธานเปิดการประชุมเครือข่ายสหกรณ์"
          "ภาคเหนือประจำปี 2568",
          "chair", "สุรพล มีสุข"),
    field("posting-stamp-is-not-the-meeting",
          "วันที่ 2 เมษายน 2568 เวลา 07:15 น.\nที่ประชุมคณะรัฐมนตรี (1 เม.ย. 68) มีมติเห็นชอบโครงการ"
          "สินเชื่อเพื่อสหกรณ์ภาคการเกษตร วงเงิน 3,000 ล้านบาท",
          "date", "2025-04-01"),
    field("posting-stamp-time-is-not-the-meeting",
          "วันที่ 2 เมษายน 2568 เวลา 07:15 น.\nที่ประชุมคณะรัฐมนตรี (1 เม.ย. 68) มีมติเห็นชอบโครงการ"
          "สินเชื่อเพื่อสหกรณ์ภาคการเกษตร วงเงิน 3,000 ล้านบาท",
          "time", None),
    field("form-11-on-one-line-damaged-labels-chair",
          "รายงานการประชุมใหญสามัญประจำป 2567 สหกรณออมทรัพยครูเมือง จำกัด ครั้งที่ 12 วันเสารที่ "
          "20 มกราคม 2567 ณ หอประชุมโรงเรียนบ้านสวน **** ผูมาประชุม 1. นายอดุลย ศรีงาม "
          "ประธานกรรมการดำเนินการ 2. นางพรรณี คำดี รองประธานกรรมการ ผูไมมาประชุม 1. นายสมาน ใจกลา "
          "กรรมการ (ลาปวย) เริ่มประชุมเวลา 09.00 น.",
          "chair", "อดุลย ศรีงาม"),
    field("form-11-on-one-line-absentee",
          "รายงานการประชุมใหญสามัญประจำป 2567 สหกรณออมทรัพยครูเมือง จำกัด ครั้งที่ 12 วันเสารที่ "
          "20 มกราคม 2567 ณ หอประชุมโรงเรียนบ้านสวน **** ผูมาประชุม 1. นายอดุลย ศรีงาม "
          "ประธานกรรมการดำเนินการ 2. นางพรรณี คำดี รองประธานกรรมการ ผูไมมาประชุม 1. นายสมาน ใจกลา "
          "กรรมการ (ลาปวย) เริ่มประชุมเวลา 09.00 น.",
          "absentees", "สมาน ใจกลา"),
    field("form-11-on-one-line-place-ends-at-stars",
          "รายงานการประชุมใหญสามัญประจำป 2567 สหกรณออมทรัพยครูเมือง จำกัด ครั้งที่ 12 วันเสารที่ "
          "20 มกราคม 2567 ณ หอประชุมโรงเรียนบ้านสวน **** ผูมาประชุม 1. นายอดุลย ศรีงาม "
          "ประธานกรรมการดำเนินการ",
          "location", "หอประชุมโรงเรียนบ้านสวน"),
    field("form-11-on-one-line-number",
          "รายงานการประชุมใหญสามัญประจำป 2567 สหกรณออมทรัพยครูเมือง จำกัด ครั้งที่ 12 วันเสารที่ "
          "20 มกราคม 2567 ณ หอประชุมโรงเรียนบ้านสวน **** ผูมาประชุม 1. นายอดุลย ศรีงาม "
          "ประธานกรรมการดำเนินการ",
          "number", "12"),
    field("deputy-chair-attendee-is-not-the-chair",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นางพรรณี คำดี รองประธานกรรมการ\n"
          "2. นายอดุลย ศรีงาม ประธานกรรมการ\nเปิดประชุมเวลา 13.00 น.",
          "chair", "อดุลย ศรีงาม"),
    field("poet-prachum-holds-pit-prachum",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นายอดุลย ศรีงาม ประธานกรรมการ\n"
          "เปิดประชุมเวลา 13.00 น.\nปิดประชุมเวลา 15.30 น.",
          "time", "13:00"),
    field("pit-prachum-is-the-end-time",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นายอดุลย ศรีงาม ประธานกรรมการ\n"
          "เปิดประชุมเวลา 13.00 น.\nปิดประชุมเวลา 15.30 น.",
          "end_time", "15:30"),
    field("na-wan-thi-is-no-place",
          "เมื่อวันที่ 9 พฤษภาคม 2568 สหกรณ์จังหวัดจัดการประชุมชี้แจงข้อมูลหนี้ ณ วันที่ 31 มีนาคม "
          "2568 โดยมีนายวรพล ศักดิ์ดี สหกรณ์จังหวัด เป็นประธานการประชุม",
          "location", None),
    field("place-ends-before-a-committee",
          "เมื่อวันที่ 9 พฤษภาคม 2568 ณ ห้องประชุมอำเภอเมือง คณะทำงานติดตามหนี้สหกรณ์จัดการประชุม "
          "โดยมีนายวรพล ศักดิ์ดี สหกรณ์จังหวัด เป็นประธานการประชุม",
          "location", "ห้องประชุมอำเภอเมือง"),
    field("conclusion-sentence-thi-prachum-hen-chop",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นายอดุลย ศรีงาม ประธานกรรมการ\n"
          "ที่ประชุมเห็นชอบให้จัดอบรมสมาชิกในเดือนมิถุนายน\nเลิกประชุมเวลา 15.30 น.",
          "conclusions", "ที่ประชุมเห็นชอบให้จัดอบรม"),
    field("closing-line-is-no-conclusion",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นายอดุลย ศรีงาม ประธานกรรมการ\n"
          "มติที่ประชุม รับทราบ\nเลิกประชุมเวลา 15.30 น.",
          "not_conclusion", "เลิกประชุม"),
    field("secretary-label-colon",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นายอดุลย ศรีงาม ประธานกรรมการ\n"
          "ผู้บันทึกการประชุม : นางสาวจิราพร ทองดี",
          "secretary", "จิราพร ทองดี"),
    field("opening-ceremony-chair-is-no-meeting-chair",
          "งานมหกรรมสินค้าสหกรณ์ภาคอีสาน ครั้งที่ 3 การประชุมเครือข่ายจัดควบคู่ไปด้วย "
          "โดยมีนายวิเชียร แสงดี ผู้ว่าราชการจังหวัด เป็นประธานในพิธีเปิดงาน",
          "not_chair", "วิเชียร แสงดี"),
    field("chair-title-after-another-title",
          "รายงานการประชุมคณะกรรมการพัฒนาการสหกรณ์จังหวัด\nผู้มาประชุม\n"
          "1. นายสุรพล มีชัย รองผู้ว่าราชการจังหวัด ประธานกรรมการ\n2. นางลำดวน ศรีจันทร์ กรรมการ",
          "chair", "สุรพล มีชัย"),
    field("secretary-signature-block",
          "รายงานการประชุมคณะกรรมการดำเนินการ\nผู้มาประชุม\n1. นายอดุลย ศรีงาม ประธานกรรมการ\n"
          "เลิกประชุมเวลา 15.30 น.\n\nนางสาวจิราพร ทองดี\nผู้จดรายงานการประชุม",
          "secretary", "จิราพร ทองดี"),
    field("a-decision-cited-by-its-meeting-gives-the-date",
          "แผนพัฒนาสหกรณ์ฉบับใหม่ ได้ผ่านความเห็นชอบจากที่ประชุมคณะรัฐมนตรี (ครม.) ไปเรียบร้อยแล้ว "
          "เมื่อวันที่ 8 เมษายน 2568 ที่ผ่านมา โดยมอบหมายให้กรมส่งเสริมสหกรณ์ขับเคลื่อนแผนไปสู่การปฏิบัติ",
          "date", "2025-04-08"),
]


@pytest.mark.parametrize("text,name,expected", TH)
def test_meeting_field_th(text, name, expected):
    check_field(text, "th", name, expected)


# ----------------------------------------------------------------------------- no meeting

NO_MEETING_DATE = [
    pytest.param("vi", "Năm 2025, toàn tỉnh có 540 hợp tác xã, tăng 28 hợp tác xã so với năm 2024.",
                 id="vi-report"),
    pytest.param("vi", "Kế hoạch phát triển kinh tế tập thể năm 2026. Tổ chức hội nghị sơ kết vào "
                 "tháng 7/2026.", id="vi-plan-schedules-a-meeting"),
    pytest.param("th", "การประชุมใหญ่สามัญประจำปี 2567\nรายงานจำนวนสมาชิก ณ วันที่ 31 ธันวาคม 2567 "
                 "มีสมาชิก 1,250 คน", id="th-data-date-is-not-a-meeting-date"),
]


@pytest.mark.parametrize("lang,text", NO_MEETING_DATE)
def test_no_meeting_date(lang, text):
    m = extract(text, lang)["meeting"]
    assert m is None or m["date"] is None, m
