"""The review page, as a browser shows it: headless Chromium loads it and the highlights,
hover values and targets table are in the rendered page."""
import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from coopdocs.cli import main
from conftest import CORPUS

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
                          capture_output=True, text=True, timeout=120)


def test_highlights_in_the_rendered_dom(review, tmp_path):
    dom = chromium("--dump-dom", review.as_uri(), profile=tmp_path / "p").stdout
    marks = re.findall(r"<mark class=\"(\w+)\" title=\"([^\"]*)\">", dom)
    kinds = {cls for cls, _ in marks}
    assert kinds == {"figure", "target", "date", "reference"}
    assert ("target", "count: 330 hợp tác xã (over)") in marks  # trên 330 hợp tác xã
    assert any(cls == "date" and title.startswith("date 2030") for cls, title in marks)
    assert any(cls == "reference" and "20-NQ/TW" in title for cls, title in marks)
    assert dom.count("<section class=\"document\"") == 2
    assert dom.count("<table class=\"targets\">") == 2


def test_the_page_paints(review, tmp_path):
    shot = tmp_path / "review.png"
    chromium(f"--screenshot={shot}", "--window-size=1200,1600", review.as_uri(), profile=tmp_path / "p")
    assert shot.exists() and shot.stat().st_size > 20_000
