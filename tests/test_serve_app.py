"""The app behind `coopdocs serve`, through HTTP: who may use it (the token, the host, the
page's origin), what it accepts (types, sizes, names), corrections kept beside the records
and found again after a restart, progress of a batch, and the command's binding rules."""
import io
import json
import warnings
from urllib.parse import quote, unquote

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from click.testing import CliRunner
from serve_docs import MINUTES_VI, PLANS, docx_bytes, docx_text

from coopdocs import readers
from coopdocs.cli import main
from coopdocs.serve import corrections
from coopdocs.serve.app import create_app
from coopdocs.serve.gate import cookie_name

TOKEN = "test-token-123"
HEADERS = {"x-coopdocs-token": TOKEN}
LOCAL = "http://127.0.0.1:8765"


def client(folder, **kw):
    return TestClient(create_app(folder, TOKEN, **kw), base_url=LOCAL)


def jobs(c):
    return c.app.app.state.jobs


def upload(c, name, data, headers=HEADERS):
    return c.post(f"/api/documents?name={name}", content=data, headers=headers)


def read(c, name, data):
    r = upload(c, name, data)
    assert r.status_code == 201, r.text
    assert jobs(c).wait(120)
    doc = c.get(f"/api/documents/{r.json()['id']}", headers=HEADERS).json()
    assert doc["status"] == "done", doc
    return doc


def key_of(doc, category, text):
    return next(x["key"] for x in doc["items"][category] if x["text"] == text)


@pytest.fixture
def vi_plan():
    return docx_bytes(PLANS["vi"]["lines"])


# ---------------------------------------------------------------- who may use it

@pytest.mark.parametrize("path", ["/", "/api/config", "/api/documents", "/static/app.js",
                                  "/api/progress", "/download/all/records.json",
                                  "/api/templates"])
@pytest.mark.parametrize("given", [{}, {"x-coopdocs-token": "wrong"}],
                         ids=["no-token", "wrong-token"])
def test_no_token_is_403(tmp_path, path, given):
    with client(tmp_path) as c:
        r = c.get(path, headers=given)
    assert r.status_code == 403
    assert "token" in r.text


