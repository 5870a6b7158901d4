"""Thai text as real documents write it: PDF damage, web furniture, spoken numbers, loose date
spellings, cabinet decisions and goals stated around their deadline.

Every sentence is written for this file; each shows one phenomenon of published Thai
documents (cooperative plans, minutes, cabinet news, reports translated from Vietnamese).
A case that coopdocs does not handle yet is a strict xfail whose reason names the
phenomenon and the rule that is missing; whoever implements the rule removes the mark.
Figures and dates use the shared case builders of helpers.py; references and targets are
checked here on the fields the record contract names (text, kind, number, date; figure text,
deadline).
"""
import pytest
from helpers import (
    check_date,
    check_figure,
    check_no_date,
    check_no_figure,
    date,
    fig,
    find,
    locate,
    nodate,
    nofig,
    noref,
    notgt,
    overlapping,
    ref,
    references_of,
    targets_of,
    tgt,
)

LANG = "th"
THB, VND = "THB", "VND"

# ------------------------------------------------------------------ reasons (one per rule)
DROPPED_MARK = ("PDF damage: upper vowels and tone marks dropped ('ป' for 'ปี', 'กุมภาพันธ' "
                "for 'กุมภาพันธ์'); word lists are not matched with the marks optional")
LINE_BREAK = "a line break inside a figure (PDF line wrap) is not read as a space"
ABBREV_SCALE = "'ล.' (ล้าน) and 'ลบ.' (ล้านบาท) after a number are not scale words"
PER_BEFORE = "'Xละ' before a qualifier is not read as the figure's per"
RAI_NGAN = "rai-ngan-wah land area (N-N-N ไร่) is not one measure in rai"
SLASH_COUNTS = "'45/60 แห่ง' (two counts) gives no figure"
DATE_SPAN = "'วันที่ X ถึงวันที่ Y เดือน ปี' is not one interval"


# ------------------------------------------------------------------ figures

