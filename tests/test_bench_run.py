"""bench/run.py collects the rows of the other bench modules (``results()``: dicts with
name, value, limit, ok), prints them, and fails when one fails (no timing here)."""
import importlib.util

import pytest
from conftest import ROOT

RUN = ROOT / "bench" / "run.py"


@pytest.fixture(scope="module")
def run():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MODULES = {
    "alpha.py": "def results():\n    return [{'name': 'a', 'value': 1.5, 'limit': 2.0, 'ok': True}]\n",
    "beta.py": "def results():\n    return [{'name': 'b', 'value': 9, 'limit': 2, 'ok': False, 'peak': 3}]\n",
    "broken.py": "def results():\n    raise RuntimeError('no workers')\n",
    "shapeless.py": "def results():\n    return [{'name': 'c', 'value': 1}]\n",
    "plain.py": "X = 1\n",  # no results(): not collected
}


@pytest.fixture
def folder(tmp_path):
    for name, code in MODULES.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    return tmp_path


def test_the_modules_with_results_are_collected_in_name_order(run, folder):
    assert [p.name for p in run.other_modules(set(), folder)] == [
        "alpha.py", "beta.py", "broken.py", "shapeless.py"]
    assert [p.name for p in run.other_modules({"beta"}, folder)] == [
        "alpha.py", "broken.py", "shapeless.py"]


@pytest.mark.parametrize("module, names, oks", [
    ("alpha.py", ["a"], [True]),
    ("beta.py", ["b"], [False]),
    ("broken.py", ["broken.py: results() failed: RuntimeError: no workers"], [False]),
    ("shapeless.py", [("shapeless.py: results() failed: ValueError: a row without limit, ok: "
                       "{'name': 'c', 'value': 1}")], [False]),
], ids=["passing", "failing", "raising", "missing-keys"])
def test_each_module_gives_rows_or_one_failing_row(run, folder, module, names, oks):
    rows = run.collect(folder / module)
    assert [r["name"] for r in rows] == names
    assert [r["ok"] for r in rows] == oks
    assert all(r["module"] == module for r in rows)


def test_the_table_shows_every_row_and_its_result(run, folder):
    rows = [r for m in ("alpha.py", "beta.py") for r in run.collect(folder / m)]
    lines = run.table(rows).splitlines()
    assert lines[2] == "| a | 1.50 | 2.00 | pass |  |"
    assert lines[3] == "| b | 9 | 2 | **FAIL** |  |"
