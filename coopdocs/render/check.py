"""``coopdocs templates check``: every syntax error and every variable the context cannot
fill, each with its place in the Word file (``paragraph 12``, ``table 2 row 3 cell 1``,
``header 1, paragraph 1``).

The template text is read paragraph by paragraph, one line each, so that a Jinja line
number is a place in the document. Tags are first checked one by one (so that every
syntax error is found, not only the first); a template that parses is then walked as a
Jinja syntax tree against the shape of the context (the keys of every dictionary, the item
of every list), following loop variables, ``set`` and ``is defined`` guards.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn
from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError

HEADER_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    used: set[str] = field(default_factory=set)   # dotted context paths the template reads

    @property
    def fields(self) -> list[str]:
        """The top-level context names the template reads."""
        return sorted({re.split(r"[.\[]", p)[0] for p in self.used})


def check(document, shape: dict, env) -> Report:
    """Check a python-docx ``document`` against a context ``shape`` (see :func:`shape_of`)."""
    report = Report()
    for lines in parts(document):
        _check_part(lines, shape, env, report)
    return report


# ---------------------------------------------------------------- the document as lines

def parts(document) -> list[list[tuple[str, str]]]:
    """The (place, text) lines of the body, then of each header and footer: docxtpl renders
    each as its own template."""
    return [lines for _, lines in named_parts(document)]


def named_parts(document) -> list[tuple[str, list[tuple[str, str]]]]:
    """:func:`parts`, each with the name of its part in the package (``/word/header1.xml``)."""
    out = [(str(document.part.partname), _lines(document.element.body, ""))]
    rels = sorted(document.part.rels.values(), key=lambda r: str(r.target_part.partname)
                  if not r.is_external else "")
    for rel in rels:
        if rel.is_external or rel.reltype not in (HEADER_RT, FOOTER_RT):
            continue
        partname = str(rel.target_part.partname)
        name = partname.rsplit("/", 1)[-1].removesuffix(".xml")
        label = re.sub(r"(\D+)(\d*)", lambda m: f"{m[1]} {m[2]}".strip(), name)
        out.append((partname, _lines(rel.target_part.element, f"{label}, ")))
    return out


WT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def place_of(document, partname: str, source: str, lineno: int) -> str | None:
    """The place (``paragraph 3``, ``header 1, paragraph 1``) of line ``lineno`` of the
    XML ``source`` docxtpl rendered for the part ``partname``; None if it cannot be told."""
    import html

    rows = source.split("\n")
    if not 1 <= lineno <= len(rows):
        return None
    text = html.unescape("".join(WT.findall(rows[lineno - 1]))).strip()
    tags = TAG.findall(text)
    for name, lines in named_parts(document):
        if name != partname:
            continue
        for where, line in lines:
            if text and _jinja_line(line).strip() == text:
                return where
        for where, line in lines:
            if tags and tags[0] in _jinja_line(line):
                return where
    return None


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t"))).replace("\n", " ")


def _lines(container, prefix: str) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    counters = {"p": 0, "tbl": 0}

    def walk(parent):
        for child in parent:
            if child.tag == qn("w:p"):
                counters["p"] += 1
                lines.append((f"{prefix}paragraph {counters['p']}", _text(child)))
            elif child.tag == qn("w:tbl"):
                counters["tbl"] += 1
                _table(child, f"{prefix}table {counters['tbl']}", lines)
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                walk(child)

    walk(container)
    return lines


def _table(tbl, name: str, lines: list) -> None:
    for r, tr in enumerate(tbl.findall(qn("w:tr")), 1):
        for c, tc in enumerate(tr.findall(qn("w:tc")), 1):
            place = f"{name} row {r} cell {c}"
            paras = [e for e in tc if e.tag == qn("w:p")]
            n = 0
            for e in tc:
                if e.tag == qn("w:p"):
                    n += 1
                    lines.append((f"{place}, paragraph {n}" if len(paras) > 1 else place, _text(e)))
                elif e.tag == qn("w:tbl"):
                    _table(e, f"{place}, table", lines)


DOCXTPL_PREFIX = re.compile(r"\{([{%#])(?:p|tr|tc|r) ")
DOCXTPL_ARG = re.compile(r"\{%-?\s*(?:colspan|cellbg)\s+(.*?)-?%\}")
DOCXTPL_MARK = re.compile(r"\{%-?\s*(?:vm|hm)\s*-?%\}")
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")


def _jinja_line(text: str) -> str:
    """A paragraph's text as docxtpl hands it to Jinja: ``{%p``/``{%tr``/``{{r`` prefixes
    dropped, ``colspan``/``cellbg`` arguments kept as expressions, curly quotes straightened
    inside tags."""
    text = DOCXTPL_PREFIX.sub(r"{\1 ", text)
    text = DOCXTPL_ARG.sub(r"{{ \1 }}", text)
    text = DOCXTPL_MARK.sub("", text)
    return TAG.sub(lambda m: m[0].translate(QUOTES), text)


# ---------------------------------------------------------------- syntax, tag by tag

OPENERS = {"for": "endfor", "if": "endif", "macro": "endmacro", "call": "endcall",
           "filter": "endfilter", "with": "endwith", "autoescape": "endautoescape",
           "block": "endblock", "raw": "endraw", "set": "endset"}
WRAP = {"for": "{{% for {} %}}{{% endfor %}}", "if": "{{% if {} %}}{{% endif %}}",
        "elif": "{{% if 1 %}}{{% elif {} %}}{{% endif %}}", "with": "{{% with {} %}}{{% endwith %}}",
        "macro": "{{% macro {} %}}{{% endmacro %}}", "call": "{{% call {} %}}{{% endcall %}}",
        "filter": "{{% filter {} %}}{{% endfilter %}}", "set": "{{% set {} %}}"}
LOADERS = ("include", "import", "from", "extends")
INLINE_SET = re.compile(r"^[\w\s,.()]+=(?!=)")
ENDRAW = re.compile(r"\{%-?\s*endraw\s*-?%\}")
# The names a for, set or with tag binds: {% for a, b in ... %}, {% set x = ... %}.
BINDING = re.compile(r"""
    \{%-? \s* (?:for|set|with) \s+
    (?P<names> [\w\s,()]+? ) \s*
    (?: \bin\b | = | %\} )
