"""What each figure measures (docs/records.md Figure `indicator`, `indicator_id`, `role`, `cell`),
Vietnamese and Thai.

A case names a figure by its exact text (`span`) and gives the indicator phrase as the
document names it. The phrase is the noun phrase the figure belongs to (`số lượng ... đạt`,
`... là`, `N% <noun phrase>`, `<noun phrase> จำนวน`, `ร้อยละ ... ของ`), the label of a
list item under a lead-in, a heading, or a table row label; never a verb (`thu hút`,
`phấn đấu`, `ตั้งเป้า`), a connective or a lone classifier.

A predicted phrase agrees with the expected one the way docs/annotation.md scores indicators:
at least half of the words of the longer phrase are shared (syllables in Vietnamese, with
HTX / THT / LH HTX / KTTT read in full; character pairs in Thai). `must` lists words the
phrase has to contain (its head), `must_not` words it may never contain (verbs, cues).

A target carries its figure's indicator (checked for the cases that are goals). Known gaps
are strict xfails naming the defect (`known`).
"""
import re

import pytest
from helpers import extract, find

TARGET_OWNS = "which figures are goals is the targets grammar's decision, and it reads this one "
_UNSET = object()

ABBREVIATIONS = {"lh htx": "liên hiệp hợp tác xã", "htx": "hợp tác xã", "tht": "tổ hợp tác",
                 "kttt": "kinh tế tập thể", "ubnd": "ủy ban nhân dân"}


def phrase_words(phrase):
    """Syllables of a spaced phrase (abbreviations read in full), character pairs in Thai."""
    phrase = " ".join((phrase or "").casefold().replace(",", " ").split())
    for short, full in ABBREVIATIONS.items():
        phrase = re.sub(rf"\b{short}\b", full, phrase)
    if any("\u0e00" <= ch <= "\u0e7f" for ch in phrase):
        s = "".join(phrase.split())
        return {s[i:i + 2] for i in range(len(s) - 1)}
    return set(phrase.split())


def same_phrase(want, got):
    """At least half of the words of the longer phrase shared."""
    w, g = phrase_words(want), phrase_words(got)
    return bool(w and g) and len(w & g) >= 0.5 * max(len(w), len(g))


def ind(id, text, span, indicator, *, iid=_UNSET, role=_UNSET, target=False, must=(),
        must_not=(), occ=0, known=None):
    """One figure. `iid`: the expected indicator id (None: no id fits); `role`: its role;
    `target`: the figure is a goal, so the record's target for it carries the indicator too;
    `known`: check name (`indicator`, `iid`, `role`) -> why it is known to fail today."""
    return {"id": id, "text": text, "span": span, "indicator": indicator, "iid": iid,
            "role": role, "target": target, "must": tuple(must), "must_not": tuple(must_not),
            "occ": occ, "known": known or {}}


def check_phrase(got, case):
    assert isinstance(got, str) and got.strip(), f"no indicator: {got!r}"
    assert same_phrase(case["indicator"], got), (case["indicator"], got)
    low = got.casefold()
    for word in case["must"]:
        assert word.casefold() in low, (word, got)
    for word in case["must_not"]:
        assert word.casefold() not in low, (word, got)


def figure_of(case, lang):
    rec = extract(case["text"], lang)
    return rec, find(rec["figures"], case["text"], case["span"], case["occ"], "figure")


# ----------------------------------------------------------------------------- Vietnamese

