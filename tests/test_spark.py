"""quotesvc.spark in local mode (local[2]) on the bundled model: the function and the job.

Skipped, with the reason, where pyspark or Java is missing (.ci/run installs both)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from quotesvc.bulk import run_jsonl

pytestmark = [pytest.mark.model, pytest.mark.spark]

DOCS = [
    {"id": f"d{i}", "text": f"“We will finish phase {i} in spring,” said Ana Costa. She told reporters it would hold."}
    for i in range(19)
] + [{"id": "bad", "text": ""}]


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.skip("no Java on this machine (Debian: apt-get install default-jre-headless)")
    pyspark_sql = pytest.importorskip("pyspark.sql")
    # The workers run this interpreter (with pyarrow) even when the venv is not activated: local
    # mode reads PYSPARK_PYTHON, not only the session's "spark.pyspark.python".
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("quotesvc-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def cli_lines(extractor, docs) -> dict[str, dict]:
    """What ``python -m quotesvc extract --jsonl`` writes for DOCS, by id."""
    import io

    out = io.StringIO()
    source = io.BytesIO("".join(json.dumps(d) + "\n" for d in docs).encode())
    run_jsonl(source, out, max_chars=100_000, workers=1, threads=2, model_dir=None, extractor=extractor)
    return {json.loads(line)["id"]: json.loads(line) for line in out.getvalue().splitlines()}


def test_spark_extract_quotes_rows_equal_the_cli_and_a_bad_document_is_an_error_row(spark, extractor):
    from quotesvc.spark import extract_quotes

    df = spark.createDataFrame(DOCS, "id string, text string").repartition(2)
    rows = {r["id"]: r.asDict(recursive=True) for r in extract_quotes(df).collect()}
    assert len(rows) == len(DOCS)
    expected = cli_lines(extractor, DOCS)
    for doc in DOCS[:-1]:
        want = expected[doc["id"]]
        got = rows[doc["id"]]
        assert got["error"] is None
        assert (got["quotes"], got["speakers"], got["warnings"]) == (want["quotes"], want["speakers"], want["warnings"])
    bad = rows["bad"]
    assert bad["quotes"] is None and bad["error"]["code"] == "validation_error"
    assert expected["bad"]["error"]["code"] == "validation_error"


def test_spark_job_jsonl_writes_the_clis_lines_and_parquet_the_schema(spark, extractor, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS) + "not json\n", encoding="utf-8")
    out = tmp_path / "out"
    job = [
        sys.executable,
        "-m",
        "quotesvc.spark",
        "--master",
        "local[2]",
        "--input",
        str(src),
        "--output",
        str(out),
        "--partitions",
        "2",
    ]
    proc = subprocess.run(job, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    lines = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text().splitlines()]
    assert len(lines) == len(DOCS) + 1
    expected = cli_lines(extractor, DOCS)
    by_id = {line["id"]: line for line in lines if line["id"] is not None}
    for doc in DOCS[:-1]:
        assert by_id[doc["id"]] == expected[doc["id"]]
    # The error line has the CLI's shape and code; its message names the document, not a line number.
    assert by_id["bad"]["error"]["code"] == expected["bad"]["error"]["code"] == "validation_error"
    assert [line["error"]["code"] for line in lines if line["id"] is None] == ["validation_error"]

    parquet = tmp_path / "out.parquet"
    proc = subprocess.run(
        [*job[:-4], "--output", str(parquet), "--output-format", "parquet"], capture_output=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    table = spark.read.parquet(str(parquet))
    assert table.schema.simpleString().startswith("struct<id:string,quotes:array<struct<id:string,type:string")
    assert table.filter("error is null").count() == len(DOCS) - 1


def test_spark_rejects_an_unknown_scope_or_column(spark):
    from quotesvc.spark import extract_quotes

    df = spark.createDataFrame([{"id": "a", "body": "x"}], "id string, body string")
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_quotes(df)
    with pytest.raises(ValueError, match="scope"):
        extract_quotes(df, text_col="body", scope="everything")
