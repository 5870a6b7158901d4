"""Plans and reports a clerk signs without retyping, read back from the .docx: rendered from
the records of the corpus plans and reports, every table row names its indicator, no
baseline stands as a target, no document cites itself, and every header fact the source
shows (agency, number and symbol, place, date) is filled; the bases are laws, resolutions,
decisions and plans, a law's newest version only; the report's results carry the plan's
target and the share of it reached."""
import copy
from functools import cache

import docx
import pytest
from conftest import CORPUS
from test_render_data import header, record

import coopdocs
from coopdocs.render import content, engine
from coopdocs.render import filters as f
from coopdocs.render.header import parse_date, sentence_case

# (source, template, the header facts its head shows, as the rendered document prints them)
SOURCES = [
    ("vi/ke-hoach-kttt-hoa-binh-2025-2030-bang-muc-tieu.docx", "plan-vi",
     {"number": "Số: 246/KH-UBND", "date": "Hòa Bình, ngày 25 tháng 10 năm 2024",
      "agency": "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"}),
    ("vi/ke-hoach-phat-trien-kttt-htx-thanh-hoa-2025.txt", "plan-vi",
     {"number": "Số: 318/KH-UBND", "date": "Thanh Hóa, ngày 20 tháng 12 năm 2024",
      "agency": "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"}),
    ("vi/pair-ke-hoach-thuc-hien-nq20-binh-dinh-2030.txt", "plan-vi",
     {"number": "Số: 57/KH-UBND", "date": "Bình Định, ngày 27 tháng 02 năm 2023",
      "agency": "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"}),
    ("vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt", "report-vi",
     {"number": "Số: 215/BC-UBND", "date": "Lâm Đồng, ngày 10 tháng 6 năm 2024",
      "agency": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"}),
    ("vi/bao-cao-htx-huyen-yen-thanh-2023.txt", "report-vi",
     {"number": "Số: 412/BC-UBND", "date": "Yên Thành, ngày 18 tháng 12 năm 2023",
      "agency": "ỦY BAN NHÂN DÂN HUYỆN YÊN THÀNH"}),
    ("vi/bao-cao-kttt-bac-giang-2024-bang-chi-tieu.docx", "report-vi",
     {"number": "Số: 37/BC-UBND", "date": "Bắc Giang, ngày 22 tháng 01 năm 2025",
      "agency": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"}),
    ("vi/pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "report-vi",
     {"number": "Số: 38/BC-UBND", "date": "Tây Ninh, ngày 19 tháng 01 năm 2024",
      "agency": "ỦY BAN NHÂN DÂN TỈNH TÂY NINH"}),
    ("th/pair-ke-hoach-thuc-hien-nq20-binh-dinh-2030.txt", "plan-th",
     {"number": "ที่ 57/KH-UBND", "date": "27 กุมภาพันธ์ 2566", "agency": "คณะกรรมการประชาชน จังหวัดบิ่ญดิ่ญ"}),
    ("th/pair-bao-cao-ket-qua-kttt-tay-ninh-2023.txt", "report-th",
     {"number": "ที่ 38/BC-UBND", "date": "19 มกราคม 2567", "agency": "คณะกรรมการประชาชน จังหวัดเตยนิญ"}),
    ("th/phaen-patibat-kan-sahakon-nakhonratchasima-2566-2570.txt", "plan-th", {}),
    ("th/phaen-phatthana-sahakon-phak-kaset-suphanburi-2567-2570.docx", "plan-th", {}),
    ("th/rai-ngan-phon-kan-damnoen-ngan-sahakon-ubon-2566.docx", "report-th", {}),
    ("th/rai-ngan-phon-sahakon-lampang-pi-ngop-2566-thai-digits.txt", "report-th", {}),
    ("th/sarup-phon-khrongkan-songsoem-achip-sahakon-surin-2566.txt", "report-th", {}),
]
IDS = [f"{name}-{src.split('/')[1].rsplit('.', 1)[0]}" for src, name, _ in SOURCES]
YEAR_HEADS = ("Hiện trạng", "ค่าฐาน")      # the baseline column's head begins with them


@cache
def extracted(rel):
    return coopdocs.extract(CORPUS / rel)


@cache
def rendered(rel, name, tmp):
    rec = extracted(rel)
    out = tmp / f"{name}-{rel.replace('/', '-')}.docx"
    warnings = coopdocs.render(name, rec, out, {})
    return docx.Document(str(out)), warnings


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("plans-reports")


def _tables(doc):
    return [[[c.text for c in r.cells] for r in t.rows] for t in doc.tables]


def _all_text(doc):
    out = [p.text for p in doc.paragraphs]
    return out + [c for t in _tables(doc) for r in t for c in r]


@pytest.mark.parametrize("rel, name, facts", SOURCES, ids=IDS)
def test_every_table_row_names_its_indicator(tmp, rel, name, facts):
    doc, _ = rendered(rel, name, tmp)
    bodies = [t for t in _tables(doc)[1:] if len(t[0]) >= 3 and t[0][0] not in ("TT", "ลำดับ")]
    assert bodies, "the plan's targets or the report's results table"
    for table in bodies:
        assert all(row[0].strip() for row in table[1:]), table


@pytest.mark.parametrize("rel, name, facts", SOURCES, ids=IDS)
def test_no_baseline_stands_as_a_target(tmp, rel, name, facts):
    doc, _ = rendered(rel, name, tmp)
    rec, lang = extracted(rel), name[-2:]
    targets = {f.figure_parts(x, lang)[0] for x in rec["figures"] if x.get("role") == "target"}
    baselines = {f.figure_parts(x, lang)[0] for x in rec["figures"] if x.get("role") == "baseline"}
    for table in _tables(doc):
        if len(table[0]) > 3 and table[0][2].startswith(YEAR_HEADS):
            year_cells = {c for row in table[1:] for c in row[3:] if c}
            assert year_cells <= targets | {"……………"}, year_cells - targets
            assert not year_cells & (baselines - targets)


@pytest.mark.parametrize("rel, name, facts", SOURCES, ids=IDS)
def test_no_document_cites_itself(tmp, rel, name, facts):
    doc, _ = rendered(rel, name, tmp)
    own = facts.get("number", "").split(" ", 1)[-1]
    if not own:
        return
    cites = [p.text for p in doc.paragraphs if own in p.text]
    assert cites == []


@pytest.mark.parametrize("rel, name, facts", [s for s in SOURCES if s[2]], ids=[i for i, s in zip(IDS, SOURCES) if s[2]])
def test_every_header_fact_of_the_source_is_filled(tmp, rel, name, facts):
    doc, warnings = rendered(rel, name, tmp)
    text = _all_text(doc)
    for fact, shown in facts.items():
        assert any(shown in t for t in text), (fact, shown)
    blank = " ".join(w for w in warnings if w.startswith("left blank"))
    for fact in ("agency", "number", "date"):
        assert f" {fact}," not in blank and f" {fact} " not in blank


def test_the_replaced_law_and_documents_that_are_no_basis_are_not_cited(tmp):
    doc, _ = rendered("vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt", "report-vi", tmp)
    bases = [p.text for p in doc.paragraphs if p.text.startswith("Thực hiện ")]
    assert bases == [("Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương "
                      "Đảng khóa XIII;")]
    assert not any("năm 2012" in p.text for p in doc.paragraphs if p.text.startswith("Thực hiện"))


def test_report_narrative_is_the_sources_own_sentences_under_its_headings(tmp):
    doc, _ = rendered("vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt", "report-vi", tmp)
    body = [p.text for p in doc.paragraphs]
    source = (CORPUS / "vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt").read_text(encoding="utf-8")
    at = body.index("II. KẾT QUẢ PHÁT TRIỂN KINH TẾ TẬP THỂ")
    assert body[at + 1] == "1. Số lượng, quy mô"
    sentence = body[at + 2]
    assert sentence in source and "482 hợp tác xã" in sentence
    assert not any(t.startswith("- ") and ":" in t for t in body)      # no figure-dump list


def test_plan_target_table_by_indicator_with_baseline_and_deadline_years(tmp):
    doc, _ = rendered("vi/ke-hoach-kttt-hoa-binh-2025-2030-bang-muc-tieu.docx", "plan-vi", tmp)
    table = next(t for t in _tables(doc) if t[0][0] == "Chỉ tiêu")
    # every baseline is of 2023: the year is in the column's head
    assert table[0] == ["Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2023", "Đến năm 2027", "Đến năm 2030",
                        "Chưa nêu năm"]
    assert table[1] == ["Số hợp tác xã", "HTX", "356", "trên 400", "khoảng 460", ""]
    assert ["Tỷ lệ hợp tác xã yếu kém", "%", "12,4", "dưới 8", "không quá 5", ""] in table
    # a target the plan sets without a year: in the last column, never under a year
    assert table[-1][1:] == ["hợp tác xã", "", "", "", "ít nhất 3"]


def test_a_report_given_its_plan_rests_on_it_and_meets_its_targets(tmp_path):
    from conftest import ROOT

    folder = ROOT / "tests" / "data" / "progress"
    plan = coopdocs.extract(folder / "ke-hoach-kttt-tinh-an-lac-2025-2030.txt")
    report = coopdocs.extract(folder / "bao-cao-kttt-tinh-an-lac-2026.txt")
    out = tmp_path / "bc.docx"
    coopdocs.render("report-vi", [report, plan], out, {})
    doc = docx.Document(str(out))
    body = [p.text for p in doc.paragraphs]
    assert ("Thực hiện Kế hoạch số 27/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh An Lạc;"
            in body)
    assert not [p for p in body if "295/BC-UBND" in p]          # its own number: never a basis
    assert doc.tables[0].rows[1].cells[0].text == "Số: 295/BC-UBND"
    table = next([c.text for c in r.cells] for t in doc.tables for r in t.rows[1:2]
                 if t.rows[0].cells[0].text == "Chỉ tiêu" and len(t.columns) == 6)
    rows = [[c.text for c in r.cells] for t in doc.tables if t.rows[0].cells[-1].text.startswith("Tỷ lệ")
            for r in t.rows[1:]]
    assert table == rows[0] == ["Số hợp tác xã", "hợp tác xã", "2026", "trên 460 (năm 2030)", "461", "100,2%"]
    assert ["Tỷ lệ hợp tác xã yếu kém", "%", "", "không quá 5 (năm 2030)", "4,5", ""] in rows   # a ceiling
    assert not [r for r in rows if r[2] == "2024"]      # the plan's own figures are no results


# ---------------------------------------------------------------- the parts, one by one

def _fig(value, role, iid, year=None, indicator=None, **kw):
    return {"start": 0, "end": 1, "text": "x", "value": value, "value_max": None, "kind": "count",
            "unit": "hợp tác xã", "qualifier": None, "per": None, "subject": None, "year": year,
            "indicator": indicator, "indicator_id": iid, "role": role, "cell": None, **kw}


def _rec(figures, targets=(), references=()):
    return {"figures": figures, "targets": list(targets), "references": list(references)}


def test_a_figure_in_the_targets_whose_role_is_baseline_is_the_baseline():
    rec = _rec([_fig(356, "baseline", "coops.count", 2023, "số hợp tác xã"),
                _fig(460, "target", "coops.count", 2030, "số hợp tác xã")],
               [{"figure": 0, "deadline": "2023"}, {"figure": 1, "deadline": "2030"}])
    table = content.plan_table([rec], "vi")
    assert [y["label"] for y in table["years"]] == ["Đến năm 2030"]
    assert table["baseline_head"] == "Hiện trạng năm 2023"
    assert [(r["indicator"], r["baseline"], r["cells"]) for r in table["rows"]] == [
        ("Số hợp tác xã", "356", ["460"])]


def test_baselines_of_several_years_each_carry_their_year():
    rec = _rec([_fig(356, "baseline", "coops.count", 2023, "số hợp tác xã"),
                _fig(460, "target", "coops.count", 2030, "số hợp tác xã"),
                _fig(700, "baseline", "groups.count", 2022, "số tổ hợp tác"),
                _fig(900, "target", "groups.count", 2030, "số tổ hợp tác")])
    table = content.plan_table([rec], "vi")
    assert table["baseline_head"] == "Hiện trạng"
    assert [(r["baseline"], r["baseline_year"]) for r in table["rows"]] == [
        ("356", "(năm 2023)"), ("700", "(năm 2022)")]


@pytest.mark.parametrize("indicator, expected", [
    pytest.param("số hợp tác xã", "Số hợp tác xã", id="the-indicator-itself-by-its-name"),
    pytest.param("số hợp tác xã du lịch cộng đồng", "Số hợp tác xã du lịch cộng đồng", id="narrower-in-own-words"),
    pytest.param("lệ hợp tác xã", None, id="cut-indicator-no-row"),
    pytest.param(None, "Số hợp tác xã", id="no-words-the-ids-name"),
])
def test_a_prose_targets_row_is_named_by_its_indicator(indicator, expected):
    rec = _rec([_fig(460, "target", "coops.count", 2030, indicator)])
    rows = content.plan_table([rec], "vi")["rows"]
    assert [r["indicator"] for r in rows] == ([expected] if expected else [])


@pytest.mark.parametrize("said, expected", [
    pytest.param("Số hợp tác xã kiểu mới", "Số hợp tác xã kiểu mới", id="the-targets-own-words-a-reviewer-set"),
    pytest.param("lệ hợp tác xã", "Số hợp tác xã", id="a-cut-target-indicator-the-figures"),
])
def test_a_targets_own_indicator_names_its_row_when_it_names_the_indicator(said, expected):
    rec = _rec([_fig(480, "target", "coops.count", 2030, "số hợp tác xã")],
               [{"figure": 0, "deadline": "2030", "indicator": said}])
    assert [r["indicator"] for r in content.plan_table([rec], "vi")["rows"]] == [expected]


def test_results_carry_the_plans_target_and_the_share_reached():
    plan = _rec([_fig(40, "target", "coops.new", 2024, "số hợp tác xã thành lập mới")])
    report = _rec([_fig(47, "result", "coops.new", 2024, "số hợp tác xã thành lập mới"),
                   _fig(9, "result", None, 2024, "số hợp tác xã du lịch"),
                   _fig(12, "result", "coops.count", 2024, "số hợp tác xã du lịch")])
    rows = content.results([plan, report], "vi")
    assert [(r["indicator"], r["year"], r["target"], r["result"], r["percent"]) for r in rows] == [
        ("Số hợp tác xã thành lập mới", "2024", "40", "47", "117,5%")]


def test_a_plans_target_meets_the_reports_result_by_indicator_id():
    plan = _rec([_fig(700, "target", "coops.count", 2024, "Số HTX trên địa bàn", cell={"table": 0,
                                                                                   "row": 1, "column": 3})])
    report = _rec([_fig(731, "result", "coops.count", 2024, "số hợp tác xã")])
    rows = content.results([plan, report], "vi")
    assert [(r["indicator"], r["target"], r["result"], r["percent"]) for r in rows] == [
        ("Số hợp tác xã", "700", "731", "104,4%")]


@pytest.mark.parametrize("result, target, share", [
    pytest.param(47, 40, "117,5%", id="over"),
    pytest.param(17, 38000, "", id="a-misread-pair-below-1-percent"),
    pytest.param(4000, 40, "", id="a-misread-pair-over-tenfold"),
])
def test_the_share_of_the_target_only_for_a_plausible_pair(result, target, share):
    rows = content.results([_rec([_fig(target, "target", "coops.new", 2024, "số hợp tác xã thành lập mới"),
                                  _fig(result, "result", "coops.new", 2024, "số hợp tác xã thành lập mới")])], "vi")
    assert rows[0]["percent"] == share


def _ref(text, kind, number, date=None):
    return {"start": 0, "end": 1, "text": text, "kind": kind, "number": number, "date": date, "issuer": None}


def test_bases_are_laws_resolutions_decisions_and_plans_newest_law_only_never_itself():
    refs = [_ref("246/KH-UBND", "plan", "246/KH-UBND"),
            _ref("Luật Hợp tác xã năm 2012", "law", None),
            _ref("Nghị quyết số 20-NQ/TW", "resolution", "20-NQ/TW", "2022-06-16"),
            _ref("Công văn số 2184/BKHĐT-HTX", "official_letter", "2184/BKHĐT-HTX"),
            _ref("Luật Hợp tác xã số 17/2023/QH15", "law", "17/2023/QH15"),
            _ref("Luật Đất đai số 31/2024/QH15", "law", "31/2024/QH15"),
            _ref("Nghị quyết 20-NQ/TW", "resolution", "20-NQ/TW")]
    got = content.bases([_rec([], references=refs)], {"246/KH-UBND"}, "vi")
    assert [r["text"] for r in got] == ["Nghị quyết số 20-NQ/TW", "Luật Hợp tác xã số 17/2023/QH15",
                                        "Luật Đất đai số 31/2024/QH15"]


@pytest.mark.parametrize("line, expected", [
    pytest.param("II. KẾT QUẢ THỰC HIỆN", True, id="roman"),
    pytest.param("1. Số lượng, quy mô", True, id="arabic"),
    pytest.param("1.2 Doanh thu", True, id="sub-number"),
    pytest.param("a) Về hợp tác xã", True, id="letter"),
    pytest.param("1. Hoàn thành việc tổ chức lại trước ngày 31/12/2024.", False, id="list-item-sentence"),
    pytest.param("25 tháng 6 năm 2024", False, id="a-date"),
])
def test_section_headings(line, expected):
    assert content.heading(line, "vi") is expected


# ---------------------------------------------------------------- header fields given by hand

@pytest.mark.parametrize("typed, iso", [
    pytest.param("05/03/2025", "2025-03-05", id="leading-zeros"),
    pytest.param("5/3/2025", "2025-03-05", id="no-zeros"),
    pytest.param("2025-03-05", "2025-03-05", id="iso"),
    pytest.param("5.3.2025", "2025-03-05", id="dots"),
    pytest.param("31/02/2025", None, id="no-such-day"),
    pytest.param("March 5", None, id="words"),
])
def test_dates_as_a_clerk_types_them(typed, iso):
    assert parse_date(typed) == iso


def test_a_thai_clerk_types_the_buddhist_year(tmp_path):
    out = tmp_path / "p.docx"
    coopdocs.render("plan-th", record("th", "plan"), out, {**header("th"), "date": "5/3/2568", "emblem": ""})
    assert "5 มีนาคม 2568" in [p.text for p in docx.Document(str(out)).paragraphs]


@pytest.mark.parametrize("typed", ["05/03/2025", "5/3/2025", "2025-03-05"])
def test_set_date_in_any_accepted_form_prints_the_same_date_line(tmp_path, typed):
    out = tmp_path / "kh.docx"
    coopdocs.render("plan-vi", record("vi", "plan"), out, {**header("vi"), "date": typed})
    date_cell = docx.Document(str(out)).tables[0].rows[1].cells[1].text
    assert date_cell == "Ninh Thuận, ngày 05 tháng 3 năm 2025"


def test_a_date_that_is_no_date_is_an_error_naming_the_field(tmp_path):
    with pytest.raises(coopdocs.errors.UsageError, match=r"date='32/13/2025' is not a date"):
        coopdocs.render("plan-vi", record("vi", "plan"), tmp_path / "kh.docx", {"date": "32/13/2025"})
    assert not (tmp_path / "kh.docx").exists()


def test_an_unknown_field_is_an_error_listing_the_known_ones(tmp_path):
    with pytest.raises(coopdocs.errors.UsageError) as e:
        coopdocs.render("plan-vi", record("vi", "plan"), tmp_path / "kh.docx", {"agnecy": "Sở Tài chính"})
    assert "unknown field 'agnecy' (did you mean 'agency'?)" in e.value.message
    assert "agency, " in e.value.message and "signer" in e.value.message
    assert not (tmp_path / "kh.docx").exists()


def test_a_field_of_ones_own_template_is_known(tmp_path):
    from test_render_check import user_template

    tpl = user_template(tmp_path / "mau.docx", ["Dự án: {{ du_an }}"])
    coopdocs.render(tpl, record("vi", "plan"), tmp_path / "out.docx", {"du_an": "Kho lạnh"})
    assert docx.Document(str(tmp_path / "out.docx")).paragraphs[0].text == "Dự án: Kho lạnh"


def test_header_facts_given_override_the_sources(tmp):
    rec = extracted("vi/bao-cao-thuc-hien-nq20-lam-dong-2024.txt")
    out = tmp / "override.docx"
    coopdocs.render("report-vi", rec, out, {"number": "216/BC-UBND", "place": "Đà Lạt"})
    cells = [c.text for c in docx.Document(str(out)).tables[0].rows[1].cells]
    assert cells == ["Số: 216/BC-UBND", "Đà Lạt, ngày 10 tháng 6 năm 2024"]


def test_records_in_another_language_need_allow_mixed(tmp_path):
    rec = record("vi", "plan")
    with pytest.raises(coopdocs.errors.UsageError, match="--allow-mixed"):
        engine.render("plan-th", rec, tmp_path / "p.docx", header("th"))
    assert not (tmp_path / "p.docx").exists()
    engine.render("plan-th", rec, tmp_path / "p.docx", {**header("th"), "emblem": ""}, allow_mixed=True)
    assert (tmp_path / "p.docx").exists()


@pytest.mark.parametrize("name, words, expected", [
    pytest.param("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", ["tỉnh"], "Ủy ban nhân dân tỉnh Hòa Bình", id="province"),
    pytest.param("UBND TỈNH QUẢNG BÌNH", ["tỉnh"], "UBND tỉnh Quảng Bình", id="abbreviation-kept"),
    pytest.param("Sở Tài chính", ["tỉnh"], "Sở Tài chính", id="not-in-capitals-untouched"),
])
def test_an_agency_in_capitals_in_running_text(name, words, expected):
    assert sentence_case(name, words, ("UBND",)) == expected


def test_a_record_copy_is_not_changed_by_rendering(tmp_path):
    rec = record("vi", "report")
    before = copy.deepcopy(rec)
    coopdocs.render("report-vi", rec, tmp_path / "bc.docx", header("vi"))
    assert rec == before
