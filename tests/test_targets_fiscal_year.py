"""A Thai goal due by a fiscal year (`ภายในปีงบประมาณ พ.ศ. 2570`): the deadline cue marks the
figures it governs as targets, due at the fiscal year's end; the budget word inside the
fiscal year's name (ปีงบประมาณ) is part of the date, no budget. A fiscal year already past, or
named with no deadline cue, leaves a result."""
import pytest

from coopdocs import extract_text

DATED = "สำนักงานสหกรณ์จังหวัดพะเยา\nวันที่ 15 ธันวาคม 2567\n"
FY70 = "2027-09-30"

CASES = [
    ("prose-money-no-less-than",
     "ภายในปีงบประมาณ พ.ศ. 2570 สหกรณ์ในจังหวัดมีปริมาณธุรกิจรวมไม่น้อยกว่า 3,200 ล้านบาท",
     [("ไม่น้อยกว่า 3,200 ล้านบาท", "target", FY70)]),
    ("prose-percent",
     "ภายในปีงบประมาณ 2570 สมาชิกสหกรณ์มีรายได้เฉลี่ยเพิ่มขึ้นร้อยละ 5",
     [("ร้อยละ 5", "target", FY70)]),
    ("dated-plan-two-goals",
     DATED + "ภายในปีงบประมาณ พ.ศ. 2570 สหกรณ์มีปริมาณธุรกิจรวมไม่น้อยกว่า 3,200 ล้านบาท "
     "และสมาชิกมีเงินออมเพิ่มขึ้นเป็น 900 ล้านบาท",
     [("ไม่น้อยกว่า 3,200 ล้านบาท", "target", FY70), ("900 ล้านบาท", "target", FY70)]),
    ("heading-line-over-a-paragraph",
     DATED + "ภายในปีงบประมาณ พ.ศ. 2570\n"
     "สหกรณ์มีปริมาณธุรกิจรวมไม่น้อยกว่า 3,200 ล้านบาท และมีกำไรสุทธิ 150 ล้านบาท",
     [("ไม่น้อยกว่า 3,200 ล้านบาท", "target", FY70), ("150 ล้านบาท", "target", FY70)]),
    ("goal-heading-over-a-list",
     DATED + "เป้าหมายภายในปีงบประมาณ พ.ศ. 2570\n"
     "1. สหกรณ์มีปริมาณธุรกิจรวมไม่น้อยกว่า 3,200 ล้านบาท\n2. สมาชิกมีรายได้เพิ่มขึ้นร้อยละ 10",
     [("ไม่น้อยกว่า 3,200 ล้านบาท", "target", FY70), ("ร้อยละ 10", "target", FY70)]),
    # negatives: a fiscal year named as the time of a result, or already past
    ("past-fiscal-year-result",
     "ในปีงบประมาณ พ.ศ. 2566 มีปริมาณธุรกิจ 2,900 ล้านบาท",
     [("2,900 ล้านบาท", "result", None)]),
    ("dated-past-fiscal-year-result",
     DATED + "ในปีงบประมาณ พ.ศ. 2566 สหกรณ์มีปริมาณธุรกิจรวม 2,900 ล้านบาท",
     [("2,900 ล้านบาท", "result", None)]),
    ("deadline-cue-with-the-documents-own-year",
     DATED + "ภายในปีงบประมาณ พ.ศ. 2567 สหกรณ์มีปริมาณธุรกิจรวม 3,000 ล้านบาท",
     [("3,000 ล้านบาท", "result", None)]),
    ("budget-spent-in-a-fiscal-year",
     DATED + "สหกรณ์ได้รับจัดสรรงบประมาณ 12 ล้านบาท ในปีงบประมาณ พ.ศ. 2568",
     [("12 ล้านบาท", "result", None)]),
    ("budget-limit-before-a-fiscal-deadline",
     "โครงการใช้งบประมาณ 3 ล้านบาท ภายในปีงบประมาณ พ.ศ. 2570",
     [("3 ล้านบาท", "limit", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_fiscal_year_deadline_marks_a_goal(text, expected):
    record = extract_text(text, "th")
    deadlines = {t["figure"]: t["deadline"] for t in record["targets"]}
    got = [(f["text"], f["role"], deadlines.get(i)) for i, f in enumerate(record["figures"])
           if f["kind"] in ("money", "percent")]
    assert got == expected
