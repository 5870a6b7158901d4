"""Text recognised in page images by Tesseract (the ``tesseract`` program, Debian
``tesseract-ocr`` with ``tesseract-ocr-vie`` and ``tesseract-ocr-tha``), run on one page at a
time with its TSV output: every word with its box and confidence.

A PDF page is rendered at :data:`DPI`, and an image coarser than that (as its file says, else
300 dpi) is scaled up to it: Tesseract reads small Thai print far better so (on a report
in 10 pt type scanned at 300 dpi: F1 0.78 as it is, 0.94 scaled to 400 dpi). The languages are
the profile's ``[language] tesseract`` of ``--lang``, or of every language. Words recognised
with a confidence below :data:`MIN_CONFIDENCE` (of 100) are listed in the record's
``source.ocr.low_confidence`` (start, end, text, confidence), and marked on the review page.
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

from ..errors import InputError
from ..lang import known, profile
from .layout import Line
from .pages import _unspaced

DPI = 400
ASSUMED_DPI = 300  # an image that does not say its resolution
MIN_CONFIDENCE = 60
MAX_PIXELS = 60_000_000
"""The largest page image handed to Tesseract (A4 at 300 dpi is 8.7 million pixels)."""
TIMEOUT = 300  # seconds for one page
SPACE_GAP = 0.8
MARK_LINE = 1.4  # a line this many times higher than one inside it: that one is its marks
LINE_TO_SIZE = 1.25  # a recognised line's box is this many times its letters' size


def languages(lang: str | None) -> str:
    """Tesseract's ``-l`` value: the language's, or every language's.

    >>> languages("vi"), languages(None)
    ('vie', 'tha+eng+vie')
    """
    codes = [lang] if lang else known()
    names = [n for c in codes for n in profile(c).language.tesseract.split("+") if n]
    if not names:
        raise InputError(f"no OCR language for {profile(lang).language.name if lang else 'any language'}"
                         " (its profile names no Tesseract data: [language] tesseract)")
    return "+".join(dict.fromkeys(names))


def render(page, path: Path | str):
    """A PDF page (pypdfium2) as a greyscale image at :data:`DPI`, or less for a page so
    large that its image would pass :data:`MAX_PIXELS`; (image, dpi)."""
    width, height = page.get_size()
    dpi = DPI
    pixels = width * height * (dpi / 72) ** 2
    if pixels > MAX_PIXELS:
        dpi = int(DPI * (MAX_PIXELS / pixels) ** 0.5)
    if dpi < 72:
        raise InputError(f"refused PDF: a page of {width / 72:.0f} x {height / 72:.0f} inches "
                         "is too large to recognise", str(path))
    bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=False)
    return bitmap.to_pil(), dpi


def program() -> str:
    found = shutil.which("tesseract")
    if found is None:
        raise InputError("--ocr needs Tesseract, which is not installed (Debian: apt install "
                         "tesseract-ocr tesseract-ocr-vie tesseract-ocr-tha)")
    return found


def recognise(page_image, lang: str | None, path: Path | str) -> list[Line]:
    """The lines Tesseract reads in ``(image, dpi)``, in its reading order, boxes in points."""
    image, dpi = page_image
    png = io.BytesIO()
    image.save(png, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([program(), "stdin", "stdout", "-l", languages(lang), "--dpi",
                               str(dpi), "tsv"], input=png.getvalue(), capture_output=True,
                              timeout=TIMEOUT, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(f"OCR took longer than {TIMEOUT} s on one page", str(path)) from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"OCR failed (tesseract: {why[-1] if why else done.returncode})",
                         str(path))
    return lines_of(done.stdout.decode("utf-8", "replace"), 72 / dpi)


def lines_of(tsv: str, scale: float) -> list[Line]:
    """Tesseract's TSV words grouped by line (block, paragraph, line), joined by a space,
    or by nothing between letters of a script written without spaces whose boxes (nearly)
    touch; boxes scaled by ``scale`` (pixels to points).

    >>> tsv = ("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth"
    ...        "\\theight\\tconf\\ttext\\n"
    ...        "5\\t1\\t1\\t1\\t1\\t1\\t100\\t50\\t80\\t30\\t96.5\\tCó\\n"
    ...        "5\\t1\\t1\\t1\\t1\\t2\\t190\\t50\\t60\\t30\\t41.0\\t236\\n")
    >>> [(x.text, x.weak) for x in lines_of(tsv, 1.0)]
    [('Có 236', [(3, 6, 41.0)])]
    """
    groups: dict[tuple, list[dict]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") == "5" and (row.get("text") or "").strip():
            key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
            groups.setdefault(key, []).append(row)
    letters = _unspaced(None)
    lines = [_line(words, scale, letters) for words in groups.values()]
    return [x for x in lines if not any(_marks_of(x, y) for y in lines)]


def _marks_of(x: Line, y: Line) -> bool:
    """Whether ``x`` is marks Tesseract split off line ``y`` (Thai tone marks and vowels
    drawn high above their letters): a much lower line lying mostly inside ``y``'s height.

    >>> _marks_of(Line("4 ๕", 10, 100, 50, 110, 8), Line("ร้อยเอ็ด", 0, 104, 90, 130, 20))
    True
    """
    height = x.bottom - x.top
    inside = min(x.bottom, y.bottom) - max(x.top, y.top)
    return (x is not y and y.bottom - y.top >= MARK_LINE * height and inside >= height / 2
            and x.left < y.right and y.left < x.right)


def _line(words: list[dict], scale: float, letters) -> Line:
    """One line of Tesseract's words. Tesseract cuts a script written without spaces into
    pieces as small as letters: next to such a letter, a piece is a word apart only when the
    gap before it is as wide as :data:`SPACE_GAP` small letters are high."""
    boxes = [tuple(int(w[k]) for k in ("left", "top", "width", "height")) for w in words]
    heights = sorted(h for _, _, _, h in boxes)
    small = heights[len(heights) // 4]  # the height of a letter without marks, about
    text, weak = "", []
    for i, (w, (left, _, _, _)) in enumerate(zip(words, boxes)):
        word, confidence = _digits(w["text"].strip(), float(w["conf"]))
        if i:
            gap = left - (boxes[i - 1][0] + boxes[i - 1][2])
            sides = [letters is not None and bool(letters.match(c)) and not c.isdigit()
                     for c in (text[-1], word[0])]
            wide = SPACE_GAP * small if all(sides) else SPACE_GAP / 2 * small
            text += "" if any(sides) and gap < wide else " "
        if 0 <= confidence < MIN_CONFIDENCE:
            weak.append((len(text), len(text) + len(word), confidence))
        text += word
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return Line(text, left * scale, top * scale, right * scale, bottom * scale,
                heights[-1] * scale / LINE_TO_SIZE, weak, first=boxes[0][2] * scale,
                estimated=True)


def _digits(word: str, confidence: float) -> tuple[str, float]:
    """A number read with ``@`` for a zero (Tesseract's confusion in a round glyph) put right;
    it then counts as recognised with low confidence.

    >>> _digits("16,@00", 91.0), _digits("2559/256@", 90.0)
    (('16,000', 0.0), ('2559/2560', 0.0))
    """
    if "@" in word and re.fullmatch(r"[\d@][\d@.,/-]*", word) and re.search(r"\d", word):
        return word.replace("@", "0"), 0.0
    return word, confidence


def version() -> str:
    """``tesseract 5.3.0`` (the first line of ``tesseract --version``)."""
    try:
        out = subprocess.run([program(), "--version"], capture_output=True, timeout=30,
                             check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "tesseract"
    lines = (out.stdout or out.stderr).decode("utf-8", "replace").splitlines()
    return lines[0].strip() if lines else "tesseract"


def info(text: str, weak: list[tuple], pages: list[int], lang: str | None) -> dict:
    """The record's ``source.ocr``: engine, languages, pages recognised, low-confidence words."""
    return {
        "engine": version(), "languages": languages(lang), "pages": pages,
        "min_confidence": MIN_CONFIDENCE,
        "low_confidence": [{"start": a, "end": b, "text": text[a:b], "confidence": c}
                           for a, b, c in weak],
    }