def test_the_token_in_the_address_becomes_a_cookie_and_leaves_the_address(tmp_path):
    with client(tmp_path) as c:
        r = c.get(f"/?token={TOKEN}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        cookie = r.headers["set-cookie"]
        assert f"{cookie_name(TOKEN)}={TOKEN}" in cookie
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        page = c.get("/")   # the client keeps the cookie
        assert page.status_code == 200 and "app.js" in page.text
        assert page.headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_another_host_name_is_refused(tmp_path):
    """A site that points its own name at 127.0.0.1 (DNS rebinding) is not this app."""
    with TestClient(create_app(tmp_path, TOKEN), base_url="http://evil.example:8765") as c:
        assert c.get("/api/config", headers=HEADERS).status_code == 403


def test_a_change_from_another_sites_page_is_refused(tmp_path, vi_plan):
    with client(tmp_path) as c:
        r = upload(c, "plan.docx", vi_plan, {**HEADERS, "origin": "http://evil.example"})
        assert r.status_code == 403
        assert c.get("/api/documents", headers=HEADERS).json()["documents"] == []


# ---------------------------------------------------------------- what it accepts

@pytest.mark.parametrize("name", ["setup.exe", "notes", "plan.docm", "archive.zip"])
def test_unsupported_types_are_refused_naming_the_types_it_reads(tmp_path, name):
    with client(tmp_path) as c:
        r = upload(c, name, b"some bytes")
    assert r.status_code == 415
    message = r.json()["error"]
    assert message.startswith(f"{name}: unsupported file type")
    assert all(s in message for s in readers.SUFFIXES)
    assert not any((tmp_path / "documents").iterdir())


def test_the_accepted_types_are_the_readers(tmp_path, monkeypatch):
    monkeypatch.setitem(readers.READERS, ".xyz", "plain")   # a reader registered for .xyz
    monkeypatch.setattr(readers, "SUFFIXES", tuple(readers.READERS))
    with client(tmp_path) as c:
        assert c.get("/api/config", headers=HEADERS).json()["accept"][-1] == ".xyz"
        assert upload(c, "a.xyz", b"text").status_code == 201


def test_an_oversize_upload_is_refused(tmp_path):
    with client(tmp_path, max_upload=1000) as c:
        declared = upload(c, "big.txt", b"x" * 1001)
        streamed = c.post("/api/documents?name=big.txt", headers=HEADERS,
                          content=iter([b"x" * 600, b"x" * 600]))   # no Content-Length
        fits = upload(c, "small.txt", "Có 12 hợp tác xã.".encode())
    for r in (declared, streamed):
        assert r.status_code == 413
        assert r.json()["error"] == "big.txt: too large; the limit is 0.000953674 MB"
    assert fits.status_code == 201
    assert len(list((tmp_path / "documents").iterdir())) == 1


def test_an_empty_upload_is_refused(tmp_path):
    with client(tmp_path) as c:
        r = upload(c, "empty.txt", b"  \n")
    assert r.status_code == 400 and r.json()["error"] == "empty.txt: the file is empty"


@pytest.mark.parametrize("name", ["../plan.txt", "..%2Fplan.txt", "..\\plan.txt",
                                  "%2Fetc%2Fplan.txt", "a/b.txt", ".hidden.txt", "..",
                                  "plan%00.txt", "plan%0A.txt", ""])
def test_names_with_a_path_are_refused(tmp_path, name):
    folder = tmp_path / "app"
    with client(folder) as c:
        r = upload(c, name, "Có 12 hợp tác xã.".encode())
    assert r.status_code == 400
    assert "refused" in r.json()["error"] or "name" in r.json()["error"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app"]
    assert not any((folder / "documents").iterdir())


@pytest.mark.parametrize("path", ["/api/documents/..%2F..%2Fetc", "/api/documents/0123",
                                  "/download/..%2Fdocuments/records.json",
                                  "/download/0123456789abcdef/records.json"])
def test_ids_are_ids_not_paths(tmp_path, path):
    with client(tmp_path) as c:
        assert c.get(path, headers=HEADERS).status_code == 404


@pytest.mark.parametrize("template", ["../../etc/passwd", "/etc/passwd", "own:../x",
                                      "own:0123456789abcdef", "plan-xx"])
def test_a_template_is_a_builtin_name_or_an_id(tmp_path, vi_plan, template):
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        r = c.get(f"/download/{doc['id']}/document.docx", params={"template": template},
                  headers=HEADERS)
    assert r.status_code == 404


def test_a_template_that_is_not_a_word_file_is_refused(tmp_path):
    with client(tmp_path) as c:
        not_docx = c.post("/api/templates?name=mine.txt", content=b"x", headers=HEADERS)
        broken = c.post("/api/templates?name=mine.docx", content=b"PK broken", headers=HEADERS)
    assert not_docx.status_code == 415
    assert broken.status_code == 400
    assert broken.json()["error"].startswith("mine.docx: not a Word document")


# ---------------------------------------------------------------- corrections

def test_corrections_are_kept_beside_the_record_and_survive_a_restart(tmp_path, vi_plan):
    plan = PLANS["vi"]
    with client(tmp_path) as c:
        doc = read(c, "ke-hoach.docx", vi_plan)
        target = key_of(doc, "targets", plan["correct"])
        for field, value in (("value", plan["value"]), ("indicator", plan["indicator"])):
            r = c.post(f"/api/documents/{doc['id']}/field", headers=HEADERS,
                       json={"key": target, "field": field, "value": value})
            assert r.status_code == 200, r.text
        r = c.post(f"/api/documents/{doc['id']}/status", headers=HEADERS,
                   json={"key": key_of(doc, "targets", plan["false"]), "status": "rejected"})
        assert r.status_code == 200
    where = tmp_path / "documents" / doc["id"]
    assert sorted(p.name for p in where.iterdir()) == [
        "corrections.json", "document.docx", "meta.json", "record.json", "text.json"]
    assert (where / "document.docx").read_bytes() == vi_plan          # as uploaded
    record = json.loads((where / "record.json").read_text("utf-8"))   # as extracted
    assert plan["false"] in [t["text"] for t in record["targets"]]

    with client(tmp_path) as c:   # a new app on the same folder
        again = c.get(f"/api/documents/{doc['id']}", headers=HEADERS).json()
        fixed = next(x for x in again["items"]["targets"] if x["key"] == target)
        assert (fixed["value"], fixed["indicator"]) == (480, plan["indicator"])
        rec = c.get(f"/download/{doc['id']}/records.json", headers=HEADERS).json()
        word = c.get(f"/download/{doc['id']}/document.docx", params={"template": "plan-vi"},
                     headers=HEADERS)
    assert [t["text"] for t in rec["targets"]] == [plan["correct"], "60 triệu đồng"]
    assert rec["figures"][rec["targets"][0]["figure"]]["value"] == 480
    assert word.status_code == 200
    # the plan's targets table: one row per indicator, one column per deadline year
    assert ("Chỉ tiêu | Đơn vị tính | Hiện trạng | Đến năm 2030\n"
            "Số hợp tác xã kiểu mới | hợp tác xã |  | trên 480") in docx_text(word.content)


@pytest.mark.parametrize("value, message", [
    ("trên 460", ("value: 'trên 460' is not a number (write the digits only, for example "
                  "1981 or 12,5)")),
    ("", "value: a value is needed"),
])
def test_a_value_that_is_no_number_is_one_clear_line_and_nothing_is_kept(tmp_path, vi_plan,
                                                                         value, message):
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        r = c.post(f"/api/documents/{doc['id']}/field", headers=HEADERS,
                   json={"key": "targets:0", "field": "value", "value": value})
    assert r.status_code == 400 and r.json()["error"] == message
    assert not (tmp_path / "documents" / doc["id"] / "corrections.json").exists()


@pytest.mark.parametrize("body, status", [
    ({"key": "targets:0", "field": "path", "value": "/etc"}, 400),
    ({"key": "targets:99", "field": "value", "value": "1"}, 400),
    ({"key": "../x", "field": "value", "value": "1"}, 400),
    ({"field": "value"}, 400),
], ids=["unknown-field", "no-such-item", "a-path-as-key", "no-key"])
def test_corrections_name_fields_and_items_that_exist(tmp_path, vi_plan, body, status):
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        r = c.post(f"/api/documents/{doc['id']}/field", headers=HEADERS, json=body)
    assert r.status_code == status and r.json()["error"]


def test_a_missed_target_is_added_from_its_words(tmp_path, vi_plan):
    plan = PLANS["vi"]
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        start = doc["text"].index(plan["missed"])
        r = c.post(f"/api/documents/{doc['id']}/add", headers=HEADERS, json={
            "category": "targets", "start": start, "end": start + len(plan["missed"]),
            "fields": {"deadline": "2026"}})
        assert r.status_code == 200, r.text
        added = [x for x in r.json()["items"]["targets"] if x["added"]]
        rec = c.get(f"/download/{doc['id']}/records.json", headers=HEADERS).json()
    assert [(x["text"], x["value"], x["deadline"]) for x in added] == [(plan["missed"], 2, "2026")]
    assert plan["missed"] in [t["text"] for t in rec["targets"]]


# ---------------------------------------------------------------- progress

def test_progress_of_a_batch(tmp_path):
    docs = [f"Năm 2025 có {n} hợp tác xã.".encode() for n in range(12, 17)]
    with client(tmp_path) as c:
        with corrections.EXTRACT:   # the reader waits: the batch is seen half-way
            for n, data in enumerate(docs):
                assert upload(c, f"bao-cao-{n}.txt", data).status_code == 201
            during = c.get("/api/progress", headers=HEADERS).json()
            listed = c.get("/api/documents", headers=HEADERS).json()["documents"]
        assert jobs(c).wait(120)
        after = c.get("/api/progress", headers=HEADERS).json()
        statuses = [d["status"] for d in c.get("/api/documents", headers=HEADERS).json()["documents"]]
    assert during["total"] == 5 and during["done"] == 0 and during["busy"]
    assert [d["status"] for d in listed][1:] == ["queued"] * 4
    assert after == {"total": 5, "done": 5, "current": None, "busy": False}
    assert statuses == ["done"] * 5


def test_a_document_that_cannot_be_read_says_why(tmp_path):
    with client(tmp_path) as c:
        r = upload(c, "broken.docx", b"PK\x03\x04 not really a docx")
        assert jobs(c).wait(60)
        doc = c.get(f"/api/documents/{r.json()['id']}", headers=HEADERS).json()
    assert doc["status"] == "failed" and doc["error"]


# ---------------------------------------------------------------- the interface's language

@pytest.mark.parametrize("accept, cookie, want", [
    ("th-TH,th;q=0.9,en;q=0.8", None, "th"),
    ("vi-VN,vi;q=0.9", None, "vi"),
    ("fr-FR,en;q=0.5", None, "en"),
    ("fr-FR", None, "en"),
    ("vi-VN", "th", "th"),
])
def test_the_interface_speaks_the_browsers_language_or_the_chosen_one(tmp_path, accept,
                                                                      cookie, want):
    with client(tmp_path) as c:
        if cookie:
            c.cookies.set("coopdocs_ui", cookie)
        config = c.get("/api/config", headers={**HEADERS, "accept-language": accept}).json()
    assert config["lang"] == want
    assert [x["code"] for x in config["languages"]] == ["vi", "th", "en"]


# ---------------------------------------------------------------- the command

@pytest.fixture
def no_server(monkeypatch):
    from coopdocs.serve import command

    ran = []
    monkeypatch.setattr(command, "_run", lambda app, sock: (ran.append(sock.getsockname()),
                                                            sock.close()))
    monkeypatch.setattr("webbrowser.open", lambda url: ran.append(url))
    return ran


def test_serve_prints_a_local_address_with_a_token(tmp_path, no_server):
    res = CliRunner().invoke(main, ["serve", str(tmp_path / "work"), "--port", "0"])
    assert res.exit_code == 0, res.output
    url, (host, port) = no_server
    assert host == "127.0.0.1"
    assert url.startswith(f"http://127.0.0.1:{port}/?token=") and len(url.split("=")[1]) >= 32
    assert url in res.output


def test_another_address_needs_a_flag(tmp_path, no_server):
    res = CliRunner().invoke(main, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "0"])
    assert res.exit_code == 2
    assert res.output.strip() == ("coopdocs: --host 0.0.0.0: other machines could reach the "
                                  "app; add --allow-remote if that is what you want")
    assert no_server == []


def test_another_address_with_the_flag_warns(tmp_path, no_server):
    res = CliRunner().invoke(main, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "0",
                                    "--allow-remote", "--no-browser"])
    assert res.exit_code == 0, res.output
    assert "coopdocs: warning: listening on 0.0.0.0: anyone who can reach this machine" in res.output
    assert no_server[0][0] == "0.0.0.0"


