"""Render a template (built-in name or a user's .docx) from records into a Word file:
check the records (:mod:`coopdocs.schema`) and the template (a template with errors renders
nothing), render with docxtpl in the bounded sandbox (:mod:`coopdocs.render.sandbox`),
optionally in a worker process with the same limits (:mod:`coopdocs.render.worker`), write
the file whole or not at all."""
from __future__ import annotations

import io
import re
from functools import cache, partial
from pathlib import Path
from typing import Any

from ..errors import CoopdocsError, InputError, LanguageError, UsageError
from . import builtin, check, inputs, worker
from . import context as contexts
from .env import make_env
from .filters import DOTS, digits_table
from .language import DEFAULT_LANG, check_writes, digit_styles, languages, writing
from .sandbox import DEFAULT, LimitExceeded, Limits, budget


class TemplateProblems(CoopdocsError):
    """A template that cannot render: every problem found, each with its place."""

    def __init__(self, problems: list, path: str):
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}", path)

    def lines(self) -> list[str]:
        return [f"{self.path}: {p}" for p in self.problems]


def load_template(template: str | Path):
    """(DocxTemplate, label, built-in or None); a file that is not a Word document is an
    :class:`InputError`."""
    from zipfile import BadZipFile

    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    stream, label, found = builtin.resolve(template)
    tpl = _checked_template_class()(stream)
    try:
        tpl.init_docx()
    except (BadZipFile, PackageNotFoundError, XMLSyntaxError, KeyError, ValueError):
        raise InputError("not a Word document (.docx), or a damaged one", label) from None
    return tpl, label, found


@cache
def _checked_template_class():
    """docxtpl's template, but a body its XML parser can only recover by cutting it short
    (an invalid character, a tag cut in two) is an error, not a document without its end."""
    from docx.oxml.ns import qn
    from docxtpl import DocxTemplate
    from lxml import etree

    class CheckedTemplate(DocxTemplate):
        def fix_tables(self, xml):
            tree = super().fix_tables(xml)
            if tree.find(qn("w:sectPr")) is None and self.docx.element.body.sectPr is not None:
                try:
                    etree.fromstring(xml)
                    problem = "it has lost its page setup"
                except etree.XMLSyntaxError as e:
                    problem = f"its XML is broken ({e})"
                raise CoopdocsError(f"the rendered document would be cut short: {problem}")
            return tree

    return CheckedTemplate


def shapes(values: dict, lang: str) -> dict:
    """The context shape a template is checked against: the context itself, widened by a
    sample with one item in every list (so that fields of empty lists are checked too)."""
    return check.merge(_sample_shape(lang), check.shape_of(values))


_REPORTS: dict = {}


def _builtin_report(name: str, lang: str, keys: tuple, tpl, values: dict):
    """The check of a built-in template, kept per (template, language, context keys): the
    built-ins are fixed, so what they use and whether it can be filled does not change."""
    key = (name, lang, keys)
    if key not in _REPORTS:
        _REPORTS[key] = check.check(tpl.docx, shapes(values, lang), make_env(lang))
    return _REPORTS[key]


@cache
def _sample_shape(lang: str):
    return check.shape_of(contexts.sample(lang))


def render(template: str | Path, records: Any, out: str | Path,
           context: dict | None = None, *, limits: Limits | None = None,
           isolated: bool = False, allow_mixed: bool = False) -> list[str]:
    """Render ``template`` (a built-in name such as ``plan-vi`` or a .docx path) from
    ``records`` (a record, a list of records, or the path of what ``coopdocs extract``
    wrote) into ``out``. ``context`` gives header fields (agency, number, signer ...).
    ``limits`` bound the render (:class:`~coopdocs.render.sandbox.Limits`); ``isolated``
    renders in a worker process held to them (the command line does).
    ``allow_mixed`` renders records of another language than the template's (else an error).
    Returns the warnings; raises :class:`CoopdocsError` (``TemplateProblems`` for a template
    with errors) and writes nothing then."""
    out = Path(out)
    record_path = Path(records) if isinstance(records, (str, Path)) else None
    recs = inputs.load_records(record_path) if record_path else inputs.validate(records)
    refuse_inputs(out, [template, record_path])
    limits = limits or DEFAULT
    context = inputs.check_context(context)
    emblem_file(context)    # a missing or broken emblem stops before any work
    job = partial(document, template, recs, context, limits, allow_mixed=allow_mixed)
    data, warnings = worker.run(job, limits, str(template)) if isolated else job()
    _write(out, data)
    return warnings


