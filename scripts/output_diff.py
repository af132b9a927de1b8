"""Diff quotesvc's full JSON output on the seed article and every gold set, before and after a change.

    python scripts/output_diff.py snapshot build/out/before          # run the model, keep output (and parses)
    python scripts/output_diff.py snapshot build/out/after --reuse-parses build/out/before
    python scripts/output_diff.py diff build/out/before build/out/after

``snapshot`` writes one ``SET.jsonl`` per gold set (the full JSON result of every document, as the
CLI and HTTP give it) and ``SET.parses.pickle`` (the tagged and parsed articles). With
``--reuse-parses DIR`` the rules run on the parses kept in DIR, without the model: a refactor of
the rules is checked in seconds. ``diff`` prints every field that differs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = ("seed.gold", "gum_news.train", "gum_open.dev", "gum_open.train")


def _docs(name: str) -> list[dict]:
    path = SHARED / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def snapshot(out: Path, reuse: Path | None) -> None:
    from quotesvc import lexicons
    from quotesvc.extract import build_result
    from quotesvc.schemas import dump_result

    out.mkdir(parents=True, exist_ok=True)
    lex = lexicons.load()
    extractor = None
    for name in SETS:
        docs = _docs(name)
        if reuse is not None:
            parsed = pickle.loads((reuse / f"{name}.parses.pickle").read_bytes())
        else:
            from quotesvc.extract import Extractor

            extractor = extractor or Extractor(threads=2)
            parsed = extractor.parse([d["text"] for d in docs])
        (out / f"{name}.parses.pickle").write_bytes(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
        model = {"name": "snapshot"}
        lines = [
            json.dumps(dump_result(build_result(p, lex, doc_id=d["id"], model=model)), ensure_ascii=False)
            for p, d in zip(parsed, docs, strict=True)
        ]
        (out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        n_quotes = sum(len(json.loads(line)["quotes"]) for line in lines)
        print(f"{name}: {len(docs)} docs, {n_quotes} quotes")


def diff(a: Path, b: Path) -> int:
    n = 0
    for name in SETS:
        la = (a / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        lb = (b / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if len(la) != len(lb):
            print(f"{name}: {len(la)} vs {len(lb)} documents")
            n += 1
            continue
        for x, y in zip(la, lb, strict=True):
            if x == y:
                continue
            n += 1
            ja, jb = json.loads(x), json.loads(y)
            qa, qb = ja.get("quotes", []), jb.get("quotes", [])
            print(f"{name} {ja.get('id')}: {len(qa)} vs {len(qb)} quotes")
            for i, (p, q) in enumerate(zip(qa, qb)):
                if p != q:
                    keys = sorted(k for k in set(p) | set(q) if p.get(k) != q.get(k))
                    print(f"   quote {i}: {', '.join(keys)}: {p.get(keys[0])!r} -> {q.get(keys[0])!r}")
                    break
            if ja.get("speakers") != jb.get("speakers"):
                print("   speakers differ")
    print("no difference" if n == 0 else f"{n} documents differ")
    return 1 if n else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot", help="write the full output of every gold set into DIR")
    s.add_argument("dir", type=Path)
    s.add_argument("--reuse-parses", type=Path, help="a snapshot DIR whose parses to reuse (no model)")
    d = sub.add_parser("diff", help="compare two snapshots; exit 1 on any difference")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "snapshot":
        snapshot(args.dir, args.reuse_parses)
        return 0
    return diff(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
