"""Score quotesvc on the gold sets with the project's scorer (``quotesvc_tools.scoring``).

    python scripts/evaluate_quotes.py [GOLD.jsonl ...]     # default: seed, gum_news, gum_open.dev

Writes the system output beside it in build/eval/ and prints one line of figures per set. The
scorer is a copy of ``../shared/eval/score.py``; this script says so if the two have drifted apart.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

from quotesvc.extract import Extractor
from quotesvc.schemas import dump_result

root = Path(__file__).resolve().parent.parent
shared = root.parent / "shared" / "eval"
scorer = root / "quotesvc_tools" / "scoring.py"
if (shared / "score.py").exists():
    ours = scorer.read_text(encoding="utf-8").split("\n", 1)[1]
    if ours != (shared / "score.py").read_text(encoding="utf-8"):
        print("warning: quotesvc_tools/scoring.py differs from ../shared/eval/score.py", file=sys.stderr)
golds = [Path(p) for p in sys.argv[1:]] or [
    shared / n for n in ("seed.gold.jsonl", "gum_news.train.jsonl", "gum_open.dev.jsonl")
]
out_dir = root / "build" / "eval"
out_dir.mkdir(parents=True, exist_ok=True)
ex = Extractor()
for gold in golds:
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    results = ex.extract_many([d["text"] for d in docs], ids=[d["id"] for d in docs])
    secs = time.perf_counter() - t0
    out = out_dir / gold.name.replace(".jsonl", ".system.jsonl")
    out.write_text("".join(json.dumps(dump_result(r), ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    score = subprocess.run([sys.executable, str(scorer), str(gold), str(out)], capture_output=True, text=True)
    print(f"== {gold.name}: {len(docs)} docs in {secs:.1f} s")
    print(score.stdout.rstrip())
