"""Linear growth of the figures and dates layer, the targets and references layer, the tasks
and the meeting on hostile text.

    .venv/bin/python bench/linear.py                      # every case, 10k and 100k characters
    .venv/bin/python bench/linear.py --only digit-run     # cases whose name contains a word
    .venv/bin/python bench/linear.py --cap 30 --repeats 1 # give up on a case after 30 s

Each case is a text shape that makes a backtracking regex or a per-match scan slow (a run of
digits, a number followed by spaces, a report with its line breaks removed, ...), built at
each size. The text is tokenized; the layer's components and those they need
(``coopdocs_dates``, ``coopdocs_references``, ``coopdocs_figures``; ``--all``: every
component) run on it in order, each timed alone; then the layer's own steps are timed alone
on the same Doc (the *rules*: ``normalised``, the NFC and repaired copy extraction reads,
and the grammars ``find_dates`` and ``find_figures``). The result is the
ratio of the time at the largest size to the time at the smallest, for the rules and for the
layer's components (``coopdocs_dates`` + ``coopdocs_figures``, which add the figures' subject
and year): linear growth gives the ratio of the sizes (10), a quadratic scan its square
(100). Cases of the targets layer (goal cues, headings, runs and deadlines on one line,
cabinet decisions, spaced symbols, ...) run every component up to ``coopdocs_targets`` and
time ``find_references`` + ``find_targets`` alone (*rules*) and ``coopdocs_references`` +
``coopdocs_targets`` (*components*); cases of the tasks layer (``Giao Sở A`` and spaces,
clauses and cues on one line) time ``find_tasks`` and ``coopdocs_tasks``, those of the
meeting ``find_meeting`` and ``coopdocs_meeting``. **Bar: ratio <= 15.** Other components whose time grew past the bar are named, for
information (with ``--all`` a quadratic component elsewhere can reach ``--cap``).

Times are CPU seconds of the worker process (``time.process_time``), not wall time: on a
shared machine a longer run is preempted more often than a short one, which would inflate
the ratio of a linear step. Each case runs in its own worker process, so that a case that has not finished after
``--cap`` seconds is stopped and reported as such, and the others still run.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BAR_RATIO = 15.0
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Layer:
    components: tuple[str, ...]  # timed together as the layer
    rules: tuple[str, ...]  # its own steps, timed alone

    @property
    def needed(self) -> list[str]:
        """The components run, in pipeline order: the layer's and all they require."""
        from coopdocs import categories

        names = [c.removeprefix("coopdocs_") for c in self.components]
        return [s.factory for s in categories.closure(names)]


LAYERS = {
    "figures": Layer(("coopdocs_dates", "coopdocs_figures"),
                     ("normalised", "find_dates", "find_figures")),
    "targets": Layer(("coopdocs_references", "coopdocs_targets"),
                     ("find_references", "find_targets")),
    "tasks": Layer(("coopdocs_tasks",), ("find_tasks",)),
    "meeting": Layer(("coopdocs_meeting",), ("find_meeting",)),
}


