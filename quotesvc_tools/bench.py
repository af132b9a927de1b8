"""Benchmark: ``python -m quotesvc_tools.bench [--repeat N] [--profile] [FILE.jsonl|FILE.txt ...]``.

On the same texts in one run it prints, best of N:

* the baseline: the bare Stanza pipeline (every processor over every paragraph, every sentence
  parsed) with Stanza's own pure-Python tree decoder, as Stanza ships;
* the bare pipeline with quotesvc's compiled decoder (``quotesvc/decoder.py``);
* quotesvc's full extraction (selective parse, the default) and with every sentence parsed;

with each one's ratio to the baseline, docs/s, chars/s and the peak RSS. ``--profile`` adds the
time per stage of the extraction: tokenize, mwt, pos, lemma, sentence join, parse, rules,
coreference and serialisation. Texts default to the GUM news articles and the seed article in
../shared/eval when present, else the seed article in fixtures/.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from quotesvc.deadline import Deadline

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


def best_of(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


class StageClock(Deadline):
    """A deadline that never expires and records when each stage began (the extraction checks
    its deadline between stages, so this times them without touching the runtime code)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.marks: list[tuple[str, float]] = []

    def check(self, stage: str) -> None:
        self.marks.append((stage, time.perf_counter()))

    def durations(self, end: float) -> dict[str, float]:
        out: dict[str, float] = {}
        for (stage, t0), (_, t1) in zip(self.marks, [*self.marks[1:], ("", end)], strict=True):
            out[stage] = out.get(stage, 0.0) + t1 - t0
        return out


def profile(ex, texts: list[str], paragraphs: list[str], repeat: int) -> dict[str, float]:
    """Seconds per stage of ``ex.extract_many(texts)`` plus serialisation (best of REPEAT each)."""
    import stanza

    from quotesvc.parse import _as_document, _lemma_caches, lemmatize, stanza_copy
    from quotesvc.schemas import dump_result

    docs = [stanza_copy(p) for p in paragraphs]

    def tokenized() -> list:
        return ex.nlp.bulk_process([stanza.Document([], text=d) for d in docs], processors=["tokenize", "mwt"])

    def tagged() -> list:
        sentences = [s for d in tokenized() for s in d.sentences]
        ex.nlp.processors["pos"].process(_as_document(sentences))
        return sentences

    stages = {}
    stages["tokenize"] = best_of(
        lambda: ex.nlp.bulk_process([stanza.Document([], text=d) for d in docs], processors=["tokenize"]), repeat
    )
    stages["mwt"] = max(0.0, best_of(tokenized, repeat) - stages["tokenize"])
    with_pos = best_of(tagged, repeat)
    stages["pos"] = max(0.0, with_pos - stages["tokenize"] - stages["mwt"])
    sentences = tagged()

    def lemmas_cold() -> None:
        _lemma_caches.clear()  # the first article of a run: nothing known yet
        lemmatize(ex.nlp, sentences)

    stages["lemma (cache emptied first)"] = best_of(lemmas_cold, repeat)
    stages["(lemma, cache kept as in a service)"] = best_of(lambda: lemmatize(ex.nlp, sentences), repeat)
    runs = []
    for _ in range(repeat):
        clock = StageClock()
        results = ex.extract_many(texts, deadline=clock)
        runs.append(clock.durations(time.perf_counter()))
    best = {k: min(r.get(k, 0.0) for r in runs) for k in runs[0]}
    stages["sentence join"] = best.get("the sentence join", 0.0)
    stages["parse"] = best.get("the parse", 0.0)
    stages["rules"] = sum(best.get(k, 0.0) for k in ("quote marks", "direct quotes", "reported speech"))
    stages["coreference"] = best.get("speaker resolution", 0.0)
    stages["serialisation"] = best_of(lambda: [json.dumps(dump_result(r)) for r in results], repeat)
    stages["(tagging, measured inside the extraction)"] = best.get("tagging", 0.0)
    return stages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m quotesvc_tools.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help=".jsonl ({id, text} lines) or .txt files (default: GUM news + seed)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the best is reported")
    ap.add_argument("--threads", type=int, default=2, help="torch threads")
    ap.add_argument("--model-dir", default=None, help="a Stanza resources directory (default: the bundled model)")
    ap.add_argument("--profile", action="store_true", help="also print the time per stage of the extraction")
    a = ap.parse_args(argv)

    import stanza
    from stanza.models.common import chuliu_edmonds as python_decoder
    from stanza.models.depparse import model as depparse_model

    from quotesvc import decoder
    from quotesvc.extract import Extractor
    from quotesvc.paragraphs import find_paragraphs

    texts = load_texts(a.files)
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    ex = Extractor(model_dir=a.model_dir, threads=a.threads)
    load = time.perf_counter() - t0
    full = Extractor(ex.nlp, model_dir=a.model_dir, parse_all=True)
    paragraphs = [t[p.start : p.end] for t in texts for p in find_paragraphs(t)]

    def bare() -> None:
        ex.nlp.bulk_process([stanza.Document([], text=p) for p in paragraphs])

    ex.extract_many(texts[:2])  # warm-up
    results: dict[str, float] = {}
    depparse_model.chuliu_edmonds_one_root = python_decoder.chuliu_edmonds_one_root
    results["stanza pipeline, Python decoder (baseline)"] = best_of(bare, a.repeat)
    decoder.install()
    results["stanza pipeline, compiled decoder"] = best_of(bare, a.repeat)
    results["quotesvc extract (selective parse)"] = best_of(lambda: ex.extract_many(texts), a.repeat)
    results["quotesvc extract (every sentence parsed)"] = best_of(lambda: full.extract_many(texts), a.repeat)
    results["quotesvc extract, scope attributions"] = best_of(
        lambda: ex.extract_many(texts, scope="attributions"), a.repeat
    )
    base = results["stanza pipeline, Python decoder (baseline)"]
    n_quotes = sum(len(r.quotes) for r in ex.extract_many(texts))
    print(
        f"texts: {len(texts)} documents, {chars:,} characters, {n_quotes} quotes; "
        f"torch threads {a.threads}; model load {load:.2f} s; best of {a.repeat}"
    )
    print(f"{'':46s} {'seconds':>8s} {'ratio':>6s} {'docs/s':>7s} {'chars/s':>9s}")
    for name, secs in results.items():
        print(f"{name:46s} {secs:8.2f} {secs / base:6.2f} {len(texts) / secs:7.2f} {chars / secs:9,.0f}")
    if a.profile:
        print("\nextraction by stage (selective parse):")
        stages = profile(ex, texts, paragraphs, a.repeat)
        total = sum(v for k, v in stages.items() if not k.startswith("("))
        for name, secs in stages.items():
            share = "" if name.startswith("(") else f"{secs / total:6.1%}"
            print(f"  {name:44s} {secs:8.2f} {share}")
        print(f"  {'sum of the stages':44s} {total:8.2f}  ({chars / total:,.0f} chars/s)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
