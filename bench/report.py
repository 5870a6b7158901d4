"""coopdocs benchmark report: extraction against spaCy's bare tokenizer and dateparser, start-up,
rendering and the peak memory of a large batch, all in one run so that the ratios compare
like with like on the same (possibly noisy, shared) machine.

    .venv/bin/python bench/report.py              # 1.2M characters per language, 10,000 documents
    .venv/bin/python bench/report.py --quick      # 200k characters, 1,000 documents
    .venv/bin/python bench/report.py --json bench.json

Every timed measurement is repeated (--repeats, default 3) round-robin, one of each per
round, and the median is reported. Ratios are the result; absolute times depend on the
machine. See bench/README.md for what each row means.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import build_text, coopdocs_cmd, corpus_texts  # bench/ is the script folder: sys.path[0]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
LANGS = ("th", "vi")

# The report's bars.
BAR_EXTRACT_RATIO = 1.5      # whole-process extract time / whole-process bare tokenizer time
BAR_HELP_SECONDS = 0.3
BAR_RENDER_DOCS_PER_S = 20.0
BAR_BATCH_RSS_MB = 500.0

# The bare spaCy tokenizer, as a whole process (same argv shape as `coopdocs extract FILE`).
TOKENIZER_SCRIPT = r"""
import sys
import spacy
lang, path = sys.argv[1], sys.argv[2]
config = {"nlp": {"tokenizer": {"use_pyvi": False}}} if lang == "vi" else {}
nlp = spacy.blank(lang, config=config)
with open(path, encoding="utf-8") as f:
    text = f.read()
doc = nlp.tokenizer(text)
sys.stdout.write(f"{len(doc)}\n")
"""

RENDER_CONTEXT = {
    "vi": {"agency": "ỦY BAN NHÂN DÂN TỈNH (mẫu)", "place": "(mẫu)", "number": "01/KH-UBND"},
    "th": {"agency": "สำนักงานสหกรณ์จังหวัด (ตัวอย่าง)", "place": "(ตัวอย่าง)", "number": "1/2567"},
}
RENDER_PRODUCTS = (("minutes", "minutes", "meeting"), ("plan", "plan", "targets"),
                   ("report", "report", "figures"))


# ---------------------------------------------------------------------------- helpers

def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# Runs one command and reports its wall time and peak RSS. It runs as its own small process:
# a child forked straight from the benchmark process would start with the benchmark's
# resident memory (hundreds of MB) counted in its peak RSS.
LAUNCHER = r"""
import os, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - t0
proc.returncode = os.waitstatus_to_exitcode(status)
with open(out, "w") as f:
    f.write(f"{wall} {usage.ru_maxrss * 1024} {proc.returncode}")
"""


def run_child(cmd: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """Run a command to completion: (wall seconds, peak RSS in bytes of that process).

    The time and os.wait4's resource usage of that one process are taken by a small launcher
    process (see LAUNCHER). Fails loudly on a non-zero exit status."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r", suffix=".txt") as res:
        subprocess.run([sys.executable, "-c", LAUNCHER, res.name, *cmd], stdout=subprocess.DEVNULL,
                       stderr=err, cwd=cwd, check=False)
        wall, rss, rc = res.read().split()
        if int(rc) != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"exit {rc}: {' '.join(cmd)}\n{tail}")
    return float(wall), int(rss)  # Linux: ru_maxrss is in kilobytes


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median(xs):
    return statistics.median(xs) if xs else None


