"""The progress section of `coopdocs serve`: a plan and a report uploaded give the progress
table; a pair fixed by the reviewer is kept in the app's folder in the format `coopdocs
progress --pairs` reads, survives a restart and goes into the downloads; keys that name no
target, or a result the target cannot pair with, are refused and nothing is kept."""
import io
import json
import warnings

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import openpyxl
from click.testing import CliRunner
from serve_docs import PLANS, REPORT_VI, docx_bytes, docx_text

from coopdocs.cli import main
from coopdocs.serve.app import create_app

TOKEN = "pairing-token"
HEADERS = {"x-coopdocs-token": TOKEN}
LOCAL = "http://127.0.0.1:8765"


def client(folder):
    return TestClient(create_app(folder, TOKEN), base_url=LOCAL)


def read(c, name, lines):
    r = c.post(f"/api/documents?name={name}", content=docx_bytes(lines), headers=HEADERS)
    assert r.status_code == 201, r.text
    assert c.app.app.state.jobs.wait(120)
    return r.json()["id"]


def row(table, target):
    return next(r for r in table["rows"] if r["key"].startswith("ke-hoach.docx#")
                and target in r["target"].replace(".", ""))


def candidate(r, text):
    return next(c["key"] for c in r["candidates"] if c["text"] == text)


@pytest.fixture
def both(tmp_path):
    """The app's folder with the Vietnamese plan and its report read."""
    with client(tmp_path) as c:
        read(c, "ke-hoach.docx", PLANS["vi"]["lines"])
        read(c, "bao-cao-2026.docx", REPORT_VI["lines"])
    return tmp_path


def test_no_progress_without_a_plan_and_a_report(tmp_path):
    with client(tmp_path) as c:
        assert c.get("/api/pairing", headers=HEADERS).json() == {"available": False}
        read(c, "ke-hoach.docx", PLANS["vi"]["lines"])
        assert c.get("/api/pairing", headers=HEADERS).json() == {"available": False}
        r = c.get("/download/progress/progress.docx", headers=HEADERS)
    assert r.status_code == 409 and "no plan" in r.json()["error"]


def test_the_table_pairs_the_plans_targets_with_the_reports_results(both):
    with client(both) as c:
        table = c.get("/api/pairing", headers=HEADERS).json()
    assert table["available"] and table["lang"] == "vi"
    assert table["colours"]["achieved"] == "#C6EFCE"
    income = next(r for r in table["rows"] if r["indicator"].startswith("thu nhập"))
    assert income["result"] == "52 (2026)" and income["percent"] == "86,7"
    target = row(table, "460")
    assert target["status"] == "no_result" and target["result_key"] is None
    texts = sorted(c["text"] for c in target["candidates"])
    assert texts == sorted([REPORT_VI["result"], REPORT_VI["not_result"]])
    assert all(c["document"] == "bao-cao-2026.docx" for c in target["candidates"])


