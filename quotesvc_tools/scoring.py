# The project's quote scorer: a copy of ../shared/eval/score.py (tests and scripts use this one; scripts/evaluate_quotes.py warns if they drift).
"""Score a quote extractor's output against gold quotes.

    python3 eval/score.py GOLD.jsonl SYSTEM.jsonl [--json] [--by-type]

Gold lines: {"id", "text", "quotes": [{"start","end","text","type","speaker",
             "speaker_spans","source","required"?}]}
System lines: {"id", "quotes": [{"start","end" | "spans": [[s,e],...], "type",
               "speaker": {"name","start","end"} | str | null,
               "source": {"name"} | str | null}]}

A system piece matches a gold quote when their character spans overlap with
Jaccard >= 0.5 (one-to-one, best overlap first). Gold quotes with
"required": false are neither missed nor false when unmatched. The speaker is
right when the canonical names agree (full name, or same last word, or one
contains the other), or when the system's speaker mention overlaps a gold
speaker mention; an unresolved pronoun is never right.
"""
import argparse
import json
import re
import sys
from collections import defaultdict

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "hers", "their"}
TITLES = {"mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "sgt", "president", "secretary", "minister",
          "prime", "ayatollah", "sen", "senator", "rep", "gov", "governor", "the", "a", "an", "of", "state",
          "spokesman", "spokeswoman", "military", "chief", "general", "foreign", "supreme", "leader"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def words(name):
    return [w for w in re.findall(r"[\w’'-]+", (name or "").lower())]


def norm_name(name):
    return " ".join(w for w in words(name) if w not in TITLES)


def speaker_of(q):
    s = q.get("speaker")
    if isinstance(s, dict):
        return s.get("name") or s.get("text"), [(s["start"], s["end"])] if "start" in s and s.get("start") is not None else []
    return s, []


def source_of(q):
    s = q.get("source")
    return (s.get("name") or s.get("text")) if isinstance(s, dict) else s


def names_agree(sys_name, gold_name):
    if not sys_name or not gold_name:
        return False
    sw, gw = words(sys_name), words(gold_name)
    if not sw or all(w in PRONOUNS for w in sw):
        return False
    a, b = norm_name(sys_name), norm_name(gold_name)
    if not a or not b:
        return sys_name.lower().strip() == gold_name.lower().strip()
    if a == b or a.split()[-1] == b.split()[-1]:
        return True
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def pieces(q):
    """The character spans of a system quote; a quote without usable offsets has none."""
    if q.get("spans"):
        return [tuple(s) for s in q["spans"] if isinstance(s, (list, tuple)) and len(s) == 2]
    if isinstance(q.get("start"), int) and isinstance(q.get("end"), int):
        return [(q["start"], q["end"])]
    return []


def jaccard(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def score(gold, system):
    c = defaultdict(int)
    per_type = defaultdict(lambda: defaultdict(int))
    misses, falses, wrong = [], [], []
    for doc_id, g in gold.items():
        sys_quotes = system.get(doc_id, {}).get("quotes", [])
        sys_pieces = [(p, q) for q in sys_quotes for p in pieces(q)]
        pairs = sorted(((jaccard((gq["start"], gq["end"]), p), gi, si)
                        for gi, gq in enumerate(g["quotes"]) for si, (p, _) in enumerate(sys_pieces)),
                       reverse=True)
        gmatch, smatch = {}, {}
        for j, gi, si in pairs:
            if j < 0.5:
                break
            if gi in gmatch or si in smatch:
                continue
            gmatch[gi], smatch[si] = si, gi
        for gi, gq in enumerate(g["quotes"]):
            t = gq.get("type") or "any"
            required = gq.get("required", True)
            if gi not in gmatch:
                if required:
                    c["fn"] += 1
                    per_type[t]["fn"] += 1
                    misses.append((doc_id, gq["text"][:70]))
                continue
            c["tp"] += 1
            per_type[t]["tp"] += 1
            sq = sys_pieces[gmatch[gi]][1]
            name, mention = speaker_of(sq)
            gspans = [tuple(s) for s in gq.get("speaker_spans") or []]
            right = names_agree(name, gq.get("speaker")) or (
                name and not all(w in PRONOUNS for w in words(name))
                and any(jaccard(m, s) >= 0.5 for m in mention for s in gspans))
            if gq.get("speaker") is None:
                right = True
            c["speaker_right" if right else "speaker_wrong"] += 1
            per_type[t]["speaker_right" if right else "speaker_wrong"] += 1
            if not right:
                wrong.append((doc_id, gq["text"][:50], gq.get("speaker"), name))
            if gq.get("source"):
                c["source_total"] += 1
                c["source_right"] += names_agree(source_of(sq), gq["source"])
        for si, (p, sq) in enumerate(sys_pieces):
            if si not in smatch:
                c["fp"] += 1
                falses.append((doc_id, g["text"][p[0]:p[1]][:70]))
    return c, per_type, misses, falses, wrong


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(c):
    p, r, f = prf(c["tp"], c["fp"], c["fn"])
    matched = c["speaker_right"] + c["speaker_wrong"]
    attr = c["speaker_right"] / matched if matched else 0.0
    # end to end: a quote counts only when found and attributed right
    ep, er, ef = prf(c["speaker_right"], c["fp"] + c["speaker_wrong"], c["fn"] + c["speaker_wrong"])
    out = {"quote_p": p, "quote_r": r, "quote_f1": f, "speaker_acc": attr,
           "e2e_p": ep, "e2e_r": er, "e2e_f1": ef, "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
    if c["source_total"]:
        out["source_acc"] = c["source_right"] / c["source_total"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    gold, system = load(a.gold), load(a.system)
    missing = [k for k in gold if k not in system]
    c, per_type, misses, falses, wrong = score(gold, system)
    s = summary(c)
    s["by_type"] = {t: summary(v) for t, v in per_type.items()}
    s["docs_missing_from_system"] = len(missing)
    if a.json:
        print(json.dumps(s, indent=1))
    else:
        for t, v in sorted(s["by_type"].items()):
            # false positives carry no gold type, so per type only recall and attribution mean anything
            print(f"  {t:9s} recall {v['quote_r']:.2f}  speaker acc {v['speaker_acc']:.2f}  (found {v['tp']} of {v['tp'] + v['fn']})")
        if a.verbose:
            for m in misses[:40]:
                print("  MISS ", m)
            for m in falses[:40]:
                print("  FALSE", m)
            for m in wrong[:40]:
                print("  WRONG", m)
        print(f"quotes P {s['quote_p']:.3f} R {s['quote_r']:.3f} F1 {s['quote_f1']:.3f} | speaker acc {s['speaker_acc']:.3f}"
              f" | end-to-end F1 {s['e2e_f1']:.3f}" + (f" | source acc {s['source_acc']:.2f}" if "source_acc" in s else "")
              + (f" | {len(missing)} docs missing" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
