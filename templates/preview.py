"""Preview every built-in template: render it from the records of a corpus document (a meeting's
documents: of the example notes in docs/examples), convert it to PDF with LibreOffice
(coopdocs.render.pdf.to_pdf) and save the PDF as docs/<name>.pdf and its first page as
docs/<name>.png; ``--pages DIR`` also writes every page, DIR/<name>-<n>.png, to look at.

    apt-get install -y libreoffice-writer fonts-thai-tlwg poppler-utils
    python templates/preview.py                       # every template
    python templates/preview.py minutes-th --pages /tmp/pages

Plans and reports take their agency, number, place and date from their source's header, as a
clerk's would: the samples below give only what no source shows (signer, recipients). The Thai
documents show where the Garuda emblem goes with a grey square made here: coopdocs ships no
emblem image (give yours with --emblem FILE.png).

TH Sarabun New is not packaged in Debian: fontconfig draws Thai text with Laksaman from
fonts-thai-tlwg (TLWG's free font derived from TH Sarabun PSK), and Times New Roman with the
metric-compatible Liberation Serif. The templates keep their font names.
"""
from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DPI = 100

VI_RECIPIENTS = ["Ban Chỉ đạo Trung ương", "TT Tỉnh ủy, TT HĐND tỉnh", "Các thành viên Ban Chỉ đạo",
                 "UBND các huyện, thị xã, thành phố"]
# What the extraction of the example notes does not give yet, given as a clerk would give it.
VI_MEETING = {
    "end_time": "11:15",
    "secretary": {"name": "Nguyễn Thị Mai", "title": "Chuyên viên Liên minh Hợp tác xã tỉnh"},
    "meeting": {"attendees": [
        "Đồng chí Phạm Văn Lộc, Chủ tịch Liên minh Hợp tác xã tỉnh, Phó Trưởng Ban Thường trực",
        "Đồng chí Đặng Thị Thu, Phó Giám đốc Sở Nông nghiệp và Môi trường",
        "Đồng chí Hồ Minh Tâm, Phó Giám đốc Sở Tài chính", "Đại diện lãnh đạo UBND các huyện, thành phố"]},
    "absent": ["Đồng chí Lê Văn Hùng, Phó Giám đốc Sở Công Thương (đi công tác)",
               "Đồng chí Võ Thanh Bình, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh (có lý do)"],
}
TH_MEETING = {
    "session": "2/2568", "end_time": "12:00",
    "secretary": {"name": "นางสาวพิมพ์ชนก วงศ์ไทย", "title": "นักวิชาการสหกรณ์ชำนาญการ"},
    "meeting": {"chair": {"name": "นายสมชาย ใจดี", "title": "รองผู้ว่าราชการจังหวัดมหาสารคาม"}},
    "absent": ["นายวีระ ศรีสวัสดิ์ พาณิชย์จังหวัดมหาสารคาม ติดราชการ",
               "นางจันทร์เพ็ญ คำดี ผู้จัดการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขามหาสารคาม ลาป่วย"],
}
SAMPLES = {
    "minutes-vi": ("examples/bien-ban-notes-vi.txt", {
        "parent_agency": "UBND tỉnh Ninh Thuận",
        "agency": "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã",
        "number": "02/BB-BCĐ", "place": "Ninh Thuận", **VI_MEETING,
        "recipients": ["Các thành viên Ban Chỉ đạo", "UBND các huyện, thành phố"], "archive": "LMHTX"}),
    "plan-vi": ("vi/ke-hoach-kttt-hoa-binh-2025-2030-bang-muc-tieu.docx", {
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "title": "Phó Chủ tịch",
                   "name": "Đinh Công Sứ"},
        "recipients": VI_RECIPIENTS, "archive": "KTN"}),
    "report-vi": ("vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt", {
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "title": "Phó Chủ tịch",
                   "name": "Nguyễn Ngọc Phúc"},
        "recipients": VI_RECIPIENTS, "archive": "NN"}),
    "notice-vi": ("examples/bien-ban-notes-vi.txt", {
        "agency": "Ủy ban nhân dân tỉnh Ninh Thuận", "number": "47/TB-UBND", "place": "Ninh Thuận",
        "date": "2025-04-17", **VI_MEETING,
        "signer": {"authority": "TL. CHỦ TỊCH", "title": "Chánh Văn phòng", "name": "Lê Hữu Phước"},
        "recipients": VI_RECIPIENTS, "archive": "KTTH"}),
    "minutes-th": ("examples/rai-ngan-prachum-notes-th.txt", TH_MEETING),
    "notice-th": ("examples/rai-ngan-prachum-notes-th.txt", {
        "agency": "สำนักงานสหกรณ์จังหวัดมหาสารคาม", "number": "มค 0010/412", "date": "2025-03-21",
        "recipients": ["ผู้ว่าราชการจังหวัดมหาสารคาม"], **TH_MEETING,
        "signer": {"name": "นางสุภาพร แสงทอง", "title": "สหกรณ์จังหวัดมหาสารคาม"}}),
    "plan-th": ("th/phaen-phatthana-sahakon-phak-kaset-suphanburi-2567-2570.docx", {
        "agency": "สำนักงานสหกรณ์จังหวัดสุพรรณบุรี", "number": "สพ 0010/1254", "date": "2023-12-15",
        "title": "การพัฒนาสหกรณ์ภาคการเกษตรจังหวัดสุพรรณบุรี พ.ศ. 2567-2570",
        "signer": {"name": "นายสมศักดิ์ พูลผล", "title": "สหกรณ์จังหวัดสุพรรณบุรี"},
        "recipients": ["ผู้ว่าราชการจังหวัดสุพรรณบุรี", "กรมส่งเสริมสหกรณ์"]}),
    "report-th": ("th/rai-ngan-phon-kan-damnoen-ngan-sahakon-ubon-2566.docx", {
        "agency": "สำนักงานสหกรณ์จังหวัดอุบลราชธานี", "number": "อบ 0010/2874", "date": "2023-12-12",
        "title": "ผลการดำเนินงานส่งเสริมสหกรณ์ ประจำปี 2566",
        "signer": {"name": "นางวิไลพร ศรีสว่าง", "title": "สหกรณ์จังหวัดอุบลราชธานี"},
        "recipients": ["ผู้ว่าราชการจังหวัดอุบลราชธานี", "กรมส่งเสริมสหกรณ์"]}),
}


