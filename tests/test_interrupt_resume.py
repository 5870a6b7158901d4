"""``coopdocs extract --resume -o FILE``: the documents whose sha256 is in FILE are not
extracted again and the finished file is the one an uninterrupted run writes, byte for byte;
where it cannot work, one line and exit status 2, the file untouched."""
import json

import pytest
from click.testing import CliRunner

from coopdocs.cli import main

TEXTS = [  # sentences of our own; the third has no figure (no CSV row)
    "Toàn tỉnh có 341 hợp tác xã và 1.981 tổ hợp tác.\n",
    "ปัจจุบันจังหวัดมีสหกรณ์ 210 แห่ง มีสมาชิก 8,250 ราย\n",
    "Cuộc họp bàn về kế hoạch của tỉnh.\n",
    "Đến năm 2030 phấn đấu có trên 500 hợp tác xã; doanh thu 1,3 tỷ đồng.\n",
    "ภายในปี 2570 มีเป้าหมาย ดังนี้\n1. จำนวนสหกรณ์ 230 แห่ง\n",
]


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(TEXTS):
        (folder / f"d{n}.txt").write_text(text, encoding="utf-8")
    return folder


def extract(*args):
    return CliRunner().invoke(main, ["extract", "-q", *map(str, args)])


def whole(folder, fmt, tmp_path):
    out = tmp_path / f"whole.{fmt}"
    res = extract("--format", fmt, "-o", out, folder)
    assert res.exit_code == 0, res.output
    return out.read_bytes()


@pytest.fixture
def counted(monkeypatch):
    """The texts extracted in this process."""
    import coopdocs.api

    real, seen = coopdocs.api.extract_text, []

    def extract_text(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)
    monkeypatch.setattr(coopdocs.api, "extract_text", extract_text)
    return seen


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("done", [
    pytest.param([0, 1], id="first-two"),
    pytest.param([1, 3], id="with-gaps"),
    pytest.param([0, 1, 2, 3, 4], id="all"),
])
def test_resume_extracts_only_the_rest_and_writes_the_uninterrupted_bytes(
        folder, tmp_path, counted, fmt, done):
    out = tmp_path / f"out.{fmt}"
    res = extract("--format", fmt, "-o", out, *(folder / f"d{n}.txt" for n in done))
    assert res.exit_code == 0, res.output  # the file an interrupted run leaves
    counted.clear()
    res = extract("--format", fmt, "-o", out, "--resume", folder)
    assert res.exit_code == 0, res.output
    again = [n for n in range(len(TEXTS)) if n not in done or (fmt == "csv" and n == 2)]
    assert sorted(counted) == sorted(TEXTS[n] for n in again)  # CSV: no row, so done again
    assert out.read_bytes() == whole(folder, fmt, tmp_path)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_resume_without_the_file_yet_is_a_whole_run(folder, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    res = extract("--format", fmt, "-o", out, "--resume", folder)
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == whole(folder, fmt, tmp_path)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_file_moved_since_keeps_its_record_under_its_new_path(folder, tmp_path, counted,
                                                                fmt):
    out = tmp_path / f"out.{fmt}"
    old = tmp_path / "old"
    old.mkdir()
    (old / "d1.txt").write_text(TEXTS[1], encoding="utf-8")
    assert extract("--format", fmt, "-o", out, old / "d1.txt", folder / "d3.txt").exit_code == 0
    counted.clear()
    res = extract("--format", fmt, "-o", out, "--resume", folder)
    assert res.exit_code == 0, res.output
    assert TEXTS[1] not in counted and str(old) not in out.read_text(encoding="utf-8-sig")
    assert out.read_bytes() == whole(folder, fmt, tmp_path)


def test_records_of_files_no_longer_given_are_left_out(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert extract("--format", "jsonl", "-o", out, folder).exit_code == 0
    (folder / "d4.txt").unlink()
    res = extract("--format", "jsonl", "-o", out, "--resume", folder)
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == whole(folder, "jsonl", tmp_path)


def test_a_json_file_laid_out_by_hand_is_read_too(folder, tmp_path, counted):
    out = tmp_path / "out.json"
    assert extract("-o", out, folder / "d0.txt", folder / "d2.txt").exit_code == 0
    out.write_text(json.dumps(json.loads(out.read_text(encoding="utf-8"))), encoding="utf-8")
    counted.clear()
    res = extract("-o", out, "--resume", folder)
    assert res.exit_code == 0, res.output
    assert sorted(counted) == sorted(TEXTS[n] for n in (1, 3, 4))
    assert out.read_bytes() == whole(folder, "json", tmp_path)


def test_a_document_whose_content_changed_is_extracted_again(folder, tmp_path, counted):
    out = tmp_path / "out.jsonl"
    assert extract("--format", "jsonl", "-o", out, folder).exit_code == 0
    (folder / "d3.txt").write_text(TEXTS[3] + "Năm 2025 có 410 hợp tác xã.\n", encoding="utf-8")
    counted.clear()
    assert extract("--format", "jsonl", "-o", out, "--resume", folder).exit_code == 0
    assert len(counted) == 1 and counted[0].startswith(TEXTS[3])
    assert out.read_bytes() == whole(folder, "jsonl", tmp_path)


CSV_WITHOUT_SHA = "\ufeffdocument,start,end,text\r\na.txt,0,3,341\r\n"


@pytest.mark.parametrize("args, content, message", [
    pytest.param(["--format", "html"], None,
                 "--resume works with --format json, jsonl or csv; a review page is made whole "
                 "again: run without --resume", id="html"),
    pytest.param(["--format", "xlsx"], None,
                 "--resume works with --format json, jsonl or csv; a workbook is made whole "
                 "again: run without --resume", id="xlsx"),
    pytest.param(["--format", "jsonl"], "not json\n",
                 "{out}: --resume cannot read it as jsonl records: line 1: Expecting value: "
                 "line 1 column 1 (char 0)", id="not-jsonl"),
    pytest.param(["--format", "jsonl"], '{"source": {"path": "a.txt"}}\n',
                 "{out}: --resume cannot read it as jsonl records: line 1 is not a record with "
                 "source.sha256 and source.path", id="no-sha256"),
    pytest.param(["--format", "json"], "[1, 2]",
                 "{out}: --resume cannot read it as json records: record 0 is not a record "
                 "with source.sha256 and source.path", id="not-records"),
    pytest.param(["--format", "csv"], CSV_WITHOUT_SHA,
                 "{out}: --resume cannot read it as csv records: its header is not that of "
                 "`coopdocs extract --format csv` (no sha256 column: written by an earlier "
                 "version)", id="csv-without-sha256"),
])
def test_resume_refuses_what_it_cannot_read_in_one_line(folder, tmp_path, args, content,
                                                        message):
    out = tmp_path / "out.file"
    if content is not None:
        out.write_bytes(content.encode("utf-8"))
    res = extract(*args, "-o", out, "--resume", folder)
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == f"coopdocs: {message.format(out=out)}\n"
    if content is None:
        assert not out.exists()
    else:
        assert out.read_bytes() == content.encode("utf-8")


def test_resume_needs_the_output_file():
    res = extract("--format", "jsonl", "--resume", "x.txt")
    assert res.exit_code == 2
    assert res.stderr == ("coopdocs: --resume reads the earlier run's output file: give it "
                          "with -o FILE\n")
