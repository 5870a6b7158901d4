"""What each figure measures (docs/records.md Figure ``indicator`` and ``indicator_id``).

The indicator is the noun phrase the figure belongs to, as the document words it, found by
a grammar over the phrase around the figure. The frames, tried in this order:

- **table** -- a figure in a table cell: the row's label (:mod:`coopdocs.rules.tables`);
- **label** -- ``Label: FIG`` (a list item, a form line); a label that is a goal word alone
  (``ค่าเป้าหมาย: ร้อยละ 90``) names nothing, the label of the line above does;
- **part** -- ``trong đó …  FIG``, ``จากเดิม FIG``: a part of the figure before, whose
  indicator it extends; ``với FIG`` counts something of the figure before (its owner);
- **link** -- ``NP LINK FIG`` (``Doanh thu bình quân là 3 tỷ``, ``… อยู่ที่ 9,800 ล้านบาท``),
  or ``NP FIG`` with nothing between: the noun phrase before, from the start of its clause
  past goal cues, fillers and dates (``indicator_drop.tsv``); a growth link keeps its words
  (``doanh thu tăng bình quân``, ``… ในอัตรา`` -> ``อัตรา…``); ``<owner>มี<noun>`` gives ``<noun><owner>``;
- **counted noun** -- ``[EVENT] FIG NOUN [MODIFIER]`` where the unit is the counted noun
  (``[phrases] count_unit_is_noun``): ``số`` + noun + what follows it (``… 7 HTX giải thể``),
  else + the event that produced it (``thành lập thêm 25 hợp tác xã``), shared along a list;
- **percent of** -- a percentage followed by its noun phrase (``70% hợp tác xã hoạt động hiệu
  quả``, ``ร้อยละ 75 ของสหกรณ์…``);
- **heading** -- a generic counted noun (``5 đơn vị``) or a lone verb takes the noun of the
  heading above (``b) Về liên hiệp hợp tác xã``, ``2. ด้านสมาชิก``).

A count's phrase gets the language's count word (``số``, ``จำนวน``), a percentage's its share
word (``tỷ lệ``, ``สัดส่วน``) when it names no measure (``indicator_measures.tsv``). A phrase
that is only a verb, a connective or a cue is none. All words are data in ``lang/<code>/``.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..lang import alternation, mapping, profile, rows, words
from ..model import Date, Figure
from .common import LETTER, Mask
from .sentences import NEVER, any_of, inside_class, mark_chars, per_language, spacing
from .tables import table_indicators
from .targets import _bullet  # the one grammar of list labels

_CLAUSE_MARKS = ";:()[]"


class _Lang:
    """A language's indicator grammar: its words as patterns, and its settings. Each pattern
    is compiled the first time it is used (a short text needs few of them)."""

    links: re.Pattern  # a link word that ends a window
    links_tail: re.Pattern  # the links reversed (:func:`_ending`)
    any_link: re.Pattern  # a link word anywhere
    link_kind: dict[str, tuple[str, str]]  # casefolded link -> (kind, template)
    owner: re.Pattern  # `มี` inside a phrase: owner before, noun after
    drop: re.Pattern
    cue: re.Pattern  # a drop word that ends what is before it wherever it stands
    cut: re.Pattern
    trim: re.Pattern  # a trim word at the start
    trim_end: re.Pattern  # a trim word at the end
    trimmed_tail: re.Pattern  # the trim and cut words reversed (:func:`_ending`)
    conjunction: re.Pattern  # a trim word that joins list items, at the end
    joins: re.Pattern  # the same, at the start
    benefactive: re.Pattern  # a word for whom something is done (cho, ให้แก่), at an end
    benefactive_tail: re.Pattern  # the same reversed (:func:`_ending`)
    inherit: re.Pattern
    inherit_kind: dict[str, str]
    measure_head: re.Pattern
    measures: dict[str, tuple[str, ...]]
    predicate: re.Pattern
    bullet: re.Pattern  # a list item's label
    end_marks: str  # the sentence marks of the language (none in Thai)
    marks: re.Pattern  # a clause mark, or a sentence mark before a space: where clauses may end
    stops: re.Pattern  # what ends the phrase after a figure (:func:`_until_stop`)
    noun: re.Pattern  # a counted noun (units.tsv) after a comma
    per_before: re.Pattern  # a per unit written before its number (`ครัวเรือนละ`), at an end
    per_suffix: str  # how each such phrase ends (`ละ`): one that does not has none
    event: re.Pattern  # a verb that makes what a phrase after it counts
    heading: re.Pattern
    generic: frozenset[str]
    spaced: bool
    join: str
    count_noun: bool
    max_words: int
    relative: str
    flags: re.RegexFlag

    def __init__(self, patterns: dict[str, Callable[[], re.Pattern]], **values):
        self._patterns = patterns
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> re.Pattern:  # a pattern not compiled yet
        make = self.__dict__.get("_patterns", {}).get(name)
        if make is None:
            raise AttributeError(name)
        rx = make()
        setattr(self, name, rx)
        return rx


@per_language
def _lang(lang: str) -> _Lang:
    sp = spacing(lang)
    flags = re.IGNORECASE if profile(lang).text.ignore_case else re.RegexFlag(0)
    link_rows = rows(lang, "indicator_links", optional=True)
    inherit = mapping(lang, "indicator_inherit", optional=True)
    measures: dict[str, list[str]] = {}
    for kind, word in rows(lang, "indicator_measures", optional=True):
        measures.setdefault(kind, []).append(word)
    ind = profile(lang).indicators
    return _Lang(
        _patterns(lang, sp.before, sp.after, flags, link_rows, inherit, measures),
        link_kind={r[0].casefold(): (r[1], r[2] if len(r) > 2 else "") for r in link_rows},
        inherit_kind={k.casefold(): v for k, v in inherit.items()},
        measures={k: tuple(v) for k, v in measures.items()},
        per_suffix=profile(lang).figures.per_before_suffix.rstrip(),
        end_marks=mark_chars(lang),
        generic=frozenset(w.casefold() for w in words(lang, "generic_units", optional=True)),
        spaced=sp.spaced,
        join=sp.join,
        count_noun=profile(lang).phrases.count_unit_is_noun,
        max_words=ind.max_words,
        relative=ind.relative,
        flags=flags,
    )


def _patterns(lang: str, b: str, e: str, flags: re.RegexFlag, link_rows, inherit: dict,
              measures: dict) -> dict[str, Callable[[], re.Pattern]]:
    """How to compile each pattern of :class:`_Lang` (``b``, ``e``: the word edges)."""
    def rx(source: str) -> Callable[[], re.Pattern]:
        return lambda: re.compile(source, flags)

    plain = [r[0] for r in link_rows]
    owners = [r[0] for r in link_rows if r[1] == "owner"]
    joins = any_of(_marked(lang, "indicator_trim", "joins"))
    trim = _listed(lang, "indicator_trim")
    counted = any_of(r[0] for r in rows(lang, "units") if r[1:2] == ("count",))
    relative = profile(lang).indicators.relative
    return dict(  # noqa: C408 (names, as the attributes they become)
        links=rx(rf"{b}(?:{any_of(plain)})\s*$"),
        links_tail=lambda: _tail(plain, flags),
        any_link=rx(rf"{b}(?:{any_of(plain)}){e}"),
        owner=rx(rf"{b}{_not_after(relative)}(?:{any_of(owners)}){e}"),
        drop=rx(rf"{b}(?:{_listed(lang, 'indicator_drop')}){e}"),
        cue=rx(rf"{b}(?:{any_of(_anywhere(lang))}){e}"),
        cut=rx(rf"{b}(?:{_listed(lang, 'indicator_cut')}){e}"),
        trim=rx(rf"^\s*(?:{trim}){e}\s*"),
        trim_end=rx(rf"{b}(?:{trim})\s*$"),
        benefactive=rx(rf"{b}(?:{any_of(_benefactives(lang))})\s*$"),
        benefactive_tail=lambda: _tail(_benefactives(lang), flags),
        trimmed_tail=lambda: _tail([*words(lang, "indicator_trim", optional=True),
                                    *words(lang, "indicator_cut", optional=True)], flags),
        joins=rx(rf"^\s*(?:{joins}){e}"),
        conjunction=rx(rf"{b}(?:{joins})\s*$"),
        inherit=rx(rf"^[\s,]*(?:{any_of(inherit)}){e}[\s,:]*"),
        measure_head=rx(rf"^(?:{any_of(w for ws in measures.values() for w in ws)}){e}"),
        predicate=rx(rf"{b}(?:{_listed(lang, 'indicator_predicates')}){e}"),
        per_before=lambda: _per_before(lang),
        event=rx(rf"(?:{_listed(lang, 'indicator_events')}){e}"),
        noun=rx(rf"\s*(?:{counted}){e}"),
        bullet=lambda: _bullet(profile(lang).phrases.list_letters),
        marks=lambda: _marks(mark_chars(lang)),
        stops=lambda: _stops(mark_chars(lang)),
        heading=lambda: _heading(lang, e, flags),
    )


def _heading(lang: str, e: str, flags: re.RegexFlag) -> re.Pattern:
    """A heading line that names a noun (``b) Về liên hiệp hợp tác xã``, ``2. ด้านสมาชิก``)."""
    heads = words(lang, "indicator_headings", optional=True)
    return re.compile(rf"""
        ^ [ \t]* (?: {_bullet(profile(lang).phrases.list_letters).pattern} )?  # a list label
        (?:{any_of(heads)}){e} \s*          # Về, ด้าน
        (?P<head> [^\d\n:;]{{2,60}}? )     # the noun the heading names
        \s* :? \s* $""", flags | re.VERBOSE)


def _tail(items, flags: re.RegexFlag) -> re.Pattern:
    """What a text that ends with one of the words ``items`` (then perhaps whitespace) starts
    with once reversed: see :func:`_ending`."""
    return re.compile(rf"\s*(?:{any_of(w[::-1] for w in items)})", flags)


def _ending(rx: re.Pattern, tail: re.Pattern, s: str) -> re.Match | None:
    """``rx.search(s)``, where ``rx`` matches one of some words at the end of ``s`` (``…\\s*$``)
    and ``tail`` is :func:`_tail` of those words: a search for a word at the end tries every
    offset of ``s``, the reversed words matched at the start of ``s`` reversed rule out at once
    the phrases that end with none of them."""
    return rx.search(s) if tail.match(s[::-1]) else None


def _marks(end_marks: str) -> re.Pattern:
    """A clause mark, or a sentence mark before a space or a tab: where a clause may end."""
    return _one_of(_CLAUSE_MARKS, end_marks, "[ \t]")


def _stops(end_marks: str) -> re.Pattern:
    """A clause mark, a comma, a tab, or a sentence mark before a space or the end."""
    return _one_of(_CLAUSE_MARKS + ",\t", end_marks, "[ ]|\\Z")


def _one_of(marks: str, end_marks: str, then: str) -> re.Pattern:
    """One of ``marks``, or one of ``end_marks`` where ``then`` follows. The pattern opens
    with one class of all of them, so that a search skips to the next at C speed.

    >>> [m.group() for m in _one_of(";", ".", " ").finditer("a;b.c. d.")]
    [';', '.']
    """
    ends = inside_class("".join(ch for ch in end_marks if ch not in marks))
    if not ends:
        return re.compile(f"[{inside_class(marks)}]")
    return re.compile(rf"[{inside_class(marks)}{ends}](?:(?<![{ends}])|(?<=[{ends}])(?={then}))")


def _per_before(lang: str) -> re.Pattern:
    suffix = profile(lang).figures.per_before_suffix
    nouns = [r[0] for r in rows(lang, "units", optional=True)] + list(
        words(lang, "per_nouns", optional=True))
    return re.compile(rf"(?:{any_of(nouns)}){re.escape(suffix)}\s*$" if suffix else NEVER)


def _marked(lang: str, name: str, mark: str) -> list[str]:
    """The words of a list whose second field is ``mark``."""
    return [r[0] for r in rows(lang, name, optional=True) if r[1:2] == (mark,)]


def _benefactives(lang: str) -> list[str]:
    return _marked(lang, "indicator_trim", "for") + _marked(lang, "indicator_drop", "for")


def _anywhere(lang: str) -> list[str]:
    return _marked(lang, "indicator_drop", "anywhere") + _marked(lang, "indicator_drop", "for")


def _not_after(word: str) -> str:
    return rf"(?<!{re.escape(word)})" if word else ""


def _listed(lang: str, name: str) -> str:
    return any_of(words(lang, name, optional=True))


@dataclass
class _Found:
    """What the grammar found for one figure: the phrase, the event over a list, the owner."""

    phrase: str | None = None
    event: str = ""
    owner: str = ""
    np: str = ""  # the noun phrase the phrase was made of (no measure word, no growth form)
    as_written: str = ""  # the phrase in the text's order, when the phrase reorders it


class _Context:
    """One text's figures, dates and word boundaries, and what was found so far."""

    def __init__(self, text: str, lang: str, figures: list[Figure], dates: list[Date],
                 words_at):
        self.text, self.lang, self.figures = text, lang, figures
        self.L = _lang(lang)
        self.dates = Mask((d.start, d.end) for d in dates)
        self.date_list = sorted(dates, key=lambda d: d.start)
        self.date_ends = [d.end for d in self.date_list]  # ascending too: dates do not nest
        self._words_at = words_at
        self._bullets: dict[int, int] = {}  # line start -> where its list label ends
        self.found: list[_Found] = []
        self.owner = ""  # the owner the last Thai phrase was given (`…มีสมาชิก`)
        self.event = ""  # the verb that made what it counts (`จัดตั้ง`)
        self.as_written = ""  # the phrase before `_evented` reordered it
        self.window = ""  # the words before the figure being read
        self.service = ""  # what was done for the noun phrase (`แนะนำการจดทะเบียนใหม่ให้แก่…`)

    @functools.cached_property
    def _edges(self) -> tuple[set[int], set[int]]:
        """(starts, ends) of words, figures and dates, made when first asked (a language
        that spaces its words seldom asks)."""
        words_at = self._words_at() if callable(self._words_at) else self._words_at
        edges = [(f.start, f.end) for f in self.figures] + \
            [(d.start, d.end) for d in self.date_list]
        both = {k for edge in edges for k in edge}  # an item's edges are both
        return {a for a, _ in words_at} | both, {b for _, b in words_at} | both

    @functools.cached_property
    def clause_marks(self) -> list[int]:
        """Where the text's clauses end (:func:`_clause_marks`), found when first asked."""
        return _clause_marks(self.L, self.text)

    @property
    def starts(self) -> set[int]:
        return self._edges[0]

    @property
    def ends(self) -> set[int]:
        return self._edges[1]

    def whole(self, a: int, b: int) -> bool:
        """[a, b) starts and ends at word boundaries (always, where words are spaced)."""
        return self.L.spaced or (a in self.starts or a == 0) and (b in self.ends)

    def without_dates(self, a: int, b: int) -> str:
        """The text of [a, b) with its dates blanked out (kept the same length)."""
        k = bisect.bisect_left(self.date_ends, a + 1)
        if k == len(self.date_list) or self.date_list[k].start >= b:
            return self.text[a:b]
        pieces, pos = [], a
        while k < len(self.date_list) and self.date_list[k].start < b:
            d = self.date_list[k]
            lo, hi = max(pos, d.start), min(b, d.end)
            if hi > lo:
                pieces += (self.text[pos:lo], " " * (hi - lo))
                pos = hi
            k += 1
        pieces.append(self.text[pos:b])
        return "".join(pieces)

    def bullet_end(self, line_lo: int, pos: int) -> int:
        """Where the list label that opens the line at ``line_lo`` ends, in the line up to
        ``pos`` (the label of the whole line, read once, unless it runs to ``pos``)."""
        end = self._bullets.get(line_lo)
        if end is None:
            line_end = self.text.find("\n", line_lo)
            line = self.text[line_lo:line_end if line_end >= 0 else len(self.text)]
            end = self._bullets[line_lo] = line_lo + len(line) - len(_strip_bullet(self.L, line))
        if end < pos:  # a pattern that never looks past its match reads the same up to pos
            return end
        return pos - len(_strip_bullet(self.L, self.text[line_lo:pos]))


