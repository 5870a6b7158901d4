"""The shortcuts of the indicator and role grammars give what the plain way gives.

Each shortcut (an index made once per text, a test from a phrase's reversed end, a substring
search instead of a pattern, the cues of one role tried together) is compared with the plain
computation it replaces, written out here, over phrases made for this test: the records must
not change by a byte."""
import itertools
import re

import pytest

from coopdocs.model import Date, Figure
from coopdocs.rules import indicators as ind
from coopdocs.rules import roles
from coopdocs.rules.sentences import clauses

VI_PHRASES = [
    "Doanh thu bình quân của hợp tác xã là",
    "số hợp tác xã thành lập mới trong năm đạt",
    "tổng số thành viên, lao động của các HTX và",
    "Tỷ lệ hợp tác xã hoạt động hiệu quả  cho\u00a0",
    "kinh phí hỗ trợ ĐỐI VỚI",
    "lãi suất cho vay tối đa không quá\n",
    "phấn đấu đạt mục tiêu, doanh thu , lợi nhuận ,",
    "  ,\thợp tác xã, liên hiệp hợp tác xã ,  , quỹ tín dụng nhân dân  ",
    "vốn điều lệ bình quân trở lên",
    "Ước thực hiện năm nay, giá trị sản xuất tăng",
    "số lượng tổ hợp tác (THT) ",
    "",
    "   ",
    ",",
]
TH_PHRASES = [
    "รายได้เฉลี่ยของสมาชิกสหกรณ์อยู่ที่",
    "จำนวนสหกรณ์ที่จัดตั้งใหม่ จำนวน",
    "สัดส่วนสหกรณ์ที่มีผลการดำเนินงานดี ร้อยละ",
    "กู้ยืมครัวเรือนละ",
    "ทุนดำเนินงานของกลุ่มเกษตรกร ให้แก่\t",
    "ปริมาณธุรกิจรวม และ",
    "",
]
PHRASES = {"vi": VI_PHRASES, "th": TH_PHRASES}


def variants(phrases):
    """The phrases, and each cut at every word end (so that each word is at an end once)."""
    out = set(phrases)
    for p in phrases:
        out.update(p[:k] for k in range(len(p) + 1) if k == len(p) or not p[k].isalpha())
    return sorted(out)


@pytest.mark.parametrize("s", variants(VI_PHRASES) + ["a,b", ",a,", " , ", "a ,, b", "\t,\t"])
def test_comma_part_is_the_part_of_the_normalised_text(s):
    parts = s.split(",")
    assert [ind._comma_part(parts, k) for k in range(len(parts))] == ind._norm(s).split(",")


@pytest.mark.parametrize("lang", ["vi", "th"])
@pytest.mark.parametrize("name", ["links", "benefactive"])
def test_a_word_at_the_end_is_found_as_the_search_finds_it(lang, name):
    L = ind._lang(lang)
    rx, tail = getattr(L, name), getattr(L, f"{name}_tail")
    for s in variants(PHRASES[lang]):
        got, want = ind._ending(rx, tail, s), rx.search(s)
        assert (got and got.span()) == (want and want.span()), s


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_trimmed_tail_rules_out_only_phrases_without_a_trim_or_cut_word_at_the_end(lang):
    L = ind._lang(lang)
    for s in variants(PHRASES[lang]):
        if not L.trimmed_tail.match(s[::-1]):
            assert L.trim_end.search(s) is None, s
            assert ind._last(L.cut, s, at_end=True) is None, s


def clause_start_plainly(L, text, line_lo, pos):
    """The clause start as a loop back from ``pos``."""
    lo = line_lo + len(text[line_lo:pos]) - len(ind._strip_bullet(L, text[line_lo:pos]))
    for k in range(pos - 1, lo - 1, -1):
        ch = text[k]
        if ch in ind._CLAUSE_MARKS and not (ch == ":" and text[k - 1:k].isdigit()):
            return k + 1
        if ch in L.end_marks and text[k + 1:k + 2] in (" ", "\t") and not text[k - 1:k].isdigit():
            return k + 1
    return lo


TEXTS = {
    "vi": "a) Doanh thu: 10:30 đạt 5 tỷ. Lợi nhuận (ước) tăng 2.5; số HTX 12.\n"
          "  1.2. Thành viên 3.000 người! Vốn 1.2 tỷ? Hết\n- Về hợp tác xã:\t15 đơn vị\n"
          "(1) Tổ hợp tác [mới] 20 tổ.2024. x\n12. 3",
    "th": "1. รายได้เฉลี่ย: 10:30 อยู่ที่ 9,800 บาท (ประมาณ) จำนวน 25 แห่ง; สมาชิก 300 ราย\n"
          "ก) ด้านสมาชิก [ใหม่] 40 ราย\n- ทุน 5 ล้านบาท",
}


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_clause_start_from_the_index_of_clause_marks(lang):
    text = TEXTS[lang]
    ctx = ind._Context(text, lang, [], [], [])
    for pos in range(len(text) + 1):
        line_lo = text.rfind("\n", 0, pos) + 1
        assert ind._clause_start(ctx, line_lo, pos) == \
            clause_start_plainly(ctx.L, text, line_lo, pos), pos


