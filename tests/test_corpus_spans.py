"""Every item of every record of the corpus indexes the document's text exactly."""
import pytest
from conftest import CORPUS

from coopdocs import extract
from coopdocs.readers import read_text

DOCS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".docx"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_spans_index_the_text(path):
    text = read_text(path)
    rec = extract(path)
    for cat in ("figures", "dates", "targets", "references", "tasks"):
        for item in rec[cat]:
            assert text[item["start"]:item["end"]] == item["text"], (cat, item)
    for t in rec["targets"]:
        fig = rec["figures"][t["figure"]]
        assert (fig["start"], fig["end"]) == (t["start"], t["end"])
