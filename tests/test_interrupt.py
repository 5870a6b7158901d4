"""Ctrl-C and SIGTERM on a batch, sent to the real command: the documents done are kept, as
a complete file (or a complete stream), the count is said, exit status 130 (SIGINT or
SIGTERM); ``--resume`` then finishes the file to the bytes an uninterrupted run writes."""
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from coopdocs.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

SMALL = "Toàn tỉnh có {n} hợp tác xã.\n"
SLOW = SMALL.format(n=341) * 8_000  # long enough to be still running when the signal comes
RECORD = b'"schema": "coopdocs.record/1"'


def _batch(folder, slow):
    """Five small documents, a long one, two small ones (names in input order)."""
    folder.mkdir()
    for n in range(8):
        text = slow if n == 5 else SMALL.format(n=100 + n)
        (folder / f"d{n}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def batch(tmp_path):
    return _batch(tmp_path / "in", SLOW)


@pytest.fixture
def slower(tmp_path):
    """The long document long enough to outlast a second's wait too."""
    return _batch(tmp_path / "in", SLOW * 5)


def _cli(args, **kwargs):
    return subprocess.Popen([sys.executable, "-c", "from coopdocs.cli import main; main()", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def _done_in(data: bytes, fmt: str) -> int:
    if fmt == "csv":  # one row each: every small document has one figure
        return max(0, data.count(b"\r\n") - 1)
    return data.count(RECORD) if fmt == "json" else data.count(b"\n")


def _wait_for_records(out, count, proc):
    """Wait until the temporary file beside ``out`` holds ``count`` records."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        for part in out.parent.glob(f".{out.name}.*.part"):
            try:
                if _done_in(part.read_bytes(), out.suffix[1:]) >= count:
                    return
            except FileNotFoundError:
                continue
        time.sleep(0.02)
    raise AssertionError(f"{count} records never appeared")


def _paths(data: bytes, fmt: str) -> list[str]:
    text = data.decode("utf-8-sig")
    if fmt == "json":
        return [r["source"]["path"] for r in json.loads(text)]
    if fmt == "jsonl":
        return [json.loads(line)["source"]["path"] for line in text.splitlines()]
    return [row["document"] for row in csv.DictReader(io.StringIO(text))]


def _uninterrupted(folder, fmt, out):
    res = CliRunner().invoke(main, ["extract", "-q", "--format", fmt, "-o", str(out),
                                    str(folder)])
    assert res.exit_code == 0, res.output
    return out.read_bytes()


@pytest.mark.parametrize("fmt, signum, status, word", [
    pytest.param("json", signal.SIGINT, 130, "interrupted", id="json-SIGINT"),
    pytest.param("jsonl", signal.SIGTERM, 130, "interrupted", id="jsonl-SIGTERM"),
    pytest.param("csv", signal.SIGINT, 130, "interrupted", id="csv-SIGINT"),
])
def test_a_stopped_batch_keeps_the_documents_done_and_resume_finishes_it(
        batch, tmp_path, fmt, signum, status, word):
    out = tmp_path / f"out.{fmt}"
    proc = _cli(["extract", "-q", "--format", fmt, "-o", str(out), str(batch)])
    _wait_for_records(out, 5, proc)
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert stderr.decode() == f"coopdocs: {word} after 5 of 8 documents\n"
    assert _paths(out.read_bytes(), fmt) == [str(batch / f"d{n}.txt") for n in range(5)]
    assert not list(tmp_path.glob("*.part"))

    res = CliRunner().invoke(main, ["extract", "-q", "--format", fmt, "-o", str(out),
                                    "--resume", str(batch)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == _uninterrupted(batch, fmt, tmp_path / f"whole.{fmt}")


def test_with_two_workers_the_documents_done_past_a_slow_one_are_kept_too(slower, tmp_path):
    batch = slower
    out = tmp_path / "out.jsonl"
    proc = _cli(["extract", "-q", "--format", "jsonl", "-j", "2", "-o", str(out), str(batch)])
    _wait_for_records(out, 5, proc)
    time.sleep(1)  # the documents after the slow one finish meanwhile, waiting for their turn
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130 and b"Traceback" not in stderr
    kept = _paths(out.read_bytes(), "jsonl")
    assert stderr.decode() == f"coopdocs: interrupted after {len(kept)} of 8 documents\n"
    every = [str(batch / f"d{n}.txt") for n in range(8)]
    assert kept[:5] == every[:5] and str(batch / "d5.txt") not in kept
    assert kept == [p for p in every if p in kept]  # input order, past the missing one

    res = CliRunner().invoke(main, ["extract", "-q", "--format", "jsonl", "-o", str(out),
                                    "--resume", str(batch)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == _uninterrupted(batch, "jsonl", tmp_path / "whole.jsonl")


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_records_reach_standard_output_as_they_are_done_and_stay_valid(batch, fmt):
    proc = _cli(["extract", "-q", "--format", fmt, str(batch)])
    got = b""
    while _done_in(got, fmt) < 5:  # before the slow document is done
        line = proc.stdout.readline()
        assert line, proc.communicate()
        got += line
    proc.send_signal(signal.SIGINT)
    rest = proc.stdout.read()  # through the buffer readline filled
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 130
    assert stderr.decode() == "coopdocs: interrupted after 5 of 8 documents\n"
    assert len(_paths(got + rest, fmt)) == 5  # the JSON array is closed


def test_a_crash_never_leaves_a_partial_file_in_place_of_the_old_one(batch, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the user's own file\n")
    proc = _cli(["extract", "-q", "--format", "jsonl", "-o", str(out), str(batch)])
    _wait_for_records(out, 3, proc)
    assert out.read_bytes() == b"the user's own file\n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert out.read_bytes() == b"the user's own file\n"
