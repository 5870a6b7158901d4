"""The spaCy components as spaCy users meet them: factories with assigns/requires and a
configurable spans key, a clear error when a required component is missing, any language with
a profile, and the category registry they all read."""
import pytest
import spacy
from spacy.tokens import Doc

from coopdocs import api, categories
from coopdocs import lang as languages
from coopdocs.errors import LanguageError, PipelineError
from coopdocs.pipeline import text_of
from coopdocs.records import from_doc

VI = "Đến năm 2030 phấn đấu có trên 5.400 tổ hợp tác, theo Nghị quyết số 20-NQ/TW ngày 16/6/2022."


def blank(lang="vi"):
    """spaCy's blank pipeline; Vietnamese with coopdocs' tokenizer (syllables split from
    punctuation), as ``coopdocs.load("vi")`` has it."""
    tokenizer = {"@tokenizers": "coopdocs.vi_tokenizer.v1"}
    return spacy.blank(lang, config={"nlp": {"tokenizer": tokenizer}} if lang == "vi" else {})


def blank_vi(*names, **configs):
    nlp = blank("vi")
    for name in names:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def test_components_in_a_blank_pipeline():
    doc = blank_vi("coopdocs_dates", "coopdocs_references", "coopdocs_figures")(VI)
    figures = [(s.text, s._.coopdocs_figure.value, s._.coopdocs_figure.qualifier)
               for s in doc.spans["coopdocs_figures"]]
    assert figures == [("trên 5.400 tổ hợp tác", 5400, "over")]
    assert [s._.coopdocs_date.value for s in doc.spans["coopdocs_dates"]] == ["2030", "2022-06-16"]
    assert [s._.coopdocs_reference.number for s in doc.spans["coopdocs_references"]] == ["20-NQ/TW"]


@pytest.mark.parametrize("names, component, missing", [
    (["coopdocs_figures"], "coopdocs_figures", "'coopdocs_dates', 'coopdocs_references'"),
    (["coopdocs_dates", "coopdocs_figures"], "coopdocs_figures", "'coopdocs_references'"),
    (["coopdocs_references"], "coopdocs_references", "'coopdocs_dates'"),
    (["coopdocs_dates", "coopdocs_targets"], "coopdocs_targets",
     "'coopdocs_figures', 'coopdocs_indicators'"),
    (["coopdocs_dates", "coopdocs_references", "coopdocs_figures", "coopdocs_targets"],
     "coopdocs_targets", "'coopdocs_indicators'"),
    (["coopdocs_dates", "coopdocs_references", "coopdocs_figures", "coopdocs_roles"],
     "coopdocs_roles", "'coopdocs_indicators', 'coopdocs_targets'"),
    (["coopdocs_dates", "coopdocs_meeting"], "coopdocs_meeting", "'coopdocs_references'"),
    (["coopdocs_tasks"], "coopdocs_tasks", "'coopdocs_dates'"),
], ids=["figures-alone", "figures-without-references", "references-alone", "targets-without-figures",
        "targets-without-indicators", "roles-without-targets", "meeting-without-references",
        "tasks-alone"])
def test_a_component_without_what_it_requires_raises(names, component, missing):
    nlp = blank_vi(*names)
    with pytest.raises(PipelineError) as e:
        nlp(VI)
    assert f"the component {component!r} needs {missing} to run before it" in str(e.value)


def test_requires_and_assigns_are_declared_for_spacy():
    nlp = api.load("vi")
    assert nlp.analyze_pipes()["problems"] == {name: [] for name in nlp.pipe_names}
    meta = nlp.get_pipe_meta("coopdocs_figures")
    assert meta.assigns == ["doc.spans", "span._.coopdocs_figure"]
    assert meta.requires == ["span._.coopdocs_date", "span._.coopdocs_reference"]
    lonely = blank_vi("coopdocs_figures")
    assert lonely.analyze_pipes()["problems"]["coopdocs_figures"] == meta.requires


