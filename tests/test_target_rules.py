"""The rules that decide which figures are goals, one table a rule, each with cases where the
rule makes a target and cases where it must not (docs/annotation.md: targets).

A case names the figure by its exact text and the expected deadline (CE year or ISO date, or
None); a negative case names a figure that must not be a target and, with `keep`, a goal in
the same text that must still be found.
"""
import pytest
from helpers import extract, find, locate, overlapping


def _lang(text):
    return "th" if any("\u0e00" <= c <= "\u0e7f" for c in text) else "vi"


def tgt(id, text, span, deadline, *, occ=0):
    exp = {"span": span, "occ": occ, "deadline": deadline}
    return pytest.param(text, _lang(text), exp, id=id)


def notgt(id, text, span, *, keep=None, occ=0):
    return pytest.param(text, _lang(text), {"span": span, "occ": occ, "keep": keep}, id=id)


def _targets(text, lang):
    rec = extract(text, lang)
    for t in rec["targets"]:
        f = rec["figures"][t["figure"]]
        assert (f["start"], f["end"], f["text"]) == (t["start"], t["end"], t["text"]), (t, f)
    return rec["targets"]


def check(text, lang, exp):
    t = find(_targets(text, lang), text, exp["span"], exp["occ"], "target")
    assert (t["text"], t["deadline"]) == (exp["span"], exp["deadline"]), t


def check_not(text, lang, exp):
    targets = _targets(text, lang)
    lo, hi = locate(text, exp["span"], exp["occ"])
    bad = overlapping(targets, lo, hi)
    assert not bad, f"{exp['span']!r} must not be a target: {bad}"
    if exp["keep"]:
        assert exp["keep"] in [t["text"] for t in targets], targets


# ------------------------------------------------------------- goal runs (Vietnamese)
# A sentence stating a goal and its deadline governs the rest of its paragraph, and a next
# paragraph that continues it, until a new deadline, a result, a past year or a new part.

DATED = "Ngày 12/02/2025, UBND huyện ban hành kế hoạch.\n"
RUN_PARAGRAPH = "Mục tiêu đến năm 2028, toàn huyện có 40 hợp tác xã. Thu hút thêm 1.500 thành viên."
RUN_BULLET = "Đến năm 2029, có 12 liên hiệp hợp tác xã.\n- 70% hợp tác xã có lãi."
RUN_CU_THE = ("Mục tiêu đến năm 2027 là phát triển hợp tác xã bền vững.\n"
              "Cụ thể, thành lập mới 25 hợp tác xã.")
RUN_NEW_DEADLINE = ("Đến năm 2026 có 100 hợp tác xã. Đến năm 2031 có 200 hợp tác xã. "
                    "Thu hút 5.000 thành viên.")
RUN_THEN_RESULT = DATED + "Mục tiêu đến năm 2030 có 300 hợp tác xã. Năm nay đã thành lập 20 hợp tác xã."
RUN_THEN_PAST = DATED + "Mục tiêu đến năm 2030 có 500 hợp tác xã. Năm 2024, tỉnh hỗ trợ 30 hợp tác xã."
RUN_NEW_PARAGRAPH = "Đến năm 2030, có 400 hợp tác xã.\nHội nghị có 120 đại biểu tham dự."
SINCE = DATED + "Mục tiêu đến năm 2026 có 300 hợp tác xã. Đến nay, toàn tỉnh có 280 hợp tác xã."
AFTER_YEARS = (DATED + "Nghị quyết đặt mục tiêu đến năm 2026 có 300 hợp tác xã. Qua 3 năm thực "
               "hiện, toàn tỉnh có 270 hợp tác xã hoạt động.")
HOWEVER = DATED + "Đến năm 2026 có 300 hợp tác xã. Tuy nhiên, còn 40 hợp tác xã ngừng hoạt động."
SHARE_OF_GOAL = DATED + "Mục tiêu đến năm 2026 có 300 hợp tác xã, nay đã đạt 93% mục tiêu."
STATUS_NO_YEAR = ("Theo báo cáo, đến cuối năm 2023 huyện có 86 hợp tác xã. "
                  "Trong năm, thành lập mới 9 hợp tác xã.")

