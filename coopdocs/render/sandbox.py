"""Jinja's sandbox with limits: whatever a template says, rendering it ends, and soon.

Jinja's :class:`~jinja2.sandbox.SandboxedEnvironment` keeps a template away from Python, but
not from the machine's time and memory: ``{{ 10**(10**10) }}``, ``{{ 'x' * 10**10 }}``, two
nested ``range(100000)`` loops or ``lipsum(10**6)`` run for hours or take gigabytes. Here
every way a template can make something big or do something often is bounded by
:class:`Limits`:

- powers, products, sums and ``%`` formats are checked *before* they are computed
  (``intercepted_binops``), and so is ``~``: no number of more than ``int_bits`` bits, no
  string or list longer than ``size``;
- every loop iteration, call and filter is a step of the render's :class:`Budget`, which
  also holds the wall-clock deadline; calls nest at most ``calls`` deep;
- filters and string methods that take a width or a count (``center``, ``indent``,
  ``ljust``, ``format`` specs ...) take at most ``arg``;
- everything a render writes counts against ``output``;
- ``lipsum`` and ``namespace`` are bounded; brackets, blocks and operators nest at most
  ``depth`` levels (deeper is a :class:`~jinja2.TemplateSyntaxError`, "template too deeply
  nested", never a RecursionError).

A limit passed is a :class:`LimitExceeded`, one line that says which. What a template cannot
reach from here (an allocation deep inside a C library) is bounded by the worker process a
command renders in (:mod:`coopdocs.render.worker`), with the same :class:`Limits`.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import update_wrapper

from jinja2 import nodes
from jinja2.environment import Template
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.lexer import TokenStream
from jinja2.parser import Parser
from jinja2.runtime import LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace, generate_lorem_ipsum


@dataclass(frozen=True)
class Limits:
    """What one render may use. The defaults are far above what any official document
    needs (a report of 50,000 figures takes a few hundred thousand steps)."""

    steps: int = 1_000_000        # loop iterations, calls and filters
    output: int = 100_000_000     # characters written, all parts of the document
    size: int = 10_000_000        # characters or items of one string or list
    int_bits: int = 4_096         # an integer of at most 1,233 digits
    arg: int = 1_000              # a width, indent or count given to a filter or method
    calls: int = 50               # macros, caller() and recursive loops nested
    depth: int = 32               # brackets, blocks and unary operators nested
    seconds: float = 60.0         # wall time of one render
    memory: int = 2 << 30         # bytes a render worker may add to what it starts with


DEFAULT = Limits()
LOOP_FILTER = "coopdocs_counted_loop"   # the filters the compiler wraps loops and ~ in
SIZE_FILTER = "coopdocs_sized"


class LimitExceeded(SecurityError):
    """A template went past one of its :class:`Limits`; ``template_line``: where, when the
    traceback cannot tell (output counted as the template yields it)."""

    template_line: int | None = None


class Budget:
    """The counters of one render (body, headers, footers and properties together)."""

    __slots__ = ("calls", "deadline", "limits", "output", "source", "steps")

    def __init__(self, limits: Limits = DEFAULT):
        self.limits = limits
        self.steps = self.output = self.calls = 0
        self.deadline = time.monotonic() + limits.seconds
        self.source: str | None = None      # the template text being rendered

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.steps:
            raise LimitExceeded(f"more than {self.limits.steps:,} loop iterations, calls and "
                                "filters (a loop without end?)")
        if time.monotonic() > self.deadline:
            raise LimitExceeded(f"rendering took longer than {self.limits.seconds:g} s")

    def write(self, n: int) -> None:
        self.output += n
        if self.output > self.limits.output:
            raise LimitExceeded(f"the document would be longer than {self.limits.output:,} "
                                "characters")


_CURRENT: ContextVar[Budget | None] = ContextVar("coopdocs_render_budget", default=None)


@contextmanager
def budget(limits: Limits = DEFAULT) -> Iterator[Budget]:
    """Count what is rendered inside the ``with`` block against ``limits``."""
    token = _CURRENT.set(Budget(limits))
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)


def current() -> Budget:
    """The budget of the render under way (outside one: a fresh one, so that the limits of a
    single operation still hold)."""
    return _CURRENT.get() or Budget()


# ---------------------------------------------------------------- sizes

def short(value) -> str:
    """A value as a message quotes it."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, (str, list, tuple)) and len(value) > 30:
        what = "string" if isinstance(value, str) else "list"
        return f"a {what} of {len(value):,} {'characters' if what == 'string' else 'items'}"
    return repr(value)


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def sized(value, limits: Limits, what: str):
    """``value`` if it is within the size limits, else :class:`LimitExceeded`."""
    if isinstance(value, (str, list, tuple, bytes, dict)) and len(value) > limits.size:
        raise LimitExceeded(f"{what} makes {short(value)} (the limit is {limits.size:,})")
    if _int(value) and value.bit_length() > limits.int_bits:
        raise LimitExceeded(f"{what} makes {short(value)} (the limit is "
                            f"{int(limits.int_bits * 0.30103):,} digits)")
    return value


