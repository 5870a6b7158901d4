"""The console script: ``coopdocs`` runs the command with the collector tuned for a process
whose objects live to its end, and the Python API leaves the collector alone."""
import json
import subprocess
import sys
from importlib.metadata import entry_points

from coopdocs.process import THRESHOLDS

PROBE = """
import gc, json, sys
sys.argv = ["coopdocs", "extract", sys.argv[1]]
from coopdocs.process import run
try:
    run()
except SystemExit as e:
    code = e.code
print(json.dumps({"code": code, "thresholds": gc.get_threshold(),
                  "frozen": gc.get_freeze_count()}), file=sys.stderr)
"""


def test_console_script_is_the_tuned_process():
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "coopdocs"]
    assert script.value == "coopdocs.process:run"


def test_run_extracts_then_freezes_what_is_left(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Năm 2025 toàn tỉnh có 120 hợp tác xã.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, str(doc)], capture_output=True,
                          text=True, check=False)
    record = json.loads(done.stdout)
    assert record["figures"][0]["value"] == 120
    probe = json.loads(done.stderr.strip().splitlines()[-1])
    assert probe["code"] in (0, None)
    assert tuple(probe["thresholds"]) == THRESHOLDS
    assert probe["frozen"] > 0


def test_the_api_leaves_the_collector_alone():
    code = ("import gc; before = gc.get_threshold(); import coopdocs.api as a; "
            "a.extract_text('Năm 2025 có 120 hợp tác xã.', 'vi'); "
            "print(gc.get_threshold() == before, gc.get_freeze_count())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["True", "0"]
