"""Number words as people write them, both languages: stacked scale words, a number that starts
with its scale word, decimals read aloud, a lone 'one' before what it counts, misspellings,
baht and satang; and the look-alikes that are no figure. Sentences written for this file."""
from decimal import Decimal

import pytest
from helpers import check_figure, check_no_figure, fig, nofig

from coopdocs.normalize.numerals import figure_value, parse_words

THB, VND = "THB", "VND"

PARSED = [
    # a scale word right after another multiplies
    ("th", "พันล้าน", 10**9), ("th", "แสนล้าน", 10**11), ("th", "ล้านล้าน", 10**12),
    ("th", "สามพันล้าน", 3 * 10**9), ("th", "สองแสนห้าหมื่นล้าน", 25 * 10**10),
    ("th", "หนึ่งล้านสองแสนล้าน", 12 * 10**11), ("th", "สามพันห้าร้อยล้าน", 35 * 10**8),
    ("vi", "một nghìn tỷ", 10**12), ("vi", "mười nghìn tỷ", 10**13),
    ("vi", "hai trăm nghìn tỷ", 2 * 10**14), ("vi", "năm mươi nghìn tỷ", 5 * 10**13),
    # still added where a smaller scale follows a larger one
    ("th", "สองแสนห้าหมื่น", 250_000), ("th", "หนึ่งล้านสองแสน", 1_200_000),
    ("vi", "hai triệu ba trăm nghìn", 2_300_000),
    # the scale word first
    ("th", "ร้อยสิบสอง", 112), ("th", "แสนห้าหมื่น", 150_000), ("th", "หมื่นล้าน", 10**10),
    ("th", "พันห้าร้อย", 1_500),
    # decimals read aloud, then their scale
    ("th", "หนึ่งจุดห้า", Decimal("1.5")), ("th", "สองจุดสองห้าล้าน", 2_250_000),
    ("th", "สามจุดหนึ่งสี่", Decimal("3.14")),
    ("vi", "hai phẩy năm tỷ", 2_500_000_000), ("vi", "một phẩy không năm", Decimal("1.05")),
    ("vi", "hai phẩy hai lăm", Decimal("2.25")), ("vi", "ba chấm mười lăm", Decimal("3.15")),
    ("vi", "bốn chấm tám triệu", 4_800_000),
    # lẽ written for lẻ
    ("vi", "một trăm lẽ năm", 105), ("vi", "hai nghìn không trăm lẽ tám", 2008),
]


@pytest.mark.parametrize("lang, words, value", PARSED, ids=[p[1] for p in PARSED])
def test_parse_words(lang, words, value):
    assert parse_words(words, lang) == value


@pytest.mark.parametrize("lang, words", [
    ("vi", "hai phẩy năm nghìn ba"), ("th", "สองจุดห้าร้อยสิบ"),
])
def test_not_a_number_in_words(lang, words):
    with pytest.raises(ValueError):
        parse_words(words, lang)


def test_stacked_scale_words_stay_below_the_safe_bound():
    assert figure_value("th", words="ล้านล้านล้าน") is None  # 10^18: no figure
    assert figure_value("vi", words="một triệu tỷ tỷ") is None
    assert figure_value("th", words="แสนล้านล้าน") == 10**17


TH = [
    fig("th-stacked-budget", "ครม. อนุมัติงบประมาณสามพันล้านบาทให้สหกรณ์การเกษตร",
        "สามพันล้านบาท", 3 * 10**9, "money", THB),
    fig("th-scale-first-pan-lan", "โครงการนี้ใช้เงินพันล้านบาทภายในสามปี",
        "พันล้านบาท", 10**9, "money", THB),
    fig("th-scale-first-roi-classifier", "ที่ประชุมมีผู้แทนสหกรณ์ร้อยยี่สิบคน",
        "ร้อยยี่สิบคน", 120, "count", "คน"),
    fig("th-over-scale-first", "หนี้สินของสมาชิกรวมกว่าแสนล้านบาท",
        "กว่าแสนล้านบาท", 10**11, "money", THB, q="over"),
    fig("th-decimal-jut", "ทุนเรือนหุ้นของสหกรณ์เพิ่มเป็นสองจุดห้าล้านบาท",
        "สองจุดห้าล้านบาท", 2_500_000, "money", THB),
    fig("th-nueng-classifier", "ปีนี้มีสมาชิกลาออกหนึ่งคน", "หนึ่งคน", 1, "count", "คน"),
    fig("th-nueng-duration", "สหกรณ์ขยายเวลาชำระหนี้ให้อีกหนึ่งปี", "หนึ่งปี", 1, "duration",
        "ปี"),
    fig("th-baht-satang-words", "สมาชิกชำระค่าธรรมเนียมสิบบาทห้าสิบสตางค์", "สิบบาทห้าสิบสตางค์",
        10.5, "money", THB),
    fig("th-baht-satang-digits", "เงินปันผลต่อหุ้น 20 บาท 75 สตางค์", "20 บาท 75 สตางค์",
        20.75, "money", THB),
    fig("th-satang-apart-not-added", "ราคาขาย 20 บาท ค่าขนส่ง 75 สตางค์ต่อกิโลกรัม", "20 บาท",
        20, "money", THB),
    fig("th-abbreviated-lan", "กองทุนอนุมัติสินเชื่อ 2,500ล. แก่สหกรณ์", "2,500ล.", 25 * 10**8,
        "money", THB),
    fig("th-jut-as-classifier", "สหกรณ์ตั้งจุดรับซื้อผลผลิตสามจุด", "สามจุด", 3, "count", "จุด"),
]

