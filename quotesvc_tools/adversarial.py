"""Adversarial inputs: does every stage stay linear? ``python -m quotesvc_tools.adversarial``.

Runs a fixed table of hostile texts at 10k, 20k, 40k and 80k characters through the extractor and
prints, per row and size, the Stanza time (tokenize, tag, the selective parse), the rules' time
(paragraphs, quote marks, cues, quotes, speakers) and the total, then the growth of the total from
the smallest to the largest size. Linear work grows 8x from 10k to 80k; the target is at most 10x
for every row. Times are wall-clock on whatever else the machine is doing: run it on an idle one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


#: name -> a text of N characters
ROWS: dict[str, Callable[[int], str]] = {
    "quote flood (“a,” he said.)": _repeat("“a,” he said. "),
    "straight quote flood": _repeat('"a," he said. '),
    "unbalanced opening marks": _repeat("“a b "),
    "alternating marks": _repeat("“”‘’\"'"),
    "spaces": lambda n: "x" + " " * (n - 2) + "y",
    "tabs and spaces": _repeat(" \t"),
    "newlines": lambda n: "x" + "\n" * (n - 2) + "y",
    "one long word": lambda n: "x" * n,
    "no punctuation": _repeat("officials said the plan would work "),
    "many short paragraphs": _repeat("He said so.\n\n"),
    "reported speech flood": _repeat("Officials said it would work, he said. "),
    "according flood": _repeat("According to him, it works. "),
}
SIZES = (10_000, 20_000, 40_000, 80_000)


def run(extractor, text: str) -> tuple[float, float]:
    """(Stanza seconds, rules seconds) for TEXT."""
    from quotesvc.extract import build_result
    from quotesvc.parse import _lemma_caches

    _lemma_caches.clear()  # every size starts with no lemma known: the repeated units would favour the larger
    t0 = time.perf_counter()
    parsed = extractor.parse([text])
    t1 = time.perf_counter()
    build_result(parsed[0], extractor.lex)
    return t1 - t0, time.perf_counter() - t1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m quotesvc_tools.adversarial", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated text sizes in characters")
    ap.add_argument("--rows", default="", help="only rows whose name contains this")
    ap.add_argument("--threads", type=int, default=2, help="torch threads")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    from quotesvc.extract import Extractor

    extractor = Extractor(threads=args.threads)
    extractor.extract("“Warm up,” he said.")
    print(f"{'row':32s} " + " ".join(f"{s // 1000:>4d}k stanza/rules/total" for s in sizes) + "  growth")
    worst = 0.0
    for name, make in ROWS.items():
        if args.rows and args.rows not in name:
            continue
        totals, cells = [], []
        for size in sizes:
            stanza_s, rules_s = run(extractor, make(size))
            totals.append(stanza_s + rules_s)
            cells.append(f"{stanza_s:6.2f}/{rules_s:5.2f}/{stanza_s + rules_s:6.2f}")
        growth = totals[-1] / max(totals[0], 1e-3)
        worst = max(worst, growth)
        print(f"{name:32s} " + " ".join(f"{c:>26s}" for c in cells) + f"  {growth:5.1f}x", flush=True)
    print(
        f"worst growth {sizes[0] // 1000}k -> {sizes[-1] // 1000}k: {worst:.1f}x (linear: {sizes[-1] / sizes[0]:.0f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
