"""The interface's strings: every language has every string the page asks for, and the
files the page needs ship with the package."""
import fnmatch
import json
import re
import tomllib

import pytest
from conftest import ROOT

from coopdocs.serve import i18n

STATIC = ROOT / "coopdocs" / "serve" / "static"


def asked_for() -> set[str]:
    """The string keys the page names: data-i18n attributes and t("...") calls."""
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    from coopdocs.serve.downloads import HEADER_FIELDS

    keys = set(re.findall(r'data-i18n="([\w.]+)"', page))
    keys |= {k for k in re.findall(r'\bt\("([\w.]+)"', script) if not k.endswith("_")}
    keys |= {f"header_{n}" for n in HEADER_FIELDS}
    fields = re.search(r"MEETING_FIELDS = \[([^\]]*)\]", script).group(1)
    keys |= {f"meeting_{n}" for n in re.findall(r'"(\w+)"', fields)}
    layers = re.search(r"LAYERS = \[([^\]]*)\]", script).group(1)
    keys |= {f"legend_{n}" for n in re.findall(r'"(\w+)"', layers)}
    return keys


@pytest.mark.parametrize("code", i18n.languages())
def test_every_language_has_every_string(code):
    own = json.loads((STATIC / "i18n" / f"{code}.json").read_text(encoding="utf-8"))
    fallback = json.loads((STATIC / "i18n" / f"{i18n.index()['fallback']}.json").read_text("utf-8"))
    assert set(own) == set(fallback)
    assert asked_for() <= set(own), sorted(asked_for() - set(own))
    assert all(isinstance(v, str) and v.strip() for v in own.values())


@pytest.mark.parametrize("code", i18n.languages())
def test_placeholders_agree_with_the_fallback(code):
    fallback = i18n.strings(i18n.index()["fallback"])
    own = i18n.strings(code)
    for key, text in fallback.items():
        assert set(re.findall(r"\{(\w+)\}", own[key])) == set(re.findall(r"\{(\w+)\}", text)), key


@pytest.mark.parametrize("statuses", [["queued", "reading", "failed", "done"]])
def test_every_document_status_and_role_has_words(statuses):
    from coopdocs.schema import ROLES

    keys = set(i18n.strings(i18n.index()["fallback"]))
    assert {f"status_{s}" for s in statuses} <= keys
    assert {f"role_{r}" for r in ROLES} <= keys


def test_the_page_ships_with_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    globs = config["package-data"]["coopdocs.serve"]
    files = [str(p.relative_to(STATIC.parent)) for p in STATIC.rglob("*") if p.is_file()]
    assert files and all(any(fnmatch.fnmatch(f, g) for g in globs) for f in files), files
    assert "coopdocs.serve" in config["packages"]
