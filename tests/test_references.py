"""References (citations of legal and policy documents), Vietnamese and Thai: docs/annotation.md
"references" and the edge-case decisions (header numbers, laws by year, generic mentions).

A positive case names the reference by the exact text expected (the document's name and
number, `alt` lists other accepted texts for documented ambiguities) and gives kind, number,
issue date and, where the mention states it cleanly, the issuer. A negative case names a span
that no reference may overlap.
"""
import pytest
from helpers import extract, find, locate, overlapping

_UNSET = object()


def ref(id, text, span, kind, number, date, *, issuer=_UNSET, alt=(), occ=0, xfail=None):
    exp = {"span": span, "texts": (span, *alt), "occ": occ, "kind": kind, "number": number,
           "date": date}
    if issuer is not _UNSET:
        exp["issuer"] = issuer
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, exp, id=id, marks=marks)


def noref(id, text, span, *, keep=None, occ=0, xfail=None):
    """No reference may overlap `span`; `keep` (optional) is a reference number that must be found."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, {"span": span, "keep": keep, "occ": occ}, id=id, marks=marks)


def _refs(text, lang):
    rec = extract(text, lang)
    for r in rec["references"]:
        assert text[r["start"]:r["end"]] == r["text"], r
    return rec["references"]


def check_ref(text, lang, exp):
    refs = _refs(text, lang)
    r = find(refs, text, exp["span"], exp["occ"], "reference")
    assert r["text"] in exp["texts"], r
    assert r["kind"] == exp["kind"], r
    assert r["number"] == exp["number"], r
    assert r["date"] == exp["date"], r
    if "issuer" in exp:
        assert r["issuer"] == exp["issuer"], r


def check_no_ref(text, lang, exp):
    refs = _refs(text, lang)
    lo, hi = locate(text, exp["span"], exp["occ"])
    bad = overlapping(refs, lo, hi)
    assert not bad, f"{exp['span']!r} must not be a reference: {bad}"
    if exp["keep"]:
        assert exp["keep"] in [r["number"] for r in refs], refs


# ----------------------------------------------------------------------------- Vietnamese

VI_TWO = ("Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương và "
          "Kết luận số 70-KL/TW ngày 09/12/2019 của Bộ Chính trị, tỉnh ban hành kế hoạch.")
VI_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 15/KH-UBND\nBình Thuận, ngày 07 tháng 9 năm 2022\n"
             "KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã năm 2023")

VI_POSITIVE = [
    # -- every symbol shape, kind from the document word
    ref("nq-tw-20-ngay-slash-issuer-bch",
        "Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, tỉnh đã ban hành kế hoạch.",
        "Nghị quyết số 20-NQ/TW", "resolution", "20-NQ/TW", "2022-06-16", issuer="Ban Chấp hành Trung ương"),
    ref("nq-cp-09-issuer-chinh-phu",
        "Căn cứ Nghị quyết số 09/NQ-CP ngày 03/02/2023 của Chính phủ;",
        "Nghị quyết số 09/NQ-CP", "resolution", "09/NQ-CP", "2023-02-03", issuer="Chính phủ"),
    ref("nd-cp-45-2021-decree",
        "Căn cứ Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ;",
        "Nghị định số 45/2021/NĐ-CP", "decree", "45/2021/NĐ-CP", "2021-03-31", issuer="Chính phủ"),
    ref("kh-ubnd-2949-issuer-ubnd-tinh",
        "Thực hiện Kế hoạch số 2949/KH-UBND ngày 27/12/2023 của UBND tỉnh, các sở đã triển khai.",
        "Kế hoạch số 2949/KH-UBND", "plan", "2949/KH-UBND", "2023-12-27", issuer="UBND tỉnh"),
    ref("cong-van-5529-bkhdt-date-words",
        "Thực hiện Công văn số 5529/BKHĐT-HTX ngày 14 tháng 11 năm 2022 của Bộ Kế hoạch và Đầu tư, "
        "Sở đã tổng hợp báo cáo.",
        "Công văn số 5529/BKHĐT-HTX", "official_letter", "5529/BKHĐT-HTX", "2022-11-14",
        issuer="Bộ Kế hoạch và Đầu tư"),
    ref("luat-17-2023-qh15-effective-date-not-issue",
        "Luật Hợp tác xã số 17/2023/QH15 có hiệu lực từ ngày 01/7/2024.",
        "Luật Hợp tác xã số 17/2023/QH15", "law", "17/2023/QH15", None,
        xfail="the effective date 'có hiệu lực từ ngày 01/7/2024' is taken as the issue date"),
    ref("qd-ttg-1318-issuer-ttg",
        "Thực hiện Quyết định số 1318/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ, tỉnh xây dựng đề án.",
        "Quyết định số 1318/QĐ-TTg", "decision", "1318/QĐ-TTg", "2021-07-22", issuer="Thủ tướng Chính phủ"),
    ref("kh-tu-43-issuer-tinh-uy",
        "Thực hiện Kế hoạch số 43-KH/TU ngày 05/9/2022 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành kế hoạch.",
        "Kế hoạch số 43-KH/TU", "plan", "43-KH/TU", "2022-09-05", issuer="Tỉnh ủy"),
    ref("kl-tw-70-issuer-bo-chinh-tri", VI_TWO,
        "Kết luận số 70-KL/TW", "conclusion", "70-KL/TW", "2019-12-09", issuer="Bộ Chính trị"),
    ref("two-in-one-sentence-first-nq-20", VI_TWO,
        "Nghị quyết số 20-NQ/TW", "resolution", "20-NQ/TW", "2022-06-16", issuer="Ban Chấp hành Trung ương"),
    ref("ct-tu-05-date-dashes",
        "Thực hiện Chỉ thị số 05-CT/TU ngày 16-6-2022 của Ban Thường vụ Tỉnh ủy, các huyện tổ chức quán triệt.",
        "Chỉ thị số 05-CT/TU", "directive", "05-CT/TU", "2022-06-16", issuer="Ban Thường vụ Tỉnh ủy"),
    ref("qd-ubnd-issuer-ubnd-tinh",
        "Theo Quyết định số 2156/QĐ-UBND ngày 10/10/2023 của UBND tỉnh, mỗi hợp tác xã được hỗ trợ kinh phí.",
        "Quyết định số 2156/QĐ-UBND", "decision", "2156/QĐ-UBND", "2023-10-10", issuer="UBND tỉnh"),
    ref("thong-tu-circular",
        "Thông tư số 09/2024/TT-BKHĐT hướng dẫn chế độ báo cáo thống kê về hợp tác xã.",
        "Thông tư số 09/2024/TT-BKHĐT", "circular", "09/2024/TT-BKHĐT", None),
    ref("thong-bao-notice",
        "Thực hiện Thông báo số 47/TB-UBND ngày 24/02/2025, Sở đã rà soát các hợp tác xã.",
        "Thông báo số 47/TB-UBND", "notice", "47/TB-UBND", "2025-02-24"),
    ref("chuong-trinh-programme",
        "Thực hiện Chương trình số 12-CTr/TU ngày 08/8/2022 của Tỉnh ủy về kinh tế tập thể.",
        "Chương trình số 12-CTr/TU", "programme", "12-CTr/TU", "2022-08-08", issuer="Tỉnh ủy"),
    ref("cong-van-word-without-abbrev",
        "Ngày 12/3/2024, Sở có Công văn số 215/SKHĐT-DN gửi các huyện đề nghị báo cáo.",
        "Công văn số 215/SKHĐT-DN", "official_letter", "215/SKHĐT-DN", None),
    ref("nq-without-so", "Các hợp tác xã đã tích cực thực hiện Nghị quyết 20-NQ/TW.",
        "Nghị quyết 20-NQ/TW", "resolution", "20-NQ/TW", None),
    ref("luat-so-17-without-name", "Theo Luật số 17/2023/QH15, hợp tác xã phải sửa đổi điều lệ.",
        "Luật số 17/2023/QH15", "law", "17/2023/QH15", None),
    # -- kind from the abbreviation alone
    ref("abbrev-only-qd-decision", "Triển khai văn bản số 1318/QĐ-TTg, tỉnh rà soát các mô hình hợp tác xã.",
        "1318/QĐ-TTg", "decision", "1318/QĐ-TTg", None, alt=("văn bản số 1318/QĐ-TTg",)),
    ref("abbrev-only-kh-plan", "Thực hiện văn bản số 43-KH/TU của Tỉnh ủy, huyện đã xây dựng kế hoạch.",
        "43-KH/TU", "plan", "43-KH/TU", None, alt=("văn bản số 43-KH/TU",)),
    ref("abbrev-only-nq-resolution", "Quán triệt tinh thần 09/NQ-CP đến các hợp tác xã.",
        "09/NQ-CP", "resolution", "09/NQ-CP", None),
    ref("abbrev-only-ctr-programme", "Theo văn bản số 12-CTr/TU, các huyện xây dựng mô hình điểm.",
        "12-CTr/TU", "programme", "12-CTr/TU", None, alt=("văn bản số 12-CTr/TU",)),
    ref("abbrev-only-kl-conclusion", "Thực hiện văn bản số 70-KL/TW, tỉnh tổng kết mô hình.",
        "70-KL/TW", "conclusion", "70-KL/TW", None, alt=("văn bản số 70-KL/TW",)),
    # -- laws cited by year
    ref("luat-htx-nam-2012", "Các hợp tác xã đã chuyển đổi theo Luật Hợp tác xã năm 2012.",
        "Luật Hợp tác xã năm 2012", "law", None, "2012"),
    ref("luat-htx-nam-2023", "Tỉnh tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 đến các hợp tác xã.",
        "Luật Hợp tác xã năm 2023", "law", None, "2023"),
    # -- a document's own header number
    ref("header-so-15-kh-ubnd-with-place-date", VI_HEADER,
        "Số: 15/KH-UBND", "plan", "15/KH-UBND", "2022-09-07", alt=("15/KH-UBND",)),
    ref("header-so-96-tb-notice", "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 96/TB-UBND\nTHÔNG BÁO",
        "Số: 96/TB-UBND", "notice", "96/TB-UBND", None, alt=("96/TB-UBND",)),
    ref("header-so-37-bc-report-other", "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 37/BC-UBND\nBÁO CÁO",
        "Số: 37/BC-UBND", "other", "37/BC-UBND", None, alt=("37/BC-UBND",)),
    ref("header-so-bb-minutes-other", "BAN CHỈ ĐẠO\nSố: 05/BB-BCĐ\nBIÊN BẢN HỌP",
        "Số: 05/BB-BCĐ", "other", "05/BB-BCĐ", None, alt=("05/BB-BCĐ",)),
    ref("nq-date-ngay-thang-nam-words",
        "Nghị quyết số 20-NQ/TW ngày 16 tháng 6 năm 2022 của Hội nghị Trung ương 5 khóa XIII đã mở ra giai đoạn mới.",
        "Nghị quyết số 20-NQ/TW", "resolution", "20-NQ/TW", "2022-06-16"),
    ref("kh-date-dashes-leading-zero",
        "Theo Kế hoạch số 112/KH-UBND ngày 19-01-2024, các huyện hoàn thành rà soát hợp tác xã.",
        "Kế hoạch số 112/KH-UBND", "plan", "112/KH-UBND", "2024-01-19"),
    ref("qd-without-so-issuer-full-name",
        "Căn cứ Quyết định 2156/QĐ-UBND ngày 10/10/2023 của Ủy ban nhân dân tỉnh về hỗ trợ hợp tác xã;",
        "Quyết định 2156/QĐ-UBND", "decision", "2156/QĐ-UBND", "2023-10-10", issuer="Ủy ban nhân dân tỉnh"),
    # -- a law cited by its full date, symbols with spaced dashes, one notice with two symbols
    ref("law-by-date-words", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "Luật Tổ chức Chính phủ", "law", None, "2015-06-19"),
    ref("law-by-date-lowercase-words", "Căn cứ Luật Quy hoạch đô thị và nông thôn ngày 26/11/2024;",
        "Luật Quy hoạch đô thị và nông thôn", "law", None, "2024-11-26"),
    ref("symbol-spaced-hyphen-after-number", "Thực hiện Chỉ thị số 05 - CT/TU ngày 2/3/2024 của Tỉnh ủy.",
        "Chỉ thị số 05 - CT/TU", "directive", "05 - CT/TU", "2024-03-02"),
    ref("notice-two-symbols-one-number", "Theo Thông báo số 37/TB – số 37/VPUB ngày 5/5/2024.",
        "Thông báo số 37/TB – số 37/VPUB", "notice", "37/TB – số 37/VPUB", "2024-05-05"),
    ref("two-symbols-two-numbers-stay-apart", "Theo Thông báo số 37/TB – số 38/VPUB ngày 5/5/2024.",
        "Thông báo số 37/TB", "notice", "37/TB", None),
    ref("constitution-by-year", "Căn cứ Hiến pháp năm 2013;", "Hiến pháp năm 2013", "law", None,
        "2013"),
    ref("ordinance-by-year", "Căn cứ Pháp lệnh Quản lý thị trường năm 2016;",
        "Pháp lệnh Quản lý thị trường năm 2016", "law", None, "2016"),
    ref("law-amending-by-date", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công và "
        "Luật Ngân sách nhà nước ngày 29 tháng 11 năm 2024;",
        "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công và Luật Ngân sách nhà nước", "law",
        None, "2024-11-29"),
    ref("law-passed-by-the-assembly", "Sau khi Luật Đất đai số 31/2024/QH15 được Quốc hội thông "
        "qua ngày 18/01/2024, tỉnh tổ chức tập huấn.", "Luật Đất đai số 31/2024/QH15", "law",
        "31/2024/QH15", "2024-01-18"),
    ref("plan-period-is-no-issue-date", "Thực hiện Kế hoạch số 61/KH-UBND (2021-2025) của tỉnh.",
        "Kế hoạch số 61/KH-UBND", "plan", "61/KH-UBND", None,
        alt=("Kế hoạch số 61/KH-UBND (2021-2025)",)),
]

VI_NEGATIVE = [
    noref("generic-cac-nghi-quyet-cua-dang",
          "Tỉnh luôn quán triệt các nghị quyết của Đảng về kinh tế tập thể.", "các nghị quyết của Đảng"),
    noref("period-only-ke-hoach-nam-2023", "Kế hoạch năm 2023 được các sở, ngành triển khai đồng bộ.",
          "Kế hoạch năm 2023"),
    noref("period-only-giai-doan", "Kế hoạch giai đoạn 2021-2025 đã hoàn thành các chỉ tiêu chủ yếu.",
          "Kế hoạch giai đoạn 2021-2025"),
    noref("title-only-chuong-trinh-hanh-dong",
          "Các sở bám sát Chương trình hành động của Chính phủ để triển khai nhiệm vụ.",
          "Chương trình hành động của Chính phủ"),
    noref("law-without-year-or-number", "Hợp tác xã hoạt động theo đúng quy định của Luật Hợp tác xã.",
          "Luật Hợp tác xã"),
    noref("generic-theo-ke-hoach", "Theo kế hoạch, hội nghị sơ kết sẽ được tổ chức vào tháng 7.", "kế hoạch"),
    noref("party-congress-no-number", "Nghị quyết Đại hội Đảng bộ tỉnh xác định kinh tế tập thể là trụ cột.",
          "Nghị quyết Đại hội Đảng bộ tỉnh"),
    noref("phone-number", "Mọi chi tiết xin liên hệ Phòng Kinh tế tập thể, điện thoại 0258.3822.123.",
          "0258.3822.123"),
    noref("generic-next-to-real-one",
          "Thực hiện các chủ trương của Đảng và Nghị quyết số 20-NQ/TW, tỉnh ban hành kế hoạch.",
          "các chủ trương của Đảng", keep="20-NQ/TW"),
    noref("session-name-khoa-xiii", "Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII đã ban hành nghị quyết.",
          "Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII"),
    noref("law-in-force-from-date", "Luật Hợp tác xã có hiệu lực từ ngày 01/7/2024.", "Luật Hợp tác xã"),
    noref("law-named-then-tu-ngay", "Chuẩn bị thi hành Luật Hợp tác xã từ ngày 01/7/2024.",
          "Luật Hợp tác xã"),
    noref("spaced-dash-without-symbol", "Tổ 3 - HTX Thành Công đã họp.", "3 - HTX"),
]


@pytest.mark.parametrize("text,exp", VI_POSITIVE)
def test_reference_vi(text, exp):
    check_ref(text, "vi", exp)


@pytest.mark.parametrize("text,exp", VI_NEGATIVE)
def test_not_a_reference_vi(text, exp):
    check_no_ref(text, "vi", exp)


# ----------------------------------------------------------------------------- Thai

TH_LETTER_HEADER = ("ที่ ชย 0010/1187\nสำนักงานสหกรณ์จังหวัดชัยภูมิ\n22 มีนาคม 2567\n"
                    "เรื่อง รายงานผลการกำกับดูแลสหกรณ์")

TH_POSITIVE = [
    ref("plan-hmailek-43-long-wanthi",
        "จังหวัดดำเนินการตามแผนปฏิบัติการหมายเลข 43 ลงวันที่ 14 พฤศจิกายน 2565 อย่างต่อเนื่อง",
        "แผนปฏิบัติการหมายเลข 43", "plan", "43", "2022-11-14"),
    ref("resolution-thi-09-issuer-ratthaban", "สหกรณ์ทุกแห่งได้รับการเผยแพร่มติที่ 09 ของรัฐบาล อย่างทั่วถึง",
        "มติที่ 09", "resolution", "09", None, issuer="รัฐบาล"),
    ref("resolution-thi-09-with-date", "ตามมติที่ 09 ของรัฐบาล ลงวันที่ 3 กุมภาพันธ์ 2566 จังหวัดได้จัดทำแผน",
        "มติที่ 09", "resolution", "09", "2023-02-03", issuer="รัฐบาล",
        xfail="the issue date 'ลงวันที่ 3 กุมภาพันธ์ 2566' after the issuer 'ของรัฐบาล' is not attached (date None)"),
    ref("resolution-hmailek-20", "การดำเนินงานเป็นไปตามมติหมายเลข 20 ของคณะกรรมการกลางพรรค",
        "มติหมายเลข 20", "resolution", "20", None, issuer="คณะกรรมการกลางพรรค"),
    ref("resolution-vn-symbol-20-nq-tw",
        "จังหวัดได้สรุปผลการดำเนินงานตามมติหมายเลข 20-NQ/TW ลงวันที่ 16 มิถุนายน 2565",
        "มติหมายเลข 20-NQ/TW", "resolution", "20-NQ/TW", "2022-06-16"),
    ref("plan-vn-symbol-kh-ubnd-issuer",
        "ดำเนินการตามแผนปฏิบัติการหมายเลข 2949/KH-UBND ของคณะกรรมการประชาชนจังหวัด",
        "แผนปฏิบัติการหมายเลข 2949/KH-UBND", "plan", "2949/KH-UBND", None,
        issuer="คณะกรรมการประชาชนจังหวัด"),
    ref("law-prb-sahakon-2542", "สหกรณ์ต้องดำเนินงานตามพระราชบัญญัติสหกรณ์ พ.ศ. 2542 อย่างเคร่งครัด",
        "พระราชบัญญัติสหกรณ์ พ.ศ. 2542", "law", None, "1999"),
    ref("law-prb-chabap-thi-3-2562",
        "การแก้ไขข้อบังคับเป็นไปตามพระราชบัญญัติสหกรณ์ (ฉบับที่ 3) พ.ศ. 2562",
        "พระราชบัญญัติสหกรณ์ (ฉบับที่ 3) พ.ศ. 2562", "law", "3", "2019"),
    ref("law-kotmai-sahakon-pi-2566", "สหกรณ์ทุกแห่งต้องปรับปรุงข้อบังคับให้สอดคล้องกับกฎหมายสหกรณ์ปี 2566",
        "กฎหมายสหกรณ์ปี 2566", "law", None, "2023"),
    ref("order-khamsang-12-2566-year-in-number-not-date",
        "จังหวัดแต่งตั้งคณะทำงานตามคำสั่งที่ 12/2566 เพื่อติดตามการดำเนินงานของสหกรณ์",
        "คำสั่งที่ 12/2566", "decision", "12/2566", None),
    ref("order-khamsang-12-2566-with-date",
        "ตามคำสั่งที่ 12/2566 ลงวันที่ 9 มกราคม 2566 ได้แต่งตั้งคณะทำงานตรวจสอบสหกรณ์",
        "คำสั่งที่ 12/2566", "decision", "12/2566", "2023-01-09"),
    ref("letter-nangsue-thi-kor-sor", "สำนักงานได้แจ้งตามหนังสือที่ กษ 1100/ว 123 ให้สหกรณ์ทุกแห่งทราบ",
        "หนังสือที่ กษ 1100/ว 123", "official_letter", "กษ 1100/ว 123", None),
    ref("letter-with-date-mi-na-khom", "อ้างถึงหนังสือที่ กษ 1100/ว 123 ลงวันที่ 5 มีนาคม 2567",
        "หนังสือที่ กษ 1100/ว 123", "official_letter", "กษ 1100/ว 123", "2024-03-05"),
    ref("letter-thai-digits",
        "ตามหนังสือที่ กษ ๑๑๐๓/ว ๔๕๖ ลงวันที่ ๑๔ พฤศจิกายน ๒๕๖๕ สหกรณ์ได้จัดส่งข้อมูลแล้ว",
        "หนังสือที่ กษ ๑๑๐๓/ว ๔๕๖", "official_letter", "กษ ๑๑๐๓/ว ๔๕๖", "2022-11-14"),
    ref("letter-header-thi", TH_LETTER_HEADER,
        "ที่ ชย 0010/1187", "official_letter", "ชย 0010/1187", "2024-03-22"),
    ref("cabinet-resolution-no-number", "มติคณะรัฐมนตรีเมื่อวันที่ 4 ธันวาคม 2560 ให้ส่งเสริมสหกรณ์ภาคการเกษตร",
        "มติคณะรัฐมนตรีเมื่อวันที่ 4 ธันวาคม 2560", "resolution", None, "2017-12-04"),
    ref("cabinet-mi-mati-no-number", "คณะรัฐมนตรีมีมติเมื่อวันที่ 4 ธันวาคม 2560 เห็นชอบแนวทางพัฒนาสหกรณ์",
        "คณะรัฐมนตรีมีมติเมื่อวันที่ 4 ธันวาคม 2560", "resolution", None, "2017-12-04"),
    ref("date-abbrev-month-be-2-digit",
        "ดำเนินการตามแผนปฏิบัติการหมายเลข 43 ลงวันที่ 14 พ.ย. 65 ของจังหวัด",
        "แผนปฏิบัติการหมายเลข 43", "plan", "43", "2022-11-14"),
    ref("decree-vn-symbol", "รัฐบาลได้ออกพระราชกฤษฎีกาเลขที่ 45/2021/NĐ-CP ว่าด้วยการส่งเสริมสหกรณ์",
        "พระราชกฤษฎีกาเลขที่ 45/2021/NĐ-CP", "decree", "45/2021/NĐ-CP", None),
    ref("conclusion-kl-tw-issuer", "ตามข้อสรุปหมายเลข 70-KL/TW ของกรมการเมือง ให้ทบทวนการพัฒนาเศรษฐกิจส่วนรวม",
        "ข้อสรุปหมายเลข 70-KL/TW", "conclusion", "70-KL/TW", None, issuer="กรมการเมือง"),
    ref("notice-prakat-thi", "ตามประกาศที่ 3/2567 ของสำนักงานสหกรณ์จังหวัด สหกรณ์ต้องส่งงบการเงินภายในกำหนด",
        "ประกาศที่ 3/2567", "notice", "3/2567", None, issuer="สำนักงานสหกรณ์จังหวัด"),
    ref("law-prb-2542-next-to-order",
        "อาศัยอำนาจตามพระราชบัญญัติสหกรณ์ พ.ศ. 2542 และคำสั่งที่ 12/2566 นายทะเบียนสหกรณ์จึงมีคำสั่ง",
        "พระราชบัญญัติสหกรณ์ พ.ศ. 2542", "law", None, "1999"),
    ref("resolution-hmailek-09-nq-cp-date",
        "สหกรณ์ดำเนินการตามมติหมายเลข 09/NQ-CP ลงวันที่ 3 กุมภาพันธ์ 2566 ของรัฐบาล",
        "มติหมายเลข 09/NQ-CP", "resolution", "09/NQ-CP", "2023-02-03", issuer="รัฐบาล"),
    ref("plan-thai-digits-number", "ตามแผนปฏิบัติการหมายเลข ๔๓ ลงวันที่ ๑๔ พฤศจิกายน ๒๕๖๕",
        "แผนปฏิบัติการหมายเลข ๔๓", "plan", "๔๓", "2022-11-14"),
    ref("law-prb-be-year-no-pho-so", "สหกรณ์จดทะเบียนตามพระราชบัญญัติสหกรณ์ปี 2542",
        "พระราชบัญญัติสหกรณ์ปี 2542", "law", None, "1999"),
    ref("letter-issuer-before-thi",
        "ตามหนังสือกรมส่งเสริมสหกรณ์ ที่ กษ 1103/ว 456 ลงวันที่ 14 พฤศจิกายน 2565 ให้สหกรณ์รายงานผล",
        "หนังสือกรมส่งเสริมสหกรณ์ ที่ กษ 1103/ว 456", "official_letter", "กษ 1103/ว 456", "2022-11-14",
        alt=("หนังสือที่ กษ 1103/ว 456", "ที่ กษ 1103/ว 456")),
    ref("order-registrar-issuer-before-thi",
        "ตามคำสั่งนายทะเบียนสหกรณ์ที่ 5/2567 สหกรณ์ต้องแก้ไขข้อบกพร่องให้แล้วเสร็จ",
        "คำสั่งนายทะเบียนสหกรณ์ที่ 5/2567", "decision", "5/2567", None, alt=("คำสั่งที่ 5/2567",)),
    ref("resolution-20-not-chut-thi-13",
        "ที่ประชุมเน้นย้ำมติหมายเลข 20 ของคณะกรรมการกลางพรรคชุดที่ 13 เรื่องเศรษฐกิจส่วนรวม",
        "มติหมายเลข 20", "resolution", "20", None),
    # -- cabinet decisions cited by their date, laws with their section, plans with their period
    ref("cabinet-meeting-bracketed-date", "ที่ประชุม ครม. (22 ส.ค. 66) เห็นชอบโครงการส่งเสริมสหกรณ์",
        "ที่ประชุม ครม. (22 ส.ค. 66)", "resolution", None, "2023-08-22"),
    ref("cabinet-abbrev-mati-date", "ตามมติ ครม. วันที่ 5 กันยายน 2566 ให้จัดสรรงบประมาณ",
        "มติ ครม. วันที่ 5 กันยายน 2566", "resolution", None, "2023-09-05"),
    ref("cabinet-abbrev-mi-mati", "ครม. มีมติเมื่อวันที่ 3 ตุลาคม 2566 อนุมัติโครงการ",
        "ครม. มีมติเมื่อวันที่ 3 ตุลาคม 2566", "resolution", None, "2023-10-03"),
    ref("cabinet-meeting-date-later-on-line",
        "โครงการผ่านความเห็นชอบจากที่ประชุมคณะรัฐมนตรี แล้วเมื่อวันที่ 7 พฤศจิกายน 2566",
        "ที่ประชุมคณะรัฐมนตรี", "resolution", None, "2023-11-07"),
    ref("law-with-section-number", "ตามพระราชบัญญัติสหกรณ์ พ.ศ. 2542 มาตรา 16 ให้นายทะเบียนสั่ง",
        "พระราชบัญญัติสหกรณ์ พ.ศ. 2542 มาตรา 16", "law", None, "1999"),
    ref("plan-with-period", "ตามแผนแม่บทการพัฒนาสหกรณ์ ฉบับที่ 4 (พ.ศ. 2566-2570) กำหนดให้",
        "แผนแม่บทการพัฒนาสหกรณ์ ฉบับที่ 4 (พ.ศ. 2566-2570)", "plan", "4", None),
    ref("urgent-letter", "ตามหนังสือกรมส่งเสริมสหกรณ์ ด่วนที่สุด ที่ กษ 1104/ว 987 ลงวันที่ 5 "
        "มกราคม 2567", "หนังสือกรมส่งเสริมสหกรณ์ ด่วนที่สุด ที่ กษ 1104/ว 987", "official_letter",
        "กษ 1104/ว 987", "2024-01-05", alt=("ที่ กษ 1104/ว 987",)),
    ref("law-full-era-word", "ตามพระราชบัญญัติสหกรณ์ พุทธศักราช 2542 และที่แก้ไขเพิ่มเติม",
        "พระราชบัญญัติสหกรณ์ พุทธศักราช 2542", "law", None, "1999"),
    ref("constitution-with-section", "รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2560 มาตรา 72 "
        "กำหนดให้รัฐส่งเสริมการรวมกลุ่ม", "รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2560 มาตรา 72",
        "law", None, "2017"),
    ref("translated-kind-word-symbol-decides", "ตามแผนปฏิบัติการที่ 35-CTr/TU ลงวันที่ 2 "
        "มีนาคม 2566 ของคณะกรรมการพรรคจังหวัด", "แผนปฏิบัติการที่ 35-CTr/TU", "programme",
        "35-CTr/TU", "2023-03-02"),
    ref("translated-own-number-label", "คณะกรรมการประชาชนจังหวัด\nเลขที่: 21/BC-UBND\n"
        "วันที่ 8 มกราคม 2567\nรายงานผลการดำเนินงาน", "21/BC-UBND", "other", "21/BC-UBND",
        "2024-01-08"),
    ref("plan-edition-is-a-number", "ตามแผนพัฒนาการสหกรณ์ ฉบับที่ 5 ของกรม",
        "แผนพัฒนาการสหกรณ์ ฉบับที่ 5", "plan", "5", None),
]

TH_NEGATIVE = [
    noref("mati-thi-prachum", "มติที่ประชุม: รับทราบผลการดำเนินงานของสหกรณ์", "มติที่ประชุม"),
    noref("rabiap-wara-thi-1", "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "ระเบียบวาระที่ 1"),
    noref("meeting-number-khrang-thi-2-2567",
          "รายงานการประชุมคณะกรรมการดำเนินการ ครั้งที่ 2/2567", "ครั้งที่ 2/2567"),
    noref("generic-mati-lae-nayobai-khong-phak", "สหกรณ์ดำเนินงานตามมติและนโยบายของพรรคอย่างต่อเนื่อง",
          "มติและนโยบายของพรรค"),
    noref("period-only-plan-2567", "แผนปฏิบัติการประจำปี 2567 ได้ดำเนินการครบทุกโครงการ", "แผนปฏิบัติการประจำปี 2567"),
    noref("title-only-project", "สหกรณ์เข้าร่วมโครงการส่งเสริมอาชีพสมาชิกสหกรณ์อย่างต่อเนื่อง",
          "โครงการส่งเสริมอาชีพสมาชิกสหกรณ์"),
    noref("law-without-year", "สหกรณ์ต้องปฏิบัติตามพระราชบัญญัติสหกรณ์อย่างเคร่งครัด", "พระราชบัญญัติสหกรณ์"),
    noref("phone-number", "สอบถามรายละเอียดได้ที่ โทร. 0 4481 1234", "0 4481 1234"),
    noref("committee-chut-thi-13", "คณะกรรมการดำเนินการสหกรณ์ชุดที่ 13 เข้ารับตำแหน่งแล้ว", "ชุดที่ 13"),
    noref("mati-thi-prachum-next-to-real-one",
          "มติที่ประชุม: ให้สหกรณ์ดำเนินการตามหนังสือที่ กษ 1100/ว 123", "มติที่ประชุม", keep="กษ 1100/ว 123"),
    noref("agenda-item-wara-thi-3-2", "ระเบียบวาระที่ 3.2 การพิจารณาแผนปฏิบัติงานของสหกรณ์", "ระเบียบวาระที่ 3.2"),
    noref("generic-tam-mati-khana-kammakan", "สหกรณ์ปฏิบัติตามมติของคณะกรรมการดำเนินการทุกครั้ง",
          "มติของคณะกรรมการดำเนินการ"),
    noref("cabinet-meeting-without-date", "ที่ประชุม ครม. อนุมัติงบกลางเพื่อช่วยเหลือเกษตรกร",
          "ที่ประชุม ครม."),
    noref("cabinet-meeting-unrelated-later-date",
          "ที่ประชุม ครม. หารือเรื่องราคายาง และโครงการจะเริ่มวันที่ 1 มกราคม 2567", "ที่ประชุม ครม."),
    noref("session-ordinal-khrang", "ตามมติของคณะกรรมการครั้งที่ 4 ให้สหกรณ์รายงานผล", "ครั้งที่ 4"),
    noref("strategy-ordinal", "แผนงานด้านที่ 2 มุ่งพัฒนาบุคลากรของสหกรณ์", "ด้านที่ 2"),
]


@pytest.mark.parametrize("text,exp", TH_POSITIVE)
def test_reference_th(text, exp):
    check_ref(text, "th", exp)


@pytest.mark.parametrize("text,exp", TH_NEGATIVE)
def test_not_a_reference_th(text, exp):
    check_no_ref(text, "th", exp)