def _length(value) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple, bytes)) else None


def check_binop(op: str, a, b, limits: Limits) -> None:
    """Refuse ``a op b`` before computing it when the result would pass the limits."""
    what = f"{short(a)} {op} {short(b)}"
    if op == "**" and _int(a) and _int(b) and b > 0 and abs(a) > 1:
        if (abs(a).bit_length() - 1) * b > limits.int_bits:
            raise LimitExceeded(f"{what} is a number of more than "
                                f"{int(limits.int_bits * 0.30103):,} digits")
    elif op == "*":
        for seq, n in ((a, b), (b, a)):
            if _length(seq) is not None and _int(n) and _length(seq) * n > limits.size:
                raise LimitExceeded(f"{what} makes more than {limits.size:,} characters or items")
        if _int(a) and _int(b) and a.bit_length() + b.bit_length() > limits.int_bits + 1:
            raise LimitExceeded(f"{what} is a number of more than "
                                f"{int(limits.int_bits * 0.30103):,} digits")
    elif op == "+" and _length(a) is not None and _length(b) is not None:
        if _length(a) + _length(b) > limits.size:
            raise LimitExceeded(f"{what} makes more than {limits.size:,} characters or items")
    elif op == "%" and isinstance(a, str):
        check_printf(a, b if isinstance(b, tuple) else (b,), limits)


PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
FORMAT_SPEC = re.compile(r"\{[^{}]*:([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")


def check_printf(fmt: str, args: tuple, limits: Limits) -> None:
    """``'%999999999d' % x`` and ``'%*d' % (10**9, x)``: widths and precisions bounded."""
    for m in PRINTF.finditer(fmt):
        for part in (m[1], m[2]):
            if part == "*":
                _check_args("a '*' width in a % format", args, {}, limits)
            elif part and int(part) > limits.arg:
                raise LimitExceeded(f"the format {short(fmt)} asks for a width of {part} "
                                    f"(the limit is {limits.arg:,})")


def check_format(fmt: str, args, kwargs, limits: Limits) -> None:
    """``'{:>999999999}'.format(x)``, nested ``{:{}}`` widths: bounded like printf's."""
    for m in FORMAT_SPEC.finditer(fmt):
        spec = m[1]
        if "{" in spec:
            _check_args("a width given to str.format", args, kwargs, limits)
        for n in re.findall(r"\d+", spec):
            if int(n) > limits.arg:
                raise LimitExceeded(f"the format {short(fmt)} asks for a width of {n} "
                                    f"(the limit is {limits.arg:,})")


def _check_args(what: str, args, kwargs, limits: Limits) -> None:
    for v in (*args, *kwargs.values()):
        if _int(v) and abs(v) > limits.arg:
            raise LimitExceeded(f"{what}: {short(v)} is more than {limits.arg:,}")


def _check_replace(s, old, new, limits: Limits) -> None:
    if not all(isinstance(x, str) for x in (s, old, new)):
        return
    grows = len(new) - len(old)
    if grows > 0 and len(s) + grows * (s.count(old) if old else len(s) + 1) > limits.size:
        raise LimitExceeded(f"replacing {short(old)} by {short(new)} in {short(s)} makes more "
                            f"than {limits.size:,} characters")


def _check_join(sep, items, limits: Limits) -> None:
    if isinstance(sep, str) and _length(items) is not None and len(sep) * len(items) > limits.size:
        raise LimitExceeded(f"joining {short(items)} with {short(sep)} makes more than "
                            f"{limits.size:,} characters")


# ---------------------------------------------------------------- filters and methods

# Filters whose whole-number arguments are widths or counts that multiply the output.
SIZE_ARG_FILTERS = frozenset({"center", "indent", "wordwrap", "batch", "slice", "tojson",
                              "urlize", "round", "truncate", "truncatewords"})
SIZED_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})


def guard_filter(name: str, func, own: bool = False):
    """``func`` counted as a step, its size arguments bounded, its result sized. ``own``:
    coopdocs' filters, which check their arguments themselves."""
    skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    def guarded(*args, **kwargs):
        b = current()
        b.step()
        limits = b.limits
        value, rest = (args[skip], args[skip + 1:]) if len(args) > skip else (None, ())
        if name in SIZE_ARG_FILTERS:
            _check_args(f"the filter '{name}'", rest, kwargs, limits)
        elif name == "format" and isinstance(value, str):
            check_printf(value, tuple(rest) or tuple(kwargs.values()), limits)
        elif name == "replace" and len(rest) >= 2:
            _check_replace(str(value), rest[0], rest[1], limits)
        elif name == "join":
            if value is not None and _length(value) is None and not isinstance(value, dict):
                value = list(value)
                args = (*args[:skip], value, *rest)
            _check_join(rest[0] if rest else kwargs.get("d", ""), value, limits)
        return sized(func(*args, **kwargs), limits, f"the filter '{name}'")

    update_wrapper(guarded, func)
    return guarded


