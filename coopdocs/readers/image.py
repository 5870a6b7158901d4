"""Images of pages (.png, .jpg / .jpeg, .tif / .tiff: a scanner's output): no text layer,
so they are read only with ``--ocr`` (Tesseract, :mod:`.ocr`), every frame of a TIFF a page.

Pillow decodes the image after its size is checked: at most :data:`~.ocr.MAX_PIXELS` pixels
a page and :data:`~.pdf.MAX_PAGES` pages, so a small file that decodes to a huge bitmap (a
decompression bomb) is refused before it is decoded."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from . import ocr
from .pages import MAX_TEXT, document_text
from .pdf import MAX_PAGES
from .source import DEFAULT, Cell, Options, needs

NO_TEXT = "is an image, with no text layer; coopdocs reads it with OCR: add --ocr (Tesseract)"


def read(data: bytes, path: Path, options: Options = DEFAULT
         ) -> tuple[str, list[Cell], dict]:
    """The recognised text, no table cells, and ``source.ocr``."""
    if not options.ocr:
        raise InputError(NO_TEXT, str(path))
    needs("PIL", path)
    pages = []
    for number, page in enumerate(_frames(data, path), 1):
        pages.append(ocr.recognise(page, options.lang, path))
    if not any(x.text.strip() for p in pages for x in p):
        raise InputError("no text was recognised in the image", str(path))
    text, weak, _ = document_text(pages, options.lang)
    if len(text) > MAX_TEXT:
        raise InputError(f"too much text ({len(text):,} characters)", str(path))
    return text, [], {"ocr": ocr.info(text, weak, list(range(1, len(pages) + 1)), options.lang)}


def _frames(data: bytes, path: Path):
    """(greyscale image, dpi) of each frame, scaled up to :data:`~.ocr.DPI` when coarser."""
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
        if frames > MAX_PAGES:
            raise InputError(f"refused image: {frames:,} pages (at most {MAX_PAGES:,})", str(path))
        for frame in ImageSequence.Iterator(image):
            yield _page(frame, path)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError) as e:
        raise InputError(f"not a readable image ({type(e).__name__}: {e})", str(path)) from None


def _page(frame, path: Path):
    from PIL import Image

    width, height = frame.size
    if width * height > ocr.MAX_PIXELS:
        raise InputError(f"refused image: {width} x {height} pixels (at most "
                         f"{ocr.MAX_PIXELS:,})", str(path))
    dpi = frame.info.get("dpi", (0, 0))[0] or ocr.ASSUMED_DPI
    grey = frame.convert("L")
    scale = min(ocr.DPI / dpi, (ocr.MAX_PIXELS / (width * height)) ** 0.5) if dpi < ocr.DPI else 1
    if scale > 1.05:
        grey = grey.resize((round(width * scale), round(height * scale)), Image.LANCZOS)
        dpi = round(dpi * scale)
    return grey, int(dpi)
