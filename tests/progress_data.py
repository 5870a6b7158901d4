"""Our own plans and reports for the progress tests (tests/data/progress/), extracted once."""
from functools import cache

from conftest import ROOT

import coopdocs

DATA = ROOT / "tests" / "data" / "progress"
AN_LAC_PLAN = "ke-hoach-kttt-tinh-an-lac-2025-2030.txt"
AN_LAC_2025 = "bao-cao-kttt-tinh-an-lac-2025.txt"
AN_LAC_2026 = "bao-cao-kttt-tinh-an-lac-2026.txt"
BINH_AN_PLAN = "ke-hoach-htx-tinh-binh-an-2026.txt"
BINH_AN_2026 = "bao-cao-htx-tinh-binh-an-2026.txt"
TAN_PHU_2026 = "bao-cao-htx-huyen-tan-phu-2026.txt"
SUKHAPHIBAN_PLAN = "phaen-sahakon-changwat-sukhaphiban-2567-2570.txt"
SUKHAPHIBAN_2568 = "rai-ngan-phon-sahakon-changwat-sukhaphiban-2568.txt"


@cache
def _record(name):
    return coopdocs.extract(DATA / name)


def record(name):
    """The record of one of our documents (a fresh copy: tests may change it)."""
    import copy

    return copy.deepcopy(_record(name))


def records(*names):
    return [record(n) for n in names]