def document(template: str | Path, recs: list[dict], context: dict,
             limits: Limits = DEFAULT, *, allow_mixed: bool = False) -> tuple[bytes, list[str]]:
    """The Word file (its bytes) of checked records, and the warnings."""
    tpl, label, found = load_template(template)
    context = dict(context)
    records_code = next((r["source"].get("lang") for r in recs if r["source"].get("lang")), None)
    lang = document_lang(context.get("lang") or (found.lang if found else None) or records_code)
    if records_code and records_code != lang and not allow_mixed:
        raise UsageError(f"the records are in {records_code} and the template {label} writes "
                         f"{lang}: its texts would mix two languages (--allow-mixed renders it "
                         "all the same)")
    ctx = contexts.build(recs, lang, found.kind if found else None, context)
    env = make_env(lang)
    if found is not None:  # a built-in: checked once per process for this context's shape
        report = _builtin_report(found.name, lang, tuple(sorted(ctx.values)), tpl, ctx.values)
    else:
        with budget(limits):
            report = check.check(tpl.docx, shapes(ctx.values, lang), env)
    if report.problems:
        raise TemplateProblems(report.problems, label)
    unknown_fields(context, ctx.values, report.used)

    warnings = []
    if records_code and records_code != lang:
        warnings.append(f"the records are in {records_code} and the template writes {lang}: "
                        f"texts taken from the records (indicators, tasks) stay in {records_code}")
    blank = [m for m in ctx.missing if _used(m, report.used)]
    if blank:
        warnings.append(f"left blank ({DOTS}) for completion by hand: {', '.join(blank)} "
                        "(give them with --context FILE or --set key=value)")

    warnings += _emblems(tpl, ctx.values, report.used, lang)
    _render(tpl, ctx.values, env, label, limits)
    spread_columns(tpl.docx)
    if ctx.values.get("digits") in digit_styles():
        _native_digits(tpl.docx, ctx.values["digits"])
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue(), warnings


def document_lang(code: str | None) -> str:
    """The language a document is written in (the default if none is named); a language
    coopdocs cannot write is a :class:`UsageError`."""
    code = code or DEFAULT_LANG
    if code not in languages():
        check_writes(code)  # a language coopdocs reads only: a LanguageError saying so
        choices = " or ".join(repr(c) for c in languages())
        raise UsageError(f"lang={code!r}: coopdocs writes documents in {choices}")
    writing(code)   # a profile that cannot be read is a LanguageError naming its file
    return code


def fields(b: builtin.Builtin) -> list[str]:
    """The context names the built-in reads (header fields and record parts)."""
    tpl, _, _ = load_template(b.name)
    return check.check(tpl.docx, shapes({}, b.lang), make_env(b.lang)).fields


def describe(b: builtin.Builtin) -> dict:
    return {"name": b.name, "lang": b.lang, "kind": b.kind, "description": b.description,
            "fields": fields(b)}


def _used(name: str, used: set[str]) -> bool:
    return any(p == name or p.startswith(name + ".") or name.startswith(p + ".") for p in used)


def _render(tpl, values: dict, env, label: str, limits: Limits = DEFAULT) -> None:
    with budget(limits) as b:
        try:
            tpl.render(values, jinja_env=env, autoescape=True)
        except Exception as e:  # noqa: BLE001 (each kind is named in the message)
            where = _where(tpl, b, e)
            raise CoopdocsError(f"{where}{_problem(e)}{_field(b, e)}", label) from None


def _problem(e: Exception) -> str:
    """One line for what went wrong while rendering."""
    from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
    from lxml.etree import XMLSyntaxError

    if isinstance(e, LanguageError):
        return f"a filter could not format a value: {e.message}"
    if isinstance(e, (LimitExceeded, CoopdocsError)):
        return e.message
    if isinstance(e, UndefinedError):
        if "unsafe" in (e.message or ""):
            return f"not allowed in a template: {e.message}"
        return f"undefined variable: {e.message}"
    if isinstance(e, SecurityError):
        return f"not allowed in a template: {e}"
    if isinstance(e, TemplateError):
        return f"template error: {e}"
    if isinstance(e, RecursionError):
        return "calls nested too deeply (a macro that calls itself without end?)"
    if isinstance(e, MemoryError):
        return "rendering ran out of memory"
    if isinstance(e, XMLSyntaxError):
        return f"the rendered document is not well-formed XML ({e})"
    if isinstance(e, (ValueError, TypeError, ArithmeticError)):
        return f"a filter could not format a value: {e}"
    # docxtpl's regex surgery on a user's broken XML
    return f"could not render ({type(e).__name__}: {e})"