def _fill(unit: str, n: int, head: str = "", tail: str = "") -> str:
    """``head`` + ``unit`` repeated + ``tail``, ``n`` characters in all."""
    body = n - len(head) - len(tail)
    return head + (unit * (body // len(unit) + 1))[:body] + tail


def _corpus(lang: str, n: int, newline: str) -> str:
    """The corpus texts of ``lang`` in name order, each line break written as ``newline``,
    repeated to ``n`` characters: a real report pasted without its line breaks, or saved with
    old Mac line ends."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / lang).glob("*.txt"))]
    unit = "\n\n".join(texts).replace("\r\n", "\n").replace("\n", newline)
    return _fill(unit, n)


@dataclass(frozen=True)
class Case:
    name: str
    lang: str
    make: Callable[[int], str]
    why: str
    layer: str = "figures"


CASES = [
    Case("digit-run", "vi", lambda n: _fill("1", n, "Có "), "masks: {d}+ before a separator"),
    Case("thai-digit-run", "th", lambda n: _fill("๑", n, "มี "),
         "th mask {D}+ before เดือน"),
    Case("letter-run", "vi", lambda n: _fill("a", n), "e-mail mask [\\w.+-]+@"),
    Case("capital-run", "vi", lambda n: _fill("A", n), "code mask [A-Z]+{d}+"),
    Case("a.a.", "vi", lambda n: _fill("a.", n), "e-mail mask"),
    Case("1.1.", "vi", lambda n: _fill("1.", n), "e-mail mask, numeral"),
    Case("1.1.-th", "th", lambda n: _fill("1.", n), "e-mail mask, numeral"),
    Case("dashes", "vi", lambda n: _fill("-", n), "e-mail mask"),
    Case("1-1-", "vi", lambda n: _fill("1-", n), "document-symbol mask {d}+(?:[/-]{d}+)*"),
    Case("1/1/", "vi", lambda n: _fill("1/", n), "compound-number mask {d}+(?:/{d}+)+"),
    Case("number-spaces", "vi", lambda n: _fill(" ", n, "Có 5", "x"),
         "range [ ]*[ ]+đến, currency [ ]* searched everywhere"),
    Case("number-spaces-th", "th", lambda n: _fill(" ", n, "มี 5", "x"), "range [ ]*[ ]*ถึง"),
    Case("nbsp-run", "vi", lambda n: _fill("\u00a0", n), "currency [ \\u00a0]* at every position"),
    Case("numbers-spaced", "vi", lambda n: _fill("1 ", n), "one figure per two characters"),
    Case("thai-number-words", "th", lambda n: _fill("สอง", n), "e-mail mask over Thai letters"),
    Case("phone-digits-th", "th", lambda n: _fill("1", n, "โทร "), "masks over a digit run"),
    Case("phone-spaces-th", "th", lambda n: _fill(" ", n, "โทร 1"), "range, currency"),
    Case("letter-number-th", "th", lambda n: _fill(".1", n, "ก 123"), "e-mail mask"),
    Case("per-word", "vi", lambda n: _fill("a", n, "5 triệu/"), "per word [\\w\\-]*"),
    Case("A1A1", "vi", lambda n: _fill("A1", n), "code mask"),
    Case("bare-numbers-one-line", "vi", lambda n: _fill("a 12 b ", n),
         "section/name check: rfind of the line start per number"),
    Case("bare-numbers-one-line-th", "th", lambda n: _fill("ก 12 ข ", n),
         "name check: the line before and after each number"),
    Case("averaging-one-line", "vi",
         lambda n: _fill("bình quân 1 HTX đạt 5 tỷ đồng, ", n),
         "averaging: the next figure searched from the first"),
    Case("month-spaces", "vi", lambda n: _fill(" ", n, "tháng 1", "x"),
         "date \\s* (?: / | ,?\\s*năm )"),
    Case("quarter-spaces", "vi", lambda n: _fill(" ", n, "quý I", "x"),
         "date \\s* (?: /\\s* | ,?\\s* )"),
    Case("years-spaced", "vi", lambda n: _fill("2024 ", n), "one date per five characters"),
    Case("thai-years-spaced", "th", lambda n: _fill("2567 ", n), "one date per five characters"),
    Case("dates-slashed", "vi", lambda n: _fill("ngày 15/3/2024, ", n), "dates and masks"),
    Case("month-names-th", "th", lambda n: _fill("มกราคม ", n), "month names"),
    Case("words-and-spaces", "vi", lambda n: _fill("hai" + " " * 50, n), "number words, gaps"),
    Case("combining-run", "vi", lambda n: _fill("\u0301\u0323", n, "x"),
         "NFC: combining marks in reverse canonical order"),
    Case("thai-line-cut", "th", lambda n: _fill(" \t", n, "ก", "\n\u0e31"),
         "repair: spaces and tabs before a line cut"),
    Case("thai-year-spaces", "th", lambda n: _fill(" ", n, "ประจำป", "2566"),
         "repair: ป before spaces and a year"),
    Case("report-one-line", "vi", lambda n: _corpus("vi", n, " "),
         "per-figure lookups to the line start or end"),
    Case("report-cr", "vi", lambda n: _corpus("vi", n, "\r"), "CR-only line ends: one line"),
    Case("thai-paragraph", "th", lambda n: _corpus("th", n, " "), "a long Thai paragraph"),
    # the targets and references layer
    Case("goal-cues-one-line", "vi", lambda n: _fill("có 5 HTX, ", n),
         "goal cue looked for back to the line start per figure", "targets"),
    Case("goal-headings-scopes", "vi", lambda n: _fill("Mục tiêu đến năm 2030:\n- Có 5 HTX.\n", n),
         "every figure against every heading's scope", "targets"),
    Case("cued-dates-one-line", "vi", lambda n: _fill("có 5 HTX vào năm 2030, ", n),
         "deadlines before and after each figure", "targets"),
    Case("goal-runs", "vi", lambda n: _fill("Mục tiêu đến năm 2030 có 5 HTX. Có 6 HTX. ", n),
         "goal runs over sentences", "targets"),
    Case("cues-in-brackets", "vi", lambda n: _fill("(mục tiêu 5 HTX) 6 HTX, ", n),
         "the brackets around each cue", "targets"),
    Case("heading-words-one-line", "vi", lambda n: _fill("nhiệm vụ năm 2030 ", n),
         "a heading cue's line", "targets"),
    Case("thai-goal-chain", "th", lambda n: _fill("เป้าหมาย 5 แห่ง ", n),
         "cue chains on a long line", "targets"),
    Case("thai-deadlines-one-line", "th", lambda n: _fill("ภายในปี 2570 มี 5 แห่ง ", n),
         "deadlines next to figures", "targets"),
    Case("thai-future-one-line", "th", lambda n: _fill("จะมี 5 แห่ง ในปี 2570 ", n),
         "future tense: the year nearest each cue", "targets"),
    Case("thai-project-scale", "th", lambda n: _fill("เห็นชอบรายละ 5 บาท จำนวน 6 ราย ", n),
         "approval and per-unit amount looked for per count", "targets"),
    Case("laws-by-date", "vi", lambda n: _fill("Luật Đất đai ngày 1/1/2024 ", n),
         "law names up to their date", "targets"),
    Case("thai-cabinet", "th", lambda n: _fill("ที่ประชุม ครม. เมื่อวันที่ 5 มกราคม 2567 ", n),
         "a decision's date later on its line", "targets"),
    Case("thai-plan-periods", "th", lambda n: _fill("แผนพัฒนา ฉบับที่ 5 (พ.ศ. 2566-2570) ", n),
         "a period in brackets after each plan", "targets"),
    Case("spaced-symbols", "vi", lambda n: _fill("số 20 – NQ/TW – số ", n),
         "symbols joined by spaced dashes", "targets"),
    Case("report-one-line-targets", "vi", lambda n: _corpus("vi", n, " "),
         "sentences, runs and scopes without line breaks", "targets"),
    Case("thai-paragraph-targets", "th", lambda n: _corpus("th", n, " "),
         "a long Thai paragraph: chains and deadlines", "targets"),
    # the tasks layer
    Case("task-cue-spaces", "vi", lambda n: _fill(" ", n, "Giao Sở A"),
         "assignee: a name's next word after a run of spaces", "tasks"),
    Case("task-cue-spaces-th", "th", lambda n: _fill(" ", n, "มอบหมายให้สำนักงาน"),
         "assignee: glued letters, then spaces", "tasks"),
    Case("task-clauses-one-line", "vi", lambda n: _fill("các sở cần làm; ", n),
         "obligation: phrase starts before each modal, one sentence", "tasks"),
    Case("task-cues-one-line", "vi", lambda n: _fill("Đề nghị Sở A rà soát. ", n),
         "cued tasks, directive scope over one paragraph", "tasks"),
    Case("task-cues-one-line-th", "th", lambda n: _fill("ขอให้หน่วยงานจัดทำรายงาน ", n),
         "cued tasks on one line", "tasks"),
    Case("task-modals-th", "th", lambda n: _fill("ให้สำนักงานต้อง ", n),
         "bare cue and modal on one line", "tasks"),
    Case("report-one-line-tasks", "vi", lambda n: _corpus("vi", n, " "),
         "cues, obligations and scopes without line breaks", "tasks"),
    # the meeting
    Case("meeting-report-one-line", "vi", lambda n: _corpus("vi", n, " "),
         "labels and roles searched over one long line", "meeting"),
    Case("meeting-labels-spaces-th", "th", lambda n: _fill(" ", n, "การประชุม ผู้มาประชุม"),
         "a list label, then spaces", "meeting"),
]


# ----------------------------------------------------------------------------- worker

def _timed(text: str, lang: str, everything: bool, layer: str) -> dict[str, float]:
    """Seconds of the tokenizer and each component in order, then of the layer's own steps
    alone on the same Doc: for figures the normalised copy (the one extraction reads) and the
    two grammars, for targets the two grammars."""
    from coopdocs.api import load

    nlp = load(lang)
    t0 = time.process_time()
    doc = nlp.make_doc(text)
    times = {"tokenizer": time.process_time() - t0}
    for name in nlp.pipe_names if everything else LAYERS[layer].needed:
        t0 = time.process_time()
        doc = nlp.get_pipe(name)(doc)
        times[name] = time.process_time() - t0
    rules = {"figures": _figure_rules, "targets": _target_rules, "tasks": _task_rules,
             "meeting": _meeting_rules}[layer]
    times.update(rules(text, lang, doc))
    return times


def _task_rules(text: str, lang: str, doc) -> dict[str, float]:
    from coopdocs.pipeline import boundaries, items, text_of
    from coopdocs.rules.tasks import find_tasks

    text, (start, end) = text_of(doc), boundaries(doc)
    t0 = time.process_time()
    find_tasks(text, lang, items(doc, "dates"), start, end)
    return {"find_tasks": time.process_time() - t0}


def _meeting_rules(text: str, lang: str, doc) -> dict[str, float]:
    from coopdocs.pipeline import items, text_of
    from coopdocs.rules.meeting import find_meeting

    text = text_of(doc)
    t0 = time.process_time()
    find_meeting(text, lang, items(doc, "dates"), items(doc, "references"), minutes=True)
    return {"find_meeting": time.process_time() - t0}


def _target_rules(text: str, lang: str, doc) -> dict[str, float]:
    from coopdocs.pipeline import items, text_of
    from coopdocs.rules.references import find_references
    from coopdocs.rules.targets import find_targets

    text = text_of(doc)
    figures, dates = items(doc, "figures"), items(doc, "dates")
    times = {}
    t0 = time.process_time()
    find_references(text, lang, dates)
    times["find_references"] = time.process_time() - t0
    t0 = time.process_time()
    find_targets(text, lang, figures, dates)
    times["find_targets"] = time.process_time() - t0
    return times


def _figure_rules(text: str, lang: str, doc) -> dict[str, float]:
    from coopdocs.normalize.repair import normalised
    from coopdocs.pipeline import boundaries, taken
    from coopdocs.rules.dates import find_dates
    from coopdocs.rules.figures import find_figures

    times = {}
    t0 = time.process_time()
    normalised(text, lang)
    times["normalised"] = time.process_time() - t0
    t0 = time.process_time()
    find_dates(text, lang)
    times["find_dates"] = time.process_time() - t0
    start, end = boundaries(doc)
    avoid = taken(doc, "dates", "references")
    t0 = time.process_time()
    find_figures(text, lang, avoid, start, end)
    times["find_figures"] = time.process_time() - t0
    return times


def worker(name: str, sizes: list[int], repeats: int, everything: bool) -> None:
    """Print one JSON line per size: the best of ``repeats`` runs of each step."""
    import coopdocs

    case = next(c for c in CASES if c.name == name)
    coopdocs.extract_text("Có 5 HTX. มี 5 แห่ง", case.lang)  # warm-up: pipeline, word lists
    for n in sizes:
        text = case.make(n)
        best: dict[str, float] = {}
        for _ in range(repeats):
            for k, v in _timed(text, case.lang, everything, case.layer).items():
                best[k] = min(best.get(k, v), v)
        print(json.dumps({"size": len(text), "times": best}), flush=True)


# ----------------------------------------------------------------------------- parent

def _run_case(case: Case, a: argparse.Namespace) -> tuple[list[dict], bool]:
    """The worker's results, and whether it finished within ``--cap`` seconds (when it did
    not, the sizes it had finished)."""
    cmd = [sys.executable, __file__, "--worker", case.name, "--sizes", a.sizes,
           "--repeats", str(a.repeats), *(["--all"] if a.all else [])]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=a.cap)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return [json.loads(line) for line in out.splitlines()], False
    if proc.returncode:
        raise SystemExit(f"{case.name}: worker failed\n{err}")
    return [json.loads(line) for line in out.splitlines()], True


def _sum(result: dict, keys: tuple[str, ...]) -> float:
    return sum(result["times"].get(k, 0.0) for k in keys)


def _cells(results: list[dict], keys: tuple[str, ...]) -> tuple[list[str], float]:
    """Time at the smallest and largest size and their ratio, as table cells."""
    t0, t1 = _sum(results[0], keys), _sum(results[-1], keys)
    ratio = t1 / max(t0, 1e-4)
    return [f"{t0:.4f} s", f"{t1:.4f} s", f"{ratio:.1f}"], ratio


def _others(first: dict, last: dict, layer: Layer) -> str:
    """The components outside the layer whose time grew more than the bar allows."""
    slow = []
    for k, t in last["times"].items():
        if k in layer.components or k in layer.rules or t < 0.05:
            continue
        ratio = t / max(first["times"].get(k, 0.0), 1e-4)
        if ratio > BAR_RATIO:
            slow.append(f"{k.removeprefix('coopdocs_')} {t:.2f} s ({ratio:.0f}x)")
    return ", ".join(slow)


def _row(case: Case, results: list[dict], done: bool, cap: float) -> tuple[str, bool]:
    lay = LAYERS[case.layer]
    if not done:
        cells = ["", "", "", "", "", ""]
        if results:
            cells[0] = f"{_sum(results[0], lay.rules):.4f} s"
            cells[3] = f"{_sum(results[0], lay.components):.4f} s"
        cells[4] = f"> {cap:.0f} s in all"
        return (f"| {case.name} | {case.lang} | {case.layer} | {' | '.join(cells)} | **FAIL** "
                f"| |"), False
    rules, r1 = _cells(results, lay.rules)
    layer, r2 = _cells(results, lay.components)
    ok = r1 <= BAR_RATIO and r2 <= BAR_RATIO
    return (f"| {case.name} | {case.lang} | {case.layer} | {' | '.join(rules + layer)} | "
            f"{'pass' if ok else '**FAIL**'} | {_others(results[0], results[-1], lay)} |"), ok


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10000,100000", help="Text sizes, smallest first.")
    p.add_argument("--repeats", type=int, default=5, help="Runs per size; the best counts.")
    p.add_argument("--all", action="store_true",
                   help="Run (and time) every component, not only the layer and those it needs.")
    p.add_argument("--cap", type=float, default=120.0, help="Seconds a case may take.")
    p.add_argument("--only", action="append", default=[], help="Cases whose name has this.")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",")]
    if a.worker:
        worker(a.worker, sizes, a.repeats, a.all)
        return 0
    cases = [c for c in CASES if not a.only or any(o in c.name for o in a.only)]
    small, large = f"{sizes[0] // 1000}k", f"{sizes[-1] // 1000}k"
    print(f"| case | lang | layer | rules {small} | rules {large} | ratio | components {small} "
          f"| components {large} | ratio | result | slow elsewhere |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    failed = 0
    for case in cases:
        results, done = _run_case(case, a)
        line, ok = _row(case, results, done, a.cap)
        failed += not ok
        print(line, flush=True)
    print(f"\nfigures: rules normalised + find_dates + find_figures, components coopdocs_dates"
          f" + coopdocs_figures; targets: rules find_references + find_targets, components "
          f"coopdocs_references + coopdocs_targets; tasks: find_tasks, coopdocs_tasks; "
          f"meeting: find_meeting, coopdocs_meeting.\n"
          f"{len(cases) - failed} passed, {failed} failed (bar: ratio <= {BAR_RATIO:g}, "
          f"sizes {a.sizes}, best of {a.repeats})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