def find_indicators(text: str, lang: str, figures: list[Figure], dates: list[Date],
                    words_at, cells=()) -> None:
    """Set ``indicator``, ``indicator_id`` and ``cell`` of every figure (in place).
    ``words_at`` are the (start, end) offsets of the text's words (tokens), or a function
    that gives them (called only if they are needed)."""
    ctx = _Context(text, lang, figures, dates, words_at)
    in_table = table_indicators(text, lang, cells, figures)
    labels: dict[tuple[int, int], str] = {}
    for i, fig in enumerate(figures):
        if i in in_table:
            fig.cell, label = in_table[i]
            label = _row_label(ctx, fig.cell, label, labels)
            found = _Found(label, owner=_owner(ctx.L, label or ""),
                           np=without_measure(lang, label or ""))
        else:
            found = _phrase(ctx, i)
        ctx.found.append(found)
        fig.indicator = _per_named(lang, found.phrase, fig)
        fig.indicator_id = indicator_id(lang, found.as_written or fig.indicator, fig.kind)
        if fig.indicator_id is None and found.as_written:  # else the same phrase again
            fig.indicator_id = indicator_id(lang, fig.indicator, fig.kind)


def _per_named(lang: str, phrase: str | None, fig: Figure) -> str | None:
    """The phrase with the unit the figure is given per, where the language names it
    (``[indicators] per_form``: `เงินสดเกษตรกรต่อครัวเรือน`); a yearly rate's year is not."""
    form = profile(lang).indicators.per_form
    if not phrase or not form or not fig.per or fig.per == "year" or fig.per in phrase:
        return phrase
    return form.format(np=phrase, per=fig.per)


