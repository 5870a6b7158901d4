"""Hostile numbers never break extraction: a numeral that parses to no number, digit runs,
scale words piled up. Such a number is not a figure (docs/records.md has no null value), every
other figure of the text is kept, and every record writes as strict JSON and as CSV."""
import csv
import io
import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from coopdocs import extract_text
from coopdocs.cli import main
from coopdocs.normalize.numerals import LIMIT, figure_value

NORMAL_VI = "Toàn tỉnh có 120 hợp tác xã."
NORMAL_TH = "จังหวัดมีสหกรณ์ 120 แห่ง"

HOSTILE = [
    pytest.param("vi", "Tỷ lệ hộ nghèo giảm 1.5,2.5 điểm.", "1.5,2.5", id="vi-decimal-mark-twice"),
    pytest.param("vi", "Năng suất đạt 1,2.3,4 tấn.", "1,2.3,4", id="vi-marks-alternating"),
    pytest.param("th", "อัตราส่วนลดลง 1,5.2.5 จุด", "1,5.2.5", id="th-decimal-mark-twice"),
    pytest.param("vi", "Có " + "9" * 30 + " thành viên.", "9" * 30, id="vi-30-digit-count"),
    pytest.param("vi", "Vốn đạt " + "1" * 5000 + " đồng.", "1" * 5000, id="vi-5000-digit-money"),
    pytest.param("th", "มีสมาชิก " + "๙" * 40 + " คน", "๙" * 40, id="th-40-thai-digits"),
    pytest.param("vi", "Vốn đạt 5 tỷ tỷ tỷ đồng.", "5 tỷ tỷ tỷ", id="vi-ty-ty-ty"),
    pytest.param("vi", "Vốn đạt 5 " + "tỷ " * 100_000 + "đồng.", "5 tỷ tỷ",
                 id="vi-100k-scale-words"),
    pytest.param("th", "เงินทุน 5 " + "ล้าน" * 1000 + "บาท", "5 ล้านล้าน", id="th-1000-lan"),
    pytest.param("vi", "Vốn đạt 1 tỷ tỷ đồng.", "1 tỷ tỷ", id="vi-exactly-10-18"),
    pytest.param("vi", "Doanh thu từ 5 đến 1.5,2.5 tỷ đồng.", "1.5,2.5", id="vi-range-end-bad"),
]


@pytest.mark.parametrize("lang,text,span", HOSTILE)
def test_a_hostile_number_is_not_a_figure_and_the_rest_is_kept(lang, text, span):
    normal = NORMAL_VI if lang == "vi" else NORMAL_TH
    full = f"{normal}\n{text}\n{normal}"
    rec = extract_text(full, lang)
    lo = full.index(span)
    hit = [f["text"] for f in rec["figures"] if f["start"] < lo + len(span) and f["end"] > lo]
    assert hit == []
    assert [f["value"] for f in rec["figures"]].count(120) == 2
    json.dumps(rec, allow_nan=False)


FIGURE_VALUES = [
    pytest.param("vi", {"numeral": "1.5,2.5"}, None, id="decimal-mark-twice"),
    pytest.param("vi", {"numeral": "1.5,2"}, Decimal("15.2"), id="groups-then-decimal"),
    pytest.param("vi", {"numeral": "9" * 24}, None, id="24-digits-beyond-limit"),
    pytest.param("vi", {"numeral": "9" * 25}, None, id="25-digits"),
    pytest.param("vi", {"numeral": "999", "scale": "triệu tỷ"}, 999 * 10**15,
                 id="just-below-limit"),
    pytest.param("vi", {"numeral": "1", "scale": "tỷ tỷ"}, None, id="at-limit"),
    pytest.param("vi", {"numeral": "5", "scale": "tỷ " * 100_000}, None, id="scale-words-piled"),
    pytest.param("vi", {"words": "hai nghìn ba trăm"}, 2300, id="words"),
    pytest.param("th", {"numeral": "1.3", "scale": "พันล้าน"}, 1_300_000_000, id="th-normal"),
    pytest.param("vi", {}, None, id="nothing"),
]


@pytest.mark.parametrize("lang,kwargs,expected", FIGURE_VALUES)
def test_figure_value_is_safe(lang, kwargs, expected):
    value = figure_value(lang, **kwargs)
    if expected is None:
        assert value is None
    else:
        assert value == expected and abs(value) < LIMIT


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_one_hostile_document_does_not_stop_a_batch(tmp_path, fmt):
    bad = tmp_path / "a.txt"
    bad.write_text("Tỷ lệ hộ nghèo giảm 1.5,2.5 điểm. Vốn đạt 5 " + "tỷ " * 2000 + "đồng.\n",
                   encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text(NORMAL_VI + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--lang", "vi", "--format", fmt, "-q",
                                       str(bad), str(good)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        assert [len(r["figures"]) for r in records] == [0, 1]
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert any("120" in ",".join(v or "" for v in r.values()) for r in rows)
