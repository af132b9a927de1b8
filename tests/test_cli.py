"""The CLI as a user runs it: subprocesses, real model."""

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES

pytestmark = pytest.mark.model


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "quotesvc", *args], input=stdin, capture_output=True, timeout=300)


def test_cli_extract_file_prints_json():
    out = run("extract", str(FIXTURES / "seed_article.txt"))
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert any(q["speaker"] and q["speaker"]["name"] == "John Kerry" for q in data["quotes"])


def test_cli_jsonl_keeps_ids_and_order_and_reports_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "“We will win this,” the coach said."}),
        "not json at all",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps({"id": "e", "text": "Officials said the bridge would reopen on Monday."}),
    ]
    out = run("extract", "--jsonl", stdin=("\n".join(lines) + "\n").encode())
    assert out.returncode == 0, out.stderr.decode()
    results = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r.get("id") for r in results] == ["a", None, "c", "d", "e"]
    assert results[0]["quotes"][0]["speaker"]["text"] == "the coach"
    assert results[1]["error"]["code"] == "invalid_json"
    assert results[2]["error"]["code"] == "validation_error"
    assert results[3]["error"]["code"] == "validation_error"
    assert results[4]["quotes"][0]["type"] == "indirect"


def test_cli_model_path_prints_the_bundled_dir():
    out = run("model", "path")
    assert out.returncode == 0
    path = out.stdout.decode().strip()
    assert path.endswith("models/stanza")


def test_cli_missing_model_dir_gives_one_clear_error(tmp_path):
    missing = tmp_path / "nowhere"
    out = run("--model-dir", str(missing), "extract", str(FIXTURES / "seed_article.txt"))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert str(missing) in err and "model_error" in err
    assert "Traceback" not in err
