"""Evaluate the Stanza pipeline from raw text on a gold CoNLL-U file (CoNLL 2018 shared task
scorer, as Stanza carries it through ``udtools``).

The raw text is rebuilt from the gold ``# text`` lines: sentences of a paragraph (``# newpar``)
joined by a space, each paragraph processed as its own document, as quotesvc does.
"""

from __future__ import annotations

import time
from pathlib import Path

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")


def gold_paragraphs(conllu: str) -> list[str]:
    paragraphs: list[list[str]] = []
    for line in conllu.splitlines():
        if line.startswith("# newdoc") or line.startswith("# newpar") or not paragraphs:
            if line.startswith("# newdoc") or line.startswith("# newpar"):
                paragraphs.append([])
                continue
            if not paragraphs:
                paragraphs.append([])
        if line.startswith("# text = "):
            paragraphs[-1].append(line[len("# text = ") :])
    return [" ".join(p) for p in paragraphs if p]


def evaluate_conllu(gold: Path, output: Path, *, model_dir=None, threads: int | None = None) -> dict:
    """Run the full pipeline on GOLD's raw text, write OUTPUT, return scores and speed."""
    import stanza
    from stanza.models.common.utils import ud_scores

    from quotesvc.modelpack import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(model_dir, threads=threads)
    load_seconds = time.perf_counter() - t0
    paragraphs = gold_paragraphs(gold.read_text(encoding="utf-8"))
    docs = [stanza.Document([], text=p) for p in paragraphs]
    t0 = time.perf_counter()
    docs = nlp.bulk_process(docs)
    seconds = time.perf_counter() - t0
    n_tokens = sum(len(s.tokens) for d in docs for s in d.sentences)
    restored = _restore_raw_text(docs, paragraphs)
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(f"{d:C}".rstrip("\n") + "\n\n")
    scores = ud_scores(str(gold), str(output))
    report = {m: round(scores[m].f1 * 100, 2) for m in METRICS if m in scores}
    # CoNLL 2018 reports aligned accuracy for tags and attachment; F1 is what we print for all.
    report.update(
        {
            "tokens": n_tokens,
            "paragraphs": len(paragraphs),
            "seconds": round(seconds, 1),
            "tokens_per_second": round(n_tokens / seconds, 1) if seconds else None,
            "load_seconds": round(load_seconds, 2),
            "torch_threads": __import__("torch").get_num_threads(),
            "tokens_restored": restored,
        }
    )
    return report


def _restore_raw_text(docs, paragraphs: list[str]) -> int:
    """Stanza's tokenizer writes <UNK> for a very long token (a 470-character URL in EWT test),
    which the CoNLL scorer cannot align with the raw text. Put the raw characters back (as
    quotesvc does: it reads word texts from the caller's text by offset). Returns how many."""
    n = 0
    for doc, raw in zip(docs, paragraphs):
        for sent in doc.sentences:
            for token in sent.tokens:
                text = raw[token.start_char : token.end_char]
                if token.text != text and len(token.words) == 1:
                    token.text = text
                    token.words[0].text = text
                    n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    ap = argparse.ArgumentParser(
        prog="python -m quotesvc_tools.ud_eval",
        description="UD scores of the pipeline from raw text on a gold CoNLL-U file",
    )
    ap.add_argument("gold", help="gold CoNLL-U file")
    ap.add_argument("--output", required=True, help="where to write the predicted CoNLL-U")
    ap.add_argument("--model-dir", default=None, help="Stanza resources directory (default: the bundled model)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads")
    args = ap.parse_args(argv)
    report = evaluate_conllu(Path(args.gold), Path(args.output), model_dir=args.model_dir, threads=args.threads)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
