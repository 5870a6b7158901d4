"""`coopdocs progress ... -o REPORT.docx --pdf`: the Word report and its PDF beside it, through
the same LibreOffice conversion as `coopdocs render --pdf`; asked for anything but a Word
report, or without LibreOffice, it is one line and nothing is written."""
import shutil

import pytest
from click.testing import CliRunner
from progress_data import AN_LAC_2026, AN_LAC_PLAN, DATA

from coopdocs.cli import main
from coopdocs.render import pdf

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
AN_LAC = [str(DATA / AN_LAC_PLAN), "--results", str(DATA / AN_LAC_2026)]


def run(*args):
    return CliRunner().invoke(main, ["progress", *AN_LAC, *map(str, args)])


@pytest.mark.parametrize("args, message", [
    pytest.param(["-o", "{tmp}/progress.json"], "--pdf writes the Word report", id="json-output"),
    pytest.param([], "--pdf writes the Word report", id="standard-output"),
])
def test_pdf_needs_a_word_report(tmp_path, args, message):
    res = run("--pdf", *[a.format(tmp=tmp_path) for a in args])
    assert res.exit_code == 2 and message in res.stderr, res.output
    assert list(tmp_path.iterdir()) == []


def test_pdf_without_libreoffice_is_one_line_and_nothing_written(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "soffice", lambda: None)
    res = run("-o", tmp_path / "danh-gia.docx", "--pdf")
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"coopdocs: {tmp_path / 'danh-gia.pdf'}: --pdf needs "
                                  "LibreOffice (soffice), which is not installed "
                                  "(apt-get install libreoffice-writer); nothing written")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (CI installs it)")
def test_pdf_through_libreoffice(tmp_path):
    res = run("-o", tmp_path / "danh-gia.docx", "--pdf", "--set", "agency=UBND tỉnh An Lạc")
    assert res.exit_code == 0, res.output
    assert (tmp_path / "danh-gia.docx").stat().st_size > 0
    data = (tmp_path / "danh-gia.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/Type /Page" in data.replace(b"/Type/Page", b"/Type /Page")
