"""Messy input never breaks extraction: arbitrary Unicode, huge, mixed, CRLF and NFD text,
files that vanish mid-batch, parallel workers."""
import json
import unicodedata

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs import extract_text
from coopdocs.batch import run
from coopdocs.cli import main

CATS = ("figures", "dates", "targets", "references", "tasks")


def _valid(text, rec):
    for cat in CATS:
        for item in rec[cat]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"]


# characters the grammars care about, mixed with anything
DOMAIN = st.sampled_from(list("0123456789๐๑๒๓๔๕๖๗๘๙.,-–/%: \n\r()") + [
    " tỷ đồng", " triệu", " HTX", "khoảng ", "trên ", "năm ", "ngày ", "tháng ", "Số: ", "-NQ/TW",
    "ร้อยละ", "ล้านบาท", " แห่ง", "กว่า", "ปี ", "พ.ศ. ", " พ.ย. ", "มกราคม", "ที่", "หมายเลข",
    "phấn đấu ", "đến năm ", "ภายในปี ", "chủ trì", "เป็นประธาน", "\u0301", "\u0323"])
MESSY = st.lists(st.one_of(DOMAIN, st.text(max_size=4)), max_size=60).map("".join)


@pytest.mark.parametrize("lang", ["th", "vi"])
@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=200))
def test_arbitrary_unicode_never_raises(lang, text):
    rec = extract_text(text, lang)
    _valid(text, rec)


@pytest.mark.parametrize("lang", ["th", "vi"])
@settings(max_examples=150, deadline=None)
@given(text=MESSY)
def test_domain_shaped_noise_gives_valid_spans_and_the_same_output_twice(lang, text):
    first = extract_text(text, lang)
    _valid(text, first)
    assert extract_text(text, lang) == first
    for t in first["targets"]:
        assert first["figures"][t["figure"]]["start"] == t["start"]


def test_a_5mb_document_beyond_spacy_max_length():
    unit = (CORPUS / "vi" / "bao-cao-thuc-hien-nq20-lam-dong-2024.txt").read_text(encoding="utf-8") + "\n"
    text = unit * (5_000_000 // len(unit) + 1)
    rec = extract_text(text, "vi")
    one = extract_text(unit, "vi")
    copies = len(text) // len(unit)
    assert len(text) > 5_000_000
    assert len(rec["figures"]) == copies * len(one["figures"])
    last = rec["figures"][-1]
    assert last["start"] > 4_900_000 and text[last["start"]:last["end"]] == last["text"]


def test_mixed_thai_vietnamese_document():
    text = ("Toàn tỉnh có 1.981 tổ hợp tác, doanh thu 1,3 tỷ đồng.\n"
            "ปัจจุบันจังหวัดมีสหกรณ์ 1,981 แห่ง มีสมาชิก 82,256 ราย และรายได้ 9,450 ล้านบาท\n")
    for lang in ("th", "vi"):
        rec = extract_text(text, lang)
        _valid(text, rec)
    rec = extract_text(text)
    assert rec["source"]["lang"] == "th"  # more Thai letters than Vietnamese ones
    assert {f["text"] for f in rec["figures"]} >= {"1,981 แห่ง", "82,256 ราย", "9,450 ล้านบาท"}


def test_crlf_offsets_index_the_text_with_its_carriage_returns():
    text = "Năm 2023, toàn tỉnh có 341 hợp tác xã.\r\nĐến năm 2030 phấn đấu có trên 500 hợp tác xã.\r\n"
    rec = extract_text(text, "vi")
    _valid(text, rec)
    assert [f["text"] for f in rec["figures"]] == ["341 hợp tác xã", "trên 500 hợp tác xã"]
    assert rec["targets"][0]["deadline"] == "2030"


def test_nfd_text_reads_like_nfc_and_offsets_index_the_nfd_text():
    nfc = "Đến năm 2030, phấn đấu có khoảng 1.200 hợp tác xã; thu nhập bình quân đạt 65 triệu đồng/người/năm."
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = extract_text(nfc, "vi"), extract_text(nfd, "vi")
    _valid(nfd, b)
    def strip(r):
        return [(f["value"], f["kind"], f["qualifier"], unicodedata.normalize("NFC", f["per"] or ""))
                for f in r["figures"]]

    assert strip(a) == strip(b) and len(a["targets"]) == len(b["targets"]) == 2
    assert all(unicodedata.is_normalized("NFD", f["unit"] or "") for f in b["figures"])  # the source's form
    assert unicodedata.normalize("NFC", b["figures"][0]["text"]) == "khoảng 1.200 hợp tác xã"


def test_a_file_that_vanishes_mid_batch_is_one_error(tmp_path):
    keep = tmp_path / "a.txt"
    keep.write_text("Toàn tỉnh có 341 hợp tác xã.\n", encoding="utf-8")
    gone = tmp_path / "b.txt"  # listed, then gone before it is read
    errors = []
    done, failed = run([gone, keep], None, on_error=errors.append)
    assert failed == 1 and [str(e) for e in errors] == [f"{gone}: no such file"]
    assert [r["source"]["path"] for r, _ in done] == [str(keep)]


def test_parallel_workers_give_the_same_output_in_input_order():
    runner = CliRunner()
    one = runner.invoke(main, ["extract", "--format", "jsonl", str(CORPUS)])
    two = runner.invoke(main, ["extract", "--format", "jsonl", "-j", "2", str(CORPUS)])
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output
    paths = [json.loads(line)["source"]["path"] for line in one.output.splitlines()]
    assert paths == sorted(paths)
