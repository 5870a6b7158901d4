"""docs/records.md describes the record coopdocs writes: every field the code produces is
documented, and every documented field is produced or listed as not produced yet."""
import re
from dataclasses import fields

import pytest
from conftest import ROOT

from coopdocs import categories, extract_text

RECORDS_MD = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")


def documented() -> dict[str, set[str]]:
    """Heading (``source``, ``Figure`` ...) -> the field names in its table's first column."""
    out: dict[str, set[str]] = {}
    for section in re.split(r"^### ", RECORDS_MD, flags=re.MULTILINE)[1:]:
        name, _, body = section.partition("\n")
        cells = re.findall(r"^\| ([^|]+) \|", body, flags=re.MULTILINE)
        out[name.strip()] = {f for c in cells for f in re.findall(r"`(\w+)`", c)}
    return out


def not_yet() -> dict[str, set[str]]:
    part = RECORDS_MD.split("## Not produced yet", 1)[1].split("\n## ", 1)[0]
    return {m.group(1): set(re.findall(r"`(\w+)`", m.group(2)))
            for m in re.finditer(r"^- (\w+): (.*)$", part, flags=re.MULTILINE)}


# fields a record has only for some inputs: source.ocr when OCR read the text,
# source.pages_without_text for a PDF with such pages (test_pdf.py checks both)
CONDITIONAL = {"source": {"ocr", "pages_without_text"}}


def produced() -> dict[str, set[str]]:
    record = extract_text("Năm 2024 có 12 hợp tác xã.", "vi")
    out = {"source": set(record["source"]) | CONDITIONAL["source"]}
    for c in categories.CATEGORIES:
        out[c.item.__name__] = {f.name for f in fields(c.item) if not f.name.startswith("_")}
    return out


@pytest.mark.parametrize("item", sorted(produced()))
def test_every_field_is_documented_and_every_documented_field_exists(item):
    have, doc, later = produced()[item], documented()[item], not_yet().get(item, set())
    assert have - doc == set(), f"docs/records.md does not document {item} fields {have - doc}"
    assert have & later == set(), f"docs/records.md lists {have & later} as not produced yet"
    assert doc - have - later == set(), f"docs/records.md documents {item} fields the code lacks"


def test_the_record_keys_are_in_the_documented_order():
    record = extract_text("Năm 2024 có 12 hợp tác xã.", "vi")
    example = re.search(r'```json\n(\{\n  "schema".*?)```', RECORDS_MD, re.DOTALL).group(1)
    assert re.findall(r'^  "(\w+)"', example, flags=re.MULTILINE) == list(record)



def test_no_file_cites_a_document_outside_the_project():
    pattern = re.compile(r"\b(?:RECORDS|DOMAIN|ANNOTATION)\.md\b")
    files = [ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("coopdocs/**/*.py"),
             *ROOT.glob("coopdocs/**/*.tsv"), *ROOT.glob("coopdocs/**/*.toml"),
             *ROOT.glob("tests/*.py"), *ROOT.glob("corpus/**/*.json")]
    citing = [str(f.relative_to(ROOT)) for f in files
              if f != ROOT / "tests" / "test_docs.py" and pattern.search(f.read_text(encoding="utf-8"))]
    assert citing == []
