"""Benchmark the bulk CLI against a baseline checkout, on the same input in one run.

    python scripts/bulk_bench.py [--input IN.jsonl | --polnear N_CHARS] [--baseline DIR] [--runs CMD ...]

Each run is ``python -m quotesvc extract --jsonl`` (stdin to stdout) in a fresh process, timed
from outside: wall seconds, CPU seconds of the whole process tree (user + system, workers
included) and the peak RSS of the largest process. ``--baseline DIR`` also runs the quotesvc in
another checkout (a ``git worktree`` of an older commit) on the same input, first, and prints each
run's ratio to it. Input: an {"id", "text"} JSONL file, or by default the first PolNeAR train
articles in the git-ignored ``.cache/polnear/`` (built by ``../shared/eval/convert/``) up to
``--polnear`` characters, else the GUM news articles in ``../shared/eval``.

Not a test: figures depend on the machine and what else runs on it; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_input(path: Path, limit: int) -> tuple[int, int]:
    """Write the default input to PATH: (documents, characters)."""
    polnear = ROOT / ".cache" / "polnear" / "polnear.train.jsonl"
    gum = ROOT.parent / "shared" / "eval" / "gum_news.train.jsonl"
    source = polnear if polnear.is_file() else gum
    docs = chars = 0
    with source.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        for line in f:
            obj = json.loads(line)
            out.write(json.dumps({"id": obj["id"], "text": obj["text"]}, ensure_ascii=False) + "\n")
            docs += 1
            chars += len(obj["text"])
            if chars >= limit:
                break
    return docs, chars


# Runs the command and prints its process tree's rusage as the last line of stderr, so that each
# run's peak RSS is its own (RUSAGE_CHILDREN of this script would be the largest of all runs).
_WRAPPER = """
import json, resource, subprocess, sys
rc = subprocess.call(sys.argv[1:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "cpu": r.ru_utime + r.ru_stime, "rss": r.ru_maxrss / 1024}), file=sys.stderr)
"""


def run(checkout: Path, args: list[str], input_path: Path) -> dict[str, float]:
    """Time one bulk run of the quotesvc in CHECKOUT."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    t0 = time.perf_counter()
    with input_path.open("rb") as stdin, tempfile.TemporaryFile() as out:
        proc = subprocess.run(
            [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "quotesvc", "extract", "--jsonl", *args],
            stdin=stdin,
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            cwd=checkout,
            check=False,
        )
        wall = time.perf_counter() - t0
        out.seek(0)
        lines = sum(1 for _ in out)
    usage = json.loads(proc.stderr.decode().strip().splitlines()[-1])
    if usage["rc"] != 0:
        sys.exit(f"{checkout} {' '.join(args)} failed ({usage['rc']}):\n{proc.stderr.decode()[-2000:]}")
    return {"wall": wall, "cpu": usage["cpu"], "rss": usage["rss"], "lines": lines}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, help="an {id, text} JSONL file (default: PolNeAR train, see --polnear)")
    ap.add_argument("--polnear", type=int, default=430_000, help="characters of PolNeAR train to use")
    ap.add_argument("--baseline", type=Path, help="another checkout to run first, as the baseline")
    ap.add_argument("--baseline-args", default="", help="its CLI arguments (an old CLI may lack --workers)")
    ap.add_argument(
        "--runs",
        nargs="*",
        default=["--workers 2", "--workers 1 --threads 2"],
        help="CLI arguments of each run of this checkout",
    )
    a = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        path = a.input
        if path is None:
            path = Path(tmp) / "input.jsonl"
            docs, chars = build_input(path, a.polnear)
        else:
            texts = [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            docs, chars = len(texts), sum(map(len, texts))
        load = os.getloadavg()[0]
        print(f"input: {docs} documents, {chars:,} characters; load average before: {load:.2f}; {os.cpu_count()} cores")
        rows: list[tuple[str, dict[str, float]]] = []
        if a.baseline is not None:
            rows.append(
                (
                    f"baseline {a.baseline.name} {a.baseline_args}".strip(),
                    run(a.baseline, a.baseline_args.split(), path),
                )
            )
        for args in a.runs:
            rows.append((f"this checkout {args}", run(ROOT, args.split(), path)))
    base = rows[0][1]
    print(
        f"{'':44s} {'wall s':>7s} {'CPU s':>7s} {'peak RSS MB':>11s} {'chars/s':>8s} {'speed-up':>8s} {'CPU cut':>7s}"
    )
    for name, r in rows:
        print(
            f"{name:44s} {r['wall']:7.1f} {r['cpu']:7.1f} {r['rss']:11.0f} {chars / r['wall']:8,.0f} "
            f"{base['wall'] / r['wall']:7.2f}x {base['cpu'] / r['cpu']:6.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
