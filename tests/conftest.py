import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _shared() -> Path:
    """The folder of annotated documents and the independent scorer that sits beside the
    project's checkout (``../shared``), or the one ``COOPDOCS_SHARED`` names."""
    env = os.environ.get("COOPDOCS_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


SHARED = _shared()
SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def corpus_docs():
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".docx")
                  and p.with_suffix(".gold.json").exists())
