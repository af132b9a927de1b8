"""Quote extraction on Apache Spark: the same results as the CLI, over an archive, on a cluster.

    from quotesvc.spark import extract_quotes
    quotes = extract_quotes(spark.read.parquet("articles/"), text_col="text", id_col="id")

    spark-submit ... -m quotesvc.spark --input articles.jsonl --output quotes/   # or python -m

One output row per input row: ``id``, ``quotes``, ``speakers``, ``warnings`` (with the JSON
result's fields, as a declared Spark schema) and ``error`` (null, or ``{code, message}``). A
document that is empty, too long or fails gives an error row; it never fails the job. It runs as
``mapInPandas`` over Arrow batches; each Python worker loads the model once (a lazy module-level
cache) and uses one torch thread, so Spark's task slots are the parallelism. Needs
``pip install quotesvc[spark]`` (pyspark, pandas) and Java.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from quotesvc.bulk import BATCH, check_text, error_line, extract_batch
from quotesvc.errors import ValidationFailedError
from quotesvc.results import Scope

SCOPES = tuple(s.value for s in Scope)
#: Characters per document; longer ones get an error row (the service's default limit).
DEFAULT_MAX_CHARS = 100_000

_SPAN = "struct<name:string,text:string,start:int,end:int>"
QUOTE_TYPE = (
    "struct<id:string,type:string,category:string,text:string,start:int,end:int,spans:array<array<int>>,"
    "speaker:struct<name:string,text:string,start:int,end:int,kind:string>,"
    f"source:{_SPAN},cue:struct<text:string,lemma:string,start:int,end:int,negated:boolean>,addressee:{_SPAN},"
    "confidence:double,paragraph:int,sentence:int,warnings:array<string>>"
)
SPEAKER_TYPE = "struct<name:string,kind:string,mentions:array<array<int>>,quote_ids:array<string>>"
#: The output rows' Spark schema (DDL).
RESULT_SCHEMA = (
    f"id string, quotes array<{QUOTE_TYPE}>, speakers array<{SPEAKER_TYPE}>, warnings array<string>, "
    "error struct<code:string,message:string>"
)
JSON_SCHEMA = "id string, json string"

_EXTRACTOR: Any = None


def extractor(model_dir: str | None = None) -> Any:
    """This Python worker's extractor, loaded on first use with one torch thread."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from quotesvc.extract import Extractor

        _EXTRACTOR = Extractor(model_dir=model_dir, threads=1)
    return _EXTRACTOR


def extract_rows(
    ids: list[Any],
    texts: list[Any],
    *,
    max_chars: int,
    model_dir: str | None = None,
    scope: Scope | str = Scope.STATEMENTS,
) -> list[dict]:
    """The CLI's JSON object per document: the result, or ``{"id", "error"}``. Documents are checked
    and extracted as in the bulk CLI (``bulk.check_text``, ``bulk.extract_batch``), BATCH at a time:
    an Arrow batch can hold thousands, and the parser's padding grows with the batch's longest
    sentences. One bad document loses no other."""
    out: list[dict] = []
    good: list[tuple[int, str | None, str]] = []
    for i, (raw_id, text) in enumerate(zip(ids, texts, strict=True)):
        doc_id = None if raw_id is None else str(raw_id)
        err = (
            ValidationFailedError("the text is missing or not a string")
            if not isinstance(text, str)
            else check_text(text, max_chars, f"document {doc_id!r}")
        )
        out.append(error_line(doc_id, err) if err is not None else {})
        if err is None:
            good.append((i, doc_id, text))
    for start in range(0, len(good), BATCH):
        chunk = good[start : start + BATCH]
        results = extract_batch([(doc_id, text) for _, doc_id, text in chunk], extractor(model_dir), Scope(scope))
        for (i, _, _), obj in zip(chunk, results, strict=True):
            out[i] = obj
    return out


def _result_row(obj: dict) -> dict:
    if "error" in obj:
        error = obj["error"]
        return {
            "id": obj["id"],
            "quotes": None,
            "speakers": None,
            "warnings": None,
            "error": {"code": error["code"], "message": error["message"]},
        }
    return {
        "id": obj["id"],
        "quotes": obj["quotes"],
        "speakers": obj["speakers"],
        "warnings": obj["warnings"],
        "error": None,
    }


def _json_row(obj: dict) -> dict:
    """The CLI's JSON line: the result, or {"id", "error": {code, message, details}}."""
    return {"id": obj["id"], "json": json.dumps(obj, ensure_ascii=False)}