RUNS = [
    tgt("same-paragraph", RUN_PARAGRAPH, "1.500 thành viên", "2028"),
    tgt("bullet-continues", RUN_BULLET, "70%", "2029"),
    tgt("cu-the-paragraph-continues", RUN_CU_THE, "25 hợp tác xã", "2027"),
    tgt("the-last-deadline-governs", RUN_NEW_DEADLINE, "5.000 thành viên", "2031"),
    tgt("the-opening-sentence-keeps-its-own", RUN_NEW_DEADLINE, "100 hợp tác xã", "2026"),
]
NOT_RUNS = [
    notgt("a-result-ends-the-run", RUN_THEN_RESULT, "20 hợp tác xã", keep="300 hợp tác xã"),
    notgt("a-past-year-ends-the-run", RUN_THEN_PAST, "30 hợp tác xã", keep="500 hợp tác xã"),
    notgt("a-new-paragraph-ends-the-run", RUN_NEW_PARAGRAPH, "120 đại biểu",
          keep="400 hợp tác xã"),
    notgt("a-status-date-opens-no-run", STATUS_NO_YEAR, "9 hợp tác xã"),
    notgt("up-to-now-ends-the-run", SINCE, "280 hợp tác xã", keep="300 hợp tác xã"),
    notgt("years-of-implementation-end-the-run", AFTER_YEARS, "270 hợp tác xã",
          keep="300 hợp tác xã"),
    notgt("a-period-of-implementation", AFTER_YEARS, "3 năm"),
    notgt("however-ends-the-run", HOWEVER, "40 hợp tác xã", keep="300 hợp tác xã"),
    notgt("a-share-of-the-goal", SHARE_OF_GOAL, "93%", keep="300 hợp tác xã"),
]


@pytest.mark.parametrize("text,lang,exp", RUNS)
def test_goal_run(text, lang, exp):
    check(text, lang, exp)


@pytest.mark.parametrize("text,lang,exp", NOT_RUNS)
def test_no_goal_run(text, lang, exp):
    check_not(text, lang, exp)


# ------------------------------------------------------------- what a cue governs

BRACKET = ("Sáu tháng đầu năm, thành lập mới 5 HTX (chỉ tiêu năm 2025 là 20 HTX), vốn điều lệ "
           "3 tỷ đồng.")
TAIL = "Năm 2024 thành lập 18 HTX, đạt 90% kế hoạch năm, giải thể 3 HTX."
TH_TAIL = "ผลการดำเนินงานคิดเป็นร้อยละ 95 ของเป้าหมาย 400 แห่ง"
TITLE = "Thực hiện Đề án phát triển 500 hợp tác xã nông nghiệp kiểu mới của tỉnh."
TITLE_FAR = "Đề án phát triển hợp tác xã đã được triển khai tại 12 xã."
FORECAST = (DATED.replace("2025", "2024") + "Ước doanh thu của các hợp tác xã năm 2025 đạt "
            "1.200 tỷ đồng; lãi bình quân 300 triệu đồng.")
OWN_YEAR = DATED + "Ước doanh thu của các hợp tác xã năm 2025 đạt 1.200 tỷ đồng."
ESTIMATE = DATED.replace("2025", "2024") + "Ước thực hiện năm 2025 có 1.200 tổ hợp tác."

CUES = [
    tgt("a-cue-in-brackets-governs-its-bracket", BRACKET, "20 HTX", "2025"),
    tgt("a-plan-word-after-a-percent-governs-the-next-figure", TH_TAIL, "400 แห่ง", None),
    tgt("a-scheme-title-makes-a-goal-of-its-number", TITLE, "500 hợp tác xã", None),
    tgt("a-forecast-of-a-later-year", FORECAST, "1.200 tỷ đồng", "2025"),
    tgt("a-forecast-governs-its-sentence", FORECAST, "300 triệu đồng", "2025"),
]
NOT_CUES = [
    notgt("a-cue-in-brackets-stops-at-the-bracket", BRACKET, "3 tỷ đồng", keep="20 HTX"),
    notgt("a-cue-in-brackets-before-it", BRACKET, "5 HTX", keep="20 HTX"),
    notgt("a-plan-word-after-a-percent-governs-no-later-figure", TAIL, "3 HTX"),
    notgt("a-scheme-title-governs-no-later-figure", TITLE_FAR, "12 xã"),
    notgt("an-estimate-of-the-documents-own-year", OWN_YEAR, "1.200 tỷ đồng"),
    notgt("an-estimate-of-results", ESTIMATE, "1.200 tổ hợp tác"),
]


