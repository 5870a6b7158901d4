"""The same indicator ids come out of a Vietnamese text and its Thai translation.

corpus/ holds parallel pairs (`corpus/vi/pair-NAME.txt` and `corpus/th/pair-NAME.txt`). A
figure of one is paired with the figure of the other that has the same value and kind (in
order); wherever one of the two names an indicator of lang/<code>/indicators.tsv, the other
must name the same. Known gaps are strict xfails naming the phenomenon.
"""
from collections import defaultdict
from pathlib import Path

import pytest

from coopdocs import extract

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAIRS = sorted(p.name for p in (CORPUS / "vi").glob("pair-*.txt"))

ACTOR = "a Thai clause names the body that acts before the verb and its object (`สหภาพสหกรณ์จังหวัดได้ร่วมจัดการฝึกอบรม`): the actor is read as what is counted"
TOPIC = "a topic heading the sentence (`Công tác tuyên truyền …`) is read as the counted noun's modifier"
ELIDED = "a Thai list item elides its noun (`ระดับค่อนข้างดี 74 แห่ง (ร้อยละ 37.4)`): the percent in brackets has no phrase"
KNOWN = {
    ("pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "46 hội nghị"): TOPIC,
    ("pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "38.915 thành viên"):
        "the Thai total of members (`มีสมาชิกรวม`) takes the owner of the group count before it",
    ("pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "43,9%"): ELIDED,
    ("pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "37,4%"): ELIDED,
    ("pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "gần 96 tỷ đồng"):
        "an outstanding balance said after the lender (`ยอดคงค้าง…ได้ปล่อยกู้`) reads as a loan",
    ("pair-bien-ban-hop-bch-lien-minh-htx-ninh-binh-2024.txt", "5 lớp tập huấn"): ACTOR,
    ("pair-bien-ban-hop-bch-lien-minh-htx-ninh-binh-2024.txt", "320 học viên"): ACTOR,
    ("pair-bien-ban-hop-bch-lien-minh-htx-ninh-binh-2024.txt", "09"): ACTOR,
    ("pair-hoi-nghi-tong-ket-bcd-kttt-ha-tinh-2023.txt", "hơn 40 lớp tập huấn"):
        "the Thai number of courses is read from the topic after it (`การเปลี่ยนผ่านสู่ดิจิทัล`)",
    ("pair-hoi-nghi-tong-ket-bcd-kttt-ha-tinh-2023.txt", "05"): TOPIC,
    ("pair-hoi-nghi-tong-ket-bcd-kttt-ha-tinh-2023.txt", "15"):
        "people honoured (`cá nhân`, `บุคคล`) have no indicator id; the Thai phrase finds "
        "`เศรษฐกิจส่วนรวม` in it",
}


def _aligned(name):
    vi, th = extract(CORPUS / "vi" / name), extract(CORPUS / "th" / name)
    left = defaultdict(list)
    for f in th["figures"]:
        left[(f["value"], f["kind"])].append(f)
    for f in vi["figures"]:
        other = left.get((f["value"], f["kind"]))
        if other:
            yield f, other.pop(0)


def _cases():
    out = []
    for name in PAIRS:
        for vi, th in _aligned(name):
            if vi["indicator_id"] or th["indicator_id"]:
                reason = KNOWN.get((name, vi["text"]))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                out.append(pytest.param(vi, th, id=f"{name[5:-4]}:{vi['text']}", marks=marks))
    return out


def test_the_corpus_has_pairs():
    assert len(PAIRS) >= 4
    for name in PAIRS:
        assert (CORPUS / "th" / name).is_file(), name


@pytest.mark.parametrize("vi,th", _cases())
def test_a_figure_and_its_translation_name_the_same_indicator(vi, th):
    assert vi["indicator_id"] == th["indicator_id"], (vi["indicator"], th["indicator"])


@pytest.mark.parametrize("name", PAIRS)
def test_the_goals_of_a_pair_share_their_ids(name):
    """Every target both texts state names the same indicator id on both sides."""
    for vi, th in _aligned(name):
        if vi["role"] == th["role"] == "target":
            assert vi["indicator_id"] is not None, vi
            assert vi["indicator_id"] == th["indicator_id"], (vi["indicator"], th["indicator"])