VI = [
    # -- the noun phrase before a copula or verb: `số lượng ... đạt`, `... là`, `... chiếm`
    ind("so-luong-thanh-vien-dat", "Số lượng thành viên hợp tác xã đạt 15.230 người.",
        "15.230 người", "số lượng thành viên hợp tác xã", iid="coops.members", role="result",
        must=("thành viên",)),
    ind("doanh-thu-binh-quan-la", "Doanh thu bình quân của hợp tác xã là 3,1 tỷ đồng/năm.",
        "3,1 tỷ đồng", "doanh thu bình quân của hợp tác xã", iid="coops.revenue_avg",
        role="result", must=("doanh thu",)),
    ind("thu-nhap-nguoi-lao-dong", "Thu nhập bình quân của người lao động trong hợp tác xã đạt "
        "62 triệu đồng/năm.", "62 triệu đồng", "thu nhập bình quân của người lao động",
        iid="workers.income_avg", role="result", must=("thu nhập",)),
    ind("thu-nhap-thanh-vien", "Năm 2024, thu nhập bình quân của thành viên đạt 58 triệu đồng.",
        "58 triệu đồng", "thu nhập bình quân của thành viên", iid="members.income_avg",
        role="result", must=("thu nhập",)),
    ind("ty-le-chuoi-gia-tri-dat", "Tỷ lệ hợp tác xã nông nghiệp tham gia chuỗi giá trị đạt 28%.",
        "28%", "tỷ lệ hợp tác xã nông nghiệp tham gia chuỗi giá trị",
        iid="coops.value_chain_share", role="result", must=("tỷ lệ",)),
    ind("tong-von-dieu-le-la", "Tổng vốn điều lệ của các hợp tác xã là 1.250 tỷ đồng.",
        "1.250 tỷ đồng", "tổng vốn điều lệ của các hợp tác xã", iid="coops.charter_capital",
        role="result", must=("vốn điều lệ",)),
    ind("lai-binh-quan", "Lãi bình quân của một hợp tác xã đạt 310 triệu đồng.",
        "310 triệu đồng", "lãi bình quân của một hợp tác xã", iid="coops.profit_avg",
        role="result", must=("lãi",)),
    ind("tong-tai-san", "Tổng tài sản của các hợp tác xã đạt 2.100 tỷ đồng.", "2.100 tỷ đồng",
        "tổng tài sản của các hợp tác xã", iid="coops.assets", role="result",
        must=("tài sản",)),
    ind("so-to-hop-tac-tren-dia-ban", "Số tổ hợp tác trên địa bàn tỉnh là 1.120 tổ.", "1.120 tổ",
        "số tổ hợp tác trên địa bàn tỉnh", iid="groups.count", role="result",
        must=("tổ hợp tác",)),
    ind("so-lao-dong-thuong-xuyen", "Số lao động thường xuyên trong hợp tác xã là 6.300 người.",
        "6.300 người", "số lao động thường xuyên trong hợp tác xã", iid="coops.workers",
        role="result", must=("lao động",)),
    ind("so-ho-tham-gia-tht", "Số hộ tham gia tổ hợp tác là 5.400 hộ.", "5.400 hộ",
        "số hộ tham gia tổ hợp tác", iid="households.count", role="result", must=("hộ",)),
    ind("du-no-cho-vay-quy", "Dư nợ cho vay của Quỹ hỗ trợ phát triển hợp tác xã là 85 tỷ đồng.",
        "85 tỷ đồng", "dư nợ cho vay của Quỹ hỗ trợ phát triển hợp tác xã",
        iid="loans.outstanding", role="result", must=("dư nợ",)),
    ind("dien-tich-lien-ket", "Diện tích sản xuất theo chuỗi liên kết đạt 2.300 ha.", "2.300 ha",
        "diện tích sản xuất theo chuỗi liên kết", iid="area.production", role="result",
        must=("diện tích",)),
    ind("so-htx-cong-nghe-cao-la", "Số hợp tác xã ứng dụng công nghệ cao là 36 hợp tác xã.",
        "36 hợp tác xã", "số hợp tác xã ứng dụng công nghệ cao",
        iid="coops.hightech_count", role="result", must=("công nghệ cao",)),
    ind("ty-trong-kttt-grdp", "Tỷ trọng kinh tế tập thể trong GRDP của tỉnh đạt 5,1%.", "5,1%",
        "tỷ trọng kinh tế tập thể trong GRDP", iid="collective.grdp_share", role="result",
        must=("GRDP",)),
    ind("ty-trong-chiem", "Tỷ trọng giá trị sản xuất của khu vực hợp tác xã trong tổng giá trị "
        "sản xuất nông nghiệp chiếm 12,5%.", "12,5%",
        "tỷ trọng giá trị sản xuất của khu vực hợp tác xã trong tổng giá trị sản xuất nông nghiệp",
        role="result", must=("giá trị sản xuất",), must_not=("chiếm",)),
    ind("ty-le-yeu-kem-con", "Tỷ lệ hợp tác xã yếu kém còn dưới 3%.", "dưới 3%",
        "tỷ lệ hợp tác xã yếu kém", iid="coops.weak_share", role="result",
        must=("yếu kém",), must_not=("còn",)),
    # -- a label and a colon: `Số hợp tác xã ngừng hoạt động: 22 hợp tác xã`
    ind("label-colon-ngung-hoat-dong", "Số hợp tác xã ngừng hoạt động: 22 hợp tác xã.",
        "22 hợp tác xã", "số hợp tác xã ngừng hoạt động", iid="coops.inactive", role="result",
        must=("ngừng hoạt động",)),
    ind("label-colon-lh-htx-abbrev", "Số liên hiệp hợp tác xã: 04 LH HTX.", "04 LH HTX",
        "số liên hiệp hợp tác xã", iid="unions.count", role="result", must=("liên hiệp",)),
    ind("label-colon-after-a-sentence", "Toàn tỉnh có 310 hợp tác xã hoạt động ổn định. "
        "Số thành viên hợp tác xã: 41.500 thành viên.", "41.500 thành viên",
        "số thành viên hợp tác xã", iid="coops.members", role="result",
        must_not=("ổn định", "310")),
    # -- a counted noun with what follows it: `có 7 HTX giải thể`, `45 HTX với 1.900 thành viên`
    ind("count-noun-then-verb", "Trong năm có 7 HTX giải thể theo quy định.", "7 HTX",
        "số HTX giải thể", iid="coops.dissolved", role="result", must=("giải thể",)),
    ind("count-noun-dang-hoat-dong", "Toàn tỉnh có 412 hợp tác xã nông nghiệp đang hoạt động.",
        "412 hợp tác xã", "số hợp tác xã nông nghiệp đang hoạt động", iid="coops.active",
        role="result", must=("hợp tác xã",)),
    ind("members-with-owner", "Đến nay có 45 hợp tác xã với 1.900 thành viên.", "1.900 thành viên",
        "số thành viên hợp tác xã", iid="coops.members", role="result",
        must=("thành viên",)),
    ind("ocop-products", "Có 18 sản phẩm OCOP của hợp tác xã được công nhận trong năm.",
        "18 sản phẩm", "số sản phẩm OCOP của hợp tác xã được công nhận", iid="ocop.products",
        role="result", must=("OCOP",)),
    ind("training-classes", "Liên minh đã tổ chức 14 lớp tập huấn cho cán bộ quản lý hợp tác xã.",
        "14 lớp", "số lớp tập huấn cho cán bộ quản lý hợp tác xã", iid="training.count",
        role="result", must=("tập huấn",), must_not=("tổ chức",)),
    ind("members-verb-is-not-indicator", "Năm 2025, các hợp tác xã thu hút 9.800 thành viên tham gia.",
        "9.800 thành viên", "số thành viên tham gia", iid="coops.members", role="result",
        must=("thành viên",), must_not=("thu hút",)),
    # -- a percent with the noun phrase after it: `70% hợp tác xã hoạt động hiệu quả`
    ind("percent-then-np-target", "Phấn đấu đến năm 2030 có 70% hợp tác xã hoạt động hiệu quả.",
        "70%", "tỷ lệ hợp tác xã hoạt động hiệu quả", iid="coops.effective_share",
        role="target", target=True, must=("hiệu quả",), must_not=("phấn đấu",)),
    ind("percent-then-so-xa", "Đến năm 2030, 100% số xã có ít nhất 01 hợp tác xã hoạt động.",
        "100%", "tỷ lệ xã có hợp tác xã hoạt động", iid="communes.coop_share", role="target",
        target=True, must=("xã",)),
    ind("percent-after-verb-thu-hut", "Đến năm 2035, thu hút tối thiểu 25% dân số tham gia "
        "kinh tế tập thể.", "tối thiểu 25%", "tỷ lệ dân số tham gia kinh tế tập thể",
        iid="collective.population_share", role="target", target=True, must=("dân số",),
        must_not=("thu hút",)),
    ind("percent-elided-owner", "Đến năm 2030, phấn đấu 75% hợp tác xã nông nghiệp xếp loại khá "
        "trở lên; trong đó có ít nhất 40% tham gia chuỗi giá trị.", "ít nhất 40%",
        "tỷ lệ hợp tác xã nông nghiệp tham gia chuỗi giá trị", iid="coops.value_chain_share",
        role="target", target=True, must=("chuỗi giá trị",)),
    # -- growth rates: the subject of `tăng bình quân`
    ind("growth-revenue", "Đến năm 2030, doanh thu của khu vực kinh tế tập thể tăng bình quân "
        "6,5%/năm.", "6,5%/năm", "doanh thu của khu vực kinh tế tập thể tăng bình quân",
        iid="coops.revenue_growth", role="target", target=True, must=("doanh thu",)),
    # -- one governing verb over a list of counts
    ind("list-thanh-lap-moi-htx", "Trong năm 2026, toàn huyện phấn đấu thành lập thêm "
        "25 hợp tác xã, 40 tổ hợp tác và 2 liên hiệp hợp tác xã.", "25 hợp tác xã", "số hợp tác xã thành lập thêm",
        iid="coops.new", role="target", target=True, must=("hợp tác xã",)),
    ind("list-thanh-lap-moi-tht", "Trong năm 2026, toàn huyện phấn đấu thành lập thêm "
        "25 hợp tác xã, 40 tổ hợp tác và 2 liên hiệp hợp tác xã.", "40 tổ hợp tác", "số tổ hợp tác thành lập thêm",
        iid="groups.new", role="target", target=True, must=("tổ hợp tác",)),
    ind("list-thanh-lap-moi-lh", "Trong năm 2026, toàn huyện phấn đấu thành lập thêm "
        "25 hợp tác xã, 40 tổ hợp tác và 2 liên hiệp hợp tác xã.", "2 liên hiệp hợp tác xã",
        "số liên hiệp hợp tác xã thành lập thêm", iid="unions.new", role="target", target=True,
        must=("liên hiệp",)),
    # -- `trong đó … N`: the owner comes from the figure before
    ind("trong-do-bare-number", "Chỉ tiêu năm 2026: lao động thường xuyên của hợp tác xã đạt 8.400, "
        "trong đó tuyển dụng mới 900 người.", "8.400", "số lao động thường xuyên của hợp tác xã",
        iid="coops.workers", role="target", target=True, must=("lao động",)),
    ind("trong-do-inherits-owner", "Chỉ tiêu năm 2026: lao động thường xuyên của hợp tác xã đạt "
        "8.400, trong đó tuyển dụng mới 900 người.", "900 người",
        "số lao động thường xuyên của hợp tác xã tuyển dụng mới", role="target", target=True,
        must=("lao động",)),
    ind("thanh-vien-is-one-word", "Kế hoạch năm 2026: tổng số thành viên của các quỹ tín dụng nhân "
        "dân là 16.500.", "16.500", "tổng số thành viên của các quỹ tín dụng nhân dân",
        role="target", target=True, must=("thành viên",)),
    ind("generic-counted-noun-nguoi", "Năm 2026 phấn đấu số thành viên tham gia các hợp tác xã là "
        "16.500 người.", "16.500 người", "số thành viên tham gia các hợp tác xã",
        iid="coops.members", role="target", target=True, must=("thành viên",)),
    # -- a list under a lead-in: the item's label names the figure
    ind("leadin-list-label-count", "Mục tiêu năm 2026:\n- Số hợp tác xã: 520 hợp tác xã;\n"
        "- Doanh thu bình quân: 4 tỷ đồng/hợp tác xã;\n- Tỷ lệ hợp tác xã khá, tốt: 65%.",
        "520 hợp tác xã", "số hợp tác xã", iid="coops.count", role="target", target=True,
        must=("hợp tác xã",)),
    ind("leadin-list-label-money", "Mục tiêu năm 2026:\n- Số hợp tác xã: 520 hợp tác xã;\n"
        "- Doanh thu bình quân: 4 tỷ đồng/hợp tác xã;\n- Tỷ lệ hợp tác xã khá, tốt: 65%.",
        "4 tỷ đồng", "doanh thu bình quân", iid="coops.revenue_avg", role="target",
        target=True, must=("doanh thu",)),
    ind("leadin-list-label-percent", "Mục tiêu năm 2026:\n- Số hợp tác xã: 520 hợp tác xã;\n"
        "- Doanh thu bình quân: 4 tỷ đồng/hợp tác xã;\n- Tỷ lệ hợp tác xã khá, tốt: 65%.",
        "65%", "tỷ lệ hợp tác xã khá, tốt", iid="coops.effective_share", role="target",
        target=True, must=("tỷ lệ",)),
    ind("leadin-semicolon-items", "Chỉ tiêu cụ thể đến năm 2027: tỷ lệ hợp tác xã có kế toán đạt "
        "chuẩn 80%; tỷ lệ cán bộ quản lý hợp tác xã có trình độ đại học 45%.", "45%",
        "tỷ lệ cán bộ quản lý hợp tác xã có trình độ đại học", role="target", target=True,
        must=("cán bộ",)),
    # -- a heading names what a generic counted noun counts
    ind("heading-names-the-noun", "b) Về liên hiệp hợp tác xã\nĐến nay có 5 đơn vị, tăng 1 đơn vị "
        "so với năm trước.", "5 đơn vị", "số liên hiệp hợp tác xã", iid="unions.count",
        role="result", must=("liên hiệp",)),
    # -- roles: estimate, baseline, limit
    ind("estimate-uoc", "Ước cả năm 2025 có 35 hợp tác xã thành lập mới.", "35 hợp tác xã",
        "số hợp tác xã thành lập mới", iid="coops.new", role="estimate",
        must=("hợp tác xã",), must_not=("ước",)),
    ind("baseline-tu-len", "Kế hoạch đặt mục tiêu tăng số hợp tác xã từ 210 hợp tác xã năm 2020 "
        "lên 300 hợp tác xã năm 2025.", "210 hợp tác xã", "số hợp tác xã", iid="coops.count",
        role="baseline", must=("hợp tác xã",),
        known={"role": TARGET_OWNS + "(`từ 210 … lên 300`) as a goal"}),
    ind("target-tu-len", "Kế hoạch đặt mục tiêu tăng số hợp tác xã từ 210 hợp tác xã năm 2020 "
        "lên 300 hợp tác xã năm 2025.", "300 hợp tác xã", "số hợp tác xã", iid="coops.count",
        role="target", must=("hợp tác xã",)),
    ind("limit-muc-cho-vay", "Mức cho vay tối đa 500 triệu đồng/hợp tác xã, thời hạn vay không "
        "quá 36 tháng, lãi suất 3,6%/năm.", "tối đa 500 triệu đồng", "mức cho vay",
        iid="loans.amount", role="limit", must=("vay",)),
    ind("limit-thoi-han-vay", "Mức cho vay tối đa 500 triệu đồng/hợp tác xã, thời hạn vay không "
        "quá 36 tháng, lãi suất 3,6%/năm.", "không quá 36 tháng", "thời hạn vay",
        iid="loans.term", role="limit", must=("thời hạn",)),
    ind("limit-lai-suat", "Mức cho vay tối đa 500 triệu đồng/hợp tác xã, thời hạn vay không quá "
        "36 tháng, lãi suất 3,6%/năm.", "3,6%/năm", "lãi suất", iid="loans.interest_rate",
        role="limit", must=("lãi suất",)),
    ind("limit-tong-kinh-phi", "Tổng kinh phí thực hiện kế hoạch là 12,5 tỷ đồng.",
        "12,5 tỷ đồng", "tổng kinh phí thực hiện kế hoạch", iid="support.funding",
        role="limit", must=("kinh phí",)),
    # -- a second figure of the same noun phrase, lists and owners
    ind("growth-then-reach", "Doanh thu bình quân của tổ hợp tác tăng 8%/năm, đạt khoảng 500 triệu "
        "đồng.", "khoảng 500 triệu đồng", "doanh thu bình quân của tổ hợp tác",
        iid="groups.revenue_avg", role="result", must=("doanh thu",), must_not=("đạt",)),
    ind("owner-of-co-is-a-place", "Mỗi huyện có ít nhất 02 hợp tác xã điển hình.",
        "ít nhất 02 hợp tác xã", "số hợp tác xã điển hình mỗi huyện", iid="coops.count",
        role="result", must=("điển hình",)),
    ind("owner-of-co-is-the-noun", "Hợp tác xã nông nghiệp có 215 hợp tác xã, chiếm 68% tổng số.",
        "215 hợp tác xã", "số hợp tác xã nông nghiệp", iid="coops.agri_count", role="result",
        must=("nông nghiệp",)),
    ind("coordination-before-link", "Thu nhập bình quân của thành viên, người lao động thường "
        "xuyên đạt 72 triệu đồng/năm.", "72 triệu đồng",
        "thu nhập bình quân của thành viên, người lao động thường xuyên",
        iid="workers.income_avg", role="result", must=("thu nhập", "thành viên")),
    ind("event-kept-with-modifier", "Trong năm, giải thể 04 hợp tác xã ngừng hoạt động kéo dài.",
        "04 hợp tác xã", "số hợp tác xã giải thể ngừng hoạt động kéo dài",
        iid="coops.dissolved", role="result", must=("giải thể",)),
    ind("label-is-a-topic", "- Đất đai: 12 hợp tác xã được giao đất sản xuất.", "12 hợp tác xã",
        "số hợp tác xã được giao đất sản xuất", iid="coops.count", role="result",
        must=("giao đất",), must_not=("Đất đai",)),
    ind("rating-counts", "Có 64 hợp tác xã xếp loại tốt, 51 hợp tác xã xếp loại khá.",
        "51 hợp tác xã", "số hợp tác xã xếp loại khá", iid="coops.effective_count",
        role="result", must=("xếp loại khá",)),
    ind("share-of-those-served", "Hoàn thành việc hướng dẫn chuyển đổi cho 100% hợp tác xã đủ điều "
        "kiện trước ngày 31/12/2026.", "100%", "tỷ lệ hợp tác xã đủ điều kiện được hướng dẫn "
        "chuyển đổi", role="result", must=("hợp tác xã", "hướng dẫn"), must_not=("hoàn thành",)),
    ind("share-after-dat-ty-le", "Có 31 đại biểu tán thành, đạt tỷ lệ 96,9%.", "96,9%",
        "tỷ lệ đại biểu tán thành", role="result", must=("tán thành",), must_not=("đạt",)),
    ind("noun-then-du-kien", "Tổng kinh phí dự kiến giai đoạn 2026-2030 khoảng 95 tỷ đồng.",
        "khoảng 95 tỷ đồng", "tổng kinh phí dự kiến", iid="support.funding", role="limit",
        must=("kinh phí",), must_not=("giai đoạn",),
        known={"role": TARGET_OWNS + "(a budget after `dự kiến`) as a goal"}),
]


