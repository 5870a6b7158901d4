"""Rules of the code's shape, read from its syntax trees: no function longer than 60 lines, and
no language code outside coopdocs/lang/ (a language is data: grammars read its profile and word
lists, never ``lang == "vi"``, ``{"th": ...}`` or a list of languages). The import graph has
its own test (test_imports.py)."""
import ast
from pathlib import Path

import pytest
from conftest import ROOT

from coopdocs import lang

PACKAGE = ROOT / "coopdocs"
MAX_LINES = 60
# Codes of the languages coopdocs ships and of the one its tests add from a folder.
CODES = frozenset(p.parent.name for base in (PACKAGE / "lang", ROOT / "tests" / "data" / "lang")
                  for p in base.glob("*/profile.toml"))
# Strings equal to a language code that mean something else, by file.
NOT_LANGUAGES = {
    ("readers/webpage.py", "th"): "the HTML table-header cell tag",
}


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def long_functions(tree: ast.AST, limit: int = MAX_LINES) -> list[tuple[str, int, int]]:
    """(name, first line, lines) of every function or method longer than ``limit`` lines,
    counted from its ``def`` to its last line."""
    return [(node.name, node.lineno, node.end_lineno - node.lineno + 1)
            for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > limit]


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (their doctest examples may name languages)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def language_codes(tree: ast.AST, codes=CODES) -> list[tuple[int, str]]:
    """(line, code) of every string in the code (not a docstring) that is a language code, or
    a keyword argument named as one (``dict(th=...)``)."""
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and node.value in codes and id(node) not in skip:
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.keyword) and node.arg in codes:
            found.append((node.value.lineno, node.arg))
    return sorted(found)


@pytest.mark.parametrize("source, want", [
    pytest.param("def f():\n" + "    x = 1\n" * 59, [], id="sixty-lines"),
    pytest.param("def f():\n" + "    x = 1\n" * 60, [("f", 1, 61)], id="sixty-one-lines"),
    pytest.param("class A:\n    async def g(self):\n" + "        x = 1\n" * 61,
                 [("g", 2, 62)], id="async-method"),
    pytest.param("def f():\n    def inner():\n" + "        x = 1\n" * 60,
                 [("f", 1, 62), ("inner", 2, 61)], id="nested"),
])
def test_long_functions_are_found(source, want):
    assert long_functions(ast.parse(source)) == want


@pytest.mark.parametrize("source, want", [
    pytest.param('if lang == "vi":\n    pass', [(1, "vi")], id="equality"),
    pytest.param('ok = code in ("th", "vi")', [(1, "th"), (1, "vi")], id="membership"),
    pytest.param('MARK = {"th": "พ.ศ."}', [(1, "th")], id="dict-key"),
    pytest.param('MARK = dict(th="พ.ศ.")', [(1, "th")], id="dict-keyword"),
    pytest.param('LANGS = ("th", "vi")', [(1, "th"), (1, "vi")], id="language-list"),
    pytest.param('def f(lang="vi"):\n    pass', [(1, "vi")], id="default-argument"),
    pytest.param('def f(lang):\n    """>>> f("vi")"""\n    return lang', [], id="doctest"),
    pytest.param('x = f"{lang}-th"\ny = "vinh"', [], id="other-strings"),
])
def test_language_codes_are_found(source, want):
    assert language_codes(ast.parse(source), frozenset({"th", "vi"})) == want


def test_the_codes_looked_for_are_the_known_languages():
    assert CODES >= set(lang.known()) and "lo" in CODES


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_function_over_sixty_lines(path):
    assert long_functions(ast.parse(path.read_text(encoding="utf-8"))) == []


OUTSIDE_LANG = [p for p in sources() if "lang" not in p.relative_to(PACKAGE).parts[:1]]


@pytest.mark.parametrize("path", OUTSIDE_LANG, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_language_code_outside_lang(path):
    name = str(path.relative_to(PACKAGE))
    found = [(line, code) for line, code in language_codes(ast.parse(path.read_text("utf-8")))
             if (name, code) not in NOT_LANGUAGES]
    assert found == [], f"{name}: name no language; read its profile (coopdocs/lang/)"
