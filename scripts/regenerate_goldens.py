"""Regenerate fixtures/seed.expected.json from the bundled model; review the diff before committing.

    python scripts/regenerate_goldens.py
"""
import json
from pathlib import Path

from quotesvc.extract import Extractor
from quotesvc.schemas import dump_result

root = Path(__file__).resolve().parent.parent
text = (root / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
result = dump_result(Extractor().extract(text, doc_id="seed"))
result.pop("model", None)
out = root / "fixtures" / "seed.expected.json"
out.write_text(json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
print(f"wrote {out}: {len(result['quotes'])} quotes")
