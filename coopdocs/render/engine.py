"""Render a template (built-in name or a user's .docx) from records into a Word file:
check it first (a template with errors renders nothing), render with docxtpl in the
sandboxed environment, write the file whole or not at all."""
from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import CoopdocsError, InputError, LanguageError, UsageError
from . import builtin, check, inputs
from . import context as contexts
from .env import make_env
from .filters import DOTS, digits_table
from .language import DEFAULT_LANG, digit_styles, languages, writing


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
    from docxtpl import DocxTemplate
    from lxml.etree import XMLSyntaxError

    stream, label, found = builtin.resolve(template)
    tpl = DocxTemplate(stream)
    try:
        tpl.init_docx()
    except (BadZipFile, PackageNotFoundError, XMLSyntaxError, KeyError, ValueError):
        raise InputError("not a Word document (.docx), or a damaged one", label) from None
    return tpl, label, found


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
           context: dict | None = None) -> list[str]:
    """Render ``template`` (a built-in name such as ``plan-vi`` or a .docx path) from
    ``records`` (a record, a list of records, or the path of what ``coopdocs extract``
    wrote) into ``out``. ``context`` gives header fields (agency, number, signer ...).
    Returns the warnings; raises :class:`CoopdocsError` (``TemplateProblems`` for a template
    with errors) and writes nothing then."""
    out = Path(out)
    record_path = Path(records) if isinstance(records, (str, Path)) else None
    recs = inputs.load_records(record_path) if record_path else inputs.validate(records)
    refuse_inputs(out, [template, record_path])
    tpl, label, found = load_template(template)
    context = dict(context or {})
    records_code = next((r["source"].get("lang") for r in recs if r["source"].get("lang")), None)
    lang = document_lang(context.get("lang") or (found.lang if found else None) or records_code)
    ctx = contexts.build(recs, lang, found.kind if found else None, context)
    env = make_env(lang)
    if found is not None:  # a built-in: checked once per process for this context's shape
        report = _builtin_report(found.name, lang, tuple(sorted(ctx.values)), tpl, ctx.values)
    else:
        report = check.check(tpl.docx, shapes(ctx.values, lang), env)
    if report.problems:
        raise TemplateProblems(report.problems, label)

    warnings = []
    if records_code and records_code != lang:
        warnings.append(f"the records are in {records_code} and the template writes {lang}: "
                        f"texts taken from the records (indicators, tasks) stay in {records_code}")
    blank = [m for m in ctx.missing if _used(m, report.used)]
    if blank:
        warnings.append(f"left blank ({DOTS}) for completion by hand: {', '.join(blank)} "
                        "(give them with --context FILE or --set key=value)")

    _render(tpl, ctx.values, env, label)
    if ctx.values.get("digits") in digit_styles():
        _native_digits(tpl.docx, ctx.values["digits"])
    buf = io.BytesIO()
    tpl.save(buf)
    _write(out, buf.getvalue())
    return warnings


def document_lang(code: str | None) -> str:
    """The language a document is written in (the default if none is named); a language
    coopdocs cannot write is a :class:`UsageError`."""
    code = code or DEFAULT_LANG
    if code not in languages():
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


def _render(tpl, values: dict, env, label: str) -> None:
    from jinja2.exceptions import SecurityError, TemplateError, UndefinedError

    try:
        tpl.render(values, jinja_env=env, autoescape=True)
    except UndefinedError as e:
        if "unsafe" in (e.message or ""):
            raise CoopdocsError(f"not allowed in a template: {e.message}", label) from None
        raise CoopdocsError(f"undefined variable: {e.message}", label) from None
    except SecurityError as e:
        raise CoopdocsError(f"not allowed in a template: {e}", label) from None
    except TemplateError as e:
        raise CoopdocsError(f"template error: {e}", label) from None
    except (ValueError, TypeError, ArithmeticError) as e:
        raise CoopdocsError(f"a filter could not format a value: {e}", label) from None
    except LanguageError as e:
        raise CoopdocsError(f"a filter could not format a value: {e.message}", label) from None
    except Exception as e:  # noqa: BLE001 (docxtpl's regex surgery on a user's broken XML)
        raise CoopdocsError(f"could not render ({type(e).__name__}: {e})", label) from None


def _native_digits(document, style: str) -> None:
    from docx.oxml.ns import qn

    table = digits_table(style)
    roots = [document.element.body]
    roots += [rel.target_part.element for rel in document.part.rels.values()
              if not rel.is_external and rel.reltype in (check.HEADER_RT, check.FOOTER_RT)]
    for root in roots:
        for t in root.iter(qn("w:t")):
            if t.text:
                t.text = t.text.translate(table)


def refuse_inputs(out: Path, inputs_: list) -> None:
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