FORMATTED = re.compile(r"(?P<field>[\w.]+(?:\[[^\]]*\])*)\s*\|\s*(?P<filter>number|money|percent|date|time|"
                       r"year|figure)\b")


def _field(b, e: Exception) -> str:
    """`` (field 't.value')``: what the failing line formats, when a filter could not
    format a value and the line formats one field only."""
    if not isinstance(e, (ValueError, TypeError, ArithmeticError, LanguageError)):
        return ""
    line = _line(e)
    if line is None or not b.source:
        return ""
    lines = b.source.splitlines()
    found = {m["field"] for m in FORMATTED.finditer(lines[line - 1] if line <= len(lines) else "")}
    return f" (field '{found.pop()}')" if len(found) == 1 else ""


def _line(e: Exception) -> int | None:
    """The line of the innermost template frame of ``e``."""
    line, tb = None, e.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line or getattr(e, "template_line", None)


def _where(tpl, b, e: Exception) -> str:
    """``paragraph 3: `` where the template failed, or '' when it cannot be told: the line of
    the innermost template frame, in the part docxtpl was rendering."""
    line = _line(e)
    part = getattr(tpl, "current_rendering_part", None)
    if line is None or part is None or not b.source:
        return ""
    try:
        place = check.place_of(tpl.docx, str(part.partname), b.source, line)
    except Exception:  # noqa: BLE001 (a place is a courtesy; the error is reported anyway)
        return ""
    return f"{place}: " if place else ""


# ---------------------------------------------------------------- header fields

# Fields a context may give that no template names: the language, the digits, the emblem.
CONTROL_FIELDS = ("lang", "digits", "emblem", "allow_mixed")


