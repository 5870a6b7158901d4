"""Hypothesis over record values: whatever a record holds (numbers huge, tiny, NaN or
infinite, strings with surrogates, controls or 200,000 characters, wrong types, deep
structures), render writes a whole Word document (python-docx opens it, its page setup is
there) or raises one CoopdocsError line, never another exception; and a record the schema
accepts always renders."""
import copy

import docx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_render_check import user_template
from test_render_data import record

from coopdocs import schema
from coopdocs.errors import CoopdocsError
from coopdocs.render.engine import render

TEMPLATES = ["plan-vi", "report-vi", "minutes-vi", "notice-vi", "plan-th", "report-th",
             "minutes-th", "user"]
USER = [
    ("{% for g in figures %}{{ g.subject }}: {% for f in g.figures %}{{ f.value }} {{ f.unit }}; "
     "{{ f.phrase }}; {{ f.record.value|number }}; {{ f.record.value|percent }}; "
     "{{ f.record|figure }}; {{ f.record.value|money }}; {{ f.year }}; {{ f.text }}"
     "{% endfor %}{% endfor %}"),
    "{% for t in targets %}{{ t.indicator }} {{ t.value }} {{ t.unit }} {{ t.deadline }}{% endfor %}",
    "{% for r in references %}{{ r.title }} {{ r.date }}{% endfor %}",
    "{% for t in tasks %}{{ t.text }} {{ t.assignee }} {{ t.deadline }}{% endfor %}",
    "{{ meeting.date|date }} {{ meeting.time|time }} {{ meeting.location }} {{ source.title }}",
]
SETTINGS = settings(max_examples=250, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

ANY_CHAR = st.one_of(st.characters(), st.characters(categories=["Cs"]),
                     st.characters(categories=["Cc"]))
SPECIAL_STRINGS = st.sampled_from([
    "", " ", "{{ agency }}", "{% if x %}", "}}{{", "<w:p>&amp;</w:p>", "\x00\x01\x08\x0b\x0c\x1f",
    "\ufffe\uffff", "\u202etext\u202c", "e\u0301\u0301\u0301", "1E+999999999", "NaN", "-0",
    "trên 460", "9" * 5000, "ร้อยละ ๓๔.๓", "\ud800", "a\udcffb", "--02-20", "2021/2030", "25:99",
])
HUGE_STRINGS = st.builds(lambda c, n: c * n, ANY_CHAR, st.integers(1_000, 200_000))
NUMBERS = st.one_of(
    st.integers(), st.integers(min_value=-10**40, max_value=10**40),
    st.sampled_from([10**18, -10**18, 10**18 - 1, 2**63, 10**5000, 0, -1]),
    st.floats(), st.floats(min_value=-1e-300, max_value=1e-300),
    st.decimals(), st.sampled_from([float("nan"), float("inf"), 5e-324, 1e308, -0.0]),
)
NESTED = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=3), inner, max_size=3), max_leaves=8)
DEEP = st.builds(lambda n: _nest(n), st.integers(1, 150))
VALUES = st.one_of(NUMBERS, st.text(alphabet=ANY_CHAR, max_size=40), SPECIAL_STRINGS, HUGE_STRINGS,
                   st.none(), st.booleans(), NESTED, DEEP)


def _nest(n):
    value = []
    for _ in range(n):
        value = [value]
    return value


def _paths(value, path=()):
    """Every place of a record: its keys, list items, and the whole of each."""
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _put(rec, path, value):
    if not path:
        return value
    target = rec
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return rec


@pytest.fixture(scope="module")
def user(tmp_path_factory):
    return user_template(tmp_path_factory.mktemp("fuzz") / "mau.docx", USER)


def _render_or_one_line(template, rec, tmp_path, context=None):
    out = tmp_path / "out.docx"
    out.unlink(missing_ok=True)
    try:
        render(template, rec, out, context or {"agency": "Sở Tài chính"})
    except CoopdocsError as e:
        assert "\n" not in str(e), str(e)
        assert not out.exists()
        return str(e)
    d = docx.Document(str(out))
    assert d.element.body.sectPr is not None
    return None


def _template(name, user):
    return user if name == "user" else name


@SETTINGS
@given(data=st.data())
def test_any_value_anywhere_renders_or_is_one_line(tmp_path, user, data):
    name = data.draw(st.sampled_from(TEMPLATES), label="template")
    rec = record(name.rsplit("-")[-1] if name != "user" else "vi", "report")
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        path = data.draw(st.sampled_from(list(_paths(rec))), label="path")
        rec = _put(rec, path, data.draw(VALUES, label="value"))
    _render_or_one_line(_template(name, user), rec, tmp_path)


STRING_VALUES = st.one_of(st.text(alphabet=st.characters(codec=None, exclude_categories=["Cs"]),
                                  max_size=60),
                          SPECIAL_STRINGS.filter(lambda s: not any("\ud800" <= c <= "\udfff" for c in s)),
                          st.builds(lambda c, n: c * n, st.characters(exclude_categories=["Cs"]),
                                    st.integers(1_000, 100_000)))
# Fields that hold a code, an index or an offset (their values are a closed list, or point
# somewhere), and fields of at most 64 characters (ISO dates and times).
CODES = ("schema", "kind", "qualifier", "calendar", "direction", "role", "lang", "figure",
         "start", "end", "sha256")
SHORT = ("date", "time", "deadline", "end_time", "value")
BOUNDED_NUMBERS = st.one_of(st.integers(-10**18 + 1, 10**18 - 1),
                            st.floats(-9.99e17, 9.99e17, allow_nan=False),
                            st.sampled_from([5e-324, -0.0, 0.1 + 0.2, 123456789.123456789]))


@SETTINGS
@given(data=st.data())
def test_a_record_the_schema_accepts_always_renders(tmp_path, user, data):
    name = data.draw(st.sampled_from(TEMPLATES), label="template")
    rec = record(name.rsplit("-")[-1] if name != "user" else "vi",
                 data.draw(st.sampled_from(["minutes", "plan", "report"]), label="kind"))
    leaves = [p for p in _paths(rec) if p and isinstance(_get(rec, p), (str, int, float))
              and not isinstance(_get(rec, p), bool) and p[-1] not in CODES]
    for _ in range(data.draw(st.integers(1, 4), label="changes")):
        path = data.draw(st.sampled_from(leaves), label="path")
        if path[-1] == "year":
            new = data.draw(st.integers(1, 9999), label="year")
        elif isinstance(_get(rec, path), str):
            short = path[-1] in SHORT or path[0] == "dates"
            new = data.draw(STRING_VALUES.filter(lambda s: len(s) <= 64) if short else STRING_VALUES,
                            label="text")
        else:
            new = data.draw(BOUNDED_NUMBERS, label="number")
        rec = _put(rec, path, new)
    assume(schema.problems(rec) == [])
    context = {"agency": data.draw(STRING_VALUES, label="agency")}
    assert _render_or_one_line(_template(name, user), copy.deepcopy(rec), tmp_path, context) is None


def _get(rec, path):
    for key in path:
        rec = rec[key]
    return rec
