"""The built-in templates: built reproducibly by templates/build.py, committed as built, and
shipped in the package coopdocs.templates."""
import importlib.util
import sys
import tomllib

import pytest
from conftest import ROOT

from coopdocs.render.builtin import BUILTINS, template_files


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("templates_build", ROOT / "templates" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_build_is_reproducible_and_the_committed_templates_are_up_to_date(build, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build.build_all(tmp_path / "a")
    second = build.build_all(tmp_path / "b")
    assert first == second
    stale = [name for name, data in first.items() if (ROOT / "templates" / f"{name}.docx").read_bytes() != data]
    assert not stale, f"run `python templates/build.py` and commit: {stale}"


def test_build_makes_exactly_the_listed_builtins(build):
    assert sorted(build.TEMPLATES) == sorted(b.name for b in BUILTINS)


def test_every_builtin_ships_with_the_package():
    names = {p.name for p in template_files().iterdir()}
    assert {f"{b.name}.docx" for b in BUILTINS} <= names


def test_pyproject_lists_every_package_and_the_templates():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "coopdocs").rglob("__init__.py")}
    assert on_disk | {"coopdocs.templates"} <= set(config["packages"])
    assert config["package-dir"]["coopdocs.templates"] == "templates"
    assert config["package-data"]["coopdocs.templates"] == ["*.docx"]