# ----------------------------------------------------------------------------- Thai

TH = [
    # -- `มี<noun phrase> N <classifier>` and `<noun phrase> N <classifier>`
    ind("mi-sahakon-damnoen-kitchakan", "ปัจจุบันจังหวัดมีสหกรณ์ที่ดำเนินกิจการ 186 แห่ง",
        "186 แห่ง", "จำนวนสหกรณ์ที่ดำเนินกิจการ", iid="coops.active", role="result",
        must=("สหกรณ์",), must_not=("ปัจจุบัน",)),
    ind("mi-samachik-ruam", "สหกรณ์ในจังหวัดมีสมาชิกรวม 64,300 คน", "64,300 คน",
        "จำนวนสมาชิกสหกรณ์", iid="coops.members", role="result", must=("สมาชิก",)),
    ind("klum-kasettakon", "ในปี 2567 มีกลุ่มเกษตรกรที่จดทะเบียน 45 กลุ่ม", "45 กลุ่ม",
        "จำนวนกลุ่มเกษตรกรที่จดทะเบียน", iid="groups.count", role="result",
        must=("กลุ่มเกษตรกร",)),
    ind("chumnum-sahakon", "จังหวัดมีชุมนุมสหกรณ์ 6 แห่ง", "6 แห่ง", "จำนวนชุมนุมสหกรณ์",
        iid="unions.count", role="result", must=("ชุมนุมสหกรณ์",)),
    ind("sahakon-yut-damnoen-ngan", "สหกรณ์ที่หยุดดำเนินงาน 14 แห่ง อยู่ระหว่างการชำระบัญชี",
        "14 แห่ง", "จำนวนสหกรณ์ที่หยุดดำเนินงาน", iid="coops.inactive", role="result",
        must=("หยุดดำเนินงาน",)),
    ind("kasettakon-khao-ruam", "มีเกษตรกรเข้าร่วมโครงการ 3,500 ราย", "3,500 ราย",
        "จำนวนเกษตรกรที่เข้าร่วมโครงการ", iid="farmers.count", role="result",
        must=("เกษตรกร",)),
    ind("khrua-ruean-khao-ruam", "ครัวเรือนที่เข้าร่วมโครงการ 2,800 ครัวเรือน", "2,800 ครัวเรือน",
        "จำนวนครัวเรือนที่เข้าร่วมโครงการ", iid="households.count", role="result",
        must=("ครัวเรือน",)),
    ind("raeng-ngan-nai-sahakon", "สหกรณ์มีแรงงานในสหกรณ์ทั้งสิ้น 1,340 คน", "1,340 คน",
        "จำนวนแรงงานในสหกรณ์", iid="coops.workers", role="result", must=("แรงงาน",)),
    ind("thai-digits-sahakon-kaset", "จังหวัดมีสหกรณ์ภาคการเกษตร ๑๒๐ แห่ง", "๑๒๐ แห่ง",
        "จำนวนสหกรณ์ภาคการเกษตร", iid="coops.agri_count", role="result",
        must=("ภาคการเกษตร",)),
    ind("nok-phak-kaset", "และสหกรณ์นอกภาคการเกษตร 66 แห่ง", "66 แห่ง",
        "จำนวนสหกรณ์นอกภาคการเกษตร", iid="coops.nonagri_count", role="result",
        must=("นอกภาคการเกษตร",)),
    # -- money and measures after their noun phrase
    ind("raidai-chalia-samachik", "รายได้เฉลี่ยของสมาชิกสหกรณ์ 185,000 บาทต่อปี", "185,000 บาท",
        "รายได้เฉลี่ยของสมาชิกสหกรณ์", iid="members.income_avg", role="result",
        must=("รายได้เฉลี่ย",)),
    ind("kamrai-chalia", "กำไรสุทธิเฉลี่ยของสหกรณ์ 2.4 ล้านบาท", "2.4 ล้านบาท",
        "กำไรสุทธิเฉลี่ยของสหกรณ์", iid="coops.profit_avg", role="result", must=("กำไร",)),
    ind("thun-ruean-hun", "ทุนเรือนหุ้นของสหกรณ์รวม 850 ล้านบาท", "850 ล้านบาท",
        "ทุนเรือนหุ้นของสหกรณ์", iid="coops.charter_capital", role="result",
        must=("ทุนเรือนหุ้น",)),
    ind("sinsap-ruam", "สินทรัพย์รวมของสหกรณ์ 3,200 ล้านบาท", "3,200 ล้านบาท",
        "สินทรัพย์รวมของสหกรณ์", iid="coops.assets", role="result", must=("สินทรัพย์",)),
    ind("yot-ngoen-ku-khongkhang", "ยอดเงินกู้คงค้างของสหกรณ์ 56 ล้านบาท", "56 ล้านบาท",
        "ยอดเงินกู้คงค้างของสหกรณ์", iid="loans.outstanding", role="result",
        must=("เงินกู้คงค้าง",)),
    ind("phuenthi-khao-insi", "พื้นที่ปลูกข้าวอินทรีย์ของสมาชิก 12,500 ไร่", "12,500 ไร่",
        "พื้นที่ปลูกข้าวอินทรีย์ของสมาชิก", iid="area.production", role="result",
        must=("พื้นที่",)),
    ind("nee-khang-lot-luea", "หนี้ค้างชำระของสมาชิกลดลงเหลือ 18 ล้านบาท", "18 ล้านบาท",
        "หนี้ค้างชำระของสมาชิก", role="result", must=("หนี้ค้างชำระ",),
        must_not=("เหลือ",)),
    ind("pariman-thurakit", "ปริมาณธุรกิจรวมของสหกรณ์ในปี 2567 อยู่ที่ 9,800 ล้านบาท",
        "9,800 ล้านบาท", "ปริมาณธุรกิจรวมของสหกรณ์", iid="coops.business_volume",
        role="result", must=("ปริมาณธุรกิจ",), must_not=("อยู่ที่",)),
    ind("otop-products", "ผลิตภัณฑ์ OTOP ของกลุ่มเกษตรกร 15 รายการ", "15 รายการ",
        "จำนวนผลิตภัณฑ์ OTOP ของกลุ่มเกษตรกร", iid="ocop.products", role="result",
        must=("ผลิตภัณฑ์",)),
    # -- an event verb and its counted noun: `จัดตั้งสหกรณ์ใหม่ 12 แห่ง`
    ind("chattang-mai", "ในปี 2567 จัดตั้งสหกรณ์ใหม่ 12 แห่ง", "12 แห่ง",
        "จำนวนสหกรณ์ที่จัดตั้งใหม่", iid="coops.new", role="result", must=("สหกรณ์",)),
    ind("sang-loek", "นายทะเบียนสหกรณ์สั่งเลิกสหกรณ์ 9 แห่ง", "9 แห่ง",
        "จำนวนสหกรณ์ที่สั่งเลิก", iid="coops.dissolved", role="result", must=("สหกรณ์",)),
    ind("op-rom-khrang", "สำนักงานจัดอบรมสมาชิก 24 ครั้ง", "24 ครั้ง",
        "จำนวนครั้งการอบรมสมาชิก", iid="training.count", role="result", must=("อบรม",)),
    # -- percent: `ร้อยละ N ของ ...`, `... ร้อยละ N`, `<noun> N% <verb phrase>`
    ind("roi-la-khong", "ร้อยละ 75 ของสหกรณ์ภาคการเกษตรผ่านเกณฑ์มาตรฐาน", "ร้อยละ 75",
        "สัดส่วนสหกรณ์ภาคการเกษตรที่ผ่านเกณฑ์มาตรฐาน", iid="coops.standard_share",
        role="result", must=("สหกรณ์",)),
    ind("sat-suan-digital", "สัดส่วนสหกรณ์ที่ใช้เทคโนโลยีดิจิทัลร้อยละ 40", "ร้อยละ 40",
        "สัดส่วนสหกรณ์ที่ใช้เทคโนโลยีดิจิทัล", iid="coops.hightech_share", role="result",
        must=("เทคโนโลยี",)),
    ind("organic-share", "สัดส่วนการผลิตสินค้าเกษตรอินทรีย์ของจังหวัดร้อยละ 15", "ร้อยละ 15",
        "สัดส่วนการผลิตสินค้าเกษตรอินทรีย์", iid="agri.organic_share", role="result",
        must=("อินทรีย์",)),
    ind("population-share", "ประชากรในจังหวัดเป็นสมาชิกสหกรณ์ร้อยละ 35", "ร้อยละ 35",
        "สัดส่วนประชากรที่เป็นสมาชิกสหกรณ์", iid="collective.population_share",
        role="result", must=("ประชากร",)),
    ind("percent-then-verb-phrase", "ในปีนี้ สหกรณ์ภาคการเกษตรราว 65% มีผลการดำเนินงานอยู่ในระดับดี",
        "ราว 65%", "สัดส่วนสหกรณ์ภาคการเกษตรที่มีผลการดำเนินงานอยู่ในระดับดี",
        iid="coops.effective_share",
        role="result", must=("สหกรณ์",)),
    ind("dividend-rate", "สหกรณ์จ่ายเงินปันผลในอัตราร้อยละ 6", "ร้อยละ 6", "อัตราเงินปันผล",
        iid="coops.dividend_rate", role="result", must=("ปันผล",)),
    ind("growth-raidai-raeng-ngan", "ภายในปี 2570 รายได้เฉลี่ยของแรงงานในสหกรณ์เพิ่มขึ้นร้อยละ 4 "
        "ต่อปี", "ร้อยละ 4", "อัตราเพิ่มรายได้เฉลี่ยของแรงงานในสหกรณ์",
        iid="workers.income_growth", role="target", target=True, must=("รายได้เฉลี่ย",)),
    # -- goals
    ind("pao-mai-label-colon", "เป้าหมาย: สหกรณ์ผ่านเกณฑ์มาตรฐานไม่น้อยกว่าร้อยละ 80",
        "ไม่น้อยกว่าร้อยละ 80", "สัดส่วนสหกรณ์ที่ผ่านเกณฑ์มาตรฐาน",
        iid="coops.standard_share", role="target", target=True, must=("สหกรณ์",)),
    ind("tang-pao-pen", "ตั้งเป้าเพิ่มรายได้เฉลี่ยของครัวเรือนเกษตรกรเป็น 420,000 บาทต่อปี ภายในปี 2570",
        "420,000 บาท", "รายได้เฉลี่ยของครัวเรือนเกษตรกร", iid="households.income_avg",
        role="target", target=True, must=("รายได้เฉลี่ย",), must_not=("ตั้งเป้า",)),
    ind("indicator-label-then-target-label", "ตัวชี้วัด: ร้อยละของสหกรณ์ที่จัดทำแผนธุรกิจ\n"
        "ค่าเป้าหมาย: ร้อยละ 90", "ร้อยละ 90", "ร้อยละของสหกรณ์ที่จัดทำแผนธุรกิจ",
        role="target", target=True, must=("แผนธุรกิจ",)),
    ind("mi-klum-mai-noi-kwa", "ภายในปี 2570 จังหวัดตั้งเป้าให้มีกลุ่มเกษตรกรไม่น้อยกว่า 120 กลุ่ม "
        "มีสมาชิกราว 9,000 ราย", "ไม่น้อยกว่า 120 กลุ่ม", "จำนวนกลุ่มเกษตรกร",
        iid="groups.count", role="target", target=True, must=("กลุ่มเกษตรกร",)),
    ind("mi-samachik-owner-inherited", "ภายในปี 2570 จังหวัดตั้งเป้าให้มีกลุ่มเกษตรกรไม่น้อยกว่า 120 "
        "กลุ่ม มีสมาชิกราว 9,000 ราย", "ราว 9,000 ราย", "จำนวนสมาชิกกลุ่มเกษตรกร",
        iid="groups.members", role="target", target=True, must=("สมาชิก",)),
    # -- a list under a lead-in (`ดังนี้`)
    ind("leadin-list-count", "ภายในปี 2570 มีเป้าหมาย ดังนี้\n1. จำนวนสหกรณ์ 210 แห่ง\n"
        "2. จำนวนสมาชิก 80,000 คน\n3. ปริมาณธุรกิจรวม 12,000 ล้านบาท", "210 แห่ง",
        "จำนวนสหกรณ์", iid="coops.count", role="target", target=True, must=("สหกรณ์",)),
    ind("leadin-list-members", "ภายในปี 2570 มีเป้าหมาย ดังนี้\n1. จำนวนสหกรณ์ 210 แห่ง\n"
        "2. จำนวนสมาชิก 80,000 คน\n3. ปริมาณธุรกิจรวม 12,000 ล้านบาท", "80,000 คน",
        "จำนวนสมาชิก", iid="coops.members", role="target", target=True, must=("สมาชิก",)),
    ind("leadin-list-money", "ภายในปี 2570 มีเป้าหมาย ดังนี้\n1. จำนวนสหกรณ์ 210 แห่ง\n"
        "2. จำนวนสมาชิก 80,000 คน\n3. ปริมาณธุรกิจรวม 12,000 ล้านบาท", "12,000 ล้านบาท",
        "ปริมาณธุรกิจรวม", iid="coops.business_volume", role="target", target=True,
        must=("ปริมาณธุรกิจ",)),
    # -- a heading names the classifier's noun
    ind("heading-names-members", "2. ด้านสมาชิก\nปี 2567 มีผู้สมัครเข้าใหม่ 320 คน และลาออก 45 คน",
        "45 คน", "จำนวนสมาชิกที่ลาออก", iid="coops.members_left", role="result",
        must=("ลาออก",)),
    # -- roles: estimate, baseline, limit, a designated set
    ind("estimate-khat-wa", "คาดว่าปริมาณธุรกิจของสหกรณ์ปี 2568 จะอยู่ที่ 9,800 ล้านบาท",
        "9,800 ล้านบาท", "ปริมาณธุรกิจของสหกรณ์", iid="coops.business_volume",
        role="estimate", must=("ปริมาณธุรกิจ",), must_not=("คาดว่า",)),
    ind("baseline-chak-doem", "แผนปี 2569 ให้เพิ่มจำนวนสมาชิกเป็น 1,500 คน จากเดิม 1,200 คน",
        "1,200 คน", "จำนวนสมาชิก", iid="coops.members", role="baseline",
        must=("สมาชิก",)),
    ind("target-pen-chak-doem", "แผนปี 2569 ให้เพิ่มจำนวนสมาชิกเป็น 1,500 คน จากเดิม 1,200 คน",
        "1,500 คน", "จำนวนสมาชิก", iid="coops.members", role="target",
        must=("สมาชิก",)),
    ind("limit-wongngoen-ku", "สมาชิกกู้ได้ไม่เกินรายละ 100,000 บาท ระยะเวลาชำระคืนไม่เกิน 5 ปี",
        "100,000 บาท", "วงเงินกู้ต่อราย", iid="loans.amount", role="limit", must=("กู้",),
        known={"indicator": "a limit said with a verb (`กู้ได้ไม่เกินรายละ`) is not named as the "
                            "amount it limits (`วงเงินกู้`)"}),
    ind("limit-raya-wela", "สมาชิกกู้ได้ไม่เกินรายละ 100,000 บาท ระยะเวลาชำระคืนไม่เกิน 5 ปี",
        "ไม่เกิน 5 ปี", "ระยะเวลาชำระคืน", iid="loans.term", role="limit",
        must=("ระยะเวลา",)),
    ind("limit-dokbia", "คิดอัตราดอกเบี้ยร้อยละ 1 ต่อปี", "ร้อยละ 1", "อัตราดอกเบี้ย",
        iid="loans.interest_rate", role="limit", must=("ดอกเบี้ย",)),
    ind("limit-ngop-praman", "โครงการใช้งบประมาณทั้งสิ้น 35 ล้านบาท", "35 ล้านบาท",
        "งบประมาณโครงการ", iid="support.funding", role="limit", must=("งบประมาณ",)),
    ind("designated-set-not-target", "โครงการจะพัฒนาแหล่งน้ำในชุมชนเป้าหมาย 350 ชุมชน",
        "350 ชุมชน", "จำนวนชุมชนเป้าหมาย", role=None, must=("ชุมชน",)),
    # -- a growth after a per phrase, whole words, lists sharing their verb, benefactives
    ind("growth-after-per-phrase", "รายได้เฉลี่ยของสมาชิกอยู่ที่ 58,000 บาทต่อคนต่อปี "
        "เพิ่มขึ้นร้อยละ 4.5 เมื่อเทียบกับปีก่อน", "ร้อยละ 4.5", "อัตราเพิ่มรายได้เฉลี่ยของสมาชิก",
        iid="members.income_growth", role="result", must=("รายได้เฉลี่ย",),
        must_not=("ต่อ", "เทียบ")),
    ind("whole-word-raidai", "สหกรณ์มีรายได้ 12 ล้านบาท", "12 ล้านบาท", "รายได้ของสหกรณ์",
        iid="coops.revenue_total", role="result", must=("รายได้",)),
    ind("whole-word-phuenthi", "รวมพื้นที่ปลูกข้าว 3,200 ไร่", "3,200 ไร่", "พื้นที่ปลูกข้าว",
        iid="area.production", role="result", must=("พื้นที่",)),
    ind("list-shares-its-verb", "ในปี 2569 จัดตั้งสหกรณ์ใหม่ 15 แห่ง และกลุ่มเกษตรกร 20 กลุ่ม",
        "20 กลุ่ม", "จำนวนกลุ่มเกษตรกรที่จัดตั้งใหม่", iid="groups.new", role="result",
        must=("กลุ่มเกษตรกร", "จัดตั้ง")),
    ind("benefactive-names-the-counted", "สหกรณ์จ้างงานให้แก่แรงงานในชุมชน 450 คน", "450 คน",
        "จำนวนแรงงานในชุมชน", iid="coops.workers", role="result", must=("แรงงาน",)),
    ind("cue-after-the-actor", "คณะกรรมการตั้งเป้าจัดตั้งสหกรณ์ใหม่อย่างน้อย 8 แห่ง ภายในปี 2570",
        "อย่างน้อย 8 แห่ง", "จำนวนสหกรณ์ที่จัดตั้งใหม่", iid="coops.new", role="target",
        target=True, must=("สหกรณ์",), must_not=("คณะกรรมการ", "ตั้งเป้า")),
    ind("count-of-the-per-unit", "ให้กู้ยืมครัวเรือนละไม่เกิน 30,000 บาท จำนวน 5,000 ครัวเรือน",
        "5,000 ครัวเรือน", "จำนวนครัวเรือนที่กู้ยืม", iid="households.count",
        must=("ครัวเรือน", "กู้ยืม")),
    ind("share-of-those-served", "ให้คำปรึกษาด้านบัญชีให้แก่สหกรณ์ขนาดเล็กร้อยละ 90 "
        "ให้แล้วเสร็จภายในปี 2569", "ร้อยละ 90", "สัดส่วนสหกรณ์ขนาดเล็กที่ได้รับคำปรึกษาด้านบัญชี",
        role="result", must=("สหกรณ์ขนาดเล็ก", "คำปรึกษา"), must_not=("แล้วเสร็จ",)),
    ind("as-of-date-between", "ยอดเงินกู้คงค้าง ณ สิ้นปี 2568 อยู่ที่ 42 ล้านบาท", "42 ล้านบาท",
        "ยอดเงินกู้คงค้าง", iid="loans.outstanding", role="result", must=("เงินกู้คงค้าง",)),
]


