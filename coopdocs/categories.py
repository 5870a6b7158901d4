"""The record's categories, declared once: everything that lists them reads :data:`CATEGORIES`.

A category (``figures``, ``dates``, ``targets``, ``references``, ``meeting``, ``tasks``) is
one key of the record (docs/records.md) and one spaCy component. Its entry says

- where the component leaves its items on the ``Doc``: a span group ``doc.spans[spans_key]``
  whose spans carry the item on ``span._.<extension>``, or, with no ``spans_key``,
  ``doc._.<extension>`` (a list, or one object when ``many`` is false);
- the item class (:mod:`coopdocs.model`), which categories' components must run first
  (``requires``), which item field points into another category (``links``), and which
  fields of an item hold spans of the text themselves (``nested_spans``: a meeting's
  conclusions);
- what the output writers, the review page and ``coopdocs evaluate`` use: CSV columns, the
  columns of its sheet in a workbook (``figure.unit``: a field of the item a link points
  to), the highlight on the review page, the scored fields.

The pipeline (:mod:`coopdocs.pipeline`), the records (:mod:`coopdocs.records`), the review
page, the CSV writer, ``coopdocs evaluate`` and the render inputs read this list. Adding a
category is one entry here, a rule module in ``coopdocs/rules/`` and a component in
``coopdocs/pipeline/``. Nothing here loads spaCy.

A :class:`Stage` is a component that adds no category of its own: it fills fields of the
items of one (``coopdocs_indicators`` gives each figure its indicator, indicator id and table
cell; ``coopdocs_roles`` its role). Stages are listed in :data:`STAGES`, have a module in
``coopdocs/pipeline/`` too and take part in :func:`pipeline_order` like categories.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Date, Figure, Meeting, Reference, Target, Task


@dataclass(frozen=True)
class Highlight:
    """How the review page marks a category's items: ``<mark class=css_class>``.

    ``layer`` orders nesting (lower layers are outside when spans nest); a category with
    ``on`` set marks the items it links to in that category instead of its own spans."""

    css_class: str
    colour: str
    layer: int = 0
    outline: str | None = None
    on: str | None = None


@dataclass(frozen=True)
class Score:
    """One row of ``coopdocs evaluate``'s table.

    ``fields`` are (field, comparison) pairs, the comparison named as in
    :data:`coopdocs.evaluate.score.COMPARISONS`; an item matches exactly when every field
    agrees. Span rows pair gold and predicted items by overlapping spans, the gold item found
    by its ``gold_key`` text; ``only_filled`` scores only items whose that field is non-empty;
    ``when_annotated`` counts only documents whose gold file has the category's key.
    ``facts`` rows (the meeting) compare one object field by field; ``if_in_gold`` fields
    count only where the gold object has them."""

    name: str
    fields: tuple[tuple[str, str], ...]
    gold_key: str = "text"
    only_filled: str | None = None
    when_annotated: bool = False
    facts: bool = False
    if_in_gold: tuple[str, ...] = ()

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f for f, _ in self.fields)


@dataclass(frozen=True)
class Category:
    """One record category (see the module text)."""

    name: str
    item: type
    extension: str
    spans_key: str | None = None
    many: bool = True
    requires: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    also_assigns: tuple[str, ...] = ()
    nested_spans: tuple[str, ...] = ()  # fields of the item that list {start, end, text}
    csv_columns: tuple[str, ...] = ()
    sheet_columns: tuple[str, ...] = ()
    highlight: Highlight | None = None
    scores: tuple[Score, ...] = ()

    @property
    def factory(self) -> str:
        """The registered spaCy factory (and default component name)."""
        return f"coopdocs_{self.name}"

    @property
    def has_spans(self) -> bool:
        """The record's items carry ``start``/``end``/``text``."""
        return self.many

    def assigns(self) -> list[str]:
        """The attributes the component sets, as spaCy's ``assigns`` lists them."""
        own = ["doc.spans", f"span._.{self.extension}"] if self.spans_key else [f"doc._.{self.extension}"]
        return own + list(self.also_assigns)

    def requires_attrs(self) -> list[str]:
        """The attributes the component reads, as spaCy's ``requires`` lists them."""
        return list(dict.fromkeys(attribute(c) for c in self.requires))


@dataclass(frozen=True)
class Stage:
    """A component that fills ``fields`` of the items of the category ``on`` (see the module
    text); ``requires`` as for a category (names of categories or stages)."""

    name: str
    on: str
    fields: tuple[str, ...]
    requires: tuple[str, ...] = ()

    @property
    def factory(self) -> str:
        return f"coopdocs_{self.name}"

    @property
    def spans_key(self) -> str | None:
        return get(self.on).spans_key

    def assigns(self) -> list[str]:
        """spaCy declares top-level attributes only: the items' own (their ``fields`` change)."""
        return [attribute(self.on)]

    def requires_attrs(self) -> list[str]:
        return list(dict.fromkeys(attribute(c) for c in self.requires))


