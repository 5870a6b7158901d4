"""Grammars whose parts are compiled on first use (coopdocs.rules.tasks_parts): a part is made
once, when first read, and then read as a plain attribute; the assignee, task and target
grammars of every language make all their parts, and a grammar pickles with its parts made."""
import doctest
import pickle
import re

import pytest

from coopdocs.lang import known
from coopdocs.rules import assignees, targets, tasks, tasks_parts
from coopdocs.rules.tasks_parts import Later, Parts, pattern

GRAMMARS = {"assignees": assignees.grammar, "tasks": tasks.grammar, "targets": targets._lang}


def test_a_part_is_made_once_on_first_read():
    made = []
    g = Parts(rx=pattern(r"\d+"), twice=Later(lambda g: made.append(1) or g.rx.pattern * 2), n=3)
    assert "rx" not in vars(g) and "twice" not in vars(g) and g.n == 3
    assert g.twice == r"\d+\d+" and g.twice == r"\d+\d+" and made == [1]
    assert isinstance(vars(g)["rx"], re.Pattern)  # made by the part that needed it
    with pytest.raises(AttributeError):
        g.nothing  # noqa: B018
    with pytest.raises(AttributeError):
        g.rx = None


@pytest.mark.parametrize("lang", known())
@pytest.mark.parametrize("name", sorted(GRAMMARS))
def test_every_part_of_a_grammar_is_made(name, lang):
    g = GRAMMARS[name](lang)
    for part in list(g._later):
        assert getattr(g, part) is not None or part == "abbreviation"
    assert g._later == {}
    copy = pickle.loads(pickle.dumps(g))
    assert type(copy) is type(g) and sorted(vars(copy)) == sorted(vars(g))


def test_doctests():
    result = doctest.testmod(tasks_parts)
    assert result.attempted > 0 and result.failed == 0
