"""Profile in-process extraction on the benchmark text of one language.

    .venv/bin/python bench/profiling.py th                   # cProfile, 1.2M characters
    .venv/bin/python bench/profiling.py vi --pyinstrument    # sampling profiler (pip install pyinstrument)
    .venv/bin/python bench/profiling.py th --chars 200000 --out th.prof   # keep the pstats file
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_text, corpus_texts  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("lang", choices=["th", "vi"])
    p.add_argument("--chars", type=int, default=1_200_000)
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--pyinstrument", action="store_true", help="Sample with pyinstrument instead of cProfile.")
    p.add_argument("--out", help="Write the cProfile stats (pstats) to this file.")
    a = p.parse_args(argv)

    import coopdocs

    text = build_text(a.lang, a.chars)
    coopdocs.extract_text(corpus_texts(a.lang)[0], a.lang)      # warm-up: pipeline, dictionaries
    t0 = time.perf_counter()
    coopdocs.extract_text(text, a.lang)
    plain = time.perf_counter() - t0
    print(f"{a.lang}: {len(text):,} characters, extract_text {plain:.2f} s unprofiled "
          f"({len(text) / plain / 1e3:.0f}k chars/s)\n")

    if a.pyinstrument:
        from pyinstrument import Profiler

        prof = Profiler(interval=0.001)
        prof.start()
        coopdocs.extract_text(text, a.lang)
        prof.stop()
        print(prof.output_text(unicode=True, color=False, show_all=False))
        return 0

    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    coopdocs.extract_text(text, a.lang)
    prof.disable()
    if a.out:
        prof.dump_stats(a.out)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats("tottime").print_stats(a.top)
    stats.sort_stats("cumulative").print_stats(a.top)
    print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