def _row_label(ctx: _Context, cell: dict, label: str | None, labels: dict) -> str | None:
    """A row label; one that opens with a part word (`Trong đó: thành lập mới`) names a part
    of what the row above measures (`Số hợp tác xã thành lập mới`)."""
    key = (cell["table"], cell["row"])
    if label:
        part = ctx.L.inherit.match(label)
        above = labels.get((cell["table"], cell["row"] - 1))
        if part and above:
            label = f"{above}{ctx.L.join}{_trimmed(ctx, label[part.end():])}"
        labels[key] = label
    return label


# ------------------------------------------------------------------------- the frames

def _phrase(ctx: _Context, i: int) -> _Found:
    fig, text, L = ctx.figures[i], ctx.text, ctx.L
    line_lo = text.rfind("\n", 0, fig.start) + 1
    lo = _clause_start(ctx, line_lo, fig.start)
    prev = _previous(ctx, i, lo)
    win_lo = max(lo, prev.end if prev is not None else lo,
                 prev._tail if prev is not None else lo)
    window = ctx.without_dates(win_lo, fig.start)
    if not window.strip(" ,") and lo > line_lo and text[lo - 1] == ":":
        label = _label(ctx, line_lo, lo - 1, fig)
        topic = label and (fig.kind == "percent" and _after(ctx, i) or (
            fig.kind == "count" and L.count_noun and fig.unit
            and _expanded(ctx.lang, fig.unit) not in _expanded(ctx.lang, label)))
        if label and not topic:
            return _Found(label, owner=_owner(L, label), np=without_measure(ctx.lang, label))
        # `- Đất đai: 05 hợp tác xã được giao đất` names a topic, `toàn tỉnh có:` leads in
        window = "" if topic else ctx.without_dates(line_lo, lo - 1)
    part = L.inherit.match(window)
    kind = L.inherit_kind.get(_norm(part.group(0)).strip(" ,:").casefold(), "part") if part \
        else ""
    if kind == "elided" and _trimmed(ctx, window[part.end():]):
        part = None  # `โดย …` opens a clause of its own unless the figure follows it
    near = i > 0 and text.count("\n", ctx.figures[i - 1].end, fig.start) <= 1 \
        and fig.start - ctx.figures[i - 1].end < 300
    if part and near and ctx.found[i - 1].phrase:
        return _inherited(ctx, i, window[part.end():], kind)
    return _from_window(ctx, i, window, win_lo, prev is not None)


