"""A language is data to the render layer: its profile's [render] section and its render_*.tsv
lists say how its documents are written; no render module branches on a language code, and
a language coopdocs does not know is an error, never another language's forms."""
import re
import shutil

import pytest
from conftest import ROOT

from coopdocs.errors import LanguageError
from coopdocs.lang import folder
from coopdocs.render import filters as f
from coopdocs.render.builtin import BUILTINS, KINDS, template_files
from coopdocs.render.language import languages, writing

BRANCH = re.compile(r'lang *(==|!=|in) *|== *"(vi|th)"|"vi" *:|"th" *:|\b543\b')
RENDER_CODE = sorted([*(ROOT / "coopdocs" / "render").glob("*.py"), ROOT / "coopdocs" / "demo.py",
                      *(ROOT / "templates").glob("*.py")])


@pytest.mark.parametrize("path", RENDER_CODE, ids=lambda p: p.name)
def test_no_render_module_branches_on_a_language(path):
    found = [f"{n}: {line.strip()}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if BRANCH.search(line)]
    assert found == []


@pytest.mark.parametrize("code", languages())
def test_every_language_has_what_its_documents_need(code):
    w = writing(code)
    assert w.currencies and w.scales and w.qualifiers and w.kinds
    assert {t.kind for t in w.templates} <= set(KINDS)
    shipped = {p.name for p in template_files().iterdir()}
    assert {f"{t.name}.docx" for t in w.templates} <= shipped


def test_the_builtins_are_the_languages_templates():
    assert sorted(b.name for b in BUILTINS) == sorted(t.name for c in languages() for t in writing(c).templates)


@pytest.mark.parametrize("code, era", [pytest.param("vi", 0, id="vi-common-era"),
                                       pytest.param("th", 543, id="th-buddhist-era")])
def test_the_era_is_the_profiles(code, era):
    assert writing(code).era == era
    assert f.year(2024, code) == str(2024 + era)


@pytest.mark.parametrize("code", ["en", "xx", "", "VI", "../vi"])
def test_an_unknown_language_is_an_error(code):
    with pytest.raises(LanguageError, match="unknown language"):
        writing(code)


@pytest.fixture
def new_language(tmp_path, monkeypatch):
    """A language made only of data: a copy of the Vietnamese folder under another code,
    which the test edits."""
    def make(code, edit=None, drop=()):
        target = tmp_path / code
        shutil.copytree(folder("vi"), target)
        if edit:
            toml = target / "profile.toml"
            toml.write_text(edit(toml.read_text(encoding="utf-8")), encoding="utf-8")
        for name in drop:
            (target / name).unlink()
        monkeypatch.setenv("COOPDOCS_LANG_PATH", str(tmp_path))
        return code
    return make


def test_a_new_language_is_only_data(new_language):
    code = new_language("qqa", lambda t: t.replace('percent = "{n}%"', 'percent = "{n} pc"')
                        .replace('date_short_separator = "/"', 'date_short_separator = "."'))
    assert code in languages()
    assert f.percent(34.3, code) == "34,3 pc"
    assert f.date("2022-09-07", code, "short") == "07.9.2022"
    assert f.date("2022-09-07", code) == "ngày 07 tháng 9 năm 2022"


# Each case its own code: profiles are read once a code.
@pytest.mark.parametrize("code, edit, drop, message", [
    pytest.param("qqb", lambda t: t.replace('month_long = "number"', 'month_long = "long"'), (),
                 "month_long must be one of number, wide, abbreviated", id="bad-month-style"),
    pytest.param("qqc", lambda t: t.replace('reference_date_style = "short"', 'reference_date_style = "x"'),
                 (), "reference_date_style must be long or short", id="bad-date-style"),
    pytest.param("qqd", lambda t: t.replace('locale = "vi_VN"\n', ""), (), "misses the key 'locale'",
                 id="missing-key"),
    pytest.param("qqe", lambda t: t.replace("day_digits = 2", 'day_digits = "2"'), (),
                 "day_digits must be int", id="wrong-type"),
    pytest.param("qqf", None, ("render_kinds.tsv",), "the word list render_kinds.tsv is missing",
                 id="missing-list"),
])
def test_a_broken_language_is_an_error_naming_its_file(new_language, code, edit, drop, message):
    new_language(code, edit, drop)
    with pytest.raises(LanguageError, match=re.escape(message)) as caught:
        writing(code)
    assert code in str(caught.value)
