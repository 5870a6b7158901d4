"""Test inputs made here from the corpus texts: PDFs from two producers (LibreOffice, and
reportlab with a Thai font of fonts-thai-tlwg), PDFs damaged as old Thai fonts damage them,
and pages rendered to images as a scanner would give them."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Loma.ttf")
LATIN_FONTS = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
               Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_pdfs(texts: list[Path], out_dir: Path) -> list[Path]:
    """The UTF-8 ``texts`` converted by LibreOffice (one run), as ``out_dir/NAME.pdf``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--infilter=Text (encoded):UTF8", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, texts)],
                       check=True, capture_output=True, timeout=300)
    return [out_dir / (t.stem + ".pdf") for t in texts]


def libreoffice_typeset(text_file: Path, out_dir: Path, font: str, size: int) -> Path:
    """``text_file`` typeset by LibreOffice in ``font`` at ``size`` pt, a paragraph a line
    (through an HTML page: a text file is imported in a small fixed-width font)."""
    from html import escape

    out_dir.mkdir(parents=True, exist_ok=True)
    lines = text_file.read_text(encoding="utf-8-sig").splitlines()
    page = out_dir / (text_file.stem + ".html")
    page.write_text(
        f"<html><head><meta charset='utf-8'><style>p{{margin:0;font-family:'{font}';"
        f"font-size:{size}pt}}</style></head><body>"
        + "".join(f"<p>{escape(x) or '&nbsp;'}</p>" for x in lines) + "</body></html>",
        encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", str(out_dir), str(page)],
                       check=True, capture_output=True, timeout=300)
    return out_dir / (text_file.stem + ".pdf")


def _font_for(text: str) -> tuple[str, Path]:
    if re.search("[\u0e00-\u0e7f]", text):
        return "Loma", THAI_FONT
    path = next(p for p in LATIN_FONTS if p.exists())
    return path.stem, path


def _words(paragraph: str) -> list[str]:
    """Pieces a line may break after: words and their spaces; Thai words by pythainlp."""
    from pythainlp.tokenize import word_tokenize

    out = []
    for piece in re.findall(r"\S+\s*", paragraph):
        if re.search("[\u0e00-\u0e7f]", piece):
            out.extend(word_tokenize(piece, engine="newmm", keep_whitespace=True))
        else:
            out.append(piece)
    return out


