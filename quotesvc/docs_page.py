"""A self-contained HTML page describing the API from its OpenAPI spec (no CDN scripts, so it
works in an offline deployment)."""

from __future__ import annotations

import html
import json


def render_docs(spec: dict) -> str:
    title = html.escape(spec.get("info", {}).get("title", "API"))
    rows = []
    for path, ops in sorted(spec.get("paths", {}).items()):
        for method, op in ops.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            statuses = ", ".join(sorted(op.get("responses", {})))
            rows.append(
                f"<tr><td><code>{method.upper()}</code></td><td><code>{html.escape(path)}</code></td>"
                f"<td>{html.escape(op.get('summary', '') or op.get('description', ''))}</td>"
                f"<td>{statuses}</td></tr>"
            )
    schemas = "".join(
        f"<h3 id='{html.escape(name)}'>{html.escape(name)}</h3><pre>{html.escape(json.dumps(s, indent=2))}</pre>"
        for name, s in sorted(spec.get("components", {}).get("schemas", {}).items())
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title} API</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}td{{padding:.2em .8em}}
pre{{background:#f4f4f4;padding:.6em;overflow:auto}}</style></head><body>
<h1>{title} {html.escape(str(spec.get("info", {}).get("version", "")))}</h1>
<p>{html.escape(spec.get("info", {}).get("description", ""))} Machine-readable spec: <a href="/openapi.json">/openapi.json</a>.
Errors are <code>{{"error": {{"code", "message", "details"}}}}</code>.</p>
<table><tr><th>method</th><th>path</th><th>what</th><th>statuses</th></tr>{"".join(rows)}</table>
<h2>Schemas</h2>{schemas}</body></html>"""
