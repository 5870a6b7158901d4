"""Numbers, figures and dates come from a language's data: a folder with profile.toml and
word lists is a language for them, with no code naming it; a bad profile is one clear error."""
import shutil
from pathlib import Path

import pytest

from coopdocs import lang
from coopdocs.errors import LanguageError
from coopdocs.normalize import dates as nd
from coopdocs.normalize.numerals import ascii_digits, digit_class, parse_number
from coopdocs.rules.dates import find_dates
from coopdocs.rules.figures import find_figures

HERE = Path(lang.__file__).parent
# Lao digits: the same Buddhist era and Thai-script words as the Thai data, other digits
OTHER_DIGITS = "໐໑໒໓໔໕໖໗໘໙"


@pytest.fixture
def other_language(tmp_path, monkeypatch):
    """'zz': a copy of the Thai data with Lao digits, a comma decimal mark and kip."""
    folder = tmp_path / "zz"
    shutil.copytree(HERE / "th", folder)
    (folder / "digits.tsv").write_text(
        "# test digits\n" + "".join(f"{d}\t{i}\n" for i, d in enumerate(OTHER_DIGITS)),
        encoding="utf-8")
    toml = (folder / "profile.toml").read_text(encoding="utf-8")
    toml = (toml.replace('decimal_mark = "."', 'decimal_mark = ","')
                .replace('group_mark = ","', 'group_mark = "."')
                .replace('currency = "THB"', 'currency = "LAK"'))
    (folder / "profile.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setenv("COOPDOCS_LANG_PATH", str(tmp_path))
    lang._clear()
    yield "zz"
    monkeypatch.delenv("COOPDOCS_LANG_PATH")
    lang._clear()


def test_digits_and_marks_come_from_the_folder(other_language):
    assert digit_class(other_language) == f"[0-9{OTHER_DIGITS}]"
    assert ascii_digits("໑໒໓", other_language) == "123"
    assert parse_number("1,5", other_language) == parse_number("1.5", "th")


@pytest.mark.parametrize("text,span,value,unit", [
    pytest.param("มีสมาชิก ໑໒໕ คน", "໑໒໕ คน", 125, "คน", id="own-digits"),
    pytest.param("รายได้ 9,5 ล้าน", "9,5 ล้าน", 9_500_000, "LAK", id="comma-decimal-default-currency"),
    pytest.param("ทุน ๑๒ ล้านบาท", None, None, None, id="thai-digits-are-not-its-digits"),
])
def test_figures_of_a_language_given_as_data(other_language, text, span, value, unit):
    figures = [(f.text, f.value, f.unit) for f in find_figures(text, other_language)]
    assert figures == ([(span, value, unit)] if span else [])


@pytest.mark.parametrize("text,value,calendar", [
    pytest.param("ปี ໒໕໖໗", "2024", "buddhist", id="era-year-in-own-digits"),
    pytest.param("วันที่ 14 พฤศจิกายน 2565", "2022-11-14", "buddhist", id="month-names"),
    pytest.param("ปีงบประมาณ 2567", "2023-10-01/2024-09-30", "buddhist", id="fiscal-year"),
])
def test_dates_of_a_language_given_as_data(other_language, text, value, calendar):
    assert [(d.value, d.calendar) for d in find_dates(text, other_language)] == [(value, calendar)]


def test_the_buddhist_era_is_defined_once_in_data():
    era = nd.era("th")
    assert (era.offset, era.first, era.short_base) == (543, 2400, 2500)
    assert nd.era("vi") is None
    assert nd.written_year(2024, "th") == 2567 and nd.ce_year(2567, "th") == 2024


BAD = [
    pytest.param("zb", 'decimal_mark = ","', "decimal_mark = 1", "decimal_mark must be str",
                 id="wrong-type"),
    pytest.param("zc", 'decimal_mark = ","', 'decimal_mark = ","\nthousands = ","',
                 "unknown key[(]s[)]: thousands", id="unknown-key"),
    pytest.param("zd", 'one_words = ["một"]', "one_words = [1]", "one_words must be a list of str",
                 id="list-item-type"),
    pytest.param("ze", 'currency = "VND"', "", "misses the key 'currency'", id="missing-key"),
]


def _copy_vi(tmp_path, monkeypatch, code, old, new):
    folder = tmp_path / code
    shutil.copytree(HERE / "vi", folder)
    toml = (folder / "profile.toml").read_text(encoding="utf-8")
    assert old in toml
    (folder / "profile.toml").write_text(toml.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setenv("COOPDOCS_LANG_PATH", str(tmp_path))
    lang._clear()


@pytest.mark.parametrize("code,old,new,message", BAD)
def test_a_bad_profile_names_the_file_and_the_key(tmp_path, monkeypatch, code, old, new, message):
    _copy_vi(tmp_path, monkeypatch, code, old, new)
    try:
        with pytest.raises(LanguageError, match=message) as err:
            lang.profile(code)
        assert "profile.toml" in str(err.value)
    finally:
        lang._clear()


def test_a_bad_date_pattern_is_a_language_error(tmp_path, monkeypatch):
    _copy_vi(tmp_path, monkeypatch, "zf", "(?P<n>{D2}|sáu|chín|ba)", "(?P<n>{D2}|sáu")
    try:
        with pytest.raises(LanguageError, match="bad pattern") as err:
            find_dates("năm 2020", "zf")
        assert "profile.toml" in str(err.value)
    finally:
        lang._clear()


def test_the_pipeline_is_built_from_the_language_section():
    from coopdocs.api import load

    nlp = load("th")
    assert nlp.lang == "th" and type(nlp.tokenizer).__name__ == "ThaiTokenizer"
    assert [name for name, _ in nlp.pipeline][:3] == ["coopdocs_dates", "coopdocs_references",
                                                      "coopdocs_figures"]
    with pytest.raises(LanguageError, match="unknown language 'xx'"):
        load("xx")
