"""Records are written as each document is done: the same bytes as the whole list written at
once, in input order whatever -j is, the workers never far ahead of the output."""
import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from coopdocs import extract_text
from coopdocs.batch import _InOrder
from coopdocs.cli import main
from coopdocs.output import Records, Target

TEXTS = {  # sentences of our own, in both languages, a figure or more each
    "a-vi": "Toàn tỉnh có 341 hợp tác xã và 1.981 tổ hợp tác.\n",
    "b-th": "ปัจจุบันจังหวัดมีสหกรณ์ 210 แห่ง มีสมาชิก 8,250 ราย\n",
    "c-vi": "Đến năm 2030 phấn đấu có trên 500 hợp tác xã; doanh thu 1,3 tỷ đồng.\n",
    "d-vi": "Cuộc họp không có số liệu nào.\n",
    "e-th": "ภายในปี 2570 มีเป้าหมาย ดังนี้\n1. จำนวนสหกรณ์ 230 แห่ง\n",
}


@pytest.fixture(scope="module")
def records():
    return [(extract_text(t, path=f"{n}.txt", sha256=f"{k:064x}"), t)
            for k, (n, t) in enumerate(TEXTS.items())]


def written(fmt, docs, single=False):
    buf = io.BytesIO()
    out = Records(fmt, Target(stream=io.TextIOWrapper(buf, encoding="utf-8")), single)
    for rec, text in docs:
        out.add(rec, text)
    out.close()
    return buf.getvalue().decode("utf-8")


@pytest.mark.parametrize("count", [1, 2, 5], ids=["one", "two", "five"])
def test_json_written_record_by_record_is_the_array_dumped_at_once(records, count):
    docs = records[:count]
    expected = json.dumps([r for r, _ in docs], ensure_ascii=False, indent=2) + "\n"
    assert written("json", docs) == expected


def test_json_of_one_input_file_is_the_record_itself(records):
    assert written("json", records[:1], single=True) == json.dumps(
        records[0][0], ensure_ascii=False, indent=2) + "\n"


def test_jsonl_is_one_record_a_line(records):
    assert [json.loads(line) for line in written("jsonl", records).splitlines()] == [
        r for r, _ in records]


def test_csv_is_one_header_then_a_row_a_figure_with_the_document_and_its_sha256(records):
    text = written("csv", records)
    assert text.startswith("\ufeffdocument,start,")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [(r["document"], r["text"], r["sha256"]) for r in rows] == [
        (rec["source"]["path"], f["text"], rec["source"]["sha256"])
        for rec, _ in records for f in rec["figures"]]


def test_nothing_is_written_without_a_record():
    for fmt in ("json", "jsonl", "csv", "html"):
        assert written(fmt, []) == ""


@pytest.mark.parametrize("arrivals, expected", [
    pytest.param([0, 1, 2], [0, 1, 2], id="in-order"),
    pytest.param([2, 1, 0], [0, 1, 2], id="reversed"),
    pytest.param([1, 3, 0, 2], [0, 1, 2, 3], id="interleaved"),
])
def test_outcomes_come_out_in_input_order(arrivals, expected):
    emitted = []
    order = _InOrder(lambda i, o: emitted.append(i), {}, window=8)
    for i in arrivals:
        order.add(i, f"doc {i}")
    assert emitted == expected


@pytest.mark.parametrize("arrivals, given, before, after", [
    pytest.param([0, 2, 3], {}, [0], [0, 2, 3], id="past-a-missing-one"),
    pytest.param([2], {0: "kept", 3: "kept"}, [0], [0, 2, 3], id="kept-ones-too"),
    pytest.param([], {1: "kept", 4: "kept"}, [], [1, 4], id="only-kept-ones"),
])
def test_a_stop_writes_every_finished_outcome_in_input_order(arrivals, given, before, after):
    emitted = []
    order = _InOrder(lambda i, o: emitted.append(i), dict(given), window=8)
    order.advance()
    for i in arrivals:
        order.add(i, f"doc {i}")
    assert emitted == before
    order.flush()
    assert emitted == after


def _wait_for_flag(job):
    """Job 0 waits until the flag file exists; the others return at once."""
    import time

    i, flag = job
    while i == 0 and not Path(flag).exists():
        time.sleep(0.02)
    return i


def test_workers_do_not_run_ahead_of_the_output_by_more_than_the_window(tmp_path):
    from coopdocs.workers import parallel

    window, n = 6, 20
    flag = tmp_path / "go"
    work = [(i, str(flag)) for i in range(n)]
    order_next = [0]
    delivered = []
    seen_while_blocked = []

    def deliver(i, outcome):
        delivered.append(i)
        if i == 0:
            order_next[0] = n  # the output got its first document: the rest may go
            return
        if 0 not in delivered:
            seen_while_blocked.append(i)
        if len(seen_while_blocked) == window - 1:
            flag.touch()  # every job inside the window is done: let job 0 finish

    parallel(_wait_for_flag, work, 2, deliver, admit=lambda i: i < order_next[0] + window,
             weight=lambda i: 2**30)  # one job a task
    assert sorted(delivered) == list(range(n))
    assert sorted(seen_while_blocked) == list(range(1, window))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stream") / "in"
    folder.mkdir()
    for k in range(4):  # more documents than workers, some without any figure
        for name, text in TEXTS.items():
            (folder / f"{name}-{k}.txt").write_text(text * (k + 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "html"])