def until_stop_plainly(ctx, a, b):
    """The phrase after a figure up to its first stop, as a loop over its characters."""
    L = ctx.L
    s = ctx.without_dates(a, b)
    lead = len(s) - len(s.lstrip())
    cut = len(s)
    for k, ch in enumerate(s):
        if ch == "," and L.noun.match(s, k + 1):
            continue
        if ch in ind._CLAUSE_MARKS + ",\t" or (ch in L.end_marks and s[k + 1:k + 2] in ("", " ")):
            cut = k
            break
        if not L.spaced and ch == " " and k > lead:
            cut = k
            break
    m = L.cut.search(s, 0, cut)
    if m and m.start() >= lead:
        cut = m.start()
    elif m and m.start() < lead + 1:
        cut = 0
    return s[:cut], cut < len(s)


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_until_stop_as_the_loop_over_characters(lang):
    text = TEXTS[lang] + " 7 hợp tác xã, liên hiệp hợp tác xã. 9 tổ, 3 đơn vị"
    ctx = ind._Context(text, lang, [], [], [])
    for a, b in itertools.combinations(range(0, len(text) + 1, 3), 2):
        assert ind._until_stop(ctx, a, b) == until_stop_plainly(ctx, a, b), (a, b)


def test_dates_blanked_in_one_join():
    text = "ngày 5/6/2024 và ngày 7/8/2024, đến 9/2025 thì xong"
    dates = [Date(text="5/6/2024", start=5, end=13), Date(text="7/8/2024", start=22, end=30),
             Date(text="9/2025", start=36, end=42)]
    ctx = ind._Context(text, "vi", [], dates, [])
    for a, b in itertools.combinations(range(len(text) + 1), 2):
        want = "".join(" " if any(d.start <= k < d.end for d in dates) else text[k]
                       for k in range(a, b))
        assert ctx.without_dates(a, b) == want, (a, b)


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_list_label_read_once_per_line(lang):
    text = TEXTS[lang] + "\n1.2.3 4\n(12) x\n  -  \n"
    ctx = ind._Context(text, lang, [], [], [])
    for pos in range(len(text) + 1):
        line_lo = text.rfind("\n", 0, pos) + 1
        head = text[line_lo:pos]
        assert ctx.bullet_end(line_lo, pos) == pos - len(ind._strip_bullet(ctx.L, head)), pos


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_a_synonym_is_found_where_its_pattern_is(lang):
    syns = ind._synonyms(lang)[0]
    assert any(s.literal for s in syns) and any(not s.literal for s in syns)
    phrases = [ind._expanded(lang, p) for p in variants(PHRASES[lang])]
    phrases += [f"{s.literal}" for s in syns] + [f"x{s.literal} {s.literal}x {s.literal}"
                                                for s in syns]
    for syn in syns:
        for s in phrases:
            m = syn.pattern.search(s)
            assert syn.first(s) == (m and m.span()), (syn.id, s)


def cued_plainly(text, lang, fig):
    """The role of a figure from its cues tried one by one, in the order of the roles."""
    lo, hi = clauses(text, lang).around(fig.start, fig.end)
    head = ind.without_measure(lang, fig.indicator) if fig.indicator else None
    cues = roles._cues(lang)
    for role in cues.roles:
        for word in role.before_words:
            rx = cues.words.pattern([word])
            if rx.search(text, max(lo, text.rfind(")", lo, fig.start) + 1), fig.start):
                return None if role.role == "none" else role.role
        for cue in role.at:
            if roles._holds(cue, text, fig, max(lo, fig.start - roles.NEAR), hi):
                return None if role.role == "none" else role.role
        for word in role.head_words:
            if head is not None and cues.words.pattern([word]).match(head):
                return None if role.role == "none" else role.role
    return "result"


ROLE_TEXTS = {
    "vi": ["Ước thực hiện năm nay doanh thu đạt 5 tỷ đồng, tăng từ 3 tỷ lên 4 tỷ đồng.",
           "So với 2023 là 12 hợp tác xã; mức cho vay tối đa 100 triệu đồng (dự kiến 2 tỷ) 7 tổ.",
           "Năm gốc 2020: 40 hợp tác xã; không quá 30 ngày; từ 5 đến 9 tổ."],
    "th": ["คาดว่าจะมีสหกรณ์ 25 แห่ง จากเดิม 20 แห่ง ไม่เกิน 50,000 บาท",
           "วงเงินกู้ได้ 10 ล้านบาท เป้าหมาย 90 ราย สูงสุด 3 ปี"],
}


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_the_cues_of_a_role_tried_together(lang):
    for text in ROLE_TEXTS[lang]:
        for m in re.finditer(r"\d[\d.,]*", text):
            for indicator in (None, "mức cho vay", "lãi suất", "วงเงิน", "doanh thu"):
                fig = Figure(text=m.group(), start=m.start(), end=m.end(), kind="count",
                             value=1.0, indicator=indicator)
                assert roles._cued(text, lang, fig) == cued_plainly(text, lang, fig), \
                    (text, m.group(), indicator)
