"""Where in-process extraction spends its time, on the benchmark text of each language.

    .venv/bin/python bench/profiling.py                      # both languages, step by step
    .venv/bin/python bench/profiling.py th --cprofile        # and cProfile's functions
    .venv/bin/python bench/profiling.py vi --pyinstrument    # and a sampling profile (pyinstrument)
    .venv/bin/python bench/profiling.py th --chars 200000 --out th.prof   # keep the pstats file

The step table times what ``coopdocs.extract_text`` does, one step at a time, on the same
text: the normalised copy (NFC and repairs), the tokenizer, each pipeline component in order,
the record built from the Doc and its offsets mapped back, and JSON. Each step's time is the
CPU time it took (other work on the machine does not count), the median of ``--repeats``
runs (default 3) after a warm-up; shares are of their sum. The garbage collector is set as the
``coopdocs`` command sets it (:func:`coopdocs.process.tune_collector`), so a collection falls
where it falls in the command, not in whichever step crosses Python's default thresholds.
"""
from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_text, corpus_texts


def steps(text: str, lang: str) -> dict[str, float]:
    """Seconds of each step of one extraction of ``text`` (as coopdocs.extract_text does)."""
    from coopdocs import api, records
    from coopdocs.normalize.repair import normalised
    from coopdocs.pipeline import made_from

    out: dict[str, float] = {}

    def tick(name: str, t0: float) -> float:
        now = time.process_time()
        out[name] = out.get(name, 0.0) + now - t0
        return now

    nlp = api.load(lang)
    t0 = time.process_time()
    nfc = normalised(text, lang)
    t0 = tick("normalised copy (NFC, repairs)", t0)
    work = nfc[0] if nfc else text
    parts = []
    for offset, chunk in api.chunks(work, nlp.max_length):
        doc = made_from(nlp.make_doc(chunk), chunk)
        doc._.coopdocs_cells = []
        t0 = tick("tokenizer", t0)
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            t0 = tick(name, t0)
        parts.append(records.shift(records.from_doc(doc, path=None, sha256=None, lang=lang),
                                   offset))
        t0 = tick("record from the Doc", t0)
    record = records.merge(parts)
    if nfc:
        records.remap(record, nfc[1], text)
    t0 = tick("record merged, offsets mapped back", t0)
    json.dumps(record, ensure_ascii=False)
    tick("JSON", t0)
    return out


def step_table(lang: str, text: str, repeats: int) -> str:
    import coopdocs

    coopdocs.extract_text(corpus_texts(lang)[0], lang)  # warm-up: pipeline, grammars, dictionary
    runs = [steps(text, lang) for _ in range(repeats)]
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    total = sum(med.values())
    head = (f"{lang}: {len(text):,} characters, {total:.2f} s in all "
            f"({len(text) / total / 1e3:.0f}k chars/s), median of {repeats}")
    lines = [head, "",
             "| step | seconds | share |", "|---|---|---|"]
    lines += [f"| {k} | {v:.3f} | {100 * v / total:.0f}% |" for k, v in med.items()]
    return "\n".join(lines)


def profile_functions(lang: str, text: str, a) -> None:
    import coopdocs

    if a.pyinstrument:
        from pyinstrument import Profiler

        prof = Profiler(interval=0.001)
        prof.start()
        coopdocs.extract_text(text, lang)
        prof.stop()
        print(prof.output_text(unicode=True, color=False, show_all=False))
        return
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    coopdocs.extract_text(text, lang)
    prof.disable()
    if a.out:
        prof.dump_stats(a.out)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats("tottime").print_stats(a.top)
    stats.sort_stats("cumulative").print_stats(a.top)
    print(buf.getvalue())


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("lang", nargs="?", choices=["th", "vi"], help="One language (default: both).")
    p.add_argument("--chars", type=int, default=1_200_000)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--cprofile", action="store_true", help="Also cProfile one extraction.")
    p.add_argument("--pyinstrument", action="store_true",
                   help="Also sample one extraction with pyinstrument (pip install pyinstrument).")
    p.add_argument("--out", help="Write the cProfile stats (pstats) to this file.")
    a = p.parse_args(argv)
    from coopdocs.process import tune_collector

    tune_collector()
    for lang in [a.lang] if a.lang else ["th", "vi"]:
        text = build_text(lang, a.chars)
        print(step_table(lang, text, a.repeats), "\n", flush=True)
        if a.cprofile or a.pyinstrument or a.out:
            profile_functions(lang, text, a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
