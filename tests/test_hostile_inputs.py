"""Nothing a file, a folder or a record holds ends a batch: every such case is one line on
stderr naming the file, the other documents are written, and nothing blocks or is replaced."""
import decimal
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile

import docx
import pytest
from click.testing import CliRunner

from coopdocs import readers
from coopdocs.batch import collect
from coopdocs.cli import main

GOOD = "Toàn tỉnh có 341 hợp tác xã.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _errors(res):
    return [line for line in res.stderr.splitlines() if line.strip()]


def _one_line_for(res, bad, message):
    errors = _errors(res)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"coopdocs: {bad}: ") and message in errors[0], errors[0]
    assert "Traceback" not in res.output


# ---------------------------------------------------------------- files that are not files

def _fifo(p):
    os.mkfifo(p)


def _link_to_dev_zero(p):
    p.symlink_to("/dev/zero")


def _socket(p):
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(p))
    return s


def _docx(paragraphs=("Toàn tỉnh có 341 hợp tác xã.",)):
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rewrite_docx(p, change):
    """A .docx whose entries pass through ``change(zip_out, name, data)``."""
    src = zipfile.ZipFile(io.BytesIO(_docx()))
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            change(out, info.filename, src.read(info.filename))


def _bomb(p):
    def change(out, name, data):
        if name == "word/document.xml":  # 4 MB of one paragraph repeated: ~300:1
            para = "<w:p><w:r><w:t>Có 12 HTX.</w:t></w:r></w:p>".encode()
            data = data.replace(b"<w:body>", b"<w:body>" + para * (4_000_000 // len(para)), 1)
        out.writestr(name, data)
    _rewrite_docx(p, change)


def _duplicate_entry(p):
    def change(out, name, data):
        out.writestr(name, data)
        if name == "word/document.xml":
            with pytest.warns(UserWarning, match="Duplicate name"):
                out.writestr(name, data.replace(b"341", b"999"))
    _rewrite_docx(p, change)


@pytest.mark.parametrize("name, make, message", [
    pytest.param("pipe.txt", _fifo, "named pipe (FIFO)", id="fifo"),
    pytest.param("zero.txt", _link_to_dev_zero, "character device", id="link-to-dev-zero"),
    pytest.param("sock.txt", _socket, "a socket", id="socket"),
    pytest.param("bomb.docx", _bomb, "compression bomb", id="docx-bomb"),
    pytest.param("twice.docx", _duplicate_entry, "is in the file twice", id="docx-duplicate-entry"),
])
def test_hostile_file_is_one_line_and_the_rest_is_written(runner, good, tmp_path, name, make, message):
    bad = tmp_path / name
    keep = make(bad)
    res = runner.invoke(main, ["extract", str(bad), str(good)])
    if keep is not None:
        keep.close()
    assert res.exit_code == 1
    _one_line_for(res, bad, message)
    assert [r["source"]["path"] for r in json.loads(res.stdout)] == [str(good)]


def test_fifo_inside_a_folder_is_refused_not_waited_for(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    res = runner.invoke(main, ["extract", "--format", "jsonl", str(folder)])
    assert res.exit_code == 1
    _one_line_for(res, folder / "b.txt", "FIFO")
    assert len(res.stdout.splitlines()) == 1


def test_a_file_over_the_size_cap_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(readers.files, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 100, encoding="utf-8")
    with pytest.raises(readers.InputError, match=r"too large \(3700 bytes; coopdocs reads files "
                                                   r"of at most 1000 bytes\)"):
        readers.read_source(big)


def test_docx_xml_over_the_total_cap_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(readers.word, "MAX_DOCX_XML", 10_000)
    path = tmp_path / "long.docx"
    path.write_bytes(_docx(["Có 12 HTX."] * 10))
    with pytest.raises(readers.InputError, match="XML inflates to"):
        readers.read_source(path)


def test_docx_images_are_not_inflated_and_its_text_is_read(tmp_path):
    """A big, highly compressible image does not count: only XML is inflated."""
    path = tmp_path / "photo.docx"

    def change(out, name, data):
        out.writestr(name, data)
        if name == "word/document.xml":
            out.writestr("word/media/image1.png", b"\0" * 30_000_000)
    _rewrite_docx(path, change)
    assert readers.read_text(path) == "Toàn tỉnh có 341 hợp tác xã."


# ---------------------------------------------------------------- HTML as browsers read it

@pytest.mark.parametrize("markup, text", [
    pytest.param("<!DOCTYPE html><meta charset=utf-8><title>Tin</title><p>Có 12 HTX", "Có 12 HTX",
                 id="no-head-end-tag"),
    pytest.param("<html><head><title>Tin</title><body><p>Có 12 HTX</p>", "Có 12 HTX",
                 id="no-head-end-no-doctype"),
    pytest.param("<p>Có 12 HTX</p><!-- Có 99 HTX <p>nháp", "Có 12 HTX", id="unclosed-comment"),
    pytest.param("<p>Có <b>12<i> HTX</b> mới</i></p><p>Dòng 2", "Có 12 HTX mới\nDòng 2",
                 id="misnested-inline"),
    pytest.param("<ul><li>Một<li>Hai</ul>", "Một\nHai", id="implied-end-tags"),
    pytest.param("<p>a&#xD800;b &amp; c</p>", "a\ufffdb & c", id="surrogate-reference"),
    pytest.param("<div>" * 5000 + "Có 12 HTX", "Có 12 HTX", id="5000-nested-divs"),
    pytest.param("<p>Có<script>var n = 99;</script> 12<style>p{}</style> HTX<template>x</template>",
                 "Có 12 HTX", id="hidden-elements"),
])
def test_html_visible_text(markup, text):
    assert readers.html_text(markup) == text


def test_html_nested_too_deep_is_refused_before_parsing(runner, good, tmp_path):
    """An HTML5 parser spends time in the square of the depth of open blocks."""
    page = tmp_path / "deep.html"
    page.write_text("<ul><li>" * 20_000 + GOOD, encoding="utf-8")
    res = runner.invoke(main, ["extract", str(page), str(good)])
    assert res.exit_code == 1
    _one_line_for(res, page, "refused HTML: block elements nested 20000 deep (at most 5000)")


def test_readers_doctests():
    import doctest

    result = doctest.testmod(readers.webpage)
    assert result.attempted >= 2 and result.failed == 0


def test_html_without_head_end_tag_is_a_document(runner, tmp_path):
    page = tmp_path / "tin.html"
    page.write_text("<html><head><meta charset=utf-8><title>Tin</title><body><p>" + GOOD,
                    encoding="utf-8")
    res = runner.invoke(main, ["extract", str(page)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["figures"][0]["text"] == "341 hợp tác xã"


# ---------------------------------------------------------------- folder walks

def test_links_out_of_the_folder_are_not_followed_unless_asked(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "a.txt")  # inside: read
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "more").symlink_to(outside)
    (folder / "loop").symlink_to(folder)
    (folder / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    files, errors = collect([folder])
    assert files == [str(folder / "a.txt"), str(folder / "b.txt")]
    assert sorted(str(e) for e in errors) == [
        f"{folder / 'gone.txt'}: broken symbolic link",
        (f"{folder / 'leak.txt'}: not followed: a symbolic link to a file outside the folder "
         "(--follow-links follows it)"),
        (f"{folder / 'more'}: not followed: a symbolic link to a folder outside the folder "
         "(--follow-links follows it)"),
    ]
    files, errors = collect([folder], follow_links=True)
    assert files == [str(folder / n) for n in ("a.txt", "b.txt", "leak.txt", "more/secret.txt")]
    assert [str(e) for e in errors] == [f"{folder / 'gone.txt'}: broken symbolic link"]


def test_cli_follow_links(runner, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").symlink_to(outside / "x.txt")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    res = runner.invoke(main, ["extract", "--format", "jsonl", str(folder)])
    assert res.exit_code == 1 and len(res.stdout.splitlines()) == 1
    _one_line_for(res, folder / "x.txt", "--follow-links")
    res = runner.invoke(main, ["extract", "--format", "jsonl", "--follow-links", str(folder)])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 2


def test_an_unreadable_subfolder_is_reported(runner, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path):  # as root, chmod 000 would not stop the walk: refuse it here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    res = runner.invoke(main, ["extract", "--format", "jsonl", str(folder)])
    assert res.exit_code == 1 and len(res.stdout.splitlines()) == 1
    _one_line_for(res, folder / "locked", "folder not read: Permission denied")


# ---------------------------------------------------------------- failures inside one document

def _boom(monkeypatch, exc_for):
    import coopdocs.api

    real = coopdocs.api.extract_text

    def extract_text(text, *args, **kwargs):
        for marker, exc in exc_for.items():
            if marker in text:
                if exc == "die":
                    os.kill(os.getpid(), signal.SIGKILL)
                raise exc
        return real(text, *args, **kwargs)
    monkeypatch.setattr(coopdocs.api, "extract_text", extract_text)


def _batch(tmp_path, names):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / f"{name}.txt").write_text(f"{name.upper()} " + GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("exc", [
    pytest.param(decimal.InvalidOperation([decimal.ConversionSyntax]), id="invalid-operation"),
    pytest.param(RecursionError("maximum recursion depth exceeded"), id="recursion"),
    pytest.param(MemoryError(), id="memory"),
    pytest.param(KeyError("x\ny"), id="multi-line-message"),
])
def test_any_exception_in_one_document_is_one_line(runner, tmp_path, monkeypatch, jobs, exc):
    _boom(monkeypatch, {"BAD": exc})
    folder = _batch(tmp_path, ["a", "bad", "c"])
    res = runner.invoke(main, ["extract", "--format", "jsonl", "-j", jobs, str(folder)])
    assert res.exit_code == 1
    _one_line_for(res, folder / "bad.txt", f"extraction failed ({type(exc).__name__}")
    assert [json.loads(line)["source"]["path"] for line in res.stdout.splitlines()] == [
        str(folder / "a.txt"), str(folder / "c.txt")]


def test_a_worker_that_dies_costs_only_its_document(runner, tmp_path, monkeypatch):
    _boom(monkeypatch, {"BAD": "die"})
    folder = _batch(tmp_path, ["a", "b", "bad", "d", "e"])
    res = runner.invoke(main, ["extract", "--format", "jsonl", "-j", "2", str(folder)])
    assert res.exit_code == 1
    _one_line_for(res, folder / "bad.txt", "worker process died")
    assert [json.loads(line)["source"]["path"].rsplit("/", 1)[1]
            for line in res.stdout.splitlines()] == ["a.txt", "b.txt", "d.txt", "e.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_past_the_time_limit_is_stopped_and_the_rest_go_on(runner, tmp_path,
                                                                      monkeypatch, jobs):
    import coopdocs.api

    real = coopdocs.api.extract_text

    def extract_text(text, *args, **kwargs):
        if "SLOW" in text:
            time.sleep(600)
        return real(text, *args, **kwargs)
    monkeypatch.setattr(coopdocs.api, "extract_text", extract_text)
    folder = _batch(tmp_path, ["a", "slow", "c", "d"])
    res = runner.invoke(main, ["extract", "--format", "jsonl", "--timeout", "2", "-j", jobs,
                               str(folder)])
    assert res.exit_code == 1
    _one_line_for(res, folder / "slow.txt", "stopped after 2 s (--timeout)")
    assert [json.loads(line)["source"]["path"].rsplit("/", 1)[1]
            for line in res.stdout.splitlines()] == ["a.txt", "c.txt", "d.txt"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "html"])
@pytest.mark.parametrize("field, bad", [
    pytest.param("value", 10 ** 5000, id="int-too-long-to-print"),
    pytest.param("unit", "x\ud800y", id="lone-surrogate"),
])
def test_a_record_that_cannot_be_written_is_one_line(runner, tmp_path, monkeypatch, fmt, field,
                                                      bad):
    import coopdocs.api

    real = coopdocs.api.extract_text

    def extract_text(text, *args, **kwargs):
        rec = real(text, *args, **kwargs)
        if "BAD" in text:
            rec["figures"][0][field] = bad
        return rec
    monkeypatch.setattr(coopdocs.api, "extract_text", extract_text)
    folder = _batch(tmp_path, ["a", "bad"])
    out = tmp_path / f"out.{fmt}"
    res = runner.invoke(main, ["extract", "--format", fmt, "-o", str(out), str(folder)])
    assert res.exit_code == 1
    _one_line_for(res, folder / "bad.txt", f"cannot be written as {fmt}")
    written = out.read_text(encoding="utf-8-sig")
    assert str(folder / "a.txt") in written and str(folder / "bad.txt") not in written


# ---------------------------------------------------------------- outputs

def test_output_onto_a_fifo_streams_into_it(runner, good, tmp_path):
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    res = runner.invoke(main, ["extract", "--format", "jsonl", "-o", str(fifo), str(good)])
    out, _ = reader.communicate(timeout=60)
    assert res.exit_code == 0, res.output
    assert json.loads(out)["source"]["path"] == str(good)
    assert fifo.is_fifo()


def test_output_onto_a_device_is_written_in_place(runner, good, tmp_path):
    null = tmp_path / "null"
    null.symlink_to("/dev/null")
    res = runner.invoke(main, ["extract", "-o", str(null), str(good)])
    assert res.exit_code == 0, res.output
    assert null.is_symlink() and os.path.realpath(null) == "/dev/null"
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_output_onto_a_full_device_is_one_line(runner, good, tmp_path):
    full = tmp_path / "full"  # a link: code that replaced the device would replace the link
    full.symlink_to("/dev/full")
    res = runner.invoke(main, ["extract", "-o", str(full), str(good)])
    assert res.exit_code == 1
    _one_line_for(res, full, "No space left on device")
    assert full.is_symlink()


def test_output_through_a_link_keeps_the_link_and_the_mode(runner, good, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    res = runner.invoke(main, ["extract", "-o", str(link), str(good)])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["figures"]
    assert real.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("errno_, words", [
    pytest.param(30, "Read-only file system", id="EROFS"),
    pytest.param(13, "Permission denied", id="EACCES"),
])
def test_output_folder_that_cannot_be_written_is_one_line(runner, good, tmp_path, monkeypatch,
                                                          errno_, words):
    import tempfile

    def mkstemp(*args, **kwargs):
        raise OSError(errno_, os.strerror(errno_))
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    out = tmp_path / "out.json"
    res = runner.invoke(main, ["extract", "-o", str(out), str(good)])
    assert res.exit_code == 1
    _one_line_for(res, out, words)
    assert not out.exists()


def test_disk_full_while_writing_leaves_nothing(runner, good, tmp_path, monkeypatch):
    def fsync(fd):
        raise OSError(28, os.strerror(28))
    monkeypatch.setattr(os, "fsync", fsync)
    out = tmp_path / "out.json"
    res = runner.invoke(main, ["extract", "-o", str(out), str(good)])
    assert res.exit_code == 1
    _one_line_for(res, out, "No space left on device")
    assert list(tmp_path.iterdir()) == [good]


def test_a_reader_that_goes_away_ends_the_output_quietly(good):
    proc = _cli(["extract", "--format", "jsonl", str(good), str(good), str(good)])
    proc.stdout.close()  # as `| head -0` does
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0 and stderr == ""


def _cli(args, **kwargs):
    return subprocess.Popen([sys.executable, "-c", "from coopdocs.cli import main; main()", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_file_size_limit_is_one_line_and_leaves_nothing(good, tmp_path):
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))
    out = tmp_path / "out.json"
    proc = _cli(["extract", "-o", str(out), str(good)], preexec_fn=limit)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert stderr.strip() == f"coopdocs: {out}: cannot write: File too large"
    assert list(tmp_path.iterdir()) == [good]


def _children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except FileNotFoundError:
        return []


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc")
@pytest.mark.parametrize("signum, status, word", [
    pytest.param(signal.SIGTERM, 130, "interrupted", id="SIGTERM"),
    pytest.param(signal.SIGINT, 130, "interrupted", id="SIGINT"),
])
def test_signals_end_the_workers(tmp_path, signum, status, word):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):  # FIFOs would be refused; long documents keep the workers busy
        (folder / f"{i}.txt").write_text(GOOD * 20_000, encoding="utf-8")
    proc = _cli(["extract", "-q", "--lang", "vi", "-j", "2", "-o", str(tmp_path / "o.json"),
                 str(folder)])
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = _children(proc.pid)
    assert len(workers) >= 2
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert stderr.strip() == f"coopdocs: {word} after 0 of 6 documents"  # nothing done: no file
    deadline = time.monotonic() + 30
    while any(os.path.exists(f"/proc/{w}") and _alive(w) for w in workers):
        assert time.monotonic() < deadline, "workers outlived the main process"
        time.sleep(0.1)
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "o.json").exists()


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# ---------------------------------------------------------------- records files for render

@pytest.mark.parametrize("make, message", [
    pytest.param(_fifo, "named pipe (FIFO)", id="fifo"),
    pytest.param(_link_to_dev_zero, "character device", id="link-to-dev-zero"),
])
def test_render_refuses_a_records_file_that_is_not_a_file(runner, tmp_path, make, message):
    bad = tmp_path / "records.json"
    make(bad)
    out = tmp_path / "out.docx"
    res = runner.invoke(main, ["render", "plan-vi", str(bad), "-o", str(out)])
    assert res.exit_code == 1
    _one_line_for(res, bad, message)
    assert not out.exists()
