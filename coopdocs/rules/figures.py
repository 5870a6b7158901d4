"""Find figures (docs/annotation.md: every quantity) in text of any language with a profile.

A figure is parsed outward from a numeral or a run of number words:

    [qualifier | percent word | noun+suffix] NUMBER [range] [scale] [qualifier]
        [% | currency | unit] [qualifier] [per]

Numbers that identify or order things (document numbers, ``lần thứ 5``, ``ครั้งที่ 2``),
clock times, phone numbers, section numbers, years and dates are not figures. The words and
the language's habits (spaced words, letter case, marks, which words may follow which) are
its data: ``profile.toml`` sections ``[text]``, ``[numbers]``, ``[figures]`` and the word
lists ``qualifiers``, ``units``, ``currencies``, ``currency_stops``, ``unit_exceptions``,
``per_nouns``, ``per_year``, ``years``, ``id_cues``, ``id_cues_strict``, ``scales`` and
``numwords``.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property

from ..lang import alternation, mapping, profile, rows, words
from ..model import Figure
from ..normalize.numerals import (
    digit_class,
    figure_value,
    inner_words,
    native_digits,
    plain,
    scale_factor,
    subunit,
    words_may_start,
    words_pattern,
    words_regex,
)
from .common import (
    LATIN,
    LETTER,
    SPACE,
    Mask,
    case_flags,
    compile_data,
    gap,
    numeral,
    word_edges,
)
from .figures_lazy import Later
from .figures_lines import Lined
from .figures_masks import Anchored, glued_codes, links
from .figures_tails import LineInk, Tail
from .scan import guarded

NEVER = re.compile(r"(?!x)x")
# links and e-mail addresses (local part at most 64 characters, a domain label 63)
LINKS = r"https?://\S++ | www\.\S++ | [\w.+-]{1,64}+ @ [\w-]{1,63}+ \. [\w.]++"
# codes glued to letters: COVID-19, H5N1, QH15 (str.format: d, digits)
GLUED = r"(?<![\w])[A-Za-zĐđ]++-{d}++ | (?<![A-Z])[A-Z]++{d}++[A-Z{digits}]*+"
WINDOW = 40  # characters looked at before a number for its qualifier, per cent or per-unit

Boundary = Callable[[int], bool]


def _always(_: int) -> bool:
    return True


@dataclass(frozen=True)
class Grammar:
    """The compiled figure grammar of one language."""

    lang: str
    spaced: bool
    number: re.Pattern
    range_: re.Pattern
    scale: re.Pattern
    after_qual: re.Pattern
    percent: re.Pattern
    currency: re.Pattern
    currency_word: re.Pattern
    unit: re.Pattern
    end_qual: re.Pattern
    per: re.Pattern
    per_year: re.Pattern
    qual_before: re.Pattern | Later
    percent_before: re.Pattern | Later | None
    per_before: re.Pattern | Later | None
    cue_before: re.Pattern | Later
    strict_cue: re.Pattern | Later
    range_opener: re.Pattern | Later
    averaging: Lined | None
    masks: tuple[re.Pattern | Anchored | Lined, ...]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    units: dict[str, str]
    currencies: dict[str, str]
    cue_cancel: dict[str, str]
    qualifier_cancel: dict[str, str]
    year_words: frozenset[str]
    inner_words: frozenset[str]
    one_words: frozenset[str]
    currency_default: str
    money_scale_from: int
    line_end_number_is_name: bool
    classifier_required: bool
    section_number: re.Pattern | Later
    cue_tail: Tail  # cheap tests before the window searches (figures_tails)
    qual_tail: Tail
    percent_tail: Tail
    per_tail: Tail


def _alt_or_never(items) -> str:
    """An alternation of the words, or a pattern that never matches when there are none."""
    items = list(items)
    return alternation(items) if items else NEVER.pattern


def _qualifiers(lang: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(before, after, end) qualifier words -> qualifier (qualifiers.tsv positions)."""
    by_position: dict[str, dict[str, str]] = {"before": {}, "after": {}, "end": {}}
    for word, qualifier, position in rows(lang, "qualifiers"):
        by_position[position][word] = qualifier
    return by_position["before"], by_position["after"], by_position["end"]


