"""Text typed before Unicode: TCVN3, VNI and Windows-1258 Vietnamese, Windows-874 Thai, in
.txt, .html and .docx runs; told apart, converted to NFC, named in source.encoding with a
warning, and scored as the same text in UTF-8."""
import json
import unicodedata
import warnings

import pytest
from click.testing import CliRunner
from office_inputs import numbered_docx
from scoring import compare, corpus_texts, place, text_of

from coopdocs import extract
from coopdocs.cli import main
from coopdocs.errors import InputError
from coopdocs.readers import legacy, read_source

BASES = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u",
         "u\u031b", "y"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
SMALL = [unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES] + ["đ"]
SMALL = [c for c in SMALL if not c.isascii()]
CAPITALS = [c.upper() for c in SMALL]


def test_every_vietnamese_letter_is_counted():
    assert len(SMALL) == 67 and len(set(SMALL + CAPITALS)) == 134


@pytest.mark.parametrize("name", ["vni", "windows-1258"])
def test_every_letter_both_ways(name):
    code = legacy.code(name)
    for ch in SMALL + CAPITALS:
        assert code.decode(code.encode(ch)) == ch, ch


def test_tcvn3_small_letters_and_untoned_capitals_both_ways():
    code = legacy.code("tcvn3")
    for ch in SMALL + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]:  # inside a line: no sentence start
        assert code.decode(code.encode(f"n{ch}")) == f"n{ch}", ch


def test_tcvn3_toned_capitals_come_back_in_words_of_capitals():
    """TCVN3 has no byte for most toned capitals: they are typed as small letters in a capital
    font, and a word of capitals makes them capitals again."""
    code = legacy.code("tcvn3")
    for ch in CAPITALS:
        assert code.decode(code.encode(f"N{ch}N")) == f"N{ch}N", ch


@pytest.mark.parametrize("name,data,text", [
    pytest.param("tcvn3", b"H\xeep t\xb8c x\xb7", "Hợp tác xã", id="tcvn3"),
    pytest.param("tcvn3", b"\xa7\xb6ng \xf1y", "Đảng ủy", id="tcvn3-capital-d"),
    pytest.param("tcvn3", b"C\xe9NG HO\xb5 X\xb7 H\xe9I", "CỘNG HOÀ XÃ HỘI", id="tcvn3-capitals"),
    pytest.param("vni", b"Ho\xe4i ngh\xf2", "Hội nghị", id="vni"),
    pytest.param("vni", b"\xd1O\xc4C LA\xc4P", "ĐỘC LẬP", id="vni-capitals"),
    pytest.param("vni", b"H\xf4\xefp ta\xf9c xa\xf5 n\xf6\xf4\xf9c", "Hợp tác xã nước",
                 id="vni-horns"),
])
def test_known_bytes(name, data, text):
    """Bytes of the published tables (TCVN 5712:1993; VNI-Windows)."""
    assert legacy.code(name).decode(data) == text


VI = corpus_texts("vi")
TH = corpus_texts("th")


@pytest.mark.parametrize("name", ["tcvn3", "vni", "windows-1258"])
@pytest.mark.parametrize("source", VI[:4], ids=lambda p: p.stem[:30])
def test_a_vietnamese_file_is_told_and_converted(tmp_path, source, name):
    original = unicodedata.normalize("NFC", text_of(source))
    f = tmp_path / "old.txt"
    f.write_bytes(legacy.code(name).encode(original))
    with pytest.warns(legacy.LegacyEncodingWarning, match=name):
        got = read_source(f)
    assert got.about == {"encoding": name}
    if name == "tcvn3":  # no capital Ủ in TCVN3 but at the start of a line or sentence
        original = original.replace(" Ủy", " ủy")
    assert got.text == original


@pytest.mark.parametrize("source", TH[:4], ids=lambda p: p.stem[:30])
def test_a_thai_file_in_windows_874(tmp_path, source):
    original = text_of(source)
    f = tmp_path / "old.txt"
    f.write_bytes(legacy.code("cp874").encode(original))
    with pytest.warns(legacy.LegacyEncodingWarning):
        got = read_source(f)
    assert got.text == original and got.about == {"encoding": "cp874"}


