""".doc, .odt and .rtf read through LibreOffice: made by LibreOffice itself from corpus texts
(as numbered Word documents), they score as the .txt; without LibreOffice, one clear line."""
import subprocess

import pytest
from click.testing import CliRunner
from office_inputs import numbered_docx
from scoring import compare, corpus_texts, place, text_of

from coopdocs.cli import main
from coopdocs.errors import InputError
from coopdocs.readers import office, read_source

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")
SOURCES = corpus_texts("vi", limit=2) + corpus_texts("th", limit=1)  # LibreOffice is slow


def _libreoffice_made(folder, target: str) -> None:
    """Every .docx under ``folder`` converted by LibreOffice to ``target`` beside it (the
    .docx then removed), in one run with a profile of its own."""
    for lang_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        docs = sorted(lang_dir.glob("*.docx"))
        subprocess.run([office.soffice(), f"-env:UserInstallation={(folder / 'p').as_uri()}",
                        "--headless", "--norestore", "--convert-to", target, "--outdir",
                        str(lang_dir), *map(str, docs)], check=True, capture_output=True,
                       timeout=600)
        for d in docs:
            assert d.with_suffix(f".{target}").is_file(), d
            d.unlink()


@needs_office
@pytest.mark.parametrize("target", ["odt", "rtf", "doc"])
def test_libreoffice_files_score_as_the_txt(tmp_path, target):
    for source in SOURCES:
        text = text_of(source).rstrip("\n")
        place(tmp_path / "txt", source, ".txt", text.encode("utf-8"))
        place(tmp_path / target, source, ".docx", numbered_docx(text))
    _libreoffice_made(tmp_path / target, target)
    assert compare(tmp_path / "txt", tmp_path / target) == {}


@needs_office
def test_an_odt_keeps_its_list_numbers(tmp_path):
    text = "KẾ HOẠCH\nI. Mục tiêu\n1. Có 30 hợp tác xã.\na) Thành lập mới 5 hợp tác xã.\n- Ghi chú"
    f = tmp_path / "k.docx"
    f.write_bytes(numbered_docx(text))
    subprocess.run([office.soffice(), f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--headless", "--convert-to", "odt", "--outdir", str(tmp_path), str(f)],
                   check=True, capture_output=True, timeout=300)
    assert read_source(tmp_path / "k.odt").text == text


def test_without_libreoffice_one_line_names_it(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "PROGRAMS", ("no-such-office-program",))
    f = tmp_path / "old.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(InputError, match="needs LibreOffice, which is not installed"):
        read_source(f)
    res = CliRunner().invoke(main, ["extract", str(f)])
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [
        (f"coopdocs: {f}: reading .doc files needs LibreOffice, which is not installed (no "
        "soffice program on the PATH); install it, or save the file as .docx")]


@needs_office
def test_a_file_libreoffice_cannot_read_is_one_line(tmp_path):
    f = tmp_path / "broken.odt"
    f.write_bytes(b"PK\x03\x04 not really a document")
    res = CliRunner().invoke(main, ["extract", str(f)])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "broken.odt" in res.stderr
    assert "Traceback" not in res.stderr


def test_a_conversion_that_takes_too_long_is_stopped(tmp_path, monkeypatch):
    """A program that never ends is ended (with all it started) after the timeout."""
    slow = tmp_path / "soffice"
    slow.write_text("#!/bin/sh\nsleep 600 &\nsleep 600\n", encoding="utf-8")
    slow.chmod(0o755)
    monkeypatch.setattr(office, "soffice", lambda: str(slow))
    monkeypatch.setattr(office, "TIMEOUT", 0.5)
    f = tmp_path / "slow.rtf"
    f.write_bytes(b"{\\rtf1 Hello}")
    with pytest.raises(InputError, match="LibreOffice took longer than 0.5 s"):
        read_source(f)
