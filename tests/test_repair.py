"""The repaired copy the grammars read (normalize/repair.py) and its offsets back to the text.

Each repair has its positive cases and the look-alikes it must leave alone. Sentences are
written for this file; the damage is the one PDF and Word exports of Thai documents show.
"""
import unicodedata

import pytest
from helpers import extract
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.normalize.repair import normalised


def case(id, text, want, lang="th"):
    return pytest.param(text, lang, want, id=id)


def same(id, text, lang="th"):
    return pytest.param(text, lang, id=id)


REPAIRED = [
    # private-use glyphs of Thai fonts (shifted and lowered marks)
    case("pua-low-mai-ek", "สหกรณ์ 25 แห\uf70aง", "สหกรณ์ 25 แห่ง"),
    case("pua-left-sara-ii", "ดำเนินการมา 12 ป\uf702", "ดำเนินการมา 12 ปี"),
    case("pua-left-mai-tho", "ผู\uf714แทนสหกรณ์", "ผู้แทนสหกรณ์"),
    case("pua-descless-yo-ying", "ประชุมให\uf70f่", "ประชุมใหญ่"),
    case("pua-left-nikhahit-then-sara-aa", "ท\uf711างานร่วมกัน", "ทำงานร่วมกัน"),
    # sara am in pieces
    case("nikhahit-sara-aa", "ไม่ต่\u0e4d\u0e32กว่า 50 คน", "ไม่ต่ำกว่า 50 คน"),
    case("split-am-after-consonant", "ส านักงานสหกรณ์จังหวัด", "สำนักงานสหกรณ์จังหวัด"),
    case("split-am-after-tone-mark", "ไม่ต่ ากว่า 30 คน", "ไม่ต่ำกว่า 30 คน"),
    case("split-am-word-end", "ประจ าปีบัญชี", "ประจำปีบัญชี"),
    # invisible and space-like characters
    case("zwsp-inside-number", "สมาชิก 1,\u200b250 คน", "สมาชิก 1,250 คน"),
    case("zwsp-between-words", "สมาชิก\u200b1,250\u200bคน", "สมาชิก1,250คน"),
    case("bom-and-soft-hyphen", "\ufeffHợp tác\u00ad xã", "Hợp tác xã", "vi"),
    case("word-joiner", "1.250\u2060triệu đồng", "1.250triệu đồng", "vi"),
    case("nbsp-to-space", "1.250\u00a0hợp tác xã", "1.250 hợp tác xã", "vi"),
    case("thin-space-groups-digits", "สมาชิก 1\u2009250 คน", "สมาชิก 1250 คน"),
    case("thin-space-not-a-group", "ปี 2566\u20092567", "ปี 2566 2567"),
    case("nfd-composed", unicodedata.normalize("NFD", "Hợp tác xã"), "Hợp tác xã", "vi"),
    # a line cut inside a word
    case("line-cut-before-vowel", "สหกรณ์มีสมาชิกจ\nำนวนมาก", "สหกรณ์มีสมาชิกจำนวนมาก"),
    case("line-cut-before-tone-mark", "สหกรณ์ผ\n่านเกณฑ์", "สหกรณ์ผ่านเกณฑ์"),
    case("line-cut-after-leading-vowel", "ส่งเสริมการเ\nกษตร", "ส่งเสริมการเกษตร"),
    # marks lost with their shifted glyphs
    case("lost-sara-ii-after-number", "ยุทธศาสตร์ 20 ป และแผน", "ยุทธศาสตร์ 20 ปี และแผน"),
    case("lost-sara-ii-before-next-word", "ยุทธศาสตร์ 20 ปแผนระดับ", "ยุทธศาสตร์ 20 ปีแผนระดับ"),
    case("lost-mai-ek-classifier", "ผ่านเกณฑ์ 80 แหง", "ผ่านเกณฑ์ 80 แห่ง"),
    case("lost-sara-ii-before-year", "รายงานประจำป 2566", "รายงานประจำปี 2566"),
    case("lost-sara-ii-before-thai-digit-year", "ภายในป ๒๕๗๐", "ภายในปี ๒๕๗๐"),
    case("lost-thanthakhat-month", "วันที่ 24 กุมภาพันธ 2566", "วันที่ 24 กุมภาพันธ์ 2566"),
    case("lost-thanthakhat-weekday", "วันศุกรที่ 24", "วันศุกร์ที่ 24"),
    # marks in the wrong order or apart from their letter (PDF text layers)
    case("tone-before-upper-vowel", "ท่ีประชุมมีมติ", "ที่ประชุมมีมติ"),
    case("tone-before-sara-uee", "เม่ือวันที่ 5", "เมื่อวันที่ 5"),
    case("nikhahit-tone-sara-aa", "ปริมาณนํ้าฝน", "ปริมาณน้ำฝน"),
    case("space-before-tone-mark", "ดังกล ่าว", "ดังกล่าว"),
    # OCR of a scan
    case("ocr-mark-on-full-stop", "ณ ก.ุพ. 2567", "ณ ก.พ. 2567"),
    case("ocr-spaced-abbreviation", "ในปี ค . ศ . 2030", "ในปี ค.ศ. 2030"),
    case("ocr-spaced-month", "เมื่อ 26 มี. ค . 62", "เมื่อ 26 มี.ค. 62"),
    case("ocr-comma-ends-month", "เดือน ส.ค, 2566", "เดือน ส.ค. 2566"),
]

