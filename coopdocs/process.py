"""The ``coopdocs`` command as a process: the console script's entry point.

A run's objects are nearly all long-lived: the pipelines, their compiled patterns and spaCy's
vocabulary are built once and kept to the end. Python's cyclic garbage collector, left at its
defaults, traces them again and again (its youngest generation every 700 allocations) and
once more at exit. The command raises the collection thresholds (cycles are still collected,
less often) and freezes what is left when it ends, so the interpreter's last collection skips
it; files are closed by the code that opened them and ``weakref.finalize`` callbacks (temporary
directories) run at exit as before. It also compiles its regular expressions through
:mod:`coopdocs.regex_cache` (the programs of the patterns the last runs compiled). The
Python API (:mod:`coopdocs.api`) leaves the collector and ``re`` of the program that imports
it alone.
"""
from __future__ import annotations

import gc

# gen0 allocations, then gen0 collections per gen1, gen1 collections per gen2
THRESHOLDS = (10_000, 20, 20)


def tune_collector() -> None:
    """Fewer collections for a process whose objects mostly live to its end (the command,
    and each worker process of ``-j``)."""
    gc.set_threshold(*THRESHOLDS)


def run() -> None:
    """``coopdocs ...``: the command line with the collector tuned for it."""
    from . import regex_cache

    regex_cache.install()
    from .cli import main

    tune_collector()
    try:
        main()
    finally:
        regex_cache.save()
        gc.freeze()