""", re.VERBOSE)


def _check_part(lines, shape, env, report: Report) -> None:
    jinja = [_jinja_line(text) for _, text in lines]
    places = [where for where, _ in lines]
    before = len(report.problems)
    exprs = _check_tags(jinja, places, env, report)
    if len(report.problems) == before:
        source = "\n".join(jinja)
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as e:
            report.problems.append(Problem(_place(places, e.lineno), _syntax(e.message)))
        else:
            Walker(shape, env, _reporter(report, places), report.used).template(tree)
            return
    # Syntax errors: still check each expression that parses on its own.
    bound = set()
    for text in jinja:
        for m in BINDING.finditer(text):
            bound.update(re.findall(r"\w+", m["names"]))
    scope = {name: ANY for name in bound | {"loop"}}
    for i, tree in exprs:
        Walker(shape, env, _reporter(report, places, i), report.used, scope).template(tree)


def _check_tags(jinja: list[str], places: list[str], env, report: Report):
    """Syntax errors of each tag and of the block structure; returns the (line, tree) of
    every expression that parses."""
    stack: list[tuple[str, int]] = []
    exprs: list = []
    in_raw = False

    def problem(i, message):
        report.problems.append(Problem(places[i], message))

    for i, text in enumerate(jinja):
        if not in_raw:
            _unclosed(TAG.sub("", text), i, problem)
        for m in TAG.finditer(text):
            tag = m[0]
            if in_raw:
                if ENDRAW.fullmatch(tag):
                    in_raw = False
                    stack.pop()
            elif tag.startswith("{{"):
                _keep(exprs, i, _parse(env, tag, tag, i, problem))
            elif not tag.startswith("{#"):
                in_raw = _statement(tag, i, env, stack, exprs, places, problem)
    for word, i in stack:
        problem(i, f"syntax error: '{word}' is never closed (no '{OPENERS[word]}')")
    return exprs


def _unclosed(rest: str, i: int, problem) -> None:
    """``{{``, ``{%`` or ``{#`` left open in what the paragraph has outside its tags."""
    for opener, closer in (("{{", "}}"), ("{%", "%}"), ("{#", "#}")):
        if opener in rest:
            problem(i, f"syntax error: '{opener}' is not closed by '{closer}' in this paragraph")


def _keep(exprs: list, i: int, tree) -> None:
    if tree is not None:
        exprs.append((i, tree))


def _statement(tag: str, i: int, env, stack: list, exprs: list, places: list[str], problem) -> bool:
    """Check one ``{% ... %}`` tag against the open blocks; True if it opens a raw block."""
    body = tag[2:-2].strip().strip("-+").strip()
    word, _, args = body.partition(" ")
    args = args.strip()
    if word in LOADERS:
        problem(i, f"'{word}' cannot work in a Word template: there are no other templates to load")
    elif word == "raw":
        stack.append((word, i))
        return True
    elif word in ("else", "elif"):
        if not stack or stack[-1][0] not in (("if",) if word == "elif" else ("if", "for")):
            problem(i, f"syntax error: '{word}' outside an 'if'" + (" or 'for'" if word == "else" else ""))
        if word == "else" and args:
            problem(i, f"syntax error: 'else' takes nothing after it, got {args!r}")
        if word == "elif":
            _keep(exprs, i, _parse(env, WRAP["elif"].format(args), tag, i, problem))
    elif word.startswith("end") and word[3:] in OPENERS:
        _close(word, i, stack, places, problem)
    elif word in OPENERS:
        inline = word == "set" and INLINE_SET.match(args)
        if not inline:
            stack.append((word, i))
        if word in WRAP:
            wrapped = WRAP[word].format(args) + ("" if inline or word != "set" else "{% endset %}")
            _keep(exprs, i, _parse(env, wrapped, tag, i, problem))
    else:
        problem(i, f"syntax error: unknown tag '{word}'"
                + _suggest(word, [*OPENERS, "else", "elif", *[f"end{k}" for k in OPENERS]]))
    return False


def _close(word: str, i: int, stack: list, places: list[str], problem) -> None:
    opener = word[3:]
    if stack and stack[-1][0] == opener:
        stack.pop()
        return
    depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == opener), None)
    if depth is None:
        problem(i, f"syntax error: '{word}' has no '{opener}' before it")
        return
    for unclosed, j in stack[depth + 1:]:
        problem(j, f"syntax error: '{unclosed}' is never closed (no '{OPENERS[unclosed]}' "
                   f"before the '{word}' in {places[i]})")
    del stack[depth:]


def _parse(env, source: str, shown: str, i: int, problem):
    try:
        return env.parse(source)
    except TemplateSyntaxError as e:
        problem(i, _syntax(e.message, shown))
        return None


TOO_DEEP = re.compile(r"^template too deeply nested at line \d+ ")


def _syntax(message: str | None, shown: str | None = None) -> str:
    """A syntax error as a problem of a place: the tag it is in (shortened), and no Jinja
    line number, which the place replaces."""
    message = message or "invalid syntax"
    if TOO_DEEP.match(message):
        return TOO_DEEP.sub("template too deeply nested ", message)
    if shown is None:
        return f"syntax error: {message}"
    if len(shown) > 60:
        shown = f"{shown[:40]}…{shown[-10:]}"
    return f"syntax error in {shown!r}: {message}"


def _place(places: list[str], lineno: int | None) -> str:
    if not places:
        return "document"
    return places[min(max((lineno or 1) - 1, 0), len(places) - 1)]


def _reporter(report: Report, places: list[str], fixed: int | None = None) -> Callable:
    def add(lineno: int, message: str) -> None:
        where = places[fixed] if fixed is not None else _place(places, lineno)
        p = Problem(where, message)
        if p not in report.problems:
            report.problems.append(p)
    return add


def _suggest(name: str, choices) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


# ---------------------------------------------------------------- shapes

class _Any:
    def __repr__(self):
        return "ANY"


ANY = _Any()
MISSING = object()
EMPTY = _Any()   # the item of an empty list: any shape, and another list's item shape wins


def shape_of(value) -> Any:
    """dict -> {key: shape}; list -> [shape of its items merged]; None -> ANY; else the type."""
    if isinstance(value, dict):
        return {k: shape_of(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        item: Any = None
        for v in value:
            item = shape_of(v) if item is None else merge(item, shape_of(v))
        return [EMPTY if item is None else item]
    if value is None:
        return ANY
    return str if isinstance(value, str) else type(value)


def merge(a, b):
    if a is EMPTY or b is EMPTY:
        return b if a is EMPTY else a
    if a is ANY or b is ANY:
        return ANY
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = merge(out[k], v) if k in out else v
        return out
    if isinstance(a, list) and isinstance(b, list):
        return [merge(a[0], b[0])]
    return a if a == b else ANY


def _member(shape, name, dot: bool = True):
    """The shape of ``x.name`` (``dot``) or ``x['name']``: Jinja's ``.`` tries the Python
    attribute first (``g.items`` is the dict method), ``[]`` the key first."""
    if shape is ANY:
        return ANY
    if isinstance(shape, dict):
        if dot and hasattr(dict, name):
            return ANY
        if name in shape:
            return shape[name]
        return ANY if hasattr(dict, name) else MISSING
    kind = list if isinstance(shape, list) else shape
    return ANY if isinstance(kind, type) and hasattr(kind, name) else MISSING


def _item(shape):
    item = shape[0] if isinstance(shape, list) else ANY
    return ANY if item is EMPTY else item


def dotted(node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{dotted(node.node)}[{node.arg.value!r}]"
    if isinstance(node, nodes.Const):
        return repr(node.value)
    return "(expression)"


# ---------------------------------------------------------------- the tree walk

SAME_SHAPE = {"sort", "reverse", "list", "unique", "selectattr", "rejectattr", "default", "d"}
ITEM_SHAPE = {"first", "last", "random", "min", "max"}
LENIENT_FILTERS = {"default", "d"}
# The filters that write one kind of value: filter -> (the types it takes, their name).
TYPED_FILTERS = {"number": ((int, float), "a number"), "percent": ((int, float), "a number"),
                 "money": ((int, float), "a number (an amount)"),
                 "figure": ((dict,), "a figure of a record (f.record)"),
                 "date": ((str,), "a date (text such as 2025-03-05)"),
                 "time": ((str,), "a time of day (text such as 08:30)"),
                 "year": ((int, str), "a year")}
TYPE_NAMES = {str: "text", int: "a number", float: "a number", bool: "a truth value",
              dict: "a group of fields", list: "a list"}
GUARD_TESTS = {"defined", "undefined"}


class Walker:
    """Walks a Jinja tree, reporting names and fields the context shape has not."""

    def __init__(self, root: dict, env, report: Callable[[int, str], None], used: set,
                 scope: dict | None = None):
        self.root, self.env, self.report, self.used = root, env, report, used
        self.scopes: list[dict] = [dict(scope or {})]
        self.paths: list[dict] = [{}]      # per scope: loop variable -> ``items[]`` path
        self.guards: list[set] = []

    def template(self, tree) -> None:
        self.stmts(tree.body)

    # statements
    def stmts(self, body) -> None:
        for node in body:
            self.stmt(node)

    def stmt(self, node) -> None:
        if isinstance(node, nodes.For):
            items, path = self._expr(node.iter, False)
            if path:
                self.used.add(path)
            inner = self._bind(node.target, _item(items))
            inner["loop"] = ANY
            paths = {node.target.name: f"{path}[]"} if path and isinstance(node.target, nodes.Name) else {}
            self._with_scope(inner, lambda: (node.test and self.expr(node.test), self.stmts(node.body)),
                             paths)
            self._with_scope({}, lambda: self.stmts(node.else_))
        elif isinstance(node, nodes.If):
            self.expr(node.test)
            guards = self._guards(node.test)
            self.guards.append(guards)
            self.stmts(node.body)
            self.guards.pop()
            for elif_ in node.elif_:
                self.stmt(elif_)
            self.stmts(node.else_)
        elif isinstance(node, nodes.Assign):
            shape = self.expr(node.node)
            self.scopes[-1].update(self._bind(node.target, shape))
        elif isinstance(node, nodes.AssignBlock):
            self.stmts(node.body)
            self.scopes[-1].update(self._bind(node.target, str))
        elif isinstance(node, nodes.With):
            inner = {}
            for target, value in zip(node.targets, node.values):
                inner.update(self._bind(target, self.expr(value)))
            self._with_scope(inner, lambda: self.stmts(node.body))
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            if isinstance(node, nodes.Macro):
                self.scopes[-1][node.name] = ANY
            else:
                self.expr(node.call)
            inner = {a.name: ANY for a in node.args}
            inner.update(varargs=ANY, kwargs=ANY, caller=ANY)
            self._with_scope(inner, lambda: self.stmts(node.body))
        elif isinstance(node, nodes.FilterBlock):
            self._filter_name(node.filter)
            self.stmts(node.body)
        else:
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Expr):
                    self.expr(child)
                else:
                    self.stmt(child)

    def _with_scope(self, scope: dict, run, paths: dict | None = None) -> None:
        self.scopes.append(scope)
        self.paths.append(paths or {})
        try:
            run()
        finally:
            self.scopes.pop()
            self.paths.pop()

    def _bind(self, target, shape) -> dict:
        if isinstance(target, nodes.Name):
            return {target.name: shape}
        if isinstance(target, nodes.Tuple):
            out = {}
            for t in target.items:
                out.update(self._bind(t, ANY))
            return out
        return {}

    def _guards(self, test) -> set:
        found = set()
        tests = [test] if isinstance(test, nodes.Test) else []
        for t in [*tests, *test.find_all(nodes.Test)]:
            if t.name in GUARD_TESTS:
                found.add(dotted(t.node))
        return found

    def _guarded(self, path: str) -> bool:
        return any(path == g or path.startswith(g + ".") or g.startswith(path + ".")
                   for gs in self.guards for g in gs)

    # expressions
    def expr(self, node, lenient: bool = False, top: bool = True):
        shape, path = self._expr(node, lenient)
        if top and path:
            self.used.add(path)
        return shape

    def _expr(self, node, lenient: bool):
        """(shape, context path or None) of an expression."""
        if isinstance(node, nodes.Name):
            for scope, paths in zip(reversed(self.scopes), reversed(self.paths)):
                if node.name in scope:
                    return scope[node.name], paths.get(node.name)
            if node.name in self.root:
                return self.root[node.name], node.name
            if node.name in self.env.globals:
                return ANY, None
            if not lenient and not self._guarded(node.name):
                names = [*self.root, *(k for s in self.scopes for k in s)]
                self.report(node.lineno, f"undefined variable '{node.name}'" + _suggest(node.name, names))
            return ANY, None
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            return self._member(node, lenient)
        if isinstance(node, nodes.Filter):
            return self._filter(node, lenient)
        if isinstance(node, nodes.Test):
            if node.name not in self.env.tests:
                self.report(node.lineno, f"unknown test '{node.name}'" + _suggest(node.name, self.env.tests))
            self.expr(node.node, lenient=lenient or node.name in GUARD_TESTS)
            self._args(node)
            return bool, None
        if isinstance(node, nodes.Const):
            return shape_of(node.value), None
        for child in node.iter_child_nodes():
            self.expr(child, lenient)
        return ANY, None

    def _member(self, node, lenient: bool):
        base, path = self._expr(node.node, lenient)
        if isinstance(node, nodes.Getitem):
            arg = node.arg
            if not (isinstance(arg, nodes.Const) and isinstance(arg.value, str)):
                self.expr(arg)
                if isinstance(arg, nodes.Const) and isinstance(arg.value, int):
                    return _item(base), None
                return ANY, None
            name = arg.value
        else:
            name = node.attr
        if name.startswith("_"):
            self.report(node.lineno, f"'{dotted(node)}' is not allowed in a template (the sandbox "
                                     "refuses names that start with '_')")
            return ANY, None
        shape = _member(base, name, dot=isinstance(node, nodes.Getattr))
        full = f"{path}.{name}" if path else None
        if shape is MISSING:
            text = dotted(node)
            if not lenient and not self._guarded(text):
                keys = list(base) if isinstance(base, dict) else []
                hint = _suggest(name, keys)
                hint = hint.replace("'", f"'{dotted(node.node)}.", 1) if hint else ""
                self.report(node.lineno, f"undefined variable '{text}'{hint}")
            return ANY, None
        return shape, full

    def _filter(self, node, lenient: bool):
        self._filter_name(node)
        shape = ANY
        if node.node is not None:
            shape = self.expr(node.node, lenient=lenient or node.name in LENIENT_FILTERS)
            self._filter_type(node, shape)
        self._args(node)
        if node.name in SAME_SHAPE:
            return shape, None
        if node.name in ITEM_SHAPE:
            return _item(shape), None
        return ANY, None

    def _filter_type(self, node, shape) -> None:
        """A filter given a value of a kind it cannot write (``{{ t.indicator|number }}``),
        where the shape of the context tells the kind."""
        wanted = TYPED_FILTERS.get(node.name)
        if wanted is None or shape is ANY or shape is MISSING:
            return
        kind = list if isinstance(shape, list) else dict if isinstance(shape, dict) else shape
        if not isinstance(kind, type) or issubclass(kind, wanted[0]) and kind is not bool:
            return
        self.report(node.lineno, f"the filter '{node.name}' writes {wanted[1]}, but "
                                 f"'{dotted(node.node)}' is {TYPE_NAMES.get(kind, kind.__name__)}")

    def _filter_name(self, node) -> None:
        if node.name not in self.env.filters:
            self.report(node.lineno, f"unknown filter '{node.name}'" + _suggest(node.name, self.env.filters))

    def _args(self, node) -> None:
        for a in node.args:
            self.expr(a)
        for kw in node.kwargs:
            self.expr(kw.value)
        for extra in (node.dyn_args, node.dyn_kwargs):
            if extra is not None:
                self.expr(extra)
