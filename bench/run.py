"""coopdocs performance bars: whole-process ratios measured in one run on this machine.

    .venv/bin/python bench/run.py                  # 1.2M characters per language, 3 rounds
    .venv/bin/python bench/run.py --quick          # 200k characters, 1 round (a quick look)
    .venv/bin/python bench/run.py --json out.json  # also every sample

Rows (name, value, limit, ok):

- extract ÷ spaCy tokenizer: ``coopdocs extract`` of a 1.2M-character file, whole process,
  against ``spacy.blank(lang)`` tokenizing the same file with spaCy's defaults (Thai:
  pythainlp's newmm; Vietnamese: pyvi), whole process. Bar: ≤ 0.5.
- extract ÷ own tokenizer: the same extraction against the tokenizer coopdocs uses (nlpo3 for
  Thai, spaCy's rule tokenizer for Vietnamese) alone on the same file, whole process. Bar: ≤ 3.
- one document ÷ import spacy: ``coopdocs extract`` of one 2,000-character document against
  ``python -c "import spacy"``. Bar: ≤ 1.2.

Then the rows of every other ``bench/*.py`` module that defines ``results() -> list[dict]``
(keys name, value, limit, ok; ``ok`` None for a row that informs and has no bar), in file
name order. The table goes to stdout; the exit status
is 1 when any row fails. Each timed command runs ``--repeats`` times round-robin (one of each
per round, so that a busy shared machine slows all alike) after one untimed run, and the
medians of its CPU time (user + system, the process and its children) are compared: on a
machine shared with other work the wall clock also counts the time a process waited for the
processor. The wall-clock ratios are printed too, for information.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPUS = ROOT / "corpus"
LANGS = ("th", "vi")

BAR_SPACY = 0.5        # extract ÷ spacy.blank(lang) tokenizing, whole processes
BAR_OWN_TOKENIZER = 3.0  # extract ÷ coopdocs' tokenizer alone, whole processes
BAR_ONE_DOCUMENT = 1.2   # extract of 2,000 characters ÷ python -c "import spacy"
ONE_DOCUMENT_CHARS = 2_000

# spaCy's own tokenizer for the language, as `spacy.blank(lang)` has it by default.
SPACY_TOKENIZER = r"""
import sys
import spacy
nlp = spacy.blank(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    nlp.tokenizer(f.read())
"""

# The tokenizer the language's coopdocs pipeline uses, alone: no coopdocs component.
OWN_TOKENIZER = r"""
import sys
import spacy
from coopdocs.lang import profile
language = profile(sys.argv[1]).language
config = {"nlp": {"tokenizer": {"@tokenizers": language.tokenizer}}}
nlp = spacy.blank(language.spacy_lang, config=config)
with open(sys.argv[2], encoding="utf-8") as f:
    nlp.tokenizer(f.read())
"""

IMPORT_SPACY = "import spacy"

# Children may write their bytecode (.pyc) as an installed package has it: the untimed first
# run of every command writes it, so no timed run compiles Python source.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def corpus_texts(lang: str) -> list[str]:
    return [p.read_text(encoding="utf-8-sig").strip("\n")
            for p in sorted((CORPUS / lang).glob("*.txt"))]


def build_text(lang: str, chars: int) -> str:
    """The corpus .txt files of ``lang`` concatenated (whole files, in name order, blank line
    between them) and repeated until the text has at least ``chars`` characters."""
    texts = corpus_texts(lang)
    if not texts:
        sys.exit(f"bench: no .txt files in {CORPUS / lang}")
    out, n = [], 0
    while n < chars:
        for t in texts:
            out.append(t + "\n\n")
            n += len(t) + 2
            if n >= chars:
                break
    return "".join(out)


def coopdocs_cmd() -> list[str]:
    """The `coopdocs` console script next to this Python (the venv's), as a user runs it."""
    script = Path(sys.executable).parent / "coopdocs"
    if script.exists():
        return [str(script)]
    found = shutil.which("coopdocs")
    if found:
        return [found]
    return [sys.executable, "-c", "from coopdocs.process import run; run()"]


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of a command run to completion; a failure stops the
    benchmark loudly. CPU seconds are user + system time of the process and its children:
    on a shared machine they count what the command costs, not the time it waited for the
    processor while others ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                          env=CHILD_ENV)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"exit {done.returncode}: {' '.join(cmd)}\n{tail}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def row(name: str, value: float, limit: float, ok: bool, **info) -> dict:
    return {"name": name, "value": value, "limit": limit, "ok": ok, **info}


class Ratios:
    """The timed commands of this module and the rows made from their medians."""

    def __init__(self, args, work: Path):
        self.args, self.work = args, work
        self.samples: dict[str, list[float]] = {}
        self.commands: dict[str, list[str]] = {}

    def prepare(self) -> None:
        cli = coopdocs_cmd()
        self.commands["import_spacy"] = [sys.executable, "-c", IMPORT_SPACY]
        for lang in LANGS:
            big = self.work / f"bench-{lang}.txt"
            big.write_text(build_text(lang, self.args.chars), encoding="utf-8")
            one = self.work / f"one-{lang}.txt"
            one.write_text(build_text(lang, ONE_DOCUMENT_CHARS)[:ONE_DOCUMENT_CHARS],
                           encoding="utf-8")
            out = self.work / f"out-{lang}.jsonl"
            self.commands[f"extract.{lang}"] = [*cli, "extract", "--format", "jsonl", "-q",
                                                str(big), "-o", str(out)]
            self.commands[f"spacy.{lang}"] = [sys.executable, "-c", SPACY_TOKENIZER, lang, str(big)]
            self.commands[f"own.{lang}"] = [sys.executable, "-c", OWN_TOKENIZER, lang, str(big)]
            self.commands[f"one.{lang}"] = [*cli, "extract", str(one)]
            log(f"{lang}: {big.stat().st_size:,} bytes -> {big}")
        for cmd in self.commands.values():  # untimed: file caches, .pyc files, pyvi's model
            if cmd is not self.commands.get("spacy.th"):
                timed(cmd)

    def measure(self) -> None:
        for r in range(self.args.repeats):
            for key, cmd in self.commands.items():
                log(f"round {r + 1}/{self.args.repeats}: {key}")
                wall, cpu = timed(cmd)
                self.samples.setdefault(key, []).append(cpu)
                self.samples.setdefault(f"{key}.wall", []).append(wall)

    def med(self, key: str, clock: str = "cpu") -> float:
        return statistics.median(self.samples[key if clock == "cpu" else f"{key}.wall"])

    def rows(self) -> list[dict]:
        out = []
        chars = f"{self.args.chars:,}"
        for lang in LANGS:
            x = self.med(f"extract.{lang}")
            for base, bar, what in (
                    ("spacy", BAR_SPACY, "spacy.blank tokenizing"),
                    ("own", BAR_OWN_TOKENIZER, "coopdocs' tokenizer alone")):
                y = self.med(f"{base}.{lang}")
                out.append(row(f"{lang}: extract ÷ {what} ({chars} chars, whole processes)",
                               x / y, bar, x / y <= bar, seconds=(x, y),
                               wall=self.wall_ratio(f"extract.{lang}", f"{base}.{lang}")))
        spacy_s = self.med("import_spacy")
        for lang in LANGS:
            x = self.med(f"one.{lang}")
            out.append(row(f"{lang}: extract of {ONE_DOCUMENT_CHARS:,} chars ÷ python -c "
                           f"'import spacy'", x / spacy_s, BAR_ONE_DOCUMENT,
                           x / spacy_s <= BAR_ONE_DOCUMENT, seconds=(x, spacy_s),
                           wall=self.wall_ratio(f"one.{lang}", "import_spacy")))
        return out

    def wall_ratio(self, a: str, b: str) -> tuple[float, float, float]:
        """(ratio, seconds, seconds) of the wall times, for information."""
        x, y = self.med(a, "wall"), self.med(b, "wall")
        return x / y, x, y


def other_modules(skip: set[str], folder: Path = BENCH) -> list[Path]:
    """The other bench modules of ``folder`` that define ``results()``, in name order."""
    return [p for p in sorted(folder.glob("*.py"))
            if p.name != Path(__file__).name and p.stem not in skip
            and re.search(r"^def results\(", p.read_text(encoding="utf-8"), re.MULTILINE)]


def collect(path: Path) -> list[dict]:
    """The rows of ``path``'s ``results()``; a module that fails gives one failing row."""
    log(f"{path.name}: results()")
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        sys.path.insert(0, str(path.parent))
        try:
            spec.loader.exec_module(module)
            found = list(module.results())
        finally:
            sys.path.remove(str(path.parent))
        for r in found:
            missing = {"name", "value", "limit", "ok"} - set(r)
            if missing:
                raise ValueError(f"a row without {', '.join(sorted(missing))}: {r!r}")
        return [{**r, "module": path.name} for r in found]
    except Exception as e:  # noqa: BLE001  (one module's failure is a failing row, not a crash)
        return [row(f"{path.name}: results() failed: {type(e).__name__}: {e}", float("nan"),
                    float("nan"), False, module=path.name)]


def fmt(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return "n/a" if math.isnan(v) else f"{v:.2f}"
    return str(v)


def verdict(ok: bool | None) -> str:
    """``pass``, ``**FAIL**``, or ``info`` for a row without a bar (``ok`` None)."""
    return "info" if ok is None else ("pass" if ok else "**FAIL**")


def table(rows: list[dict]) -> str:
    lines = ["| row | value | limit | result | wall clock (information) |",
             "|---|---|---|---|---|"]
    for r in rows:
        seconds, wall = r.get("seconds"), r.get("wall")
        extra = f" ({fmt(seconds[0])} s ÷ {fmt(seconds[1])} s CPU)" if seconds else ""
        clock = f"{fmt(wall[0])} ({fmt(wall[1])} s ÷ {fmt(wall[2])} s)" if wall else ""
        lines.append(f"| {r['name']} | {fmt(r['value'])}{extra} | {fmt(r['limit'])} | "
                     f"{verdict(r['ok'])} | {clock} |")
    return "\n".join(lines)


def environment() -> str:
    import spacy

    return (f"{platform.python_implementation()} {platform.python_version()}, spaCy "
            f"{spacy.__version__}, {os.cpu_count()} CPUs, {platform.machine()} {platform.system()}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="200,000 characters, one round.")
    p.add_argument("--chars", type=int, help="Characters per language (default 1,200,000).")
    p.add_argument("--repeats", type=int, help="Rounds of every timed command (default 3).")
    p.add_argument("--skip", default="", help="Comma-separated bench modules not to collect "
                                              "(file names without .py), or 'ratios'.")
    p.add_argument("--json", metavar="OUT", help="Also write the rows and samples as JSON.")
    a = p.parse_args(argv)
    a.chars = a.chars or (200_000 if a.quick else 1_200_000)
    a.repeats = a.repeats or (1 if a.quick else 3)
    skip = {s.strip() for s in a.skip.split(",") if s.strip()}
    started = time.perf_counter()
    rows: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="coopdocs-bench-"))
    ratios = Ratios(a, work)
    try:
        if "ratios" not in skip:
            ratios.prepare()
            ratios.measure()
            rows += ratios.rows()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for path in other_modules(skip):
        rows += collect(path)
    command = " ".join(["bench/run.py", *(sys.argv[1:] if argv is None else argv)])
    print(f"\n`{command}` — {environment()}, {(time.perf_counter() - started) / 60:.1f} min\n")
    print(table(rows))
    if a.json:
        Path(a.json).write_text(json.dumps({"command": command, "environment": environment(),
                                            "rows": rows, "samples": ratios.samples},
                                           ensure_ascii=False, indent=2, default=str) + "\n",
                                encoding="utf-8")
    return 0 if rows and all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
