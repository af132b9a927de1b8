"""The CLI as a user runs it: subprocesses. Argument and configuration errors need no model; the
rest run the real model (marked ``model``)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES

model = pytest.mark.model
ARTICLE = (
    "Officials met on Monday.\n\n"
    "“We will not back down,” Mayor Linda Okafor said. “The bridge stays open.”\n\n"
    "She told reporters the city would appeal the ruling.\n"
)


def run(*args, stdin=None, env=None):
    import os

    return subprocess.run(
        [sys.executable, "-m", "quotesvc", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env=None if env is None else {**os.environ, **env},
    )


def lines(out) -> list[dict]:
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


# --------------------------------------------------------------------------- no model


def test_cli_bad_environment_value_is_one_line_with_exit_2():
    for args in (["extract", "--help"], ["extract", str(FIXTURES / "seed_article.txt")]):
        out = run(*args, env={"QUOTESVC_MAX_CHARS": "abc"})
        err = out.stderr.decode()
        if "--help" in args:
            assert out.returncode == 0 and "Traceback" not in err
            continue
        assert out.returncode == 2, err
        assert err.strip().splitlines() == ["quotesvc: config_error: QUOTESVC_MAX_CHARS='abc': expected a whole number"]


def test_cli_missing_path_fails_before_the_model_loads(tmp_path):
    out = run("--model-dir", str(tmp_path / "no-model-here"), "extract", str(tmp_path / "nope.txt"))
    # The path is checked first: the message is about the path, not about the missing model.
    assert out.returncode == 2
    assert out.stderr.decode().strip() == f"quotesvc: {tmp_path / 'nope.txt'}: no such file or folder"


def test_cli_every_option_has_help():
    import argparse

    from quotesvc.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in [("quotesvc", parser), *subparsers.choices.items()]:
        for action in sub._actions:
            assert action.help, (name, action.dest)
    assert "every .txt file" in run("extract", "--help").stdout.decode()


def test_cli_missing_model_dir_gives_one_clear_error(tmp_path):
    missing = tmp_path / "nowhere"
    out = run("--model-dir", str(missing), "extract", str(FIXTURES / "seed_article.txt"))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert str(missing) in err and "model_error" in err
    assert "Traceback" not in err


def test_cli_global_flags_after_the_subcommand(tmp_path):
    missing = tmp_path / "nowhere"
    out = run("extract", str(FIXTURES / "seed_article.txt"), "--model-dir", str(missing), "--threads", "1")
    assert out.returncode == 1 and str(missing) in out.stderr.decode()


# --------------------------------------------------------------------------- the real model


@model
def test_cli_extract_file_prints_one_json_line():
    out = run("extract", str(FIXTURES / "seed_article.txt"))
    assert out.returncode == 0, out.stderr.decode()
    (data,) = lines(out)
    assert data["id"] == str(FIXTURES / "seed_article.txt")
    assert any(q["speaker"] and q["speaker"]["name"] == "John Kerry" for q in data["quotes"])


@model
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_cli_offsets_point_into_the_raw_file(tmp_path, newline):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.replace("\n", newline).encode("utf-8"))
    (data,) = lines(run("extract", str(path)))
    raw = path.read_bytes().decode("utf-8")
    assert len(data["quotes"]) == 3
    for q in data["quotes"]:
        assert raw[q["start"] : q["end"]] == q["text"]
        for s, e in q["spans"]:
            assert q["start"] <= s < e <= q["end"]
        assert raw[q["speaker"]["start"] : q["speaker"]["end"]] == q["speaker"]["text"]
        assert q["speaker"]["name"] == "Linda Okafor"


@model
def test_cli_folder_one_line_per_txt_file_and_pretty_and_max_chars(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("“Fine,” the coach said.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("x" * 300, encoding="utf-8")
    (tmp_path / "notes.md").write_text("“ignored,” he said.", encoding="utf-8")
    out = run("extract", str(tmp_path), "--max-chars", "200")
    assert out.returncode == 1  # c.txt is over the limit
    results = lines(out)
    assert [r["id"] for r in results] == ["a.txt", "b.txt", "c.txt"]
    assert results[0]["quotes"][0]["speaker"]["text"] == "the coach"
    assert results[2]["error"]["code"] == "text_too_long"
    pretty = run("extract", str(tmp_path / "a.txt"), "--pretty").stdout.decode()
    assert pretty.startswith('{\n  "id"') and json.loads(pretty)["quotes"]


@model
def test_cli_output_equals_the_python_api(extractor, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (cli,) = lines(run("extract", str(path)))
    api = extractor.extract(ARTICLE, doc_id=str(path)).to_dict()
    assert cli == api
    assert json.loads(extractor.extract(ARTICLE, doc_id=str(path)).to_json()) == api


@model
def test_cli_scope_attributions_equals_the_python_api(extractor, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "The mayor wants to appeal the ruling.\n", encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    (default,) = lines(run("extract", str(path)))
    (cli,) = lines(run("extract", str(path), "--scope", "attributions"))
    assert cli == extractor.extract(text, doc_id=str(path), scope="attributions").to_dict()
    assert {q["category"] for q in default["quotes"]} == {"statement"}
    assert "cognition" in {q["category"] for q in cli["quotes"]}
    (jsonl,) = lines(
        run("extract", "--jsonl", "--scope", "attributions", stdin=json.dumps({"id": "x", "text": text}).encode())
    )
    assert jsonl["quotes"] == cli["quotes"]


@model
def test_cli_jsonl_keeps_ids_and_order_and_reports_bad_lines():
    docs = [
        json.dumps({"id": "a", "text": "“We will win this,” the coach said."}),
        "not json at all",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps({"id": "e", "text": "Officials said the bridge would reopen on Monday."}),
        json.dumps({"id": "f", "text": "   \n\t "}),
    ]
    out = run("extract", "--jsonl", stdin=("\n".join(docs) + "\n").encode())
    assert out.returncode == 0, out.stderr.decode()
    results = lines(out)
    assert [r.get("id") for r in results] == ["a", None, "c", "d", "e", "f"]
    assert results[0]["quotes"][0]["speaker"]["text"] == "the coach"
    assert results[1]["error"]["code"] == "invalid_json"
    assert [results[i]["error"]["code"] for i in (2, 3)] == ["validation_error"] * 2
    assert results[5]["quotes"] == []  # white space only: a document with no quotes, as over HTTP
    assert results[4]["quotes"][0]["type"] == "indirect"


@model
def test_cli_model_path_prints_the_bundled_dir():
    out = run("model", "path")
    assert out.returncode == 0
    assert out.stdout.decode().strip().endswith("models/stanza")
