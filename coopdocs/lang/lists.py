"""The word lists of a language folder: what each ``<name>.tsv`` holds and whether a layer
cannot do without it.

Most lists are optional: a language that leaves one out has none of those words, and the
feature they drive finds nothing (no qualifiers, no task cues ...). A list marked ``needed``
is read only when the profile says the language has what it lists (own digits, a date pattern
naming ``{MONTHS}``, writing documents); a folder that lacks it then is a
:class:`~coopdocs.errors.LanguageError` naming the folder and the list, at that point.

Columns are separated by tabs; ``#`` lines name the list's source.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WordList:
    """One word list: its columns, what it is for, and when it is needed ('' if never)."""

    columns: str
    doc: str
    needed: str = ""


_WRITE = "needed to write documents in the language (coopdocs render, coopdocs minutes)"

LISTS: dict[str, WordList] = {
    # the copy of a text the grammars read (coopdocs/normalize/repair.py)
    "repairs": WordList("regex, replacement, what it repairs",
                        "repairs of text that PDF and Word exports damaged"),
    # files typed before Unicode (coopdocs/readers/legacy.py)
    "tcvn3": WordList("bytes (hex), character[, its name]",
                      "the byte table of TCVN3 (ABC, .VnTime fonts) named in [detect] encodings"),
    "vni": WordList("bytes (hex), character[, its name]",
                    "the byte table of VNI (VNI-Times fonts) named in [detect] encodings"),
    "legacy_fonts": WordList("font name regex, code ([detect] encodings)[, upper]",
                             "fonts whose text is typed in an 8-bit code (.VnTime: TCVN3); "
                             "upper: the font draws small letters as capitals"),
    # numbers and figures (coopdocs/normalize/numerals.py, coopdocs/rules/figures.py)
    "digits": WordList("digit, ASCII digit", "the language's own digits 0-9",
                       "needed when [numbers] native_digits is true"),
    "numwords": WordList("word, value, role (digit|ten|hundred|scale ...)[, inner]",
                         "number words (hai mươi, สองพัน)"),
    "scales": WordList("word, factor", "scale words after a numeral (ล้าน, tỷ)"),
    "units": WordList("word, kind (measure|duration|count)",
                      "units and classifiers after a number"),
    "currencies": WordList("word, ISO 4217 code", "currency words after an amount"),
    "subunits": WordList("word, currency (ISO 4217), value in that currency",
                         "currency subunits after an amount (สตางค์)"),
    "currency_stops": WordList("word", "words after a currency word that make it another word"),
    "unit_exceptions": WordList("word", "words that begin with a unit but are none"),
    "qualifiers": WordList("word, qualifier, position (before|after|end)",
                           "qualifiers of a figure (ประมาณ, trên)"),
    "per_nouns": WordList("word", "nouns a rate is given per, besides the units"),
    "per_year": WordList("phrase", "phrases after a figure that make it an annual rate"),
    "years": WordList("word", "words naming a year as the unit of a rate"),
    "qualifier_cancels": WordList("qualifier word written before the number, words after the "
                                  "figure that make it a verb",
                                  "vượt 12 HTX so với kế hoạch: exceeded by, not over"),
    "id_cues": WordList("word[, a word after it that makes it no cue]",
                        "words after which a number identifies something (lần thứ, ครั้งที่)"),
    "id_cues_strict": WordList("word", "such words even with a unit after the number"),
    # dates (coopdocs/rules/dates.py)
    "months": WordList("name, month number", "month names, full and abbreviated",
                       "needed when a [[dates.patterns]] pattern names {MONTHS}"),
    "weekdays": WordList("name", "weekday names before a date",
                         "needed when a [[dates.patterns]] pattern names {WEEKDAYS}"),
    # phrases: subjects, targets, references, meetings, tasks, document types, tables
    "subject_stops": WordList("word", "words that end the look-back for a figure's subject"),
    "subject_joiners": WordList("word", "words that join the parts of a subject"),
    "target_cues": WordList("word[, role: deadline|deadline_only|forecast|title|heading|"
                            "plan_deadline]", "cues that state a goal"),
    "result_cues": WordList("word[, kind: result|estimate|baseline|budget|loan|eligibility|"
                            "adjacent]", "cues of results, estimates, budgets, loan terms and "
                                         "eligibility: what figures after one are no goal"),
    "target_blockers": WordList("word", "names of lists and rankings: a number right after one "
                                        "is no goal"),
    "goal_verbs": WordList("word", "words that keep a set word right after them a stated goal "
                                   "(ตั้งเป้าหมาย), not a designated set"),
    "ordinal_counters": WordList("word", "counter words that make the next number cue an "
                                         "ordinal (ครั้งที่ 5), no document number"),
    "budget_words": WordList("word", "words after an amount that make it a budget line"),
    "directions": WordList("word, direction", "verbs giving a target's direction"),
    "indicator_prefix": WordList("kind, prefix", "how a count target's indicator is named"),
    "leadin_endings": WordList("word", "line endings that introduce a list under them"),
    "doc_types": WordList("word, kind", "document-type names heading a document"),
    "doc_kinds": WordList("word, kind", "names of cited documents -> reference kind"),
    "doc_abbrev": WordList("abbreviation, kind", "kind abbreviations inside document symbols"),
    "ref_number_cues": WordList("word", "words between a document's name and its number"),
    "ref_not_documents": WordList("word", "words that begin with a document kind but name none"),
    "issuer_stops": WordList("word", "words that end an issuer phrase"),
    "meeting": WordList("word, role", "meeting vocabulary (chair, attendees, place ...)"),
    "titles": WordList("word, role (honorific|title|deputy ...)", "words around a person's name"),
    "not_names": WordList("word", "capitalised words that begin no person's name"),
    "task_cues": WordList("word, role (cue|directive|bare)", "cues of an assignment"),
    "task_not_cues": WordList("word, side (before|after|state)",
                              "words around a task cue that make it none (đã giao, ให้แก่), "
                              "and states that follow no order (ให้สหกรณ์เป็น...)"),
    "task_modals": WordList("word, strength (strong|lead|soft|not)",
                            "words of obligation after a body (cần, ต้อง, chủ trì)"),
    "task_collaborators": WordList("word", "words before the bodies that work with the "
                                           "assignee (phối hợp với, ร่วมกับ)"),
    "task_reports": WordList("word", "words after a body that report work done (đã, ได้)"),
    "task_verbs": WordList("word", "action verbs that end an assignee phrase"),
    "assignee_ends": WordList("word", "other words that end the name of an assignee"),
    "org_heads": WordList("word, kind (org|collective|not)",
                          "words that begin the name of a body, a kind of body, or neither"),
    "org_name_words": WordList("word", "lower-case words that go on a body's capitalised name "
                                       "(tỉnh, chi nhánh)"),
    "table_headers": WordList("word, role", "table column headers (unit, target, result, "
                                            "baseline, estimate, row_number)"),
    # what each figure measures, and its role (coopdocs/rules/indicators.py, roles.py)
    "indicators": WordList("id, kinds, phrase (… a gap)",
                           "the indicator list: ids shared by every language"),
    "indicator_links": WordList("phrase, kind (link|form|owner)[, form]",
                                "words between a noun phrase and its figure"),
    "indicator_drop": WordList("phrase[, anywhere]", "cues and fillers a noun phrase starts after"),
    "indicator_cut": WordList("phrase", "words that end a phrase read after a figure"),
    "indicator_trim": WordList("word[, joins]", "joiners trimmed from the ends of a phrase"),
    "indicator_inherit": WordList("phrase, kind (owner|part|elided)",
                                  "words that make a figure part of the one before"),
    "indicator_measures": WordList("kind (count|percent), word", "measure words heading a phrase"),
    "indicator_predicates": WordList("word", "words that begin what is said of a noun"),
    "indicator_headings": WordList("word", "words opening a heading that names a noun"),
    "indicator_events": WordList("verb", "verbs that make or undo what a count counts"),
    "generic_units": WordList("word", "counted nouns that name no kind of thing (đơn vị)"),
    "role_cues": WordList("phrase, role, where (before|at|head)[, word that follows]",
                          "cues of a figure's role when it is no target"),
    # scoring (coopdocs/evaluate/)
    "abbreviations": WordList("abbreviation, full form",
                              "abbreviations expanded before phrases are compared"),
    # writing documents (coopdocs/render/)
    "render_currencies": WordList("ISO 4217 code, name", "the name of a currency after an amount",
                                  _WRITE),
    "render_scales": WordList("power of ten, word", "the scale word before a currency", _WRITE),
    "render_qualifiers": WordList("qualifier, word", "the word of a figure's qualifier", _WRITE),
    "render_kinds": WordList("reference kind, name", "the name of a cited document's kind",
                             _WRITE),
    "render_indicators": WordList("indicator id, name",
                                  "the name of an indicator in a table of targets or results"),
    "render_templates": WordList("name, kind, description",
                                 "the built-in templates written in the language"),
    "render_labels": WordList("word, role (header|guests|body|agenda|conclusion|closing|"
                              "signature|none)",
                              "how meeting notes lay out what minutes print: the labels that "
                              "state a fact, open the proceedings, an agenda item or a "
                              "conclusion, or close them"),
    # plans against results (coopdocs/progress/)
    "progress_words": WordList("key, word", "the words of a progress table: statuses, the "
                               "reasons a pair is not comparable, column heads"),
    "progress_scopes": WordList("word, level (province|city|district|commune|subdistrict|"
                                "nation), stop or not", "the places a plan or report applies to, as "
                                "its title names them, the words that end a place's name and words that hold a "
                                "level word but name no place"),
    "progress_units": WordList("unit, base unit, factor", "units of measure a plan and a report "
                               "may write differently, made comparable"),
}


def optional(name: str, asked: bool) -> bool:
    """Whether a missing ``name``.tsv means no such words: if the caller says so (``asked``)
    or :data:`LISTS` declares it optional."""
    spec = LISTS.get(name)
    return asked or (spec is not None and not spec.needed)


def missing(name: str) -> str:
    """The message for a needed list that is not there."""
    spec = LISTS.get(name)
    what = f" ({spec.doc}; {spec.needed})" if spec else ""
    return f"the word list {name}.tsv is missing{what}"