def _number_patterns(lang: str) -> dict[str, re.Pattern]:
    """The number itself, a range after it and scale words after it."""
    b, e = word_edges(lang)
    d, flags = digit_class(lang), case_flags(lang)
    word_gap = rf"{SPACE}+" if profile(lang).text.spaced else ""
    nw = words_pattern(lang)
    scales = alternation(mapping(lang, "scales"))
    number = rf"""
        (?<![{LATIN}0-9{native_digits(lang)}.,]) (?P<num>{numeral(lang)})
      | {b} (?P<words> (?:{nw}) (?: {word_gap} (?:{nw}) )* ) {e}"""
    range_ = rf"""
        (?: {SPACE}*+ [-–—] | {gap(lang)} (?:{alternation(profile(lang).figures.range_words)})
                             {gap(lang)} )
        {SPACE}*+ (?P<num2>{numeral(lang)}) (?! {d} | [.,]{d} | /{d} )"""
    scale = rf"{SPACE}*+ (?P<scale> (?:{scales}) (?: {SPACE}*+ (?:{scales}) )* ) {e}"
    return {
        "number": guarded(re.compile(number, flags | re.VERBOSE)),
        "range_": re.compile(range_, flags | re.VERBOSE),
        "scale": re.compile(scale, flags | re.VERBOSE),
    }


def _measure_patterns(lang: str) -> dict[str, re.Pattern]:
    """What follows a number: per cent, a currency, a unit, qualifiers after it."""
    _, e = word_edges(lang)
    fig, sp, flags = profile(lang).figures, gap(lang), case_flags(lang)
    _, after, end = _qualifiers(lang)
    stops = words(lang, "currency_stops")
    not_currency = rf"(?! {sp} (?:{alternation(stops)}) {e} )" if stops else ""
    exceptions = words(lang, "unit_exceptions")
    not_unit = rf"(?!{alternation(exceptions)})" if exceptions else ""
    percent = rf"{SPACE}*+ (?: % | (?:{_alt_or_never(fig.percent_words)}) {e} )"
    currency = rf"(?P<cur>{alternation(mapping(lang, 'currencies'))}) {e} {not_currency}"
    return {
        "after_qual": re.compile(rf"{SPACE}*+ (?P<aq>{alternation(after)}) {e}", re.VERBOSE)
        if after else NEVER,
        "percent": re.compile(percent, flags | re.VERBOSE),
        "currency": re.compile(rf"{SPACE}*+ {currency}", re.VERBOSE),
        # the currency words of a whole text: searched at every position, so no leading
        # spaces (each position of a run of spaces would scan the rest of the run)
        "currency_word": re.compile(currency, re.VERBOSE),
        "unit": re.compile(rf"{sp} {not_unit} (?P<unit>{alternation(mapping(lang, 'units'))}) {e}",
                           flags | re.VERBOSE),
        "end_qual": re.compile(rf"{sp} (?P<aq2>{alternation(end)}) {e}", re.VERBOSE)
        if end else NEVER,
        "per_year": re.compile(rf"{sp} (?P<py>{alternation(words(lang, 'per_year'))}) {e}",
                               flags | re.VERBOSE),
    }


def _per_nouns(lang: str) -> str:
    return alternation(set(mapping(lang, "units")) | set(words(lang, "per_nouns")))


