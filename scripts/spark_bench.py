"""Spark scaling: the same documents through quotesvc.spark on local[1] and local[2], in one run.

    python scripts/spark_bench.py [--docs 200]

Documents default to the GUM news articles in ../shared/eval, repeated up to --docs. Each master
gets a fresh SparkSession; a warm-up job loads the model in every Python worker first, so the
figures are extraction throughput. Prints documents/s, chars/s and the scaling efficiency
(speed-up from one core to two, divided by two).
"""

import argparse
import json
import time
from pathlib import Path

root = Path(__file__).resolve().parent.parent


def texts(n: int) -> list[dict]:
    src = root.parent / "shared" / "eval" / "gum_news.train.jsonl"
    base = [json.loads(line)["text"] for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"id": f"d{i}", "text": base[i % len(base)]} for i in range(n)]


def run(master: str, docs: list[dict], cores: int) -> float:
    from pyspark.sql import SparkSession

    from quotesvc.spark import extract_quotes

    spark = (
        SparkSession.builder.master(master)
        .appName("quotesvc-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        warm = spark.createDataFrame(docs[:cores], "id string, text string").repartition(cores)
        extract_quotes(warm).count()  # every worker loads the model
        df = spark.createDataFrame(docs, "id string, text string").repartition(cores * 16).cache()
        df.count()
        t0 = time.perf_counter()
        n = extract_quotes(df).filter("error is null").count()
        secs = time.perf_counter() - t0
        assert n == len(docs), n
        return secs
    finally:
        spark.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    a = ap.parse_args()
    docs = texts(a.docs)
    chars = sum(len(d["text"]) for d in docs)
    one = run("local[1]", docs, 1)
    two = run("local[2]", docs, 2)
    print(f"{len(docs)} documents, {chars:,} characters")
    for name, secs in (("local[1]", one), ("local[2]", two)):
        print(f"{name:9s} {secs:7.1f} s {len(docs) / secs:6.2f} docs/s {chars / secs:9,.0f} chars/s")
    print(f"speed-up {one / two:.2f}x from one core to two; scaling efficiency {one / two / 2:.0%}")


if __name__ == "__main__":
    main()