def build_batch(lang: str, count: int, folder: Path) -> int:
    """``count`` small .txt documents of 1 to 4 consecutive corpus lines each (deterministic);
    returns the total number of characters."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [ln for t in corpus_texts(lang) for ln in t.splitlines() if len(ln.strip()) >= 20]
    rng = random.Random(1234)
    total = 0
    for i in range(count):
        k = rng.randint(1, 4)
        start = rng.randrange(0, max(1, len(lines) - k))
        body = "\n".join(lines[start:start + k]) + "\n"
        (folder / f"{lang}-{i:05d}.txt").write_text(body, encoding="utf-8")
        total += len(body)
    return total


def fmt_s(s: float | None) -> str:
    if s is None:
        return "n/a"
    return f"{s:.3f} s" if s < 1 else f"{s:.2f} s"


def fmt_rate(chars: int, s: float | None) -> str:
    if not s:
        return "n/a"
    r = chars / s
    return f"{r / 1e6:.2f}M chars/s" if r >= 1e6 else f"{r / 1e3:.0f}k chars/s"


def fmt_mb(b: float | None) -> str:
    return "n/a" if b is None else f"{b / 2**20:.0f} MB"


# ---------------------------------------------------------------------------- measurements

class Bench:
    def __init__(self, args, work: Path):
        self.args = args
        self.work = work
        self.cli = coopdocs_cmd()
        self.samples: dict[str, list[float]] = {}
        self.info: dict[str, object] = {}
        self.texts: dict[str, str] = {}
        self.files: dict[str, Path] = {}

    def add(self, key: str, value: float) -> None:
        self.samples.setdefault(key, []).append(value)

    def med(self, key: str):
        return median(self.samples.get(key, []))

    # -- setup ---------------------------------------------------------------------------

    def setup(self) -> None:
        for lang in LANGS:
            text = build_text(lang, self.args.chars)
            path = self.work / f"bench-{lang}.txt"
            path.write_text(text, encoding="utf-8")
            self.texts[lang], self.files[lang] = text, path
            self.info[f"chars.{lang}"] = len(text)
            log(f"{lang}: {len(text):,} characters -> {path}")

    # -- in-process objects (loaded once, warmed up outside the timings) ------------------

    def warm_up(self) -> None:
        import spacy

        import coopdocs

        self.coopdocs = coopdocs
        self.blank = {}
        for lang in LANGS:
            sample = corpus_texts(lang)[0]
            coopdocs.extract_text(sample, lang)         # builds the pipeline, loads dictionaries
            config = {"nlp": {"tokenizer": {"use_pyvi": False}}} if lang == "vi" else {}
            nlp = spacy.blank(lang, config=config)
            nlp.tokenizer(sample)                        # pythainlp loads its dictionary here
            self.blank[lang] = nlp
        try:
            from dateparser.search import search_dates
        except ImportError:
            self.search_dates = None
            log("dateparser is not installed: its row is skipped. "
                f"Install it with: {sys.executable} -m pip install -r bench/requirements.txt")
        else:
            self.search_dates = search_dates
            for lang in LANGS:
                search_dates(corpus_texts(lang)[0][:2000], languages=[lang])
        self.info["dateparser"] = self.search_dates is not None

    # -- one round of the throughput measurements -----------------------------------------

    def round(self, r: int) -> None:
        for lang in LANGS:
            path, text = self.files[lang], self.texts[lang]
            out = self.work / f"out-{lang}.jsonl"
            log(f"round {r + 1}: {lang} coopdocs extract (whole process)")
            wall, rss = run_child(self.cli + ["extract", "--format", "jsonl", "-q", str(path), "-o", str(out)])
            self.add(f"extract_proc.{lang}", wall)
            self.add(f"extract_proc_rss.{lang}", rss)
            log(f"round {r + 1}: {lang} spaCy bare tokenizer (whole process)")
            wall, rss = run_child([sys.executable, "-c", TOKENIZER_SCRIPT, lang, str(path)])
            self.add(f"tok_proc.{lang}", wall)
            self.add(f"tok_proc_rss.{lang}", rss)
            log(f"round {r + 1}: {lang} in-process extract_text / tokenizers")
            self.add(f"extract_inproc.{lang}", timed(lambda text=text, lang=lang: self.coopdocs.extract_text(text, lang)))
            self.add(f"tok_inproc.{lang}", timed(lambda text=text, lang=lang: self.blank[lang].tokenizer(text)))
            own = self.coopdocs.load(lang).tokenizer
            self.add(f"owntok_inproc.{lang}", timed(lambda own=own, text=text: own(text)))
            if self.search_dates is not None and "dateparser" not in self.args.skip:
                self.dateparser(r, lang, text)

    def dateparser(self, r: int, lang: str, text: str) -> None:
        """search_dates on the whole text if that is affordable, else on a slice, scaled up."""
        n = len(text)
        piece = self.info.get(f"dateparser_chars.{lang}")     # decided in the first round
        if piece is None:
            piece = min(n, self.args.dateparser_slice)
            log(f"round {r + 1}: {lang} dateparser search_dates on {piece:,} characters (probe)")
            s = timed(lambda: self.search_dates(text[:piece], languages=[lang]))
            if piece < n and (self.args.dateparser_full or s * n / piece <= self.args.dateparser_budget):
                piece = n
            else:
                self.info[f"dateparser_chars.{lang}"] = piece
                self.add(f"dateparser.{lang}", s * n / piece)
                return
            self.info[f"dateparser_chars.{lang}"] = piece
        log(f"round {r + 1}: {lang} dateparser search_dates on {piece:,} of {n:,} characters")
        s = timed(lambda: self.search_dates(text[:piece], languages=[lang]))
        self.add(f"dateparser.{lang}", s * n / piece)

    # -- start-up --------------------------------------------------------------------------

    def help(self) -> None:
        log("coopdocs --help x5 (after one untimed run)")
        run_child(self.cli + ["--help"])
        for _ in range(5):
            self.add("help", run_child(self.cli + ["--help"])[0])

    # -- rendering -------------------------------------------------------------------------

    def render(self) -> None:
        try:
            import coopdocs.render  # noqa: F401
            from coopdocs.render.builtin import BUILTINS  # noqa: F401
        except ImportError as e:
            self.info["render"] = f"not available ({e})"
            log(f"render: not available ({e})")
            return
        help_ok = subprocess.run(self.cli + ["render", "--help"], capture_output=True,
                                 check=False).returncode == 0
        if not help_ok:
            self.info["render"] = "not available (`coopdocs render --help` fails)"
            return
        self.info["render"] = "ok"
        jobs = self.render_jobs()
        n = self.args.render_docs
        for lang in LANGS:
            todo = jobs[lang]
            if not todo:
                self.info[f"render.{lang}"] = "no record to render"
                continue
            for name, rec, ctx, _ in todo:       # warm-up: docxtpl, Jinja, Babel, templates
                self.coopdocs.render(name, rec, self.work / "warm.docx", ctx)
            for r in range(self.args.repeats):
                log(f"render round {r + 1}: {lang} {n} documents in-process")
                t0 = time.perf_counter()
                for i in range(n):
                    name, rec, ctx, _ = todo[i % len(todo)]
                    self.coopdocs.render(name, rec, self.work / f"render-{lang}.docx", ctx)
                self.add(f"render_inproc.{lang}", n / (time.perf_counter() - t0))
                name, _, _, rec_file = todo[r % len(todo)]
                ctx_args = [a for k, v in RENDER_CONTEXT[lang].items() for a in ("--set", f"{k}={v}")]
                wall, _ = run_child(self.cli + ["render", name, str(rec_file), "-o",
                                                str(self.work / f"render-cli-{lang}.docx"), *ctx_args])
                self.add(f"render_cli.{lang}", 1 / wall)

    def render_jobs(self):
        """(template, record, context, record file) per language: the corpus record that
        suits each built-in minutes/plan/report template best (as `coopdocs demo` picks)."""
        log("render: extracting the corpus for records")
        recs = []
        for lang in LANGS:
            for p in sorted((CORPUS / lang).iterdir()):
                if p.suffix in (".txt", ".docx"):
                    recs.append(self.coopdocs.extract(p))
        jobs = {}
        for lang in LANGS:
            same = [r for r in recs if r["source"]["lang"] == lang]
            jobs[lang] = []
            for template, kind, needs in RENDER_PRODUCTS:
                fitting = ([r for r in same if r["source"]["kind"] == kind and r.get(needs)]
                           or [r for r in same if r.get(needs)])
                if not fitting:
                    continue
                rec = max(fitting, key=lambda r: len(r[needs]) if isinstance(r[needs], list) else 1)
                rec_file = self.work / f"record-{template}-{lang}.json"
                rec_file.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
                jobs[lang].append((f"{template}-{lang}", rec, dict(RENDER_CONTEXT[lang]), rec_file))
        return jobs

    # -- batch memory ------------------------------------------------------------------------

    def batch(self) -> None:
        for lang in LANGS:
            folder = self.work / f"batch-{lang}"
            total = build_batch(lang, self.args.docs, folder)
            self.info[f"batch_chars.{lang}"] = total
            log(f"batch: {lang} {self.args.docs:,} documents ({total:,} characters), "
                f"coopdocs extract --format jsonl --lang {lang} (whole process)")
            wall, rss = run_child(self.cli + ["extract", "--format", "jsonl", "-q", "--lang", lang, str(folder),
                                              "-o", str(self.work / f"batch-{lang}.jsonl")])
            self.add(f"batch_rss.{lang}", rss)
            self.add(f"batch_wall.{lang}", wall)
            shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------- report

def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**pass**" if ok else "**FAIL**")


def table(b: Bench) -> str:
    a = b.args
    m = b.med
    ch = {lang: b.info[f"chars.{lang}"] for lang in LANGS}
    rows = []

    def row(name, th, vi, ratio="", target="", result=""):
        rows.append(f"| {name} | {th} | {vi} | {ratio} | {target} | {result} |")

    def time_cell(key, lang, chars=None):
        s = m(f"{key}.{lang}")
        return "n/a" if s is None else f"{fmt_s(s)} · {fmt_rate(chars or ch[lang], s)}"

    def ratio(key, base):
        out = []
        for lang in LANGS:
            x, y = m(f"{key}.{lang}"), m(f"{base}.{lang}")
            out.append("n/a" if x is None or y is None else f"{x / y:.2f}×")
        return " / ".join(out)

    row("text (corpus .txt concatenated)", f"{ch['th']:,} chars", f"{ch['vi']:,} chars")
    ext_ok = []
    for lang in LANGS:
        x, y = m(f"extract_proc.{lang}"), m(f"tok_proc.{lang}")
        ext_ok.append(None if x is None or y is None else x / y <= BAR_EXTRACT_RATIO)
    row("`coopdocs extract --format jsonl FILE` (whole process)", time_cell("extract_proc", "th"),
        time_cell("extract_proc", "vi"), ratio("extract_proc", "tok_proc"),
        f"≤ {BAR_EXTRACT_RATIO}× tokenizer", " / ".join(verdict(o) for o in ext_ok))
    row("spaCy bare tokenizer¹ (whole process: import, `spacy.blank`, tokenize)",
        time_cell("tok_proc", "th"), time_cell("tok_proc", "vi"), "1.00× / 1.00×", "baseline")
    row("`coopdocs.extract_text(text, lang)` (in-process, warm)", time_cell("extract_inproc", "th"),
        time_cell("extract_inproc", "vi"), ratio("extract_inproc", "tok_inproc"), "info")
    row("spaCy bare tokenizer¹ `nlp.tokenizer(text)` (in-process, warm)", time_cell("tok_inproc", "th"),
        time_cell("tok_inproc", "vi"), "1.00× / 1.00×", "in-process baseline")
    row("coopdocs' own tokenizer² alone (in-process, warm)", time_cell("owntok_inproc", "th"),
        time_cell("owntok_inproc", "vi"), ratio("owntok_inproc", "tok_inproc"), "info")
    if b.info.get("dateparser"):
        notes = []
        for lang in LANGS:
            piece = b.info.get(f"dateparser_chars.{lang}")
            notes.append("" if piece in (None, ch[lang]) else f" (extrapolated from {piece:,} chars)")
        row("dateparser `search_dates(text, languages=[lang])` (in-process)",
            time_cell("dateparser", "th") + notes[0], time_cell("dateparser", "vi") + notes[1],
            ratio("dateparser", "tok_inproc") + " (vs in-process tokenizer)", "info")
    else:
        row("dateparser `search_dates`", "not installed", "not installed", "", "info")
    rss = [m(f"extract_proc_rss.{lang}") for lang in LANGS]
    trss = [m(f"tok_proc_rss.{lang}") for lang in LANGS]
    row("peak RSS, `coopdocs extract` / bare tokenizer (whole process)",
        f"{fmt_mb(rss[0])} / {fmt_mb(trss[0])}", f"{fmt_mb(rss[1])} / {fmt_mb(trss[1])}", "", "info")
    h = m("help")
    row("`coopdocs --help` (median of 5)", fmt_s(h), "(same)", "", f"< {BAR_HELP_SECONDS} s",
        verdict(None if h is None else h < BAR_HELP_SECONDS))
    if b.info.get("render") == "ok":
        ri = [m(f"render_inproc.{lang}") for lang in LANGS]
        rc = [m(f"render_cli.{lang}") for lang in LANGS]
        cell = lambda v: "n/a" if v is None else f"{v:.1f} docs/s"
        row(f"`coopdocs.render` minutes/plan/report (in-process, {a.render_docs} docs, warm)",
            cell(ri[0]), cell(ri[1]), "", f"≥ {BAR_RENDER_DOCS_PER_S:.0f} docs/s",
            " / ".join(verdict(None if v is None else v >= BAR_RENDER_DOCS_PER_S) for v in ri))
        row("`coopdocs render TEMPLATE REC.json -o OUT.docx` (one process per document)",
            cell(rc[0]), cell(rc[1]), "", "info")
    else:
        row("`coopdocs render`", "not available", "not available", "", f"≥ {BAR_RENDER_DOCS_PER_S:.0f} docs/s",
            "n/a")
    if "batch" not in a.skip:
        br = [m(f"batch_rss.{lang}") for lang in LANGS]
        bw = [m(f"batch_wall.{lang}") for lang in LANGS]
        bc = [b.info.get(f"batch_chars.{lang}") for lang in LANGS]
        cell = lambda i: (f"{fmt_mb(br[i])} ({fmt_s(bw[i])}, {a.docs / bw[i]:.0f} docs/s)"
                          if br[i] is not None else "n/a")
        row(f"peak RSS, `coopdocs extract --format jsonl --lang L FOLDER` over {a.docs:,} small documents "
            f"({bc[0] or 0:,} / {bc[1] or 0:,} chars)",
            cell(0), cell(1), "", f"< {BAR_BATCH_RSS_MB:.0f} MB" if a.docs >= 10_000 else
            f"< {BAR_BATCH_RSS_MB:.0f} MB (bar is for 10,000)",
            " / ".join(verdict(None if v is None else v / 2**20 < BAR_BATCH_RSS_MB) for v in br))
    head = ("| measurement | th | vi | ratio to tokenizer (th / vi) | target | result (th / vi) |\n"
            "|---|---|---|---|---|---|")
    notes = (
        f"\n\nTimes are medians of {a.repeats} rounds (`--help`: of 5 runs); ratios are time ÷ the bare "
        "tokenizer's time in the same mode (whole process ÷ whole process, in-process ÷ in-process).\n"
        "¹ th: `spacy.blank(\"th\")` (pythainlp newmm, pure Python); vi: "
        "`spacy.blank(\"vi\", config={\"nlp\": {\"tokenizer\": {\"use_pyvi\": False}}})`, spaCy's "
        "Vietnamese tokenizer without pyvi (splits on whitespace; its alignment step "
        "`spacy.util.get_words_and_spaces` slices the rest of the text for every word, so its time "
        "grows with the square of the text length).\n"
        "² th: nlpo3 newmm with pythainlp's word list; vi: spaCy's rule `Tokenizer` with "
        "punctuation rules (`coopdocs/pipeline/tokenizer.py`)."
    )
    return head + "\n" + "\n".join(rows) + notes


def environment() -> str:
    try:
        import spacy
        sv = spacy.__version__
    except ImportError:
        sv = "?"
    return (f"{platform.python_implementation()} {platform.python_version()}, spaCy {sv}, "
            f"{os.cpu_count()} CPUs, {platform.machine()} {platform.system()}")


# ---------------------------------------------------------------------------- main

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="200k characters, 1,000 documents: a fast check")
    p.add_argument("--json", metavar="OUT", help="Also write every sample and median to this JSON file.")
    p.add_argument("--repeats", type=int, help="Rounds per timed measurement (default 3).")
    p.add_argument("--chars", type=int, help="Characters per language (default 1,200,000; --quick 200,000).")
    p.add_argument("--docs", type=int, help="Documents in the batch (default 10,000; --quick 1,000).")
    p.add_argument("--render-docs", type=int, help="Documents per in-process render round (default 30; --quick 9).")
    p.add_argument("--dateparser-slice", type=int, default=100_000,
                   help="Characters dateparser is first timed on (default 100,000).")
    p.add_argument("--dateparser-budget", type=float, default=20.0,
                   help="Run dateparser on the whole text when the slice projects at most this many "
                        "seconds (default 20); otherwise the slice's time is scaled up and marked.")
    p.add_argument("--dateparser-full", action="store_true", help="Always run dateparser on the whole text.")
    p.add_argument("--skip", default="", help="Comma-separated parts to skip: dateparser, render, batch, help.")
    p.add_argument("--keep", action="store_true", help="Keep the temporary folder (its path is printed).")
    a = p.parse_args(argv)
    a.repeats = a.repeats or 3
    a.chars = a.chars or (200_000 if a.quick else 1_200_000)
    a.docs = a.docs or (1_000 if a.quick else 10_000)
    a.render_docs = a.render_docs or (9 if a.quick else 30)
    a.skip = {s.strip() for s in a.skip.split(",") if s.strip()}

    work = Path(tempfile.mkdtemp(prefix="coopdocs-bench-"))
    log(f"temporary folder {work}; {environment()}")
    started = time.perf_counter()
    b = Bench(a, work)
    try:
        b.setup()
        b.warm_up()
        for r in range(a.repeats):
            b.round(r)
        if "help" not in a.skip:
            b.help()
        if "render" not in a.skip:
            b.render()
        else:
            b.info["render"] = "skipped"
        if "batch" not in a.skip:
            b.batch()
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started
    command = " ".join([".venv/bin/python bench/report.py", *(argv if argv is not None else sys.argv[1:])])
    md = table(b)
    print(f"\n`{command}` — {environment()}, {elapsed / 60:.1f} min\n")
    print(md)
    if a.json:
        data = {
            "command": command, "environment": environment(), "elapsed_s": elapsed,
            "args": {k: (sorted(v) if isinstance(v, set) else v) for k, v in vars(a).items()},
            "info": b.info, "samples": b.samples,
            "medians": {k: median(v) for k, v in b.samples.items()},
            "table": md,
        }
        Path(a.json).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        log(f"wrote {a.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