def _per_patterns(lang: str) -> dict[str, re.Pattern | None]:
    """The per-unit after a figure (/năm, ต่อสหกรณ์) and before it (คนละ)."""
    _, e = word_edges(lang)
    fig, flags = profile(lang).figures, case_flags(lang)
    mark = rf"{SPACE}*+ (?:{alternation(fig.per_marks)}) {SPACE}*+"
    if fig.per_any_word:
        word = rf"{LETTER}[\w\-]*+"
        noun = rf"(?: (?:{alternation(mapping(lang, 'units'))}) {e} | {word} (?:{SPACE}{word})? )"
        per = rf"{mark} (?P<per> {noun} (?: {mark} {noun} )? )"
    else:
        per = rf"{mark} (?P<per>{_per_nouns(lang)})"
    per_before = None
    if fig.per_before_suffix:
        suffix = re.escape(fig.per_before_suffix)
        per_before = Later(rf"(?P<perb>{_per_nouns(lang)}) {suffix} {SPACE}*+$", re.VERBOSE)
    return {"per": re.compile(per, flags | re.VERBOSE), "per_before": per_before}


def _context_patterns(lang: str) -> dict[str, re.Pattern | None]:
    """What precedes a number: qualifiers, per cent, cues that make it an identifier."""
    b, _ = word_edges(lang)
    fig, flags = profile(lang).figures, case_flags(lang)
    before, _, _ = _qualifiers(lang)
    q_gap = rf"{SPACE}*+:?{SPACE}*+" if fig.qualifier_colon else gap(lang)
    cue_gap = rf"{SPACE}*+:?{SPACE}*+$"
    percent_before = None
    if fig.percent_before:
        percent_before = Later(rf"""
            (?P<pq> (?:{alternation(before)}) {SPACE}*+ )?   # a qualifier before the word
            (?:{alternation(fig.percent_before)}) {SPACE}*+ $""", re.VERBOSE)
    return {
        "qual_before": Later(rf"{b}(?P<q>{alternation(before)}){q_gap}$", flags),
        "percent_before": percent_before,
        "cue_before": Later(rf"{b} (?P<cue>{alternation(words(lang, 'id_cues'))}) {cue_gap}",
                                 flags | re.VERBOSE),
        "strict_cue": Later(rf"{b} (?:{alternation(words(lang, 'id_cues_strict'))}) "
                                 rf"{cue_gap}", re.VERBOSE),
        "range_opener": Later(rf"(?:{_alt_or_never(fig.range_openers)})", re.IGNORECASE),
        "averaging": _averaging(lang, unit=True),
    }


def _averaging(lang: str, *, unit: bool) -> Lined | None:
    """'bình quân (của) 01 HTX': the unit a following figure is per (``unit``), or the words up
    to the unit (a mask: the 01 is no figure). Compiled on first use in a text that has one
    of the averaging words."""
    b, e = word_edges(lang)
    fig, sp = profile(lang).figures, gap(lang)
    if not fig.average_words:
        return None
    native = native_digits(lang)
    one = rf"[0{native[:1]}]?[1{native[1:2]}] | {_alt_or_never(profile(lang).numbers.one_words)}"
    links = rf"(?: {sp} (?:{_alt_or_never(fig.average_links)}) )?"
    averaging = alternation(fig.average_words)
    words_ = rf"(?:{averaging}) {links} {sp} (?: {one} ) {sp}"
    if unit:
        pattern = rf"{b} {words_} (?P<unit>{alternation(mapping(lang, 'units'))}) {e}"
    else:
        pattern = rf"{words_} (?=\w)"
    return Lined(Later(pattern, case_flags(lang) | re.VERBOSE | re.MULTILINE), needs=averaging)


