"""`coopdocs demo`: the README's first command, on the corpus the package ships."""
import json

import docx
from click.testing import CliRunner

from coopdocs.cli import main

PRODUCTS = [f"{t}-{lang}.docx" for lang in ("vi", "th") for t in ("minutes", "plan", "report")]


def test_demo_writes_records_review_and_documents(tmp_path):
    out = tmp_path / "demo"
    res = CliRunner().invoke(main, ["demo", str(out)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["lang", "docs", "figures", "dates", "targets", "references"]
    rows = {line.split()[0]: [int(x) for x in line.split()[1:]] for line in lines[1:3]}
    assert set(rows) == {"th", "vi"} and all(r[0] >= 15 and r[1] > 100 for r in rows.values())
    recs = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == sum(r[0] for r in rows.values())
    assert "<mark class='target'" in (out / "review.html").read_text(encoding="utf-8")
    assert (out / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    for name in PRODUCTS:
        text = "\n".join(p.text for p in docx.Document(out / name).paragraphs)
        assert "{{" not in text and "{%" not in text, name
        assert name in res.output


def test_demo_refuses_a_folder_with_files_unless_forced(tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    res = CliRunner().invoke(main, ["demo", str(tmp_path)])
    assert res.exit_code == 2 and "--force" in res.stderr
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert list(tmp_path.iterdir()) == [tmp_path / "keep.txt"]