def counted_loop(iterable):
    """The iterable of a ``for`` loop, each iteration a step of the budget."""
    b = current()
    for item in iterable:
        b.step()
        yield item


MAX_RANGE = 100_000


def bounded_range(*args) -> range:
    """``range``, of at most 100,000 numbers (a loop over more is a budget's business)."""
    numbers = range(*args)
    try:
        count = len(numbers)
    except OverflowError:          # more than the machine can count
        count = MAX_RANGE + 1
    if count > MAX_RANGE:
        raise LimitExceeded(f"range({', '.join(short(a) for a in args)}) has more than "
                            f"{MAX_RANGE:,} numbers")
    return numbers


def bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Jinja's ``lipsum``, at most 100 paragraphs of at most 1,000 words."""
    if not (_int(n) and _int(min) and _int(max)) or not (0 <= n <= 100 and 1 <= min <= max <= 1000):
        raise LimitExceeded("lipsum takes at most 100 paragraphs (n) of 1 to 1,000 words "
                            f"(min, max); got n={short(n)}, min={short(min)}, max={short(max)}")
    return generate_lorem_ipsum(n, html, min, max)


class BoundedNamespace(Namespace):
    """``namespace()``: what a loop stores in it is sized like anything else it makes."""

    def __setitem__(self, name: str, value) -> None:
        super().__setitem__(name, sized(value, current().limits, f"setting {name}"))


# ---------------------------------------------------------------- nesting

OPENING = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "autoescape"})
BRACKETS = {"lparen": 1, "lbracket": 1, "lbrace": 1, "rparen": -1, "rbracket": -1, "rbrace": -1}
UNARY_AFTER = frozenset({"lparen", "lbracket", "lbrace", "comma", "colon", "variable_begin",
                         "block_begin", "add", "sub", "mul", "div", "floordiv", "mod", "pow",
                         "tilde", "eq", "ne", "lt", "lteq", "gt", "gteq", "assign", "pipe"})


def too_deep(limit: int, lineno: int, name, filename) -> TemplateSyntaxError:
    return TemplateSyntaxError(f"template too deeply nested at line {lineno} (more than "
                               f"{limit} levels of brackets, blocks or operators)",
                               lineno, name, filename)


def nesting_guard(tokens, limit: int, name, filename):
    """The token stream, refused at the first token nested deeper than ``limit``: the parser
    recurses once per bracket, block, unary operator and ``if ... else``."""
    blocks = brackets = in_tag = 0
    prev = "data"
    pending_set = False
    for tok in tokens:
        kind = tok.type
        if kind in ("block_begin", "variable_begin"):
            in_tag = 0
        elif kind == "name" and prev == "block_begin":
            if tok.value in OPENING:
                blocks += 1
            elif tok.value.startswith("end"):
                blocks = max(blocks - 1, 0)
            pending_set = tok.value == "set"
        elif kind == "assign":
            pending_set = False
        elif kind == "block_end" and pending_set:   # {% set x %} ... {% endset %}
            blocks += 1
            pending_set = False
        brackets = max(brackets + BRACKETS.get(kind, 0), 0)
        if (kind in ("add", "sub") and prev in UNARY_AFTER) or tok.test("name:not") or \
                (tok.test("name:if") and prev != "block_begin"):
            in_tag += 1
        if blocks + brackets + in_tag > limit:
            raise too_deep(limit, tok.lineno, name, filename)
        prev = kind
        yield tok


def tree_depth(tree: nodes.Node) -> tuple[int, int]:
    """(the depth of the syntax tree, the line of its deepest node), without recursion."""
    deepest, line = 0, 1
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest, line = depth, getattr(node, "lineno", line) or line
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return deepest, line


def _instrument(tree: nodes.Template) -> None:
    """Wrap the iterable of every ``for`` in :func:`counted_loop` and every ``~`` in
    :func:`sized` (a string doubled by ``{% set s = s ~ s %}`` forty times)."""
    stack: list[nodes.Node] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, nodes.For):
            node.iter = nodes.Filter(node.iter, LOOP_FILTER, [], [], None, None,
                                     lineno=node.lineno)
        if isinstance(node, nodes.Filter) and node.name == SIZE_FILTER:
            stack.extend(node.node.iter_child_nodes())     # its ~ is wrapped already
            continue
        for field in node.fields:
            value = getattr(node, field, None)
            if isinstance(value, nodes.Concat):
                setattr(node, field, _sized_node(value))
            elif isinstance(value, list):
                value[:] = [_sized_node(v) if isinstance(v, nodes.Concat) else v for v in value]
        stack.extend(node.iter_child_nodes())


