"""Command line: ``python -m quotesvc {extract,serve,model}``.

python -m quotesvc extract FILE...                 # JSON result per file
python -m quotesvc extract --jsonl < in.jsonl      # {"id","text"} lines -> result lines
python -m quotesvc serve [--host H] [--port P]     # gunicorn with the bundled model
python -m quotesvc model path | download
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from quotesvc.config import Settings
from quotesvc.errors import (
    EmptyLineError,
    InternalError,
    InvalidJSONError,
    QuotesvcError,
    TextTooLongError,
    ValidationFailedError,
)

BATCH = 8  # JSONL lines per Stanza call


def _dump(result) -> dict:
    from quotesvc.schemas import dump_result

    return dump_result(result)


def _extractor(args):
    from quotesvc.extract import Extractor

    return Extractor(model_dir=args.model_dir, threads=args.threads)


def cmd_extract(args) -> int:
    ex = _extractor(args)
    if args.jsonl:
        return _extract_jsonl(ex, sys.stdin, sys.stdout, max_chars=args.max_chars)
    if not args.files:
        print("quotesvc extract: give FILE... or --jsonl (reads standard input)", file=sys.stderr)
        return 2
    status = 0
    for name in args.files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            print(f"quotesvc extract: {name}: {e}", file=sys.stderr)
            status = 1
            continue
        out = _dump(ex.extract(text, doc_id=name))
        print(json.dumps(out, ensure_ascii=False, indent=None if len(args.files) > 1 else 2))
    return status


def _line_error(doc_id: str | None, err: QuotesvcError) -> dict:
    return {"id": doc_id, "error": err.to_dict()}


def _extract_jsonl(ex, stdin, stdout, *, max_chars: int) -> int:
    """One output line per input line, same order and id; a bad line gets an error object."""
    from tqdm import tqdm

    lines = stdin.buffer.read().splitlines() if hasattr(stdin, "buffer") else stdin.read().encode().splitlines()
    progress = tqdm(total=len(lines), file=sys.stderr, unit="doc", disable=len(lines) < 20 or not sys.stderr.isatty())
    pending: list[tuple[int, str | None, str]] = []
    outputs: dict[int, dict] = {}

    def flush():
        if not pending:
            return
        try:
            results = ex.extract_many([t for _, _, t in pending], ids=[i for _, i, _ in pending])
        except Exception:  # one document's failure must not lose the others: redo one by one
            results = []
            for _, doc_id, text in pending:
                try:
                    results.append(ex.extract(text, doc_id=doc_id))
                except Exception as e:
                    results.append(_line_error(doc_id, InternalError(f"{type(e).__name__}: {e}")))
        for (n, _, _), res in zip(pending, results, strict=True):
            outputs[n] = res if isinstance(res, dict) else _dump(res)
        progress.update(len(pending))
        pending.clear()

    for n, raw in enumerate(lines):
        if not raw.strip():
            outputs[n] = _line_error(None, EmptyLineError("empty line"))
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            outputs[n] = _line_error(None, InvalidJSONError(f"line {n + 1}: {e}"))
            progress.update(1)
            continue
        doc_id = obj.get("id") if isinstance(obj, dict) else None
        doc_id = None if doc_id is None else str(doc_id)
        text = obj.get("text") if isinstance(obj, dict) else None
        if not isinstance(text, str) or not text.strip():
            outputs[n] = _line_error(doc_id, ValidationFailedError(f'line {n + 1}: "text" must be a non-empty string'))
        elif len(text) > max_chars:
            outputs[n] = _line_error(
                doc_id, TextTooLongError(f"line {n + 1}: {len(text)} characters; limit {max_chars}")
            )
        else:
            pending.append((n, doc_id, text))
            if len(pending) >= BATCH:
                flush()
            continue
        progress.update(1)
    flush()
    progress.close()
    for n in range(len(lines)):
        stdout.write(json.dumps(outputs[n], ensure_ascii=False) + "\n")
    stdout.flush()
    return 0


def cmd_serve(args) -> int:
    from quotesvc.server import run_gunicorn

    overrides = {
        "host": args.host,
        "port": args.port,
        "workers": args.workers,
        "model_dir": args.model_dir,
        "threads": args.threads,
    }
    settings = Settings.from_env(**overrides)
    return run_gunicorn(settings)


def cmd_model(args) -> int:
    from quotesvc import modelpack

    if args.model_cmd == "path":
        print(modelpack.model_dir(args.model_dir))
        return 0
    if args.model_cmd == "download":
        return modelpack_download(args)
    return 2


def modelpack_download(args) -> int:
    """Fetch Stanza's official English models (needs internet) into DIR; then point
    QUOTESVC_MODEL_DIR at it."""
    import stanza

    target = Path(args.dir).expanduser().resolve()
    stanza.download("en", model_dir=str(target), package=args.package, processors="tokenize,mwt,pos,lemma,depparse")
    print(f"downloaded to {target}; use it with {json.dumps('QUOTESVC_MODEL_DIR=' + str(target))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m quotesvc", description="Quotes, speakers and sources in English news text."
    )
    p.add_argument(
        "--model-dir",
        default=os.environ.get("QUOTESVC_MODEL_DIR"),
        help="Stanza resources directory (default: $QUOTESVC_MODEL_DIR, else the bundled model)",
    )
    p.add_argument("--threads", type=int, default=None, help="torch threads")
    sub = p.add_subparsers(dest="cmd", required=True)

    e = sub.add_parser("extract", help="extract quotes from files or JSONL")
    e.add_argument("files", nargs="*")
    e.add_argument("--jsonl", action="store_true", help='read {"id","text"} lines on stdin, write result lines')
    e.add_argument("--max-chars", type=int, default=Settings.from_env().max_chars)
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("serve", help="run the HTTP service (gunicorn)")
    s.add_argument("--host", default=None)
    s.add_argument("--port", type=int, default=None)
    s.add_argument("--workers", type=int, default=None)
    s.set_defaults(func=cmd_serve)

    m = sub.add_parser("model", help="the Stanza model in use")
    msub = m.add_subparsers(dest="model_cmd", required=True)
    msub.add_parser("path", help="print the model directory in use")
    dl = msub.add_parser("download", help="download Stanza's official English models (needs internet)")
    dl.add_argument("--dir", default="~/stanza_resources")
    dl.add_argument("--package", default="default")
    m.set_defaults(func=cmd_model)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuotesvcError as e:
        print(f"quotesvc: {e.code}: {e.message}", file=sys.stderr)
        return 1