def _common_masks(lang: str) -> list[str]:
    """Mask shapes of every language but links and glued codes (:func:`_anchored_masks`):
    document symbols, phones, compound numbers, section numbers.

    Each is searched over the whole text, so none may scan a long run again from each of its
    positions: a run of digits or capitals is read from its first character only (a
    lookbehind), and repeats are possessive. Each starts with the character it consumes first
    (a lookbehind for what comes before it follows that character), so that the engine skips
    ahead to those characters by itself.
    """
    d, digits = digit_class(lang), "0-9" + native_digits(lang)
    return [
        # document symbols: 20-NQ/TW, 2949/KH-UBND, 45/2021/NĐ-CP, 17/2023/QH15
        (rf"{d} (?<![{digits}]{d}) (?<![{digits}][/-]{d}) {d}*+ (?:[/-]{d}++)*+"
        rf" [/-][A-ZĐ][\w/.\-]*+"),
        # phone numbers
        (r"(?: \+ (?<![\d.,]\+) (?:84|66) | 0 (?<![\d.,]0) )"
        r" \d{1,3} (?:[ .-]?\d{2,4}){2,3} (?![\d,])"),
        # compound numbers: 1/2567, 3/5 (dates have been taken already)
        rf"{d} (?<![{digits}]{d}) {d}*+ (?:/{d}++)+",
        # section numbers at the start of a line and list markers (1) 2)
        rf"""^[ \t]*+ (?:[-–•+*][ \t]*+)?
             (?: (?P<section>{d}{{1,2}} (?:\.{d}{{1,2}})* [.)] (?=[ \t]) )
               | (?P<glued>{d}{{1,2}} \. (?={LETTER})) )""",
        rf"\({d}{{1,2}}\)",
    ]


def _anchored_masks(lang: str) -> tuple[Anchored, ...]:
    """Links and e-mail addresses, codes glued to letters: tried only where their rare parts
    are (``@``, ``http``, ``www.``; a digit after a capital or a hyphen; figures_masks)."""
    d, digits = digit_class(lang), "0-9" + native_digits(lang)
    flags = re.MULTILINE | re.VERBOSE
    return (links(re.compile(LINKS, flags)),
            glued_codes(re.compile(GLUED.format(d=d, digits=digits), flags), d))


def _masks(lang: str) -> tuple[re.Pattern | Anchored | Lined, ...]:
    """The common masks, then the language's own (profile ``[figures] masks``)."""
    where = str(profile(lang).folder / "profile.toml")
    values = {"D": digit_class(lang), "DIGITS": "0-9" + native_digits(lang)}
    own = [compile_data(p, values, case_flags(lang) | re.MULTILINE, where)
           for p in profile(lang).figures.masks]
    averaging = _averaging(lang, unit=False)
    common = (re.compile(p, re.MULTILINE | re.VERBOSE) for p in _common_masks(lang))
    # each searched over the whole text; the language's own on the lines with the words
    # they need (with a leading repeated class written once in front: figures_prefix)
    return (*_anchored_masks(lang), *(guarded(rx) for rx in common), *(Lined(rx) for rx in own),
            *((averaging,) if averaging else ()))


@cache
def grammar(lang: str) -> Grammar:
    before, after, end = _qualifiers(lang)
    fig = profile(lang).figures
    d = digit_class(lang)
    return Grammar(
        lang=lang,
        spaced=profile(lang).text.spaced,
        **_number_patterns(lang), **_measure_patterns(lang), **_per_patterns(lang),
        **_context_patterns(lang),
        masks=_masks(lang),
        qualifiers_before=before,
        qualifiers_after={**after, **end},
        units=mapping(lang, "units"),
        currencies=mapping(lang, "currencies"),
        cue_cancel={k: v for k, v in mapping(lang, "id_cues").items() if v},
        qualifier_cancel={k.casefold(): v for k, v in mapping(lang, "qualifier_cancels").items()},
        year_words=frozenset(words(lang, "years")),
        inner_words=inner_words(lang),
        one_words=frozenset(w.casefold() for w in profile(lang).numbers.one_words),
        currency_default=fig.currency,
        money_scale_from=fig.money_scale_from,
        line_end_number_is_name=fig.line_end_number_is_name,
        classifier_required=fig.classifier_required,
        section_number=Later(rf"{d}{{1,2}}(?:\.{d}{{1,2}})+"),
        **_tails(lang),
    )


def _tails(lang: str) -> dict[str, Tail]:
    """The words each window pattern ends with (``cue_before``, ``strict_cue``, ``qual_before``,
    ``percent_before``, ``per_before``), for :class:`Tail`'s test before the search."""
    fig, flags = profile(lang).figures, case_flags(lang)
    before, _, _ = _qualifiers(lang)
    return {
        "cue_tail": Tail([*words(lang, "id_cues"), *words(lang, "id_cues_strict")], flags),
        "qual_tail": Tail(before, flags),
        "percent_tail": Tail(fig.percent_before),
        "per_tail": Tail([fig.per_before_suffix] if fig.per_before_suffix else []),
    }


