"""PDFs and scans, made here from the corpus texts: scored as the same text as .txt is; Thai
font damage repaired; files without text, bombs and corrupt files refused in one line."""
import functools
import json
import shutil
import unicodedata
import zlib

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from pdfmaker import (
    f1,
    libreoffice_pdfs,
    libreoffice_typeset,
    render_page,
    reportlab_pdf,
    soffice,
    thai_font_damage,
)

from coopdocs import extract_text
from coopdocs.cli import main
from coopdocs.readers import Options, read_source, read_text
from coopdocs.readers import pdf as pdf_reader

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")
needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) not installed")

LANGS = ("th", "vi")
TOLERANCE = 0.02


def _texts(lang):
    return sorted(p for p in (CORPUS / lang).glob("*.txt") if p.with_suffix(".gold.json").exists())


def _mean_f1(pairs, lang):
    """Mean F1 over (document, text) pairs against each text file's gold."""
    scores = []
    for txt, doc, text in pairs:
        scores.append(f1(doc, txt.with_suffix(".gold.json"), text, extract_text(text, lang)))
    return sum(scores) / len(scores)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """lang -> producer -> [(text file, pdf)]."""
    out = tmp_path_factory.mktemp("pdfs")
    made = {}
    for lang in LANGS:
        texts = _texts(lang)
        rl = [reportlab_pdf(t.read_text(encoding="utf-8-sig"), out / f"rl-{lang}-{t.stem}.pdf",
                            header="Báo cáo / รายงาน") for t in texts]
        made[lang] = {"reportlab": list(zip(texts, rl))}
        if soffice():
            made[lang]["libreoffice"] = list(zip(texts, libreoffice_pdfs(texts, out / lang)))
    return made


# A Thai line that LibreOffice ends at a space loses the space (it draws none there), and
# Thai words run together: the PDF cannot tell that a space stood between two Thai words there.
LINE_END_SPACE = pytest.mark.xfail(strict=True, reason=(
    "a space between two Thai words at a line end is not in the PDF: a name and a deadline "
    "run into the words before them"))
KNOWN_GAPS = {("libreoffice", "chaeng-sarup-prachum-khruea-khai-sahakon-chainat-2-2563"):
              LINE_END_SPACE}


def _cases():
    for lang in LANGS:
        for txt in _texts(lang):
            for producer in ("libreoffice", "reportlab"):
                marks = [needs_soffice] if producer == "libreoffice" else []
                gap = KNOWN_GAPS.get((producer, txt.stem))
                yield pytest.param(lang, producer, txt.stem, marks=[*marks, *([gap] if gap else [])],
                                   id=f"{producer}-{lang}-{txt.stem}")


@functools.cache
def _txt_f1(lang, stem):
    txt = CORPUS / lang / f"{stem}.txt"
    return _mean_f1([(txt, txt, txt.read_text(encoding="utf-8-sig"))], lang)


@pytest.mark.parametrize("lang, producer, stem", list(_cases()))
def test_pdf_scores_as_the_text_does(made, lang, producer, stem):
    (txt, pdf), = [(t, p) for t, p in made[lang][producer] if t.stem == stem]
    as_pdf = _mean_f1([(txt, pdf, read_text(pdf))], lang)
    assert as_pdf >= _txt_f1(lang, stem) - TOLERANCE, (_txt_f1(lang, stem), as_pdf)


def test_running_header_and_page_numbers_are_dropped(made):
    text, pdf = made["vi"]["reportlab"][0]
    read = read_text(pdf)
    assert "Báo cáo / รายงาน" not in read and "- 1 -" not in read
    assert read.splitlines()[0] == text.read_text(encoding="utf-8-sig").splitlines()[0]


THAI = ("ที่ประชุมมีมติให้สำนักงานสหกรณ์จังหวัดส่งรายงานผลการดำเนินงานประจำปี 2566 "
        "ภายในวันที่ 15 มีนาคม 2567 โดยมีสหกรณ์เข้าร่วม 25 แห่ง\n"
        "ผู้แทนสหกรณ์ได้ชี้แจงว่าปริมาณน้ำฝนต่ำกว่าค่าเฉลี่ย ทำให้ผลผลิตข้าวลดลงร้อยละ 12")


