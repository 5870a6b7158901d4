"""The modules of coopdocs import one another without a cycle: every import statement counts,
those inside functions too (a lazy import that closes a cycle still ties two layers to each
other); only ``if TYPE_CHECKING:`` blocks are left out. New modules are checked as they come."""
import ast
import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT

PACKAGE = ROOT / "coopdocs"


def modules() -> dict[str, tuple]:
    """module name -> (path, is a package)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return out


def _runtime_nodes(tree):
    """Every node except those under ``if TYPE_CHECKING:``."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            test = child.test if isinstance(child, ast.If) else None
            if test is not None and "TYPE_CHECKING" in ast.unparse(test):
                todo.extend(child.orelse)
                continue
            todo.append(child)


def imports_of(name: str, path, is_package: bool, known) -> set[str]:
    """The coopdocs modules that module ``name`` imports."""
    here = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            for a in node.names:
                sub = f"{target}.{a.name}"
                if sub in known:
                    found.add(sub)
                elif target in known:
                    found.add(target)
    return found - {name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, is_package, known) for name, (path, is_package) in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles of ``edges``: strongly connected groups of more than one module
    (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = stack[stack.index(node):]
                    del stack[stack.index(node):]
                    if len(group) > 1:
                        found.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(sorted(edges.get(child, ())))))
            elif child in stack:
                low[node] = min(low[node], index[child])
    return found


@pytest.mark.parametrize("edges, want", [
    pytest.param({"a": {"b"}, "b": {"c"}, "c": set()}, [], id="chain"),
    pytest.param({"a": {"b"}, "b": {"a"}}, [["a", "b"]], id="two"),
    pytest.param({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]], id="three-and-a-tail"),
    pytest.param({"a": {"b", "c"}, "b": {"c"}, "c": set()}, [], id="diamond"),
    pytest.param({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]], id="two-cycles"),
])
def test_cycles_are_found(edges, want):
    assert sorted(cycles(edges)) == want


@pytest.mark.parametrize("module, imported", [
    pytest.param("coopdocs.render.engine", "coopdocs.render.builtin", id="relative-sibling"),
    pytest.param("coopdocs.render.engine", "coopdocs.errors", id="relative-parent"),
    pytest.param("coopdocs.render.minutes", "coopdocs", id="from-dotdot-import-name"),
    pytest.param("coopdocs.render.builtin", "coopdocs.render.language", id="from-dot-module"),
    pytest.param("coopdocs.render.commands", "coopdocs.render.context", id="inside-a-function"),
])
def test_the_graph_sees_every_kind_of_import(module, imported):
    assert imported in graph()[module]


def test_no_import_cycle_in_coopdocs():
    assert cycles(graph()) == []


RENDER = sorted(m for m in modules() if m.startswith("coopdocs.render"))


@pytest.mark.parametrize("module", RENDER)
def test_each_render_module_imports_alone(module):
    code = f"import importlib; importlib.import_module({module!r})"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr


def test_the_modules_found_are_the_importable_ones():
    assert "coopdocs.render.engine" in modules()
    for name in modules():
        assert importlib.util.find_spec(name) is not None, name