def _params(cases, key, *, only_target=False):
    out = []
    for c in cases:
        if only_target and not c["target"]:
            continue
        if key is not None and c[key] is _UNSET:
            continue
        reason = None if only_target else c["known"].get(key or "indicator")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(c, id=c["id"], marks=marks))
    return out


@pytest.mark.parametrize("lang,cases", [("vi", VI), ("th", TH)], ids=["vi", "th"])
def test_enough_phrases_and_unique_ids(lang, cases):
    assert len(cases) >= 40
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for c in cases:  # every case names a figure coopdocs finds today
        figure_of(c, lang)


@pytest.mark.parametrize("case", _params(VI, None))
def test_figure_indicator_vi(case):
    _, f = figure_of(case, "vi")
    check_phrase(f.get("indicator"), case)


@pytest.mark.parametrize("case", _params(TH, None))
def test_figure_indicator_th(case):
    _, f = figure_of(case, "th")
    check_phrase(f.get("indicator"), case)


@pytest.mark.parametrize("lang,case", [pytest.param(lang, *p.values, id=f"{lang}-{p.id}", marks=p.marks)
                                       for lang, cases in (("vi", VI), ("th", TH))
                                       for p in _params(cases, "iid")])
def test_figure_indicator_id(lang, case):
    _, f = figure_of(case, lang)
    assert f.get("indicator_id", "(no field)") == case["iid"], f