def masks(text: str, lang: str, found: dict | None = None) -> Mask:
    """The ranges of ``text`` no figure may start in; ``found`` keeps the places of the words
    the masks need (Lined) for the other patterns searched over the same text."""
    found = {} if found is None else found
    return Mask(m.span() for rx in grammar(lang).masks
                for m in (rx.finditer(text, found=found) if isinstance(rx, Lined)
                          else rx.finditer(text)))


def default_currency(text: str, lang: str) -> str:
    """The currency a bare scale-word amount is in: the document's most written one."""
    g = grammar(lang)
    counts = Counter(g.currencies[m.group("cur")] for m in g.currency_word.finditer(text)
                     if m.group("cur") in g.currencies and len(m.group("cur")) > 1)
    return counts.most_common(1)[0][0] if counts else g.currency_default


@dataclass(frozen=True)
class Context:
    """What every figure of one text is parsed against."""

    text: str
    g: Grammar
    avoid: Mask
    blocked: Mask
    currency: str
    token_start: Boundary
    token_end: Boundary
    cells: Mask

    def ends_word(self, i: int) -> bool:
        return self.g.spaced or self.token_end(i) or i >= len(self.text)

    @cached_property
    def ink(self) -> LineInk:
        """(first, end of last) written character of the line of an offset."""
        return LineInk(self.text)


@dataclass(slots=True)
class Num:
    """A numeral or a run of number words found in the text."""

    start: int
    end: int
    num: str | None
    words: str | None


@dataclass(slots=True)
class State:
    """A figure being parsed outward from its number: ``start``/``pos`` are where it begins
    and where the parse has got to; ``window`` is the text just before ``start``."""

    num: Num
    start: int
    pos: int
    window: str = ""
    num2: str | None = None
    scale: str | None = None
    qualifier: str | None = None
    kind: str | None = None
    unit: str | None = None
    per: str | None = None
    end: int = 0
    tail: int = 0
    subunit: Decimal | None = None  # satang after baht: added to the value


def find_figures(text: str, lang: str, avoid: Mask | None = None,
                 token_start: Boundary = _always, token_end: Boundary = _always,
                 cells: Mask | None = None) -> list[Figure]:
    """All figures of ``text`` in order. ``avoid`` holds ranges already taken (dates,
    references); ``token_start``/``token_end`` tell where the tokenizer puts word boundaries
    (for a language that writes no spaces between words); ``cells`` are table cells, where a
    bare number is a figure even in a language that needs a classifier."""
    g = grammar(lang)
    words_at: dict = {}  # the places of the words the masks need, for the averaging pattern
    ctx = Context(text, g, avoid or Mask(), masks(text, lang, words_at),
                  default_currency(text, lang), token_start, token_end, cells or Mask())
    out: list[Figure] = []
    taken_until = 0
    avoided, blocked = ctx.avoid.hits, ctx.blocked.hits
    for m in g.number.finditer(text):
        a, b = m.span()
        if a < taken_until or avoided(a, b) or blocked(a, b):
            continue
        found = Num(a, b, *m.group("num", "words"))
        fig = _parse(ctx, found)
        if fig is None and found.words is not None and g.spaced:
            fig = _shorter(ctx, found)
        if fig is not None:
            out.append(fig)
            taken_until = fig.end
    _averaging_units(text, g, out, words_at)
    return out


def _averaging_units(text: str, g: Grammar, figures: list[Figure], words_at: dict) -> None:
    """`doanh thu bình quân của 01 HTX đạt 2,1 tỷ đồng`: per = HTX for the next figure."""
    if g.averaging is None:
        return
    starts = [f.start for f in figures]
    for m in g.averaging.finditer(text, found=words_at):
        i = bisect.bisect_left(starts, m.end())
        nxt = figures[i] if i < len(figures) else None
        if (nxt is not None and nxt.per is None and nxt.start - m.end() <= WINDOW
                and "\n" not in text[m.end():nxt.start]):
            nxt.per = m.group("unit")