FIGURES = [
    # -- PDF damage in Thai fonts
    fig("nikhahit-qualifier-not-lower-than", "สหกรณ์ต้องรักษาสมาชิกไว้ไม่ต่ํากว่า 50 คน",
        "ไม่ต่ํากว่า 50 คน", 50, "count", "คน", q="at_least"),
    fig("nikhahit-classifier-tambon", "โครงการนี้ครอบคลุมพื้นที่ 25 ตําบล",
        "25 ตําบล", 25, "count", "ตำบล"),
    fig("split-am-qualifier", "ส านักงานสหกรณ์จังหวัดกำหนดให้มีสมาชิกไม่ต่ ากว่า 30 คน",
        "ไม่ต่ ากว่า 30 คน", 30, "count", "คน", q="at_least"),
    fig("pua-low-mai-ek-classifier", "ในอำเภอมีสหกรณ์การเกษตร 25 แห\uf70aง",
        "25 แห\uf70aง", 25, "count", "แห่ง"),
    fig("pua-left-sara-ii-year-duration", "สหกรณ์ดำเนินธุรกิจมาแล้ว 12 ป\uf702",
        "12 ป\uf702", 12, "duration", "ปี"),
    fig("dropped-sara-ii-pi-duration", "ยุทธศาสตร์ชาติ 20 ป และแผนแม่บทของกระทรวง",
        "20 ป", 20, "duration", "ปี"),
    fig("dropped-mai-ek-classifier", "สหกรณผานเกณฑมาตรฐาน 80 แหง ในปนี้",
        "80 แหง", 80, "count", "แห่ง"),
    # -- invisible characters and line wraps
    fig("nbsp-before-scale", "สหกรณ์ได้รับเงินอุดหนุน 1.5\u00a0ล้านบาท",
        "1.5\u00a0ล้านบาท", 1_500_000, "money", THB),
    fig("nbsp-before-classifier", "มีสมาชิกมาประชุม 1,250\u00a0คน",
        "1,250\u00a0คน", 1250, "count", "คน"),
    fig("zwsp-before-classifier", "มีสมาชิกมาประชุม 1,250\u200bคน",
        "1,250\u200bคน", 1250, "count", "คน"),
    fig("zwsp-inside-number", "สหกรณ์มีสมาชิกทั้งหมด 1,\u200b250 คน",
        "1,\u200b250 คน", 1250, "count", "คน"),
    fig("line-break-before-classifier", "ณ สิ้นปี สหกรณ์มีสมาชิกทั้งสิ้น 1,250\nคน",
        "1,250\nคน", 1250, "count", "คน", xfail=LINE_BREAK),
    fig("line-break-inside-roi-la", "สมาชิกที่มาใช้บริการคิดเป็นร้อย\nละ 80 ของสมาชิกทั้งหมด",
        "ร้อย\nละ 80", 80, "percent", "%", xfail=LINE_BREAK),
    # -- abbreviated scale words of news headlines
    fig("abbrev-lo-lan-glued", "สหกรณ์เสนอขอกู้เงิน 1,500ล.เพื่อสร้างโรงสี",
        "1,500ล.", 1_500_000_000, "money", THB),
    fig("abbrev-lo-bo-lan-baht", "ทุนดำเนินงานของสหกรณ์ 350 ลบ. ณ สิ้นปีบัญชี",
        "350 ลบ.", 350_000_000, "money", THB, xfail=ABBREV_SCALE),
    fig("lo-bo-mo-stays-cubic-metre", "สหกรณ์ขุดสระเก็บน้ำขนาด 1,260 ลบ.ม.",
        "1,260 ลบ.ม.", 1260, "measure", "ลบ.ม."),
    # -- number words
    fig("words-stacked-sam-phan-lan", "รัฐบาลอนุมัติวงเงินสามพันล้านบาทให้กองทุนพัฒนาสหกรณ์",
        "สามพันล้านบาท", 3_000_000_000, "money", THB),
    fig("words-lan-lan", "ทุนดำเนินงานของระบบสหกรณ์ทั้งประเทศเกือบหนึ่งล้านล้านบาท",
        "เกือบหนึ่งล้านล้านบาท", 1_000_000_000_000, "money", THB, q="nearly"),
    fig("words-scale-first-muen-lan", "คณะรัฐมนตรีอนุมัติงบหมื่นล้านบาทเพื่อฟื้นฟูสหกรณ์",
        "หมื่นล้านบาท", 10_000_000_000, "money", THB),
    fig("words-scale-first-saen-ha-muen", "สหกรณ์ได้รับเงินรางวัลแสนห้าหมื่นบาท",
        "แสนห้าหมื่นบาท", 150_000, "money", THB),
    fig("words-roi-sip-song", "มีสมาชิกเข้าร่วมประชุมใหญ่ร้อยสิบสองคน",
        "ร้อยสิบสองคน", 112, "count", "คน"),
    fig("words-decimal-jut", "ปีนี้สหกรณ์มียอดขายหนึ่งจุดห้าล้านบาท",
        "หนึ่งจุดห้าล้านบาท", 1_500_000, "money", THB),
    fig("words-nueng-before-classifier", "ปีนี้จังหวัดจดทะเบียนสหกรณ์ใหม่หนึ่งแห่ง",
        "หนึ่งแห่ง", 1, "count", "แห่ง"),
    fig("words-baht-satang", "สมาชิกใหม่ชำระค่าธรรมเนียมห้าสิบบาทยี่สิบห้าสตางค์",
        "ห้าสิบบาทยี่สิบห้าสตางค์", 50.25, "money", THB),
    fig("digits-baht-satang", "เงินปันผลเฉลี่ยต่อสมาชิก 1,250 บาท 50 สตางค์",
        "1,250 บาท 50 สตางค์", 1250.5, "money", THB),
    fig("words-song-saen-ha-muen-guard", "กองทุนอนุมัติเงินกู้สองแสนห้าหมื่นบาท",
        "สองแสนห้าหมื่นบาท", 250_000, "money", THB),
    # -- classifiers and per-unit
    fig("classifier-kongthun-after-jamnuan", "สนับสนุนสินเชื่อแก่กองทุนหมู่บ้าน จำนวน 1,250 กองทุน",
        "1,250 กองทุน", 1250, "count", "กองทุน"),
    fig("classifier-radap", "คณะกรรมการจำแนกสหกรณ์ออกเป็น 4 ระดับ",
        "4 ระดับ", 4, "count", "ระดับ"),
    fig("classifier-sing", "ผู้อำนวยการมอบนโยบาย 5 สิ่งที่ต้องทำ",
        "5 สิ่ง", 5, "count", "สิ่ง"),
    fig("classifier-thao", "รายได้ของสมาชิกเพิ่มขึ้น 3 เท่า",
        "3 เท่า", 3, "count", "เท่า"),
    fig("per-before-qualifier", "ให้สมาชิกกู้ยืมรายละไม่เกิน 30,000 บาท",
        "ไม่เกิน 30,000 บาท", 30_000, "money", THB, q="at_most", per="ราย", xfail=PER_BEFORE),
    fig("per-slash-household-with-scale", "สมาชิกมีรายได้ 3.5 แสน/ครัวเรือน",
        "3.5 แสน", 350_000, "money", THB, per="ครัวเรือน", alt=("3.5 แสน/ครัวเรือน",)),
    fig("rai-ngan-wah-one-measure", "สหกรณ์มีที่ดินทำกินรวม 12,500-2-50 ไร่",
        "12,500-2-50 ไร่", 12500.625, "measure", "ไร่", xfail=RAI_NGAN),
    fig("slash-two-counts", "สหกรณ์ผ่านเกณฑ์ประเมิน 45/60 แห่ง",
        "60 แห่ง", 60, "count", "แห่ง", xfail=SLASH_COUNTS),
    fig("table-cell-on-its-own-line-guard", "ตัวชี้วัด\nหน่วยนับ\nสหกรณ์ที่ผ่านเกณฑ์\nแห่ง\n52\n60",
        "52", 52, "count", None),
    fig("table-cell-between-tabs-guard", "สหกรณ์ที่ผ่านเกณฑ์\t52\t60", "60", 60, "count", None),
    fig("zero-count-thai-digits-guard", "ระหว่างปีมีสมาชิกลาออก ๐ สหกรณ์",
        "๐ สหกรณ์", 0, "count", "สหกรณ์"),
]