def test_thai_font_damage_is_repaired_in_the_text(tmp_path):
    damaged = thai_font_damage(THAI)
    assert "\uf70a" in damaged and "\u0e4d\u0e32" in damaged  # the test input is damaged
    pdf = reportlab_pdf(THAI, tmp_path / "damaged.pdf", damage=thai_font_damage,
                        page_numbers=False)
    res = CliRunner().invoke(main, ["text", str(pdf)])
    assert res.exit_code == 0, res.output
    assert res.stdout == THAI


def test_columns_are_read_in_order(tmp_path):
    first = "Cột thứ nhất có 236 hợp tác xã. " * 60
    pdf = reportlab_pdf(first + "\nCột thứ hai có 1.482 tổ hợp tác. " * 1, tmp_path / "c.pdf",
                        columns=2, page_numbers=False)
    text = read_text(pdf)
    assert text.index("236") < text.index("1.482")
    assert text.count("Cột thứ nhất") == 60


def test_scanned_pdf_without_ocr_is_one_clear_line(tmp_path, made):
    _, pdf = made["vi"]["reportlab"][0]
    image = render_page(pdf, tmp_path / "page.png", dpi=100)
    from PIL import Image

    scanned = tmp_path / "scan.pdf"
    Image.open(image).save(scanned, "PDF", resolution=100)
    for path in (scanned, image):
        res = CliRunner().invoke(main, ["extract", str(path)])
        assert res.exit_code == 1
        assert res.stderr.strip().startswith(f"coopdocs: {path}: ")
        assert "--ocr" in res.stderr and len(res.stderr.strip().splitlines()) == 1


OCR_DOCS = {"vi": "pair-bao-cao-ket-qua-kttt-tay-ninh-2023",
            "th": "rai-ngan-kan-phalit-khao-sahakon-roiet-2567"}
needs_ocr = [needs_soffice, pytest.mark.skipif(not shutil.which("tesseract"),
                                               reason="tesseract not installed")]


def _scan(txt, tmp_path, font, size, dpi=300):
    """The text typeset by LibreOffice, its pages rendered at ``dpi``: a multi-page TIFF."""
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = libreoffice_typeset(txt, tmp_path, font, size)
    pages = len(pdfium.PdfDocument(str(pdf)))
    images = [Image.open(render_page(pdf, tmp_path / f"p{i}.png", page=i, dpi=dpi))
              for i in range(pages)]
    scan = tmp_path / "scan.tif"
    images[0].save(scan, save_all=True, append_images=images[1:], dpi=(dpi, dpi))
    return scan, pages


@pytest.mark.parametrize("lang, font, size", [
    pytest.param("vi", "DejaVu Serif", 13, marks=needs_ocr, id="vi"),
    pytest.param("th", "Tlwg Typo", 12, marks=needs_ocr, id="th"),
    pytest.param("th", "Loma", 14, id="th-marks-drawn-high", marks=[*needs_ocr, pytest.mark.xfail(
        strict=True, reason="Tesseract's Thai model cuts the tone marks and upper vowels that "
                            "fonts like Loma and Garuda draw high into lines of their own: "
                            "F1 about 0.72 where the text scores 1.0")]),
])
def test_ocr_of_a_scan_scores_near_the_text(tmp_path, lang, font, size):
    txt = CORPUS / lang / f"{OCR_DOCS[lang]}.txt"
    scan, pages = _scan(txt, tmp_path, font, size)
    source = read_source(scan, Options(ocr=True, lang=lang))
    text = txt.read_text(encoding="utf-8-sig")
    as_txt = _mean_f1([(txt, txt, text)], lang)
    as_ocr = _mean_f1([(txt, scan, source.text)], lang)
    assert as_ocr >= as_txt - 0.10, (as_txt, as_ocr)
    ocr = source.about["ocr"]
    assert ocr["pages"] == list(range(1, pages + 1))
    for weak in ocr["low_confidence"]:
        assert source.text[weak["start"]:weak["end"]] == weak["text"]