def _shorter(ctx: Context, num: Num) -> Figure | None:
    """`năm năm` (five years): a run of spaced number words whose last word is the unit."""
    parts = list(re.finditer(r"\S+", num.words))
    if len(parts) < 2:
        return None
    head = ctx.text[num.start:num.start + parts[-1].start()].rstrip()
    return _parse(ctx, Num(num.start, num.start + len(head), None, head))


def _parse(ctx: Context, num: Num) -> Figure | None:
    """The figure around ``num``, or None when it is no quantity."""
    if num.words is not None and not _words_may_count(ctx, num):
        return None
    st = State(num, num.start, num.end)
    _after_number(ctx, st)
    _measure(ctx, st)
    if st.kind == "money":
        _subunit(ctx, st)
    if num.words is not None and st.kind is None:
        return None  # number words count only with a unit or classifier after them
    if st.kind is None and st.scale:
        _bare_scale(ctx, st)
    _after_measure(ctx, st)
    _before_number(ctx, st)
    if _identifies(ctx, st) or _names_something(ctx, st) or _unclassified(ctx, st):
        return None
    return _figure(ctx, st)


def _words_may_count(ctx: Context, num: Num) -> bool:
    """Number words that may be a figure (see ``words_may_start``: not starting with an inner
    word, not a lone 'one' used as an article ...); where words are not spaced, starting a
    word or two words long (tested first: most runs inside a longer word fail it)."""
    g = ctx.g
    if not (g.spaced or ctx.token_start(num.start)
            or len(words_regex(g.lang).findall(num.words)) >= 2):
        return False
    before, after = ctx.text[max(0, num.start - WINDOW):num.start], ctx.text[num.end:num.end + WINDOW]
    return words_may_start(num.words, before, g.lang, after)


def _after_number(ctx: Context, st: State) -> None:
    """A range end, scale words and a qualifier right after the number."""
    g, text = ctx.g, ctx.text
    r = g.range_.match(text, st.pos)
    if r and st.num.words is None and not ctx.avoid.hits(*r.span("num2")):
        st.num2, st.pos = r.group("num2"), r.end()
    s = g.scale.match(text, st.pos)
    if s and (g.spaced or (ctx.token_start(s.start("scale")) and ctx.token_end(s.end()))):
        st.scale, st.pos = s.group("scale"), s.end()
    aq = g.after_qual.match(text, st.pos)
    if aq:
        st.qualifier, st.pos = g.qualifiers_after[aq.group("aq")], aq.end()


def _measure(ctx: Context, st: State) -> None:
    """Per cent (after the number or before it), a currency or a unit."""
    g, text, pos = ctx.g, ctx.text, st.pos
    st.window = text[max(0, st.start - WINDOW):st.start]
    pb = None
    if g.percent_before and g.percent_tail.may_end(st.window, 0, len(st.window)):
        pb = g.percent_before.search(st.window)
    pm = g.percent.match(text, pos)
    if pb or pm:
        st.kind, st.unit = "percent", "%"
        st.pos = pm.end() if pm else pos
    elif not _money(ctx, st, pos):
        _unit(ctx, st, pos)
    if pb:  # ร้อยละ N: the percent word, and a qualifier before it, start the figure
        st.start -= len(st.window) - pb.start()
        if pb.group("pq"):
            st.qualifier = st.qualifier or g.qualifiers_before[pb.group("pq").strip()]
            st.window = ""
        else:
            st.window = text[max(0, st.start - WINDOW):st.start]


def _money(ctx: Context, st: State, pos: int) -> bool:
    """A currency at ``pos`` (ending a word, not taken): the figure is money."""
    cm = ctx.g.currency.match(ctx.text, pos)
    if cm and ctx.ends_word(cm.end()) and not ctx.avoid.hits(*cm.span("cur")):
        st.kind, st.unit, st.pos = "money", ctx.g.currencies[cm.group("cur")], cm.end()
        return True
    return False