def test_a_fixed_pair_is_kept_in_the_pairs_format_and_survives_a_restart(both, tmp_path):
    with client(both) as c:
        target = row(c.get("/api/pairing", headers=HEADERS).json(), "460")
        chosen = candidate(target, REPORT_VI["result"])
        r = c.post("/api/pairing", headers=HEADERS, json={"target": target["key"],
                                                           "result": chosen})
        assert r.status_code == 200, r.text
        fixed = row(r.json(), "460")
        assert fixed["result_key"] == chosen and fixed["fixed"]
        assert fixed["result"] == "430 (2026)" and fixed["status"] != "no_result"
    kept = json.loads((both / "pairs.json").read_text("utf-8"))
    assert kept == {"pairs": [{"target": target["key"], "result": chosen}]}
    with client(both) as c:   # a new app over the same folder
        again = row(c.get("/api/pairing", headers=HEADERS).json(), "460")
        assert again["result_key"] == chosen and again["fixed"]
        pairs = c.get("/download/progress/pairs.json", headers=HEADERS)
        assert json.loads(pairs.content) == kept
        word = c.get("/download/progress/progress.docx", headers=HEADERS)
        book = c.get("/download/progress/progress.xlsx", headers=HEADERS)
        found = c.get("/download/progress/progress.json", headers=HEADERS).json()
    assert word.status_code == 200
    assert word.headers["content-disposition"].endswith("progress-vi.docx")
    lines = [x for x in docx_text(word.content).splitlines() if " | " in x]
    assert any(x.startswith("1 | Số hợp tác xã | hợp tác xã |") and "| 430 (2026) |" in x
               for x in lines), lines
    sheet = openpyxl.load_workbook(io.BytesIO(book.content))["Progress"]
    head = [c.value for c in sheet[1]]
    by_key = {r[0]: dict(zip(head, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_key[target["key"]]["result"] == 430
    assert next(r for r in found["rows"] if r["key"] == target["key"])["paired_by"] == "override"


def test_the_pairs_file_works_on_the_command_line(both, tmp_path):
    with client(both) as c:
        target = row(c.get("/api/pairing", headers=HEADERS).json(), "460")
        c.post("/api/pairing", headers=HEADERS,
               json={"target": target["key"], "result": candidate(target, REPORT_VI["result"])})
    plan, report = tmp_path / "ke-hoach.docx", tmp_path / "bao-cao-2026.docx"
    plan.write_bytes(docx_bytes(PLANS["vi"]["lines"]))
    report.write_bytes(docx_bytes(REPORT_VI["lines"]))
    res = CliRunner().invoke(main, ["progress", str(plan), "--results", str(report),
                                    "--pairs", str(both / "pairs.json")])
    assert res.exit_code == 0, res.output
    done = next(r for r in json.loads(res.stdout)["rows"] if r["key"] == target["key"])
    assert done["result"]["text"] == REPORT_VI["result"] and done["paired_by"] == "override"


def test_back_to_automatic_and_to_no_result(both):
    with client(both) as c:
        income = next(r for r in c.get("/api/pairing", headers=HEADERS).json()["rows"]
                      if r["indicator"].startswith("thu nhập"))
        none = c.post("/api/pairing", headers=HEADERS, json={"target": income["key"],
                                                              "result": None}).json()
        assert next(r for r in none["rows"] if r["key"] == income["key"])["status"] == "no_result"
        back = c.post("/api/pairing", headers=HEADERS, json={"target": income["key"],
                                                              "automatic": True}).json()
    assert next(r for r in back["rows"] if r["key"] == income["key"]) == income
    assert json.loads((both / "pairs.json").read_text("utf-8")) == {"pairs": []}


@pytest.mark.parametrize("body, message", [
    pytest.param({"target": "ke-hoach.docx#1", "result": None}, "no target", id="unknown-target"),
    pytest.param({"target": ["x"], "result": None}, "no target", id="target-not-a-key"),
    pytest.param({"target": "{target}", "result": "bao-cao-2026.docx#0"}, "not a result",
                 id="figure-that-is-no-candidate"),
    pytest.param({"target": "{target}", "result": "../../etc/passwd"}, "not a result",
                 id="path-as-result"),
    pytest.param({"target": "{target}", "result": 7}, "not a result", id="number-as-result"),
    pytest.param({"target": "{target}"}, "a fix is", id="no-result-given"),
])
def test_bad_pair_keys_are_refused_and_nothing_kept(both, body, message):
    with client(both) as c:
        target = row(c.get("/api/pairing", headers=HEADERS).json(), "460")["key"]
        body = {k: v.format(target=target) if isinstance(v, str) else v for k, v in body.items()}
        r = c.post("/api/pairing", headers=HEADERS, json=body)
        after = row(c.get("/api/pairing", headers=HEADERS).json(), "460")
    assert r.status_code == 400 and message in r.json()["error"], r.text
    assert not (both / "pairs.json").exists() and not after["fixed"]


@pytest.mark.parametrize("path, method", [("/api/pairing", "get"), ("/api/pairing", "post"),
                                          ("/download/progress/progress.docx", "get"),
                                          ("/download/progress/pairs.json", "get")])
@pytest.mark.parametrize("given", [{}, {"x-coopdocs-token": "wrong"}],
                         ids=["no-token", "wrong-token"])
def test_no_token_no_progress(both, path, method, given):
    with client(both) as c:
        r = getattr(c, method)(path, headers=given)
    assert r.status_code == 403 and "token" in r.text
    assert not (both / "pairs.json").exists()


@pytest.mark.parametrize("what", ["progress.pdf", "..%2Fpairs.json", "record.json", ""])
def test_unknown_progress_downloads_are_404(both, what):
    with client(both) as c:
        assert c.get(f"/download/progress/{what}", headers=HEADERS).status_code == 404


def test_a_fix_for_a_document_since_removed_is_left_out(both):
    with client(both) as c:
        target = row(c.get("/api/pairing", headers=HEADERS).json(), "460")
        chosen = candidate(target, REPORT_VI["result"])
        c.post("/api/pairing", headers=HEADERS, json={"target": target["key"], "result": chosen})
        report = next(d["id"] for d in c.get("/api/documents", headers=HEADERS).json()["documents"]
                      if d["name"] == "bao-cao-2026.docx")
        c.delete(f"/api/documents/{report}", headers=HEADERS)
        read(c, "bao-cao-moi.docx", REPORT_VI["lines"])   # the report again, another name
        again = row(c.get("/api/pairing", headers=HEADERS).json(), "460")
    assert again["result_key"] is None and not again["fixed"]