@pytest.mark.parametrize("lang", [pytest.param("vi", marks=needs_ocr)])
def test_scanned_pdf_with_ocr_records_what_was_recognised(tmp_path, lang):
    from PIL import Image

    txt = CORPUS / lang / f"{OCR_DOCS[lang]}.txt"
    scan, _ = _scan(txt, tmp_path, "DejaVu Serif", 13)
    scanned = tmp_path / "scanned.pdf"
    frames = Image.open(scan)
    frames.save(scanned, "PDF", save_all=True, resolution=300)
    res = CliRunner().invoke(main, ["extract", "--ocr", "--lang", lang, str(scanned)])
    assert res.exit_code == 0, res.stderr
    record = json.loads(res.stdout)
    ocr = record["source"]["ocr"]
    assert ocr["languages"] == "vie" and ocr["pages"] and ocr["engine"].startswith("tesseract")
    assert any(f["text"] == "236 hợp tác xã" for f in record["figures"])


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of ``objects`` (1-based numbers) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def _page_tree(count: int, kids: int = 1) -> list[bytes]:
    """A page tree saying it has ``count`` pages, of ``kids`` references to one page."""
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b"3 0 R " * kids + b"] /Count %d >>" % count,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]


def _bomb() -> bytes:
    content = zlib.compress(b" " * (pdf_reader.RATIO_FROM * 4), 9)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + \
        b"\nendstream"
    tree = _page_tree(1)
    tree[2] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    return _pdf([*tree, stream])


def _deep() -> bytes:
    tree = _page_tree(1)
    tree[2] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /X " + b"[" * 100_000
               + b"]" * 100_000 + b" >>")
    return _pdf(tree)


def _encrypted() -> bytes:
    import io

    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, encrypt=pdfencrypt.StandardEncryption("mật khẩu", canPrint=0))
    canvas.drawString(72, 700, "Co 236 hop tac xa")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("make, message", [
    pytest.param(_encrypted, "encrypted with a password", id="password"),
    pytest.param(lambda: _pdf(_page_tree(50_000, 50_000)), "50,000 pages", id="huge-page-count"),
    pytest.param(lambda: _pdf(_page_tree(10**9)), "no text layer", id="page-count-lie"),
    pytest.param(_bomb, "compression bomb", id="inflation-bomb"),
    pytest.param(_deep, "no text layer", id="deep-nesting"),
    pytest.param(lambda: _pdf(_page_tree(1))[:-120], "", id="truncated"),
    pytest.param(lambda: b"%PDF-1.4\n" + bytes(range(256)) * 40, "not a valid PDF", id="garbage"),
    pytest.param(lambda: b"<html>not a pdf</html>", "not a PDF file", id="not-a-pdf"),
])
def test_hostile_pdf_is_one_line(tmp_path, make, message):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(make())
    res = CliRunner().invoke(main, ["extract", str(bad)])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"coopdocs: {bad}: ") and message in lines[0]
    assert "Traceback" not in res.output and res.stdout == ""


def test_page_limit(tmp_path, monkeypatch):
    pdf = reportlab_pdf("Có 12 hợp tác xã.\n" * 200, tmp_path / "long.pdf")
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    res = CliRunner().invoke(main, ["text", str(pdf)])
    assert res.exit_code == 1
    assert "pages (coopdocs reads at most 2)" in res.stderr


def test_two_hundred_pages_one_page_at_a_time_with_a_progress_bar(tmp_path, monkeypatch, capsys):
    import pypdfium2 as pdfium

    text = "\n".join(t.read_text(encoding="utf-8-sig") for t in _texts("vi"))
    pdf = reportlab_pdf(text, tmp_path / "long.pdf", repeat=6, header="Báo cáo tổng hợp")
    assert len(pdfium.PdfDocument(str(pdf))) >= 200
    open_pages, most = set(), [0]
    get, close = pdfium.PdfDocument.__getitem__, pdfium.PdfPage.close

    def getitem(self, i):
        page = get(self, i)
        open_pages.add(id(page))
        most[0] = max(most[0], len(open_pages))
        return page

    def closing(self, *a, **k):
        open_pages.discard(id(self))
        return close(self, *a, **k)

    monkeypatch.setattr(pdfium.PdfDocument, "__getitem__", getitem)
    monkeypatch.setattr(pdfium.PdfPage, "close", closing)
    source = read_source(pdf, Options(progress=True))
    assert most[0] == 1  # memory follows one page, not the document
    assert "pages" in capsys.readouterr().err
    letters = lambda s: sum(not c.isspace() for c in s)
    assert letters(source.text) >= 0.99 * 6 * letters(unicodedata.normalize("NFC", text))
    assert "Báo cáo tổng hợp" not in source.text
    res = CliRunner().invoke(main, ["extract", "-q", str(pdf)])
    assert res.exit_code == 0 and res.stderr == ""
    assert len(json.loads(res.stdout)["figures"]) > 1000