NOT_FIGURES = [
    nofig("list-marker-mid-line", "ผู้มาประชุม 1. นายสมศักดิ์ ใจดี ประธานกรรมการ 2. นางสมใจ รักดี "
          "เลขานุการ 3. สมาชิก 215 คน", "2.", keep="215 คน"),
    nofig("list-marker-first-mid-line", "ผู้เข้าร่วมประชุม 1. นายวิชัย มั่นคง ผู้ตรวจสอบกิจการ",
          "1."),
    nofig("list-marker-thai-digit-mid-line", "รับทราบ ๑. สมาชิกยกมา ๘๕ สหกรณ์ ๒. สมาชิกลาออก "
          "๓ สหกรณ์", "๒.", keep="๘๕ สหกรณ์"),
    nofig("list-marker-line-start-guard", "1. สหกรณ์มีสมาชิก 120 คน", "1.", keep="120 คน"),
    nofig("bracket-marker-guard", "(2) สหกรณ์ที่มีสมาชิกเกิน 500 คน", "(2)", keep="เกิน 500 คน"),
    nofig("section-number-mid-line", "วาระที่ ๔ เรื่องเพื่อพิจารณา ๔.๒ พิจารณาจัดสรรกำไรสุทธิ",
          "๔.๒"),
    nofig("page-number-pair", "รายงานกิจการประจำปี 2566 | 37 ๓๗ วาระที่ ๕ เรื่องเพื่อทราบ",
          "37"),
    nofig("page-number-pair-thai-digits", "รายงานกิจการประจำปี 2566 | 37 ๓๗ วาระที่ ๕ เรื่องเพื่อทราบ",
          "๓๗"),
    nofig("level-number-no-classifier", "แผนฉบับนี้เป็นแผนระดับ 3 ที่จัดทำตามกฎหมาย", "3"),
    nofig("photo-caption-number", "นายกรัฐมนตรีกล่าวเปิดการประชุม - ảnh 2นายกรัฐมนตรีเยี่ยมชมบูธ",
          "2"),
    nofig("ordinal-before-weekday-guard", "การประชุมใหญ่สามัญประจำปี ครั้งที่ 38 วันศุกร์ที่ 24 "
          "กุมภาพันธ์ 2566", "38"),
    nofig("ordinal-before-weekday-damaged-month", "การประชุมใหญสามัญประจำป ครั้งที่ 38 "
          "วันศุกรที่ 24 กุมภาพันธ 2566", "38"),
    nofig("clock-time-thai-digits", "เริ่มประชุมเวลา ๐๙.๓๐ น. ณ ห้องประชุมสหกรณ์", "๐๙.๓๐"),
    nofig("nueng-after-classifier-guard", "สหกรณ์แห่งหนึ่งในอำเภอเมืองมีสมาชิก 90 คน", "หนึ่ง",
          keep="90 คน"),
    nofig("project-name-number-guard", "สหกรณ์เข้าร่วมโครงการ 9101 ของกระทรวง", "9101"),
]


