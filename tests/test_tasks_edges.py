"""The token edges the tasks component reads lazily (coopdocs.pipeline.tasks.TokenEdges) answer
as the sets of coopdocs.pipeline.boundaries do, at every offset of a text, and read only the
kind of edge asked about."""
import pytest

from coopdocs import api
from coopdocs.pipeline import boundaries
from coopdocs.pipeline.tasks import TokenEdges

TEXTS = [
    ("vi", "Giao Sở Tài chính chủ trì, phối hợp với UBND các huyện (Phòng TC-KH) trước 31/3/2026."),
    ("vi", "  - Sở Nội vụ:\tbáo cáo kết quả;\n\n2. Các sở, ngành cần ...  "),
    ("th", "มอบหมายให้สำนักงานสหกรณ์จังหวัดดำเนินการภายในปี 2569 และรายงานผล"),
    ("th", "ขอให้ทุกระดับ  และทุกภาคส่วน\nติดตาม 12 ครั้ง"),
    ("vi", ""),
]


@pytest.mark.parametrize("lang, text", TEXTS, ids=[f"{lang}-{i}" for i, (lang, _) in
                                                   enumerate(TEXTS)])
def test_the_same_answers_as_the_boundary_sets(lang, text):
    doc = api.load(lang).make_doc(text)
    start, end = boundaries(doc)
    edges = TokenEdges(doc)
    for i in range(-1, len(text) + 2):
        assert (edges.starts(i), edges.ends(i)) == (start(i), end(i)), i


def test_only_what_is_asked_is_read():
    edges = TokenEdges(api.load("vi").make_doc("Giao Sở Tài chính."))
    assert edges._starts is None and edges._ends is None
    assert edges.starts(5) and edges._starts is not None and edges._ends is None
    assert edges.ends(4) and edges._ends is not None
