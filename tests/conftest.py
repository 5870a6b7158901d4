from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_docs():
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".docx")
                  and p.with_suffix(".gold.json").exists())