def _unit(ctx: Context, st: State, pos: int) -> None:
    """A unit at ``pos`` (ending a word, not taken): its kind (units.tsv), else a count."""
    g = ctx.g
    um = g.unit.match(ctx.text, pos)
    if um and ctx.ends_word(um.end()) and not ctx.avoid.hits(*um.span("unit")):
        st.unit = um.group("unit")
        st.kind = g.units.get(st.unit) or g.units.get(st.unit.casefold()) or "count"
        st.pos = um.end()


def _subunit(ctx: Context, st: State) -> None:
    """ห้าสิบบาทยี่สิบห้าสตางค์, 1,250 บาท 50 สตางค์: the subunit after the currency."""
    found = subunit(ctx.text, st.pos, st.unit, ctx.g.lang)
    if found is not None:
        st.pos, st.subunit = found


def _bare_scale(ctx: Context, st: State) -> None:
    """A scaled number with no unit: an amount in the document's currency when the scale is
    large enough (profile ``money_scale_from``)."""
    try:
        factor = scale_factor(st.scale, ctx.g.lang)
    except ArithmeticError:
        return  # beyond any value: the figure is dropped when its value is taken
    if factor >= ctx.g.money_scale_from:
        st.kind, st.unit = "money", ctx.currency


def _after_measure(ctx: Context, st: State) -> None:
    """A qualifier after the unit (trở lên, ขึ้นไป), then the per-unit (/năm, ต่อปี)."""
    g, text = ctx.g, ctx.text
    aq2 = g.end_qual.match(text, st.pos)
    if aq2:
        st.qualifier, st.pos = g.qualifiers_after[aq2.group("aq2")], aq2.end()
    st.end = st.tail = st.pos
    py = g.per_year.match(text, st.pos)
    if py:
        st.per, st.tail = "year", py.end()
    elif (pr := g.per.match(text, st.pos)) and not ctx.avoid.hits(*pr.span("per")):
        st.per = "year" if pr.group("per") in g.year_words else pr.group("per")
        st.tail = pr.end()


def _before_number(ctx: Context, st: State) -> None:
    """The per-unit and the qualifiers written before the number."""
    g, text = ctx.g, ctx.text
    if g.per_before is not None and g.per_tail.may_end(st.window, 0, len(st.window)):
        pbm = g.per_before.search(st.window)
        if pbm:
            st.per = "year" if pbm.group("perb") in g.year_words else pbm.group("perb")
    qb = _qualifier_before(g, st.window)
    while qb and (g.spaced or ctx.token_start(st.start - (len(st.window) - qb.start()))):
        if _qualifier_cancelled(ctx, st, qb.group("q")):
            break
        st.qualifier = st.qualifier or g.qualifiers_before[_key(qb.group("q"), g.qualifiers_before)]
        st.start -= len(st.window) - qb.start()
        st.window = text[max(0, st.start - WINDOW):st.start]
        qb = _qualifier_before(g, st.window)
    if (st.qualifier == "at_least" and st.num2 is not None
            and g.range_opener.match(text[st.start:st.num.start])):
        st.qualifier = None  # từ 5 đến 10: a range, not "at least"


def _qualifier_before(g: Grammar, window: str) -> re.Match | None:
    """The qualifier that ends ``window`` (before its gap), if any."""
    if not g.qual_tail.may_end(window, 0, len(window)):
        return None
    return g.qual_before.search(window)


def _qualifier_cancelled(ctx: Context, st: State, word: str) -> bool:
    """`vượt 12 HTX so với kế hoạch`: words after the figure make the word before it a verb
    (exceeded by), not a qualifier (qualifier_cancels.tsv)."""
    after = ctx.g.qualifier_cancel.get(re.sub(r"[ \u00a0]+", " ", word).casefold())
    return after is not None and re.match(
        rf"[ \u00a0,]*+(?:{alternation([after])})(?!\w)", ctx.text[st.tail:st.tail + WINDOW],
        re.IGNORECASE) is not None


