"""coopdocs benchmark of large batches: memory that stays flat, and two workers' throughput.

    .venv/bin/python bench/batch.py                 # 1,000 and 20,000 documents (~4 min)
    .venv/bin/python bench/batch.py --json out.json

Documents are made from the corpus texts of both languages (2 to 5 consecutive lines of one
corpus file each, fixed seed, about 450 characters) and extracted by `coopdocs extract
--format jsonl -q FOLDER -o OUT` as a child process; the peak memory is the largest sum of
the resident set sizes of that process and its workers, sampled every 20 ms.

- peak memory: a 20,000-document batch with -j 2 within 10% of a 1,000-document batch;
- throughput: -j 2 at least 1.7 times -j 1 (documents per second, the same batch of
  --throughput-docs documents, whole process: start-up included; with --rounds N the
  fastest of N alternate runs of each), and both write the same bytes.

`results()` returns the rows (name, value, limit, ok) for bench/run.py and the README.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import coopdocs_cmd  # bench/ is the script folder: sys.path[0]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
LANGS = ("th", "vi")

MEMORY_RATIO_LIMIT = 1.10   # peak memory, 20,000 documents / 1,000 documents, -j 2
SPEEDUP_LIMIT = 1.7         # documents per second, -j 2 / -j 1
SAMPLE = 0.02               # seconds between two looks at the process tree's memory


def log(msg: str) -> None:
    print(f"[batch {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def corpus_paragraphs() -> list[list[str]]:
    """Runs of 2 to 5 consecutive non-empty lines of the corpus .txt files, both languages,
    in a fixed shuffled order (every run from one file: one language per document)."""
    rng = random.Random(1234)
    runs = []
    for lang in LANGS:
        for path in sorted((CORPUS / lang).glob("*.txt")):
            lines = [ln for ln in path.read_text(encoding="utf-8-sig").splitlines()
                     if len(ln.strip()) >= 20]
            start = 0
            while start < len(lines) - 1:
                k = rng.randint(2, 5)
                runs.append(lines[start:start + k])
                start += k
    rng.shuffle(runs)
    return runs


def build(folder: Path, count: int) -> int:
    """``count`` documents in ``folder`` (the first n of any larger batch are the same);
    returns their total number of characters."""
    runs = corpus_paragraphs()
    if not runs:
        sys.exit(f"bench: no corpus .txt files under {CORPUS}")
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        body = "\n".join(runs[i % len(runs)]) + "\n"
        (folder / f"doc-{i:05d}.txt").write_text(body, encoding="utf-8")
        total += len(body)
    return total


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def run_batch(folder: Path, jobs: int, out: Path) -> tuple[float, int, float]:
    """(wall seconds, peak resident memory of the process tree in bytes, CPU seconds of the
    whole tree) of one extraction."""
    cmd = [*coopdocs_cmd(), "extract", "--format", "jsonl", "-q", "-j", str(jobs),
           str(folder), "-o", str(out)]
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while True:  # os.wait4: the CPU time of the process and the workers it waited for
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, sum(_rss(p) for p in _tree(proc.pid)))
            time.sleep(SAMPLE)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"exit {proc.returncode}: {' '.join(cmd)}\n{tail}")
    return wall, peak, usage.ru_utime + usage.ru_stime


def measure(work: Path, small: int, large: int, docs: int, rounds: int) -> dict[str, float]:
    found: dict[str, float] = {}
    for n in sorted({small, large, docs}):
        chars = build(work / f"docs-{n}", n)
        log(f"{n:,} documents, {chars:,} characters")
    for n in (small, large):
        wall, peak, cpu = run_batch(work / f"docs-{n}", 2, work / f"out-{n}.jsonl")
        found[f"rss.{n}"] = peak
        log(f"-j 2, {n:,} documents: {wall:.1f} s, peak {peak / 2**20:.0f} MB, "
            f"load {os.getloadavg()[0]:.1f}")
        if n == docs:
            found["wall.j2"], found["cpu.j2"] = wall, cpu
            (work / f"out-{n}.jsonl").replace(work / "out-j2.jsonl")
    for r in range(rounds):  # the fastest of the rounds: the least disturbed by other work
        for jobs in (1, 2):
            if r == 0 and f"wall.j{jobs}" in found:
                continue
            wall, _, cpu = run_batch(work / f"docs-{docs}", jobs, work / f"out-j{jobs}.jsonl")
            if wall <= found.get(f"wall.j{jobs}", wall):
                found[f"wall.j{jobs}"], found[f"cpu.j{jobs}"] = wall, cpu
            log(f"-j {jobs}, {docs:,} documents: {wall:.1f} s ({docs / wall:.0f} documents/s), "
                f"{cpu:.1f} CPU s, load {os.getloadavg()[0]:.1f}")
    found["same"] = (work / "out-j1.jsonl").read_bytes() == (work / "out-j2.jsonl").read_bytes()
    return found


def rows(found: dict[str, float], small: int, large: int, docs: int) -> list[dict]:
    ratio = found[f"rss.{large}"] / found[f"rss.{small}"]
    speedup = found["wall.j1"] / found["wall.j2"]
    mb = 2 ** 20
    return [
        {"name": f"batch -j 2 peak memory, {small:,} documents (MB)",
         "value": round(found[f"rss.{small}"] / mb, 1), "limit": None, "ok": None},
        {"name": f"batch -j 2 peak memory, {large:,} documents (MB)",
         "value": round(found[f"rss.{large}"] / mb, 1), "limit": None, "ok": None},
        {"name": f"batch -j 2 peak memory, {large:,} / {small:,} documents (at most)",
         "value": round(ratio, 3), "limit": MEMORY_RATIO_LIMIT, "ok": ratio <= MEMORY_RATIO_LIMIT},
        {"name": f"batch -j 1 documents/s ({docs:,} documents)",
         "value": round(docs / found["wall.j1"], 1), "limit": None, "ok": None},
        {"name": f"batch -j 2 documents/s ({docs:,} documents)",
         "value": round(docs / found["wall.j2"], 1), "limit": None, "ok": None},
        {"name": f"batch -j 1 CPU seconds, all processes ({docs:,} documents)",
         "value": round(found["cpu.j1"], 1), "limit": None, "ok": None},
        {"name": f"batch -j 2 CPU seconds, all processes ({docs:,} documents)",
         "value": round(found["cpu.j2"], 1), "limit": None, "ok": None},
        {"name": "batch throughput -j 2 / -j 1 (at least)",
         "value": round(speedup, 3), "limit": SPEEDUP_LIMIT, "ok": speedup >= SPEEDUP_LIMIT},
        {"name": "batch output of -j 2 the same bytes as -j 1",
         "value": bool(found["same"]), "limit": True, "ok": bool(found["same"])},
    ]


def results(small: int = 1_000, large: int = 20_000, docs: int = 20_000, rounds: int = 1,
            keep: Path | None = None) -> list[dict]:
    """The rows (name, value, limit, ok) of the batch measurements; ``limit`` and ``ok`` are
    None for a row shown for information."""
    work = Path(tempfile.mkdtemp(prefix="coopdocs-batch-"))
    try:
        return rows(measure(work, small, large, docs, rounds), small, large, docs)
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")


def table(found: list[dict]) -> str:
    lines = ["| measurement | value | limit | result |", "|---|---|---|---|"]
    for r in found:
        ok = "" if r["ok"] is None else ("**pass**" if r["ok"] else "**FAIL**")
        limit = "" if r["limit"] is None else r["limit"]
        lines.append(f"| {r['name']} | {r['value']} | {limit} | {ok} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=1_000, help="the small batch (documents)")
    ap.add_argument("--large", type=int, default=20_000, help="the large batch (documents)")
    ap.add_argument("--throughput-docs", type=int, default=20_000,
                    help="the batch timed with -j 1 and -j 2 (documents)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="time -j 1 and -j 2 this many times, alternately; keep the fastest")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    ap.add_argument("--keep", action="store_true", help="keep the generated documents")
    a = ap.parse_args()
    found = results(a.small, a.large, a.throughput_docs, a.rounds,
                    keep=Path(".") if a.keep else None)
    print(table(found))
    if a.json:
        a.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r["ok"] is not False for r in found) else 1


if __name__ == "__main__":
    sys.exit(main())
