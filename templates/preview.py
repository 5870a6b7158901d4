"""Preview every built-in template: render it from the records of a corpus document, convert
it to PDF with LibreOffice and save the first page as docs/<name>.png.

    apt-get install -y libreoffice-writer fonts-thai-tlwg poppler-utils
    python templates/preview.py

TH Sarabun New is not packaged in Debian: fontconfig draws Thai text with Laksaman from
fonts-thai-tlwg (TLWG's free font derived from TH Sarabun PSK), and Times New Roman with the
metric-compatible Liberation Serif. The templates keep their font names.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DPI = 100

VI_RECIPIENTS = ["Ban Chỉ đạo Trung ương", "TT Tỉnh ủy, TT HĐND tỉnh", "Các thành viên Ban Chỉ đạo",
                 "UBND các huyện, thị xã, thành phố"]
SAMPLES = {
    "minutes-vi": ("vi/bien-ban-hop-bcd-kttt-quang-binh-2025.txt", {
        "parent_agency": "UBND tỉnh Quảng Bình",
        "agency": "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã",
        "number": "05/BB-BCĐ", "place": "Quảng Bình", "date": "2025-01-14",
        "title": "Hội nghị Ban Chỉ đạo tổng kết năm 2024, triển khai nhiệm vụ năm 2025",
        "meeting": {"date": "2025-01-14"}, "end_time": "11:15",
        "secretary": {"name": "Võ Thị Lan Anh", "title": "Trưởng phòng Tổng hợp, Liên minh Hợp tác xã tỉnh"},
        "recipients": VI_RECIPIENTS, "archive": "LMHTX"}),
    "plan-vi": ("vi/ke-hoach-kttt-hoa-binh-2025-2030-bang-muc-tieu.docx", {
        "agency": "Ủy ban nhân dân tỉnh Hòa Bình", "number": "246/KH-UBND", "place": "Hòa Bình",
        "date": "2024-10-25",
        "title": "Phát triển kinh tế tập thể, hợp tác xã tỉnh Hòa Bình giai đoạn 2025-2030",
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "title": "Phó Chủ tịch",
                   "name": "Đinh Công Sứ"},
        "recipients": VI_RECIPIENTS, "archive": "KTN"}),
    "report-vi": ("vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt", {
        "agency": "Ủy ban nhân dân tỉnh Lâm Đồng", "number": "215/BC-UBND", "place": "Lâm Đồng",
        "date": "2024-06-10",
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "title": "Phó Chủ tịch",
                   "name": "Nguyễn Ngọc Phúc"},
        "recipients": VI_RECIPIENTS, "archive": "NN"}),
    "notice-vi": ("vi/thong-bao-ket-luan-bcd-kttt-ha-tinh-2025.txt", {
        "agency": "Ủy ban nhân dân tỉnh Hà Tĩnh", "number": "47/TB-UBND", "place": "Hà Tĩnh",
        "date": "2025-02-24",
        "meeting": {"attendees": ["các thành viên Ban Chỉ đạo", "lãnh đạo Liên minh Hợp tác xã tỉnh",
                                  "đại diện UBND 13 huyện, thành phố, thị xã"]},
        "signer": {"authority": "TL. CHỦ TỊCH", "title": "Chánh Văn phòng", "name": "Nguyễn Duy Nghị"},
        "recipients": VI_RECIPIENTS, "archive": "NL"}),
    "minutes-th": ("th/rai-ngan-prachum-kammakan-sahakon-khonkaen-1-2567.txt", {
        "title": "คณะกรรมการขับเคลื่อนการพัฒนาสหกรณ์จังหวัดขอนแก่น", "session": "1/2567",
        "end_time": "12:15", "absent": ["นายเกียรติศักดิ์ วงศ์ใหญ่ พัฒนาการจังหวัดขอนแก่น ติดราชการ"],
        "guests": ["นายชัยวัฒน์ โคตรสมบัติ นักวิชาการสหกรณ์ชำนาญการพิเศษ"],
        "secretary": {"name": "นางสาวรัตนาภรณ์ ไชยเดช", "title": "นักวิชาการสหกรณ์ชำนาญการ"}}),
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


def preview(name: str, work: Path, out_dir: Path) -> Path:
    import coopdocs

    source, context = SAMPLES[name]
    record = coopdocs.extract(ROOT / "corpus" / source)
    docx = work / f"{name}.docx"
    for w in coopdocs.render(name, [record], docx, context):
        print(f"{name}: warning: {w}", file=sys.stderr)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx)],
                   check=True, capture_output=True)
    png = out_dir / f"{name}.png"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(work / f"{name}.pdf"), str(png.with_suffix(""))], check=True)
    return png


def main(argv: list[str]) -> int:
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"preview needs {', '.join(missing)}: {__doc__.split(chr(10) + chr(10))[1].strip()}",
              file=sys.stderr)
        return 2
    names = argv[1:] or list(SAMPLES)
    out_dir = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            print(preview(name, Path(tmp), out_dir).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