TH_NOT = [
    nofig("th-several-million", "สหกรณ์ขาดทุนหลายล้านบาทในปีที่ผ่านมา", "ล้านบาท"),
    nofig("th-by-the-hundred-thousand", "มีเกษตรกรนับแสนคนได้รับผลกระทบ", "แสน"),
    nofig("th-order-of-billions", "โครงการระดับหลักพันล้านบาท", "พันล้าน"),
    nofig("th-lone-scale-word", "สหกรณ์ได้รับเงินล้านบาทจากกองทุน", "ล้าน"),
    nofig("th-roi-la-alone", "สมาชิกร้อยละเท่าใดที่มาประชุม", "ร้อย"),
    nofig("th-otop-slogan", "ส่งเสริมโครงการหนึ่งตำบลหนึ่งผลิตภัณฑ์ของจังหวัด", "หนึ่ง"),
    nofig("th-a-certain-coop", "สหกรณ์แห่งหนึ่งในจังหวัดมีสมาชิก 300 คน", "หนึ่ง",
          keep="300 คน"),
    nofig("th-nueng-of", "สหกรณ์นี้เป็นหนึ่งในสหกรณ์ต้นแบบ", "หนึ่ง"),
]

VI = [
    fig("vi-stacked-nghin-ty", "Tổng tài sản của khu vực hợp tác xã đạt ba nghìn tỷ đồng.",
        "ba nghìn tỷ đồng", 3 * 10**12, "money", VND),
    fig("vi-decimal-phay", "Doanh thu bình quân đạt một phẩy hai tỷ đồng.",
        "một phẩy hai tỷ đồng", 1_200_000_000, "money", VND),
    fig("vi-le-misspelt", "Huyện có hai trăm lẽ tám thành viên mới.",
        "hai trăm lẽ tám thành viên", 208, "count", "thành viên"),
    fig("vi-mot-after-giai-the", "Trong năm, tỉnh giải thể một hợp tác xã yếu kém.",
        "một hợp tác xã", 1, "count", "hợp tác xã"),
    fig("vi-mot-after-thanh-lap-moi", "Xã thành lập mới một hợp tác xã nông nghiệp.",
        "một hợp tác xã", 1, "count", "hợp tác xã"),
]

VI_NOT = [
    nofig("vi-mot-article", "Đây là một hợp tác xã kiểu mới tiêu biểu.", "một"),
    nofig("vi-mot-nua", "Một nửa số hợp tác xã đã chuyển đổi.", "Một"),
    nofig("vi-co-le", "Có lẽ năm hợp tác xã sẽ giải thể.", "lẽ", keep="năm hợp tác xã"),
    nofig("vi-dau-cham", "Cuối câu có dấu chấm.", "chấm"),
    nofig("vi-cham-before-number", "Hội đồng chấm năm hợp tác xã.", "chấm",
          keep="năm hợp tác xã"),
    nofig("vi-cham-diem", "Hội đồng tổ chức chấm điểm hai hợp tác xã.", "chấm",
          keep="hai hợp tác xã"),
    nofig("vi-hang-nghin-ty", "Hàng nghìn tỷ đồng được giải ngân.", "nghìn tỷ"),
]


@pytest.mark.parametrize("text, exp", TH)
def test_thai_figure(text, exp):
    check_figure(text, "th", exp)


@pytest.mark.parametrize("text, exp", TH_NOT)
def test_thai_not_a_figure(text, exp):
    check_no_figure(text, "th", exp)


@pytest.mark.parametrize("text, exp", VI)
def test_vietnamese_figure(text, exp):
    check_figure(text, "vi", exp)


@pytest.mark.parametrize("text, exp", VI_NOT)
def test_vietnamese_not_a_figure(text, exp):
    check_no_figure(text, "vi", exp)
