"""Command line: ``python -m quotesvc {extract,serve,model}``.

    python -m quotesvc extract article.txt             # one JSON line per document
    python -m quotesvc extract articles/ --pretty      # every .txt file in a folder, indented
    python -m quotesvc extract --jsonl < in.jsonl      # {"id","text"} lines -> result lines
    python -m quotesvc serve [--host H] [--port P]     # gunicorn with the bundled model
    python -m quotesvc model path | download

Arguments, paths and ``QUOTESVC_*`` settings are checked before the model loads; a bad one is a
single line on stderr and exit code 2. ``--model-dir`` and ``--threads`` go before or after the
subcommand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any

from quotesvc.bulk import check_text, cores, error_line, open_output, run_jsonl
from quotesvc.config import Settings
from quotesvc.errors import InvalidUTF8Error, QuotesvcError, ValidationFailedError
from quotesvc.results import Scope

EXIT_USAGE = 2


class UsageError(Exception):
    """A bad argument or path, found before the model loads."""


def _dump(result: Any) -> dict:
    from quotesvc.schemas import dump_result

    return dump_result(result)


def _extractor(args: argparse.Namespace) -> Any:
    from quotesvc.extract import Extractor

    return Extractor(model_dir=args.model_dir, threads=args.threads)


def _write(out: IO[str], obj: dict, *, pretty: bool) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n")
    out.flush()


# --------------------------------------------------------------------------- extract


def input_files(paths: list[str]) -> list[tuple[str, Path]]:
    """(id, path) for each document: a file as given, or every ``*.txt`` file in a folder (sorted,
    named by file name). Raises UsageError for a path that is neither."""
    docs: list[tuple[str, Path]] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not files:
                raise UsageError(f"{name}: a folder with no .txt files")
            docs.extend((p.name, p) for p in files)
        elif path.is_file():
            docs.append((name, path))
        else:
            raise UsageError(f"{name}: no such file or folder")
    return docs


def read_text(path: Path) -> str:
    """The file's text exactly as stored: UTF-8, line endings kept (\\r\\n and \\r stay), so that
    every offset in the result points into the file the user gave."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidUTF8Error(f"{path}: not UTF-8 ({e.reason} at byte {e.start})", details={"byte": e.start}) from e


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    max_chars = args.max_chars or settings.max_chars
    if args.jsonl:
        return _extract_jsonl(args, max_chars)
    if args.output or args.resume or args.workers:
        raise UsageError("--output, --resume and --workers go with --jsonl")
    if not args.paths:
        raise UsageError("give PATH... (files or folders of .txt files), or --jsonl to read JSONL")
    docs = input_files(args.paths)
    ex = _extractor(args)
    status = 0
    for doc_id, path in docs:
        try:
            text = read_text(path)
            err = check_text(text, max_chars, str(path))
            if err is not None:
                raise err
            out = _dump(ex.extract(text, doc_id=doc_id, scope=args.scope))
        except QuotesvcError as e:
            out, status = error_line(doc_id, e), 1
        except OSError as e:
            out, status = error_line(doc_id, ValidationFailedError(f"{path}: {e.strerror}")), 1
        _write(sys.stdout, out, pretty=args.pretty)
    return status


