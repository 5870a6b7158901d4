"""Round trip: extracting a rendered plan or report finds every target value it was given
(and, for a report, every figure)."""
import math

import pytest
from test_render_data import header, record

import coopdocs

try:
    from coopdocs import extract
except ImportError:  # the extraction side has not landed
    extract = None

pytestmark = pytest.mark.skipif(extract is None, reason="coopdocs.extract is not importable yet")


def _values(rec, items):
    out = []
    for item in items:
        fig = rec["figures"][item["figure"]] if "figure" in item else item
        out += [v for v in (fig["value"], fig["value_max"]) if v is not None]
    return out


def _found(want, got):
    return any(math.isclose(want, g, rel_tol=1e-9) for g in got)


@pytest.mark.parametrize("name", ["plan-vi", "plan-th", "report-vi", "report-th"])
def test_extracting_a_rendered_document_finds_every_target_value(tmp_path, name):
    lang = name[-2:]
    given = record(lang, name.split("-")[0])
    out = tmp_path / f"{name}.docx"
    coopdocs.render(name, given, out, header(lang))
    back = extract(out)
    assert back["source"]["lang"] == lang
    figures = [v for f in back["figures"] for v in (f["value"], f["value_max"]) if v is not None]
    targets = _values(back, back["targets"])
    missing = [v for v in _values(given, given["targets"]) if not _found(v, figures)]
    assert not missing, f"target values not found in {name}: {missing}"
    not_targets = [v for v in _values(given, given["targets"]) if not _found(v, targets)]
    assert not not_targets, f"found, but not as targets, in {name}: {not_targets}"
    if name.startswith("report"):
        skip = {t["figure"] for t in given["targets"]}
        plain = [f for i, f in enumerate(given["figures"]) if i not in skip]
        assert not [v for v in _values(given, plain) if not _found(v, figures)]
