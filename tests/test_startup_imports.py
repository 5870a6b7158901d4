"""``coopdocs extract`` of one small document imports only what extraction needs: nothing of
the Word, workbook, template, review-page, evaluation or schema code, and no library beyond
what importing spaCy itself brings. Checked in a fresh process per language (no timing)."""
import json
import subprocess
import sys

import pytest

# Never imported by an extraction to JSON of a .txt file.
NEVER = ("babel", "docx", "docxtpl", "openpyxl", "jsonschema", "selectolax", "pyvi",
         "coopdocs.render", "coopdocs.review", "coopdocs.evaluate", "coopdocs.schema",
         "coopdocs.demo")
# Imported only if importing spaCy alone imports them (spaCy's own command line loads Jinja).
NOT_BEYOND_SPACY = ("jinja2", "pythainlp", "pydantic", "requests")

EXTRACT = """
import json, sys
sys.argv = ["coopdocs", "extract", sys.argv[1], "-o", sys.argv[2]]
from coopdocs.cli import main
try:
    main()
except SystemExit as e:
    assert not e.code, e.code
print(json.dumps(sorted(sys.modules)))
"""

TEXTS = {
    "vi": "Năm 2024, toàn tỉnh có 1.981 tổ hợp tác với 25.300 thành viên.\n",
    "th": "ปี 2567 จังหวัดมีสหกรณ์ 125 แห่ง สมาชิก 9,450 คน\n",
}


def _modules(code: str, *args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def _loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture(scope="module")
def spacy_alone() -> set[str]:
    return _modules("import json, sys, spacy; print(json.dumps(sorted(sys.modules)))")


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_small_extract_imports_no_heavy_module(lang, tmp_path, spacy_alone):
    doc = tmp_path / f"one-{lang}.txt"
    doc.write_text(TEXTS[lang], encoding="utf-8")
    out = tmp_path / "record.json"
    modules = _modules(EXTRACT, str(doc), str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["figures"]  # it did extract
    assert _loaded(modules, "coopdocs.pipeline") and _loaded(modules, "spacy")
    assert [n for n in NEVER if _loaded(modules, n)] == []
    assert [n for n in NOT_BEYOND_SPACY if _loaded(modules, n) and not _loaded(spacy_alone, n)] \
        == []