def _from_window(ctx: _Context, i: int, window: str, win_lo: int, listed: bool) -> _Found:
    """The link, counted-noun, percent-of and heading frames over the words before the figure
    (``listed``: the figure before ends in its clause)."""
    fig, L = ctx.figures[i], ctx.L
    ctx.window = window
    link = _ending(L.links, L.links_tail, window)
    if link and not ctx.whole(win_lo + link.start(), win_lo + len(window.rstrip())):
        link = None  # `ส่วนรวม` is no `รวม`
    counted = fig.kind == "count" and L.count_noun
    before = window[:link.start()] if link else window
    kind, template = L.link_kind.get(_norm(link.group(0)).strip().casefold(),
                                     ("link", "")) if link else ("link", "")
    if counted and kind == "owner":  # `Mỗi huyện có 02 hợp tác xã`: counted, of the place
        found = _counted(ctx, i, "", listed)
        owner = " ".join(_trimmed(ctx, before.split(",")[-1]).split()[-6:])
        if found.phrase and owner and (fig.unit or "").casefold() in owner.casefold():
            found.phrase = _named(L, owner, fig)  # `Hợp tác xã nông nghiệp có 168 hợp tác xã`
        elif found.phrase and owner:
            found.phrase = f"{found.phrase}{L.join}{owner}"
        return found
    ctx.owner = ctx.event = ctx.as_written = ctx.service = ""
    np = _noun_phrase(ctx, i, before, win_lo)
    if not np and link and fig.kind == "count" and not counted:
        np = _per_echo(ctx, i) or ""
        if np:
            return _Found(np, np=without_measure(ctx.lang, np))
    if not np and link and not (kind == "owner" and fig.kind == "percent" and _after(ctx, i)):
        np = _earlier_np(ctx, i)  # `… tăng 6-7%/năm, đạt khoảng 90 triệu`: the same phrase
    if np and not link and listed_noun(ctx, i, window) and ctx.found[-1].event not in np:
        np = f"{np}{L.join}{L.relative}{L.join if L.relative else ''}{ctx.found[-1].event}"
    if np and (link or not counted or ctx.owner):
        found = _linked(ctx, i, np, link, kind, template)
        if ctx.owner:  # `…มีสมาชิก`: whose members; `จัดตั้งสหกรณ์`: what was founded
            found.owner, found.event = ctx.owner, ctx.event
            found.as_written = _named(L, ctx.as_written, fig) or ""
        return found
    if counted:
        return _counted(ctx, i, before, listed)
    after = _after(ctx, i) if fig.kind == "percent" else ""
    if after:
        return _Found(_named(L, after, fig), owner=_owner(L, after), np=after)
    if fig.kind == "count":
        return _Found(_per_echo(ctx, i) or _headed(ctx, fig, ""))
    return _Found(None)


def _per_echo(ctx: _Context, i: int) -> str | None:
    """`กู้ยืมครัวเรือนละไม่เกิน 50,000 บาท จำนวน 100,000 ครัวเรือน`: a count of the unit an
    amount was given per (``[figures] per_before_suffix``) counts the units that did what the
    phrase before that per unit says (`จำนวนครัวเรือนที่กู้ยืม`)."""
    fig, L, text = ctx.figures[i], ctx.L, ctx.text
    suffix = profile(ctx.lang).figures.per_before_suffix
    if not suffix or not fig.unit:
        return None
    line_lo = text.rfind("\n", 0, fig.start) + 1
    k = text.rfind(fig.unit + suffix, line_lo, fig.start)
    if k < 0:
        return None
    lo = max(text.rfind(" ", line_lo, k) + 1, line_lo)
    verb = _after_cues(ctx, text[lo:k], lo)
    rel = f"{L.join}{L.relative}{L.join if L.relative else ''}"
    return _named(L, f"{fig.unit}{rel}{verb}" if verb else fig.unit, fig)


def listed_noun(ctx: _Context, i: int, window: str) -> bool:
    """Figure ``i`` is the next item of a list whose figure before was made by an event
    (`จัดตั้งสหกรณ์ใหม่ 25 แห่ง และกลุ่มสหกรณ์ 80 กลุ่ม`)."""
    return bool(i and ctx.found and ctx.found[-1].event and not ctx.L.spaced
                and (ctx.L.joins.match(window) or window.lstrip().startswith(","))
                and not ctx.L.event.search(window))


def _linked(ctx: _Context, i: int, np: str, link, kind: str, template: str) -> _Found:
    """The noun phrase before a link (or right before the figure): a growth form names a
    rate of change (`อัตราเพิ่ม…`), or for a count what grew (`สมาชิกที่เพิ่มขึ้น`); a
    percentage without a link takes what follows it (`สหกรณ์ 65% มีผลการดำเนินงาน…`)."""
    fig, L = ctx.figures[i], ctx.L
    rel = f"{L.join}{L.relative}{L.join if L.relative else ''}"
    after = _after(ctx, i) if fig.kind == "percent" and not link else ""
    phrase = f"{np}{rel}{after}" if after else np
    if after and _ending(L.benefactive, L.benefactive_tail, ctx.window):
        # `hướng dẫn … cho 100% hợp tác xã …`
        phrase = f"{after}{L.join}{np}"
    elif ctx.service and not link:
        phrase = f"{phrase}{rel}{ctx.service}"
    if kind == "form" and fig.kind != "percent":
        return _Found(_named(L, f"{np}{rel}{_norm(link.group(0))}", fig), owner=_owner(L, np),
                      np=np)
    return _Found(_named(L, phrase, fig, template if kind == "form" else ""),
                  owner=_owner(L, phrase), np=np)