@pytest.mark.parametrize("text, exp", FIGURES)
def test_figure(text, exp):
    check_figure(text, LANG, exp)


@pytest.mark.parametrize("text, exp", NOT_FIGURES)
def test_not_a_figure(text, exp):
    check_no_figure(text, LANG, exp)


# ------------------------------------------------------------------ dates

DATES = [
    date("abbrev-month-glued-two-digit-year", "ประชุมเมื่อวันที่ 14 มิ.ย.65 ณ ห้องประชุมสหกรณ์",
         "วันที่ 14 มิ.ย.65", "2022-06-14"),
    date("abbrev-month-glued-four-digit-year", "คณะกรรมการลงนามเมื่อ 20 มิ.ย.2567",
         "20 มิ.ย.2567", "2024-06-20"),
    date("undotted-month-mk", "กำหนดประชุมใหญ่วันที่ 5 มค 2567", "วันที่ 5 มค 2567",
         "2024-01-05"),
    date("undotted-month-kp-two-digit-year", "ให้ส่งงบการเงินภายใน 15 กพ 67", "15 กพ 67",
         "2024-02-15"),
    date("short-month-makara", "ประชุมใหญ่สามัญวันที่ 10 มกรา 2567", "วันที่ 10 มกรา 2567",
         "2024-01-10"),
    date("short-month-tula", "สหกรณ์เริ่มรับซื้อข้าว 1 ตุลา 66", "1 ตุลา 66", "2023-10-01"),
    date("duean-between-day-and-month", "ประชุมคณะกรรมการวันที่ 15 เดือนมกราคม 2567",
         "วันที่ 15 เดือนมกราคม 2567", "2024-01-15"),
    date("hyphen-joined-day-month-year", "ประกาศ ณ วันที่ 9-มิ.ย.-2562", "วันที่ 9-มิ.ย.-2562",
         "2019-06-09"),
    date("crop-year-two-digit-tail", "ผลผลิตข้าวของสมาชิกปี 2566/67 ลดลง", "ปี 2566/67",
         "2023/2024"),
    date("crop-year-full-guard", "ผลผลิตปีการผลิต 2565/2566 เพิ่มขึ้น", "ปีการผลิต 2565/2566",
         "2022/2023"),
    date("no-year-stays-month-day", "คณะรัฐมนตรีจะพิจารณาในวันที่ 4 ก.ค. นี้", "วันที่ 4 ก.ค.",
         "--07-04"),
    date("thai-digits-abbrev-month", "ประชุมครั้งแรกเมื่อ ๑๕ ม.ค. ๖๗", "๑๕ ม.ค. ๖๗", "2024-01-15"),
    date("stray-dot-after-month", "วันที่ 19 มีนาคม. 2567 เวลา 10.00 น.", "วันที่ 19 มีนาคม. 2567",
         "2024-03-19"),
    date("dropped-thanthakhat-month", "ประชุมใหญ่วันศุกรที่ 24 กุมภาพันธ 2566",
         "วันศุกรที่ 24 กุมภาพันธ 2566", "2023-02-24"),
    date("dropped-sara-ii-pi-year", "รายงานกิจการประจำป 2566 ของสหกรณ์", "ป 2566", "2023"),
    date("pua-sara-ii-pi-year", "งบการเงินสิ้นป\uf702 2566 ของสหกรณ์", "ป\uf702 2566", "2023"),
    date("nbsp-inside-date", "ประชุมวันที่ 14\u00a0พฤศจิกายน\u00a02565",
         "วันที่ 14\u00a0พฤศจิกายน\u00a02565", "2022-11-14"),
    date("zwsp-inside-date", "ประชุมวันที่ 14\u200bพฤศจิกายน\u200b2565",
         "วันที่ 14\u200bพฤศจิกายน\u200b2565", "2022-11-14"),
    date("line-break-inside-date", "ประชุมวันที่ 14\nพฤศจิกายน 2565", "วันที่ 14\nพฤศจิกายน 2565",
         "2022-11-14"),
    date("tueng-wanthi-interval", "อบรมสมาชิกระหว่างวันที่ 3 ถึงวันที่ 5 มีนาคม 2567",
         "วันที่ 3 ถึงวันที่ 5 มีนาคม 2567", "2024-03-03/2024-03-05", xfail=DATE_SPAN),
    date("ce-year-below-2400", "แก้ไขกฎหมายสหกรณ์ปี ๒๐๒๓ ของเวียดนาม", "ปี ๒๐๒๓", "2023"),
]

