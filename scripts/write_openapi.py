"""Write openapi.json (committed; a test checks it is current): python scripts/write_openapi.py"""

import json
from pathlib import Path

from quotesvc.app import create_app
from quotesvc.config import Settings
from quotesvc.service import WarmUp

app = create_app(Settings(), load=False, warm=WarmUp.NONE)  # the documented defaults
with app.test_client() as c:
    spec = c.get("/openapi.json").get_json()
out = Path(__file__).resolve().parent.parent / "openapi.json"
out.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {out}")