def _earlier_np(ctx: _Context, i: int) -> str:
    """The noun phrase of the nearest figure before on the same line, outside brackets closed
    since, and of the same unit for a count."""
    text = ctx.text
    line_lo = text.rfind("\n", 0, ctx.figures[i].start) + 1
    for k in range(i - 1, max(-1, i - 4), -1):
        prev = ctx.figures[k]
        if prev.start < line_lo:
            break
        fig = ctx.figures[i]
        if text.rfind("(", line_lo, prev.start) > text.rfind(")", line_lo, prev.start) \
                and ")" in text[prev.end:fig.start]:
            continue  # a bracket closed since
        if fig.kind == "count" and (prev.kind, prev.unit) != ("count", fig.unit):
            continue  # a count is no level of what another kind of figure measured
        return ctx.found[k].np or ""
    return ""


def _counted(ctx: _Context, i: int, before: str, listed: bool) -> _Found:
    """``số`` + the counted noun + what follows it, else + the event before it; or, with
    nothing between the figure before (``listed``) and this one, the event of the one before."""
    fig, L = ctx.figures[i], ctx.L
    unit = fig.unit or ""
    mod = _after(ctx, i)
    if not unit and not mod:
        return _Found(_headed(ctx, fig, ""))
    if unit.casefold() in L.generic and not mod:
        return _Found(_headed(ctx, fig, ""))
    # `hỗ trợ … cho 25 hợp tác xã`
    served = bool(_ending(L.benefactive, L.benefactive_tail, before.rstrip(" ,")))
    event = _event(ctx, before, 6 if served else 4)
    if mod and not served and not L.event.fullmatch(event):
        event = ""  # a verb that made the thing stays only when nothing else describes it
    if not event and not mod and listed and ctx.found and not _trimmed(ctx, ctx.window):
        event = ctx.found[-1].event
    phrase = L.join.join(p for p in (unit, event, mod) if p)
    return _Found(_named(L, phrase, fig), event=event, owner=unit or _head(L, mod), np=phrase)


def _inherited(ctx: _Context, i: int, rest: str, kind: str) -> _Found:
    """``với N X``: X of the figure before; ``trong đó …`` / ``จากเดิม``: a part of it."""
    fig, L, prev = ctx.figures[i], ctx.L, ctx.found[i - 1]
    own = _trimmed(ctx, rest)
    if kind == "owner" and fig.kind == "count" and fig.unit:
        mod = _after(ctx, i)
        owner = prev.owner or _head(L, prev.phrase or "")
        phrase = L.join.join(p for p in (fig.unit, mod, owner) if p)
        return _Found(_named(L, phrase, fig), owner=fig.unit)
    if fig.kind == "percent" and ctx.figures[i - 1].kind != "percent":
        after = _after(ctx, i)
        phrase = L.join.join(p for p in (prev.owner or _head(L, prev.phrase or ""), after) if p)
        return _Found(_named(L, phrase, fig), owner=prev.owner)
    if fig.kind == "percent":
        after = _after(ctx, i)
        owner = prev.owner or _head(L, prev.phrase or "")
        phrase = L.join.join(p for p in (owner, own, after) if p)
        return _Found(_named(L, phrase, fig), owner=owner)
    base = prev.phrase or ""
    return _Found(L.join.join(p for p in (base, own) if p), owner=prev.owner)


def _label(ctx: _Context, line_lo: int, colon: int, fig: Figure) -> str | None:
    """The label before a colon (a list item's, a form line's); a goal word alone names
    nothing: then the label of the line above names the figure (`ตัวชี้วัด: X` over
    `ค่าเป้าหมาย: ร้อยละ 90`). A lead-in that ends with a link (`toàn tỉnh có:`) is no label."""
    L = ctx.L
    raw = _strip_bullet(ctx.L, ctx.without_dates(_sentence_start(ctx, line_lo, colon), colon))
    if _ending(L.links, L.links_tail, raw):
        return None
    kept = _trimmed(ctx, raw)
    if not kept and raw.strip() and line_lo > 0:
        above_lo = ctx.text.rfind("\n", 0, line_lo - 1) + 1
        above = ctx.without_dates(above_lo, line_lo - 1)
        kept = _trimmed(ctx, above.split(":", 1)[1]) if ":" in above else ""
    return _named(L, kept, fig) if kept else None


def _sentence_start(ctx: _Context, line_lo: int, pos: int) -> int:
    """After the last sentence mark (a full stop before a space) between the line start and
    ``pos``, else the line start: a label is no longer than its sentence, even on a line
    that holds a whole report."""
    marks, end_marks = ctx.clause_marks, ctx.L.end_marks
    j = bisect.bisect_left(marks, pos) - 1
    while j >= 0 and marks[j] >= line_lo:
        if ctx.text[marks[j]] in end_marks:
            return marks[j] + 1
        j -= 1
    return line_lo


# ------------------------------------------------------------------------- the phrase pieces

def _norm(s: str) -> str:
    return " ".join(s.split())


def _clause_start(ctx: _Context, line_lo: int, pos: int) -> int:
    """After the last clause mark (``;``, ``:``, a bracket, a full stop before a space)
    between the line start and ``pos``, else after the line's list label."""
    lo = ctx.bullet_end(line_lo, pos)
    marks = ctx.clause_marks
    j = bisect.bisect_left(marks, pos) - 1
    return marks[j] + 1 if j >= 0 and marks[j] >= lo else lo


def _clause_marks(L: _Lang, text: str) -> list[int]:
    """The offsets of the clause marks of ``text`` that end a clause, in order: a bracket, a
    ``;``, a ``:`` not after a digit (`10:30` is a time), a sentence mark before a space
    and not after a digit."""
    out = []
    for m in L.marks.finditer(text):
        k = m.start()
        ch, digit = text[k], text[k - 1:k].isdigit()
        if ch in _CLAUSE_MARKS and not (ch == ":" and digit) \
                or ch in L.end_marks and text[k + 1:k + 2] in (" ", "\t") and not digit:
            out.append(k)
    return out


def _strip_bullet(L: _Lang, s: str) -> str:
    m = L.bullet.match(s)
    return s[m.end():] if m else s


def _previous(ctx: _Context, i: int, lo: int) -> Figure | None:
    """The figure before, when it ends inside the clause that holds figure ``i``."""
    if i == 0:
        return None
    prev = ctx.figures[i - 1]
    return prev if max(prev.end, prev._tail) > lo else None