#: (the row for each document, the output columns, their Spark schema)
_RESULT_ROWS = (_result_row, ["id", "quotes", "speakers", "warnings", "error"], RESULT_SCHEMA)
_JSON_ROWS = (_json_row, ["id", "json"], JSON_SCHEMA)


def _frames(batches: Iterator[Any], row: Callable[[dict], dict], columns: list[str], options: dict) -> Iterator[Any]:
    """mapInPandas' function: each Arrow batch of (text, id) rows -> a batch of output rows."""
    import pandas as pd

    text_col, id_col = options["text_col"], options["id_col"]
    for batch in batches:
        ids = list(batch[id_col]) if id_col in batch else [None] * len(batch)
        found = extract_rows(
            ids,
            list(batch[text_col]),
            max_chars=options["max_chars"],
            model_dir=options["model_dir"],
            scope=options["scope"],
        )
        yield pd.DataFrame([row(obj) for obj in found], columns=columns)


def _map(df: Any, rows: tuple, options: dict) -> Any:
    if options["scope"] not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {options['scope']!r}")
    text_col, id_col = options["text_col"], options["id_col"]
    if text_col not in df.columns:
        raise ValueError(f"the DataFrame has no column {text_col!r} (its columns: {', '.join(df.columns)})")
    row, columns, schema = rows
    cols = [text_col] + ([id_col] if id_col in df.columns else [])
    return df.select(*cols).mapInPandas(lambda batches: _frames(batches, row, columns, options), schema=schema)


def extract_quotes(
    df: Any,
    *,
    text_col: str = "text",
    id_col: str = "id",
    scope: str = "statements",
    max_chars: int = DEFAULT_MAX_CHARS,
    model_dir: str | None = None,
) -> Any:
    """The quotes of every row of DF, one output row per input row (``RESULT_SCHEMA``).

    ``id_col`` may be missing (ids are then null). ``scope`` is "statements" (the
    default) or "attributions" (also speech acts, cognition and evidence; the ``category`` field). ``model_dir`` must exist on every executor (default: the bundled model).
    """
    options = {"text_col": text_col, "id_col": id_col, "scope": scope, "max_chars": max_chars, "model_dir": model_dir}
    return _map(df, _RESULT_ROWS, options)


def extract_json(df: Any, **options: Any) -> Any:
    """Like ``extract_quotes`` (same keyword arguments) but with the CLI's JSON line per row
    (columns ``id``, ``json``)."""
    defaults = {
        "text_col": "text",
        "id_col": "id",
        "scope": "statements",
        "max_chars": DEFAULT_MAX_CHARS,
        "model_dir": None,
    }
    return _map(df, _JSON_ROWS, {**defaults, **options})


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m quotesvc.spark",
        description="Extract the quotes of every document of an archive on Spark (ready for spark-submit).",
    )
    p.add_argument("--input", required=True, help="JSONL ({id, text} lines) or Parquet files (a path or glob)")
    p.add_argument("--output", required=True, help="the output directory (Spark writes part files into it)")
    p.add_argument("--input-format", choices=("jsonl", "parquet"), default="jsonl", help="default: jsonl")
    p.add_argument(
        "--output-format",
        choices=("jsonl", "parquet"),
        default="jsonl",
        help="jsonl: the CLI's JSON line per document; parquet: the declared schema (default: jsonl)",
    )
    p.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, default=None, help="repartition the input into N partitions")
    p.add_argument("--scope", choices=SCOPES, default="statements", help="what to extract (default: statements)")
    p.add_argument("--text-col", default="text", help="the text column (default: text)")
    p.add_argument("--id-col", default="id", help="the id column (default: id)")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="characters per document (default: 100000)")
    p.add_argument("--model-dir", default=None, help="a Stanza resources directory on every executor")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from pyspark.sql import SparkSession

    # Local Python workers run this interpreter (with quotesvc and pyarrow), not the first
    # "python3" on PATH, unless the user chose one.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    builder = SparkSession.builder.appName("quotesvc")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        if args.input_format == "jsonl":
            df = spark.read.schema(f"{args.id_col} string, {args.text_col} string").json(args.input)
        else:
            df = spark.read.parquet(args.input)
        if args.partitions:
            df = df.repartition(args.partitions)
        options = {
            "text_col": args.text_col,
            "id_col": args.id_col,
            "scope": args.scope,
            "max_chars": args.max_chars,
            "model_dir": args.model_dir,
        }
        if args.output_format == "jsonl":
            extract_json(df, **options).select("json").write.mode("overwrite").text(args.output)
        else:
            extract_quotes(df, **options).write.mode("overwrite").parquet(args.output)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