def test_review_page_underlines_low_confidence_words():
    from coopdocs.review import page

    text = "Toàn tỉnh có 236 hợp tác xã."
    record = extract_text(text, "vi")
    record["source"]["ocr"] = {"low_confidence": [{"start": 13, "end": 16, "text": "236",
                                                   "confidence": 41.0}]}
    html = page([(record, text)])
    assert "class='ocr-low' title='OCR confidence 41/100" in html
    assert "mark.ocr-low{" in html
    plain = page([(extract_text(text, "vi"), text)])
    assert "class='ocr-low'" not in plain


def test_schema_accepts_source_ocr():
    from coopdocs.schema import problems

    record = extract_text("Toàn tỉnh có 236 hợp tác xã.", "vi")
    record["source"]["ocr"] = {"engine": "tesseract 5.3.0", "languages": "vie", "pages": [1],
                               "min_confidence": 60, "low_confidence": [
                                   {"start": 13, "end": 16, "text": "236", "confidence": 41.0}]}
    assert problems(record) == []
    record["source"]["ocr"]["low_confidence"][0]["confidence"] = 140
    assert problems(record)


def test_scripts_links_and_attachments_are_not_followed(tmp_path):
    """JavaScript (open action), a web link, a launch action and a remote go-to: the text is
    read and none of them is acted on (pdfium runs without its form and script environment)."""
    content = b"BT /F1 12 Tf 72 700 Td (Co 236 hop tac xa.) Tj ET"
    objects = [
        (b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL"
         b"('http://192.0.2.1/x');) >> /Names << /EmbeddedFiles << /Names [] >> >> >>"),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [6 0 R"
         b" 7 0 R] /Resources << /Font << /F1 5 0 R >> >> /AA << /O << /S /Launch /F (/bin/sh)"
         b" >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        (b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI "
         b"(http://192.0.2.1/) >> >>"),
        (b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /GoToR /F "
         b"(http://192.0.2.1/other.pdf) /D [0 /Fit] >> >>"),
    ]
    pdf = tmp_path / "active.pdf"
    pdf.write_bytes(_pdf(objects))
    assert read_text(pdf) == "Co 236 hop tac xa."


def test_evaluate_scores_a_pdf_beside_its_gold_file(tmp_path, made):
    import shutil as sh

    txt, pdf = made["vi"]["reportlab"][0]
    sh.copy(pdf, tmp_path / f"{txt.stem}.pdf")
    sh.copy(txt.with_suffix(".gold.json"), tmp_path / f"{txt.stem}.gold.json")
    res = CliRunner().invoke(main, ["evaluate", "--json", str(tmp_path)])
    assert res.exit_code == 0, res.output
    result = json.loads(res.stdout)
    assert result["documents"][0]["doc"].endswith(".pdf") and not result["failures"]
    assert result["table"]["all"]["figures"]["f1"] >= 0.9


def test_an_image_bomb_is_refused_before_it_is_decoded(tmp_path):
    from PIL import Image

    bomb = tmp_path / "bomb.png"
    Image.new("1", (10_000, 7_000), 1).save(bomb)  # a small file of 70 million pixels
    assert bomb.stat().st_size < 2**20
    res = CliRunner().invoke(main, ["extract", "--ocr", str(bomb)])
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"coopdocs: {bomb}: refused image: 10000 x 7000 pixels "
                                  "(at most 60,000,000)")


def test_scanned_pages_among_pages_of_text_are_named(tmp_path):
    import pypdfium2 as pdfium

    text_pdf = reportlab_pdf("Toàn tỉnh có 236 hợp tác xã.", tmp_path / "t.pdf", page_numbers=False)
    from PIL import Image

    scan = tmp_path / "scan.pdf"
    Image.new("L", (850, 1100), 255).save(scan, "PDF", resolution=100)
    both = pdfium.PdfDocument(str(text_pdf))
    both.import_pages(pdfium.PdfDocument(str(scan)))
    mixed = tmp_path / "mixed.pdf"
    both.save(str(mixed))
    res = CliRunner().invoke(main, ["extract", str(mixed)])
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["source"]["pages_without_text"] == [2]
    record = json.loads(CliRunner().invoke(main, ["extract", str(text_pdf)]).stdout)
    assert "pages_without_text" not in record["source"]
