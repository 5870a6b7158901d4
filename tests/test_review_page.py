"""The review page, as a browser shows it: headless Chromium loads it and the highlights,
the values shown after them, the hover readings, and the meeting, targets, tasks and figures
tables are in the rendered page."""
import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from coopdocs.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (CI installs it)")


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    out = tmp_path_factory.mktemp("review") / "review.html"
    docs = [CORPUS / "vi" / "nghi-quyet-tinh-uy-ben-tre-kttt-den-2030.txt",
            CORPUS / "th" / "phaen-patibat-kan-sahakon-nakhonratchasima-2566-2570.txt"]
    res = CliRunner().invoke(main, ["extract", "--format", "html", "-o", str(out), *map(str, docs)])
    assert res.exit_code == 0, res.output
    return out


def chromium(*args, profile):
    assert CHROMIUM, "Chromium must be installed where CI runs"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          check=False, capture_output=True, text=True, timeout=120)


def test_highlights_in_the_rendered_dom(review, tmp_path):
    dom = chromium("--dump-dom", review.as_uri(), profile=tmp_path / "p").stdout
    marks = re.findall(r"<mark class=\"(\w+)\" title=\"([^\"]*)\">", dom)
    kinds = {cls for cls, _ in marks}
    assert kinds == {"figure", "target", "date", "reference"}
    # trên 330 hợp tác xã: its value, what it measures and its role
    assert ("target", "count: 330 hợp tác xã (over) · số hợp tác xã [coops.count] target") in marks
    assert any(cls == "date" and title.startswith("date 2030") for cls, title in marks)
    assert any(cls == "reference" and "20-NQ/TW" in title for cls, title in marks)
    assert dom.count("<section class=\"document\"") == 2
    assert dom.count("<table class=\"targets\">") == 2
    assert dom.count("<table class=\"figures\">") == 2


def test_tables_are_drawn_as_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Biểu chỉ tiêu năm 2026")
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([("Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2026"),
                             ("Số hợp tác xã thành lập mới", "HTX", "30")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(tmp_path / "bieu.docx")
    out = tmp_path / "review.html"
    res = CliRunner().invoke(main, ["extract", "--format", "html", "-o", str(out),
                                    str(tmp_path / "bieu.docx")])
    assert res.exit_code == 0, res.output
    dom = chromium("--dump-dom", out.as_uri(), profile=tmp_path / "p").stdout
    table = dom.split('<table class="doc-table">')[1].split("</table>")[0]
    cells = re.findall(r"<td>(.*?)</td>", table)
    header = ('Kế hoạch <mark class="date" title="date 2026 (gregorian)">2026</mark>'
              '<span class="val">2026</span>')
    assert cells[:3] == ["Chỉ tiêu", "Đơn vị tính", header]
    assert cells[3:5] == ["Số hợp tác xã thành lập mới", "HTX"]
    assert cells[5].startswith('<mark class="target" title="count: 30 HTX · Số hợp tác xã thành '
                               'lập mới [coops.new] target">30</mark>')


def test_the_page_paints(review, tmp_path):
    shot = tmp_path / "review.png"
    chromium(f"--screenshot={shot}", "--window-size=1200,1600", review.as_uri(), profile=tmp_path / "p")
    assert shot.exists() and shot.stat().st_size > 20_000


def test_values_roles_meeting_and_tasks_show_without_hovering(tmp_path):
    """Each item's reading is text on the page (not only a title that shows on hover): the
    value and role after each figure, the meeting's facts and the tasks as tables."""
    import html
    import json

    minutes = CORPUS / "vi" / "bien-ban-hop-bcd-kttt-quang-binh-2025.txt"
    out = tmp_path / "review.html"
    res = CliRunner().invoke(main, ["extract", "--format", "html", "-o", str(out), str(minutes)])
    assert res.exit_code == 0, res.output
    record = json.loads(CliRunner().invoke(main, ["extract", str(minutes)]).output)
    dom = chromium("--dump-dom", out.as_uri(), profile=tmp_path / "p").stdout
    text = dom.split('<div class="doc-text">')[1]
    shown = re.findall(r'</mark><span class="val">([^<]*)</span>', text)
    assert len(shown) == len(record["figures"]) + len(record["dates"]) + len(
        [r for r in record["references"] if r.get("number") or r.get("date")])
    assert any(v.endswith((" · result", " · target")) for v in shown)
    meeting = dom.split('<table class="meeting">')[1].split("</table>")[0]
    chair = record["meeting"]["chair"]
    assert f"<th>chair</th><td>{chair['title']} {chair['name']}</td>" in meeting
    assert f"<th>date</th><td>{record['meeting']['date']}</td>" in meeting
    tasks = dom.split('<table class="tasks">')[1].split("</table>")[0]
    assert tasks.count("<tr>") == len(record["tasks"]) + 1
    for task in record["tasks"]:
        assert f"<td>{html.escape(task['assignee'], quote=False)}</td>" in tasks
    assert '<details open="">' in dom
