"""Regenerate the seed article's goldens from the bundled model; review the diff before committing.

    python scripts/regenerate_goldens.py

Writes fixtures/seed.expected.json (the whole result, every field but ``model``) and
fixtures/seed.parse.conllu (the tagged and parsed article, so the rule tests on the seed article
run without the model: ``document.from_conllu``).
"""

import json
from pathlib import Path

from quotesvc.document import to_conllu
from quotesvc.extract import Extractor, build_result
from quotesvc.schemas import dump_result

root = Path(__file__).resolve().parent.parent
text = (root / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
extractor = Extractor()
(parsed,) = extractor.parse([text])
(root / "fixtures" / "seed.parse.conllu").write_text(to_conllu(parsed), encoding="utf-8")
result = dump_result(build_result(parsed, extractor.lex, doc_id="seed"))
assert result == dump_result(extractor.extract(text, doc_id="seed")) | {"model": result["model"]}
result.pop("model", None)
out = root / "fixtures" / "seed.expected.json"
out.write_text(json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(result['quotes'])} quotes) and seed.parse.conllu")
