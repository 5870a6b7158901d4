"""Assignments (docs/records.md Task; docs/annotation.md "tasks"), Vietnamese and Thai, as tables.

A task is an instruction that gives work to a named body or person: a cue (`Giao`, `Đề nghị`,
`Yêu cầu`, `chỉ đạo ... khẩn trương`, `มอบหมายให้`, `ให้ ... ดำเนินการ`, `ขอให้`,
`ที่ประชุมมอบ`), a plan's `Tổ chức thực hiện` item (`Sở X: chủ trì, phối hợp ...`), or a
named body with a verb of obligation (`cần`, `ต้อง`). One task per assignment; a lead-in
naming the assignee over a list is one task spanning the list. Reports of work done, aims
with nobody named, a title without an assignment, a deadline with nothing assigned, and
`ให้` meaning "to", "so that" or "allow" are not tasks.

Assignees are compared the way docs/annotation.md scores them: the same when one contains the
other, ignoring case. `collaborators` and `action` are checked where a case names them.
"""
import pytest
from helpers import extract, find, locate, overlapping

_UNSET = object()


def task(id, text, span, assignee, deadline=_UNSET, *, collaborators=None, action=None,
         xfail=None):
    """The task covering `span` has this assignee (None: the text names nobody) and deadline;
    `collaborators` / `action`: words each must contain (checked in the field tests)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    exp = {"span": span, "assignee": assignee, "deadline": deadline,
           "collaborators": collaborators, "action": action}
    return pytest.param(text, exp, id=id, marks=marks)


def notask(id, text, span, *, xfail=None):
    """No task may overlap `span`."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, span, id=id, marks=marks)