def test_two_workers_write_the_same_bytes_as_one(folder, tmp_path, fmt):
    runner = CliRunner()
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}.{fmt}"
        res = runner.invoke(main, ["extract", "-q", "--format", fmt, "-j", jobs, "-o", str(out),
                                   str(folder)])
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    if fmt == "jsonl":
        paths = [json.loads(line)["source"]["path"] for line in outs[0].splitlines()]
        assert paths == sorted(str(p) for p in folder.iterdir())


def test_two_workers_fill_the_same_workbook_as_one(folder, tmp_path):
    runner = CliRunner()
    books = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}.xlsx"
        res = runner.invoke(main, ["extract", "-q", "--format", "xlsx", "-j", jobs, "-o",
                                   str(out), str(folder)])
        assert res.exit_code == 0, res.output
        book = openpyxl.load_workbook(out)
        books.append({s.title: list(s.iter_rows(values_only=True)) for s in book.worksheets})
    assert books[0] == books[1]
    assert len(books[0]["Figures"]) > len(TEXTS)


def test_a_process_builds_its_pipelines_afresh_after_many_characters(tmp_path, monkeypatch):
    from coopdocs import batch
    from coopdocs.api import load

    doc = tmp_path / "a.txt"
    doc.write_text(TEXTS["a-vi"], encoding="utf-8")
    first, _ = batch._one((str(doc), "vi", False, None))
    before = load("vi")
    monkeypatch.setattr(batch, "RENEW_CHARS", 10**9)
    assert batch._one((str(doc), "vi", False, None))[0] == first and load("vi") is before
    monkeypatch.setattr(batch, "RENEW_CHARS", 1)
    again, _ = batch._one((str(doc), "vi", False, None))
    assert load("vi") is not before and again == first


def _die_on_seven(job):
    import os
    import signal

    if job == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return job * 10


def test_a_worker_dying_in_a_task_of_several_documents_costs_only_its_document():
    from coopdocs.errors import CoopdocsError
    from coopdocs.workers import DIED, parallel

    got = {}
    parallel(_die_on_seven, list(range(40)), 2, lambda i, o: got.setdefault(i, []).append(o),
             weight=lambda i: 1)  # small documents: several a task
    assert sorted(got) == list(range(40)) and all(len(v) == 1 for v in got.values())
    assert isinstance(got[7][0], CoopdocsError) and DIED in str(got[7][0])
    assert all(got[i] == [i * 10] for i in got if i != 7)


@pytest.mark.parametrize("weights, handed, expected", [
    pytest.param([1, 1, 1, 1], [0, 1, 2, 3], [True, True, True, False], id="count-window"),
    pytest.param([2**25, 2**25, 1], [0, 1, 2], [True, True, False], id="bytes-window"),
    pytest.param([2**27, 1], [0, 1], [True, False], id="the-next-always-goes"),
])
def test_documents_are_handed_out_within_the_window(monkeypatch, weights, handed, expected):
    from coopdocs import batch

    monkeypatch.setattr(batch, "WINDOW_BYTES", 2**26)
    order = _InOrder(lambda i, o: None, {}, window=3, weight=lambda i: weights[i])
    assert [order.admit(i) for i in handed] == expected


def _interrupt_after_three(job):
    import os
    import signal
    import time

    if job == 3:
        os.kill(os.getppid(), signal.SIGINT)  # Ctrl-C, as the main process gets it
    elif job > 3:
        time.sleep(1)
    return job


def test_a_stopped_batch_gets_back_what_its_workers_did_in_their_unfinished_tasks():
    from coopdocs.signals import stopping
    from coopdocs.workers import parallel

    got = []
    with stopping(), pytest.raises(KeyboardInterrupt):
        parallel(_interrupt_after_three, list(range(40)), 1, lambda i, o: got.append(o),
                 weight=lambda i: 1)  # one task of the first ten
    assert got[:4] == [0, 1, 2, 3] and got == list(range(len(got))) and len(got) < 10


@pytest.mark.parametrize("names", [
    pytest.param(["a/b.txt", "a-b/c.txt", "a/a/z.txt"], id="separator-first"),
    pytest.param(["a b/x.txt", "a/ b.txt", "ab.txt", "a/b/c.txt", "a.txt"], id="spaces-dots"),
    pytest.param(["ข/ก.txt", "ก/ข.txt", "Đ/a.txt", "d/a.txt"], id="thai-vietnamese"),
])
def test_a_folder_walk_sorts_paths_as_path_objects_compare(tmp_path, names):
    from coopdocs.batch import collect

    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, errors = collect([tmp_path])
    assert not errors
    assert files == [str(p) for p in sorted(tmp_path / n for n in names)]
