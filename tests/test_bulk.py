"""The streaming bulk run (quotesvc.bulk): order, bad lines, resume, workers, Ctrl-C.

In-process runs use the fake extractor; the process-pool and Ctrl-C runs use the real model."""

import io
import json
import signal
import subprocess
import sys
import time

import pytest

from quotesvc.bulk import done_ids, run_jsonl
from quotesvc.results import Scope
from tests.fakes import FakeExtractor

KERRY = "“There is no safety margin whatsoever,” Kerry said."


def jsonl(*objs) -> bytes:
    return b"".join((o if isinstance(o, bytes) else json.dumps(o).encode()) + b"\n" for o in objs)


def run(data: bytes, **kw) -> tuple[list[dict], object]:
    out = io.StringIO()
    summary = run_jsonl(
        io.BytesIO(data),
        out,
        max_chars=kw.pop("max_chars", 1000),
        workers=1,
        threads=1,
        model_dir=None,
        extractor=kw.pop("extractor", FakeExtractor()),
        **kw,
    )
    return [json.loads(line) for line in out.getvalue().splitlines()], summary


def test_bulk_one_line_out_per_line_in_and_in_order():
    docs = [{"id": str(i), "text": f"“Line {i},” Lee said."} for i in range(30)]
    results, summary = run(jsonl(*docs))
    assert [r["id"] for r in results] == [str(i) for i in range(30)]
    assert all(r["quotes"][0]["text"] == f"Line {i}," for i, r in enumerate(results))
    assert (summary.documents, summary.errors) == (30, 0)


def test_bulk_scope_reaches_the_extractor():
    fake = FakeExtractor()
    run(jsonl({"id": "a", "text": KERRY}), extractor=fake)
    run(jsonl({"id": "a", "text": KERRY}), extractor=fake, scope=Scope.ATTRIBUTIONS)
    assert fake.scopes == [Scope.STATEMENTS, Scope.ATTRIBUTIONS]


def test_bulk_bad_lines_get_error_objects_and_lose_nothing():
    lines = jsonl(
        {"id": "a", "text": KERRY},
        b"not json",
        b"",
        {"id": "c", "text": ""},
        {"id": "d", "text": 7},
        {"id": "e", "text": "x" * 1001},
        b'{"id": "f\\ud800", "text": "ok text here"}',
        b'{"id": "g", "text": "a \\udc00 b"}',
        {"id": "h", "text": "FAKE:FAIL the extractor raises on this one"},
        {"id": "i", "text": KERRY},
    )
    results, summary = run(lines)
    codes = [r.get("error", {}).get("code") for r in results]
    assert codes == [
        None,
        "invalid_json",
        "empty_line",
        "validation_error",
        "validation_error",
        "text_too_long",
        "invalid_utf8",
        "invalid_utf8",
        "internal_error",
        None,
    ]
    assert results[-1]["id"] == "i" and results[-1]["quotes"]
    assert summary.errors == 8


def test_bulk_memory_does_not_hold_the_input():
    """The input is read as a stream: output for the first batch exists before the rest is read."""
    seen_before_end = []

    class Source(io.RawIOBase):
        def __init__(self):
            self.lines = iter([json.dumps({"id": str(i), "text": KERRY}).encode() + b"\n" for i in range(40)])

        def readable(self):
            return True

        def __iter__(self):
            for line in self.lines:
                seen_before_end.append(len(out.getvalue().splitlines()))
                yield line

    out = io.StringIO()
    run_jsonl(Source(), out, max_chars=1000, workers=1, threads=1, model_dir=None, extractor=FakeExtractor())
    assert len(out.getvalue().splitlines()) == 40
    assert seen_before_end[-1] >= 32  # earlier batches were written while the input was still being read


def test_bulk_resume_skips_finished_ids_and_redoes_a_partial_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "a", "quotes": []}) + "\n" + '{"id": "b", "quo', encoding="utf-8")
    assert done_ids(str(out)) == {"a"}
    assert out.read_text(encoding="utf-8").endswith("}\n")  # the partial line is cut off
    docs = jsonl(*[{"id": k, "text": KERRY} for k in "abc"])
    with open(out, "a", encoding="utf-8") as f:
        summary = run_jsonl(
            io.BytesIO(docs),
            f,
            max_chars=1000,
            workers=1,
            threads=1,
            model_dir=None,
            skip={"a"},
            extractor=FakeExtractor(),
        )
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "b", "c"] and summary.skipped == 1


# --------------------------------------------------------------------------- the real model, processes


def cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "quotesvc", "extract", "--jsonl", *args], **kw)


@pytest.mark.model
def test_bulk_two_workers_equal_one_and_the_python_api(tmp_path, extractor):
    docs = [
        {"id": f"d{i}", "text": f"“We will finish phase {i},” said Ana Costa. She said it would be fine."}
        for i in range(20)
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl(*docs, {"id": "bad", "text": ""}))
    # two workers forked from a parent holding the model (one torch thread each, the default), and
    # two spawned workers with two torch threads each (a forked OpenMP pool would hang)
    runs = {"one": ["--workers", "1"], "forked": ["--workers", "2"], "spawned": ["--workers", "2", "--threads", "2"]}
    for name, args in runs.items():
        proc = cli(str(src), "--output", str(tmp_path / f"{name}.jsonl"), *args, stderr=subprocess.PIPE)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        assert err.decode().startswith("quotesvc: 21 documents, 1 errors")
    one = (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    assert one == (tmp_path / "forked.jsonl").read_text(encoding="utf-8")
    assert one == (tmp_path / "spawned.jsonl").read_text(encoding="utf-8")
    first = json.loads(one.splitlines()[0])
    assert first == extractor.extract(docs[0]["text"], doc_id="d0").to_dict()


@pytest.mark.model
def test_bulk_ctrl_c_keeps_finished_lines_and_resume_completes(tmp_path):
    docs = [{"id": f"d{i}", "text": f"“Phase {i} is done,” said Ravi Menon. " * 20} for i in range(200)]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(jsonl(*docs))
    proc = cli(str(src), "--output", str(out), "--workers", "1", "--threads", "1", stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 10):
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err.decode()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 10 <= len(lines) < 200
    assert all(json.loads(line)["quotes"] for line in lines)  # every written line is whole
    proc = cli(str(src), "--output", str(out), "--resume", "--workers", "1", stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(d["id"] for d in docs) and len(ids) == 200
