"""Placed lines to running text (coopdocs/readers/layout.py): reading order, paragraphs,
running headers and footers. Lines are boxes in points, top-down, letters 10 pt high."""
import re

import pytest

from coopdocs.readers.layout import Line, drop_margins, page_text, reading_order

THAI = re.compile("[\u0e00-\u0e7f]")


def line(text, left, top, right, size=10.0, first=0.0):
    return Line(text, left, top, right, top + size * 1.2, size, first=first)


def rows(*texts, left=50, right=500, pitch=12, top=100):
    """Lines of one column, one under the other; a text ending in '|' stops short."""
    out = []
    for i, t in enumerate(texts):
        short = t.endswith("|")
        out.append(line(t.rstrip("|"), left, top + i * pitch, right - 200 if short else right))
    return out


PARAGRAPHS = [
    pytest.param(rows("Toàn tỉnh có 236 hợp tác xã và", "1.482 tổ hợp tác.|"),
                 "Toàn tỉnh có 236 hợp tác xã và 1.482 tổ hợp tác.", id="wrapped-line-joined"),
    pytest.param(rows("Kết quả thực hiện phát triển kinh tế-", "xã hội năm 2023|"),
                 "Kết quả thực hiện phát triển kinh tế-xã hội năm 2023", id="hyphen-kept-no-space"),
    pytest.param(rows("Co-operatives were reorgan\u00ad", "ised in 2023.|"),
                 "Co-operatives were reorganised in 2023.", id="soft-hyphen-dropped"),
    pytest.param(rows("Thực hiện Kế hoạch số 61/KH\x02", "UBND của tỉnh.|"),
                 "Thực hiện Kế hoạch số 61/KH-UBND của tỉnh.", id="pdfium-hyphen-written"),
    pytest.param(rows("Giao Sở Tài chính chủ trì.|", "- Giao Sở Nội vụ phối hợp.|"),
                 "Giao Sở Tài chính chủ trì.\n- Giao Sở Nội vụ phối hợp.", id="short-line-ends"),
    pytest.param(rows("Các sở, ngành triển khai thực hiện kế hoạch năm", "a) Về số lượng|"),
                 "Các sở, ngành triển khai thực hiện kế hoạch năm\na) Về số lượng", id="list-item"),
    pytest.param(rows("สหกรณ์การเกษตรในจังหวัด", "ร้อยเอ็ดมีสมาชิก 2,315 ราย|"),
                 "สหกรณ์การเกษตรในจังหวัดร้อยเอ็ดมีสมาชิก 2,315 ราย", id="thai-joined-without-space"),
    pytest.param(rows("สหกรณ์การเกษตรในจังหวัด ", "ร้อยเอ็ดมีสมาชิก 2,315 ราย|"),
                 "สหกรณ์การเกษตรในจังหวัด ร้อยเอ็ดมีสมาชิก 2,315 ราย", id="thai-space-at-line-end"),
    pytest.param(rows("Thực hiện Nghị quyết số 20-NQ/TW ngày", "16/6/2022 của Ban Chấp hành",
                      pitch=30), "Thực hiện Nghị quyết số 20-NQ/TW ngày\n16/6/2022 của Ban Chấp hành",
                 id="far-below-new-paragraph"),
    pytest.param([line("Thực hiện Nghị quyết số 20-NQ/TW ngày", 50, 100, 450),
                  line("16/6/2022 của Ban Chấp hành", 50, 112, 500, first=30)],
                 "Thực hiện Nghị quyết số 20-NQ/TW ngày\n16/6/2022 của Ban Chấp hành",
                 id="next-word-would-have-fitted"),
    pytest.param([line("Chỉ số của các hợp tác xã trong tỉnh năm 2023 đạt ..... 12", 50, 100, 500),
                  line("KẾT QUẢ THỰC HIỆN", 50, 112, 200, size=14)],
                 "Chỉ số của các hợp tác xã trong tỉnh năm 2023 đạt ..... 12\nKẾT QUẢ THỰC HIỆN",
                 id="heading-in-larger-type"),
    pytest.param([line("Thực hiện Nghị quyết số 20-NQ/TW ngày", 50, 100, 490),
                  line("      16/6/2022 của Ban Chấp hành", 80, 112, 500)],
                 "Thực hiện Nghị quyết số 20-NQ/TW ngày\n16/6/2022 của Ban Chấp hành",
                 id="indented-first-line"),
]


@pytest.mark.parametrize("lines, want", PARAGRAPHS)
def test_paragraphs(lines, want):
    assert page_text(lines, THAI)[0] == want


def test_low_confidence_spans_follow_the_text():
    a = Line("  Có 236", 50, 100, 500, 112, 10, weak=[(5, 8, 40.0)])
    b = Line("hợp tác xã", 50, 112, 200, 124, 10, weak=[(0, 3, 30.0)])
    text, weak = page_text([a, b], None)
    assert [text[s:e] for s, e, _ in weak] == ["236", "hợp"]


ORDERS = [
    pytest.param([line("right 1", 300, 0, 500), line("left 1", 50, 0, 250),
                  line("left 2", 50, 12, 250), line("right 2", 300, 12, 500)],
                 ["left 1", "left 2", "right 1", "right 2"], id="two-columns"),
    pytest.param([line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 250, 0, 520),
                  line("ỦY BAN NHÂN DÂN", 50, 0, 200), line("Số: 38/BC-UBND", 50, 12, 200),
                  line("Độc lập - Tự do - Hạnh phúc", 280, 12, 480),
                  line("BÁO CÁO kết quả năm 2023 của tỉnh", 50, 40, 520)],
                 ["ỦY BAN NHÂN DÂN", "Số: 38/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO kết quả năm 2023 của tỉnh"],
                 id="document-head-side-by-side"),
    pytest.param([line("Số hợp tác xã", 50, 0, 200), line("236", 300, 0, 330),
                  line("250", 400, 0, 430), line("Số thành viên", 50, 15, 200),
                  line("38.915", 300, 15, 340), line("40.000", 400, 15, 440)],
                 ["Số hợp tác xã", "236", "250", "Số thành viên", "38.915", "40.000"],
                 id="table-row-by-row"),
]


@pytest.mark.parametrize("lines, want", ORDERS)
def test_reading_order(lines, want):
    assert [x.text for x in reading_order(lines)] == want


def _page(n, body):
    return [line("BÁO CÁO TỔNG HỢP", 50, 20, 300), *rows(*body, "Các chỉ tiêu khác", top=60),
            line(f"Trang {n}", 250, 800, 300)]


def test_running_header_and_page_number_dropped():
    pages = [_page(n, [f"Nội dung trang {n} có {n * 7} hợp tác xã"]) for n in (1, 2, 3)]
    kept = [[x.text for x in p] for p in drop_margins(pages)]
    assert kept == [[f"Nội dung trang {n} có {n * 7} hợp tác xã", "Các chỉ tiêu khác"]
                    for n in (1, 2, 3)]


def test_body_lines_at_the_top_of_every_page_stay():
    pages = [rows("Toàn tỉnh có 236 hợp tác xã", "Toàn tỉnh có 236 hợp tác xã") for _ in range(3)]
    assert drop_margins(pages) == pages


def test_a_heading_on_one_page_only_stays():
    pages = [_page(1, ["Nội dung"]), [line("KẾ HOẠCH", 50, 20, 300), *rows("Nội dung", top=60)]]
    assert "KẾ HOẠCH" in [x.text for x in drop_margins(pages)[1]]