def _identifies(ctx: Context, st: State) -> bool:
    """A number that identifies or orders things: after a cue (số, ครั้งที่) with no measure."""
    g, text, a = ctx.g, ctx.text, st.num.start
    has_measure = st.kind is not None or st.scale is not None
    if not g.cue_tail.may_end(text, max(0, a - 30), a):
        return False  # no cue ends right before the number
    cue = g.cue_before.search(text, max(0, a - 30), a)
    if cue and not has_measure and not _cue_cancelled(text, cue, g):
        return True
    return g.strict_cue.search(text, max(0, a - 30), a) is not None


def _names_something(ctx: Context, st: State) -> bool:
    """A bare number that is a year or a code, a section number or (in some languages) the
    number in a name at the end of a line."""
    raw, text, num = st.num.num, ctx.text, st.num
    if raw is None or st.kind is not None or st.scale is not None or st.qualifier is not None:
        return False
    if len(raw) >= 4 and raw.isdecimal():  # only digits (isdecimal: what \d matches)
        return True  # a year or a code, not a quantity
    first, last = ctx.ink(num.start)
    starts_line, ends_line = first >= num.start, last <= num.end  # only spaces around it
    if starts_line and ctx.g.section_number.fullmatch(raw) and not ends_line:
        return True  # a section number: 2.1 Heading
    return (ctx.g.line_end_number_is_name and not starts_line and ends_line
            and text[num.start - 1] == " ")  # กลุ่มส่งเสริมสหกรณ์ 1


def _unclassified(ctx: Context, st: State) -> bool:
    """A bare number where the language writes a classifier after every count (profile
    ``classifier_required``): a list marker, a page or section number; table cells excepted."""
    if not ctx.g.classifier_required or st.kind is not None or st.scale is not None:
        return False
    return not (ctx.cells.hits(st.num.start, st.num.end) or _cell_like(ctx, st))


def _cell_like(ctx: Context, st: State) -> bool:
    """The figure alone between line ends or tabs: a table cell written out as text."""
    first, last = ctx.ink(st.start)
    before = ctx.text[first:st.start].rstrip(" \u00a0")
    after = ctx.text[st.end:last].lstrip(" \u00a0")
    return before[-1:] in ("", "\t") and after[:1] in ("", "\t")


def _figure(ctx: Context, st: State) -> Figure | None:
    """The figure with its value, or None when the value is not a safe number."""
    if ctx.blocked.hits(st.start, st.end) and not ctx.blocked.hits(st.num.start, st.num.end):
        st.start = st.num.start
    lang = ctx.g.lang
    whole = st.kind in (None, "count") and st.scale is None
    value = figure_value(lang, numeral=st.num.num, words=st.num.words, scale=st.scale, whole=whole)
    vmax = figure_value(lang, numeral=st.num2, scale=st.scale, whole=whole) if st.num2 else None
    if value is None or (st.num2 and vmax is None):
        return None
    if st.subunit is not None and st.num2 is None:
        value += st.subunit
    return Figure(
        start=st.start, end=st.end, text=ctx.text[st.start:st.end],
        value=plain(value), value_max=plain(vmax) if vmax is not None else None,
        kind=st.kind or "count", unit=st.unit, qualifier=st.qualifier, per=st.per, _tail=st.tail,
    )


def _key(found: str, table: dict[str, str]) -> str:
    norm = re.sub(r"[ \u00a0]+", " ", found)
    if norm in table:
        return norm
    low = norm.casefold()
    for k in table:
        if k.casefold() == low:
            return k
    raise KeyError(found)


def _cue_cancelled(text: str, cue: re.Match, g: Grammar) -> bool:
    """`tổng số 1.981`: a word before the cue can make the number a quantity again."""
    cancel = g.cue_cancel.get(cue.group("cue"))
    if not cancel:
        return False
    before = text[max(0, cue.start() - len(cancel) - 2):cue.start()].rstrip()
    return before.endswith(cancel)