@pytest.mark.parametrize("text,lang,exp", CUES)
def test_what_a_cue_governs(text, lang, exp):
    check(text, lang, exp)


@pytest.mark.parametrize("text,lang,exp", NOT_CUES)
def test_what_a_cue_does_not_govern(text, lang, exp):
    check_not(text, lang, exp)


# ------------------------------------------------------------- deadlines right after a figure

TH_TWO = ("ตั้งเป้าให้สหกรณ์ผ่านมาตรฐาน 90 % ภายในปี 69 "
          "และจัดทำบัญชีได้เอง 75 % ภายในปี 72")
VI_TWO_AFTER = "Phấn đấu tỷ lệ hợp tác xã có lãi đạt 60% vào năm 2026 và 75% vào năm 2028."
VI_TWO_BEFORE = "Phấn đấu đến năm 2026 có 80 hợp tác xã và đến năm 2029 có 95 hợp tác xã."

DEADLINES = [
    tgt("th-first-figure-its-own-year", TH_TWO, "90 %", "2026"),
    tgt("th-second-figure-its-own-year", TH_TWO, "75 %", "2029"),
    tgt("vi-first-figure-its-own-year", VI_TWO_AFTER, "60%", "2026"),
    tgt("vi-second-figure-its-own-year", VI_TWO_AFTER, "75%", "2028"),
    tgt("vi-deadline-before-first", VI_TWO_BEFORE, "80 hợp tác xã", "2026"),
    tgt("vi-deadline-before-second", VI_TWO_BEFORE, "95 hợp tác xã", "2029"),
]


@pytest.mark.parametrize("text,lang,exp", DEADLINES)
def test_deadline_next_to_the_figure(text, lang, exp):
    check(text, lang, exp)


# ------------------------------------------------------------- what is no goal

BUDGET = ("Mục tiêu đến năm 2028: vốn góp của thành viên tăng 5%/năm; đóng góp vào ngân sách "
          "tăng 4%/năm; 95% hợp tác xã có lãi.")
BUDGET_MONEY = "Mục tiêu năm 2026 hỗ trợ 30 hợp tác xã, kinh phí 4,5 tỷ đồng."
LOAN_RATE = "Mục tiêu năm 2026 hỗ trợ 30 hợp tác xã vay vốn với lãi suất 6%/năm."
PROPERTY = "Phấn đấu đến năm 2028 có 25 hợp tác xã có từ 100 thành viên trở lên."
BOUND_ALONE = "Phấn đấu đến năm 2030 có từ 60 hợp tác xã trở lên."
BESIDE = "Chỉ tiêu năm 2025 trồng mới 40 ha rừng, thực hiện 32 ha."
PLAN_VERB = "Kế hoạch năm 2026 thực hiện 12 mô hình hợp tác xã kiểu mới."
LIST_NAME = ("Phấn đấu đến năm 2030 có 5 hợp tác xã lọt vào danh sách 50 thương hiệu nông sản "
             "tiêu biểu.")
TH_FISCAL = "ตั้งเป้าปีงบประมาณ 2568 จัดตั้งสหกรณ์ใหม่ 15 แห่ง"
TH_LOAN = "ตั้งเป้าช่วยเหลือสมาชิก 800 ราย ให้กู้ยืมรายละไม่เกิน 20,000 บาท"
TH_ELIGIBLE = "ผู้ขอรับการสนับสนุนต้องมีที่ดินทำกินไม่น้อยกว่า 5 ไร่"
TH_JOINING = "เป้าหมาย: สหกรณ์ที่จะเข้าร่วมโครงการไม่น้อยกว่า 120 แห่ง"
TH_RANKING = "ตั้งเป้าให้สหกรณ์ 3 แห่งติดการจัดอันดับ 100 สหกรณ์ดีเด่น"
TH_SET = "ส่งเสริมอาชีพในพื้นที่เป้าหมาย 1,300 พื้นที่"
TH_SET_SHARE = "เป้าหมาย: ร้อยละ 60 ของกลุ่มเป้าหมาย 900 คน มีรายได้เพิ่มขึ้น"
TH_GOAL_WORD = "โดยมีเป้าหมาย 1,000 ราย ภายในปี 2569"
TH_SET_GOAL = "สำนักงานตั้งเป้าหมาย 500 แห่ง"

