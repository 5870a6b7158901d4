"""The doctests of the pure modules (normalisers, rule helpers, language detection)."""
import doctest
import importlib

import pytest

MODULES = ["coopdocs.normalize.numerals", "coopdocs.normalize.unicode", "coopdocs.normalize.repair",
           "coopdocs.normalize.dates", "coopdocs.rules.common", "coopdocs.rules.references",
           "coopdocs.rules.sentences", "coopdocs.langdetect", "coopdocs.lang",
           "coopdocs.pipeline.tokenizer"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