def test_spans_key_is_configurable_and_the_next_components_find_it():
    keys = {"coopdocs_dates": {"spans_key": "when"}, "coopdocs_figures": {"spans_key": "numbers"}}
    names = ("coopdocs_dates", "coopdocs_references", "coopdocs_figures", "coopdocs_indicators",
             "coopdocs_targets", "coopdocs_roles")
    doc = blank_vi(*names, **keys)(VI)
    assert "coopdocs_dates" not in doc.spans and "coopdocs_figures" not in doc.spans
    assert [s.text for s in doc.spans["when"]] == ["năm 2030", "ngày 16/6/2022"]
    assert [s.text for s in doc.spans["numbers"]] == ["trên 5.400 tổ hợp tác"]
    assert [s._.coopdocs_target.deadline for s in doc.spans["coopdocs_targets"]] == ["2030"]
    figure = doc.spans["numbers"][0]._.coopdocs_figure
    assert (figure.indicator, figure.indicator_id, figure.role) == ("số tổ hợp tác", "groups.count",
                                                                    "target")


def test_the_api_pipeline_is_in_required_order():
    assert api.load("th").pipe_names == ["coopdocs_dates", "coopdocs_references", "coopdocs_figures",
                                         "coopdocs_indicators", "coopdocs_targets", "coopdocs_roles",
                                         "coopdocs_meeting", "coopdocs_tasks"]


def test_a_stage_fills_the_items_of_its_category_and_declares_it():
    nlp = api.load("vi")
    meta = nlp.get_pipe_meta("coopdocs_indicators")
    assert meta.assigns == ["span._.coopdocs_figure"]
    assert meta.requires == ["span._.coopdocs_figure", "span._.coopdocs_date"]
    assert nlp.get_pipe_meta("coopdocs_targets").requires == ["span._.coopdocs_figure",
                                                             "span._.coopdocs_date"]


@pytest.fixture
def extra_language(tmp_path, monkeypatch):
    """A language 'zz' that has a profile (in a folder given by COOPDOCS_LANG_PATH): the
    Vietnamese profile under another code."""
    folder = tmp_path / "zz"
    folder.mkdir()
    (folder / "profile.toml").write_text(
        (languages.folder("vi") / "profile.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("COOPDOCS_LANG_PATH", str(tmp_path))
    languages._clear()
    yield "zz"
    monkeypatch.delenv("COOPDOCS_LANG_PATH")
    languages._clear()


def test_any_language_with_a_profile_is_accepted(extra_language):
    nlp = spacy.blank("xx")
    nlp.add_pipe("coopdocs_dates", config={"lang": extra_language})
    assert nlp.get_pipe("coopdocs_dates").lang == "zz"


@pytest.mark.parametrize("pipeline_lang, config", [("en", {}), ("vi", {"lang": "en"}), ("xx", {})])
def test_a_language_without_a_profile_is_refused(pipeline_lang, config):
    nlp = blank(pipeline_lang)
    with pytest.raises(LanguageError, match="coopdocs_dates: unknown language .*coopdocs knows th, vi"):
        nlp.add_pipe("coopdocs_dates", config=config)


def test_a_doc_with_another_docs_user_data_gets_its_own_text():
    nlp = blank("vi")
    first = nlp.make_doc("1 2 3 4")
    assert text_of(first) == "1 2 3 4"
    other = Doc(nlp.vocab, words=["x", "y", "z", "w"], spaces=[True, True, True, False],
                user_data=dict(first.user_data))
    assert text_of(other) == "x y z w"


def test_every_category_has_a_component_module_and_a_record_key():
    nlp = api.load("vi")
    doc = nlp(VI)
    record = from_doc(doc, path=None, sha256=None, lang="vi")
    assert list(record)[2:] == list(categories.NAMES)
    for c in categories.CATEGORIES:
        assert c.factory in nlp.pipe_names
        assert isinstance(record[c.name], list) if c.many else record[c.name] is None



def test_registry_comparisons_exist():
    from coopdocs.evaluate.score import COMPARISONS

    for _, score in categories.SCORES:
        for field, comparison in score.fields:
            assert comparison in COMPARISONS, (score.name, field)