GOALS = [
    tgt("vi-budget-word-blocks-no-percent", BUDGET, "4%", "2028"),
    tgt("vi-budget-word-blocks-nothing-after-its-clause", BUDGET, "95%", "2028"),
    tgt("vi-a-bound-with-no-counted-noun-before", BOUND_ALONE, "từ 60 hợp tác xã trở lên", "2030"),
    tgt("vi-result-word-with-no-goal-beside", PLAN_VERB, "12 mô hình", "2026"),
    tgt("th-fiscal-year-is-no-budget", TH_FISCAL, "15 แห่ง", "2025-09-30"),
    tgt("th-eligibility-word-after-the-goal-cue", TH_JOINING, "ไม่น้อยกว่า 120 แห่ง", None),
    tgt("th-goal-verb-before-the-goal-word", TH_GOAL_WORD, "1,000 ราย", "2026"),
    tgt("th-set-verb-tang", TH_SET_GOAL, "500 แห่ง", None),
]
NOT_GOALS = [
    notgt("vi-budget-money", BUDGET_MONEY, "4,5 tỷ đồng", keep="30 hợp tác xã"),
    notgt("vi-loan-rate", LOAN_RATE, "6%", keep="30 hợp tác xã"),
    notgt("vi-bound-on-the-counted-noun", PROPERTY, "từ 100 thành viên trở lên",
          keep="25 hợp tác xã"),
    notgt("vi-result-beside-its-goal", BESIDE, "32 ha", keep="40 ha"),
    notgt("vi-list-name", LIST_NAME, "50 thương hiệu", keep="5 hợp tác xã"),
    notgt("th-loan-limit", TH_LOAN, "ไม่เกิน 20,000 บาท", keep="800 ราย"),
    notgt("th-eligibility-bound", TH_ELIGIBLE, "ไม่น้อยกว่า 5 ไร่"),
    notgt("th-ranking-name", TH_RANKING, "100 สหกรณ์", keep="3 แห่ง"),
    notgt("th-designated-area", TH_SET, "1,300 พื้นที่"),
    notgt("th-designated-group", TH_SET_SHARE, "900 คน", keep="ร้อยละ 60"),
]


@pytest.mark.parametrize("text,lang,exp", GOALS)
def test_a_goal(text, lang, exp):
    check(text, lang, exp)


@pytest.mark.parametrize("text,lang,exp", NOT_GOALS)
def test_no_goal(text, lang, exp):
    check_not(text, lang, exp)


# ------------------------------------------------------------- Thai plans and approvals

APPROVED = ("คณะรัฐมนตรีเห็นชอบโครงการส่งเสริมอาชีพ ให้สมาชิกกู้ยืมรายละไม่เกิน 40,000 บาท "
            "จำนวน 15,000 ราย")
APPROVED_TOTAL = "ครม. อนุมัติโครงการเลี้ยงไก่ไข่ ครัวเรือนละ 50 ตัว รวม 600,000 ตัว"
NOT_APPROVED = "สหกรณ์ให้สมาชิกกู้ยืมรายละไม่เกิน 40,000 บาท จำนวน 300 ราย"
ENLARGED = ("ครม. มีมติให้เพิ่มจำนวนสหกรณ์ที่ได้รับการสนับสนุนเป็น 1,200 แห่ง "
            "จากเดิม 900 แห่ง")
TH_HEADING = "เป้าหมายปี 2569\nสหกรณ์ผ่านมาตรฐานร้อยละ 85\nสมาชิกออมเงินเพิ่มขึ้น 3,000 คน"
TH_HEADING_BLANK = "เป้าหมายปี 2569\nสหกรณ์ผ่านมาตรฐานร้อยละ 85\n\nที่ประชุมมีผู้เข้าร่วม 120 คน"
NEWS = "ข่าววันที่ 5 มีนาคม 2567\n"
HEADLINE = NEWS + "แผนยกระดับสหกรณ์ ปี 72 สมาชิกมีเงินออม 2.4 แสน/ครัวเรือน"
HEADLINE_PAST = NEWS + "แผนยกระดับสหกรณ์ ปี 66 สมาชิกมีเงินออม 2.4 แสน/ครัวเรือน"
HEADLINE_NO_PLAN = NEWS + "ปี 72 สมาชิกมีเงินออม 2.4 แสน/ครัวเรือน"