# `coopdocs progress` writes the progress reports: (plan, reports, header fields) of each.
PROGRESS = {
    "progress-vi": ("ke-hoach-kttt-tinh-an-lac-2025-2030.txt",
                    ["bao-cao-kttt-tinh-an-lac-2025.txt", "bao-cao-kttt-tinh-an-lac-2026.txt"], {
                        "agency": "Ủy ban nhân dân tỉnh An Lạc", "number": "35/BC-UBND", "place": "An Lạc",
                        "date": "2027-01-20",
                        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "title": "Phó Chủ tịch",
                                   "name": "Trần Văn Minh"},
                        "recipients": VI_RECIPIENTS, "archive": "KT"}),
    "progress-th": ("phaen-sahakon-changwat-sukhaphiban-2567-2570.txt",
                    ["rai-ngan-phon-sahakon-changwat-sukhaphiban-2568.txt"], {
                        "agency": "สำนักงานสหกรณ์จังหวัดสุขาภิบาล", "number": "สข 0010/118", "date": "2026-01-15",
                        "signer": {"name": "นายสมพงษ์ ใจงาม", "title": "สหกรณ์จังหวัดสุขาภิบาล"},
                        "recipients": ["ผู้ว่าราชการจังหวัดสุขาภิบาล"]}),
}


def progress_docx(name: str, work: Path) -> Path:
    """The progress report ``name`` as `coopdocs progress` writes it."""
    import json

    plan, reports, context = PROGRESS[name]
    folder = ROOT / "tests" / "data" / "progress"
    header = work / f"{name}.json"
    header.write_text(json.dumps(context, ensure_ascii=False), encoding="utf-8")
    docx = work / f"{name}.docx"
    command = [sys.executable, "-c", "from coopdocs.cli import main; main()", "progress",
               str(folder / plan), "--results", *(str(folder / r) for r in reports),
               "-o", str(docx), "--context", str(header)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    for line in done.stderr.splitlines():
        print(f"{name}: {line}", file=sys.stderr)
    if done.returncode != 0:
        raise SystemExit(f"{name}: coopdocs progress failed")
    return docx


def placeholder_png(path: Path, side: int = 64) -> Path:
    """A grey square PNG where the emblem goes (no real emblem is shipped)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xc0" * side for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
                     + chunk(b"IEND", b""))
    return path


def preview(name: str, work: Path, out_dir: Path, pages: Path | None = None) -> Path:
    import coopdocs
    from coopdocs.render.pdf import to_pdf

    if name in PROGRESS:
        docx = progress_docx(name, work)
    else:
        source, context = SAMPLES[name]
        context = dict(context)
        path = ROOT / "docs" / source if source.startswith("examples/") else ROOT / "corpus" / source
        record = coopdocs.extract(path)
        if name.endswith("-th"):
            context["emblem"] = str(placeholder_png(work / "emblem.png"))
        docx = work / f"{name}.docx"
        for w in coopdocs.render(name, [record], docx, context):
            print(f"{name}: warning: {w}", file=sys.stderr)
    pdf = to_pdf(docx, out_dir / f"{name}.pdf")
    png = out_dir / f"{name}.png"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)
    if pages is not None:
        pages.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(pages / name)], check=True)
    return png


def main(argv: list[str]) -> int:
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"preview needs {', '.join(missing)}: {__doc__.split(chr(10) + chr(10))[1].strip()}",
              file=sys.stderr)
        return 2
    args = argv[1:]
    pages = None
    if "--pages" in args:
        at = args.index("--pages")
        pages = Path(args[at + 1])
        del args[at:at + 2]
    names = args or [*SAMPLES, *PROGRESS]
    out_dir = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            print(preview(name, Path(tmp), out_dir, pages).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
