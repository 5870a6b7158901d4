"""A language's profile: the facts the generic grammars branch on, declared as data.

Each language folder ``lang/<code>/`` holds ``profile.toml`` plus the word lists (``*.tsv``)
the grammars read. The profile is validated against :data:`SCHEMA` when it is loaded, in the
way dateparser validates its per-language files: an unknown section or key, a missing key or a
value of the wrong type is an error naming the file, never a silent fallback to another
language. Grammars read it as ``profile(code).numbers.decimal_mark``.

Adding a key: declare it in :data:`SCHEMA` (type and, if optional, a default), then give it a
value in every ``profile.toml`` that needs one. Keys with a default are refinements a
language may lack (no range words, no era); a whole section may be left out only if
:data:`OPTIONAL_SECTIONS` says so (``[render]``: a language coopdocs reads but does not write).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import LanguageError

_MISSING = object()


@dataclass(frozen=True)
class Key:
    """One profile key: its type and its default (``_MISSING``: the key is required)."""

    type: type | tuple[type, ...]
    default: Any = _MISSING
    doc: str = ""
    item: type | None = None  # for a list: the type of every element
    choices: tuple = ()  # if given: the values allowed (for a list: of every element)


_NUMBER = (int, float)

# How coopdocs writes documents in the language (coopdocs/render/); the word lists of the same
# layer are lang/<code>/render_*.tsv. Formats are Python format strings with named fields.
RENDER: dict[str, Key] = {
    # numbers and money
    "locale": Key(str, doc="Babel locale of numbers and month names; also Word's language tag"),
    "percent": Key(str, doc="a percentage in running text, field {n}: '{n}%'"),
    "percent_unit": Key(str, doc="the unit column of a percentage in a table"),
    "qualified_percent": Key(str, doc="a qualified percentage, fields {qualifier} {percent}"),
    "money_unit": Key(str, doc="scale word and currency name, fields {scale} {currency}"),
    "per_unit": Key(str, doc="a rate's unit, fields {unit} {per}: '{unit}/{per}'"),
    "per_year": Key(str, doc="the word of 'per year' in a rate's unit"),
    # dates and times
    "date_long": Key(list, doc="parts of a long date, each kept when its fields {day} {month} "
                                "{year} are known"),
    "date_long_separator": Key(str, doc="between the parts of a long date"),
    "date_year_alone": Key(str, doc="a long date that is a year alone, field {year}"),
    "date_short": Key(list, doc="parts of a short date, as date_long"),
    "date_short_separator": Key(str, doc="between the parts of a short date"),
    "day_digits": Key(int, doc="least digits of a day number (2: leading zero below 10)"),
    "months_with_zero": Key(list, doc="month numbers written with a leading zero"),
    "month_long": Key(str, doc="month in a long date: number, or a Babel width (wide, abbreviated)"),
    "month_short": Key(str, doc="month in a short date, as month_long"),
    "blank_date": Key(str, doc="a long date nobody gave, fields {dots} {short_dots}"),
    "time": Key(str, doc="a time of day, fields {h} {hh} {mm}"),
    "time_on_the_hour": Key(str, doc="a time of day with no minutes, as time"),
    "blank_time": Key(str, doc="a time nobody gave, fields {dots} {short_dots}"),
    # the context built from records
    "other_subject": Key(str, doc="the group of figures that name no subject"),
    "numbered_document": Key(str, doc="a cited document given by its number alone, fields "
                                        "{kind} {number}"),
    "reference_date": Key(str, doc="the date of a cited document, field {date}"),
    "reference_date_style": Key(str, doc="long or short: the date form in reference_date"),
    "reference_issuer": Key(str, doc="the issuer of a cited document, field {issuer}"),
    "title_types": Key(list, doc="document-type words that open a title (dropped from it)"),
    "meeting_nouns": Key(list, doc="words that open the name of a meeting"),
    "meeting_title": Key(str, doc="a meeting's name made from its subject, field {subject}; "
                                    "'' to make none"),
    "conclusion_start": Key(str, doc="the word that opens the title of a notice of conclusions"),
    "conclusion_venue": Key(str, doc="the word (with its spaces) before the meeting's name in "
                                       "that title"),
    "session_words": Key(list, item=str, default=[],
                         doc="the words before a meeting's number in a series (lần thứ, ครั้งที่)"),
    "session_in_title": Key(bool, default=True,
                            doc="the minutes print the meeting's number inside its name (else on "
                                "a line of its own: it is taken out of the name)"),
    "honorific_in_names": Key(bool, default=False,
                              doc="a person's name is printed with the honorific the notes write "
                                  "before it (นาย, นางสาว) everywhere, signatures too; else only "
                                  "where the template asks for full_name"),
    "session_title": Key(str, default="{title}",
                         doc="a meeting's name that lacks its number, with it: fields {title} "
                             "{session}"),
    # plans and reports (coopdocs/render/content.py, header.py)
    "agency_units": Key(list, item=str, default=[],
                        doc="administrative units after which a proper name follows (tỉnh): an "
                            "agency written in capitals is printed in sentence case, the name "
                            "after the last of them capitalised"),
    "agency_labels": Key(list, item=str, default=[],
                         doc="labels before the agency in a document's header (ส่วนราชการ)"),
    "national_lines": Key(list, item=str, default=[],
                          doc="the national title and motto lines of a header (never an agency)"),
    "heading_words": Key(list, item=str, default=[],
                         doc="words that open a numbered section heading (Phần, ส่วนที่)"),
    "measure_words": Key(list, item=str, default=[],
                         doc="words before what a figure counts (số, tổng số, จำนวน): an "
                             "indicator is compared with its list phrases without them"),
    "law_name_ends": Key(list, item=str, default=[],
                         doc="words after a law's name, before its number or year (số, năm, "
                             "พ.ศ.): laws of the same name are versions of one law"),
    "year_column": Key(str, default="{year}",
                       doc="the head of a table column of one year's targets, field {year}"),
    "no_deadline": Key(str, default="",
                       doc="the head of the column of targets that name no year"),
    "baseline_head": Key(str, default="",
                         doc="the head of the targets table's baseline column"),
    "baseline_head_year": Key(str, default="{year}",
                              doc="that head when every baseline is of one year, field {year}"),
    "baseline_year": Key(str, default="({year})",
                         doc="the year after a baseline value, field {year}"),
    # coopdocs demo
    "demo_agency": Key(str, doc="the agency named in the demo's documents"),
    "demo_place": Key(str, doc="the place named in the demo's documents"),
    # the house style of the built-in templates (templates/build.py)
    "font": Key(str, doc="the one font of a document"),
    "font_size": Key(_NUMBER, doc="body text, pt"),
    "small_font_size": Key(_NUMBER, doc="header lines and table cells, pt"),
    "margins_cm": Key(list, doc="top, bottom, left, right page margins, cm"),
    "first_line_indent_cm": Key(_NUMBER, doc="first-line indent of body paragraphs, cm"),
    "justify": Key(str, doc="Word's justification of body text (w:jc value)"),
    "line_spacing": Key(_NUMBER, doc="line spacing of body paragraphs"),
    "page_number": Key(str, doc="page number at the top from page 2, field {page}"),
    "page_number_format": Key(str, default="",
                              doc="Word's page number format in the language's own digits "
                                  "(w:pgNumType w:fmt, 'thaiNumbers'); '' when it has none"),
    "doctype_space_before": Key(_NUMBER, doc="space before the document type line, pt"),
    "doctype_font_size": Key(_NUMBER, doc="the document type line, pt"),
    "recipients_head_font_size": Key(_NUMBER, doc="the recipients' heading, pt (0: the body size)"),
    "recipients_head_italic": Key(bool, doc="whether the recipients' heading is in italics"),
    "recipients_font_size": Key(_NUMBER, doc="the recipients' lines, pt (0: the body size)"),
}

# section -> key -> Key. Sections group the facts by the layer that reads them.
SCHEMA: dict[str, dict[str, Key]] = {
    "language": {
        "name": Key(str, doc="the language's English name"),
        "spacy_lang": Key(str, doc="the spaCy language code of the blank pipeline ('xx' if none)"),
        "tokenizer": Key(str, doc="registered tokenizer factory, e.g. 'coopdocs.th_tokenizer.v1'"),
        "tesseract": Key(str, default="",
                         doc="Tesseract's codes of the trained data to read the language with, "
                             "for OCR (Debian tesseract-ocr-<code>), e.g. 'vie'; '' none"),
    },
    "text": {
        "spaced": Key(bool, doc="words are separated by spaces: word lists match between "
                                "non-letters; else the tokenizer's word boundaries decide"),
        "ignore_case": Key(bool, doc="word lists match whatever the letter case"),
        "optional_marks": Key(str, default="",
                              doc="regex class body of the marks damaged exports lose (PDF "
                                  "fonts): listed words are restored without them; '' none"),
        "restore_lists": Key(list, item=str, default=[],
                             doc="word lists (tsv names) whose words are restored wherever "
                                 "they stand with optional marks lost (3 letters or more)"),
        "restore_openers": Key(list, item=str, default=[],
                               doc="words a restored listed word may be written against "
                                   "(วันศุกร, เดือนกุมภาพันธ); elsewhere it starts after a "
                                   "non-letter"),
        "restore_end": Key(str, default="",
                           doc="regex (a lookahead) of what may follow a word restored from "
                               "restore_lists"),
        "restore_after_number": Key(list, item=str, default=[],
                                    doc="word lists whose words are restored right after a "
                                        "number with optional marks lost (20 ป: ปี)"),
        "restore_after_number_end": Key(str, default="",
                                        doc="regex (a lookahead) of what may follow a word "
                                            "restored after a number"),
        "letters": Key(str, default="", doc="regex character range of the letters of the "
                       "language's own script ('' for the Latin alphabet)"),
    },
    "numbers": {
        "decimal_mark": Key(str, doc="the mark before the decimals of a number ('1,3' or '1.3')"),
        "group_mark": Key(str, doc="the mark between groups of three digits ('1.981' or '1,981')"),
        "native_digits": Key(bool, doc="the language has digits of its own, listed in digits.tsv "
                                       "(digit, ASCII digit); they read as ASCII digits"),
        "word_digits_format": Key(str, default="",
                                  doc="the w:numFmt of Word's list numbers written in the "
                                      "language's own digits (thaiNumbers); '' none"),
        "one_words": Key(list, (), item=str,
                         doc="the words for 'one': alone they are an article, no figure, "
                             "unless one_with_unit or one_after says otherwise"),
        "one_with_unit": Key(bool, default=False,
                             doc="a lone 'one' with a unit or classifier right after it is a "
                                 "count (หนึ่งแห่ง: the article form puts it after the "
                                 "classifier, แห่งหนึ่ง)"),
        "one_after": Key(list, item=str, default=[],
                         doc="words after which a lone 'one' with a unit is a count (thành lập "
                             "thêm một hợp tác xã); elsewhere it is an article"),
        "vague_before": Key(list, item=str, default=[],
                            doc="words that make number words starting with a scale word "
                                "vague, no figure (หลายล้าน, นับแสน)"),
    },
    "dates": {
        "patterns": Key(list, item=dict,
                        doc="the date grammar: [[dates.patterns]] tables of a kind and a pattern "
                            "(a re.VERBOSE regex; coopdocs/rules/dates.py lists the kinds, the "
                            "group names and the {PLACEHOLDERS})"),
        "pieces": Key(dict, default={}, doc="named regex pieces the patterns use as {NAME}"),
        "era": Key(str, "", doc="the calendar of years written in the language's own era "
                                "('buddhist'), '' if it writes Common-Era years only"),
        "era_offset": Key(int, 0, doc="era year - Common-Era year (543 for the Buddhist era); "
                                      "needed with an era"),
        "era_from": Key(int, 0, doc="four-digit years from this one up are era years (2400); "
                                    "needed with an era"),
        "era_mark": Key(str, "", doc="regex of the mark written before an era year (พ.ศ.), "
                                     "'' none"),
        "common_era_mark": Key(str, "", doc="regex of the mark before a Common-Era year (ค.ศ.), "
                                            "'' none"),
        "short_year_base": Key(int, 0, doc="a two-digit year N is year base+N, in the era when "
                                           "the language has one (2500: พ.ศ. 65 is 2565; 2000: "
                                           "3/3/17 is 2017); 0: two-digit years are not years"),
        "fiscal_year_start": Key(int, 1, doc="the month the fiscal year named after year N starts "
                                             "in, in year N-1 (10: October); 1: the calendar "
                                             "year"),
        "first_words": Key(list, (), item=str,
                           doc="words naming the first months of a year (vs the last)"),
    },
    "figures": {
        "currency": Key(str, doc="ISO 4217 code of an amount whose currency is not written"),
        "money_scale_from": Key(int, doc="a number with a scale word of at least this and no unit "
                                         "is an amount of money (1: any scale word)"),
        "range_words": Key(list, (), item=str,
                           doc="words between the two ends of a range (besides a dash)"),
        "range_openers": Key(list, (), item=str,
                             doc="qualifier words that open a range (từ 5 đến 10): with a range "
                                 "they are no at_least qualifier"),
        "percent_words": Key(list, (), item=str,
                             doc="words for 'per cent' after a number (besides %)"),
        "percent_before": Key(list, (), item=str,
                              doc="words for 'per cent' written before the number"),
        "per_marks": Key(list, (), item=str,
                         doc="marks and words between a figure and its per-unit (/, per)"),
        "per_any_word": Key(bool, False,
                            doc="the per-unit after a per mark is any word or two (and a second "
                                "/word); else only units.tsv and per_nouns.tsv"),
        "per_before_suffix": Key(str, "", doc="suffix making a noun before the number its "
                                              "per-unit (คนละ 500 บาท), '' none"),
        "qualifier_colon": Key(bool, False,
                               doc="a colon may follow a qualifier written before the number"),
        "line_end_number_is_name": Key(bool, False,
                                       doc="a bare number ending a line after a space names "
                                           "something (กลุ่ม 1), no figure"),
        "classifier_required": Key(bool, False,
                                   doc="a number with no unit, classifier, currency, per cent "
                                       "or scale is no figure outside table cells (list "
                                       "markers, page numbers)"),
        "average_words": Key(list, (), item=str,
                             doc="words for 'on average' that give the next figure its per-unit: "
                                 "'bình quân 1 HTX' (empty: none)"),
        "average_links": Key(list, (), item=str,
                             doc="words that may link an average word to its 'one'"),
        "masks": Key(list, (), item=str,
                     doc="regexes (re.VERBOSE) whose matches hold no figure: clock times, letter "
                         "numbers, phones of this language; {D} is a digit, {DIGITS} the digits "
                         "for a class"),
    },
    "sentences": {
        "end_marks": Key(list, (), "marks that end a sentence when whitespace follows ('.', '?'); "
                                   "none: one sentence a line", item=str),
        "clause_marks": Key(list, (), "marks that also end a clause (';'): a figure's year is "
                                      "looked for in its clause", item=str),
    },
    "phrases": {
        "max_subject_words": Key(int, 0, doc="the most words a figure's subject takes from "
                                             "before it (0: figures take no subject)"),
        "count_unit_is_noun": Key(bool, False, "a count's unit is the counted noun itself "
                                               "('1.981 tổ hợp tác'), not a classifier ('แห่ง'): "
                                               "it is then the count's subject"),
        "list_letters": Key(str, "", "letters besides a-z that label list items ('đ' for 'đ)'), "
                                     "as the inside of a regex class"),
        "day_words": Key(list, (), "words for 'day' a date can open with (ngày 5/6, วันที่ 5)",
                         item=str),
        "month_words": Key(list, (), "words for 'month' a date can open with (tháng 6/2025)",
                           item=str),
    },
    "indicators": {
        "max_words": Key(int, 16, "the most words (tokens) an indicator phrase read from the text "
                                  "keeps"),
        "relative": Key(str, "", "the word that joins a noun to what is said of it (ที่: "
                                 "สหกรณ์ที่ผ่านเกณฑ์); '' none"),
        "per_form": Key(str, "", "how an indicator names the unit a figure is given per, fields "
                                 "{np} {per} ('{np}ต่อ{per}'); '' leaves it out"),
    },
    "doctype": {
        "max_heading_chars": Key(int, 0, "a longer line opening with a document-type word is "
                                         "prose, no heading (0: no limit)"),
    },
    "tables": {},
    "targets": {
        "chain_chars": Key(int, 0, "in a line without sentence marks, a goal cue also governs "
                                   "the figures that follow each other within this many "
                                   "characters; 0: a cue governs its sentence"),
        "comparison_cues": Key(list, (), "words before a year compared against (so với năm "
                                         "2020): no deadline", item=str),
        "plan_words": Key(list, (), "words after a percent that measure it against the plan "
                                    "(100,5% kế hoạch): a result, no target", item=str),
        "plan_linkers": Key(list, (), "words that may join a percent to ``plan_words`` (so với)",
                            item=str),
        "period_words": Key(list, (), "words after a duration that make it a period of "
                                      "implementation (3 năm thực hiện), no goal", item=str),
        "plan_compounds": Key(list, (), "continuations that make a plan word another word "
                                        "(แผน+ปฏิบัติการ: an action plan)", item=str),
        "section_words": Key(list, (), "words that open the next part of a document (Phần, "
                                       "หมวด): a list of goals ends there", item=str),
        "numbered_section_words": Key(list, (), "such words when a number follows (Điều 5)",
                                      item=str),
        "continuations": Key(list, (), "words opening a paragraph that goes on with the goals of "
                                       "the paragraph before (Trong đó): the deadline stated "
                                       "there governs it too", item=str),
        "set_words": Key(list, (), "goal words that, right after a noun, name a designated set "
                                   "(หมู่บ้านเป้าหมาย 500 หมู่บ้าน): the count after them is no "
                                   "goal; goal_verbs.tsv lists the words that keep them a goal",
                         item=str),
        "approval_words": Key(list, (), "words by which a body approves a project (เห็นชอบ): "
                                        "after them, a total of what a per-unit amount is given "
                                        "for states the project's scale, a goal", item=str),
        "total_words": Key(list, (), "words before such a total (จำนวน, รวม)", item=str),
        "property_links": Key(list, (), "words joining a counted noun to a bound on its own "
                                        "parts (40 hợp tác xã có từ 50 thành viên trở lên): the "
                                        "bound is a condition, no goal", item=str),
    },
    "references": {
        "patterns": Key(list, (), item=dict,
                        doc="the reference grammar: [[references.patterns]] tables of a shape "
                            "and a pattern (a re.VERBOSE regex; coopdocs/rules/references.py "
                            "lists the shapes, the group names and the {PLACEHOLDERS})"),
        "pieces": Key(dict, {}, "named regex pieces the patterns use as {NAME}"),
        "symbols_of": Key(str, "", "the language whose doc_abbrev.tsv reads document symbols "
                                   "(20-NQ/TW) cited in this one's texts; '': its own"),
        "own_number_labels": Key(list, (), "labels before a document's own number heading its "
                                           "line (Số:)", item=str),
        "issue_words": Key(list, (), "words between a mention and its issue date (ban hành, "
                                     "ลง)", item=str),
        "issue_by": Key(list, (), "words opening a passive issue phrase with its issuer between "
                                  "them and an issue word (được Quốc hội thông qua ngày ...)",
                        item=str),
        "issuer_words": Key(list, (), "the word before a cited document's issuer (của, ของ)",
                            item=str),
        "conjunctions": Key(list, (), "words joining a second document to a mention (và): its "
                                      "kind word ends the issuer", item=str),
        "ordinal_words": Key(list, (), "a word an issuer may end with, before a number "
                                       "(ชุดที่ 5)", item=str),
        "date_reach": Key(int, 0, "a document cited by its date alone (shape unnumbered) takes "
                                  "a date this many characters later on its line, after an "
                                  "issue word (ที่ประชุม ครม. ... เมื่อวันที่ ...); 0: only an "
                                  "adjacent date"),
    },
    "meeting": {
        "person_names": Key(str, doc="how a person's name is told: 'capitalised' (a run of "
                                     "capitalised words) or 'prefixed' (after a personal "
                                     "prefix such as นาย, titles.tsv 'honorific')",
                            choices=("capitalised", "prefixed")),
        "chair_forms": Key(list, ("label", "named_after", "named_before"),
                           "the forms that name the chair, tried in this order: 'label' "
                           "(Chủ trì: ...), 'named_after' (chủ trì hội nghị là đồng chí ...), "
                           "'named_before' (... chủ trì, ... เป็นประธาน), 'attendee' (the "
                           "attendee titled as chair, meeting.tsv chair_title), 'opening' (who "
                           "chairs the opening: เป็นประธานเปิด...)", item=str,
                           choices=("label", "named_after", "named_before", "attendee",
                                    "opening")),
        "number_with_word": Key(bool, False, "a meeting's number is cited with its word (lần "
                                             "thứ 3), not as the number alone (ครั้งที่ 4/2568 "
                                             "-> 4/2568)"),
        "chair_label_mid_line": Key(bool, False, "a chair label may follow other words on its "
                                                 "line, not only open it"),
        "chair_lookback_chars": Key(int, 0, "how far back from a chair verb its chair is looked "
                                            "for; 0: to the clause's start"),
        "hour_marks": Key(list, (), "what joins the hours and minutes of a clock time "
                                    "(giờ, h; '.', ':'); none: no clock times", item=str),
        "minute_words": Key(list, (), "words after the minutes (phút)", item=str),
        "time_before": Key(list, (), "words a clock time must follow (เวลา)", item=str),
        "time_after": Key(list, (), "words a clock time must be followed by (น.)", item=str),
        "attendees_numbered": Key(bool, False, "attendees are listed as numbered lines (1. นาย "
                                               "...); if not, a numbered line ends the list"),
    },
    "tasks": {
        "deadline_cues": Key(list, (), "words right before a task's date that make it its "
                                       "deadline (trước, ภายใน)", item=str),
        "deadline_governors": Key(list, (), "words whose object's date, later in the clause, is "
                                            "the deadline (hoàn thành ... năm 2019)", item=str),
        "quarter_words": Key(list, (), "words for a quarter of a year (quý II/2026: its last "
                                       "month is the deadline)", item=str),
        "assignee_prefixes": Key(list, (), "words an assignee may begin with before its head: "
                                           "quantifiers (các sở, ทุกระดับ); a collective head "
                                           "(org_heads.tsv) needs one", item=str),
        "not_assignees": Key(list, (), "words that begin no assignee", item=str),
        "names_capitalised": Key(bool, False, "a body's name goes on over capitalised words (Sở "
                                              "Kế hoạch và Đầu tư); if not, over the letters up "
                                              "to a space or a word that ends it"),
        "name_joiners": Key(list, (), "words joining two bodies (và, และ): before another body "
                                      "they name a second one, else they are part of the name",
                            item=str),
        "abbreviation": Key(str, "", "regex (re.VERBOSE) of an abbreviation that may follow a "
                                     "name after a space (สำนักงาน สภช.); '' none"),
        "scope_openers": Key(list, (), "words opening a passage of directives (Để đạt được mục "
                                       "tiêu ...): there, a sentence opening with a body and an "
                                       "urging word (task_modals.tsv soft) is a task", item=str),
        "scope_paragraphs": Key(int, 0, "after a paragraph with an assignment, this many "
                                        "paragraphs opening with a body and an action are tasks "
                                        "too (the chair's directives go on)"),
    },
    "detect": {
        "script": Key(list, (), "Unicode ranges of a script only this language writes, as "
                                "'0E00-0E7F'", item=str),
        "letters": Key(str, "", "letters of a shared script only this language writes (đĐ)"),
        "marks": Key(list, (), "combining marks only this language writes on letters of a "
                               "shared script (tones, horn)", item=str),
        "encodings": Key(list, (), "the 8-bit codes older files of the language are written in, "
                                   "tried on files that are no Unicode: a Python codec name "
                                   "(windows-1258) or a byte table <name>.tsv of the folder "
                                   "(tcvn3, vni)", item=str),
    },
    "render": RENDER,
}

# Sections a profile may leave out whole, and what their absence means. A section given must
# have all its required keys; a section left out answers every key with a LanguageError
# saying what the language lacks, where it is first needed.
OPTIONAL_SECTIONS: dict[str, str] = {
    "render": "coopdocs reads {name} but does not write it: the profile has no [render] "
              "section",
}


class Section:
    """The keys of one profile section as read-only attributes."""

    def __init__(self, name: str, values: dict[str, Any]):
        self._name = name
        self._values = MappingProxyType(values)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"profile section [{self._name}] has no key {key!r}") from None

    def __repr__(self) -> str:
        return f"Section({self._name!r}, {dict(self._values)!r})"


class Absent:
    """An optional section a profile leaves out: any key is a :class:`LanguageError`."""

    def __init__(self, name: str, message: str, where: str):
        self._name, self._message, self._where = name, message, where

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        self.fail()

    def fail(self):
        raise LanguageError(self._message, self._where)

    def __repr__(self) -> str:
        return f"Absent({self._name!r})"


class Profile:
    """A validated language profile: ``code``, ``folder`` and one :class:`Section` a section."""

    def __init__(self, code: str, folder: Path, data: dict[str, dict[str, Any] | None]):
        self.code = code
        self.folder = folder
        where = str(folder / "profile.toml")
        for name, values in data.items():
            if values is None:
                message = OPTIONAL_SECTIONS[name].format(name=data["language"]["name"])
                setattr(self, name, Absent(name, message, where))
            else:
                setattr(self, name, Section(name, values))

    def has(self, section: str) -> bool:
        """Whether the profile gives ``section`` (an optional one may be left out)."""
        return isinstance(getattr(self, section, None), Section)

    def require(self, section: str) -> Section:
        """The section; a :class:`LanguageError` saying what the language lacks if the
        profile leaves it out."""
        found = getattr(self, section)
        if isinstance(found, Absent):
            found.fail()
        return found

    def __repr__(self) -> str:
        return f"Profile({self.code!r}, {str(self.folder)!r})"


def load_profile(code: str, folder: Path) -> Profile:
    """Read and validate ``folder/profile.toml``; :class:`LanguageError` names what is wrong."""
    path = folder / "profile.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise LanguageError(f"cannot read the language profile: {e}", str(path)) from None
    return Profile(code, folder, validate(raw, str(path)))


def validate(raw: dict[str, Any], where: str) -> dict[str, dict[str, Any] | None]:
    """The profile's sections with defaults filled in (None: an optional section left out);
    :class:`LanguageError` on any mismatch."""
    unknown = sorted(set(raw) - set(SCHEMA))
    if unknown:
        raise LanguageError(f"unknown profile section(s): {', '.join(unknown)}", where)
    out: dict[str, dict[str, Any] | None] = {}
    for section, keys in SCHEMA.items():
        if section in OPTIONAL_SECTIONS and section not in raw:
            out[section] = None
            continue
        given = raw.get(section, {})
        if not isinstance(given, dict):
            raise LanguageError(f"[{section}] must be a table", where)
        extra = sorted(set(given) - set(keys))
        if extra:
            raise LanguageError(f"[{section}] has unknown key(s): {', '.join(extra)}", where)
        out[section] = {k: _value(section, k, spec, given, where) for k, spec in keys.items()}
    _check_era(out["dates"], where)
    return out


def _check_era(dates: dict[str, Any], where: str) -> None:
    """A language that writes years in an era of its own says how far it is from ours."""
    for key in ("era_offset", "era_from"):
        if dates["era"] and not dates[key]:
            raise LanguageError(f"[dates] era {dates['era']!r} needs {key} "
                                f"({SCHEMA['dates'][key].doc})", where)


def _value(section: str, key: str, spec: Key, given: dict[str, Any], where: str) -> Any:
    if key not in given:
        if spec.default is _MISSING:
            raise LanguageError(f"[{section}] misses the key {key!r} ({spec.doc})", where)
        return spec.default
    value = given[key]
    if isinstance(value, bool) and spec.type is not bool and bool not in _types(spec.type):
        raise LanguageError(f"[{section}] {key} must be {_type_name(spec.type)}", where)
    if not isinstance(value, spec.type):
        raise LanguageError(f"[{section}] {key} must be {_type_name(spec.type)}", where)
    if spec.item is not None and not all(isinstance(v, spec.item) for v in value):
        raise LanguageError(f"[{section}] {key} must be a list of {spec.item.__name__}", where)
    wrong = [v for v in (value if isinstance(value, list) else [value])
             if spec.choices and v not in spec.choices]
    if wrong:
        raise LanguageError(f"[{section}] {key}: {wrong[0]!r} is none of "
                            f"{', '.join(map(repr, spec.choices))}", where)
    return tuple(value) if isinstance(value, list) else value


def _types(t) -> tuple[type, ...]:
    return t if isinstance(t, tuple) else (t,)


def _type_name(t) -> str:
    return " or ".join(x.__name__ for x in _types(t))
