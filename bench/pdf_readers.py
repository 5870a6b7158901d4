"""pypdfium2 or pdfminer.six: speed, memory, and text quality on Thai and Vietnamese PDFs.

The PDFs are made from the corpus texts by LibreOffice (``soffice``) and by reportlab with
a Thai font of fonts-thai-tlwg (tests/pdfmaker.py). Each library's plain text of a PDF
(pypdfium2: ``get_text_range`` per page; pdfminer.six: ``extract_text``) is extracted by
coopdocs and scored against the corpus gold file (micro F1 of every category, as
``coopdocs evaluate`` counts); coopdocs' own PDF reader (pdfium characters, coopdocs.readers.
layout) is scored alongside, and the text as .txt is the reference. Time and peak memory
are measured in a fresh process per library and producer.

    .venv/bin/python bench/pdf_readers.py            # prints a Markdown table
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdfmaker

LIBS = ("pypdfium2", "pdfminer.six", "coopdocs")


def text_of(lib: str, pdf: Path) -> str:
    if lib == "pypdfium2":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        out = []
        for page in doc:
            out.append(page.get_textpage().get_text_range().replace("\r\n", "\n"))
            page.close()
        doc.close()
        return "\n\n".join(out)
    if lib == "pdfminer.six":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    from coopdocs.readers import read_text

    return read_text(pdf)


def child(lib: str, pdfs: list[str]) -> None:
    """In a fresh process: the texts, the time they took, the peak memory."""
    text_of(lib, Path(pdfs[0]))  # imports and first-call costs out of the timing
    start = time.perf_counter()
    texts = [text_of(lib, Path(p)) for p in pdfs]
    took = time.perf_counter() - start
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
    json.dump({"texts": texts, "seconds": took, "peak_mb": peak}, sys.stdout)


def make(out: Path) -> dict[str, list[tuple[Path, Path, Path]]]:
    """producer -> [(pdf, txt, gold)]."""
    txts = sorted(p for p in (ROOT / "corpus").glob("*/*.txt")
                  if p.with_suffix(".gold.json").exists())
    made: dict[str, list] = {"libreoffice": [], "reportlab": []}
    for lang_dir in {t.parent for t in txts}:
        group = [t for t in txts if t.parent == lang_dir]
        pdfs = pdfmaker.libreoffice_pdfs(group, out / "lo" / lang_dir.name)
        made["libreoffice"] += [(p, t, t.with_suffix(".gold.json")) for p, t in zip(pdfs, group)]
    (out / "rl").mkdir()
    for t in txts:
        pdf = out / "rl" / f"{t.parent.name}-{t.stem}.pdf"
        pdfmaker.reportlab_pdf(t.read_text(encoding="utf-8-sig"), pdf, header="Báo cáo / รายงาน")
        made["reportlab"].append((pdf, t, t.with_suffix(".gold.json")))
    return made


def score(items, texts) -> float:
    from coopdocs import extract_text

    f1s = []
    for (pdf, txt, gold), text in zip(items, texts):
        lang = json.loads(gold.read_text(encoding="utf-8"))["lang"]
        try:
            f1s.append(pdfmaker.f1(pdf, gold, text, extract_text(text, lang)))
        except Exception as e:  # noqa: BLE001  the text cannot be scored at all
            print(f"{pdf.name}: {e}", file=sys.stderr)
            f1s.append(0.0)
    return sum(f1s) / len(f1s)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    from coopdocs import extract_text

    with tempfile.TemporaryDirectory() as tmp:
        made = make(Path(tmp))
        print("| producer | library | seconds | peak MB | mean F1 vs gold |")
        print("|---|---|---|---|---|")
        for producer, items in made.items():
            reference = []
            for pdf, txt, gold in items:
                text = txt.read_text(encoding="utf-8-sig")
                lang = json.loads(gold.read_text(encoding="utf-8"))["lang"]
                reference.append(pdfmaker.f1(txt, gold, text, extract_text(text, lang)))
            print(f"| {producer} | (the .txt) | | | {sum(reference) / len(reference):.3f} |")
            for lib in LIBS:
                out = subprocess.run([sys.executable, __file__, "--child", lib,
                                      *(str(p) for p, _, _ in items)],
                                     capture_output=True, text=True, check=True)
                got = json.loads(out.stdout)
                print(f"| {producer} | {lib} | {got['seconds']:.2f} | {got['peak_mb']:.0f} | "
                      f"{score(items, got['texts']):.3f} |", flush=True)


if __name__ == "__main__":
    main()
