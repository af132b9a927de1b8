"""Score quotesvc on the gold sets with the project's scorer (``quotesvc_tools.scoring``).

    python scripts/evaluate_quotes.py                     # seed, GUM news, GUM open dev, PolNeAR train (if built)
    python scripts/evaluate_quotes.py GOLD.jsonl ...      # these sets only
    python scripts/evaluate_quotes.py --sample 100        # PolNeAR train: a fixed sample of 100 documents
    python scripts/evaluate_quotes.py --errors polnear.train.statements   # misses by cause, with examples
    python scripts/evaluate_quotes.py --parses .cache/parses           # keep the parses; later runs reuse them
    python scripts/evaluate_quotes.py GOLD.jsonl --scope attributions --categories statement,cognition
                                                          # GUM's own definition: speech and thought

PolNeAR train (the large news development set) is built into the git-ignored .cache/polnear/ by
``../shared/eval/convert/build_polnear_train.sh`` (see ../shared/eval/README.md); its dev and test
splits are held out and never read here. For PolNeAR it also prints recall per scope (statement,
speech_act, cognition, evidence, ...). System output goes to build/eval/. The scorer is a copy of
``../shared/eval/score.py``; this script says so if the two have drifted apart.
"""

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from quotesvc_tools import scoring  # noqa: E402

shared = root.parent / "shared" / "eval"
polnear = root / ".cache" / "polnear"
DEFAULT_SETS = [
    shared / "seed.gold.jsonl",
    shared / "gum_news.train.jsonl",
    shared / "gum_open.dev.jsonl",
    polnear / "polnear.train.statements.jsonl",
    polnear / "polnear.train.jsonl",
]
#: The scope each set is scored with: the full PolNeAR file annotates every attribution (speech
#: acts, beliefs, evidence too), so "attributions"; the other sets the default, "statements".
#: GUM's RST attribution relations also count thought with a clause ("I think ..."), which the
#: default leaves out: ``--scope attributions`` shows GUM with it.
SCOPE_OF = {"polnear.train.jsonl": "attributions"}


def scope_of(path: Path, forced: str | None = None) -> str:
    return forced or SCOPE_OF.get(path.name, "statements")


def load(path: Path, sample: int | None) -> list[dict]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if sample and len(docs) > sample:
        step = len(docs) / sample  # a fixed, evenly spread sample: the same documents every run
        docs = [docs[int(i * step)] for i in range(sample)]
    return docs


