"""The kind of a document from the title that heads it: Thai titles run the type word into the
rest of the title (no space), Vietnamese ones set it apart in capitals."""
import pytest

from coopdocs.rules.doctype import kind_and_title

BODY = ("\n\nสหกรณ์ในจังหวัดมีสมาชิกรวม 52,000 คน ดำเนินธุรกิจรับฝากเงิน ให้เงินกู้ "
        "และรวบรวมผลผลิตของสมาชิก โดยมีปริมาณธุรกิจรวม 2,900 ล้านบาท\n")

CASES = [
    ("แผนปฏิบัติการส่งเสริมสหกรณ์จังหวัดพิจิตร\nประจำปีงบประมาณ พ.ศ. 2568", "th", "plan"),
    ("แผนพัฒนาสหกรณ์ภาคการเกษตรจังหวัดน่าน ระยะ 4 ปี (พ.ศ. 2568-2571)", "th", "plan"),
    ("รายงานผลการดำเนินงานสหกรณ์จังหวัดตราด\nปีงบประมาณ 2567", "th", "report"),
    ("สรุปผลการตรวจการสหกรณ์ไตรมาสที่ 2", "th", "report"),
    ("โครงการยกระดับการตลาดข้าวของสหกรณ์การเกษตร\nจังหวัดยโสธร ปี 2568", "th", "plan"),
    ("รายงานการประชุมคณะอนุกรรมการพัฒนาสหกรณ์จังหวัดตาก\nครั้งที่ 2/2568", "th", "minutes"),
    ("บันทึกการประชุมเครือข่ายสหกรณ์ออมทรัพย์ ครั้งที่ 3/2567", "th", "minutes"),
    # a news headline does not open with a document-type word
    ("สหกรณ์โคนมเมืองกาญจน์คึกคัก ส่งน้ำนมดิบเข้าโรงงานเพิ่มขึ้น 12%", "th", "news"),
    ("ตาก - สหกรณ์ผู้ปลูกกาแฟเปิดตลาดใหม่ รายงานยอดขายเพิ่มขึ้น", "th", "news"),
    # a press report and the press form of a cabinet decision head news
    ("รายงานข่าวจากกรมส่งเสริมสหกรณ์แจ้งว่า สหกรณ์โคนมขยายตลาด", "th", "news"),
    ("มติครม.เห็นชอบสินเชื่อดอกเบี้ยต่ำให้สหกรณ์การเกษตร 5,000 ล้านบาท", "th", "news"),
    ("มติ ครม. อนุมัติงบฟื้นฟูสหกรณ์ที่ประสบอุทกภัย", "th", "news"),
    ("มติคณะรัฐมนตรี\nเรื่อง แนวทางการพัฒนาสหกรณ์ภาคการเกษตร", "th", "resolution"),
    # a long prose line opening with รายงาน is body text, no heading
    ("รายงาน" + "ข่าวจากสำนักงานสหกรณ์จังหวัดแจ้งว่า " * 6 + "สหกรณ์ขยายธุรกิจ", "th", "news"),
    ("KẾ HOẠCH\nPhát triển hợp tác xã nông nghiệp tỉnh năm 2026", "vi", "plan"),
    ("BÁO CÁO\nKết quả hoạt động của các hợp tác xã năm 2025", "vi", "report"),
    ("Báo cáo viên của tỉnh dự hội nghị về hợp tác xã", "vi", "news"),
    ("Kế hoạch phát triển hợp tác xã được thông qua tại hội nghị", "vi", "news"),
]


@pytest.mark.parametrize(("head", "lang", "kind"), CASES,
                         ids=[f"{lang}-{kind}-{head[:24]}" for head, lang, kind in CASES])
def test_the_heading_names_the_kind(head, lang, kind):
    assert kind_and_title(head + BODY, lang)[0] == kind


def test_a_thai_title_runs_on_to_its_own_end():
    text = "แผนปฏิบัติการพัฒนาสหกรณ์จังหวัดสตูล\nระยะ 3 ปี (พ.ศ. 2568-2570)" + BODY
    assert kind_and_title(text, "th") == ("plan", "แผนปฏิบัติการพัฒนาสหกรณ์จังหวัดสตูล")
