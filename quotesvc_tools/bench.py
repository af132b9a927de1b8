"""Benchmark: ``python -m quotesvc_tools.bench [--repeat N] [FILE.jsonl|FILE.txt ...]``.

On the same texts in one run it prints the bare Stanza pipeline's time (every processor over
every paragraph), the full extraction time with selective parsing (the default), the full
extraction with every sentence parsed, their ratios to the bare pipeline, docs/s, chars/s, and
peak RSS. Texts default to the GUM news articles and the seed article in ../shared/eval when
present, else the seed article in fixtures/.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout


def load_texts(paths: list[str]) -> list[str]:
    if not paths:
        shared = ROOT.parent / "shared" / "eval"
        paths = [str(p) for p in (shared / "gum_news.train.jsonl", shared / "seed.gold.jsonl") if p.is_file()]
        if not paths:
            paths = [str(ROOT / "fixtures" / "seed_article.txt")]
    texts = []
    for p in paths:
        data = Path(p).read_text(encoding="utf-8")
        if p.endswith(".jsonl"):
            texts += [json.loads(line)["text"] for line in data.splitlines() if line.strip()]
        else:
            texts.append(data)
    return texts


def _time(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m quotesvc_tools.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the best is reported")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model-dir", default=None)
    a = ap.parse_args(argv)

    import stanza

    from quotesvc.extract import Extractor
    from quotesvc.paragraphs import find_paragraphs

    texts = load_texts(a.files)
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    ex = Extractor(model_dir=a.model_dir, threads=a.threads)
    load = time.perf_counter() - t0
    full = Extractor(ex.nlp, model_dir=a.model_dir, parse_all=True)
    paragraphs = [t[p.start : p.end] for t in texts for p in find_paragraphs(t)]

    def bare():
        ex.nlp.bulk_process([stanza.Document([], text=p) for p in paragraphs])

    ex.extract_many(texts[:2])  # warm-up
    results = {}
    results["stanza pipeline (all sentences parsed)"] = _time(bare, a.repeat)
    results["quotesvc extract (selective parse)"] = _time(lambda: ex.extract_many(texts), a.repeat)
    results["quotesvc extract (every sentence parsed)"] = _time(lambda: full.extract_many(texts), a.repeat)
    base = results["stanza pipeline (all sentences parsed)"]
    n_quotes = sum(len(r.quotes) for r in ex.extract_many(texts))
    print(
        f"texts: {len(texts)} documents, {chars:,} characters, {n_quotes} quotes; "
        f"torch threads {a.threads}; model load {load:.2f} s; best of {a.repeat}"
    )
    print(f"{'':44s} {'seconds':>8s} {'ratio':>6s} {'docs/s':>7s} {'chars/s':>9s}")
    for name, secs in results.items():
        print(f"{name:44s} {secs:8.2f} {secs / base:6.2f} {len(texts) / secs:7.2f} {chars / secs:9,.0f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