NOT_DATES = [
    nodate("clock-time-thai-digits", "เริ่มประชุมเวลา ๐๘.๐๐ น. ณ ห้องประชุม", "๐๘.๐๐"),
    nodate("session-number-year", "การประชุมคณะกรรมการครั้งที่ 3/2567 วันที่ 8 มีนาคม 2567",
           "3/2567", keep="วันที่ 8 มีนาคม 2567"),
]


@pytest.mark.parametrize("text, exp", DATES)
def test_date(text, exp):
    check_date(text, LANG, exp)


@pytest.mark.parametrize("text, exp", NOT_DATES)
def test_not_a_date(text, exp):
    check_no_date(text, LANG, exp)


# ------------------------------------------------------------------ references

REFERENCES = [
    ref("cabinet-resolution-with-date", "สหกรณ์ดำเนินการตามมติคณะรัฐมนตรีเมื่อวันที่ 17 ตุลาคม 2566 "
        "ให้จัดทำแผน", "มติคณะรัฐมนตรีเมื่อวันที่ 17 ตุลาคม 2566", "resolution", None,
        "2023-10-17"),
    ref("cabinet-had-resolution-with-date", "คณะรัฐมนตรีมีมติเมื่อวันที่ 12 มีนาคม 2567 "
        "อนุมัติโครงการพักหนี้สมาชิกสหกรณ์", "คณะรัฐมนตรีมีมติเมื่อวันที่ 12 มีนาคม 2567",
        "resolution", None, "2024-03-12"),
    ref("cabinet-meeting-date-in-brackets", "ที่ประชุม ครม. (9 ม.ค. 67) อนุมัติโครงการสินเชื่อ"
        "เพื่อสหกรณ์", "ที่ประชุม ครม. (9 ม.ค. 67)", "resolution", None, "2024-01-09"),
    ref("cabinet-meeting-date-later", "แผนนี้ได้รับอนุมัติโดยที่ประชุมคณะรัฐมนตรี (ครม.) แล้ว "
        "เมื่อวันที่ 2 เมษายน 2567", "ที่ประชุมคณะรัฐมนตรี (ครม.)", "resolution", None,
        "2024-04-02"),
    ref("cabinet-abbrev-resolution", "ตามมติ ครม. เมื่อวันที่ 9 ม.ค. 2567 ให้กรมส่งเสริมสหกรณ์ดำเนินการ",
        "มติ ครม. เมื่อวันที่ 9 ม.ค. 2567", "resolution", None, "2024-01-09",
        alt=("มติ ครม.",)),
    ref("law-with-section", "ตามพระราชบัญญัติสหกรณ์ พ.ศ. 2542 มาตรา 8 (3) ให้จัดทำแผน",
        "พระราชบัญญัติสหกรณ์ พ.ศ. 2542 มาตรา 8 (3)", "law", None, "1999"),
    ref("law-dropped-thanthakhat-guard", "ตามพระราชบัญญัติสหกรณ พ.ศ. 2542 ใหคณะกรรมการจัดทำแผน",
        "พระราชบัญญัติสหกรณ พ.ศ. 2542", "law", None, "1999"),
    ref("plan-period-in-brackets", "ตามแผนพัฒนาการสหกรณ์ ฉบับที่ 6 (พ.ศ. 2571-2575) กำหนดให้",
        "แผนพัฒนาการสหกรณ์ ฉบับที่ 6 (พ.ศ. 2571-2575)", "plan", "6", None),
    ref("draft-master-plan-period-spaced", "ร่างแผนแม่บทการพัฒนาสหกรณ์ ฉบับที่ 3 (พ.ศ. 2570 - 2574) "
        "ผ่านการรับฟังความเห็นแล้ว", "แผนแม่บทการพัฒนาสหกรณ์ ฉบับที่ 3 (พ.ศ. 2570 - 2574)",
        "plan", "3", None, alt=("ร่างแผนแม่บทการพัฒนาสหกรณ์ ฉบับที่ 3 (พ.ศ. 2570 - 2574)",)),
    ref("nikhahit-order", "ตามคําสั่งจังหวัดที่ 125/2567 ลงวันที่ 3 มีนาคม 2567",
        "คําสั่งจังหวัดที่ 125/2567", "decision", "125/2567", "2024-03-03"),
    ref("split-am-order", "ตามค าสั่งจังหวัดที่ 88/2566 ลงวันที่ 7 เมษายน 2566",
        "ค าสั่งจังหวัดที่ 88/2566", "decision", "88/2566", "2023-04-07"),
    ref("plan-number-guard", "ตามแผนปฏิบัติการหมายเลข 17 ลงวันที่ 2 กันยายน 2566",
        "แผนปฏิบัติการหมายเลข 17", "plan", "17", "2023-09-02"),
    ref("ce-law-year-thai-digits-guard", "ให้แก้ไขกฎหมายสหกรณ์ปี ๒๐๒๓ ของเวียดนาม",
        "กฎหมายสหกรณ์ปี ๒๐๒๓", "law", None, "2023"),
]

