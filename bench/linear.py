"""Linear growth of the figures and dates layer on hostile text.

    .venv/bin/python bench/linear.py                      # every case, 10k and 100k characters
    .venv/bin/python bench/linear.py --only digit-run     # cases whose name contains a word
    .venv/bin/python bench/linear.py --cap 30 --repeats 1 # give up on a case after 30 s

Each case is a text shape that makes a backtracking regex or a per-match scan slow (a run of
digits, a number followed by spaces, ...), built at each size. The text is tokenized, then
every component of the pipeline runs on it in order and is timed alone. The result is the
ratio of the time of the layer (``coopdocs_dates`` + ``coopdocs_figures``) at the largest
size to its time at the smallest: linear growth gives the ratio of the sizes (10), a
quadratic scan its square (100). **Bar: ratio <= 15.** The other components' times are
printed too, for information.

Each case runs in its own worker process, so that a case that has not finished after
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

BAR_RATIO = 15.0
LAYER = ("coopdocs_dates", "coopdocs_figures")


def _fill(unit: str, n: int, head: str = "", tail: str = "") -> str:
    """``head`` + ``unit`` repeated + ``tail``, ``n`` characters in all."""
    body = n - len(head) - len(tail)
    return head + (unit * (body // len(unit) + 1))[:body] + tail


@dataclass(frozen=True)
class Case:
    name: str
    lang: str
    make: Callable[[int], str]
    why: str


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
    Case("thai-number-words", "th", lambda n: _fill("สอง", n), "number words"),
    Case("phone-digits-th", "th", lambda n: _fill("1", n, "โทร "), "phone mask"),
    Case("phone-spaces-th", "th", lambda n: _fill(" ", n, "โทร 1"), "phone mask"),
    Case("letter-number-th", "th", lambda n: _fill(".1", n, "ก 123"), "letter-number mask"),
    Case("per-word", "vi", lambda n: _fill("a", n, "5 triệu/"), "per word [\\w\\-]*"),
    Case("A1A1", "vi", lambda n: _fill("A1", n), "code mask"),
    Case("bare-numbers-one-line", "vi", lambda n: _fill("a 12 b ", n),
         "section/name check: rfind of the line start per number"),
    Case("bare-numbers-one-line-th", "th", lambda n: _fill("ก 12 ข ", n),
         "name check: the line before and after each number"),
    Case("averaging-one-line", "vi",
         lambda n: _fill("bình quân 1 HTX đạt 5 tỷ đồng, ", n),
         "averaging: the next figure searched from the first"),
    Case("years-spaced", "vi", lambda n: _fill("2024 ", n), "one date per five characters"),
    Case("thai-years-spaced", "th", lambda n: _fill("2567 ", n), "one date per five characters"),
    Case("dates-slashed", "vi", lambda n: _fill("ngày 15/3/2024, ", n), "dates and masks"),
    Case("month-names-th", "th", lambda n: _fill("มกราคม ", n), "month names"),
    Case("words-and-spaces", "vi", lambda n: _fill("hai" + " " * 50, n), "number words, gaps"),
]


# ----------------------------------------------------------------------------- worker

def _timed_components(text: str, lang: str) -> dict[str, float]:
    from coopdocs.api import load

    nlp = load(lang)
    t0 = time.perf_counter()
    doc = nlp.make_doc(text)
    times = {"tokenizer": time.perf_counter() - t0}
    for name, component in nlp.pipeline:
        t0 = time.perf_counter()
        doc = component(doc)
        times[name] = time.perf_counter() - t0
    return times


def worker(name: str, sizes: list[int], repeats: int) -> None:
    """Print one JSON line per size: the best of ``repeats`` runs of each component."""
    import coopdocs

    case = next(c for c in CASES if c.name == name)
    coopdocs.extract_text("Có 5 HTX. มี 5 แห่ง", case.lang)  # warm-up: pipeline, word lists
    for n in sizes:
        text = case.make(n)
        best: dict[str, float] = {}
        for _ in range(repeats):
            for k, v in _timed_components(text, case.lang).items():
                best[k] = min(best.get(k, v), v)
        print(json.dumps({"size": len(text), "times": best}), flush=True)


# ----------------------------------------------------------------------------- parent

def _run_case(case: Case, sizes: list[int], repeats: int, cap: float) -> tuple[list[dict], bool]:
    """The worker's results, and whether it finished within ``cap`` seconds (when it did
    not, the sizes it had finished)."""
    cmd = [sys.executable, __file__, "--worker", case.name,
           "--sizes", ",".join(map(str, sizes)), "--repeats", str(repeats)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=cap)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return [json.loads(line) for line in out.splitlines()], False
    if proc.returncode:
        raise SystemExit(f"{case.name}: worker failed\n{err}")
    return [json.loads(line) for line in out.splitlines()], True


def _layer(times: dict[str, float]) -> float:
    return sum(times.get(k, 0.0) for k in LAYER)


def _others(first: dict, last: dict) -> str:
    """The components outside the layer whose time grew more than the bar allows."""
    slow = []
    for k, t in last["times"].items():
        if k in LAYER or t < 0.05:
            continue
        ratio = t / max(first["times"].get(k, 0.0), 1e-4)
        if ratio > BAR_RATIO:
            slow.append(f"{k.removeprefix('coopdocs_')} {t:.2f} s ({ratio:.0f}x)")
    return ", ".join(slow)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10000,100000", help="Text sizes, smallest first.")
    p.add_argument("--repeats", type=int, default=3, help="Runs per size; the best counts.")
    p.add_argument("--cap", type=float, default=120.0, help="Seconds a case may take.")
    p.add_argument("--only", action="append", default=[], help="Cases whose name has this.")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",")]
    if a.worker:
        worker(a.worker, sizes, a.repeats)
        return 0
    cases = [c for c in CASES if not a.only or any(o in c.name for o in a.only)]
    small, large = f"{sizes[0] // 1000}k", f"{sizes[-1] // 1000}k"
    print(f"| case | lang | layer {small} | layer {large} | ratio | result | slow elsewhere |")
    print("|---|---|---|---|---|---|---|")
    failed = 0
    for case in cases:
        results, done = _run_case(case, sizes, a.repeats, a.cap)
        if not done:
            failed += 1
            first = f"{_layer(results[0]['times']):.4f} s" if results else ""
            print(f"| {case.name} | {case.lang} | {first} | > {a.cap:.0f} s | | **FAIL** | |",
                  flush=True)
            continue
        t0, t1 = _layer(results[0]["times"]), _layer(results[-1]["times"])
        ratio = t1 / max(t0, 1e-4)
        ok = ratio <= BAR_RATIO
        failed += not ok
        print(f"| {case.name} | {case.lang} | {t0:.4f} s | {t1:.4f} s | {ratio:.1f} | "
              f"{'pass' if ok else '**FAIL**'} | {_others(results[0], results[-1])} |",
              flush=True)
    print(f"\n{len(cases) - failed} passed, {failed} failed (bar: ratio <= {BAR_RATIO:g}, "
          f"sizes {a.sizes}, best of {a.repeats})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
