"""A PDF of a Word file, through LibreOffice (``soffice --headless --convert-to pdf``).

    >>> to_pdf("ke-hoach.docx", "ke-hoach.pdf")   # doctest: +SKIP

LibreOffice is a program, not a Python package: ``apt-get install libreoffice-writer`` (with
``fonts-thai-tlwg`` for Thai). Without it :func:`to_pdf` raises :class:`PdfError` saying so.
Each conversion runs with a profile of its own in a temporary folder, so that conversions
can run side by side and never touch the user's LibreOffice settings; the PDF is written
whole or not at all.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import CoopdocsError

PROGRAMS = ("soffice", "libreoffice")
TIMEOUT = 180   # seconds: LibreOffice's first start on a cold machine is slow


class PdfError(CoopdocsError):
    """No LibreOffice, or a conversion that did not give a PDF."""


def soffice() -> str | None:
    """The LibreOffice program on the PATH, or None."""
    return next((found for name in PROGRAMS if (found := shutil.which(name))), None)


def to_pdf(docx_path: str | Path, pdf_path: str | Path, timeout: float = TIMEOUT) -> Path:
    """Convert ``docx_path`` into ``pdf_path`` (written whole or not at all); returns it.
    :class:`PdfError` when LibreOffice is missing or fails."""
    from ..output import OutputError, write_atomic

    source, target = Path(docx_path), Path(pdf_path)
    program = soffice()
    if program is None:
        raise PdfError("no PDF written: LibreOffice (soffice) is not installed "
                       "(apt-get install libreoffice-writer)", str(target))
    if not source.is_file():
        raise PdfError("no such file", str(source))
    with tempfile.TemporaryDirectory(prefix="coopdocs-pdf-") as tmp:
        work = Path(tmp)
        command = [program, "--headless", "--norestore", "--nologo",
                   f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--convert-to", "pdf", "--outdir", str(work / "out"), str(source.resolve())]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise PdfError(f"LibreOffice took more than {timeout:.0f} s to convert it",
                           str(source)) from None
        except OSError as e:
            raise PdfError(f"LibreOffice could not be started ({e.strerror or e})", str(source)) from None
        produced = work / "out" / f"{source.stem}.pdf"
        if done.returncode != 0 or not produced.is_file():
            said = (done.stderr or done.stdout or "").strip().splitlines()
            why = f": {said[-1]}" if said else ""
            raise PdfError(f"LibreOffice did not convert it to PDF{why}", str(source))
        try:
            write_atomic(target, produced.read_bytes())
        except OutputError as e:
            raise PdfError(e.message, str(target)) from None
    return target
