"""Meeting facts (date, time, chair) and assigned tasks, Vietnamese and Thai: docs/records.md
"Meeting" / "Task" and docs/annotation.md "meeting" (no guessed year, the chair is who `chủ trì` /
`เป็นประธาน`, not who only attended and directed).
"""
import pytest
from helpers import extract, find

_UNSET = object()


def meet(id, text, *, date=_UNSET, time=_UNSET, chair=_UNSET, title_has=None, not_chair=None,
         xfail=None):
    """A meeting case. `chair=None` means the text names no chair; `not_chair` must not be it."""
    exp = {"date": date, "time": time, "chair": chair, "title_has": title_has, "not_chair": not_chair}
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, exp, id=id, marks=marks)


def nomeet(id, text, *, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, None, id=id, marks=marks)


def task(id, text, span, assignee, deadline=_UNSET, *, xfail=None):
    """`span`: a phrase of the task sentence; the task covering it must have these fields."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, {"span": span, "assignee": assignee, "deadline": deadline},
                        id=id, marks=marks)


def check_meeting(text, lang, exp):
    m = extract(text, lang)["meeting"]
    if exp is None:
        assert m is None, m
        return
    assert m is not None, "no meeting found"
    for key in ("date", "time"):
        if exp[key] is not _UNSET:
            assert m[key] == exp[key], (key, m)
    chair = m.get("chair") or {}
    name = chair.get("name")
    if exp["chair"] is not _UNSET:
        assert name == exp["chair"], m
    if exp["title_has"]:
        assert exp["title_has"] in (chair.get("title") or ""), m
    if exp["not_chair"]:
        assert exp["not_chair"] not in (name or ""), m
        assert exp["not_chair"] not in (chair.get("title") or ""), m


def check_task(text, lang, exp):
    tasks = extract(text, lang)["tasks"]
    for t in tasks:
        assert text[t["start"]:t["end"]] == t["text"], t
    t = find(tasks, text, exp["span"], 0, "task")
    assert t["assignee"] == exp["assignee"], t
    if exp["deadline"] is not _UNSET:
        assert t["deadline"] == exp["deadline"], t


# ----------------------------------------------------------------------------- Vietnamese

VI_MEETINGS = [
    meet("chieu-20-2-no-guessed-year",
         "Chiều 20/2, Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể tỉnh tổ chức hội nghị tổng kết năm 2024. "
         "Phó Chủ tịch UBND tỉnh Trần Văn Hùng chủ trì hội nghị.",
         date="--02-20", chair="Trần Văn Hùng", title_has="Phó Chủ tịch"),
    meet("sang-ngay-full-date-chair-after-name",
         "Sáng ngày 14/01/2025, tại Hội trường UBND tỉnh, Ban Chỉ đạo tổ chức cuộc họp phiên thứ nhất. "
         "Đồng chí Phan Minh Khôi, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.",
         date="2025-01-14", chair="Phan Minh Khôi", title_has="Chủ tịch"),
    meet("minutes-form-chu-tri-ong-time-8-30",
         "BIÊN BẢN CUỘC HỌP\nBan Chỉ đạo kinh tế tập thể tỉnh\n"
         "Thời gian bắt đầu: 8 giờ 30 phút, ngày 14 tháng 3 năm 2025\n"
         "Địa điểm: Phòng họp số 2, UBND tỉnh\n"
         "Chủ trì: ông Lê Quang Vinh, Phó Chủ tịch UBND tỉnh\nThư ký: bà Nguyễn Thị Hoa\n"
         "Nội dung: đánh giá kết quả phát triển hợp tác xã quý I.",
         date="2025-03-14", time="08:30", chair="Lê Quang Vinh", title_has="Phó Chủ tịch"),
    meet("du-va-chi-dao-is-not-chair",
         "Sáng 5/3, Liên minh Hợp tác xã tỉnh tổ chức hội nghị giao ban. Đồng chí Nguyễn Thanh Bình, "
         "Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị. Bà Võ Thị Mai, Chủ tịch Liên minh Hợp tác xã tỉnh "
         "chủ trì hội nghị.",
         date="--03-05", chair="Võ Thị Mai", title_has="Chủ tịch", not_chair="Nguyễn Thanh Bình"),
    meet("only-du-va-chi-dao-no-chair",
         "Chiều 12/3, Ban Chỉ đạo tỉnh họp giao ban quý I. Phó Bí thư Tỉnh ủy Đặng Văn Toàn dự và chỉ đạo "
         "cuộc họp.",
         date="--03-12", chair=None, not_chair="Đặng Văn Toàn"),
    meet("do-x-chu-tri",
         "Ngày 18/02/2025, Ban Chỉ đạo tỉnh họp phiên thường kỳ. Hội nghị do đồng chí Hà Văn Sơn, "
         "Phó Chủ tịch Thường trực UBND tỉnh chủ trì.",
         date="2025-02-18", chair="Hà Văn Sơn", title_has="Phó Chủ tịch"),
    meet("chu-tri-hoi-nghi-co-dong-chi",
         "Sáng 8/4, Sở Kế hoạch và Đầu tư tổ chức hội nghị tập huấn Luật Hợp tác xã. Chủ trì hội nghị có "
         "đồng chí Lâm Văn Tâm, Giám đốc Sở Kế hoạch và Đầu tư.",
         date="--04-08", chair="Lâm Văn Tâm", title_has="Giám đốc"),
    meet("title-before-name-chu-tri",
         "Ngày 10 tháng 01 năm 2025, Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết. "
         "Chủ tịch Liên minh Hợp tác xã tỉnh Nguyễn Văn Tám chủ trì hội nghị.",
         date="2025-01-10", chair="Nguyễn Văn Tám", title_has="Chủ tịch"),
    meet("duoi-su-chu-tri-cua",
         "Chiều 25/3, dưới sự chủ trì của đồng chí Trịnh Văn Lâm, Phó Chủ tịch UBND tỉnh, Ban Chỉ đạo "
         "đã họp đánh giá tình hình sửa đổi điều lệ hợp tác xã.",
         date="--03-25", chair="Trịnh Văn Lâm", title_has="Phó Chủ tịch"),
    meet("data-date-is-not-meeting-date",
         "Chiều 20/2, Ban Chỉ đạo tỉnh tổ chức hội nghị. Tính đến ngày 31/12/2024, toàn tỉnh có 600 hợp tác xã. "
         "Phó Chủ tịch UBND tỉnh Trần Văn Hùng chủ trì hội nghị.",
         date="--02-20", chair="Trần Văn Hùng"),
    meet("time-14-gio-full-date",
         "Vào lúc 14 giờ, ngày 20/02/2025, tại trụ sở UBND tỉnh, Ban Chỉ đạo tổ chức cuộc họp. "
         "Đồng chí Lê Văn Phúc, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.",
         date="2025-02-20", time="14:00", chair="Lê Văn Phúc"),
    meet("time-14h30",
         "Hồi 14h30 ngày 15/5/2025, Liên minh Hợp tác xã tỉnh tổ chức cuộc họp giao ban. "
         "Đồng chí Phạm Quốc Huy, Chủ tịch Liên minh chủ trì cuộc họp.",
         date="2025-05-15", time="14:30", chair="Phạm Quốc Huy", title_has="Chủ tịch"),
    nomeet("report-no-meeting",
           "Năm 2024, toàn tỉnh có 520 hợp tác xã đang hoạt động, tăng 35 hợp tác xã so với năm 2023."),
    nomeet("plan-that-schedules-a-conference",
           "Kế hoạch phát triển kinh tế tập thể năm 2025. Phấn đấu thành lập mới 40 hợp tác xã. "
           "Tổ chức hội nghị sơ kết 6 tháng vào tháng 7/2025."),
]

VI_TASKS = [
    task("giao-so-khdt-chu-tri-truoc-30-6-2025",
         "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh ban hành "
         "kế hoạch, hoàn thành trước ngày 30/6/2025.",
         "tham mưu UBND tỉnh", "Sở Kế hoạch và Đầu tư", "2025-06-30"),
    task("giao-lien-minh-trong-thang-10-2024",
         "Giao Liên minh Hợp tác xã tỉnh hướng dẫn các hợp tác xã sửa đổi điều lệ, hoàn thành trong tháng 10/2024.",
         "sửa đổi điều lệ", "Liên minh Hợp tác xã tỉnh", "2024-10"),
    task("de-nghi-ubnd-cac-huyen-truoc-15-11-2024",
         "Đề nghị UBND các huyện, thị xã, thành phố rà soát, báo cáo kết quả về Sở Kế hoạch và Đầu tư "
         "trước ngày 15/11/2024.",
         "rà soát", "UBND các huyện, thị xã, thành phố", "2024-11-15"),
    task("giao-van-phong-deadline-words",
         "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; báo cáo UBND tỉnh trước ngày 20 tháng 12 "
         "năm 2024.",
         "đôn đốc", "Văn phòng UBND tỉnh", "2024-12-20"),
    task("giao-ngan-hang-no-deadline",
         "Giao Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng tạo điều kiện cho hợp tác xã "
         "tiếp cận vốn vay.",
         "tiếp cận vốn vay", "Ngân hàng Nhà nước chi nhánh tỉnh", None),
    task("bullet-colon-so-cong-thuong",
         "Nhiệm vụ cụ thể:\n- Sở Công Thương: hỗ trợ các hợp tác xã tham gia hội chợ, xúc tiến thương mại; "
         "hoàn thành trước ngày 31/10/2025.",
         "hội chợ", "Sở Công Thương", "2025-10-31"),
    task("yeu-cau-so-nn-ptnt",
         "Yêu cầu Sở Nông nghiệp và Phát triển nông thôn xây dựng đề án hỗ trợ hợp tác xã ứng dụng công nghệ cao, "
         "trình UBND tỉnh trước ngày 30/9/2025.",
         "xây dựng đề án", "Sở Nông nghiệp và Phát triển nông thôn", "2025-09-30"),
    task("so-tai-chinh-chu-tri-phoi-hop",
         "Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn bố trí kinh phí hỗ trợ "
         "hợp tác xã.",
         "bố trí kinh phí", "Sở Tài chính", None),
]


@pytest.mark.parametrize("text,exp", VI_MEETINGS)
def test_meeting_vi(text, exp):
    check_meeting(text, "vi", exp)


@pytest.mark.parametrize("text,exp", VI_TASKS)
def test_task_vi(text, exp):
    check_task(text, "vi", exp)


# ----------------------------------------------------------------------------- Thai

TH_MINUTES = ("รายงานการประชุมคณะกรรมการดำเนินการสหกรณ์การเกษตรเมืองลำปาง จำกัด\n"
              "ครั้งที่ 3/2567\nเมื่อวันที่ 12 มีนาคม 2567 เวลา 10.00 น.\n"
              "ณ ห้องประชุมสหกรณ์การเกษตรเมืองลำปาง จำกัด\n"
              "ผู้มาประชุม\n1. นายประเสริฐ มั่นคง ประธานกรรมการ\n2. นางสุดา แสงทอง รองประธานกรรมการ\n"
              "เริ่มประชุมเวลา 10.00 น.\n"
              "นายประเสริฐ มั่นคง ประธานกรรมการ เป็นประธานในที่ประชุม กล่าวเปิดการประชุม\n"
              "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")

TH_MEETINGS = [
    meet("bai-wan-ni-20-kumphaphan-no-guessed-year",
         "บ่ายวันนี้ 20 กุมภาพันธ์ คณะกรรมการอำนวยการพัฒนาเศรษฐกิจส่วนรวมจังหวัดจัดการประชุมสรุปผลการดำเนินงาน"
         "ปี 2566 โดยมีนายห่า ซี ดง รองประธานคณะกรรมการประชาชนจังหวัด เป็นประธานการประชุม",
         date="--02-20", chair="ห่า ซี ดง", title_has="รองประธาน"),
    meet("muea-wan-chan-full-date-time",
         "เมื่อวันจันทร์ที่ 15 มกราคม 2567 เวลา 09.30 น. ณ ห้องประชุมสำนักงานสหกรณ์จังหวัดขอนแก่น "
         "คณะกรรมการพัฒนาการสหกรณ์จังหวัดได้จัดการประชุมครั้งที่ 1/2567 โดยมีนายวีระ ทองดี "
         "สหกรณ์จังหวัดขอนแก่น เป็นประธานการประชุม",
         date="2024-01-15", time="09:30", chair="วีระ ทองดี", title_has="สหกรณ์จังหวัด"),
    meet("form-11-minutes", TH_MINUTES,
         date="2024-03-12", time="10:00", chair="ประเสริฐ มั่นคง", title_has="ประธานกรรมการ"),
    meet("khao-ruam-is-not-chair",
         "วันนี้ 5 มีนาคม สำนักงานสหกรณ์จังหวัดจัดการประชุมติดตามผลการดำเนินงานของสหกรณ์ โดยมีนายเหงียน วัน ฮุง "
         "รองเลขาธิการพรรคประจำจังหวัด เข้าร่วมและให้แนวทาง และมีนางสาวมาลี ศรีสุข ผู้อำนวยการสำนักงานสหกรณ์จังหวัด "
         "เป็นประธานการประชุม",
         date="--03-05", chair="มาลี ศรีสุข", title_has="ผู้อำนวยการ", not_chair="เหงียน วัน ฮุง"),
    meet("only-khao-ruam-no-chair",
         "เมื่อวันที่ 8 กุมภาพันธ์ 2567 สหกรณ์จังหวัดจัดการประชุมชี้แจงแนวทางการแก้ไขข้อบกพร่อง "
         "โดยมีนายสมศักดิ์ พูลผล นายอำเภอเมือง เข้าร่วมประชุม",
         date="2024-02-08", chair=None, not_chair="สมศักดิ์ พูลผล"),
    meet("thai-digits-date-and-time",
         "เมื่อวันที่ ๑๘ มิถุนายน ๒๕๖๓ เวลา ๑๓.๓๐ น. เครือข่ายสหกรณ์จังหวัดจัดการประชุมสามัญ "
         "โดยมีนายบุญมา ดีเลิศ ประธานเครือข่ายสหกรณ์ เป็นประธานการประชุม",
         date="2020-06-18", time="13:30", chair="บุญมา ดีเลิศ", title_has="ประธาน"),
    meet("abbrev-month-date",
         "เมื่อวันที่ 8 ก.พ. 2567 เวลา 13.30 น. คณะกรรมการดำเนินการสหกรณ์ออมทรัพย์ครูจัดการประชุม "
         "โดยมีนางวิไล สุขใจ ประธานกรรมการ เป็นประธานการประชุม",
         date="2024-02-08", time="13:30", chair="วิไล สุขใจ", title_has="ประธานกรรมการ"),
    meet("chair-pen-prathan-no-time",
         "วันที่ 22 มีนาคม 2567 นายสุรชัย แก้วมณี รองผู้ว่าราชการจังหวัด เป็นประธานการประชุมคณะทำงาน"
         "ติดตามการแก้ไขปัญหาสหกรณ์",
         date="2024-03-22", chair="สุรชัย แก้วมณี", title_has="รองผู้ว่าราชการจังหวัด"),
    meet("data-date-not-meeting-date",
         "บ่ายวันนี้ 20 กุมภาพันธ์ ที่ประชุมรับทราบว่า ณ วันที่ 31 ธันวาคม 2566 จังหวัดมีสหกรณ์ 240 แห่ง "
         "โดยมีนายห่า ซี ดง รองประธานคณะกรรมการประชาชนจังหวัด เป็นประธานการประชุม",
         date="--02-20", chair="ห่า ซี ดง"),
    meet("time-09-00-with-date",
         "การประชุมใหญ่สามัญประจำปีของสหกรณ์จัดขึ้นเมื่อวันเสาร์ที่ 27 มกราคม 2567 เวลา 09.00 น. "
         "โดยมีนายชาญ ใจกล้า ประธานกรรมการ เป็นประธานการประชุม",
         date="2024-01-27", time="09:00", chair="ชาญ ใจกล้า"),
    nomeet("report-no-meeting",
           "ณ สิ้นปี 2566 จังหวัดมีสหกรณ์ที่ดำเนินกิจการ 240 แห่ง สมาชิกรวม 415,000 คน"),
    nomeet("plan-no-meeting",
           "แผนปฏิบัติการพัฒนาสหกรณ์จังหวัด ปี 2567 มุ่งมั่นให้สหกรณ์ผ่านเกณฑ์มาตรฐาน 85 แห่ง "
           "และจัดประชุมเชิงปฏิบัติการปีละ 2 ครั้ง"),
]

TH_TASKS = [
    task("mop-mai-samnakngan-sahakon-31-minakhom-2567",
         "มอบหมายให้สำนักงานสหกรณ์จังหวัดดำเนินการสำรวจข้อมูลสหกรณ์ที่ไม่ดำเนินกิจการ ภายในวันที่ 31 มีนาคม 2567",
         "สำรวจข้อมูล", "สำนักงานสหกรณ์จังหวัด", "2024-03-31"),
    task("mop-mai-klum-songsoem-15-mesayon",
         "ที่ประชุมมอบหมายให้กลุ่มส่งเสริมสหกรณ์จัดทำรายงานผลการแก้ไขข้อบกพร่อง ภายในวันที่ 15 เมษายน 2567",
         "จัดทำรายงาน", "กลุ่มส่งเสริมสหกรณ์", "2024-04-15"),
    task("hai-fai-borihan-no-deadline",
         "มติที่ประชุม: ให้ฝ่ายบริหารทั่วไปจัดทำรายงานการประชุมเสนอที่ประชุมครั้งต่อไป",
         "จัดทำรายงานการประชุม", "ฝ่ายบริหารทั่วไป", None),
    task("kho-hai-sahakon-thuk-haeng-abbrev-month",
         "ขอให้สหกรณ์ทุกแห่งส่งงบการเงินให้ผู้สอบบัญชีภายในวันที่ 30 พ.ย. 2566",
         "ส่งงบการเงิน", "สหกรณ์ทุกแห่ง", "2023-11-30"),
    task("mop-mai-thai-digits-deadline",
         "มอบหมายให้ผู้จัดการสหกรณ์ติดตามหนี้ค้างชำระของสมาชิก และรายงานผลภายในวันที่ ๑๕ มกราคม ๒๕๖๘",
         "ติดตามหนี้", "ผู้จัดการสหกรณ์", "2025-01-15"),
    task("mop-mai-within-month",
         "ที่ประชุมมอบหมายให้สำนักงานตรวจบัญชีสหกรณ์จังหวัดตรวจสอบบัญชีสหกรณ์ที่ค้างปิดบัญชี ภายในเดือนมิถุนายน 2567",
         "ตรวจสอบบัญชี", "สำนักงานตรวจบัญชีสหกรณ์จังหวัด", "2024-06"),
    task("mop-mai-within-year",
         "มอบหมายให้เจ้าหน้าที่ส่งเสริมสหกรณ์แนะนำการจัดทำแผนธุรกิจแก่สหกรณ์ทุกแห่ง ภายในปี 2567",
         "แผนธุรกิจ", "เจ้าหน้าที่ส่งเสริมสหกรณ์", "2024"),
    task("mop-mai-no-deadline",
         "มอบหมายให้สหกรณ์จังหวัดประสานธนาคารเพื่อการเกษตรและสหกรณ์การเกษตรเพื่อสนับสนุนสินเชื่อแก่สหกรณ์",
         "สนับสนุนสินเชื่อ", "สหกรณ์จังหวัด", None),
]


@pytest.mark.parametrize("text,exp", TH_MEETINGS)
def test_meeting_th(text, exp):
    check_meeting(text, "th", exp)


@pytest.mark.parametrize("text,exp", TH_TASKS)
def test_task_th(text, exp):
    check_task(text, "th", exp)