def unknown_fields(context: dict, values: dict, used: set[str]) -> None:
    """A context field that neither the template nor the context of records knows (a typo:
    ``agnecy``) is a :class:`UsageError` listing the known fields."""
    known = set(contexts.REQUIRED) | set(contexts.OPTIONAL) | set(CONTROL_FIELDS) | set(used)
    known |= set(_paths(_sample_shape(values.get("lang") or DEFAULT_LANG)))
    bad = [p for p in _paths(context) if not _known(p, known)]
    if not bad:
        return
    import difflib

    top = sorted({re.split(r"[.\[]", k)[0] for k in known if not k.startswith("_")})
    close = difflib.get_close_matches(bad[0], sorted(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise UsageError(f"unknown field {bad[0]!r}{hint}; the known fields are: {', '.join(top)}")


def _paths(values: dict, prefix: str = ""):
    for key, value in values.items():
        path = f"{prefix}{key}"
        yield path
        if isinstance(value, dict):
            yield from _paths(value, path + ".")


def _known(path: str, known: set[str]) -> bool:
    return path in known or any(k.startswith(path + ".") for k in known)


# ---------------------------------------------------------------- the Garuda emblem

EMBLEM_FIELDS = {"emblem": 30, "emblem_small": 15}   # context name -> height in mm
NO_EMBLEM = ("no emblem given: the place of the Garuda emblem is left empty (give the image "
             "with --emblem FILE.png)")
PNG = b"\x89PNG\r\n\x1a\n"


def emblem_file(context: dict) -> Path | None:
    """The emblem the context names (``emblem``: a PNG file), checked: a file that is not
    there or not a PNG is an :class:`InputError` naming it."""
    name = context.get("emblem")
    if name in (None, ""):
        return None
    if not isinstance(name, str):
        raise UsageError("emblem: give the path of a PNG file")
    path = Path(name)
    try:
        head = path.read_bytes()[:8] if path.is_file() else None
    except OSError as e:
        raise InputError(e.strerror or "cannot be read", name) from None
    if head is None:
        raise InputError("no such file (the emblem is a PNG file)", name)
    if head != PNG:
        raise InputError("not a PNG image (the emblem is a PNG file)", name)
    return path


def _emblems(tpl, values: dict, used: set[str], lang: str) -> list[str]:
    """The emblem as images of the sizes the template asks for (``emblem`` 3 cm high for a
    letter, ``emblem_small`` 1.5 cm for a memo); a warning when the template has a place for
    it and none is given."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    wanted = [name for name in EMBLEM_FIELDS if _used(name, used)]
    path = emblem_file(values)
    for name in EMBLEM_FIELDS:
        values[name] = ""
    if not wanted:
        return []
    if path is None:
        return [NO_EMBLEM]
    for name in wanted:
        values[name] = InlineImage(tpl, str(path), height=Mm(EMBLEM_FIELDS[name]))
    return []


# ---------------------------------------------------------------- after rendering

SPREAD = "coopdocs:spread"


def spread_columns(document) -> None:
    """Tables marked ``coopdocs:spread FIXED TOTAL`` (templates/build.py): the first columns
    keep their widths, the columns a ``{%tc %}`` loop made share the rest of the width."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tbl in document.element.body.iter(qn("w:tbl")):
        caption = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}")
        value = caption.get(qn("w:val"), "") if caption is not None else ""
        if not value.startswith(SPREAD + " "):
            continue
        fixed_text, total = value[len(SPREAD) + 1:].split()
        fixed = [int(w) for w in fixed_text.split(",")]
        rows = tbl.findall(qn("w:tr"))
        count = max((len(r.findall(qn("w:tc"))) for r in rows), default=len(fixed))
        rest = max(count - len(fixed), 0)
        each = (int(total) - sum(fixed)) // rest if rest else 0
        widths = (fixed + [each] * rest)[:count]
        grid = tbl.find(qn("w:tblGrid"))
        for col in list(grid):
            grid.remove(col)
        for w in widths:
            col = OxmlElement("w:gridCol")
            col.set(qn("w:w"), str(w))
            grid.append(col)
        for row in rows:
            for tc, w in zip(row.findall(qn("w:tc")), widths):
                tcw = tc.get_or_add_tcPr().get_or_add_tcW()
                tcw.type, tcw.w = "dxa", w


def _native_digits(document, style: str) -> None:
    from docx.oxml.ns import qn

    _page_digits(document, style)
    table = digits_table(style)
    roots = [document.element.body]
    roots += [rel.target_part.element for rel in document.part.rels.values()
              if not rel.is_external and rel.reltype in (check.HEADER_RT, check.FOOTER_RT)]
    for root in roots:
        for t in root.iter(qn("w:t")):
            if t.text:
                t.text = t.text.translate(table)


def _page_digits(document, style: str) -> None:
    """Page numbers in the style's digits too: the section's page number format
    (``[render] page_number_format`` of the language whose digits they are)."""
    from docx.oxml.ns import qn

    fmt = writing(digit_styles()[style]).text.page_number_format
    if not fmt:
        return
    for sect in document.element.body.iter(qn("w:sectPr")):
        pg = sect.find(qn("w:pgNumType"))
        if pg is None:
            from docx.oxml import OxmlElement

            pg = OxmlElement("w:pgNumType")
            anchor = next((c for c in sect if c.tag in (qn("w:cols"), qn("w:formProt"), qn("w:vAlign"),
                                                         qn("w:noEndnote"), qn("w:titlePg"),
                                                         qn("w:textDirection"), qn("w:bidi"),
                                                         qn("w:rtlGutter"), qn("w:docGrid"))), None)
            if anchor is not None:
                anchor.addprevious(pg)
            else:
                sect.append(pg)
        pg.set(qn("w:fmt"), fmt)


def refuse_inputs(out: Path, inputs_: list) -> None:
    try:
        _refuse_inputs(out, inputs_)
    except OSError as e:   # a name the file system refuses (too long, a loop of links ...)
        raise UsageError(f"-o {out}: {e.strerror or e}") from None


def _refuse_inputs(out: Path, inputs_: list) -> None:
    if out.is_dir():
        raise UsageError(f"-o {out} is a folder; give the .docx file to write")
    for p in inputs_:
        if p is None:
            continue
        p = Path(p)
        if p.exists() and (p.resolve() == out.resolve() or out.exists() and p.samefile(out)):
            raise UsageError(f"-o {out} is one of the input files; choose another output file")


def _write(out: Path, data: bytes) -> None:
    from ..output import write_atomic

    try:
        write_atomic(out, data)
    except OSError as e:
        raise InputError(e.strerror or "cannot be written", str(out)) from None
