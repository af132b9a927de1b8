"""Bulk extraction over JSONL: ``python -m quotesvc extract --jsonl [INPUT] [--output OUT] [--resume] [--workers N]``.

Streams: input is read line by line, a bounded number of batches is in flight, every result line
is written in input order and flushed as soon as the lines before it are, so memory does not
grow with the input and a killed run loses no finished line. ``--resume`` skips the ids already
in OUT (a partial last line left by a killed run is dropped and redone). ``--workers N`` runs N
processes with one torch thread each, each loading the model once.

Every input line gives exactly one output line: a result, or ``{"id", "error": {...}}`` for a line
that is not JSON, has no usable text, is too long, holds characters UTF-8 cannot encode, or whose
extraction failed. One bad line never stops the run.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

from quotesvc.errors import (
    EmptyLineError,
    InternalError,
    InvalidJSONError,
    InvalidUTF8Error,
    QuotesvcError,
    TextTooLongError,
    ValidationFailedError,
)
from quotesvc.results import Scope

BATCH = 8  # documents per Stanza call
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, bounded memory


def cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def error_line(doc_id: str | None, err: QuotesvcError) -> dict:
    return {"id": doc_id, "error": err.to_dict()}


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(text: str, max_chars: int, where: str) -> QuotesvcError | None:
    """Why TEXT cannot be extracted, or None."""
    if not text:
        # An empty text is an error, as over HTTP; a text of white space is a document with no quotes.
        return ValidationFailedError(f'{where}: "text" is empty')
    if len(text) > max_chars:
        return TextTooLongError(
            f"{where}: {len(text)} characters; the limit is {max_chars}",
            details={"limit": max_chars, "length": len(text)},
        )
    if not _encodable(text):
        return InvalidUTF8Error(f"{where}: the text holds an unpaired surrogate")
    return None


@dataclass
class Line:
    """One input line: a document to extract (text set) or a finished error line (output set)."""

    number: int
    doc_id: str | None = None
    text: str | None = None
    output: dict | None = None


def parse_line(number: int, raw: bytes, max_chars: int) -> Line:
    where = f"line {number + 1}"
    if not raw.strip():
        return Line(number, output=error_line(None, EmptyLineError(f"{where}: empty line")))
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        return Line(number, output=error_line(None, InvalidJSONError(f"{where}: {e}")))
    doc_id = obj.get("id") if isinstance(obj, dict) else None
    doc_id = None if doc_id is None else str(doc_id)
    if doc_id is not None and not _encodable(doc_id):
        return Line(number, output=error_line(None, InvalidUTF8Error(f'{where}: "id" holds an unpaired surrogate')))
    text = obj.get("text") if isinstance(obj, dict) else None
    err = (
        ValidationFailedError(f'{where}: "text" must be a string')
        if not isinstance(text, str)
        else check_text(text, max_chars, where)
    )
    if err is not None:
        return Line(number, doc_id, output=error_line(doc_id, err))
    return Line(number, doc_id, text=text)


# --------------------------------------------------------------------------- extraction (any process)

_EXTRACTOR: Any = None


def init_worker(model_dir: str | None, threads: int) -> None:
    """Load the model once in this worker process, with THREADS torch threads (a forked worker
    already holds the parent's model and only sets its threads)."""
    global _EXTRACTOR
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if _EXTRACTOR is not None:  # forked from a parent that loaded it (one torch thread)
        return
    from quotesvc.extract import Extractor

    _EXTRACTOR = Extractor(model_dir=model_dir, threads=threads)


def _pool_context(model_dir: str | None, threads: int):
    """The multiprocessing context for the workers. On Linux, with one torch thread per worker
    (the default), the model is loaded once, here, and the workers are forked from this process:
    they share its pages and start at once, where each spawned worker would import torch and load
    the model again (3 s of CPU each). Loading with one torch thread runs no OpenMP thread pool,
    so none is forked (a forked process hangs in its parent's pool). With more torch threads per
    worker, or elsewhere (macOS, Windows), workers are spawned and each loads the model."""
    import multiprocessing

    global _EXTRACTOR
    if threads != 1 or sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    if _EXTRACTOR is None:
        from quotesvc.extract import Extractor

        _EXTRACTOR = Extractor(model_dir=model_dir, threads=1)
    return multiprocessing.get_context("fork")


def extract_batch(
    batch: list[tuple[str | None, str]], extractor: Any = None, scope: Scope = Scope.STATEMENTS
) -> list[dict]:
    """Result (or error) dicts for BATCH [(id, text)]: one document's failure loses none of the others."""
    from quotesvc.schemas import dump_result

    ex = extractor or _EXTRACTOR
    try:
        return [dump_result(r) for r in ex.extract_many([t for _, t in batch], ids=[i for i, _ in batch], scope=scope)]
    except Exception:
        out = []
        for doc_id, text in batch:
            try:
                out.append(dump_result(ex.extract(text, doc_id=doc_id, scope=scope)))
            except Exception as e:
                out.append(error_line(doc_id, InternalError(f"{type(e).__name__}: {e}")))
        return out


# --------------------------------------------------------------------------- the run


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    skipped: int = 0
    chars: int = 0
    started: float = field(default_factory=time.perf_counter)

    def line(self) -> str:
        secs = max(time.perf_counter() - self.started, 1e-9)
        skipped = f", {self.skipped} skipped (already in the output)" if self.skipped else ""
        return (
            f"quotesvc: {self.documents} documents, {self.errors} errors{skipped}; "
            f"{self.chars:,} characters in {secs:.1f} s ({self.chars / secs:,.0f} chars/s)"
        )


def done_ids(path: str) -> set[str]:
    """Ids of the complete lines already in PATH; a partial last line (a killed run) is cut off."""
    ids: set[str] = set()
    if not os.path.exists(path):
        return ids
    with open(path, "rb+") as f:
        data = f.read()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):
            f.truncate(keep)
        for raw in data[:keep].splitlines():
            try:
                doc_id = json.loads(raw).get("id")
            except (ValueError, AttributeError):
                continue
            if doc_id is not None:
                ids.add(str(doc_id))
    return ids


