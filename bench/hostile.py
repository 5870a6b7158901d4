"""Hostile texts: how extraction time grows with the length of texts built to be slow.

For each pattern the text is made at two lengths (10,000 and 100,000 characters; ``--quick``:
1,000 and 10,000) and ``coopdocs.extract_text(text, lang)`` is timed once per length in a
child process of its own (pipeline loaded and warmed first, memory capped at 2 GB, time at
``--budget`` seconds, default 60). Linear work gives a ratio near 10 (the lengths' ratio);
~100 is quadratic; the growth column gives the exponent k of t ~ n**k. A run that passes the
budget is reported as ``>budget`` with an estimate from the growth below it.

    python bench/hostile.py [--quick] [--only NAME ...] [--sizes A B] [--budget S] [--json F]
    python bench/hostile.py --profile NAME [--chars N]     # cProfile of one text: who is slow
    python bench/hostile.py --list                         # the patterns and what they test

The report-shaped patterns (line breaks removed, CR-only line ends, one long Thai paragraph)
come from the bundled corpus; each has a twin with its line breaks kept, so that the two
ratios compare directly.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMORY = 2 * 2**30


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _corpus(lang: str) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / lang).glob("*.txt"))]
    return "\n\n".join(parts)


def _report(lang: str, n: int, newline: str) -> str:
    text = _fill(_corpus(lang) + "\n\n", n)
    return text.replace("\n", newline)


@dataclass(frozen=True)
class Case:
    name: str
    lang: str
    what: str

    def text(self, n: int) -> str:
        return GENERATORS[self.name](n)


GENERATORS = {
    "tasks-giao-spaces": lambda n: "Giao Sở A" + " " * (n - 9),
    "tasks-giao-spaces-th": lambda n: "มอบหมายให้สำนักงาน" + " " * (n - 18),
    "tasks-clauses-one-line": lambda n: _fill("các sở cần làm; ", n),
    "tasks-cues-one-line-th": lambda n: _fill("ขอให้หน่วยงานจัดทำรายงาน ", n),
    "meeting-label-spaces-th": lambda n: "การประชุม ผู้มาประชุม" + " " * (n - 21),
    "digits": lambda n: "1" * n,
    "letters-aaaa": lambda n: "a" * n,
    "a-dot-a-dot": lambda n: _fill("a.", n),
    "1-dot-1-dot": lambda n: _fill("1.", n),
    "dashes": lambda n: "-" * n,
    "number-then-spaces": lambda n: "5" + " " * (n - 1),
    "numbers-and-spaces": lambda n: _fill("5" + " " * 99, n),
    "goal-cues-one-line": lambda n: _fill("có 5 HTX, ", n),
    "goal-headings-scopes": lambda n: _fill("Mục tiêu đến năm 2030:\n- Có 5 HTX.\n", n),
    "bullets-no-sentence-marks": lambda n: _fill("- Có 5 HTX.\n", n),
    "report-vi-with-breaks": lambda n: _report("vi", n, "\n"),
    "report-vi-no-breaks": lambda n: _report("vi", n, " "),
    "report-vi-cr-only": lambda n: _report("vi", n, "\r"),
    "report-th-with-breaks": lambda n: _report("th", n, "\n"),
    "report-th-one-paragraph": lambda n: _report("th", n, " "),
}

CASES = [
    Case("tasks-giao-spaces", "vi", "`Giao Sở A` then spaces: the tasks rule's assignee"),
    Case("tasks-giao-spaces-th", "th", "`มอบหมายให้สำนักงาน` then spaces: a glued assignee"),
    Case("tasks-clauses-one-line", "vi",
         "`các sở cần làm; ` repeated: phrase starts before each word of obligation"),
    Case("tasks-cues-one-line-th", "th", "`ขอให้หน่วยงานจัดทำรายงาน ` repeated on one line"),
    Case("meeting-label-spaces-th", "th", "a meeting's list label then spaces: the list's lines"),
    Case("digits", "vi", "one run of digits"),
    Case("letters-aaaa", "vi", "`aaaa...`: e-mail and code masks"),
    Case("a-dot-a-dot", "vi", "`a.a.a....`: e-mail and code masks"),
    Case("1-dot-1-dot", "vi", "`1.1.1....`: numerals and code masks"),
    Case("dashes", "vi", "`----...`: code masks"),
    Case("number-then-spaces", "vi", "one number then spaces: patterns opening with `[ \\u00a0]*`"),
    Case("numbers-and-spaces", "vi", "`5` and 99 spaces, repeated"),
    Case("goal-cues-one-line", "vi", "`có 5 HTX, ` repeated on one line: goal cues per figure"),
    Case("goal-headings-scopes", "vi", "goal lead-in over a bullet, repeated: scopes x figures"),
    Case("bullets-no-sentence-marks", "vi",
         "`- Có 5 HTX.` lines: no `. ` or `; ` after a figure, the sentence search runs to the end"),
    Case("report-vi-with-breaks", "vi", "corpus report text (baseline)"),
    Case("report-vi-no-breaks", "vi", "the same with its line breaks replaced by spaces"),
    Case("report-vi-cr-only", "vi", "the same with CR-only line ends"),
    Case("report-th-with-breaks", "th", "Thai corpus text (baseline)"),
    Case("report-th-one-paragraph", "th", "the same as one long Thai paragraph"),
]
BY_NAME = {c.name: c for c in CASES}


def _child(name: str, n: int) -> None:
    """In the child process: warm the pipeline, time one extraction, print JSON."""
    import coopdocs

    case = BY_NAME[name]
    text = case.text(n)
    coopdocs.extract_text("Năm 2023 có 12 HTX." if case.lang == "vi" else "ปี 2566 มี 12 แห่ง",
                          case.lang)
    t = time.perf_counter()
    coopdocs.extract_text(text, case.lang)
    print(json.dumps({"seconds": time.perf_counter() - t, "chars": len(text)}))


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def measure(name: str, n: int, budget: float) -> float | None:
    """Seconds for one extraction of the pattern at ``n`` characters; None past the budget."""
    cmd = [sys.executable, __file__, "--child", name, str(n)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=budget + 10,
                              preexec_fn=_limit, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise RuntimeError(f"{name} at {n}: {last}")
    seconds = json.loads(done.stdout.splitlines()[-1])["seconds"]
    return None if seconds > budget else seconds


def _growth(n1: int, t1: float, n2: int, t2: float) -> float:
    """k in t ~ n**k between two measurements."""
    return math.log(max(t2, 1e-3) / max(t1, 1e-3)) / math.log(n2 / n1)


def _fmt(t: float | None, budget: float) -> str:
    return f">{budget:.0f} s" if t is None else f"{t:.3f} s"


def run(names: list[str], sizes: tuple[int, int], budget: float) -> list[dict]:
    """One row per pattern. When the large text passes the budget, its time is estimated
    (marked ``~``) from the growth (the exponent ``k`` of t ~ n**k) between the small length
    and the geometric middle of the two lengths, or, when that passes the budget too, between
    a third of the small length and the small length; never below the growth that the
    budget itself shows."""
    small, large = sizes
    print(f"| pattern | lang | {small:,} chars | {large:,} chars | ratio | growth | |")
    print("|---|---|---|---|---|---|---|")
    rows = []
    for name in names:
        case = BY_NAME[name]
        t1 = measure(name, small, budget)
        t2 = measure(name, large, budget) if t1 is not None else None
        estimate = None
        k = None
        if t1 is not None and t2 is not None:
            k = _growth(small, t1, large, t2)
        elif t1 is not None:  # the exponent from the two largest lengths that fit the budget
            middle = int(math.sqrt(small * large))
            t_mid = measure(name, middle, budget)
            if t_mid is not None:  # at least the growth that passes the budget
                k = max(_growth(small, t1, middle, t_mid), _growth(middle, t_mid, large, budget))
                estimate = t_mid * (large / middle) ** k
            else:
                t0 = measure(name, small // 3, budget)
                if t0 is not None:
                    k = max(_growth(small // 3, t0, small, t1), _growth(small, t1, middle, budget))
                    estimate = t1 * (large / small) ** k
        ratio = (f"{t2 / max(t1, 1e-3):.1f}" if t2 is not None else
                 f"~{estimate / max(t1, 1e-3):.0f}" if estimate is not None else "?")
        large_cell = _fmt(t2, budget) + (f" (~{estimate:,.0f} s)" if estimate is not None else "")
        verdict = "super-linear" if k is None or k > 1.3 else ""
        print(f"| {name} | {case.lang} | {_fmt(t1, budget)} | {large_cell} | {ratio} | "
              f"{'?' if k is None else f'n^{k:.1f}'} | {verdict} |", flush=True)
        rows.append({"pattern": name, "lang": case.lang, "what": case.what, "small": small,
                     "large": large, "t_small": t1, "t_large": t2, "estimate": estimate,
                     "exponent": k})
    return rows


def profile(name: str, n: int, top: int = 15) -> None:
    import cProfile
    import pstats

    import coopdocs

    case = BY_NAME[name]
    text = case.text(n)
    coopdocs.extract_text("Năm 2023 có 12 HTX." if case.lang == "vi" else "ปี 2566 มี 12 แห่ง",
                          case.lang)
    prof = cProfile.Profile()
    prof.runcall(coopdocs.extract_text, text, case.lang)
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000 characters")
    ap.add_argument("--only", nargs="+", choices=sorted(BY_NAME), help="these patterns only")
    ap.add_argument("--budget", type=float, default=None,
                    help="seconds per extraction before giving up (default 60; --quick 20)")
    ap.add_argument("--sizes", type=int, nargs=2, metavar=("SMALL", "LARGE"),
                    help="the two lengths (default 10000 100000; --quick 1000 10000)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON")
    ap.add_argument("--profile", choices=sorted(BY_NAME), help="cProfile one pattern")
    ap.add_argument("--chars", type=int, default=10_000, help="length for --profile")
    ap.add_argument("--list", action="store_true", help="list the patterns")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child[0], int(args.child[1]))
    if args.list:
        for c in CASES:
            print(f"{c.name:26} {c.lang}  {c.what}")
        return None
    if args.profile:
        return profile(args.profile, args.chars)
    sizes = tuple(args.sizes) if args.sizes else (1_000, 10_000) if args.quick else (10_000, 100_000)
    budget = args.budget or (20.0 if args.quick else 60.0)
    print(f"`python bench/hostile.py{' --quick' if args.quick else ''}` — "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, budget {budget:.0f} s\n")
    rows = run(args.only or [c.name for c in CASES], sizes, budget)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return None


if __name__ == "__main__":
    main()