TH_PLANS = [
    tgt("approved-project-beneficiaries", APPROVED, "15,000 ราย", None),
    tgt("approved-project-total", APPROVED_TOTAL, "600,000 ตัว", None),
    tgt("enlarged-to", ENLARGED, "1,200 แห่ง", None),
    tgt("heading-over-lines-first", TH_HEADING, "ร้อยละ 85", "2026"),
    tgt("heading-over-lines-second", TH_HEADING, "3,000 คน", "2026"),
    tgt("plan-headline-future-year", HEADLINE, "2.4 แสน", "2029"),
]
TH_NOT_PLANS = [
    notgt("approved-project-per-unit-amount", APPROVED, "ไม่เกิน 40,000 บาท", keep="15,000 ราย"),
    notgt("approved-project-per-unit-count", APPROVED_TOTAL, "50 ตัว", keep="600,000 ตัว"),
    notgt("no-approval-no-scale", NOT_APPROVED, "300 ราย"),
    notgt("baseline-of-an-enlargement", ENLARGED, "900 แห่ง", keep="1,200 แห่ง"),
    notgt("a-blank-line-ends-a-heading", TH_HEADING_BLANK, "120 คน", keep="ร้อยละ 85"),
    notgt("plan-headline-past-year", HEADLINE_PAST, "2.4 แสน"),
    notgt("headline-naming-no-plan", HEADLINE_NO_PLAN, "2.4 แสน"),
]


@pytest.mark.parametrize("text,lang,exp", TH_PLANS)
def test_thai_plans_and_approvals(text, lang, exp):
    check(text, lang, exp)


@pytest.mark.parametrize("text,lang,exp", TH_NOT_PLANS)
def test_thai_plans_and_approvals_no_goal(text, lang, exp):
    check_not(text, lang, exp)


# ------------------------------------------------------------- more that governs a figure

THAI_DATED = "วันที่ 3 มกราคม 2567\n"
DUE = DATED + "Tổ chức 12 hội nghị tập huấn cho cán bộ hợp tác xã trong năm 2026."
DUE_BEFORE = DATED + "Hướng dẫn ít nhất 45 hợp tác xã sửa đổi điều lệ trước ngày 30/9/2025."
TH_DUE = THAI_DATED + "ให้สหกรณ์จัดทำบัญชีได้เองร้อยละ 90 ให้แล้วเสร็จก่อนวันที่ 30 กันยายน 2567"
DUE_NEXT = DATED + "Toàn huyện có 60 hợp tác xã, đến năm 2026 có 75 hợp tác xã."
DUE_PAST = DATED + "Tổ chức 12 hội nghị tập huấn trong năm 2024."
DUE_DURATION = DATED + "Tổ chức sơ kết 5 năm thực hiện nghị quyết vào năm 2026."
TH_FUTURE = THAI_DATED + "ในปี 2568 กรมจะส่งเสริมสหกรณ์ 150 แห่ง ให้ผ่านมาตรฐาน"
TH_FUTURE_SAME_YEAR = THAI_DATED + "สหกรณ์จะจัดประชุมใหญ่ในปี 2567 มีสมาชิกเข้าร่วม 300 คน"
TH_EXPECTED = THAI_DATED + "คาดว่าจะมีรายได้ 500 ล้านบาทในปี 2568"
VI_FUTURE = DATED.replace("2025", "2024") + "Năm 2026, tỉnh sẽ hỗ trợ 20 hợp tác xã xây dựng kho lạnh."
HEADING_YEAR = ("Ngày 20/12/2023\n4. Phương hướng năm 2024\n"
                "Phấn đấu thành lập mới 6 hợp tác xã; doanh thu bình quân đạt 2 tỷ đồng.")
