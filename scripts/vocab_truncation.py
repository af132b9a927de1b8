"""Does the bundled model need all of its pretrain vocabulary? Evaluate it with the pretrain cut.

    python scripts/vocab_truncation.py [--sizes 50000] [--gold ../shared/ud/en_ewt-ud-dev.conllu]

For each size N: copies the bundled model directory to build/vocab_N/, keeps the pretrain's first
N words (GloVe rows are in frequency order, so this is the N most frequent words), then runs
`python -m quotesvc_tools.ud_eval` on the gold file with that directory and with the original,
and prints both. The models were trained with the full pretrain, so this measures what the
smaller file would cost at inference without retraining.
"""

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import torch

root = Path(__file__).resolve().parent.parent
bundled = root / "quotesvc" / "models" / "stanza"


def truncate(src: Path, dst: Path, n: int) -> None:
    data = torch.load(src, map_location="cpu", weights_only=False)
    vocab = data["vocab"]
    keep = vocab["_id2unit"][:n] if "_id2unit" in vocab else None
    if keep is None:
        raise SystemExit(f"unexpected pretrain layout in {src}: {sorted(vocab)}")
    vocab = dict(vocab, _id2unit=keep, _unit2id={w: i for i, w in enumerate(keep)})
    # clone(): a slice is a view and would save the whole matrix.
    torch.save({"vocab": vocab, "emb": data["emb"][: len(keep)].clone()}, dst, _use_new_zipfile_serialization=False)


def evaluate(model_dir: Path, gold: Path, out: Path) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "quotesvc_tools.ud_eval",
            "--model-dir",
            str(model_dir),
            str(gold),
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50000")
    ap.add_argument("--gold", type=Path, default=root.parent / "shared" / "ud" / "en_ewt-ud-dev.conllu")
    a = ap.parse_args()
    build = root / "build"
    rows = [
        (
            "bundled",
            next(bundled.joinpath("en", "pretrain").glob("*.pt")).stat().st_size,
            evaluate(bundled, a.gold, build / "vocab_full.pred.conllu"),
        )
    ]
    for n in (int(s) for s in a.sizes.split(",")):
        d = build / f"vocab_{n}"
        if d.exists():
            shutil.rmtree(d)
        shutil.copytree(bundled, d)
        pt = next(d.joinpath("en", "pretrain").glob("*.pt"))
        truncate(pt, pt, n)
        rows.append((f"{n:,} words", pt.stat().st_size, evaluate(d, a.gold, build / f"vocab_{n}.pred.conllu")))
    print(f"== {a.gold.name}")
    print("| pretrain | file MB | UPOS | LAS | tokens/s |")
    print("|---|---|---|---|---|")
    for name, size, r in rows:
        print(f"| {name} | {size / 1e6:.1f} | {r['UPOS']:.2f} | {r['LAS']:.2f} | {r.get('tokens_per_second')} |")


if __name__ == "__main__":
    main()