def test_unicode_files_are_left_alone(tmp_path):
    f = tmp_path / "new.txt"
    f.write_text("Hợp tác xã có 12 thành viên", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        record = extract(f)
    assert record["source"]["encoding"] is None


def test_bytes_in_no_code_are_refused_naming_them(tmp_path):
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(InputError, match="not UTF-8 text .* no text in .*tcvn3.*vni"):
        read_source(f)


def test_the_command_line_warns_and_names_the_code(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes(legacy.code("tcvn3").encode(text_of(VI[0])))
    res = CliRunner().invoke(main, ["extract", str(f)])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["source"]["encoding"] == "tcvn3"
    assert f"coopdocs: warning: {f}: converted from the legacy encoding tcvn3" in res.stderr


HTML_LINE = "Năm 2024 toàn tỉnh có 215 hợp tác xã, tăng 12 hợp tác xã so với năm 2023."


def test_a_web_page_drawn_in_a_vntime_font(tmp_path):
    """A UTF-8 page whose text was typed in TCVN3 and is drawn in .VnTime."""
    typed = legacy.code("tcvn3").encode(HTML_LINE).decode("cp1252")
    f = tmp_path / "page.html"
    f.write_text(f"<html><body><h1>Tin tức</h1><p style=\"font-family:.VnTime\">{typed}</p>"
                 "</body></html>", encoding="utf-8")
    with pytest.warns(legacy.LegacyEncodingWarning):
        got = read_source(f)
    assert got.text == f"Tin tức\n{HTML_LINE}" and got.about == {"encoding": "tcvn3"}


def test_a_web_page_saved_in_vni(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes(b"<html><head><meta charset='windows-1252'></head><body><p>"
                  + legacy.code("vni").encode(HTML_LINE) + b"</p></body></html>")
    with pytest.warns(legacy.LegacyEncodingWarning):
        assert read_source(f).text == HTML_LINE


@pytest.mark.parametrize("font,name,shown", [
    pytest.param(".VnTime", "tcvn3", HTML_LINE, id="vntime"),
    pytest.param(".VnTimeH", "tcvn3", HTML_LINE.upper(), id="vntimeh-capitals"),
    pytest.param("VNI-Times", "vni", HTML_LINE, id="vni-times"),
])
def test_word_runs_in_legacy_fonts(tmp_path, font, name, shown):
    code = legacy.code(name)
    data = numbered_docx(f"BÁO CÁO\n{HTML_LINE}", font=font,
                         encode=lambda s: code.encode(s).decode("cp1252"))
    f = tmp_path / "old.docx"
    f.write_bytes(data)
    with pytest.warns(legacy.LegacyEncodingWarning):
        got = read_source(f)
    assert got.text.split("\n")[1] == shown and got.about == {"encoding": name}


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_files_score_as_their_utf8_text(tmp_path, name):
    """Every annotated Vietnamese corpus text, typed in the code, scores as the .txt does."""
    for source in VI:
        text = text_of(source)
        if not unicodedata.is_normalized("NFC", text):
            continue  # a decomposed text: no 8-bit code writes one
        place(tmp_path / "utf8", source, ".txt", text.encode("utf-8"))
        place(tmp_path / name, source, ".txt", legacy.code(name).encode(text))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", legacy.LegacyEncodingWarning)
        assert compare(tmp_path / "utf8", tmp_path / name) == {}


def test_windows_874_files_score_as_their_utf8_text(tmp_path):
    for source in TH:
        place(tmp_path / "utf8", source, ".txt", text_of(source).encode("utf-8"))
        place(tmp_path / "cp874", source, ".txt", legacy.code("cp874").encode(text_of(source)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", legacy.LegacyEncodingWarning)
        assert compare(tmp_path / "utf8", tmp_path / "cp874") == {}


def test_a_word_file_mixing_fonts_names_both_codes(tmp_path):
    import docx

    d = docx.Document()
    p = d.add_paragraph()
    for font, name, text in ((".VnTime", "tcvn3", "Hợp tác xã "), ("Times New Roman", None, "và "),
                             ("VNI-Times", "vni", "tổ hợp tác")):
        run = p.add_run(legacy.code(name).encode(text).decode("cp1252") if name else text)
        run.font.name = font
    f = tmp_path / "mixed.docx"
    d.save(f)
    with pytest.warns(legacy.LegacyEncodingWarning):
        got = read_source(f)
    with pytest.warns(legacy.LegacyEncodingWarning):
        record = extract(f)
    assert got.text == "Hợp tác xã và tổ hợp tác" and got.about == {"encoding": "tcvn3+vni"}
    assert record["source"]["encoding"] == "tcvn3+vni"


def test_the_font_of_the_paragraph_style_counts_and_a_theme_font_stops_it(tmp_path):
    """Normal set in .VnTime converts its paragraphs; a heading whose style names a theme
    font (Word draws it in that font) is left as Word shows it."""
    import docx

    d = docx.Document()
    d.styles["Normal"].font.name = ".VnTime"
    tcvn3 = legacy.code("tcvn3")
    d.add_paragraph(tcvn3.encode(HTML_LINE).decode("cp1252"))
    d.add_heading(level=1).add_run("B\xb8O C\xb8O")
    d.save(tmp_path / "style.docx")
    with pytest.warns(legacy.LegacyEncodingWarning):
        assert read_source(tmp_path / "style.docx").text == f"{HTML_LINE}\nB\xb8O C\xb8O"