HEADING_RESULT = ("Ngày 20/12/2023\n1. Kết quả thực hiện nhiệm vụ năm 2023\n"
                  "Toàn huyện thành lập mới 6 hợp tác xã.")
TH_HEADING_TASKS = THAI_DATED + "ภารกิจปี 2567\nมุ่งมั่นให้มีการจัดตั้งสหกรณ์ใหม่ 12 แห่ง"
ASIDE = (DATED + "Mục tiêu đến năm 2027: doanh thu đạt 900 tỷ đồng (ước năm 2024 là 700 tỷ đồng), "
         "tăng bình quân 5%/năm.")
PLAN_SPAN = "Góp phần thực hiện các mục tiêu của kế hoạch 5 năm 2026-2030."
CROP_YEAR = "ครม. มีมติให้เพิ่มเกษตรกรผู้ประสบภัยแล้ง ปี 2566/2567 เป็น 40,000 ราย"

MORE = [
    tgt("a-quantity-due-in-a-later-year", DUE, "12 hội nghị", "2026"),
    tgt("a-quantity-due-before-a-date", DUE_BEFORE, "ít nhất 45 hợp tác xã", "2025-09-30"),
    tgt("th-a-quantity-due-before-a-date", TH_DUE, "ร้อยละ 90", "2024-09-30"),
    tgt("th-a-future-tense-with-a-later-year", TH_FUTURE, "150 แห่ง", "2025"),
    tgt("vi-a-future-tense-with-a-later-year", VI_FUTURE, "20 hợp tác xã", "2026"),
    tgt("a-heading-gives-its-year", HEADING_YEAR, "6 hợp tác xã", "2024"),
    tgt("a-heading-gives-its-year-second", HEADING_YEAR, "2 tỷ đồng", "2024"),
    tgt("th-a-task-heading-gives-its-year", TH_HEADING_TASKS, "12 แห่ง", "2024"),
    tgt("an-estimate-in-brackets-is-an-aside", ASIDE, "5%", "2027"),
    tgt("th-a-crop-year-is-no-deadline", CROP_YEAR, "40,000 ราย", None),
]
NOT_MORE = [
    notgt("a-deadline-of-the-next-figure", DUE_NEXT, "60 hợp tác xã", keep="75 hợp tác xã"),
    notgt("a-date-not-after-the-documents-year", DUE_PAST, "12 hội nghị"),
    notgt("a-period-reviewed", DUE_DURATION, "5 năm"),
    notgt("th-a-future-tense-in-the-documents-year", TH_FUTURE_SAME_YEAR, "300 คน"),
    notgt("th-an-expectation", TH_EXPECTED, "500 ล้านบาท"),
    notgt("th-a-future-event-on-a-day", THAI_DATED + "สหกรณ์จะจ่ายเงินปันผลร้อยละ 6 ให้สมาชิกใน"
          "เดือนมกราคม 2568", "ร้อยละ 6"),
    notgt("th-it-turned-out", THAI_DATED + "กรมกำหนดเป้าหมายให้สหกรณ์ผ่านมาตรฐาน 80 แห่ง "
          "ปรากฏว่าผ่านมาตรฐาน 78 แห่ง", "78 แห่ง", keep="80 แห่ง"),
    notgt("a-result-heading", HEADING_RESULT, "6 hợp tác xã"),
    notgt("the-estimate-in-brackets", ASIDE, "700 tỷ đồng", keep="900 tỷ đồng"),
    notgt("a-plans-span", PLAN_SPAN, "5 năm"),
    notgt("th-a-limit-per-unit", THAI_DATED + "ให้สหกรณ์ส่งผู้แทนแห่งละไม่เกิน 3 คน ภายในวันที่ "
          "15 มีนาคม 2567", "ไม่เกิน 3 คน"),
    notgt("vi-a-limit-per-unit", "Mục tiêu năm 2026 hỗ trợ mỗi hợp tác xã tối đa 500 triệu "
          "đồng/dự án.", "tối đa 500 triệu đồng"),
]


@pytest.mark.parametrize("text,lang,exp", MORE)
def test_more_that_governs(text, lang, exp):
    check(text, lang, exp)


@pytest.mark.parametrize("text,lang,exp", NOT_MORE)
def test_more_that_does_not_govern(text, lang, exp):
    check_not(text, lang, exp)
