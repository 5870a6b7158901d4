"""How good extraction is on the bundled corpus: F1 floors per category and language, the
parallel pairs agree, and a .docx scores as its plain text does (or better, where its
tables give units the text alone cannot)."""
import shutil
from collections import Counter

import pytest
from conftest import CORPUS

from coopdocs import extract
from coopdocs.evaluate import evaluate
from coopdocs.readers import read_text

# Floors a little below the measured scores (exact F1); raise them as extraction improves.
FLOORS = {
    "all": {"figures": 0.97, "dates": 0.97, "targets": 0.85, "references": 0.93, "meeting": 0.70},
    "vi": {"figures": 0.97, "dates": 0.97, "targets": 0.82, "references": 0.93, "meeting": 0.60},
    "th": {"figures": 0.97, "dates": 0.97, "targets": 0.80, "references": 0.90, "meeting": 0.60},
}


@pytest.fixture(scope="module")
def corpus_scores():
    result = evaluate([CORPUS])
    assert not result["failures"]
    return result["table"]


@pytest.mark.parametrize("lang, category, floor", [
    pytest.param(lang, cat, floor, id=f"{lang}-{cat}")
    for lang, cats in FLOORS.items() for cat, floor in cats.items()])
def test_corpus_floor(corpus_scores, lang, category, floor):
    assert corpus_scores[lang][category]["f1"] >= floor


def test_corpus_size_and_shape():
    for lang in ("vi", "th"):
        docs = [p for p in (CORPUS / lang).iterdir() if p.suffix in (".txt", ".docx")]
        assert len(docs) >= 15
        assert sum(p.suffix == ".docx" for p in docs) >= 2
        assert any(len(read_text(p)) > 8000 for p in docs)


PAIRS = sorted(p.name for p in (CORPUS / "vi").glob("pair-*.txt"))


@pytest.mark.parametrize("name", PAIRS)
def test_parallel_pair_has_the_same_figures(name):
    def multiset(path):
        return Counter((f["value"], f["kind"], f["qualifier"]) for f in extract(path)["figures"])

    assert len(PAIRS) >= 4
    assert multiset(CORPUS / "vi" / name) == multiset(CORPUS / "th" / name)


DOCX = sorted(CORPUS.rglob("*.docx"))


@pytest.mark.parametrize("path", DOCX, ids=lambda p: p.name)
def test_docx_scores_as_its_text(tmp_path, path):
    as_text = tmp_path / (path.stem + ".txt")
    as_text.write_text(read_text(path), encoding="utf-8")
    shutil.copy(path.with_suffix(".gold.json"), tmp_path / (path.stem + ".gold.json"))
    docx = evaluate([path])["table"]["all"]
    text = evaluate([as_text])["table"]["all"]
    for cat in ("figures", "dates", "references", "meeting"):
        assert docx[cat]["span_f1"] == text[cat]["span_f1"], cat  # the same words found
    for cat in ("figures", "dates", "targets", "references", "meeting"):
        # a table's unit column and plan columns only add: units, scales, target deadlines
        assert docx[cat]["f1"] >= text[cat]["f1"], cat
    assert docx["targets"]["f1"] > text["targets"]["f1"]