# ---------------------------------------------------------------- header fields and templates

def test_header_fields_go_into_every_document_and_stay(tmp_path, vi_plan):
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        r = c.post("/api/header", headers=HEADERS, json={"fields": {
            "agency": "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "signer.name": "Nguyễn Văn An"}})
        assert r.status_code == 200 and r.json()["fields"]["agency"] == "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"
        bad = c.post("/api/header", headers=HEADERS, json={"fields": {"../x": "1"}})
    assert bad.status_code == 400 and "is not a header field" in bad.json()["error"]
    with client(tmp_path) as c:
        word = c.get(f"/download/{doc['id']}/document.docx", params={"template": "plan-vi"},
                     headers=HEADERS)
    assert word.status_code == 200
    text = docx_text(word.content)
    assert "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH" in text and "Nguyễn Văn An" in text
    blank = json.loads(unquote(word.headers["x-coopdocs-blank"]))
    assert "agency" not in blank and "signer.name" not in blank and "number" in blank
    assert json.loads(unquote(word.headers["x-coopdocs-warnings"])) == []


def test_an_own_template_renders_the_corrected_records(tmp_path, vi_plan):
    import docx

    tpl = docx.Document()
    # t.value is the number, t.amount the amount as the document writes it
    tpl.add_paragraph("{% for t in targets %}{{ t.indicator }}: {{ t.amount }}; {% endfor %}")
    buf = io.BytesIO()
    tpl.save(buf)
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        c.post(f"/api/documents/{doc['id']}/field", headers=HEADERS,
               json={"key": "targets:0", "field": "value", "value": "480"})
        made = c.post("/api/templates?name=mau-rieng.docx", content=buf.getvalue(), headers=HEADERS)
        assert made.status_code == 201, made.text
        listed = c.get("/api/templates", headers=HEADERS).json()["own"]
        word = c.get(f"/download/{doc['id']}/document.docx",
                     params={"template": f"own:{made.json()['id']}"}, headers=HEADERS)
    assert [t["name"] for t in listed] == ["mau-rieng.docx"]
    assert word.status_code == 200
    assert "Số hợp tác xã: trên 480;" in docx_text(word.content)
    assert "mau-rieng" in word.headers["content-disposition"]


def test_a_template_with_errors_is_one_clear_line(tmp_path, vi_plan):
    import docx

    tpl = docx.Document()
    tpl.add_paragraph("{{ targets[0].indicatr }}")
    buf = io.BytesIO()
    tpl.save(buf)
    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        made = c.post("/api/templates?name=loi.docx", content=buf.getvalue(), headers=HEADERS)
        word = c.get(f"/download/{doc['id']}/document.docx",
                     params={"template": f"own:{made.json()['id']}"}, headers=HEADERS)
    assert word.status_code == 400
    assert "indicatr" in word.json()["error"] and "\n" not in word.json()["error"]


def test_the_corrected_targets_workbook(tmp_path, vi_plan):
    import openpyxl

    with client(tmp_path) as c:
        doc = read(c, "plan.docx", vi_plan)
        c.post(f"/api/documents/{doc['id']}/field", headers=HEADERS,
               json={"key": "targets:0", "field": "value", "value": "480"})
        book = c.get(f"/download/{doc['id']}/targets.xlsx", headers=HEADERS)
    assert book.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(book.content))["Targets"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert any(480 in row for row in values[1:]), values


def test_all_documents_download_together(tmp_path, vi_plan):
    with client(tmp_path) as c:
        read(c, "a.docx", vi_plan)
        read(c, "b.txt", "Năm 2025 có 350 hợp tác xã.".encode())
        both = c.get("/download/all/records.json", headers=HEADERS).json()
    assert [r["source"]["path"].rsplit(".", 1)[1] for r in both] == ["docx", "txt"]


def test_a_document_removed_while_queued_does_not_stop_the_queue(tmp_path, vi_plan):
    with client(tmp_path) as c:
        with corrections.EXTRACT:
            first = upload(c, "a.docx", vi_plan).json()["id"]
            second = upload(c, "b.docx", vi_plan).json()["id"]
            assert c.delete(f"/api/documents/{second}", headers=HEADERS).status_code == 200
        assert jobs(c).wait(120)
        third = read(c, "c.docx", vi_plan)
        listed = [d["id"] for d in c.get("/api/documents", headers=HEADERS).json()["documents"]]
    assert listed == [first, third["id"]]


@pytest.mark.parametrize("template", ["minutes-vi", "notice-vi"])
def test_a_task_and_a_meeting_fact_corrected_in_the_minutes(tmp_path, template):
    with client(tmp_path) as c:
        doc = read(c, "bien-ban.txt", MINUTES_VI.encode())
        assert doc["meeting"]["chair"]["name"] == "Bùi Văn Hòa"
        task = doc["items"]["tasks"][0]["key"]
        for key, field, value in ((task, "assignee", "Phòng Tài chính - Kế hoạch"),
                                  (task, "action", "rà soát các hợp tác xã ngừng hoạt động"),
                                  (task, "deadline", "15/5/2026"),
                                  ("meeting", "location", "Phòng họp số 2, UBND huyện")):
            r = c.post(f"/api/documents/{doc['id']}/field", headers=HEADERS,
                       json={"key": key, "field": field, "value": value})
            assert r.status_code == 200, r.text
        word = c.get(f"/download/{doc['id']}/document.docx", params={"template": template},
                     headers=HEADERS)
    assert word.status_code == 200, word.text
    text = docx_text(word.content)
    assert "Phòng Tài chính - Kế hoạch | " in text
    assert "rà soát các hợp tác xã ngừng hoạt động" in text
    assert "15/5/2026" in text or "15/05/2026" in text
    if template == "minutes-vi":
        assert "Phòng họp số 2, UBND huyện" in text


def test_serve_without_the_web_server_is_one_line(tmp_path, monkeypatch, no_server):
    import sys

    monkeypatch.setitem(sys.modules, "starlette.applications", None)
    monkeypatch.delitem(sys.modules, "coopdocs.serve.app", raising=False)
    monkeypatch.delattr("coopdocs.serve.app", raising=False)
    res = CliRunner().invoke(main, ["serve", str(tmp_path), "--port", "0"])
    assert res.exit_code == 2
    assert res.output == ("coopdocs: coopdocs serve needs the web server (starlette.applications "
                          "is missing): pip install 'coopdocs[serve]'\n")


def test_a_name_in_any_script_is_kept_as_data(tmp_path, vi_plan):
    name = "Kế hoạch 2026 – แผน.docx"
    with client(tmp_path) as c:
        doc = read(c, quote(name), vi_plan)
        listed = c.get("/api/documents", headers=HEADERS).json()["documents"]
        word = c.get(f"/download/{doc['id']}/records.json", headers=HEADERS)
    assert doc["name"] == name
    assert listed[0]["counts"]["targets"] == 3 and listed[0]["lang"] == "vi"
    assert word.headers["content-disposition"] == (
        "attachment; filename*=UTF-8''" + quote("Kế hoạch 2026 – แผน.json"))
    assert [p.name for p in (tmp_path / "documents" / doc["id"]).glob("document*")] == [
        "document.docx"]