def _trimmed(ctx: _Context, s: str, at: int | None = None) -> str:
    """``s`` without the cues, fillers and joiners at its start and the cut words and
    joiners at its end. Where words are not spaced, a word is taken off only where the
    text's words begin and end (``at``: where ``s`` stands in the text; unknown: only words
    of three letters or more come off its end, so `รายได้` keeps its `ได้`)."""
    L = ctx.L
    if L.spaced or at is None:
        s, at = _norm(s), None
    lead = len(s) - len(s.lstrip(" ,;:-–"))
    s, at = s.strip(" ,;:-–"), (at + lead if at is not None else None)
    while True:
        m = L.drop.match(s) or L.trim.match(s)
        if not m or not m.group(0).strip() or not _whole(ctx, at, m.start(), m.end()):
            break
        cut = m.end() + len(s[m.end():]) - len(s[m.end():].lstrip(" ,;:-–"))
        s, at = s[cut:].rstrip(" ,;:-–"), (at + cut if at is not None else None)
    while s:
        if not L.trimmed_tail.match(s[::-1]):
            break  # no trim word and no cut word at the end (see _ending)
        m = L.trim_end.search(s) or _last(L.cut, s, at_end=True)
        if not m or not _whole(ctx, at, m.start(), len(s)) or (
                at is None and not L.spaced and len(m.group(0).strip()) < 3):
            break
        s = s[:m.start()].rstrip(" ,;:-–")
    return s if any(ch.isalpha() for ch in s) else ""


def _whole(ctx: _Context, at: int | None, a: int, b: int) -> bool:
    return at is None or ctx.whole(at + a, at + b)


def _last(rx: re.Pattern, s: str, at_end: bool = False):
    found = None
    for m in rx.finditer(s):
        found = m
    if found and at_end and s[found.end():].strip():
        return None
    return found


def _noun_phrase(ctx: _Context, i: int, before: str, win_lo: int) -> str:
    """The noun phrase that ends right before a figure (or its link), from its clause start:
    Thai takes the last phrase (a space between two Thai words ends one), split at an owner
    word (``มี``); others the comma-separated parts that list nouns (``doanh thu, lợi nhuận``).
    A count whose classifier is in the phrase counts from there (``…ชุมชนเป้าหมาย 350 ชุมชน``);
    a count named by one word alone (a verb) under a heading takes the heading's noun."""
    L, fig = ctx.L, ctx.figures[i]
    if L.spaced:
        return _spaced_phrase(ctx, before)
    chunks = _last_chunks(ctx, before, win_lo)
    if not chunks:
        return ""
    at, last = chunks[-1]
    if fig.kind == "count" and fig.unit and fig.unit in last[1:]:
        k = last.rindex(fig.unit)
        at, last = at + k, last[k:]
    m = _last(L.owner, last)
    if m is not None and (not ctx.whole(at + m.start(), at + m.end())
                          or L.measure_head.match(_after_cues(ctx, last, at))
                          or L.drop.match(last, m.start())):
        m = None  # `สัดส่วนสหกรณ์ที่…อย่างมีประสิทธิภาพ` names its measure; `มีการ` owns nothing
    if m is None:
        return _thai_noun(ctx, i, chunks, _evented(ctx, _after_cues(ctx, last, at)), before,
                          win_lo)
    noun = _trimmed(ctx, last[m.end():], at + m.end())
    owner = _after_cues(ctx, last[:m.start()], at)
    if owner and owner in noun:
        owner = ""
    if not owner and len(chunks) > 1 and not any(c.isdigit() for c in chunks[-2][1]) \
            and _after_cues(ctx, *reversed(chunks[-2])) == chunks[-2][1] \
            and not L.any_link.search(chunks[-2][1]) \
            and not (i and max(ctx.figures[i - 1].end, ctx.figures[i - 1]._tail) >= win_lo):
        owner = chunks[-2][1]  # `เกษตรกร มีเงินสด`: a plain noun phrase before owns it
    elif not owner and len(chunks) == 1 and i > 0 and ctx.found:
        owner = ctx.found[-1].owner  # `120 กลุ่ม มีสมาชิก 9,000 ราย`: the group's members
    ctx.owner = owner
    return L.join.join(p for p in (noun, owner) if p and (p is noun or p not in noun))


def _last_chunks(ctx: _Context, before: str, win_lo: int) -> list[tuple[int, str]]:
    """The last two (or one, or no) phrases of unspaced ``before`` that may name the figure,
    as (offset in the text, phrase): past the figure before's per phrase and a letter alone.
    Only the phrases looked at are made, from the last one back."""
    found = list(_PHRASES.finditer(before))
    per = tuple(profile(ctx.lang).figures.per_marks)

    def chunk(k: int) -> tuple[int, str]:  # `กู้ยืมครัวเรือนละ` borrows, per household
        phrase = found[k].group()
        if phrase.rstrip().endswith(ctx.L.per_suffix):
            phrase = ctx.L.per_before.sub("", phrase)
        return win_lo + found[k].start(), phrase
    n = len(found)
    while n and (not (last := chunk(n - 1))[1] or last[1].startswith(per)):
        n -= 1  # `… 62 ล้านดองต่อคนต่อปี เพิ่มขึ้น`: the figure before's per phrase
    while n > 1 and len(_trimmed(ctx, (last := chunk(n - 1))[1], last[0])) < 3:
        n -= 1  # `ยอดเงินกู้คงค้าง ณ สิ้นปี 2566 อยู่ที่`: a letter alone names nothing
    return [chunk(k) for k in range(max(0, n - 2), n)]


def _thai_noun(ctx: _Context, i: int, chunks, np: str, before: str, win_lo: int) -> str:
    """A phrase with no owner word: a measure word leading the phrase before joins it
    (`สัดส่วนผู้บริหาร…อนุปริญญา ปริญญาตรีขึ้นไป`); a count named by one word takes what
    follows the figure (`สหกรณ์มากกว่า 60 แห่ง ประยุกต์ใช้เทคโนโลยี…`) or the heading's noun."""
    L, fig = ctx.L, ctx.figures[i]
    if np and len(chunks) > 1 and L.measure_head.match(chunks[-2][1]) \
            and not L.measure_head.match(np) and not any(c.isdigit() for c in chunks[-2][1]):
        np = f"{chunks[-2][1]} {np}"
    pos = win_lo + before.rfind(np) if np else -1
    if np and fig.kind == "count" and _one_word(ctx, pos, pos + len(np)):
        after = _after(ctx, i)
        nxt = ctx.figures[i + 1] if i + 1 < len(ctx.figures) else None
        if nxt is not None and _names_the_next(ctx, max(fig.end, fig._tail), nxt):
            after = ""
        if after:
            return f"{np}{L.relative}{after}"
        return _headed(ctx, fig, np, named=False) or np
    return np


def _evented(ctx: _Context, np: str) -> str:
    """`จัดตั้งสหกรณ์ใหม่` -> `สหกรณ์ใหม่ที่จัดตั้ง`: a phrase that opens with the verb that made
    what it counts names that thing first (indicator_events.tsv); the thing is its owner."""
    L = ctx.L
    m = L.event.match(np)
    if not m or m.start() or not np[m.end():].strip():
        return np
    thing = np[m.end():].strip()
    ctx.owner, ctx.event, ctx.as_written = thing, m.group(0).strip(), np
    return f"{thing}{L.join}{L.relative}{L.join if L.relative else ''}{m.group(0).strip()}"


