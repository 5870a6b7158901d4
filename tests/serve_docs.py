"""Documents the serve tests make themselves: a Vietnamese plan and a Thai plan, each with a
target to correct, one that is not a target, and one the extractor misses."""
import io

VI_LINES = [
    "KẾ HOẠCH",
    "Phát triển kinh tế tập thể tỉnh Hòa Bình năm 2026",
    "I. MỤC TIÊU",
    ("Đến năm 2030 phấn đấu có trên 460 hợp tác xã, thu nhập bình quân của thành viên đạt "
     "60 triệu đồng/người/năm."),
    "Năm 2025 toàn tỉnh đã vượt chỉ tiêu với 350 hợp tác xã đang hoạt động.",
    "Năm 2026, mỗi huyện xây dựng ít nhất 2 hợp tác xã điển hình.",
    "II. NHIỆM VỤ",
    ("Giao Sở Tài chính chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh thẩm định phương án "
     "trước ngày 30/6/2026."),
]
TH_LINES = [
    "แผนปฏิบัติการส่งเสริมสหกรณ์จังหวัดนครราชสีมา ปี 2569",
    "วัตถุประสงค์และเป้าหมาย",
    "ภายในปี 2570 มีสหกรณ์ที่มีความเข้มแข็งไม่น้อยกว่า 120 แห่ง และสมาชิกมีรายได้เฉลี่ยเพิ่มขึ้นร้อยละ 5 ต่อปี",
    "ในปี 2568 จังหวัดมีสหกรณ์ที่ดำเนินการอยู่ 310 แห่ง",
    "สำนักงานสหกรณ์จังหวัดจะจัดอบรมผู้นำสหกรณ์ 200 คน ในปี 2569",
    ("มอบหมายให้สำนักงานสหกรณ์จังหวัดร่วมกับสำนักงานตรวจบัญชีสหกรณ์จัดทำแผนพัฒนาให้แล้วเสร็จ"
     "ภายในวันที่ 30 กันยายน 2569"),
]

# What each test does with a document: the target whose value and indicator it corrects, the
# false target it rejects, the missed target it adds (its words and its deadline, typed as the
# language writes a year), and the template.
PLANS = {
    "vi": {"lines": VI_LINES, "correct": "trên 460 hợp tác xã", "value": "480",
           "shown": "480", "indicator": "Số hợp tác xã kiểu mới", "false": "350 hợp tác xã",
           "missed": "ít nhất 2 hợp tác xã", "deadline": "2026", "template": "plan-vi"},
    "th": {"lines": TH_LINES, "correct": "ไม่น้อยกว่า 120 แห่ง", "value": "150", "shown": "150",
           "indicator": "จำนวนสหกรณ์ที่เข้มแข็ง", "false": "310 แห่ง",
           "missed": "200 คน", "deadline": "2569",
           "template": "plan-th"},
}


def docx_bytes(lines) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def docx_text(data: bytes) -> str:
    """Every paragraph and table cell of a Word file, one a line."""
    import docx

    d = docx.Document(io.BytesIO(data))
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)

MINUTES_VI = """BIÊN BẢN HỌP
Ban Chỉ đạo phát triển kinh tế tập thể huyện Lạc Sơn
Thời gian: 14 giờ 00 ngày 05/3/2026
Địa điểm: Hội trường Ủy ban nhân dân huyện
Chủ trì: đồng chí Bùi Văn Hòa, Phó Chủ tịch UBND huyện
Thư ký: đồng chí Đinh Thị Mai, chuyên viên Phòng Nông nghiệp
Nội dung:
1. Đánh giá kết quả phát triển hợp tác xã năm 2025.
Kết luận:
Giao Phòng Tài chính - Kế hoạch chủ trì rà soát các hợp tác xã ngừng hoạt động trước ngày 30/4/2026.
"""