def _lines(paragraph: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for w in _words(paragraph):
        if line and stringWidth((line + w).rstrip(), font, size) > width:
            lines.append(line.rstrip())
            line = w.lstrip()
        else:
            line += w
    return [*lines, line.rstrip()] if line.strip() or not lines else lines


def reportlab_pdf(text: str, out: Path, *, header: str | None = None, page_numbers=True,
                  columns: int = 1, size: float = 11, repeat: int = 1, damage=None) -> Path:
    """``text`` typeset by reportlab on A4 pages: paragraphs wrapped at word ends, a
    ``header`` and a page number repeated on every page, ``columns`` columns (drawn right
    column first: the content order is not the reading order). ``damage`` rewrites each
    drawn line (the text layer then holds what old fonts put there)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    font, path = _font_for(text)
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(path)))
    page_w, page_h = A4
    margin, gutter, lead = 60, 24, size * 1.45
    col_w = (page_w - 2 * margin - gutter * (columns - 1)) / columns
    lines: list[str | None] = []  # None: the gap between two paragraphs
    for _ in range(repeat):
        for paragraph in text.split("\n"):
            if paragraph.strip():
                lines.extend(_lines(paragraph, col_w, font, size))
            lines.append(None)
    per_col = int((page_h - 2 * margin - 2 * lead) // lead)
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    page = 0
    while lines:
        page += 1
        canvas.setFont(font, size)
        if header:
            canvas.drawString(margin, page_h - margin + 2 * lead, header)
        if page_numbers:
            canvas.drawCentredString(page_w / 2, margin - 2 * lead, f"- {page} -")
        cols, lines = _columns(lines, per_col, columns)
        for c in reversed(range(len(cols))):
            y = page_h - margin - lead
            for line in cols[c]:
                if line:
                    canvas.drawString(margin + c * (col_w + gutter), y,
                                      damage(line) if damage else line)
                y -= lead
        canvas.showPage()
    canvas.save()
    return out


def _columns(lines, per_col, columns):
    cols = []
    for _ in range(columns):
        while lines and lines[0] is None:
            lines = lines[1:]
        cols.append(lines[:per_col])
        lines = lines[per_col:]
    return cols, lines


# The private-use glyphs of Thai fonts in the Microsoft convention (lang/th/repairs.tsv):
# a tone mark lowered where no upper vowel is above it, an upper vowel shifted left after a
# consonant with a tall stem.
_LOW_TONE = {chr(0x0E48 + i): chr(0xF70A + i) for i in range(5)}
_LEFT_VOWEL = {"\u0e34": "\uf701", "\u0e35": "\uf702", "\u0e36": "\uf703", "\u0e37": "\uf704"}
_TALL = "ปฝฟฬ"


def thai_font_damage(line: str) -> str:
    """``line`` as an old Thai font's text layer gives it: low and left-shifted marks in
    the private use area, SARA AM as NIKHAHIT + SARA AA, a tone mark before an upper vowel."""
    out = []
    for i, ch in enumerate(line):
        before = line[i - 1] if i else ""
        if ch in _LOW_TONE and before and before in "กขคงจฉชซญดตถทธนบปผพภมยรลวศษสหอฮ":
            out.append(_LOW_TONE[ch])
        elif ch in _LEFT_VOWEL and before in _TALL:
            out.append(_LEFT_VOWEL[ch])
        elif ch == "\u0e33":
            out.append("\u0e4d\u0e32")
        else:
            out.append(ch)
    damaged = "".join(out)
    # a tone mark written before the upper vowel it sits on
    return re.sub("([\u0e35\u0e37])([\u0e48\u0e49])", r"\2\1", damaged)


def render_page(pdf: Path, out: Path, page: int = 0, dpi: int = 300) -> Path:
    """Page ``page`` of ``pdf`` as a greyscale image (PNG, TIFF or JPEG by ``out``'s suffix)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        image = doc[page].render(scale=dpi / 72, grayscale=True).to_pil()
        image.save(out, dpi=(dpi, dpi))
    finally:
        doc.close()
    return out


def f1(doc: Path, gold: Path, text: str, record: dict) -> float:
    """The F1 of ``record`` (extracted from ``text``, the text of ``doc``) against ``gold``,
    every scored row counted together, as ``coopdocs evaluate`` counts them. An annotation
    whose text is not in ``text`` (the PDF lost or garbled it) counts as missed."""
    import json

    from coopdocs.evaluate import gold as gold_files
    from coopdocs.evaluate import score_document

    data = json.loads(gold.read_text(encoding="utf-8"))
    if unicodedata.is_normalized("NFC", text):  # the reader composed a decomposed text
        data = json.loads(unicodedata.normalize("NFC", json.dumps(data, ensure_ascii=False)))
    lost = 0
    for category, key in gold_files.SPAN_CATEGORIES.items():
        kept = []
        for e in data.get(category) or []:
            if text.count(e[key]) <= e.get("occurrence", 0):  # composed (NFC) by the reader?
                e = {**e, key: unicodedata.normalize("NFC", e[key])}
            if text.count(e[key]) > e.get("occurrence", 0):
                kept.append(e)
        lost += len(data.get(category) or []) - len(kept)
        if category in data:
            data[category] = kept
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / gold.name
        copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        located = gold_files.load(gold_files.Pair(doc, copy), text)
    counts = score_document(located, record)["counts"]
    tp = sum(c["tp"] for c in counts.values())
    n_gold = sum(c["gold"] for c in counts.values()) + lost
    n_pred = sum(c["pred"] for c in counts.values())
    return 2 * tp / (n_gold + n_pred) if n_gold + n_pred else 1.0