@pytest.mark.parametrize("lang,case", [pytest.param(lang, *p.values, id=f"{lang}-{p.id}", marks=p.marks)
                                       for lang, cases in (("vi", VI), ("th", TH))
                                       for p in _params(cases, "role")])
def test_figure_role(lang, case):
    _, f = figure_of(case, lang)
    assert f.get("role", "(no field)") == case["role"], f


@pytest.mark.parametrize("lang,case", [pytest.param(lang, *p.values, id=f"{lang}-{p.id}", marks=p.marks)
                                       for lang, cases in (("vi", VI), ("th", TH))
                                       for p in _params(cases, None, only_target=True)])
def test_target_indicator(lang, case):
    """A goal's target carries the same indicator as its figure."""
    rec, f = figure_of(case, lang)
    found = [t for t in rec["targets"] if (t["start"], t["end"]) == (f["start"], f["end"])]
    assert found, f"{case['span']!r} is not a target: {[t['text'] for t in rec['targets']]}"
    check_phrase(found[0]["indicator"], case)


# ----------------------------------------------------------------------------- tables

def _docx(path, rows):
    import docx

    d = docx.Document()
    d.add_paragraph(rows[0])
    table = d.add_table(rows=len(rows) - 1, cols=len(rows[1]))
    for r, row in enumerate(rows[1:]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(path)
    return path


TABLES = [
    pytest.param("vi", ["Biểu chỉ tiêu phát triển kinh tế tập thể năm 2026",
                        ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2026"),
                        ("Số hợp tác xã thành lập mới", "HTX", "30"),
                        ("Doanh thu bình quân của hợp tác xã", "triệu đồng", "3.500")],
                 "3.500", "Doanh thu bình quân của hợp tác xã", "coops.revenue_avg", (0, 2, 2),
                 id="vi-row-label-money"),
    pytest.param("vi", ["Biểu chỉ tiêu phát triển kinh tế tập thể năm 2026",
                        ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2026"),
                        ("Số hợp tác xã thành lập mới", "HTX", "30"),
                        ("Doanh thu bình quân của hợp tác xã", "triệu đồng", "3.500")],
                 "30", "Số hợp tác xã thành lập mới", "coops.new", (0, 1, 2),
                 id="vi-row-label-count"),
    pytest.param("th", ["ตารางเป้าหมายการพัฒนาสหกรณ์",
                        ("ตัวชี้วัด", "หน่วยนับ", "เป้าหมายปี 2569"),
                        ("จำนวนสมาชิกสหกรณ์", "คน", "52,000"),
                        ("รายได้เฉลี่ยของสมาชิก", "บาท", "160,000")],
                 "52,000", "จำนวนสมาชิกสหกรณ์", "coops.members", (0, 1, 2),
                 id="th-row-label-count"),
    pytest.param("th", ["ตารางเป้าหมายการพัฒนาสหกรณ์",
                        ("ตัวชี้วัด", "หน่วยนับ", "เป้าหมายปี 2569"),
                        ("จำนวนสมาชิกสหกรณ์", "คน", "52,000"),
                        ("รายได้เฉลี่ยของสมาชิก", "บาท", "160,000")],
                 "160,000", "รายได้เฉลี่ยของสมาชิก", "members.income_avg", (0, 2, 2),
                 id="th-row-label-money"),
]


def _table_figure(tmp_path, lang, rows, number):
    from coopdocs import extract as extract_file

    rec = extract_file(_docx(tmp_path / "t.docx", rows), lang)
    found = [f for f in rec["figures"] if f["text"].startswith(number)]
    assert found, f"{number!r} not found: {[f['text'] for f in rec['figures']]}"
    return rec, found[0]


@pytest.mark.parametrize("lang,rows,number,label,iid,cell", TABLES)
def test_table_target_indicator_is_row_label(tmp_path, lang, rows, number, label, iid, cell):
    rec, f = _table_figure(tmp_path, lang, rows, number)
    found = [t for t in rec["targets"] if (t["start"], t["end"]) == (f["start"], f["end"])]
    assert found and found[0]["indicator"] == label, rec["targets"]


@pytest.mark.parametrize("lang,rows,number,label,iid,cell", TABLES)
def test_table_figure_indicator_id_and_cell(tmp_path, lang, rows, number, label, iid, cell):
    _, f = _table_figure(tmp_path, lang, rows, number)
    assert f.get("indicator") == label, f
    assert f.get("indicator_id") == iid, f
    assert f.get("role") == "target", f
    table, row, column = cell
    assert f.get("cell") == {"table": table, "row": row, "column": column}, f
