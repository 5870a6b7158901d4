"""The whole flow of `coopdocs serve` in a real browser (headless Chromium driven by
Selenium), once in each interface language: upload a Word plan the test makes, correct a
target's value and indicator, reject a false target, add a missed one by selecting its words,
choose a template, download the Word document, and find the corrections in it. Each step is
photographed; a photograph must not be blank and must show text."""
import json
import os
import shutil
import socket
import threading
import time
from importlib import resources

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver")
Image = pytest.importorskip("PIL.Image")

from selenium.common.exceptions import (
    ElementClickInterceptedException,
    NoSuchElementException,
    StaleElementReferenceException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from serve_docs import PLANS, docx_bytes, docx_text

from coopdocs.serve.app import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif((CHROMIUM is None or DRIVER is None) and not os.environ.get("CI"),
                                reason="Chromium and chromedriver are not installed (CI installs them)")
TOKEN = "browser-test-token"
WAIT = 90


def strings(code: str) -> dict:
    folder = resources.files("coopdocs.serve") / "static" / "i18n"
    return json.loads((folder / f"{code}.json").read_text(encoding="utf-8"))


@pytest.fixture
def server(tmp_path):
    """The app on a free local port, in a thread of the test."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    app = create_app(tmp_path / "app", TOKEN)
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    srv.should_exit = True
    thread.join(timeout=30)
    sock.close()


def browser(accept_language: str, downloads):
    assert CHROMIUM and DRIVER, "Chromium and chromedriver must be installed where CI runs"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1500", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--lang={accept_language}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {
        "intl.accept_languages": accept_language,
        "download.default_directory": str(downloads), "download.prompt_for_download": False})
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def photograph(driver, folder, step: str, must_show: list[str]):
    """A screenshot of the step; not blank (many colours, dark text pixels), and the page
    shows the words it must."""
    path = folder / f"{step}.png"
    driver.save_screenshot(str(path))
    image = Image.open(path).convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:100]) / (image.width * image.height)
    assert len([n for n in histogram if n]) > 20, f"{step}: the screenshot is blank"
    assert dark > 0.002, f"{step}: no text is visible in the screenshot"
    body = driver.find_element(By.TAG_NAME, "body").text
    for words in must_show:
        assert words in body, f"{step}: {words!r} is not on the page"
    return path


RERENDERED = (StaleElementReferenceException, NoSuchElementException, AttributeError,
              ElementClickInterceptedException)


def wait(driver, condition, what: str):
    """Until ``condition`` holds; the page redraws a document after each change, so an element
    found a moment ago may be gone (then look again)."""
    return WebDriverWait(driver, WAIT, poll_frequency=0.1,
                         ignored_exceptions=RERENDERED).until(condition, message=what)


def row_of(driver, table: str, text: str):
    for row in driver.find_elements(By.CSS_SELECTOR, f"table.{table} tbody tr"):
        if row.find_element(By.TAG_NAME, "td").text == text:
            return row
    return None


def click(driver, find, what: str):
    """Click what ``find`` finds, looking again if the page redrew it meanwhile."""
    def done(d):
        element = find(d)
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        return True
    wait(driver, done, what)


def type_into(driver, table, text, field, value):
    def typed(d):
        box = row_of(d, table, text).find_element(By.CSS_SELECTOR, f"input[data-field={field}]")
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(value, Keys.ENTER)
        return True
    wait(driver, typed, f"{field} typed")
    wait(driver, lambda d: "edited" in row_of(d, table, text).find_element(
        By.CSS_SELECTOR, f"input[data-field={field}]").get_attribute("class"), f"{field} saved")


SELECT = """
const [start, end] = arguments;
const spans = [...document.querySelectorAll('#doc-text span[data-o]')];
function point(offset) {
  const span = spans.filter((s) => Number(s.dataset.o) <= offset).pop();
  return [span.firstChild, offset - Number(span.dataset.o)];
}
const range = document.createRange();
range.setStart(...point(start));
const [node, at] = point(end - 1);
range.setEnd(node, at + 1);
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
document.getElementById('doc-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
return selection.toString();
"""


def select_words(driver, words: str) -> str:
    text = driver.execute_script("return document.getElementById('doc-text').textContent")
    start = text.index(words)
    return driver.execute_script(SELECT, start, start + len(words))


FLOWS = [
    # interface language, how it is chosen (browser's Accept-Language, or the switch), document
    pytest.param("vi", "vi-VN,vi", None, "vi", id="vi-interface"),
    pytest.param("th", "th-TH,th", None, "th", id="th-interface"),
    pytest.param("en", "th-TH,th", "en", "vi", id="en-interface-by-the-switch"),
]


@pytest.mark.parametrize("ui, accept, switch, doc_lang", FLOWS)
def test_the_whole_flow(server, tmp_path, ui, accept, switch, doc_lang):
    plan = PLANS[doc_lang]
    shots, downloads = tmp_path / "shots", tmp_path / "downloads"
    shots.mkdir()
    downloads.mkdir()
    source = tmp_path / f"plan-{doc_lang}.docx"
    source.write_bytes(docx_bytes(plan["lines"]))
    s = strings(ui)
    driver = browser(accept, downloads)
    try:
        _flow(driver, server, s, plan, source, shots, downloads, switch)
    finally:
        driver.quit()


def _flow(driver, server, s, plan, source, shots, downloads, switch):
    driver.get(f"{server}/?token={TOKEN}")
    assert "token" not in driver.current_url     # kept in a cookie, not in the address bar
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"),
         "the page started")
    wait(driver, lambda d: s["title"] in d.find_element(By.TAG_NAME, "h1").text
         or switch, "the interface's strings")
    if switch:
        Select(driver.find_element(By.ID, "ui-lang")).select_by_value(switch)
        wait(driver, lambda d: s["title"] in d.find_element(By.TAG_NAME, "h1").text, "the switch")
    photograph(driver, shots, "1-start", [s["title"], s["drop"]])

    driver.find_element(By.ID, "files").send_keys(str(source))
    wait(driver, lambda d: row_of(d, "targets", plan["correct"]), "the document read")
    photograph(driver, shots, "2-read", [source.name, s["targets"], plan["correct"]])

    type_into(driver, "targets", plan["correct"], "value", plan["value"])
    type_into(driver, "targets", plan["correct"], "indicator", plan["indicator"])
    photograph(driver, shots, "3-corrected", [s["saved"]])

    click(driver, lambda d: row_of(d, "targets", plan["false"]).find_element(
        By.CSS_SELECTOR, "button.reject"), "the reject button")
    wait(driver, lambda d: "rejected" in row_of(d, "targets", plan["false"]).get_attribute("class"),
         "the false target rejected")
    photograph(driver, shots, "4-rejected", [s["status_rejected"]])

    assert select_words(driver, plan["missed"]) == plan["missed"]
    wait(driver, lambda d: d.find_element(By.ID, "add-box").is_displayed(), "the add box")
    Select(driver.find_element(By.ID, "add-category")).select_by_value("targets")
    driver.find_element(By.ID, "add-indicator").send_keys(plan["indicator"] + " 2")
    driver.find_element(By.ID, "add-deadline").send_keys(plan["deadline"])
    click(driver, lambda d: d.find_element(By.ID, "add-ok"), "the add button")
    wait(driver, lambda d: row_of(d, "targets", plan["missed"]), "the missed target added")
    deadline = row_of(driver, "targets", plan["missed"]).find_element(
        By.CSS_SELECTOR, "input[data-field=deadline]")
    assert deadline.get_attribute("value") == plan["deadline"]   # shown as it was typed
    photograph(driver, shots, "5-added", [s["added"], plan["missed"]])

    Select(driver.find_element(By.ID, "template")).select_by_value(plan["template"])
    photograph(driver, shots, "6-template", [s["download_word"]])

    click(driver, lambda d: d.find_element(By.ID, "download-docx"), "the download button")
    done = wait(driver, lambda d: [p for p in downloads.glob("*.docx")], "the Word document")
    photograph(driver, shots, "7-downloaded", [done[0].name])
    _check_document(done[0].read_bytes(), plan)
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []     # no script error, no failed request


def _check_document(data: bytes, plan: dict):
    text = docx_text(data)
    rows = [line for line in text.splitlines() if " | " in line]
    corrected = [r for r in rows if r.startswith(plan["indicator"] + " |")]
    assert corrected and plan["shown"] in corrected[0], rows      # value and indicator
    added = [r for r in rows if r.startswith(plan["indicator"] + " 2 |")]       # the added one
    # the targets table has a column per deadline year: the added target's value is under its year
    head = next(r.split(" | ") for r in rows if r.endswith(plan["deadline"]) and " | " in r)
    column = next(i for i, h in enumerate(head) if h.endswith(plan["deadline"]))
    assert added and added[0].split(" | ")[column].strip(), rows
    false_value = plan["false"].split()[0]
    assert not any(f" {false_value} |" in r or f"| {false_value} |" in r for r in rows), rows


def test_a_batch_shows_its_progress(server, tmp_path):
    """Several documents dropped at once: the page says how many of them are read, and which
    one is being read, until all are."""
    from coopdocs.serve import corrections

    s = strings("en")
    files = []
    for n in range(3):
        path = tmp_path / f"bao-cao-{n}.txt"
        path.write_text(f"Năm 2025 toàn tỉnh có {350 + n} hợp tác xã.", encoding="utf-8")
        files.append(path)
    (tmp_path / "downloads").mkdir()
    driver = browser("en-US,en", tmp_path / "downloads")
    try:
        driver.get(f"{server}/?token={TOKEN}")
        wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"),
             "the page started")
        with corrections.EXTRACT:   # reading waits: the batch is seen under way
            driver.find_element(By.ID, "files").send_keys("\n".join(map(str, files)))
            under_way = s["progress"].format(done=0, total=3)
            wait(driver, lambda d: under_way in d.find_element(By.ID, "progress").text,
                 "the progress of the batch")
            wait(driver, lambda d: s["status_reading"] in d.find_element(By.ID, "doc-list").text,
                 "the document being read")
            photograph(driver, tmp_path, "progress", [under_way, files[0].name,
                                                      s["status_queued"]])
        wait(driver, lambda d: not d.find_element(By.ID, "progress").is_displayed(),
             "the batch done")
        wait(driver, lambda d: [e.text for e in d.find_elements(By.CSS_SELECTOR, "#doc-list .state")]
             == [s["status_done"]] * 3, "every document read")
    finally:
        driver.quit()