def recall_by(key: str, gold: dict[str, dict], system: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """(found, total) per value of each gold quote's KEY (e.g. scope), non-required quotes included."""
    regrouped = {
        doc_id: {**g, "quotes": [{**q, "type": q.get(key) or "none", "required": True} for q in g["quotes"]]}
        for doc_id, g in gold.items()
    }
    _, per_value, _, _, _ = scoring.score(regrouped, system)
    return {v: (c["tp"], c["tp"] + c["fn"]) for v, c in sorted(per_value.items())}


def with_scopes(gold_path: Path, gold: dict[str, dict]) -> dict[str, dict] | None:
    """GOLD with each quote's scope taken from the statements file built beside it (the full PolNeAR
    file has none), or None."""
    statements = gold_path.with_name(gold_path.name.replace(".jsonl", ".statements.jsonl"))
    if not statements.exists() or gold_path.name.endswith(".statements.jsonl"):
        return None
    scope = {
        (d["id"], q["start"], q["end"]): q.get("scope")
        for d in map(json.loads, statements.read_text(encoding="utf-8").splitlines())
        for q in d["quotes"]
    }
    return {
        doc_id: {**g, "quotes": [{**q, "scope": scope.get((doc_id, q["start"], q["end"]))} for q in g["quotes"]]}
        for doc_id, g in gold.items()
    }


def error_causes(gold: dict[str, dict], system: dict[str, dict]) -> tuple[Counter, dict[str, list[str]]]:
    """Misses by cause (span too short, too long, not found), false quotes and wrong speakers."""
    _, _, misses, falses, wrong = scoring.score(gold, system)
    causes: Counter = Counter()
    examples: dict[str, list[str]] = {}
    missed = {(doc_id, text) for doc_id, text in misses}
    for doc_id, g in gold.items():
        pieces = [p for q in system.get(doc_id, {}).get("quotes", []) for p in scoring.pieces(q)]
        for q in g["quotes"]:
            if not q.get("required", True) or (doc_id, q["text"][:70]) not in missed:
                continue
            span = (q["start"], q["end"])
            overlapping = [p for p in pieces if p[0] < span[1] and span[0] < p[1]]
            if not overlapping:
                cause = "not found"
            else:
                best = max(overlapping, key=lambda p: scoring.jaccard(span, p))
                cause = "span too short" if best[1] - best[0] < span[1] - span[0] else "span too long"
            causes[cause] += 1
            examples.setdefault(cause, []).append(f"{doc_id}: {q['text'][:100]}")
    causes["false quote"] = len(falses)
    examples["false quote"] = [f"{doc_id}: {text}" for doc_id, text in falses]
    causes["wrong speaker"] = len(wrong)
    examples["wrong speaker"] = [f"{d}: {t} | gold {g!r} | system {s!r}" for d, t, g, s in wrong]
    return causes, examples


_EXTRACTOR = None


def extract(docs: list[dict], gold_path: Path, args: argparse.Namespace) -> list:
    """Results for DOCS with the set's scope; with --parses, from the parses kept there (made and
    kept on the first run)."""
    import pickle

    from quotesvc import lexicons
    from quotesvc.extract import Extractor, build_result
    from quotesvc.results import Scope

    global _EXTRACTOR
    kept = None
    scope = scope_of(gold_path, getattr(args, "scope", None))
    if args.parses is not None:
        kept = args.parses / f"{gold_path.stem}.{args.sample or 'all'}.{scope}.parses.pickle"
        if kept.exists():
            lex = lexicons.load()
            parsed = pickle.loads(kept.read_bytes())
            model = {"name": "kept parses"}
            return [
                build_result(p, lex, doc_id=d["id"], model=model, scope=scope)
                for p, d in zip(parsed, docs, strict=True)
            ]
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    ex = _EXTRACTOR
    results, all_parsed = [], []
    for i in range(0, len(docs), 8):  # 8 documents per Stanza call, as the bulk CLI: memory stays flat
        batch = docs[i : i + 8]
        parsed = ex.parse([d["text"] for d in batch], scope=Scope(scope))
        all_parsed.extend(parsed)
        results.extend(
            build_result(p, ex.lex, doc_id=d["id"], model=ex.model, scope=scope)
            for p, d in zip(parsed, batch, strict=True)
        )
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(all_parsed, protocol=pickle.HIGHEST_PROTOCOL))
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("golds", nargs="*", type=Path, help="gold JSONL files (default: every set there is)")
    ap.add_argument("--sample", type=int, default=None, help="at most N documents per set (a fixed sample)")
    ap.add_argument("--errors", metavar="SET", help="list misses by cause for the set whose file name starts so")
    ap.add_argument("--examples", type=int, default=15, help="examples per cause with --errors")
    ap.add_argument(
        "--parses",
        type=Path,
        help="a folder for the tagged and parsed documents: written on the first run, reused by the next ones, "
        "so a change to the rules is measured in seconds (delete it after changing the model, the tagging or "
        "the lexicons that choose which sentences are parsed)",
    )
    ap.add_argument(
        "--scope",
        choices=("statements", "attributions"),
        help="score every set with this scope (default: polnear.train.jsonl with attributions, the rest statements)",
    )
    ap.add_argument(
        "--categories",
        help="score only the quotes of these categories (comma-separated, e.g. statement,cognition: speech and "
        "thought, what GUM annotates; with --scope attributions)",
    )
    args = ap.parse_args()

    ours = (root / "quotesvc_tools" / "scoring.py").read_text(encoding="utf-8").split("\n", 1)[1]
    if (shared / "score.py").exists() and ours != (shared / "score.py").read_text(encoding="utf-8"):
        print("warning: quotesvc_tools/scoring.py differs from ../shared/eval/score.py", file=sys.stderr)
    golds = args.golds or [p for p in DEFAULT_SETS if p.exists()]
    if args.errors:
        golds = [p for p in golds if p.name.startswith(args.errors)] or [
            p for p in DEFAULT_SETS if p.name.startswith(args.errors) and p.exists()
        ]

    from quotesvc.schemas import dump_result

    out_dir = root / "build" / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)
    for gold_path in golds:
        docs = load(gold_path, args.sample)
        t0 = time.perf_counter()
        results = extract(docs, gold_path, args)
        secs = time.perf_counter() - t0
        system = {r.id: dump_result(r) for r in results}
        if args.categories:
            keep = set(args.categories.split(","))
            system = {k: dict(v, quotes=[q for q in v["quotes"] if q["category"] in keep]) for k, v in system.items()}
        out = out_dir / gold_path.name.replace(".jsonl", ".system.jsonl")
        out.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in system.values()), encoding="utf-8")
        gold = {d["id"]: d for d in docs}
        counts, per_type, *_ = scoring.score(gold, system)
        s = scoring.summary(counts)
        only = f", categories {args.categories}" if args.categories else ""
        print(f"== {gold_path.name} (scope {scope_of(gold_path, args.scope)}{only}): {len(docs)} docs in {secs:.1f} s")
        for t, c in sorted(per_type.items()):
            found = c["tp"] + c["fn"]
            acc = c["speaker_right"] / c["tp"] if c["tp"] else 0.0
            print(
                f"  {t:9s} recall {c['tp'] / found if found else 0:.2f}  speaker acc {acc:.2f}  (found {c['tp']} of {found})"
            )
        print(
            f"quotes P {s['quote_p']:.3f} R {s['quote_r']:.3f} F1 {s['quote_f1']:.3f} | speaker acc {s['speaker_acc']:.3f}"
            f" | end-to-end F1 {s['e2e_f1']:.3f}"
            + (f" | source acc {s['source_acc']:.2f}" if "source_acc" in s else "")
        )
        scoped = gold if any("scope" in q for d in docs for q in d["quotes"]) else with_scopes(gold_path, gold)
        if scoped is not None:
            scopes = recall_by("scope", scoped, system)
            print("  recall by scope: " + ", ".join(f"{k} {f / n:.2f} ({f}/{n})" for k, (f, n) in scopes.items()))
        if args.errors:
            causes, examples = error_causes(gold, system)
            for cause, n in causes.most_common():
                print(f"-- {cause}: {n}")
                for line in examples.get(cause, [])[: args.examples]:
                    print(f"     {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