NOT_REFERENCES = [
    noref("plan-level-ordinal", "แผนฉบับนี้เป็นแผนระดับที่ 3 ซึ่งสนับสนุนแผนระดับที่ 1",
          "แผนระดับที่ 3"),
    noref("session-ordinal", "ตามมติของสภาสหกรณ์แห่งชาติครั้งที่ 8 เรื่องการพัฒนาสหกรณ์",
          "ครั้งที่ 8"),
    noref("title-only-project-guard", "สมาชิกเข้าร่วมโครงการโคล้านครอบครัวของรัฐบาล",
          "โครงการโคล้านครอบครัว"),
]


@pytest.mark.parametrize("text, exp", REFERENCES)
def test_reference(text, exp):
    r = find(references_of(text, LANG), text, exp["span"], 0, "reference")
    assert r["text"] in exp["texts"], r
    assert (r["kind"], r["number"], r["date"]) == (exp["kind"], exp["number"], exp["date"]), r


@pytest.mark.parametrize("text, exp", NOT_REFERENCES)
def test_not_a_reference(text, exp):
    lo, hi = locate(text, exp["span"])
    bad = overlapping(references_of(text, LANG), lo, hi)
    assert not bad, f"{exp['span']!r} must not be a reference: {bad}"


# ------------------------------------------------------------------ targets

GAP_GOALS = ("สหกรณ์จังหวัดตั้งเป้าให้สมาชิกได้รับมาตรฐาน GAP 80 % ภายในปี 68 "
             "และเข้าสู่ระบบบัญชีครัวเรือน 95 % ภายในปี 71")
ENLARGED = ("ที่ประชุมคณะรัฐมนตรีอนุมัติขยายโครงการประกันรายได้ โดยให้เพิ่มจำนวนสหกรณ์ที่จะเข้าร่วม "
            "เป็น 950 แห่ง จากเดิม 700 แห่ง")