def count(id, text, assignees, *, xfail=None):
    """The text holds exactly these assignments, in order."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, assignees, id=id, marks=marks)


def same_name(want, got):
    if want is None or got is None:
        return want is got
    w, g = (" ".join(x.casefold().split()) for x in (want, got))
    return bool(w and g) and (w in g or g in w)


def tasks_of(text, lang):
    tasks = extract(text, lang)["tasks"]
    for t in tasks:
        assert text[t["start"]:t["end"]] == t["text"], t
    return tasks


def check_task(text, lang, exp):
    t = find(tasks_of(text, lang), text, exp["span"], 0, "task")
    assert same_name(exp["assignee"], t["assignee"]), (exp["assignee"], t)
    if exp["deadline"] is not _UNSET:
        assert t["deadline"] == exp["deadline"], t


def check_no_task(text, lang, span):
    lo, hi = locate(text, span)
    bad = overlapping(tasks_of(text, lang), lo, hi)
    assert not bad, f"not a task: {bad}"


def check_count(text, lang, assignees):
    got = [t["assignee"] for t in tasks_of(text, lang)]
    assert len(got) == len(assignees), got
    for want, have in zip(assignees, got):
        assert same_name(want, have), (want, got)


def check_fields(text, lang, exp):
    t = find(tasks_of(text, lang), text, exp["span"], 0, "task")
    if exp["collaborators"] is not None:
        got = t.get("collaborators")
        assert isinstance(got, list), t
        for want in exp["collaborators"]:
            assert any(same_name(want, c) for c in got), (want, got)
    if exp["action"] is not None:
        action = t.get("action") or ""
        assert exp["action"].casefold() in action.casefold(), (exp["action"], t)
        assert not same_name(t["assignee"], action), t


# ----------------------------------------------------------------------------- Vietnamese

VI_TASKS = [
    task("giao-chu-tri-phoi-hop-truoc-ngay",
         "Giao Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường bố trí kinh phí hỗ "
         "trợ các hợp tác xã mới thành lập, hoàn thành trước ngày 31/3/2026.",
         "bố trí kinh phí", "Sở Tài chính", "2026-03-31",
         collaborators=["Sở Nông nghiệp và Môi trường"], action="bố trí kinh phí"),
    task("de-nghi-ubnd-cac-huyen-quy-ii",
         "Đề nghị UBND các huyện, thành phố rà soát danh sách hợp tác xã ngừng hoạt động, gửi về "
         "Liên minh Hợp tác xã tỉnh trong quý II/2026.",
         "rà soát danh sách", "UBND các huyện", "2026-06", action="rà soát"),
    task("yeu-cau-khan-truong-truoc-ngay",
         "Yêu cầu Liên minh Hợp tác xã tỉnh khẩn trương hướng dẫn các hợp tác xã sửa đổi điều lệ, "
         "báo cáo kết quả trước ngày 15/12/2025.",
         "sửa đổi điều lệ", "Liên minh Hợp tác xã tỉnh", "2025-12-15", action="hướng dẫn"),
    task("ubnd-chi-dao-so-khan-truong-thang",
         "UBND tỉnh chỉ đạo Sở Công Thương khẩn trương tổ chức kết nối tiêu thụ sản phẩm cho hợp "
         "tác xã trong tháng 11/2025.",
         "kết nối tiêu thụ", "Sở Công Thương", "2025-11", action="kết nối tiêu thụ"),
    task("cue-then-colon",
         "Phó Chủ tịch UBND tỉnh yêu cầu: Sở Nông nghiệp và Môi trường rà soát các mô hình liên "
         "kết chuỗi giá trị của hợp tác xã.",
         "rà soát các mô hình", "Sở Nông nghiệp và Môi trường", None),
    task("cue-lowercase-collective-can",
         "Trưởng đoàn đề nghị các thành viên Tổ công tác cần bám sát địa bàn được phân công, hoàn "
         "thành các chỉ tiêu năm 2025.",
         "bám sát địa bàn", "các thành viên Tổ công tác", "2025"),
    task("subject-can-obligation",
         "Trên cơ sở đó, các sở, ngành liên quan cần phối hợp chặt chẽ trong việc giải quyết kiến "
         "nghị của hợp tác xã.",
         "phối hợp chặt chẽ", "các sở", None),
    task("deadline-cham-nhat",
         "Giao Ngân hàng Nhà nước chi nhánh tỉnh hướng dẫn các tổ chức tín dụng cho hợp tác xã vay "
         "vốn, báo cáo chậm nhất ngày 20/10/2025.",
         "tổ chức tín dụng", "Ngân hàng Nhà nước chi nhánh tỉnh", "2025-10-20"),
    task("deadline-trong-nam",
         "Giao Sở Khoa học và Công nghệ hỗ trợ hợp tác xã ứng dụng công nghệ số trong năm 2026.",
         "công nghệ số", "Sở Khoa học và Công nghệ", "2026"),
    task("plan-item-colon-chu-tri",
         "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: chủ trì, phối hợp với các sở, ngành liên quan "
         "tham mưu bố trí vốn hỗ trợ hợp tác xã.\n2. Sở Nội vụ: hướng dẫn kiện toàn bộ máy quản "
         "lý nhà nước về kinh tế tập thể.",
         "tham mưu bố trí vốn", "Sở Tài chính", None, collaborators=["các sở"],
         action="tham mưu bố trí vốn"),
    task("leadin-list-one-task",
         "Giao Ban Quản lý các khu công nghiệp thực hiện các nội dung sau:\n- Rà soát quỹ đất cho "
         "hợp tác xã;\n- Báo cáo UBND tỉnh trước ngày 30/6/2026.",
         "Rà soát quỹ đất", "Ban Quản lý các khu công nghiệp", "2026-06-30"),
    task("person-by-honorific-then-title",
         "Giao ông Lê Văn Hùng, Giám đốc Trung tâm Khuyến nông, hướng dẫn hợp tác xã chuyển đổi "
         "giống cây trồng trong tháng 5/2026.",
         "chuyển đổi giống", "ông Lê Văn Hùng", "2026-05"),
    task("title-then-body-is-an-assignee",
         "Giao Chủ tịch UBND các huyện chỉ đạo rà soát hợp tác xã ngừng hoạt động.",
         "rà soát hợp tác xã", "Chủ tịch UBND các huyện", None),
    task("cung-voi-collaborator",
         "Đề nghị Hội Nông dân tỉnh cùng với các tổ hợp tác vận động nông dân tham gia hợp tác xã.",
         "vận động nông dân", "Hội Nông dân tỉnh", None, collaborators=["các tổ hợp tác"],
         action="vận động nông dân"),
    task("phoi-hop-without-voi",
         "Yêu cầu Sở Nội vụ phối hợp các sở, ngành hướng dẫn sắp xếp cán bộ quản lý hợp tác xã.",
         "sắp xếp cán bộ", "Sở Nội vụ", None, collaborators=["các sở"], action="hướng dẫn"),
    task("deadline-governed-by-hoan-thanh",
         "Đề nghị các huyện phấn đấu hoàn thành việc giải thể hợp tác xã ngừng hoạt động kéo dài "
         "trong kế hoạch năm 2026.",
         "giải thể hợp tác xã", "các huyện", "2026"),
    task("deadline-quarter-with-nam",
         "Giao Sở Tài chính hướng dẫn hồ sơ hỗ trợ hợp tác xã, hoàn thành trong quý III năm 2026.",
         "hồ sơ hỗ trợ", "Sở Tài chính", "2026-09"),
    task("scope-opener-then-body-with-urging-word",
         "Để đạt được mục tiêu trên, toàn tỉnh tập trung đổi mới hợp tác xã. Tăng cường kiểm tra "
         "hoạt động của quỹ hỗ trợ. Các cấp ủy, chính quyền chủ động tháo gỡ vướng mắc về đất đai "
         "cho hợp tác xã.",
         "tháo gỡ vướng mắc", "Các cấp ủy", None),
    task("directive-continues-in-next-paragraph",
         "Phó Chủ tịch UBND tỉnh yêu cầu Liên minh Hợp tác xã tỉnh rà soát danh sách hợp tác xã "
         "yếu kém.\nCác hợp tác xã cần công khai báo cáo tài chính với thành viên.",
         "công khai báo cáo", "Các hợp tác xã", None),
    task("cue-and-body-then-only-spaces", "Giao Sở Nội vụ" + " " * 40, "Sở Nội vụ", "Sở Nội vụ", None),
]

VI_COUNTS = [
    count("semicolon-clauses-each-own-assignee",
          "Đồng chí Chủ tịch UBND tỉnh đề nghị Liên minh Hợp tác xã tỉnh tiếp tục tư vấn thành lập "
          "hợp tác xã mới; các huyện cần bố trí cán bộ theo dõi kinh tế tập thể; Sở Tài chính cần "
          "cân đối nguồn vốn hỗ trợ.",
          ["Liên minh Hợp tác xã tỉnh", "các huyện", "Sở Tài chính"]),
    count("plan-items-two-bodies",
          "IV. TỔ CHỨC THỰC HIỆN\n- Sở Tài chính: chủ trì bố trí vốn hỗ trợ hợp tác xã.\n"
          "- Sở Nội vụ: hướng dẫn kiện toàn bộ máy quản lý nhà nước về kinh tế tập thể.",
          ["Sở Tài chính", "Sở Nội vụ"]),
    count("directing-body-is-not-an-assignee",
          "UBND tỉnh chỉ đạo Sở Công Thương khẩn trương tổ chức kết nối tiêu thụ sản phẩm cho hợp "
          "tác xã.",
          ["Sở Công Thương"]),
    count("one-thing-shared-is-one-task",
          "Giao Sở Tài chính và Sở Nông nghiệp và Môi trường cùng hướng dẫn hợp tác xã lập hồ sơ "
          "đề nghị hỗ trợ.",
          ["Sở Tài chính"]),
    count("co-named-bodies-one-task",
          "Giao Sở Tài chính và Sở Nội vụ cùng hướng dẫn thủ tục thành lập liên hiệp hợp tác xã.",
          ["Sở Tài chính"]),
    count("cue-inside-an-action-is-that-action",
          "Giao Ngân hàng Chính sách xã hội tỉnh chỉ đạo các phòng giao dịch cho tổ hợp tác vay "
          "vốn ưu đãi.",
          ["Ngân hàng Chính sách xã hội tỉnh"]),
    count("numbered-items-each-a-body",
          "Tổ chức thực hiện\n1. Sở Tài chính: tham mưu bố trí vốn.\n2. Sở Nội vụ: hướng dẫn bộ máy."
          "\n3. UBND các huyện: chỉ đạo các xã rà soát hợp tác xã.",
          ["Sở Tài chính", "Sở Nội vụ", "UBND các huyện"]),
    count("lead-bodies-after-a-label-and-a-semicolon",
          "Tổ chức thực hiện: Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí vốn; Sở Công "
          "Thương chủ trì hướng dẫn xúc tiến thương mại.",
          ["Sở Tài chính", "Sở Công Thương"]),
]

VI_NEGATIVE = [
    notask("report-of-work-done",
           "Năm 2024, Sở Kế hoạch và Đầu tư đã phối hợp với Liên minh Hợp tác xã tỉnh tổ chức 12 "
           "lớp tập huấn cho cán bộ hợp tác xã.", "tổ chức 12"),
    notask("aim-nobody-named",
           "Phấn đấu đến năm 2030 toàn tỉnh có 500 hợp tác xã hoạt động hiệu quả.", "500 hợp tác xã"),
    notask("aim-tang-cuong",
           "Tăng cường công tác tuyên truyền về kinh tế tập thể trong toàn tỉnh.", "tuyên truyền"),
    notask("title-only-phat-bieu-chi-dao",
           "Giám đốc Sở Tài chính Trịnh Quốc Bảo có bài phát biểu chỉ đạo buổi làm việc.", "chỉ đạo"),
    notask("attended-and-directed",
           "Bí thư Huyện ủy Nông Văn Tiến về dự và chỉ đạo Hội nghị giao ban hợp tác xã quý III, "
           "triển khai công tác quý IV.",
           "Hội nghị giao ban"),
    notask("deadline-without-assignment",
           "Kế hoạch được triển khai thực hiện trước ngày 31/12/2025.", "trước ngày"),
    notask("plan-preamble-issuer",
           "Căn cứ Chỉ thị số 05/CT-UBND ngày 12/3/2025 của UBND tỉnh; Sở Kế hoạch và Đầu tư xây dựng "
           "kế hoạch triển khai như sau:", "xây dựng"),
    notask("bao-cao-is-a-document-not-a-body",
           "Hội nghị thảo luận các nội dung: kết quả quý I; Báo cáo kết quả thực hiện chương trình "
           "hỗ trợ hợp tác xã; kế hoạch quý II.", "thực hiện chương trình"),
    notask("de-nghi-as-a-noun",
           "Trong năm, Quỹ đã tiếp nhận 15 đề nghị vay vốn của các hợp tác xã.", "vay vốn"),
    notask("leadership-reported",
           "Năm qua, Thường trực Liên minh đã lãnh đạo, chỉ đạo triển khai đầy đủ các nghị quyết về "
           "kinh tế tập thể.", "triển khai đầy đủ"),
    notask("place-name-is-no-modal",
           "Sáng 9/6, UBND huyện Cần Giờ tổ chức tuyên truyền Luật Hợp tác xã cho người dân.",
           "Cần Giờ"),
    notask("chu-tri-hoi-nghi-is-the-chair",
           "Sở Tài chính chủ trì hội nghị tập huấn kế toán hợp tác xã năm 2026.", "chủ trì"),
    notask("report-dang-after-body",
           "Hiện nay, Liên minh Hợp tác xã tỉnh đang hướng dẫn 40 hợp tác xã chuyển đổi số.",
           "hướng dẫn"),
    notask("recipients-list-is-no-item",
           "Nơi nhận:\n- Như trên;\n- Các sở: TC, NV, KH&ĐT;\n- Lưu: VT.", "TC, NV"),
    notask("ba-con-is-no-person",
           "Hội nghị đề nghị bà con nông dân mạnh dạn góp vốn vào hợp tác xã.", "góp vốn"),
    notask("negated-obligation",
           "Các hợp tác xã không cần nộp lại báo cáo đã gửi trong quý I.", "nộp lại"),
    notask("title-without-a-body-or-person",
           "Đồng chí Phó Chủ tịch đề nghị tiếp tục quan tâm hỗ trợ hợp tác xã.", "tiếp tục"),
    notask("scope-ends-at-a-report",
           "Đồng chí Bí thư đề nghị Liên minh Hợp tác xã tỉnh tăng cường tư vấn.\nTrong năm 2025, "
           "các hợp tác xã đã tổ chức 20 lớp tập huấn.", "20 lớp"),
    notask("scope-report-with-continuing-verb",
           "Đồng chí Phó Chủ tịch đề nghị Liên minh Hợp tác xã tỉnh hỗ trợ vốn.\nCác hợp tác xã tiếp "
           "tục gặp khó khăn về vốn và thị trường.", "gặp khó khăn"),
    notask("scope-urging-word-then-a-state",
           "Đồng chí Phó Chủ tịch đề nghị Liên minh Hợp tác xã tỉnh hỗ trợ vốn.\nCác hợp tác xã khẩn "
           "trương còn chậm trong khâu tiêu thụ sản phẩm.", "tiêu thụ sản phẩm"),
    notask("obligation-word-then-a-state",
           "Năm 2025, các hợp tác xã phải đối mặt với giá vật tư tăng cao.", "giá vật tư"),
    notask("a-participants-view",
           "Đồng chí Giám đốc Sở Tài chính cho rằng vốn hỗ trợ còn dàn trải, đề nghị các huyện ưu "
           "tiên hợp tác xã nông nghiệp.", "ưu tiên"),
    notask("a-need-in-the-passive",
           "Khó khăn: các hợp tác xã cần được hỗ trợ nhiều hơn về đất đai và tín dụng.", "đất đai"),
]


@pytest.mark.parametrize("text,exp", VI_TASKS)
def test_task_vi(text, exp):
    check_task(text, "vi", exp)


@pytest.mark.parametrize("text,assignees", VI_COUNTS)
def test_task_count_vi(text, assignees):
    check_count(text, "vi", assignees)


@pytest.mark.parametrize("text,span", VI_NEGATIVE)
def test_not_a_task_vi(text, span):
    check_no_task(text, "vi", span)


# ----------------------------------------------------------------------------- Thai

TH_TASKS = [
    task("thi-prachum-mop-mai-ruam-kap",
         "ที่ประชุมมอบหมายให้สำนักงานสหกรณ์จังหวัดร่วมกับสำนักงานตรวจบัญชีสหกรณ์จังหวัดตรวจสอบงบการเงิน"
         "ของสหกรณ์ที่ค้างปิดบัญชี ภายในวันที่ 15 ธ.ค. 67",
         "ตรวจสอบงบการเงิน", "สำนักงานสหกรณ์จังหวัด", "2024-12-15",
         collaborators=["สำนักงานตรวจบัญชีสหกรณ์จังหวัด"], action="ตรวจสอบงบการเงิน"),
    task("mop-mai-person-month",
         "มอบหมายให้นายสมชาย ใจดี ผู้จัดการสหกรณ์ จัดทำแผนธุรกิจประจำปี ภายในเดือนมกราคม 2568",
         "แผนธุรกิจ", "นายสมชาย ใจดี", "2025-01", action="จัดทำแผนธุรกิจ"),
    task("kho-hai-khana-kammakan",
         "ขอให้คณะกรรมการดำเนินการทุกชุดติดตามหนี้ค้างชำระของสมาชิกอย่างใกล้ชิด",
         "ติดตามหนี้", "คณะกรรมการดำเนินการ", None, action="ติดตามหนี้"),
    task("mati-hai-krom-damnoen-kan",
         "คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงเกษตรและสหกรณ์เสนอ และให้กรมส่งเสริมสหกรณ์ดำเนินการสำรวจ"
         "ความต้องการสินเชื่อของสหกรณ์ภาคการเกษตร",
         "สำรวจความต้องการ", "กรมส่งเสริมสหกรณ์", None),
    task("doi-hai-thanakhan",
         "ที่ประชุมเห็นชอบโครงการ โดยให้ธนาคารออมสินจัดสรรวงเงินสินเชื่อแก่กลุ่มเกษตรกร",
         "จัดสรรวงเงิน", "ธนาคารออมสิน", None),
    task("hen-khuan-hai-recommendation",
         "ที่ประชุมเห็นควรให้สหกรณ์จังหวัดเสนอโครงการต่อคณะกรรมการพัฒนาการสหกรณ์จังหวัด",
         "เสนอโครงการ", "สหกรณ์จังหวัด", None),
    task("thai-digits-deadline-mop-hai",
         "ที่ประชุมมอบให้เลขานุการจัดทำหนังสือแจ้งสมาชิก ภายในวันที่ ๓๑ มีนาคม ๒๕๖๘",
         "หนังสือแจ้ง", "เลขานุการ", "2025-03-31"),
    task("mati-thi-prachum-mop",
         "มติที่ประชุม มอบฝ่ายสินเชื่อติดตามลูกหนี้ที่ผิดนัดชำระ และรายงานผลในการประชุมครั้งต่อไป",
         "ลูกหนี้", "ฝ่ายสินเชื่อ", None),
    task("subject-tong-obligation",
         "หน่วยงานที่เกี่ยวข้องต้องเร่งรัดการแก้ไขปัญหาหนี้ของสหกรณ์ให้แล้วเสร็จภายในปี 2568",
         "เร่งรัด", "หน่วยงานที่เกี่ยวข้อง", "2025"),
    task("sanoe-hai-no-addressee",
         "ผู้ว่าราชการจังหวัดเสนอให้ปรับปรุงหลักเกณฑ์การกู้เงินกองทุนพัฒนาสหกรณ์",
         "ปรับปรุงหลักเกณฑ์", None, None),
    task("kho-hai-thuk-radap",
         "ประธานขอให้ทุกภาคส่วนร่วมกันติดตามสถานการณ์ราคาผลผลิตของสมาชิกอย่างใกล้ชิด",
         "ติดตามสถานการณ์", "ทุกภาคส่วน", None),
    task("leadin-list-dangni",
         "มอบหมายให้กลุ่มส่งเสริมสหกรณ์ ๑ ดำเนินการ ดังนี้\n1. สำรวจสหกรณ์ที่หยุดดำเนินงาน\n"
         "2. รายงานผลภายในวันที่ 30 เมษายน 2568",
         "สำรวจสหกรณ์", "กลุ่มส่งเสริมสหกรณ์", "2025-04-30"),
    task("quarter-in-words",
         "ที่ประชุมมอบหมายให้ฝ่ายสินเชื่อทบทวนสัญญาเงินกู้ภายในไตรมาสที่สองของปี 2569",
         "ทบทวนสัญญา", "ฝ่ายสินเชื่อ", "2026-06"),
    task("obligation-after-a-space",
         "ด้วยเหตุนี้ สหกรณ์ทุกแห่งจำเป็นต้องจัดทำแผนบริหารความเสี่ยง", "แผนบริหาร",
         "สหกรณ์ทุกแห่ง", None),
    task("abbreviation-after-the-name",
         "ที่ประชุมมอบหมายให้สำนักงาน กตส. ตรวจสอบบัญชีสหกรณ์ที่ค้างปิดบัญชี", "ตรวจสอบบัญชี",
         "สำนักงาน กตส.", None),
    task("chair-request-goes-on-next-paragraph",
         "ประธานขอให้ทุกหน่วยงานติดตามหนี้ค้างชำระอย่างใกล้ชิด\nสำนักงานสหกรณ์จังหวัดยังคงให้คำแนะนำ"
         "แก่สหกรณ์ที่มีปัญหาทางการเงิน", "ให้คำแนะนำ", "สำนักงานสหกรณ์จังหวัด", None),
    task("collaborator-after-the-action",
         "มอบหมายให้สำนักงานสหกรณ์จังหวัดจัดทำแผนฟื้นฟูสหกรณ์ร่วมกับสำนักงานตรวจบัญชีสหกรณ์จังหวัด",
         "แผนฟื้นฟู", "สำนักงานสหกรณ์จังหวัด", None,
         collaborators=["สำนักงานตรวจบัญชีสหกรณ์จังหวัด"], action="จัดทำแผนฟื้นฟูสหกรณ์"),
    task("cue-after-a-number-on-the-line-above",
         "ที่ประชุมรับทราบผลการดำเนินงาน ปี 2567\nมอบหมายให้ฝ่ายบัญชีปิดบัญชีประจำปี", "ปิดบัญชี",
         "ฝ่ายบัญชี", None),
    task("khuan-hai-recommendation-to-a-body",
         "ข้อเสนอแนะ ควรให้หน่วยงานที่เกี่ยวข้องสนับสนุนงบประมาณแก่สหกรณ์ขนาดเล็ก", "งบประมาณ",
         "หน่วยงานที่เกี่ยวข้อง", None),
    task("cue-and-body-then-only-spaces", "มอบหมายให้สำนักงานสหกรณ์จังหวัด" + " " * 40,
         "สำนักงานสหกรณ์จังหวัด", "สำนักงานสหกรณ์จังหวัด", None),
]

TH_COUNTS = [
    count("two-clauses-two-bodies",
          "ที่ประชุมมอบหมายให้ฝ่ายบัญชีจัดทำงบทดลองประจำเดือน และมอบหมายให้ฝ่ายสินเชื่อติดตามหนี้ค้างชำระ",
          ["ฝ่ายบัญชี", "ฝ่ายสินเชื่อ"]),
    count("benefactive-hai-is-not-a-second-task",
          "มอบหมายให้สำนักงานสหกรณ์จังหวัดจัดอบรมให้แก่สมาชิกสหกรณ์ทุกแห่ง",
          ["สำนักงานสหกรณ์จังหวัด"]),
    count("joined-bodies-one-task",
          "ขอให้หน่วยงานและภาคส่วนที่เกี่ยวข้องสนับสนุนการจัดตลาดนัดสหกรณ์",
          ["หน่วยงาน"]),
]

TH_NEGATIVE = [
    notask("hai-kae-preposition",
           "สหกรณ์จ่ายเงินปันผลให้แก่สมาชิกในอัตราร้อยละ 5", "สมาชิก"),
    notask("hai-kap-preposition",
           "ธนาคารลดดอกเบี้ยให้กับเกษตรกรที่ประสบภัยแล้ง เป็นเวลา 1 ปี", "เกษตรกร"),
    notask("poet-okat-hai-allow",
           "ระเบียบนี้เปิดโอกาสให้สมาชิกกู้เงินฉุกเฉินได้ไม่เกินสองเท่าของเงินเดือน "
           "ตั้งแต่เดือนมกราคมเป็นต้นไป", "กู้เงินฉุกเฉิน"),
    notask("chuai-hai-resultative",
           "โครงการนี้ช่วยให้สหกรณ์มีรายได้เพิ่มขึ้น และสมาชิกมีงานทำตลอดปี", "รายได้"),
    notask("phuea-hai-purpose",
           "จัดตั้งกองทุนเพื่อให้เกษตรกรเข้าถึงแหล่งทุนได้ง่ายขึ้น และลดหนี้นอกระบบ", "แหล่งทุน"),
    notask("sadaeng-hai-hen",
           "ผลการดำเนินงานแสดงให้เห็นว่าสหกรณ์มีความเข้มแข็งมากขึ้น ทั้งด้านทุนและด้านการบริหาร",
           "ความเข้มแข็ง"),
    notask("benefactive-after-noun",
           "กองทุนจะโอนเงินอุดหนุนให้สหกรณ์ผู้เลี้ยงโคนม ทุกไตรมาส", "ผู้เลี้ยงโคนม"),
    notask("report-dai-damnoen-kan-laeo",
           "สำนักงานสหกรณ์จังหวัดได้ดำเนินการตรวจสอบสหกรณ์ครบทุกแห่งแล้ว", "ตรวจสอบสหกรณ์"),
    notask("aim-mung-man",
           "จังหวัดมุ่งมั่นพัฒนาสหกรณ์ให้เป็นองค์กรที่เข้มแข็ง และพึ่งพาตนเองได้", "องค์กร"),
    notask("deadline-without-assignment",
           "โครงการสิ้นสุดภายในวันที่ 30 กันยายน 2568", "สิ้นสุด"),
    notask("loan-rule-hai-verb-no-body",
           "เงินกู้ตามโครงการนี้ ให้ผ่อนชำระเป็นงวดรายเดือน ไม่เกิน 36 งวด", "ผ่อนชำระ"),
    notask("exempt-yok-wen-hai",
           "คณะกรรมการยกเว้นให้สมาชิกที่ประสบอุทกภัยไม่ต้องชำระดอกเบี้ย เป็นเวลา 6 เดือน",
           "ชำระดอกเบี้ย"),
    notask("hai-state-so-that",
           "รัฐบาลส่งเสริมการรวมกลุ่ม ให้สหกรณ์เป็นองค์กรที่พึ่งพาตนเองได้", "องค์กร"),
    notask("negated-obligation-mai-tong",
           "สมาชิกสหกรณ์ไม่ต้องชำระค่าธรรมเนียมแรกเข้าในปีนี้", "ค่าธรรมเนียม"),
    notask("standing-duty-is-no-assignment",
           "สำนักงานสหกรณ์จังหวัดมีหน้าที่ส่งเสริมและกำกับดูแลสหกรณ์ในพื้นที่", "กำกับดูแล"),
    notask("minutes-narrative-after-a-resolution",
           "มติที่ประชุม รับทราบ และมอบหมายให้ฝ่ายบัญชีติดตามผล\n\nระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา\n"
           "ฝ่ายเลขานุการเสนอร่างแผนการอบรมสมาชิก ประจำปี 2569", "ร่างแผน"),
    notask("report-dai-after-body-in-scope",
           "ประธานขอให้ทุกภาคส่วนสนับสนุนสหกรณ์\nสหกรณ์จังหวัดได้จัดอบรมสมาชิกไปแล้ว 12 ครั้ง",
           "จัดอบรม"),
    notask("scope-still-facing-is-a-state",
           "ประธานขอให้ทุกหน่วยงานช่วยเหลือสหกรณ์\nสหกรณ์ขนาดเล็กยังคงประสบปัญหาขาดเงินทุนหมุนเวียน",
           "ขาดเงินทุน"),
]


@pytest.mark.parametrize("text,exp", TH_TASKS)
def test_task_th(text, exp):
    check_task(text, "th", exp)


@pytest.mark.parametrize("text,assignees", TH_COUNTS)
def test_task_count_th(text, assignees):
    check_count(text, "th", assignees)


@pytest.mark.parametrize("text,span", TH_NEGATIVE)
def test_not_a_task_th(text, span):
    check_no_task(text, "th", span)


# ----------------------------------------------------------------------------- new fields

def _with_fields(cases):
    out = []
    for p in cases:
        text, exp = p.values
        if exp["collaborators"] is None and exp["action"] is None:
            continue
        out.append(pytest.param(text, exp, id=p.id))
    return out


@pytest.mark.parametrize("text,exp", _with_fields(VI_TASKS))
def test_task_fields_vi(text, exp):
    check_fields(text, "vi", exp)


@pytest.mark.parametrize("text,exp", _with_fields(TH_TASKS))
def test_task_fields_th(text, exp):
    check_fields(text, "th", exp)