UNCHANGED = [
    same("sara-aa-of-sara-ao", "เก าะ"),  # a space before า after a leading vowel: not sara am
    same("sara-aa-after-leading-vowel-and-tone", "เจ้ าหน้าที่"),
    same("letter-spaced-heading", "ร า ย ง า น ก า ร ป ร ะ ชุ ม"),
    same("space-before-sara-aa-after-digit", "ข้อ 5 า"),
    same("break-between-words", "สมาชิกสหกรณ์\nการเกษตร"),
    same("break-before-leading-vowel", "ประชุมใหญ่\nเพื่อพิจารณา"),
    same("pi-inside-a-word-before-year", "ไป 2566"),
    same("pi-ending-a-word-before-year", "สรุป 2566"),
    same("pi-in-letter-number", "ที่ สป 0401/ว 123"),
    same("fish-after-number", "เลี้ยง 20 ปลา"),
    same("pi-cluster-after-number", "ทั้งหมด 20 ประเภท"),
    same("month-inside-a-word", "พัฒนาโครงข่ายคมนาคมที่เชื่อมโยง"),
    same("abbreviated-month-of-another", "ประชุม 3 เม.ย. 2566"),
    same("clean-thai", "สหกรณ์มีสมาชิก 1,250 คน ณ วันที่ 14 กุมภาพันธ์ 2567"),
    same("clean-vietnamese", "Toàn tỉnh có 1.250 hợp tác xã.", "vi"),
    same("tone-then-sara-am", "น้ำท่วม 3 ครั้ง"),
    same("list-of-letters", "ข้อ ก. ข, ค และ ง"),
    same("abbreviation-then-word", "ส.ค. 2566 และ ก.ย. 2566"),
]


@pytest.mark.parametrize("text, lang, want", REPAIRED)
def test_repaired(text, lang, want):
    got = normalised(text, lang)
    assert got is not None and got[0] == want


@pytest.mark.parametrize("text, lang", UNCHANGED)
def test_left_alone(text, lang):
    got = normalised(text, lang)
    assert got is None or got[0] == text


# --------------------------------------------------------------- offsets back to the original

def _figure(text, lang, span):
    rec = extract(text, lang)  # asserts text[start:end] == item.text for every item
    return next(f for f in rec["figures"] if span in f["text"] or f["text"] in span)


@pytest.mark.parametrize("text, lang, want_text, unit", [
    ("สมาชิก\u200b25\u200bคน\u200bแล้ว", "th", "25\u200bคน", "คน"),
    ("\u200bรวม 25 ตําบล\u200b", "th", "25 ตําบล", "ตำบล"),
    ("ครอบคลุม 25 ต าบล ในจังหวัด", "th", "25 ต าบล", "ตำบล"),
    ("มีสหกรณ์ 25 แห\uf70aง", "th", "25 แห\uf70aง", "แห่ง"),
    ("ยุทธศาสตร์ 20 ป และแผน", "th", "20 ป", "ปี"),
    ("Doanh thu đạt 1.250\u200btriệu đồng\u200b.", "vi", "1.250\u200btriệu đồng", "VND"),
], ids=["zwsp-around", "nikhahit-unit", "split-am-unit", "pua-unit", "lost-mark-unit",
        "vi-zwsp"])
def test_record_keeps_the_original_and_the_repaired_unit(text, lang, want_text, unit):
    f = _figure(text, lang, want_text)
    assert f["text"] == want_text and f["unit"] == unit


DAMAGE = st.sampled_from(["\u200b", "\ufeff", "\u00ad", "\u00a0", "\u2009", " า", "\u0e4d\u0e32",
                          "\uf70a", "\uf702", "\uf711", "\n", "ป", " ", "1", "2566", "ก", "เ",
                          "่", "กุมภาพันธ", "แหง", "ส", "ำ", "ợ", "o\u0323"])


@settings(max_examples=300, deadline=None)
@given(st.lists(DAMAGE, max_size=30).map("".join), st.sampled_from(["th", "vi"]))
def test_offsets_are_a_monotone_map_onto_the_text(text, lang):
    got = normalised(text, lang)
    if got is None:
        return
    copy, where = got
    assert len(where) == len(where.ends) == len(copy) + 1
    assert where[-1] == len(text) and where.ends[-1] <= len(text)
    assert list(where) == sorted(where) and where.ends == sorted(where.ends)
    for i in range(len(copy)):
        assert where[i] < where.ends[i + 1]  # every copy character comes from some text