CATEGORIES: tuple[Category, ...] = (
    Category(
        "figures", Figure, "coopdocs_figure", "coopdocs_figures", requires=("dates", "references"),
        csv_columns=("start", "end", "text", "value", "value_max", "kind", "unit", "qualifier",
                     "per", "subject", "year", "indicator", "indicator_id", "role"),
        sheet_columns=("indicator", "indicator_id", "value", "value_max", "unit", "qualifier",
                       "per", "kind", "year", "role", "text", "start", "end"),
        highlight=Highlight("figure", "#cfe8ff", layer=2),
        scores=(Score("figures", (("value", "number"), ("value_max", "number"),
                                  ("qualifier", "optional"), ("kind", "plain"))),),
    ),
    Category(
        "dates", Date, "coopdocs_date", "coopdocs_dates",
        highlight=Highlight("date", "#d9f2d0", layer=1),
        scores=(Score("dates", (("value", "date"),)),),
    ),
    Category(
        "targets", Target, "coopdocs_target", "coopdocs_targets",
        requires=("figures", "dates", "indicators"),
        links=(("figure", "figures"),),
        sheet_columns=("indicator", "figure.indicator_id", "figure.value", "figure.unit",
                       "figure.qualifier", "deadline", "figure.role", "text"),
        highlight=Highlight("target", "#ffd59e", outline="#e08a00", on="figures"),
        scores=(Score("targets", (("deadline", "year"),), gold_key="figure_text"),
                Score("indicators", (("indicator", "phrase"),), gold_key="figure_text",
                      only_filled="indicator")),
    ),
    Category(
        "references", Reference, "coopdocs_reference", "coopdocs_references", requires=("dates",),
        sheet_columns=("kind", "number", "date", "issuer", "text", "start", "end"),
        highlight=Highlight("reference", "#ead7ff", layer=0),
        scores=(Score("references", (("number", "doc_number"), ("kind", "plain"),
                                     ("date", "year"))),),
    ),
    Category(
        "meeting", Meeting, "coopdocs_meeting", many=False, requires=("dates", "references"),
        also_assigns=("doc._.coopdocs_kind", "doc._.coopdocs_title"), nested_spans=("conclusions",),
        scores=(Score("meeting", (("date", "date"), ("chair", "person"), ("time", "time"),
                                  ("location", "phrase")),
                      facts=True, if_in_gold=("time", "location")),),
    ),
    Category(
        "tasks", Task, "coopdocs_tasks", requires=("dates",),
        sheet_columns=("assignee", "deadline", "text", "start", "end"),
        scores=(Score("tasks", (("assignee", "person"), ("deadline", "deadline")),
                      when_annotated=True),),
    ),
)

STAGES: tuple[Stage, ...] = (
    Stage("indicators", "figures", ("indicator", "indicator_id", "cell"),
          requires=("figures", "dates")),
    Stage("roles", "figures", ("role",), requires=("indicators", "targets")),
)

BY_NAME: dict[str, Category] = {c.name: c for c in CATEGORIES}
STAGES_BY_NAME: dict[str, Stage] = {s.name: s for s in STAGES}
NAMES: tuple[str, ...] = tuple(BY_NAME)
SPAN_GROUPS: tuple[Category, ...] = tuple(c for c in CATEGORIES if c.spans_key)
LISTS: tuple[str, ...] = tuple(c.name for c in CATEGORIES if c.many)
SCORES: tuple[tuple[Category, Score], ...] = tuple((c, s) for c in CATEGORIES for s in c.scores)


def get(name: str) -> Category:
    """The category called ``name``; KeyError names the known ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no record category {name!r} (known: {', '.join(NAMES)})") from None


def step(name: str) -> Category | Stage:
    """The category or stage called ``name`` (a component of the pipeline)."""
    return STAGES_BY_NAME.get(name) or get(name)


def attribute(name: str) -> str:
    """The attribute that holds a category's items on a processed Doc, as spaCy writes it (for
    a stage: that of the category whose items it fills)."""
    if name in STAGES_BY_NAME:
        return attribute(STAGES_BY_NAME[name].on)
    c = get(name)
    return f"span._.{c.extension}" if c.spans_key else f"doc._.{c.extension}"


def pipeline_order() -> list[Category | Stage]:
    """The categories and stages in an order where each comes after the ones it requires,
    otherwise in declaration order (a stage right after what it requires)."""
    done: list[Category | Stage] = []
    left: list[Category | Stage] = [*STAGES, *CATEGORIES]
    while left:
        ready = next((c for c in left if all(r in {d.name for d in done} for r in c.requires)), None)
        if ready is None:
            raise ValueError(f"categories require each other in a circle: {[c.name for c in left]}")
        done.append(ready)
        left.remove(ready)
    return done


def closure(names) -> list[Category | Stage]:
    """What must run to fill ``names`` (categories or stages): each of them and everything it
    requires, in :func:`pipeline_order`. :class:`KeyError` names an unknown one.

    >>> [s.name for s in closure(["figures"])]
    ['dates', 'references', 'figures']
    >>> [s.name for s in closure(["tasks", "dates"])]
    ['dates', 'tasks']
    """
    wanted: set[str] = set()
    todo = list(names)
    while todo:
        s = step(todo.pop())
        if s.name not in wanted:
            wanted.add(s.name)
            todo.extend(s.requires)
    return [s for s in pipeline_order() if s.name in wanted]