GOATS = ("ครม. เห็นชอบโครงการส่งเสริมการเลี้ยงแพะ วงเงิน 800 ล้านบาท ให้สมาชิกกู้ยืมรายละไม่เกิน "
         "30,000 บาท จำนวน 20,000 ราย")
HEADING = "เป้าหมายปี 2570\nสหกรณ์มีรายได้เพิ่มขึ้นร้อยละ 5 ต่อปี\nสมาชิกเพิ่มขึ้น 2,000 คน"
HEADLINE = ("ข่าวประจำวันที่ 2 เมษายน 2567\nแผนพัฒนาสหกรณ์ฉบับใหม่ ปี 70 สมาชิกมีรายได้ "
            "3.5 แสน/ครัวเรือน")

TARGETS = [
    tgt("deadline-after-first-figure", GAP_GOALS, "80 %", "2025"),
    tgt("deadline-after-second-figure", GAP_GOALS, "95 %", "2028"),
    tgt("muengman-phainai-pi-guard", "มุ่งมั่นให้มีสหกรณ์ผ่านมาตรฐาน 300 แห่ง ภายในปี 2570",
        "300 แห่ง", "2027"),
    tgt("goal-beside-result", "เป้าหมาย 500 แห่ง ผลการดำเนินงาน 450 แห่ง", "500 แห่ง", None),
    tgt("cabinet-enlarges-project", ENLARGED, "950 แห่ง", None),
    tgt("cabinet-project-beneficiaries", GOATS, "20,000 ราย", None),
    tgt("heading-over-lines-first", HEADING, "ร้อยละ 5", "2027"),
    tgt("heading-over-lines-second", HEADING, "2,000 คน", "2027"),
    tgt("plan-headline-future-year", HEADLINE, "3.5 แสน", "2027", alt=("3.5 แสน/ครัวเรือน",)),
    tgt("damaged-cue-and-year", "เปาหมาย: สหกรณผานเกณฑ 80 แหง ภายในป 2570", "80 แหง", "2027",
        xfail=DROPPED_MARK),
]

NOT_TARGETS = [
    notgt("designated-set", "เป้าหมาย: สหกรณ์ผ่านเกณฑ์มาตรฐานไม่น้อยกว่าร้อยละ 70 ของสหกรณ์เป้าหมาย "
          "420 แห่ง", "420 แห่ง", keep="ไม่น้อยกว่าร้อยละ 70"),
    notgt("result-beside-goal", "เป้าหมาย 500 แห่ง ผลการดำเนินงาน 450 แห่ง", "450 แห่ง",
          keep="500 แห่ง"),
    notgt("baseline-jak-doem", ENLARGED, "700 แห่ง"),
    notgt("cabinet-budget", GOATS, "800 ล้านบาท"),
    notgt("cabinet-loan-limit", GOATS, "ไม่เกิน 30,000 บาท"),
    notgt("budget-after-goal", "ตั้งเป้าหมายพัฒนาสหกรณ์ 120 แห่ง โดยใช้งบประมาณ 35 ล้านบาท",
          "35 ล้านบาท", keep="120 แห่ง"),
    notgt("loan-repayment-term", "ให้สมาชิกชำระคืนเงินกู้ภายในระยะเวลาไม่เกิน 5 ปี", "ไม่เกิน 5 ปี"),
    notgt("eligibility-bound", "สหกรณ์ที่จะเข้าร่วมโครงการต้องมีสมาชิกไม่น้อยกว่า 50 คน",
          "ไม่น้อยกว่า 50 คน"),
]


@pytest.mark.parametrize("text, exp", TARGETS)
def test_target(text, exp):
    t = find(targets_of(text, LANG), text, exp["span"], 0, "target")
    assert t["text"] in exp["texts"], t
    assert t["deadline"] == exp["deadline"], t


@pytest.mark.parametrize("text, exp", NOT_TARGETS)
def test_not_a_target(text, exp):
    targets = targets_of(text, LANG)
    lo, hi = locate(text, exp["span"])
    bad = overlapping(targets, lo, hi)
    assert not bad, f"{exp['span']!r} must not be a target: {bad}"
    if exp["keep"]:
        assert exp["keep"] in [t["text"] for t in targets], targets