def _sized_node(node: nodes.Concat) -> nodes.Filter:
    return nodes.Filter(node, SIZE_FILTER, [], [], None, None, lineno=node.lineno)


# ---------------------------------------------------------------- the environment

def _yielding_line(pieces) -> int | None:
    """The template line a template's generator of output stands at."""
    frame = getattr(pieces, "gi_frame", None)
    template = frame.f_globals.get("__jinja_template__") if frame is not None else None
    return template.get_corresponding_lineno(frame.f_lineno) if template is not None else None


class BoundedTemplate(Template):
    """A template whose render counts against a :class:`Budget` (its own, unless a render
    of a whole document already holds one)."""

    def render(self, *args, **kwargs) -> str:
        if _CURRENT.get() is not None:
            return super().render(*args, **kwargs)
        with budget():
            return super().render(*args, **kwargs)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with :class:`Limits` (see the module text)."""

    intercepted_binops = frozenset({"**", "*", "+", "%"})
    template_class = BoundedTemplate

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.globals.update(range=bounded_range, lipsum=bounded_lipsum,
                            namespace=BoundedNamespace)
        self.filters = {name: guard_filter(name, f) for name, f in self.filters.items()}
        self.filters[LOOP_FILTER] = counted_loop
        self.filters[SIZE_FILTER] = lambda value: sized(value, current().limits, "'~'")

    def add_filters(self, **filters) -> None:
        """coopdocs' own filters: counted and sized (they bound their arguments)."""
        self.filters.update({n: guard_filter(n, f, own=True) for n, f in filters.items()})

    # -- operators, calls, formats

    def call_binop(self, context, operator: str, left, right):
        limits = current().limits
        check_binop(operator, left, right, limits)
        try:
            result = self.binop_table[operator](left, right)
        except OverflowError:
            raise LimitExceeded(f"{short(left)} {operator} {short(right)} is too large") from None
        return sized(result, limits, f"{short(left)} {operator} {short(right)}")

    def call(self, context, obj, /, *args, **kwargs):
        b = current()
        b.step()
        limits = b.limits
        owner = getattr(obj, "__self__", None)
        method = getattr(obj, "__name__", "")
        if isinstance(owner, (str, bytes)):
            if method in SIZED_METHODS:
                _check_args(f"{short(owner)}.{method}()", args, kwargs, limits)
            elif method == "replace" and len(args) >= 2:
                _check_replace(owner, args[0], args[1], limits)
            elif method == "join" and args:
                _check_join(owner, args[0], limits)
        if isinstance(obj, LoopContext) and args:     # a recursive loop's next level
            args = (counted_loop(args[0]), *args[1:])
        b.calls += 1
        try:
            if b.calls > limits.calls:
                raise LimitExceeded(f"calls nested more than {limits.calls} deep (a macro or "
                                    "loop that calls itself without end?)")
            result = super().call(context, obj, *args, **kwargs)
        finally:
            b.calls -= 1
        return sized(result, limits, f"{method or 'a call'}()")

    def wrap_str_format(self, value):
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt = value.__self__

        def checked(*args, **kwargs):
            limits = current().limits
            if value.__name__ == "format_map" and args and isinstance(args[0], dict):
                check_format(fmt, (), args[0], limits)
            else:
                check_format(fmt, args, kwargs, limits)
            return sized(wrapper(*args, **kwargs), limits, "str.format()")

        return update_wrapper(checked, value)

    # -- output

    def concat(self, pieces) -> str:
        b = current()
        out = []
        try:
            for piece in pieces:
                b.write(len(piece))
                out.append(piece)
        except LimitExceeded as e:
            e.template_line = _yielding_line(pieces)
            raise
        return "".join(out)

    # -- parsing and compiling

    def _tokenize(self, source, name, filename=None, state=None):
        stream = super()._tokenize(source, name, filename, state)
        limit = current().limits.depth
        return TokenStream(nesting_guard(stream, limit, name, filename), name, filename)

    def _parse(self, source, name, filename):
        parser = Parser(self, source, name, filename)
        limit = current().limits.depth
        try:
            tree = parser.parse()
        except RecursionError:
            raise too_deep(limit, parser.stream.current.lineno, name, filename) from None
        depth, line = tree_depth(tree)
        if depth > 2 * limit:
            raise too_deep(limit, line, name, filename)
        return tree

    def _generate(self, source, name, filename, defer_init=False):
        _instrument(source)
        return super()._generate(source, name, filename, defer_init=defer_init)