def _after_cues(ctx: _Context, s: str, at: int | None = None) -> str:
    """What follows the last goal or estimate cue in ``s`` (``indicator_drop.tsv`` marked
    ``anywhere``: `สำหรับปีนี้ตั้งเป้ายอดจำหน่าย` -> `ยอดจำหน่าย`)."""
    return _after_cue(ctx, s, _last(ctx.L.cue, s), at)


def _after_cue(ctx: _Context, s: str, m: re.Match | None, at: int | None = None) -> str:
    """What follows the cue ``m``, the last in ``s`` (None: there is none)."""
    if m is None:
        return _trimmed(ctx, s, at)
    if ctx.L.benefactive.fullmatch(m.group(0).strip()):  # `แนะนำ…ให้แก่สหกรณ์`: the service
        ctx.service = _after_cues(ctx, s[:m.start()], at)
    return _trimmed(ctx, s[m.end():], at + m.end() if at is not None else None)


# a phrase of unspaced text: words up to a space, Latin words staying in it (`ผลิตภัณฑ์ OTOP ของ…`)
_PHRASES = re.compile(r"\S+(?:\s+(?=[A-Za-z])\S+|(?<=[A-Za-z])\s+\S+)*")


def _names_the_next(ctx: _Context, a: int, nxt: Figure) -> bool:
    """The one unspaced phrase between ``a`` and the next figure ends with a link: it names
    that figure (`… 6,300 คน รายได้เฉลี่ยของแรงงานประจำอยู่ที่ 62 ล้านดอง`)."""
    between = ctx.text[a:nxt.start]
    return not ctx.L.spaced and len(between.split()) <= 1 \
        and _ending(ctx.L.links, ctx.L.links_tail, between) is not None


def _one_word(ctx: _Context, a: int, b: int) -> bool:
    return a >= 0 and ctx.starts.isdisjoint(range(a + 1, b))


def _spaced_phrase(ctx: _Context, before: str) -> str:
    L = ctx.L
    parts = before.split(",")
    last = _comma_part(parts, len(parts) - 1)
    cue = _last(L.cue, last)
    np = _after_cue(ctx, last, cue)
    first = len(parts) - 1 if cue or L.measure_head.match(np) else 0
    for k in range(len(parts) - 2, first - 1, -1):  # a cue or a measure word starts a phrase
        part = _comma_part(parts, k)
        kept = _trimmed(ctx, part)
        if not np or not kept or kept != _norm(part).strip(" ,"):
            break
        np = f"{kept}, {np}"
    return " ".join(np.split()[-L.max_words:])


def _comma_part(parts: list[str], k: int) -> str:
    """``_norm(s).split(",")[k]`` from ``parts = s.split(",")``: one part made, not all.

    >>> s = " a ,\tb  c ,  , d, "
    >>> [_comma_part(s.split(","), k) for k in range(5)] == _norm(s).split(",")
    True
    """
    p, inner = parts[k], 0 < k < len(parts) - 1
    q = _norm(p)
    if not q:
        return " " if p and inner else ""
    return f"{' ' if k and p[0].isspace() else ''}{q}" \
        f"{' ' if k < len(parts) - 1 and p[-1].isspace() else ''}"


def _after(ctx: _Context, i: int) -> str:
    """The phrase right after a figure, up to a clause mark, a cut word or a comma; a figure
    inside it gives its counted noun (``… có ít nhất 01 hợp tác xã hoạt động``)."""
    fig, text, L = ctx.figures[i], ctx.text, ctx.L
    a = max(fig.end, fig._tail)
    end = text.find("\n", a)
    end = len(text) if end < 0 else end
    nxt = [f for f in ctx.figures[i + 1:i + 4] if f.start < end]
    if nxt and _names_the_next(ctx, a, nxt[0]):
        return ""
    pieces, pos = [], a
    for f in [*nxt, None]:
        stop = f.start if f is not None else end
        piece, cut = _until_stop(ctx, pos, stop)
        pieces.append(piece)
        if cut or f is None or not (f.kind == "count" and L.count_noun and f.unit) \
                or not _trimmed(ctx, piece) or L.conjunction.search(piece.rstrip(" ,")) \
                or piece.rstrip().endswith(","):
            break  # `… trung bình và 08 hợp tác xã …`: the next figure is another item
        pieces.append(f.unit)
        pos = max(f.end, f._tail)
    phrase = _trimmed(ctx, L.join.join(p for p in pieces if p.strip()), a if len(pieces) == 1
                      else None)
    m = L.measure_head.match(phrase)
    if m and fig.kind == "percent":
        phrase = _trimmed(ctx, phrase[m.end():])
    return " ".join(phrase.split()[:L.max_words]) if L.spaced else phrase


def _until_stop(ctx: _Context, a: int, b: int) -> tuple[str, bool]:
    """The text from ``a`` to the first stop before ``b``; whether a stop ended it."""
    L = ctx.L
    s = ctx.without_dates(a, b)
    lead = len(s) - len(s.lstrip())
    cut = len(s)
    for stop in L.stops.finditer(s):
        k = stop.start()
        if s[k] != "," or not L.noun.match(s, k + 1):  # `15.000 hợp tác xã, liên hiệp …`
            cut = k  # (a comma before a counted noun lists nouns in a row)
            break
    if not L.spaced and s.find(" ", lead + 1, cut) >= 0:
        cut = s.find(" ", lead + 1, cut)  # a space ends a phrase of unspaced words
    m = L.cut.search(s, 0, cut)
    if m and m.start() >= lead:
        cut = m.start()
    elif m and m.start() < lead + 1:
        cut = 0
    return s[:cut], cut < len(s)


def _event(ctx: _Context, before: str, most: int = 4) -> str:
    """The verb that produced a counted noun, from the last list part before it
    (``thành lập thêm 25 hợp tác xã``)."""
    part = re.split(r"[,;]", before)[-1]
    event = _trimmed(ctx, part)
    m = ctx.L.event.search(event)
    if m:
        return event[m.start():]
    return " ".join(event.split()[-most:]) if event else ""