def _extract_jsonl(args: argparse.Namespace, max_chars: int) -> int:
    """The streaming bulk run (quotesvc.bulk): one output line per input line, in order."""
    if len(args.paths) > 1:
        raise UsageError("--jsonl reads one INPUT file (or standard input)")
    if args.resume and not args.output:
        raise UsageError("--resume needs --output OUT (the file to resume)")
    source_path = args.paths[0] if args.paths and args.paths[0] != "-" else None
    if source_path is not None and not Path(source_path).is_file():
        raise UsageError(f"{source_path}: no such file")
    workers = args.workers if args.workers is not None else cores()
    if workers < 1:
        raise UsageError("--workers: expected 1 or more")
    # processes x torch threads never exceed the cores, unless --threads says otherwise
    threads = args.threads_flag or max(1, cores() // workers)
    out, skip = open_output(args.output, args.resume)
    source = open(source_path, "rb") if source_path else sys.stdin.buffer  # noqa: SIM115
    try:
        summary = run_jsonl(
            source,
            out,
            max_chars=max_chars,
            workers=workers,
            threads=threads,
            model_dir=args.model_dir,
            skip=skip,
            scope=Scope(args.scope),
        )
    except KeyboardInterrupt:
        print("quotesvc: interrupted; every finished line is written (--resume goes on from there)", file=sys.stderr)
        return 130
    finally:
        if source_path:
            source.close()
        if args.output:
            out.close()
    print(summary.line(), file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- serve, model


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from quotesvc.server import run_gunicorn

    return run_gunicorn(settings)


def cmd_model(args: argparse.Namespace, settings: Settings) -> int:
    from quotesvc import modelpack

    if args.model_cmd == "path":
        print(modelpack.model_dir(args.model_dir))
        return 0
    return model_download(args)


def model_download(args: argparse.Namespace) -> int:
    """Fetch Stanza's official English models (needs internet) into DIR; then point
    QUOTESVC_MODEL_DIR at it."""
    import stanza

    target = Path(args.dir).expanduser().resolve()
    stanza.download("en", model_dir=str(target), package=args.package, processors="tokenize,mwt,pos,lemma,depparse")
    print(f"downloaded to {target}; use it with {json.dumps('QUOTESVC_MODEL_DIR=' + str(target))}")
    return 0


# --------------------------------------------------------------------------- parser


def _global_flags(suppress: bool) -> argparse.ArgumentParser:
    """--model-dir and --threads, accepted before and after the subcommand (after wins)."""
    p = argparse.ArgumentParser(add_help=False)
    default: Any = argparse.SUPPRESS if suppress else None
    p.add_argument(
        "--model-dir",
        default=default,
        metavar="DIR",
        help="a Stanza resources directory to use (default: $QUOTESVC_MODEL_DIR, else the bundled model)",
    )
    p.add_argument(
        "--threads", type=int, default=default, metavar="N", help="torch threads (default: $QUOTESVC_THREADS, 2)"
    )
    return p


def build_parser() -> argparse.ArgumentParser:
    sub_flags = _global_flags(suppress=True)
    p = argparse.ArgumentParser(
        prog="python -m quotesvc",
        description="Quotes, speakers and sources in English news text.",
        parents=[_global_flags(suppress=False)],
    )
    sub = p.add_subparsers(dest="cmd", required=True, metavar="{extract,serve,model}", help="what to do")

    e = sub.add_parser(
        "extract",
        parents=[sub_flags],
        help="extract quotes from files, folders or JSONL",
        description="Extract the quotes of articles. Prints one JSON result per document, one per line "
        "(--pretty: indented), in input order; a document that cannot be read or processed gets "
        '{"id", "error": {"code", "message", "details"}} instead, and the exit code is 1.',
    )
    e.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a UTF-8 text file, or a folder: every .txt file in it; with --jsonl, the INPUT file (default: stdin)",
    )
    e.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "text"} lines (INPUT or standard input) and write one result line each, streaming',
    )
    e.add_argument("--pretty", action="store_true", help="indent each JSON result (not one per line)")
    e.add_argument(
        "--scope",
        choices=[s.value for s in Scope],
        default=Scope.STATEMENTS.value,
        help="statements (default): what people said or wrote; attributions: also speech acts, cognition and "
        "evidence (each quote's category says which)",
    )
    e.add_argument("--output", metavar="OUT", help="with --jsonl: write the result lines to OUT (default: stdout)")
    e.add_argument(
        "--resume",
        action="store_true",
        help="with --output: skip the ids already in OUT (a partial last line is redone) and append",
    )
    e.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="with --jsonl: N processes with one torch thread each (default: the number of cores)",
    )
    e.add_argument(
        "--max-chars",
        type=int,
        default=None,
        metavar="N",
        help="characters per document; longer ones get a text_too_long error (default: $QUOTESVC_MAX_CHARS, 100000)",
    )
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser(
        "serve",
        parents=[sub_flags],
        help="run the HTTP service (gunicorn)",
        description="Run the HTTP service under gunicorn. Flags override the QUOTESVC_* variables.",
    )
    s.add_argument("--host", default=None, help="address to listen on (default: $QUOTESVC_HOST, 127.0.0.1)")
    s.add_argument("--port", type=int, default=None, help="port (default: $QUOTESVC_PORT, 8000)")
    s.add_argument("--workers", type=int, default=None, help="worker processes (default: $QUOTESVC_WORKERS, 1)")
    s.set_defaults(func=cmd_serve)

    m = sub.add_parser("model", parents=[sub_flags], help="the Stanza model in use", description="The Stanza model.")
    msub = m.add_subparsers(dest="model_cmd", required=True, metavar="{path,download}", help="what to do with it")
    msub.add_parser("path", help="print the model directory in use")
    dl = msub.add_parser("download", help="download Stanza's official English models (needs internet)")
    dl.add_argument("--dir", default="~/stanza_resources", help="where to put them (default: ~/stanza_resources)")
    dl.add_argument("--package", default="default", help="Stanza's package name (default: default)")
    m.set_defaults(func=cmd_model)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        overrides = {"model_dir": args.model_dir, "threads": args.threads}
        if args.cmd == "serve":
            overrides.update(host=args.host, port=args.port, workers=args.workers)
        settings = Settings.from_env(**overrides)
        args.threads_flag = args.threads  # as given on the command line (None: choose)
        args.model_dir, args.threads = settings.model_dir, settings.threads
        if getattr(args, "max_chars", None) is not None and args.max_chars <= 0:
            raise UsageError("--max-chars: expected a number above 0")
        return args.func(args, settings)
    except UsageError as e:
        print(f"quotesvc: {e}", file=sys.stderr)
        return EXIT_USAGE
    except QuotesvcError as e:
        print(f"quotesvc: {e.code}: {e.message}", file=sys.stderr)
        return EXIT_USAGE if e.code == "config_error" else 1
    except KeyboardInterrupt:
        print("quotesvc: interrupted", file=sys.stderr)
        return 130