def _write(out: IO[str], obj: dict, summary: Summary) -> None:
    try:
        line = json.dumps(obj, ensure_ascii=False)
        line.encode("utf-8")
    except (UnicodeEncodeError, ValueError) as e:
        line = json.dumps(error_line(None, InvalidUTF8Error(f"the result cannot be written as UTF-8: {e}")))
    if "error" in obj:
        summary.errors += 1
    summary.documents += 1
    out.write(line + "\n")
    out.flush()


def _batches(lines: Iterable[Line]) -> Iterator[tuple[list[Line], list[Line]]]:
    """(lines in input order, the documents among them to extract) in groups of up to BATCH documents."""
    group: list[Line] = []
    docs = 0
    for line in lines:
        group.append(line)
        docs += line.text is not None
        if docs >= BATCH:
            yield group, [x for x in group if x.text is not None]
            group, docs = [], 0
    if group:
        yield group, [x for x in group if x.text is not None]


def run_jsonl(
    source: IO[bytes],
    out: IO[str],
    *,
    max_chars: int,
    workers: int,
    threads: int,
    model_dir: str | None,
    skip: set[str] | None = None,
    extractor: Any = None,
    scope: Scope = Scope.STATEMENTS,
) -> Summary:
    """Extract every JSONL line of SOURCE into OUT, in order, with SCOPE. WORKERS > 1 runs a process
    pool; 1 runs here with EXTRACTOR (or a model loaded now). Ids in SKIP are passed over (``--resume``)."""
    skip = skip or set()
    with _interrupt_between_batches() as interrupted:
        summary = Summary()

        def lines() -> Iterator[Line]:
            for number, raw in enumerate(source):
                line = parse_line(number, raw.rstrip(b"\r\n"), max_chars)
                if line.doc_id is not None and line.doc_id in skip:
                    summary.skipped += 1
                    continue
                if line.text is not None:
                    summary.chars += len(line.text)
                yield line

        def finish(group: list[Line], results: list[dict]) -> None:
            by_number = {x.number: r for x, r in zip([x for x in group if x.text is not None], results, strict=True)}
            for x in group:
                _write(out, x.output if x.output is not None else by_number[x.number], summary)

        if workers <= 1:
            ex = extractor
            if ex is None:
                from quotesvc.extract import Extractor

                ex = Extractor(model_dir=model_dir, threads=threads)
            for group, docs in _batches(lines()):
                if interrupted.is_set():
                    raise KeyboardInterrupt
                finish(group, extract_batch([(x.doc_id, x.text or "") for x in docs], ex, scope) if docs else [])
            return summary

        pending: deque[tuple[list[Line], Future | None]] = deque()
        ctx = _pool_context(model_dir, threads)
        with ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=init_worker, initargs=(model_dir, threads)
        ) as pool:
            try:
                for group, docs in _batches(lines()):
                    if interrupted.is_set():
                        raise KeyboardInterrupt
                    future = (
                        pool.submit(extract_batch, [(x.doc_id, x.text or "") for x in docs], None, scope)
                        if docs
                        else None
                    )
                    pending.append((group, future))
                    while len(pending) > workers * IN_FLIGHT_PER_WORKER or (pending and _ready(pending[0][1])):
                        group0, future0 = pending.popleft()
                        finish(group0, future0.result() if future0 is not None else [])
                while pending:
                    if interrupted.is_set():
                        raise KeyboardInterrupt
                    group0, future0 = pending.popleft()
                    finish(group0, future0.result() if future0 is not None else [])
            except KeyboardInterrupt:
                # Write what has finished (in input order among itself); --resume redoes the rest.
                for group0, future0 in pending:
                    if future0 is None:
                        finish(group0, [])
                    elif future0.done() and not future0.cancelled() and future0.exception() is None:
                        finish(group0, future0.result())
                    elif future0 is not None:
                        future0.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        return summary


@contextmanager
def _interrupt_between_batches() -> Iterator[threading.Event]:
    """Ctrl-C sets a flag that the run checks between batches, instead of raising inside Stanza or
    torch (where a library's bare ``except`` could swallow it); the run then stops cleanly."""
    flag = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return
    previous = signal.signal(signal.SIGINT, lambda *_: flag.set())
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


def _ready(future: Future | None) -> bool:
    return future is None or future.done()


def open_output(path: str | None, resume: bool) -> tuple[IO[str], set[str]]:
    """OUT for writing (appending when resuming) and the ids already done."""
    if path is None:
        return sys.stdout, set()
    skip = done_ids(path) if resume else set()
    return open(path, "a" if resume else "w", encoding="utf-8"), skip