def _named(L: _Lang, np: str, fig: Figure, template: str = "", **_) -> str | None:
    """The phrase with the measure it names: a growth link's form, ``số`` before a count's,
    ``tỷ lệ`` before a percentage's (a count word there is replaced)."""
    np = _norm(np)
    if not np:
        return None
    if template:
        return template.format(np=np)
    head = L.measure_head.match(np)
    counts, shares = L.measures.get("count", ()), L.measures.get("percent", ())
    if fig.kind == "percent" and shares:
        if head and head.group(0).casefold() in {w.casefold() for w in counts}:
            return f"{shares[0]}{L.join}{np[head.end():].strip()}"
        return np if head else f"{shares[0]}{L.join}{np}"
    if fig.kind == "count" and counts and not head:
        return f"{counts[0]}{L.join}{np}"
    return np


def _head(L: _Lang, phrase: str) -> str:
    """The noun a phrase is about: after its measure word, before what is said of it."""
    m = L.measure_head.match(phrase)
    rest = phrase[m.end():].strip() if m else phrase
    p = L.predicate.search(rest, 1)
    return rest[:p.start()].strip() if p else rest


def without_measure(lang: str, phrase: str) -> str:
    """An indicator phrase without the measure word at its head (`tỷ lệ lãi suất` ->
    `lãi suất`)."""
    m = _lang(lang).measure_head.match(phrase)
    return phrase[m.end():].strip() if m else phrase


def _owner(L: _Lang, np: str) -> str:
    return _head(L, np)


def _headed(ctx: _Context, fig: Figure, np: str, named: bool = True) -> str | None:
    """The noun of the heading above the figure (``b) Về liên hiệp hợp tác xã``)."""
    text, L = ctx.text, ctx.L
    pos = text.rfind("\n", 0, fig.start)
    for _ in range(6):
        if pos <= 0:
            return None
        lo = text.rfind("\n", 0, pos) + 1
        m = L.heading.match(text[lo:pos])
        if m:
            head = m.group("head").strip()
            phrase = f"{head}{L.join}{L.relative}{L.join if L.relative else ''}{np}" if np \
                else head
            return _named(L, phrase, fig) if named else phrase
        pos = lo - 1
    return None


# ------------------------------------------------------------------------- the indicator list

@dataclass(frozen=True)
class _Synonym:
    id: str
    kinds: frozenset[str]
    source: str  # the pattern, compiled the first time a phrase has the words it needs
    length: int
    needs: tuple[str, ...]  # words the pattern matches literally: all must be in the phrase
    literal: str = ""  # a phrase without a gap, found as it is (no pattern needed)
    letter: re.Pattern | None = None  # a letter, where the phrase must stand as whole words

    @property
    def pattern(self) -> re.Pattern:
        return _compiled(self.source)

    def first(self, s: str) -> tuple[int, int] | None:
        """(start, end) of the first match of the pattern in a phrase of single spaces
        (:func:`_expanded`), where a space of the pattern matches one space."""
        if not self.literal:
            m = self.pattern.search(s)
            return (m.start(), m.end()) if m else None
        k = s.find(self.literal)
        while k >= 0:
            end = k + len(self.literal)
            if self.letter is None or not (k and self.letter.match(s, k - 1)
                                           or self.letter.match(s, end)):
                return k, end
            k = s.find(self.literal, k + 1)
        return None


@functools.cache
def _compiled(source: str) -> re.Pattern:
    return re.compile(source)


@per_language
def _synonyms(lang: str) -> tuple[tuple[_Synonym, ...], tuple[tuple[str, str, str], ...]]:
    """indicators.tsv as patterns (``…`` a short gap), and the abbreviations to read in full
    (each with its pattern's source, compiled the first time a phrase holds it)."""
    sp = spacing(lang)
    gap = r"\s+(?:\S+\s+){0,8}?" if sp.spaced else r".{0,40}?"
    edges = (sp.before, sp.after)
    literal = edges in ((f"(?<!{LETTER})", f"(?!{LETTER})"), ("", ""))  # edges read in Python
    letter = re.compile(LETTER) if literal and sp.before else None
    out = []
    for iid, kinds, phrase in rows(lang, "indicators", optional=True):
        pieces = [p.strip().casefold() for p in phrase.split("…")]
        rx = sp.before + gap.join(alternation([p]) for p in pieces) + sp.after
        needs = tuple(sorted({w for p in pieces for w in p.split(" ") if w}, key=len, reverse=True))
        alone = pieces[0] if literal and len(pieces) == 1 else ""
        out.append(_Synonym(iid, frozenset(kinds.split(",")), rx, len(phrase.replace("…", "")),
                            needs, alone, letter if alone else None))
    abbrev = tuple((k.casefold(), rf"{sp.before}{re.escape(k.casefold())}{sp.after}", v.casefold())
                   for k, v in mapping(lang, "abbreviations", optional=True).items())
    return tuple(out), abbrev


@per_language
def _for_kind(lang: str, kind: str) -> tuple[tuple[str, tuple[str, ...], _Synonym], ...]:
    """The synonyms whose kinds admit figures of ``kind``, in file order, each as (the word
    it needs that the fewest synonyms share, the other words it needs, the synonym): a
    substring test of that word rules most synonyms out."""
    syns = _synonyms(lang)[0]
    shared = Counter(w for syn in syns for w in set(syn.needs))
    out = []
    for syn in syns:
        if kind in syn.kinds or "*" in syn.kinds:
            first = min(syn.needs, key=lambda w: (shared[w], -len(w), w), default="")
            out.append((first, tuple(w for w in syn.needs if w != first), syn))
    return tuple(out)


def _expanded(lang: str, phrase: str) -> str:
    """The phrase case-folded, its abbreviations read in full (`LH HTX` -> `liên hiệp …`)."""
    s = _norm(phrase).casefold()
    for short, source, full in _synonyms(lang)[1]:
        if short in s:  # the pattern matches the abbreviation itself, so it must be there
            s = _compiled(source).sub(full, s)
    return s


def indicator_id(lang: str, phrase: str | None, kind: str) -> str | None:
    """The id of ``lang/<lang>/indicators.tsv`` an indicator phrase names: of the phrases found
    in it whose kinds admit the figure's ``kind``, the one found first, the longest there.

    >>> indicator_id("vi", "số HTX giải thể", "count"), indicator_id("vi", "số HTX", "money")
    ('coops.dissolved', None)
    >>> indicator_id("th", "รายได้เฉลี่ยของสมาชิกสหกรณ์", "money")
    'members.income_avg'
    """
    if not phrase:
        return None
    s = _expanded(lang, phrase)
    best = None
    for _, rest, syn in [e for e in _for_kind(lang, kind) if e[0] in s]:
        if rest and not all(w in s for w in rest):
            continue  # a word the pattern needs is missing
        m = syn.first(s)
        key = (m[0], -syn.length, m[0] - m[1]) if m else None
        if m and (best is None or key < best[0]):
            best = (key, syn.id)
    return best[1] if best else None
